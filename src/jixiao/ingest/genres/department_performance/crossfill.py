"""Settling what one table could not read with what another part of the document states.

The department table, the project tables and the prose often state the same indicator
(``职工出勤率 ≥95%`` / ``职工出勤率不低于95%``). A target that is damaged (``>9`` | ``95%``), a
bare ``25 项`` that may be ``≥5 项`` with ``≥`` read as ``2``, or a target cell that is empty,
is settled from the same indicator elsewhere: never invented. A damaged target is only
confirmed by a value its own text contains; a ``2``-for-``≥`` reading only by a source that
states exactly that reading. Each settled value names its source line and why; what stays
unsettled is left empty and reported.

Where to look first: the goal section and the project that belong to a department goal
(same position, funding block named after the project), then anywhere in the document.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from jixiao.domain.money import format_decimal
from jixiao.domain.target import Target, TargetKind, format_target, parse_target
from jixiao.ingest.cells import half_width, squashed
from jixiao.ingest.general.crossfill import normalised_name as _norm
from jixiao.ingest.general.crossfill import normalised_score as _normalised_score
from jixiao.ingest.genres.department_performance.context import Fix, Located
from jixiao.ingest.genres.department_performance.drafts import IndicatorDraft
from jixiao.ingest.genres.department_performance.goal_table import Funding, GoalDraft
from jixiao.ingest.genres.department_performance.project_table import ProjectDraft
from jixiao.ingest.genres.department_performance.prose import GoalSectionDraft
from jixiao.ingest.report import ItemKind

_MIN_FRAGMENT: Final = 3
_FRAGMENT_EDGES: Final = "·・.,,。 "  # OCR debris and punctuation at a fragment's ends


class Pool:
    """Indicators of one part of the document, and how a reason names that part.

    The drafts are grouped by normalised name, so a draft meets each distinct name of the
    pool once, not each indicator: a document that states the same indicators many times
    (or is itself repeated) costs time in proportion to its length. Each group keeps what
    :func:`find_peer` asks of it (the targets it states, its first indicators with a target),
    updated by :meth:`Peers.update` when settling gives a draft its target."""

    def __init__(self, where: str, drafts: list[IndicatorDraft]) -> None:
        self.where = where
        self.drafts = drafts
        self.groups: dict[str, _Group] = {}
        for position, draft in enumerate(drafts):
            name = _norm(draft.name)
            self.groups.setdefault(name, _Group(name)).add(position, draft)


class _Group:
    """The drafts of one pool that share a normalised name."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.positions: dict[int, int] = {}  # id(draft) → its position in the pool
        self.targets: Counter[tuple[object, ...]] = Counter()  # of the drafts with a target
        self.first: list[tuple[int, IndicatorDraft]] = []  # the two first with a target

    def add(self, position: int, draft: IndicatorDraft) -> None:
        if id(draft) in self.positions:
            return
        self.positions[id(draft)] = position
        if draft.target is not None:
            self.gained(draft, None)

    def gained(self, draft: IndicatorDraft, before: tuple[object, ...] | None) -> None:
        """``draft`` (of this group) has a new target; ``before`` is the key of its old one."""
        assert draft.target is not None
        if before is None:  # targets are only ever given, never taken away
            self.first = sorted([*self.first, (self.positions[id(draft)], draft)], key=_at)[:2]
        else:
            self.targets[before] -= 1
            self.targets += Counter()  # drop keys no draft states any more
        self.targets[_key(draft.target)] += 1

    def peer(self, draft: IndicatorDraft) -> tuple[int, IndicatorDraft] | None:
        """The first draft with a target other than ``draft``, with its position."""
        return next((first for first in self.first if first[1] is not draft), None)

    def keys(self, draft: IndicatorDraft) -> set[tuple[object, ...]]:
        """The targets the group states, ``draft``'s own left out."""
        if draft.target is None or id(draft) not in self.positions:
            return set(self.targets)
        own = _key(draft.target)
        return {key for key, count in self.targets.items() if key != own or count > 1}


