"""How a form words its targets, its headers and its extra cells, as published forms do.

Every choice is drawn from a seeded ``random.Random``; a wording never changes what a careful
reader reads: ``不低于95%`` and ``95%以上`` are ≥ 95 %, ``控制在1.1万元以内`` is ≤ 1.1 万元, a bare
``3所`` has no operator and ``=100%`` keeps its ``=`` (the hold-outs' conventions).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from relayout.model import Row, Target

# target wordings by operator; {v} the value with its unit, {n} the value, {u} the unit, {p}
# the value with two decimals (``95.00``) and its unit. All but ``(含)以上``/``(含)以内`` (the
# official phrasing of an inclusive bound) are seen in the corpus or the hold-outs.
_WORDINGS: dict[str | None, dict[str, tuple[str, ...]]] = {
    "≥": {
        "symbol": ("≥{v}", "≥ {v}", "≥{p}"),
        "ascii": (">={v}",),
        "words": ("不低于{v}", "不少于{v}", "大于等于{v}", "达到{v}"),
        "suffix": ("{v}以上", "达到{v}以上", "{v}(含)以上"),
        "spaced": ("≥ {n} {u}", "≥ {n}{u}"),
    },
    "≤": {
        "symbol": ("≤{v}", "≤ {v}", "≤{p}"),
        "ascii": ("<={v}",),
        "words": ("不超过{v}", "不高于{v}", "控制在{v}以内"),
        "suffix": ("{v}以内", "{v}(含)以内"),
        "spaced": ("≤ {n} {u}", "≤ {n}{u}"),
    },
    "=": {
        "symbol": ("={v}", "＝{v}", "={p}"),
        "ascii": ("={v}",),
        "words": ("={v}",),
        "suffix": ("={v}",),
        "spaced": ("= {n} {u}", "＝ {n}{u}"),
    },
    ">": {"symbol": (">{v}",), "ascii": (">{v}",), "words": ("大于{v}",), "suffix": (">{v}",)},
    "<": {"symbol": ("<{v}",), "ascii": ("<{v}",), "words": ("小于{v}",), "suffix": ("<{v}",)},
    None: {"symbol": ("{v}",), "ascii": ("{v}",), "words": ("{v}",), "suffix": ("{v}",)},
}
TARGET_STYLES = ("symbol", "ascii", "words", "suffix", "spaced")


def quantity(target: Target) -> str:
    """The value with its unit, as printed after an operator: ``95%``, ``1.1万元``."""
    return f"{target.value or ''}{target.unit or ''}"


def target_text(target: Target, style: str, rng: random.Random) -> str:
    """One cell holding the whole target, in the given style (TARGET_STYLES)."""
    if target.standard is not None:
        return target.standard
    if target.period is not None:
        return target.period
    wordings = _WORDINGS.get(target.operator, _WORDINGS[None])
    forms = wordings.get(style, wordings["symbol"])
    value, unit = target.value or "", target.unit or ""
    padded = f"{value}.00" if value.isdigit() and unit == "%" else value
    text = rng.choice(forms).format(v=quantity(target), n=value, u=unit, p=padded + unit)
    return text.rstrip()


def target_without_unit(target: Target, rng: random.Random) -> str:
    """The target cell of a form with a 度量单位 column: ``≥95`` (the unit printed apart)."""
    if not target.quantitative:
        return target_text(target, "symbol", rng)
    return f"{target.operator or ''}{target.value or ''}"


def long_term(target: Target, style: str, rng: random.Random) -> str:
    """A 长期指标值 cell beside the year's (湖南 hold-out): a count three years' worth; a
    rate, a cost, a per-unit standard or a standard as the year's; never the truth, which is
    the year's target."""
    value, unit = target.value or "", target.unit or ""
    count = not any(mark in unit for mark in ("%", "‰", "元", "/"))
    if target.quantitative and count and re.fullmatch(r"\d+(\.\d+)?", value):
        tripled = format(Decimal(value) * 3, "f")
        return target_text(replace(target, value=tripled), style, rng)
    return target_text(target, style, rng)


def nature(target: Target) -> str:
    """The 指标性质 cell of a split target (指标性质 | 指标值 | 度量单位)."""
    if target.standard is not None or target.period is not None:
        return "定性"
    return target.operator or "定量"


def direction(target: Target) -> str:
    """The 指标方向 cell: a floor is 正向, a ceiling 反向."""
    return {"≥": "正向", ">": "正向", "≤": "反向", "<": "反向"}.get(target.operator or "", "中性")


def explanation(row: Row, rng: random.Random) -> str:
    """A 指标解释 cell, as forms word it: what the indicator reflects, or its formula."""
    if row.name.endswith("率"):
        return rng.choice(
            (
                f"{row.name}=实际完成数/计划完成数×100%",
                f"反映{row.name}情况,计算公式:完成数/应完成数×100%。",
            )
        )
    return rng.choice(
        (
            f"反映{row.name}情况。",
            f"考核{row.name}是否达到预期目标。",
            "反映项目实施的实际完成情况。",
        )
    )


