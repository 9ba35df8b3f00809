"""Charts of the forms: the data of a chart from domain values, and its picture (SVG and PNG).

Four charts: a project's spending against its plan through the year (资金支出计划 vs 累计执行),
achievement by indicator category and score by category (from a 自评表), and warnings by
colour (红/黄/蓝/绿). Each is first a `ChartData`, plain labels and series, which the web
pages take as JSON (`chart_series`); `draw` turns the same data into a `Chart` block of the
layout contract, drawn by matplotlib (Agg) with the system's Noto CJK font, so the PDF and
the page show one set of numbers.

The font is the one Debian's fonts-noto-cjk installs, found where fontconfig put it; nothing
is downloaded. Without it `draw` refuses with a Chinese message rather than printing boxes.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from jixiao.domain.actuals import Actuals
from jixiao.domain.model import Project
from jixiao.domain.monitoring import Colour, MonitoringReport, monitoring_profile
from jixiao.domain.monitoring.budget import budget_status
from jixiao.domain.monitoring.spending_plan import month_end, planned_percent
from jixiao.domain.scoring import ScoreSheet
from jixiao.errors import JixiaoError
from jixiao.report.layout import Chart

if TYPE_CHECKING:
    from matplotlib.axes import Axes

CJK_FAMILY = "Noto Sans CJK SC"
ChartKind = Literal["line", "bar", "stacked"]

# The colours of the forms' warnings, and a sober palette for the rest (print-friendly).
COLOUR_HEX: Mapping[Colour, str] = {
    Colour.RED: "#d62728",
    Colour.YELLOW: "#e6b400",
    Colour.BLUE: "#1f77b4",
    Colour.GREEN: "#2ca02c",
}
_PALETTE = ("#4e79a7", "#f28e2b", "#9c9c9c", "#59a14f")
_COUNTED = frozenset({"项", "条", "个"})  # units of counts
_MONTHS = tuple(f"{month}月" for month in range(1, 13))


class ChartError(JixiaoError):
    """A chart cannot be drawn on this machine (no CJK font, no matplotlib)."""


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]  # one per label; None: no value (not yet, unknown)
    colours: tuple[str, ...]  # one colour for the series, or one per value


@dataclass(frozen=True)
class ChartData:
    """What a chart shows, format-neutral: the x labels and the series over them."""

    kind: ChartKind
    title: str
    labels: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str  # of the values: "%", "项", "分", "条"

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "title": self.title,
            "unit": self.unit,
            "labels": list(self.labels),
            "series": [
                {"name": s.name, "values": list(s.values), "colours": list(s.colours)}
                for s in self.series
            ],
        }


def chart_series(data: ChartData) -> dict[str, Any]:
    """The chart's series as a plain JSON-ready dict (for the web pages)."""
    return data.as_dict()


def _number(value: Decimal | None) -> float | None:
    # two decimals: what the forms print; a float because the web charts want numbers
    return None if value is None else round(float(value), 2)


# --- the data from domain values -------------------------------------------------------------


def spending_against_plan(
    project: Project, actuals: Actuals, year: int, as_of: date | None = None
) -> ChartData:
    """A project's cumulative spending (执行率, % of its budget) at each month's end, against
    its spending plan at the same dates. Months after ``as_of`` have no actual value."""
    profile = monitoring_profile("default")  # the rate does not depend on the profile
    planned: list[float | None] = []
    spent: list[float | None] = []
    for month in range(1, 13):
        at = month_end(year, month)
        planned.append(_number(planned_percent(project.spending_plan, at, year)))
        if as_of is not None and (as_of.year, as_of.month) < (year, month):
            spent.append(None)
            continue
        until = min(at, as_of) if as_of is not None else at
        spent.append(_number(budget_status(project, actuals, until, year, profile).rate))
    return ChartData(
        kind="line",
        title=f"资金支出进度：{project.name}",
        labels=_MONTHS,
        series=(
            Series("资金支出计划", tuple(planned), (_PALETTE[2],)),
            Series("累计执行率", tuple(spent), (_PALETTE[0],)),
        ),
        unit="%",
    )


def _category_order(sheet: ScoreSheet) -> list[str]:
    seen: dict[str, None] = {}
    for row in sheet.rows:
        seen.setdefault(row.category or "未分类", None)
    return list(seen)


def achievement_by_category(sheet: ScoreSheet) -> ChartData:
    """How many indicators of each 一级 category met their target (达成), missed it (未达成),
    or could not be scored (未计分: no target or no actual)."""
    labels = _category_order(sheet)
    counts = {label: {True: 0, False: 0, None: 0} for label in labels}
    for row in sheet.rows:
        counts[row.category or "未分类"][row.met] += 1
    outcomes: tuple[tuple[str, bool | None, str], ...] = (
        ("达成", True, COLOUR_HEX[Colour.GREEN]),
        ("未达成", False, COLOUR_HEX[Colour.RED]),
        ("未计分", None, _PALETTE[2]),
    )
    series = tuple(
        Series(name, tuple(float(counts[label][met]) for label in labels), (colour,))
        for name, met, colour in outcomes
    )
    return ChartData("stacked", f"指标完成情况：{sheet.subject}", tuple(labels), series, "项")


