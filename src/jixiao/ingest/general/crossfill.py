"""Settling an empty target with what another part of the document states.

A 部门预算绩效文本 states many indicators twice or three times: in the department's goals
table, in a project's table and in the prose (``召开工作会议次数 ≥4次`` / ``不少于4次``). An
indicator whose 指标值 cell is empty takes the target of the same indicator elsewhere, never
an invented one: the first part that states it with one target, looked for first where it
belongs (the goal's own prose section and project, tied by the goal's money's name or by
position), then anywhere. Each filled target names its source line in its provenance and is
reported CROSS_FILLED; the MISSING item about its empty cell goes.

This is a step of the assembly (:mod:`.assembly`), working on the read model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from jixiao.domain.model import (
    DepartmentGoal,
    GoalSection,
    Indicator,
    Project,
    Provenance,
    Repair,
)
from jixiao.domain.money import format_decimal
from jixiao.domain.target import Target, TargetKind, format_target, ocr_ge_candidates, parse_target
from jixiao.ingest.cells import half_width, squashed
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.places import line_span
from jixiao.ingest.report import ImportReport, ItemKind
from jixiao.ingest.source import SourceLine

_COUNT_SUFFIX_RE: Final = re.compile(r"(?:次数|数量|人数|户数|册数|期数|条数|个数|件数|项数|人次)$")
# Words by which "no accident" and "accidents occurring" name the same count.
_EVENT_WORDS_RE: Final = re.compile(r"不发生|未发生|发生|杜绝")
_NOISE_RE: Final = re.compile(r"[、,,()()“”\"\s]|^(?:全年|年度)")
_MIN_CONTAINED: Final = 4  # a shorter name inside a longer one is a match from this length
_NUMBER_RE: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_AMOUNTS: Final = (Kind.NUMBER, Kind.QUANTITY)
# a split target's first cell (an operator and the first digits) and its second (the number
# and its unit, no operator)
_SPLIT_HEAD_RE: Final = re.compile(r"([<>≤≥=])\s*([0-9]+)")
_SPLIT_TAIL_RE: Final = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*(%|[\u4e00-\u9fff/]{1,4})")
# ``≥`` and ``≤`` whose lower bar the OCR lost
_BARLESS: Final = {">": "≥", "<": "≤"}
_PROSE: Final = "分项绩效目标"
_GOALS: Final = "部门整体支出绩效目标申报表"
_PROJECTS: Final = "项目绩效目标表"


@lru_cache(maxsize=65536)
def normalised_name(name: str) -> str:
    return _NOISE_RE.sub("", half_width(name))


def name_score(first: str, second: str) -> int:
    """3: the same name; 2: the same but for a count word (次数, 数量); 1: one contains the
    other; 0: different indicators."""
    return normalised_score(normalised_name(first), normalised_name(second))


@lru_cache(maxsize=65536)
def normalised_score(a: str, b: str) -> int:
    if a == b:
        return 3
    if _COUNT_SUFFIX_RE.sub("", a) == _COUNT_SUFFIX_RE.sub("", b):
        return 2
    a, b = (_EVENT_WORDS_RE.sub("", _COUNT_SUFFIX_RE.sub("", name)) for name in (a, b))
    short, long = sorted((a, b), key=len)
    return 1 if len(short) >= _MIN_CONTAINED and short in long else 0


@dataclass(frozen=True)
class _Pool:
    """Indicators of one part of the document, and how a reason names that part."""

    where: str
    indicators: Sequence[Indicator]
    # the peer found for each name asked by an indicator without a target: it is none of the
    # candidates, so the answer is the name's alone, and a document asks the same names again
    # (each goal and project against the whole text's pools: quadratic in the text's length)
    answers: dict[str, Indicator | None] = field(default_factory=dict, compare=False)

    def peer(self, name: str, indicator: Indicator) -> Indicator | None:
        """Of the pool's indicators with a target (the asking one aside) whose name scores
        best against ``name``, the first, if they all state one target."""
        if indicator.target is None and name in self.answers:
            return self.answers[name]
        scored = [
            (normalised_score(name, normalised_name(other.name)), other)
            for other in self.indicators
            if other.target is not None and other is not indicator
        ]
        best = max((score for score, _ in scored), default=0)
        peers = [other for score, other in scored if score == best] if best else []
        targets = {_key(peer.target) for peer in peers if peer.target is not None}
        found = peers[0] if len(targets) == 1 else None
        if indicator.target is None:
            self.answers[name] = found
        return found


def _peer(indicator: Indicator, pools: list[_Pool]) -> tuple[Indicator, _Pool] | None:
    """The same indicator, with a target, in the first pool that states it unambiguously:
    of those whose name scores best, the first, if they all state one target."""
    name = normalised_name(indicator.name)
    for pool in pools:
        if (peer := pool.peer(name, indicator)) is not None:
            return peer, pool
    return None


def _key(target: Target) -> tuple[object, ...]:
    return (target.kind, target.operator, target.value, target.unit, target.standard)


def cross_fill(
    goals: list[DepartmentGoal],
    projects: list[Project],
    sections: Sequence[GoalSection],
    report: ImportReport,
    lines: Sequence[SourceLine],
) -> tuple[list[DepartmentGoal], list[Project]]:
    """The goals and projects with each empty, damaged or doubtful target settled from its
    peers, reported."""
    settle = _Settler(report, {(line.page, line.number): line for line in lines})
    everything_prose = _Pool(_PROSE, [i for s in sections for i in s.indicators])
    all_goals = _Pool(_GOALS, [i for g in goals for i in g.indicators])
    all_projects = _Pool(_PROJECTS, [i for p in projects for i in p.indicators])
    section_of = _linked_sections(goals, sections)
    project_of = _linked_projects(goals, projects)
    settled_goals = []
    for number, goal in enumerate(goals):
        section, project = section_of[number], project_of[number]
        pools = [
            _Pool(_PROSE, section.indicators) if section is not None else None,
            _Pool(_PROJECTS, project.indicators) if project is not None else None,
            everything_prose,
            all_projects,
        ]
        indicators = settle(
            goal.indicators,
            [pool for pool in pools if pool is not None],
            f"department_goals[{number}]",
            all_goals,
        )
        settled_goals.append(goal.model_copy(update={"indicators": indicators}))
    settled_projects = []
    for number, project in enumerate(projects):
        own = [k for k, linked in enumerate(project_of) if linked is project]
        own_pools = [_Pool(_GOALS, [i for k in own for i in goals[k].indicators])]
        own_pools += [
            _Pool(_PROSE, section.indicators) for k in own if (section := section_of[k]) is not None
        ]
        indicators = settle(
            project.indicators, [*own_pools, all_goals, everything_prose], f"projects[{number}]"
        )
        settled_projects.append(project.model_copy(update={"indicators": indicators}))
    return settled_goals, settled_projects


@dataclass(frozen=True)
class _Settler:
    """Settles a part's indicators against the pools, reporting into ``report``; ``lines``
    (by page and number) give a damaged target's cells."""

    report: ImportReport
    lines: dict[tuple[int | None, int], SourceLine]

    def __call__(
        self,
        indicators: list[Indicator],
        pools: list[_Pool],
        path: str,
        siblings: _Pool | None = None,
    ) -> list[Indicator]:
        settled: list[Indicator] = []
        for index, indicator in enumerate(indicators):
            where = f"{path}.indicators[{index}]"
            settled.append(self.settle(indicator, pools, where, siblings))
        return settled

    def settle(
        self, indicator: Indicator, pools: list[_Pool], path: str, siblings: _Pool | None = None
    ) -> Indicator:
        """``siblings`` (the other goals of a department's table) last, and for a target the
        OCR split alone: a cell split in two is damage the text's own copy of the row undoes,
        while an empty cell or a doubtful ``2`` in one goal says nothing of another's."""
        if indicator.target_placeholder is not None:
            return indicator
        target = indicator.target
        if target is None:
            found = _peer(indicator, pools)
            return indicator if found is None else self.fill(indicator, *found, path, None)
        candidate = ocr_ge_candidates(target.text) if target.operator is None else None
        damaged = self.damaged(indicator) if candidate is None else None
        if candidate is None and damaged is None:
            return indicator
        if damaged is not None and siblings is not None:
            pools = [*pools, siblings]
        found = _peer(indicator, pools)
        if found is None or found[0].target is None:
            return self.mend(indicator, damaged, path)
        table_form = parse_target(format_target(found[0].target))
        if candidate is not None and _key(table_form) == _key(candidate):
            return self.fill(indicator, *found, path, target.text)
        if damaged is not None and _consistent(damaged, table_form, target):
            return self.fill(indicator, *found, path, damaged)
        return self.mend(indicator, damaged, path)

    def mend(self, indicator: Indicator, damaged: str | None, path: str) -> Indicator:
        """A split target no peer settles, read from its own two cells (``>9`` | ``95%``,
        ``<1`` | ``00%``: :func:`split_target_text`), reported UNCERTAIN."""
        read = split_target_text(damaged) if damaged is not None else None
        if read is None:
            return indicator
        assert damaged is not None
        reason = (
            f"指标值“{damaged}”被OCR拆成两格,文中别处没有可印证的同名指标;"
            + f"按两格合读作“{read.text}”,请核对"
        )
        where = indicator.provenance.get("target") or Provenance()
        return _repaired(
            self.report, ItemKind.UNCERTAIN, indicator, where, path, damaged, read, reason
        )

    def damaged(self, indicator: Indicator) -> str | None:
        """``>9`` | ``95%``: a target the OCR split over two cells, the second a number of
        its own (the two as written, or None)."""
        where = indicator.provenance.get("target")
        if where is None or where.line is None or not where.text:
            return None
        line = self.lines.get((where.page, where.line)) or self._row_line(indicator)
        cells = [cell.strip() for cell in line.cells] if line is not None else []
        text = where.text.strip()
        if text not in cells:
            return None
        after = next((cell for cell in cells[cells.index(text) + 1 :] if cell), None)
        if after is None or not _NUMBER_RE.search(after) or kind_of(after) not in _AMOUNTS:
            return None
        return f"{text}\t{after}"

    def _row_line(self, indicator: Indicator) -> SourceLine | None:
        """The row's line by its number and text, where its page was not kept (a PDF's
        lines are numbered per page)."""
        row = indicator.provenance.get("row")
        if row is None or row.line is None:
            return None
        found = [
            line
            for (_, number), line in self.lines.items()
            if number == row.line and line.text == row.text
        ]
        return found[0] if len(found) == 1 else None

    def fill(
        self, indicator: Indicator, peer: Indicator, pool: _Pool, path: str, original: str | None
    ) -> Indicator:
        return _fill(indicator, peer, pool, path, self.report, original)