def _at(first: tuple[int, IndicatorDraft]) -> int:
    return first[0]


class Peers:
    """Every pool of one document, so a target given while settling reaches each group of
    each pool that holds the draft."""

    def __init__(self) -> None:
        self.watching: dict[int, list[_Group]] = {}

    def pool(self, where: str, drafts: list[IndicatorDraft]) -> Pool:
        pool = Pool(where, drafts)
        for draft in drafts:
            self.watching.setdefault(id(draft), []).append(pool.groups[_norm(draft.name)])
        return pool

    def update(self, draft: IndicatorDraft, before: tuple[object, ...] | None) -> None:
        """Tell the groups of ``draft`` that settling changed its target (key ``before``)."""
        if draft.target is None or before == _key(draft.target):
            return
        for group in dict.fromkeys(self.watching.get(id(draft), [])):
            group.gained(draft, before)


def find_peer(draft: IndicatorDraft, pools: list[Pool]) -> tuple[IndicatorDraft, Pool] | None:
    """The same indicator, with a target, in the first pool that states it unambiguously:
    of the drafts whose name scores best, the first, if they all state one target."""
    name = _norm(draft.name)
    for pool in pools:
        best, groups = 0, list[_Group]()
        for group in pool.groups.values():
            score = _normalised_score(name, group.name)
            if not score or score < best or group.peer(draft) is None:
                continue
            if score > best:
                best, groups = score, []
            groups.append(group)
        if not groups:
            continue
        targets = set().union(*(group.keys(draft) for group in groups))
        if len(targets) == 1:
            firsts = [first for group in groups if (first := group.peer(draft)) is not None]
            return min(firsts, key=_at)[1], pool
    return None


def target_key(draft: IndicatorDraft) -> tuple[object, ...] | None:
    """The key of the draft's target (None without one), to tell :meth:`Peers.update`."""
    return None if draft.target is None else _key(draft.target)


def _key(target: Target) -> tuple[object, ...]:
    return (target.kind, target.operator, target.value, target.unit, target.standard)


def settle(draft: IndicatorDraft, pools: list[Pool]) -> None:
    """Confirm or fill the draft's target from its peers (see the module docstring)."""
    if draft.target is not None and draft.ge_candidate is None:
        return
    found = find_peer(draft, pools)
    if draft.target is not None:
        if found is not None and draft.ge_candidate is not None:
            _confirm_ge(draft, *found)
        return
    if draft.damaged is not None:
        if found is not None and _consistent(draft.damaged, found[0].target):
            _fill(draft, *found)
        else:
            elsewhere = (
                f"{_source(*found)},但与本格文字对不上,不作推测"
                if found is not None
                else "文档其他部分也没有可印证的同名指标"
            )
            reason = f"指标值“{draft.damaged}”无法识别;{elsewhere},留空"
            draft.fixes.append(
                Fix("target", ItemKind.UNREADABLE, reason, draft.target_line, draft.damaged)
            )
    elif found is not None:
        _fill(draft, *found)
    else:
        reason = "指标值单元格为空,文档其他部分也没有同名指标可补全,留空"
        draft.fixes.append(Fix("target", ItemKind.MISSING, reason, draft.line))


def _consistent(damaged: str, target: Target | None) -> bool:
    """Whether the damaged text contains the peer's value (and unit, if it has one)."""
    if target is None or target.kind is not TargetKind.QUANTITATIVE or target.value is None:
        return False
    numbers = re.findall(r"[0-9]+(?:\.[0-9]+)?", damaged)
    if format_decimal(target.value) not in numbers:
        return False
    return target.unit is None or target.unit in damaged or (target.unit == "个" and "↑" in damaged)


def _table_form(peer: IndicatorDraft) -> Target:
    """The peer's target as a table writes it: prose ``不低于95%`` becomes ``≥95%``."""
    assert peer.target is not None
    return parse_target(format_target(peer.target))