def score_by_category(sheet: ScoreSheet) -> ChartData:
    """分值 and 得分 of the budget row and of each block of the profile (产出指标 …)."""
    groups: dict[str, list[Decimal]] = {"预算执行": [sheet.budget.weight, sheet.budget.score]}
    for row in sheet.rows:
        weight, score = groups.setdefault(row.group, [Decimal(0), Decimal(0)])
        groups[row.group] = [weight + row.weight, score + row.score]
    labels = tuple(groups)
    return ChartData(
        kind="bar",
        title=f"分类得分：{sheet.subject}",
        labels=labels,
        series=(
            Series("分值", tuple(_number(groups[g][0]) for g in labels), (_PALETTE[2],)),
            Series("得分", tuple(_number(groups[g][1]) for g in labels), (_PALETTE[0],)),
        ),
        unit="分",
    )


WARNING_ORDER = (Colour.RED, Colour.YELLOW, Colour.BLUE, Colour.GREEN)


def warning_counts(report: MonitoringReport) -> dict[Colour, int]:
    """The number of warnings of each colour in a monitoring report."""
    counts = dict.fromkeys(WARNING_ORDER, 0)
    for warning in report.warnings:
        counts[warning.colour] += 1
    return counts


def warnings_by_colour(counts: Mapping[Colour, int], subject: str) -> ChartData:
    """Warnings (or projects) by colour, red first; ``counts`` from `warning_counts` or from a
    region's monitoring."""
    values = tuple(float(counts.get(colour, 0)) for colour in WARNING_ORDER)
    colours = tuple(COLOUR_HEX[colour] for colour in WARNING_ORDER)
    labels = tuple(f"{colour.label}色" for colour in WARNING_ORDER)
    return ChartData("bar", f"预警：{subject}", labels, (Series("预警", values, colours),), "条")


# --- the picture -----------------------------------------------------------------------------


@cache
def _font_file() -> str:
    """The Noto Sans CJK file matplotlib found among the system fonts (fontconfig's dirs)."""
    try:
        from matplotlib import font_manager
    except ImportError as error:  # pragma: no cover - a dependency, but say so plainly
        raise ChartError("无法绘制图表:缺少 matplotlib(pip install matplotlib)") from error
    try:
        path = font_manager.findfont(
            font_manager.FontProperties(family=CJK_FAMILY), fallback_to_default=False
        )
    except ValueError as error:
        raise ChartError(
            f"无法绘制图表:找不到中文字体“{CJK_FAMILY}”(请安装 Debian 软件包 fonts-noto-cjk)"
        ) from error
    return str(path)


_STYLE: Mapping[str, Any] = {
    "font.family": [CJK_FAMILY],
    "font.size": 9,
    "axes.unicode_minus": False,
    "svg.fonttype": "path",  # glyphs as outlines: the SVG needs no font where it is shown
    "svg.hashsalt": "jixiao",  # stable ids: the same data gives the same bytes
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def _plot(axes: Axes, data: ChartData) -> None:
    from matplotlib.ticker import MaxNLocator

    positions = list(range(len(data.labels)))
    if data.kind == "line":
        for series in data.series:
            pairs = zip(positions, series.values, strict=True)
            points = [(x, v) for x, v in pairs if v is not None]
            if points:
                xs, ys = zip(*points, strict=True)
                axes.plot(
                    xs, ys, marker="o", markersize=3, label=series.name, color=series.colours[0]
                )
    elif data.kind == "stacked":
        bottom = [0.0] * len(positions)
        for series in data.series:
            values = [v or 0.0 for v in series.values]
            axes.bar(
                positions, values, 0.6, bottom=bottom, label=series.name, color=series.colours[0]
            )
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    else:
        width = 0.8 / len(data.series)
        for i, series in enumerate(data.series):
            offset = (i - (len(data.series) - 1) / 2) * width
            values = [v or 0.0 for v in series.values]
            colours = list(series.colours) if len(series.colours) > 1 else series.colours[0]
            bars = axes.bar(
                [p + offset for p in positions], values, width, label=series.name, color=colours
            )
            axes.bar_label(bars, fmt="%g", fontsize=8)
    axes.set_xticks(positions, list(data.labels))
    axes.set_ylabel(data.unit)
    if data.unit in _COUNTED:
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))  # no half a warning
    axes.margins(y=0.15)  # room for the bar labels and the legend
    if len(data.series) > 1:
        axes.legend(frameon=False, fontsize=8)


def draw(data: ChartData) -> Chart:
    """The chart as a `Chart` block: SVG (vector, for PDF and HTML) and PNG (150 dpi)."""
    _font_file()
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    style: Any = dict(_STYLE)  # matplotlib types its keys as literals
    with matplotlib.rc_context(style):
        figure = Figure(figsize=(6.4, 3.2), layout="constrained")
        axes = figure.add_subplot()
        axes.set_title(data.title)
        _plot(axes, data)
        svg, png = io.BytesIO(), io.BytesIO()
        figure.savefig(svg, format="svg", metadata={"Date": None})
        figure.savefig(png, format="png", dpi=150, metadata={"Software": None})
    return Chart(title=data.title, svg=svg.getvalue(), png=png.getvalue())


def draw_all(charts: Sequence[ChartData]) -> tuple[Chart, ...]:
    return tuple(draw(data) for data in charts)