def split_target_text(damaged: str) -> Target | None:
    """A target the OCR split over two cells, an operator with the first digits and then a
    number with its unit, read as one: the second repeating the first's digits (``>9`` |
    ``95%``, the cell printed again whole, its ``≥`` lost its bar: ``≥95%``), else continuing
    them (``<1`` | ``00%``: ``<100%``). None for any other pair."""
    first, _, second = damaged.partition("\t")
    head = _SPLIT_HEAD_RE.fullmatch(first.strip())
    tail = _SPLIT_TAIL_RE.fullmatch(second.strip())
    if head is None or tail is None:
        return None
    sign, digits = head.groups()
    number, unit = tail.groups()
    if number.startswith(digits):
        text = f"{_BARLESS.get(sign, sign)}{number}{unit}"
    else:
        text = f"{sign}{digits}{number}{unit}"
    read = parse_target(text)
    return read if read.kind is TargetKind.QUANTITATIVE and read.value is not None else None


def _consistent(damaged: str, peer: Target, read: Target) -> bool:
    """The damaged text holds the peer's value (and its unit), which the reading lacks."""
    if peer.kind is not TargetKind.QUANTITATIVE or peer.value is None or _key(peer) == _key(read):
        return False
    if format_decimal(peer.value) not in _NUMBER_RE.findall(damaged):
        return False
    return peer.unit is None or peer.unit in damaged