def _source(peer: IndicatorDraft, pool: Pool) -> str:
    line = peer.target_line or peer.line
    return f"{pool.where}第{line.number}行同名指标“{peer.name}”写作“{peer.target_text or ''}”"


def _fill(draft: IndicatorDraft, peer: IndicatorDraft, pool: Pool) -> None:
    target = _table_form(peer)
    if draft.damaged is not None:
        reason = (
            f"指标值“{draft.damaged}”被OCR拆开或损坏,无法单独判读;{_source(peer, pool)},"
            f"与本格中的数值一致,据此读作“{target.text}”"
        )
    else:
        reason = f"本表中该指标的指标值单元格为空;{_source(peer, pool)},据此补全为“{target.text}”"
    _settle_with(draft, peer, target, draft.damaged, reason)


def _confirm_ge(draft: IndicatorDraft, peer: IndicatorDraft, pool: Pool) -> None:
    candidate = draft.ge_candidate
    if candidate is None or peer.target is None or _key(_table_form(peer)) != _key(candidate):
        return
    target = parse_target(format_target(candidate))
    reason = (
        f"“{draft.target_text}”可读作数值,也可能是OCR把“≥”识别为“2”;{_source(peer, pool)},"
        f"据此读作“{target.text}”"
    )
    _settle_with(draft, peer, target, draft.target_text, reason)


def _settle_with(
    draft: IndicatorDraft, peer: IndicatorDraft, target: Target, original: str | None, reason: str
) -> None:
    """Take ``target`` (confirmed by ``peer``) as the draft's, citing the peer's line."""
    line = peer.target_line or peer.line
    draft.fixes.append(Fix("target", ItemKind.CROSS_FILLED, reason, line, original, target.text))
    draft.target, draft.target_text, draft.target_line = target, target.text, line
    draft.damaged, draft.ge_candidate = None, None


# --- which parts belong together ----------------------------------------------------------------


def complete_funding_names(goals: list[GoalDraft], projects: list[ProjectDraft]) -> None:
    """A funding block name the OCR cut (``侨务工``) is the one project whose name starts so."""
    names = [project.name for project in projects if project.name]
    for goal in goals:
        funding = goal.funding
        if funding is None or not funding.name or funding.name in names:
            continue
        matches = [name for name in names if name.startswith(funding.name)]
        if len(matches) == 1 and len(funding.name) >= 2:
            _complete(funding, matches[0])


def _complete(funding: Funding, name: str) -> None:
    reason = f"单元格只识别出“{funding.name}”;第二部分唯一以此开头的预算项目为“{name}”,据此补全名称"
    line = funding.fragments[0][1]
    funding.fixes.append(Fix("name", ItemKind.CROSS_FILLED, reason, line, funding.name, name))
    funding.name = name


def _linked_sections(
    goals: list[GoalDraft], sections: list[GoalSectionDraft]
) -> dict[int, GoalSectionDraft | None]:
    """The prose section of each goal (by ``id``): by funding block name in its title, else
    by position when the prose has one section per goal. Each title is squashed once."""
    titles = [(squashed(s.title.text), s) for s in sections]
    by_position = len(sections) == len(goals)
    linked: dict[int, GoalSectionDraft | None] = {}
    for position, goal in enumerate(goals):
        name = goal.funding.name if goal.funding else None
        key = squashed(name) if name else None
        named = next((s for title, s in titles if key is not None and key in title), None)
        linked[id(goal)] = (
            named if named is not None else (sections[position] if by_position else None)
        )
    return linked


def _linked_projects(
    goals: list[GoalDraft], projects: list[ProjectDraft]
) -> dict[int, ProjectDraft | None]:
    """The project of each goal (by ``id``): the first of its funding block's name."""
    first: dict[str, ProjectDraft] = {}
    for project in projects:
        if project.name:
            first.setdefault(project.name, project)
    return {
        id(goal): first.get(goal.funding.name) if goal.funding and goal.funding.name else None
        for goal in goals
    }


