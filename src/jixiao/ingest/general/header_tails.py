"""Header words run together that the vocabulary does not cut apart, or cuts wrong.

The cutting of text run together knows the genre's common header words; those a form words
its own way stay one piece between the header words it does cut (``绩效标准全年完成值``: a
绩效标准 and a 全年完成值 column), or are cut inside at a date they hold (``截至`` ``6月``
``底完成情况…``, ``1`` ``-`` ``6月`` ``完成值…``). The table would take those pieces for no
column, or one. Between two header words, the pieces that together are header words alone
are cut into them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import header_role

Piece = tuple[str, bool]
_WINDOW: Final = 6  # pieces between two header words, at most
_WORD_MIN: Final = 2
_WORD_MAX: Final = 12  # 截至6月底完成情况
_STATUS_OPENERS: Final = ("未完成", "已完成")


def header_words_apart(pieces: Sequence[Piece]) -> list[Piece]:
    """The pieces with those between two header words that together are header words
    replaced by those words."""
    out: list[Piece] = []
    index = 0
    while index < len(pieces):
        found = _header_run(pieces, index) if out and _is_header(out[-1][0]) else None
        if found is None:
            out.append(pieces[index])
            index += 1
            continue
        words, used = found
        out += [(word, True) for word in words]
        index += used
    return out


def _is_header(text: str) -> bool:
    return kind_of(text) is Kind.HEADER


def _header_run(pieces: Sequence[Piece], start: int) -> tuple[list[str], int] | None:
    """(the header words, how many pieces they take) for the pieces from ``start`` up to
    the next header word, where together they are header words; None otherwise."""
    if _is_header(pieces[start][0]):
        return None
    for end in range(start + 1, min(len(pieces), start + _WINDOW + 1)):
        if not _is_header(pieces[end][0]):
            continue
        # up to the next header word, or through it where the last piece begins it (未完成
        # 原因和改进措施)
        for stop in (end, end + 1):
            texts = [label_key(text) for text, _ in pieces[start:stop]]
            words = _words("".join(texts), _boundaries(texts))
            if words is not None and (stop > start + 1 or len(words) >= _WORD_MIN):
                return words, stop - start
        return None
    return None


def _boundaries(texts: list[str]) -> frozenset[int]:
    """Where the pieces part, in the text they make together."""
    ends, total = [], 0
    for text in texts:
        total += len(text)
        ends.append(total)
    return frozenset(ends)


def _words(gap: str, boundaries: frozenset[int]) -> list[str] | None:
    """The text cut into header words: the fewest, and of those the cut that keeps most of
    the pieces' own boundaries (``完成目标可能性`` ``未完成原因和改进措施``); None where it
    cannot be."""
    best: dict[int, tuple[int, int, list[str]]] = {0: (0, 0, [])}
    for start in range(len(gap)):
        if start not in best:
            continue
        count, kept, words = best[start]
        for end in range(start + _WORD_MIN, min(len(gap), start + _WORD_MAX) + 1):
            word = gap[start:end]
            if header_role(word) is None or word.endswith(_STATUS_OPENERS):
                continue  # 完成目标可能性未完成: 未完成 opens the next word (…原因和改进措施)
            score = (count + 1, kept - (end in boundaries), [*words, word])
            if end not in best or score[:2] < best[end][:2]:
                best[end] = score
    found = best.get(len(gap))
    return found[2] if found is not None else None