def _fill(
    indicator: Indicator,
    peer: Indicator,
    pool: _Pool,
    path: str,
    report: ImportReport,
    original: str | None = None,
) -> Indicator:
    """The peer's target taken (as a table writes it), with its line, and reported: for an
    empty cell, a damaged one (``original`` holds a tab) or a doubtful ``2`` for ``≥``."""
    assert peer.target is not None
    target = parse_target(format_target(peer.target))  # prose 不少于4次 as a table writes it
    where = peer.provenance.get("target") or peer.provenance.get("row") or Provenance()
    at = line_span([where.line]) if where.line is not None else ""
    source = f"{pool.where}{at}同名指标“{peer.name}”写作“{peer.target.text}”"
    if original is None:
        reason = f"本表中该指标的指标值单元格为空;{source},据此补全为“{target.text}”"
    elif "\t" in original:
        reason = (
            f"指标值“{original}”被OCR拆开或损坏,无法单独判读;{source},"
            f"与本格中的数值一致,据此读作“{target.text}”"
        )
    else:
        reason = (
            f"“{original}”可读作数值,也可能是OCR把“≥”识别为“2”;{source},据此读作“{target.text}”"
        )
    row = indicator.provenance.get("row")
    _drop_missing(report, indicator, row.line if row is not None else None)
    return _repaired(
        report, ItemKind.CROSS_FILLED, indicator, where, path, original, target, reason
    )


