"""Text as a reader of the genre sees it: simplified characters, no pinyin glosses, tables
drawn with box-drawing characters split into cells.

Mirror sites re-serve pages in traditional characters and insert a pinyin gloss after some
characters (``區(qū)``, ``項(xiàng)目``). A gloss is a bracketed run of Latin letters with
tone marks right after a Chinese character: it is removed, and the text is converted to
simplified characters with OpenCC (``t2s``) when it is written in traditional ones. The
source keeps each line's original text, so provenance still quotes the page as published.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Final

from jixiao.ingest.source import SourceDocument, SourceLine

_TONED: Final = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ"
# A gloss: (letters) right after a CJK character, with at least one tone mark or ü, so an
# ASCII note in brackets (``(A)``, ``(B/A)``) is never taken for one.
_GLOSS_RE: Final = re.compile(
    rf"(?<=[\u4e00-\u9fff])\((?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,8}}\)"
)
# A document is converted when this share of its Chinese characters changes under t2s:
# simplified text has almost none (a few characters are traditional in both).
_TRADITIONAL_SHARE: Final = 0.02


@functools.lru_cache(maxsize=1)
def _converter() -> object:
    import opencc  # a C++ library with its dictionaries in the wheel: loaded when needed

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    converter = _converter()
    return str(converter.convert(text))  # type: ignore[attr-defined]


def strip_glosses(text: str) -> str:
    return _GLOSS_RE.sub("", text)


_VERTICALS: Final = "│┃║|"
_BOX_RULE_RE: Final = re.compile(r"[\s\u2500-\u257f+\-=]*")
_BOX_RE: Final = re.compile(r"[\u2500-\u257f]")
_MIN_BARS: Final = 2


def box_cells(cells: tuple[str, ...]) -> tuple[str, ...] | None:
    """The cells of a line of a box-drawn table, or None for any other line: a rule line
    (``├──┼──┤``) has none, a row is cut at its vertical bars (``│产出指标│数量指标│``), a
    leading bar opening the row and trailing empty cells dropped as for a pipe table."""
    if len(cells) != 1:
        return None
    text = cells[0]
    if not _BOX_RE.search(text):
        return None
    if _BOX_RULE_RE.fullmatch(text):
        return ()
    if sum(text.count(bar) for bar in _VERTICALS[:3]) < _MIN_BARS:
        return None
    parts = [part.strip() for part in re.split(f"[{_VERTICALS}]", text.strip())]
    if parts and not parts[0]:
        parts.pop(0)
    while parts and not parts[-1]:
        parts.pop()
    return tuple(parts)


def _cjk(text: str) -> list[str]:
    return [char for char in text if "\u4e00" <= char <= "\u9fff"]


def is_traditional(text: str) -> bool:
    """Whether the text is written in traditional characters (a share of them change)."""
    chars = _cjk(text)
    if not chars:
        return False
    sample = "".join(chars[:4000])
    changed = sum(1 for a, b in zip(sample, to_simplified(sample), strict=False) if a != b)
    return changed / len(sample) >= _TRADITIONAL_SHARE


# Markdown bold around a label or a title (``**实施单位**:某中心``): the words without the
# marks. Only a run that stands alone (after a line's start, a space or a bar, before a
# colon, a space or the end), so a template's ``≥**万元`` blanks are left as they are.
_BOLD_RE: Final = re.compile(
    r"(?:(?<=^)|(?<=[\s|]))\*\*(?P<words>[^*\s](?:[^*]{0,38}[^*\s])?)\*\*(?=$|[\s|:：])"
)


def strip_bold(text: str) -> str:
    return _BOLD_RE.sub(lambda match: match["words"], text)


def normalise_source(source: SourceDocument) -> tuple[SourceDocument, list[str]]:
    """The source in simplified characters without glosses or Markdown bold marks, and what
    was changed (Chinese notes for the import report). Lines keep their numbers; unchanged
    sources are returned as they are."""
    whole = source.text()
    glossed = _GLOSS_RE.search(whole) is not None
    traditional = is_traditional(strip_glosses(whole))
    bold = any(_BOLD_RE.search(line.text) for line in source.lines)
    boxed = {
        line.number: cells for line in source.lines if (cells := box_cells(line.cells)) is not None
    }
    if not glossed and not traditional and not boxed and not bold:
        return source, []

    def fix(text: str) -> str:
        text = strip_glosses(text) if glossed else text
        text = strip_bold(text) if bold else text
        return to_simplified(text) if traditional else text

    lines = [
        replace(
            line,
            text=fix(line.text),
            cells=tuple(fix(cell) for cell in boxed.get(line.number, line.cells)),
        )
        for line in source.lines
    ]
    notes = []
    if glossed:
        notes.append("删除了镜像网站插入的拼音注音(如“區(qū)”)")
    if traditional:
        notes.append("原文为繁体字,已转换为简体字(OpenCC t2s);出处保留原文")
    original = SourceDocument(
        name=source.name,
        format=source.format,
        lines=lines,
        notes=source.notes,
        encoding=source.encoding,
    )
    return original, notes


def original_lines(source: SourceDocument) -> dict[int, SourceLine]:
    return {line.number: line for line in source.lines}