def performance_standard(row: Row, rng: random.Random) -> str:
    """A 绩效标准 cell: the kind of standard the target follows."""
    return rng.choice(("计划标准", "行业标准", "历史标准", "其他标准"))


def scoring_rule(row: Row, rng: random.Random) -> str:
    """A 评分标准 cell, with the numbers such rules carry."""
    return rng.choice(
        (
            "完成目标得满分,未完成按比例扣分",
            "每低于目标值1个百分点扣0.5分,扣完为止",
            "达到目标值得满分,否则不得分",
            "全部完成得满分;完成80%以上得50%分值",
        )
    )


def reason(row: Row, rng: random.Random) -> str:
    """A 偏差原因 cell: mostly empty, else 无 or a sentence, sometimes with its own figures."""
    if rng.random() < 0.7:
        return ""
    return rng.choice(
        (
            "无",
            "无偏差",
            "按计划完成",
            "受天气影响部分工程延期,下一步加快进度",
            "部分资金12月才下达,执行进度偏慢",
            "实际完成略低于目标,下年度加强督导",
        )
    )


@dataclass(frozen=True)
class Headers:
    """The header words of one rendering."""

    levels: tuple[str, str, str]
    target: str
    actual: str
    weight: str
    score: str
    reason: str
    basis: str = "绩效标准"  # the header of a standard's kind: 绩效标准, 指标值设定依据


# header words seen in the corpus and hold-out captures (三级指标 far the most common; no
# capture names the third level 绩效指标, nor the target column 预期目标 or 全年目标: those
# head the 年度总体目标 block)
_LEVELS = (
    ("一级指标", "二级指标", "三级指标"),
    ("一级指标", "二级指标", "三级指标"),
    ("一级指标", "二级指标", "指标名称"),
    ("一级指标", "二级指标", "指标内容"),
)
_TARGETS = ("年度指标值", "指标值", "年度指标值", "指标值", "目标值", "年度目标值", "全年指标值")
_ACTUALS = {
    "self": ("实际完成值", "全年实际完成值", "实际完成情况", "全年完成值"),
    "monitor": ("1-6月执行情况", "1-6月完成值", "截至6月底完成情况"),
    "target": ("实际完成值",),
}
_REASONS = ("偏差原因分析及改进措施", "未完成原因和改进措施", "偏差原因")


def headers(form: str, rng: random.Random, plain: bool = False) -> Headers:
    """Header words drawn for a form (``plain``: the most common ones, for a fixed sample)."""
    if plain:
        return Headers(_LEVELS[0], "年度指标值", _ACTUALS[form][0], "分值", "得分", _REASONS[0])
    return Headers(
        levels=rng.choice(_LEVELS),
        target=rng.choice(_TARGETS),
        actual=rng.choice(_ACTUALS[form]),
        weight=rng.choice(("分值", "权重", "分值", "权重(%)")),
        score=rng.choice(("得分", "得分", "评分")),
        reason=rng.choice(_REASONS),
        basis=rng.choice(("绩效标准", "绩效标准", "指标值设定依据", "指标值确定依据")),
    )


MERGES = ("blank", "repeat", "middle", "absent")


def merged_places(keys: list[tuple[str, ...]], style: str) -> list[bool]:
    """Where a merged column prints its label over spans of equal keys: on the first row of
    each span (``blank``), on every row (``repeat``) or on the middle row of its span
    (``middle``, as a PDF centres a merged cell)."""
    if style == "repeat":
        return [True] * len(keys)
    out = [False] * len(keys)
    start = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[start]:
            out[start if style == "blank" else start + (index - 1 - start) // 2] = True
            start = index
    return out


def merged(labels: list[str], style: str) -> list[str]:
    """A merged column's labels as printed (``merged_places`` over the labels themselves)."""
    places = merged_places([(label,) for label in labels], style)
    return [label if place else "" for label, place in zip(labels, places, strict=True)]


def vertical(labels: list[str], keys: list[tuple[str, ...]]) -> list[str]:
    """A merged column's labels printed down the side of their span, a glyph or two a row, as a
    narrow merged cell of vertical text comes out of a grid, a space-aligned or a one-cell-a-line
    capture (``产`` / ``出`` / ``指`` / ``标`` one per row: the 内蒙古 and 江西 hold-outs' lead
    and 一级 cells): the glyphs spread over the span's rows, centred when the span has more
    rows than glyphs, several a row when it has fewer."""
    out = [""] * len(labels)
    start = 0
    for index in range(1, len(labels) + 1):
        if index < len(labels) and keys[index] == keys[start]:
            continue
        label, rows = labels[start], index - start
        per_row = -(-len(label) // rows)  # ceil
        chunks = [label[i : i + per_row] for i in range(0, len(label), per_row)]
        first = start + (rows - len(chunks)) // 2
        for offset, chunk in enumerate(chunks):
            out[first + offset] = chunk
        start = index
    return out