def _repaired(
    report: ImportReport,
    kind: ItemKind,
    indicator: Indicator,
    where: Provenance,
    path: str,
    original: str | None,
    target: Target,
    reason: str,
) -> Indicator:
    """The indicator with its target read anew: the report's item (at ``where``: the line the
    reading rests on) and the repair in the target's provenance, both saying why."""
    report.add(
        kind,
        reason,
        field=f"{path}.target",
        page=where.page,
        line=where.line,
        original=original,
        value=target.text,
    )
    provenance = where.model_copy(
        update={"repairs": [Repair(original=original, value=target.text, reason=reason)]}
    )
    return indicator.model_copy(
        update={"target": target, "provenance": {**indicator.provenance, "target": provenance}}
    )


def _drop_missing(report: ImportReport, indicator: Indicator, line: int | None) -> None:
    """The empty cell's MISSING item: the cell is filled now."""
    said = f"“{indicator.name}”"
    report.items = [
        item
        for item in report.items
        if not (
            item.kind is ItemKind.MISSING
            and item.line == line
            and (item.field or "").endswith(".target")
            and said in item.reason
        )
    ]


def _linked_sections(
    goals: list[DepartmentGoal], sections: Sequence[GoalSection]
) -> list[GoalSection | None]:
    """The prose section of each goal: by its money's name in the section's title, else by
    position when the prose has one section per goal."""
    titles = [(squashed(section.title), section) for section in sections]
    by_position = len(sections) == len(goals)
    linked: list[GoalSection | None] = []
    for position, goal in enumerate(goals):
        name = goal.funding_block.name if goal.funding_block else None
        key = squashed(name) if name else None
        named = next((s for title, s in titles if key is not None and key in title), None)
        linked.append(named or (sections[position] if by_position else None))
    return linked


def _linked_projects(goals: list[DepartmentGoal], projects: list[Project]) -> list[Project | None]:
    """The project of each goal: the first named as the goal's money."""
    first: dict[str, Project] = {}
    for project in projects:
        if project.name:
            first.setdefault(project.name, project)
    return [
        first.get(goal.funding_block.name)
        if goal.funding_block and goal.funding_block.name
        else None
        for goal in goals
    ]
