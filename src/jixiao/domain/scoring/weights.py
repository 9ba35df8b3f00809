"""分值: how a profile's points are shared among the indicators of a sheet.

* An indicator's weight stated in the document (``Indicator.weight``) is used as stated.
* The rest of a block's points (产出 50 …) are split equally among the block's indicators that
  state none: 产出 50 over 21 indicators is 50/21 each.
* An indicator without a readable target, or without a 一级 category, cannot be scored: it gets
  no points (an *error* finding says so) and its share goes to the others of its block, so the
  sheet still totals 100.
* A block with no indicator at all (a department table without 满意度) hands its points to the
  other blocks in proportion to their weights (a *warning* finding says so).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.domain.framework import Category
from jixiao.domain.model import Indicator
from jixiao.domain.scoring.profile import CategoryGroup, ScoringProfile
from jixiao.domain.scoring.sheet import Finding, Severity
from jixiao.domain.target import format_target


@dataclass(frozen=True)
class Share:
    group: str  # the block's label, "" when the indicator is in none
    weight: Decimal


def category_of(indicator: Indicator) -> Category | None:
    if indicator.category is not None:
        return indicator.category
    return indicator.subcategory.category if indicator.subcategory else None


def _placement(
    indicator: Indicator, where: str, profile: ScoringProfile
) -> tuple[CategoryGroup | None, Finding | None]:
    category = category_of(indicator)
    if category is None:
        return None, Finding(
            Severity.ERROR,
            "no_category",
            f"{where}指标“{indicator.name}”没有一级指标,无法归入评分类别,未计分",
        )
    group = profile.group_of(category)
    if group is None:
        return None, Finding(
            Severity.ERROR,
            "no_group",
            f"{where}指标“{indicator.name}”的类别“{category.label}”不在评分方案“{profile.name}”中,未计分",
        )
    if indicator.target is None:
        return group, Finding(
            Severity.ERROR,
            "no_target",
            f"{where}指标“{indicator.name}”没有指标值,无法评分;其分值由同类指标分摊",
        )
    try:
        format_target(indicator.target)
    except ValueError as error:
        return group, Finding(Severity.ERROR, "no_target", f"{where}指标“{indicator.name}”:{error}")
    return group, None


def _group_weights(
    profile: ScoringProfile, used: set[str]
) -> tuple[dict[str, Decimal], list[Finding]]:
    """Each block's points, with empty blocks' points handed to the others pro rata."""
    weights = {g.label: g.weight for g in profile.groups}
    active = {label: w for label, w in weights.items() if label in used}
    empty = [label for label in weights if label not in used]
    if not empty or not active:
        return weights, []
    available = sum(weights.values(), Decimal(0))
    scale = available / sum(active.values(), Decimal(0))
    finding = Finding(
        Severity.WARNING,
        "empty_group",
        f"{'、'.join(empty)}没有指标,其分值按比例分摊到{'、'.join(active)}",
    )
    return {label: w * scale for label, w in active.items()}, [finding]


def _split(
    group: str, points: Decimal, members: list[tuple[int, Indicator]]
) -> tuple[dict[int, Decimal], list[Finding]]:
    stated = {i: ind.weight for i, ind in members if ind.weight is not None}
    unstated = [i for i, ind in members if ind.weight is None]
    given = sum(stated.values(), Decimal(0))
    findings: list[Finding] = []
    shares: dict[int, Decimal] = dict(stated)
    if unstated:
        rest = points - given
        if rest < 0:
            findings.append(
                Finding(
                    Severity.ERROR,
                    "weights_exceed",
                    f"{group}各指标分值合计 {given} 超过该类别分值 {points}",
                )
            )
            rest = Decimal(0)
        shares.update({i: rest / len(unstated) for i in unstated})
    elif given != points:
        findings.append(
            Finding(
                Severity.WARNING,
                "weights_mismatch",
                f"{group}各指标分值合计 {given},与该类别分值 {points} 不符(按文件所列分值计)",
            )
        )
    return shares, findings


def allocate(
    entries: Sequence[tuple[str, Indicator]], profile: ScoringProfile
) -> tuple[list[Share], list[Finding]]:
    """The points of each entry (``where`` label, indicator), in order, and the findings."""
    findings: list[Finding] = []
    members: dict[str, list[tuple[int, Indicator]]] = {}
    labels: dict[int, str] = {}
    for index, (where, indicator) in enumerate(entries):
        group, finding = _placement(indicator, where, profile)
        if finding is not None:
            findings.append(finding)
        if group is not None:
            labels[index] = group.label
            if finding is None:
                members.setdefault(group.label, []).append((index, indicator))
    points, redistributed = _group_weights(profile, set(members))
    findings.extend(redistributed)
    weights: dict[int, Decimal] = {}
    for label, group_members in members.items():
        shares, split_findings = _split(label, points[label], group_members)
        weights.update(shares)
        findings.extend(split_findings)
    zero = Decimal(0)
    result = [Share(labels.get(i, ""), weights.get(i, zero)) for i in range(len(entries))]
    return result, findings