def settle_all(
    goals: list[GoalDraft], sections: list[GoalSectionDraft], projects: list[ProjectDraft]
) -> None:
    """Settle every table indicator's target (see the module docstring).

    Each goal's and project's links are found once, and each part's pool is built once,
    so that a long document (or one repeated many times) settles in time proportional to
    its length."""
    complete_funding_names(goals, projects)
    peers = Peers()
    everything_prose = peers.pool("分项绩效目标", [d for s in sections for d in s.indicators])
    all_goals = peers.pool("部门整体支出绩效目标申报表", [i.draft for g in goals for i in g.items])
    all_projects = peers.pool("项目绩效目标表", [i.draft for p in projects for i in p.items])
    section_of, project_of = _linked_sections(goals, sections), _linked_projects(goals, projects)
    section_pools = {id(s): peers.pool("分项绩效目标", s.indicators) for s in sections}
    project_pools = {
        id(p): peers.pool("项目绩效目标表", [i.draft for i in p.items]) for p in projects
    }
    for goal in goals:
        section, project = section_of[id(goal)], project_of[id(goal)]
        pools = [
            section_pools[id(section)] if section else None,
            project_pools[id(project)] if project else None,
            everything_prose,
            all_projects,
        ]
        for item in goal.items:
            _settle_watched(item.draft, [pool for pool in pools if pool is not None], peers)
    owners: dict[int, list[GoalDraft]] = {}
    for goal in goals:
        if (project := project_of[id(goal)]) is not None:
            owners.setdefault(id(project), []).append(goal)
    for project in projects:
        own_goals = owners.get(id(project), [])
        own = [
            peers.pool("部门整体支出绩效目标申报表", [i.draft for g in own_goals for i in g.items])
        ]
        own += [section_pools[id(s)] for g in own_goals if (s := section_of[id(g)]) is not None]
        for item in project.items:
            _settle_watched(item.draft, [*own, all_goals, everything_prose], peers)


def _settle_watched(draft: IndicatorDraft, pools: list[Pool], peers: Peers) -> None:
    before = target_key(draft)
    settle(draft, pools)
    peers.update(draft, before)


# --- a cell the OCR kept only fragments of -----------------------------------------------------


class FragmentSources:
    """The paragraphs a fragmentary cell may come from, each distinct text once (with the
    last place it is written, and its half-width form made once, not once per cell)."""

    def __init__(self, paragraphs: list[tuple[str, Located]]) -> None:
        self.texts: dict[str, tuple[str, str]] = {}  # text → (where, half-width text)
        for where, located in paragraphs:
            if text := located.text:
                self.texts.pop(text, None)  # the last place, in the order of the document
                self.texts[text] = (where, half_width(text))


def complete_fragment(
    key: str, fragment: Located, sources: FragmentSources
) -> tuple[str, Fix] | None:
    """The one paragraph (``where``, text) that contains every piece of a fragmentary cell
    word for word, with the repair that says so; None unless that is unambiguous.

    A cell is fragmentary when the OCR kept pieces of it with gaps between (whitespace);
    each piece of a few characters must occur in the paragraph, which must be longer."""
    pieces = [p.strip(_FRAGMENT_EDGES) for p in re.split(r"\s+", half_width(fragment.text))]
    pieces = [p for p in pieces if len(p) >= _MIN_FRAGMENT]
    if len(pieces) < 2:
        return None
    found = {
        text: where
        for text, (where, wide) in sources.texts.items()
        if all(piece in wide for piece in pieces) and len(text) > sum(map(len, pieces))
    }
    if len(found) != 1:
        return None
    text, where = next(iter(found.items()))
    shown = "…".join(pieces)
    reason = (
        f"单元格只识别出片段“…{shown}…”;这些片段逐字出现在{where}的同一段文字中,据此按该段文字补全"
    )
    return text, Fix(key, ItemKind.CROSS_FILLED, reason, fragment.line, fragment.text, text)
