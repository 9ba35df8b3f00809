"""Fuzzy matching of a declared indicator's name (and unit) to the indicator library.

Names are compared after normalisation (no spaces or punctuation, ``比例``/``比率``/``占比`` read
as ``率``, a leading ``全年``/``年度`` dropped). A match is exact, an alias, a containment (the
declared name contains a library name: ``侨群满意度`` contains ``满意度``) or a resemblance of
character bigrams (Dice coefficient). Each match carries a score in [0, 1] and a Chinese
explanation of why it matched, so a reviewer can judge it; units that cannot be the library's
lower the score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from jixiao.domain.library.model import LibraryIndicator
from jixiao.domain.units import canonical_unit, units_compatible

DEFAULT_THRESHOLD: Final = 0.6

_PUNCTUATION_RE: Final = re.compile(r"[\s、,,。.;;::!!??()()\[\]【】《》<>“”\"'‘’·•\-—_/]+")
_SYNONYMS: Final = (("比例", "率"), ("比率", "率"), ("占比", "率"), ("满意率", "满意度"))
_PREFIXES: Final = ("全年", "年度", "本年", "年内")

_EXACT: Final = 1.0
_ALIAS: Final = 0.95
_UNIT_PENALTY: Final = 0.7
_CACHE_LIMIT: Final = 20_000


@lru_cache(maxsize=65536)  # declarations repeat the same names; rules ask about each often
def normalise_name(name: str) -> str:
    """The form names are compared in: ``“三公”经费 控制比例`` → ``三公经费控制率``."""
    text = _PUNCTUATION_RE.sub("", name)
    for written, read in _SYNONYMS:
        text = text.replace(written, read)
    for prefix in _PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix) + 1:
            text = text[len(prefix) :]
            break
    return text


def bigrams(text: str) -> frozenset[str]:
    if len(text) < 2:
        return frozenset({text}) if text else frozenset()
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


@dataclass(frozen=True)
class LibraryMatch:
    """A library indicator a declared name was matched to, how well and why."""

    entry: LibraryIndicator
    score: float
    explanation: str


@dataclass(frozen=True)
class _Spelling:
    entry: LibraryIndicator
    text: str  # normalised
    grams: frozenset[str]
    is_alias: bool


def _name_score(query: str, grams: frozenset[str], spelling: _Spelling) -> tuple[float, str]:
    """Score and explanation of one library spelling against a normalised query."""
    shown = f"库指标“{spelling.entry.name}”" + (
        f"的别名“{spelling.text}”" if spelling.is_alias else ""
    )
    if query == spelling.text:
        return (_ALIAS if spelling.is_alias else _EXACT), f"名称与{shown}一致"
    if len(spelling.text) >= 2 and spelling.text in query:
        # the more of the declared name the library name covers, the closer the match
        score = 0.7 + 0.25 * len(spelling.text) / len(query)
        return score, f"名称包含{shown}"
    if len(query) >= 3 and query in spelling.text:
        score = 0.6 + 0.3 * len(query) / len(spelling.text)
        return score, f"名称是{shown}的一部分"
    shared = grams & spelling.grams
    if not shared:
        return 0.0, ""
    dice = 2 * len(shared) / (len(grams) + len(spelling.grams))
    common = "、".join(sorted(shared))
    return dice, f"名称与{shown}有 {len(shared)} 个相同的二字组({common}),相似度 {dice:.2f}"


class Matcher:
    """Matches names against a fixed set of library indicators; results are cached by name
    and unit, since a bureau's declarations use the same names over and over."""

    def __init__(self, entries: tuple[LibraryIndicator, ...]) -> None:
        self._spellings = tuple(
            _Spelling(entry, text, bigrams(text), index > 0)
            for entry in entries
            for index, name in enumerate(entry.names)
            if (text := normalise_name(name))
        )
        self._by_gram: dict[str, list[int]] = {}
        for position, spelling in enumerate(self._spellings):
            for gram in spelling.grams:
                self._by_gram.setdefault(gram, []).append(position)
        self._cache: dict[tuple[str, str | None], tuple[LibraryMatch, ...]] = {}

    def candidates(self, name: str, unit: str | None = None) -> tuple[LibraryMatch, ...]:
        """Every library indicator the name resembles, best first (one match per indicator)."""
        key = (name, unit)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            found = self._cache[key] = self._rank(name, unit)
        return found

    def best(self, name: str, unit: str | None, threshold: float) -> LibraryMatch | None:
        """The best match scoring at least ``threshold``, or None."""
        for match in self.candidates(name, unit):
            return match if match.score >= threshold else None
        return None

    def _rank(self, name: str, unit: str | None) -> tuple[LibraryMatch, ...]:
        query = normalise_name(name)
        if not query:
            return ()
        grams = bigrams(query)
        best: dict[str, LibraryMatch] = {}
        for spelling in self._possible(query, grams):
            score, why = _name_score(query, grams, spelling)
            if score <= 0:
                continue
            score, why = _with_unit(score, why, unit, spelling.entry)
            previous = best.get(spelling.entry.code)
            if previous is None or score > previous.score:
                best[spelling.entry.code] = LibraryMatch(spelling.entry, round(score, 4), why)
        return tuple(sorted(best.values(), key=lambda m: (-m.score, m.entry.code)))

    def _possible(self, query: str, grams: frozenset[str]) -> list[_Spelling]:
        positions = {p for gram in grams for p in self._by_gram.get(gram, ())}
        # a one-character spelling shares no bigram but may still be contained
        positions.update(
            p for p, s in enumerate(self._spellings) if len(s.text) < 2 and s.text in query
        )
        return [self._spellings[p] for p in sorted(positions)]


def _with_unit(
    score: float, why: str, unit: str | None, entry: LibraryIndicator
) -> tuple[float, str]:
    declared = canonical_unit(unit) if unit else None
    if declared is None or entry.unit is None:
        return score, why
    if units_compatible(declared, entry.unit):
        return score, f"{why};单位“{declared}”与库指标一致"
    return score * _UNIT_PENALTY, f"{why};但单位“{declared}”与库指标的“{entry.unit}”不一致"
