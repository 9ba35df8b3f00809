"""A name read with glyphs an OCR damaged, given clean elsewhere in the text's head.

A scan's OCR turns a glyph of a name into one that looks like it (修复 → 侈复, 草原 → 草愿,
治理 → 治埋), in one place and not in another: the form's 项目名称 cell damaged, its title
over the form clean (``退化林分修复项目绩效目标自评表 … 项目名称退化林分侈复项目``). The two
readings are as long and differ in a few single glyphs inside the name (never two side by
side, nor at its edges: that is another word); the damaged glyphs are strays the text uses
nowhere but in the damaged name, while the clean ones are the text's own words, used again
in its prose and rows. :func:`clean_reading` finds the clean reading in the text's head.

At an edge a glyph may differ only with its look-alike (项曰 / 项目, :func:`lookalikes`); a
traditional glyph (釀) is its simplified one; and where a form run together glued the next
label's 项目 (``项目实施单位``) to a name the OCR damaged at its end (``…项曰项目``), the name is
read without it when the clean reading ends as a project's name does. An edge glyph read as
its look-alike may be one the text uses elsewhere (项日 for 项目, where a date has 日) when a
glyph inside the name is a stray too.

A cell may name the project by its funds (``农村危房攻造补助资金``) where the title names it
as a project (``农村危房改造项目…自评表``): where the cell's words before the funds word are
the title's damaged, the title's name is the project's (:func:`titled_project`; the two
differ in words, so the reading is not certain).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Final

from jixiao.ingest.cells import lookalikes
from jixiao.ingest.general.normalise import to_simplified

# the title stands at the text's top: its first lines, the start of each (a line may be a
# whole form run together)
_HEAD_LINES: Final = 6
_HEAD_CHARS: Final = 240
_MIN_LENGTH: Final = 4
_SHARE: Final = 3  # at most one glyph in three damaged: more is another name
# the label after a 项目名称 cell in a form run together (项目实施单位, 项目负责人) opens so
_NEXT_LABEL_HEAD: Final = "项目"
# how a project's name ends (fields._PROJECT_ENDS): a name read without the glued label's head
# must end so
_NAME_ENDS: Final = ("项目", "资金", "经费", "工程", "计划")


def _cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _stray(glyph: str, name: str, text: str) -> bool:
    """Whether the text uses ``glyph`` only inside the name's own occurrences."""
    return text.count(glyph) <= text.count(name) * name.count(glyph)


def _scattered(differ: Sequence[int], name: str, other: str) -> bool:
    """Whether the differing glyphs are single ones inside the name, as an OCR's damage is:
    two side by side, or one at an edge, is another word (还草工程 / 还草造林), another name
    cut elsewhere in the text; but for an edge glyph read as its look-alike (项曰)."""
    last = len(name) - 1
    edges = [i for i in differ if i in (0, last)]
    if len(edges) > 1 or not all(lookalikes(name[i], other[i]) for i in edges):
        return False
    return all(b - a > 1 for a, b in itertools.pairwise(differ))


def _edge(head: str, name: str) -> bool:
    return head == name or lookalikes(name, head)


def _windows(heads: Sequence[str], name: str) -> Iterator[str]:
    """The stretches of the heads as long as the name, opening and ending as it does, or
    with an edge glyph's look-alike (:func:`_scattered`)."""
    size = len(name)
    for head in heads:
        at = head.find(name[0])
        while 0 <= at <= len(head) - size:
            if _edge(head[at + size - 1], name[-1]):
                yield head[at : at + size]
            at = head.find(name[0], at + 1)
        # the first glyph damaged: the stretches ending as the name does
        at = head.find(name[-1], size - 1)
        while at >= 0:
            start = at - size + 1
            if head[start] != name[0] and lookalikes(name[0], head[start]):
                yield head[start : at + 1]
            at = head.find(name[-1], at + 1)


def clean_reading(name: str, texts: Sequence[str]) -> str | None:
    """The name as the head of ``texts`` (squashed lines) gives it clean, where ``name``
    reads some glyphs damaged (see the module's docstring); None where it gives none."""
    if len(name) < _MIN_LENGTH:
        return None
    simple = to_simplified(name)
    heads = [text[:_HEAD_CHARS] for text in texts if text][:_HEAD_LINES]
    whole = "".join(texts)
    if simple != name:  # a traditional glyph: the text counted as the name is
        whole = to_simplified(whole)
    if (clean := _clean_of(simple, heads, whole)) is not None:
        return clean
    if simple.endswith(_NEXT_LABEL_HEAD) and len(simple) > _MIN_LENGTH + len(_NEXT_LABEL_HEAD):
        clean = _clean_of(simple[: -len(_NEXT_LABEL_HEAD)], heads, whole)
        if clean is not None and clean.endswith(_NAME_ENDS):
            return clean
    return None


def _clean_of(name: str, heads: Sequence[str], whole: str) -> str | None:
    """The stretch of the heads that is ``name`` with its damaged glyphs clean; None where
    no stretch is."""
    size = len(name)
    for other in _windows(heads, name):
        differ = [i for i in range(size) if other[i] != name[i]]
        if not differ or len(differ) > size // _SHARE or not _scattered(differ, name, other):
            continue
        strays = {i: _stray(name[i], name, whole) for i in differ}
        inside = [i for i in differ if 0 < i < size - 1]
        # the damaged glyphs are strays; the clean reading is the text's own, used again
        # (a glyph of the title may be used nowhere else: one such suffices); an edge glyph
        # read as its look-alike (项日) may be a common one used elsewhere (a date's 日)
        # where the name's inside is damaged too
        damaged = all(strays[i] for i in inside) and (bool(inside) or all(strays.values()))
        if (
            all(_cjk(name[i]) and _cjk(other[i]) for i in differ)
            and damaged
            and any(not _stray(other[i], other, whole) for i in differ)
        ):
            return other
    return None


# a cell naming the project by its funds: the words before them are the project's own
_FUNDS_TAIL_RE: Final = re.compile(r"(?:补助|补贴|专项)?(?:资金|经费)(?:项目)?$")


def titled_project(name: str, texts: Sequence[str]) -> str | None:
    """The project's name as the title prints it (``农村危房改造项目``), where ``name`` is the
    project's funds (``…补助资金``) and its words before them read some glyphs damaged that
    the title gives clean; None otherwise (a clean cell keeps its own words)."""
    tail = _FUNDS_TAIL_RE.search(name)
    if tail is None or tail.start() < _MIN_LENGTH:
        return None
    heads = [text[:_HEAD_CHARS] for text in texts if text][:_HEAD_LINES]
    stem = _clean_of(name[: tail.start()], heads, "".join(texts))
    if stem is None:
        return None
    titled = stem + _NEXT_LABEL_HEAD
    return titled if any(titled in head for head in heads) else None
