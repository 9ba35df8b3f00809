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
from dataclasses import dataclass
from typing import Final

from jixiao.domain.money import format_decimal
from jixiao.domain.target import Target, TargetKind, format_target, parse_target
from jixiao.ingest.cells import half_width, squashed
from jixiao.ingest.genres.department_performance.context import Fix, Located
from jixiao.ingest.genres.department_performance.drafts import IndicatorDraft
from jixiao.ingest.genres.department_performance.goal_table import Funding, GoalDraft
from jixiao.ingest.genres.department_performance.project_table import ProjectDraft
from jixiao.ingest.genres.department_performance.prose import GoalSectionDraft
from jixiao.ingest.report import ItemKind

_COUNT_SUFFIX_RE: Final = re.compile(r"(?:次数|数量|人数|户数|册数|期数|条数|个数|件数|项数|人次)$")
# Words by which "no accident" and "accidents occurring" name the same count.
_EVENT_WORDS_RE: Final = re.compile(r"不发生|未发生|发生|杜绝")
_NOISE_RE: Final = re.compile(r"[、,,()()“”\"\s]|^(?:全年|年度)")
_MIN_CONTAINED: Final = 4  # a shorter name inside a longer one is a match from this length
_MIN_FRAGMENT: Final = 3
_FRAGMENT_EDGES: Final = "·・.,,。 "  # OCR debris and punctuation at a fragment's ends


@dataclass(frozen=True)
class Pool:
    """Indicators of one part of the document, and how a reason names that part."""

    where: str
    drafts: list[IndicatorDraft]


def _norm(name: str) -> str:
    return _NOISE_RE.sub("", half_width(name))


def name_score(first: str, second: str) -> int:
    """3: the same name; 2: the same but for a count word (次数, 数量); 1: one contains the
    other; 0: different indicators."""
    a, b = _norm(first), _norm(second)
    if a == b:
        return 3
    if _COUNT_SUFFIX_RE.sub("", a) == _COUNT_SUFFIX_RE.sub("", b):
        return 2
    a, b = (_EVENT_WORDS_RE.sub("", _COUNT_SUFFIX_RE.sub("", name)) for name in (a, b))
    short, long = sorted((a, b), key=len)
    return 1 if len(short) >= _MIN_CONTAINED and short in long else 0


def find_peer(draft: IndicatorDraft, pools: list[Pool]) -> tuple[IndicatorDraft, Pool] | None:
    """The same indicator, with a target, in the first pool that states it unambiguously."""
    for pool in pools:
        scored = [(name_score(draft.name, d.name), d) for d in pool.drafts if d is not draft]
        scored = [(score, d) for score, d in scored if score and d.target is not None]
        if not scored:
            continue
        best = max(score for score, _ in scored)
        peers = [d for score, d in scored if score == best]
        targets = {_key(d.target) for d in peers if d.target is not None}
        if len(targets) == 1:
            return peers[0], pool
    return None


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


def linked_project(goal: GoalDraft, projects: list[ProjectDraft]) -> ProjectDraft | None:
    name = goal.funding.name if goal.funding else None
    return next((p for p in projects if name and p.name == name), None)


def linked_section(
    goal: GoalDraft, goals: list[GoalDraft], sections: list[GoalSectionDraft]
) -> GoalSectionDraft | None:
    """The prose section of the goal: by funding block name in its title, else by position
    when the prose has one section per goal."""
    name = goal.funding.name if goal.funding else None
    if name and (named := [s for s in sections if squashed(name) in squashed(s.title.text)]):
        return named[0]
    if len(sections) == len(goals):
        return sections[goals.index(goal)]
    return None


def settle_all(
    goals: list[GoalDraft], sections: list[GoalSectionDraft], projects: list[ProjectDraft]
) -> None:
    """Settle every table indicator's target (see the module docstring)."""
    complete_funding_names(goals, projects)
    everything_prose = Pool("分项绩效目标", [d for s in sections for d in s.indicators])
    all_goals = Pool("部门整体支出绩效目标申报表", [i.draft for g in goals for i in g.items])
    all_projects = Pool("项目绩效目标表", [i.draft for p in projects for i in p.items])
    for goal in goals:
        section = linked_section(goal, goals, sections)
        project = linked_project(goal, projects)
        pools = [
            Pool("分项绩效目标", section.indicators) if section else None,
            Pool("项目绩效目标表", [i.draft for i in project.items]) if project else None,
            everything_prose,
            all_projects,
        ]
        for item in goal.items:
            settle(item.draft, [pool for pool in pools if pool is not None])
    for project in projects:
        owners = [g for g in goals if linked_project(g, projects) is project]
        own = [Pool("部门整体支出绩效目标申报表", [i.draft for g in owners for i in g.items])]
        own += [
            Pool("分项绩效目标", s.indicators)
            for g in owners
            if (s := linked_section(g, goals, sections)) is not None
        ]
        for item in project.items:
            settle(item.draft, [*own, all_goals, everything_prose])


# --- a cell the OCR kept only fragments of -----------------------------------------------------


def complete_fragment(
    key: str, fragment: Located, paragraphs: list[tuple[str, Located]]
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
        for where, located in paragraphs
        if (text := located.text)
        and all(piece in half_width(text) for piece in pieces)
        and len(text) > sum(map(len, pieces))
    }
    if len(found) != 1:
        return None
    text, where = next(iter(found.items()))
    shown = "…".join(pieces)
    reason = (
        f"单元格只识别出片段“…{shown}…”;这些片段逐字出现在{where}的同一段文字中,据此按该段文字补全"
    )
    return text, Fix(key, ItemKind.CROSS_FILLED, reason, fragment.line, fragment.text, text)
