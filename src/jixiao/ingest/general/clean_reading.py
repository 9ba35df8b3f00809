"""A name read with glyphs an OCR damaged, given clean elsewhere in the text's head.

A scan's OCR turns a glyph of a name into one that looks like it (修复 → 侈复, 草原 → 草愿,
治理 → 治埋), in one place and not in another: the form's 项目名称 cell damaged, its title
over the form clean (``退化林分修复项目绩效目标自评表 … 项目名称退化林分侈复项目``). The two
readings are as long and differ in a few single glyphs inside the name (never two side by
side, nor at its edges: that is another word); the damaged glyphs are strays the text uses
nowhere but in the damaged name, while the clean ones are the text's own words, used again
in its prose and rows. :func:`clean_reading` finds the clean reading in the text's head.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import Final

# the title stands at the text's top: its first lines, the start of each (a line may be a
# whole form run together)
_HEAD_LINES: Final = 6
_HEAD_CHARS: Final = 240
_MIN_LENGTH: Final = 4
_SHARE: Final = 3  # at most one glyph in three damaged: more is another name


def _cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _stray(glyph: str, name: str, text: str) -> bool:
    """Whether the text uses ``glyph`` only inside the name's own occurrences."""
    return text.count(glyph) <= text.count(name) * name.count(glyph)


def _scattered(differ: Sequence[int], size: int) -> bool:
    """Whether the differing glyphs are single ones inside the name, as an OCR's damage is:
    two side by side, or one at an edge, is another word (还草工程 / 还草造林), another name
    cut elsewhere in the text."""
    inside = all(0 < i < size - 1 for i in differ)
    return inside and all(b - a > 1 for a, b in itertools.pairwise(differ))


def _windows(heads: Sequence[str], name: str) -> Iterator[str]:
    """The stretches of the heads as long as the name, opening and ending as it does (a
    damaged glyph is never at an edge: :func:`_scattered`)."""
    size = len(name)
    for head in heads:
        at = head.find(name[0])
        while 0 <= at <= len(head) - size:
            if head[at + size - 1] == name[-1]:
                yield head[at : at + size]
            at = head.find(name[0], at + 1)


def clean_reading(name: str, texts: Sequence[str]) -> str | None:
    """The name as the head of ``texts`` (squashed lines) gives it clean, where ``name``
    reads some glyphs damaged (see the module's docstring); None where it gives none."""
    size = len(name)
    if size < _MIN_LENGTH:
        return None
    heads = [text[:_HEAD_CHARS] for text in texts if text][:_HEAD_LINES]
    whole = "".join(texts)
    for other in _windows(heads, name):
        differ = [i for i in range(size) if other[i] != name[i]]
        if not differ or len(differ) > size // _SHARE or not _scattered(differ, size):
            continue
        if all(
            _cjk(name[i])
            and _cjk(other[i])
            and _stray(name[i], name, whole)
            and not _stray(other[i], other, whole)
            for i in differ
        ):
            return other
    return None
