"""A document to render: its key, funds, goal and indicator rows, built from a hold-out's
hand-written expectations (tests/holdout/*.toml), so the truth of every rendering is
hand-checked.

A rendering changes only how the document is written (capture class, columns, wording); the
indicators' names, operators, values, units and standards stay those a careful reader saw.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

HOLDOUT = Path(__file__).resolve().parents[1] / "holdout"

# which form a genre's document is rendered as: its indicators' table in the official layout
_FORM = {
    "project_self_evaluation": "self",
    "self_evaluation_report": "self",
    "evaluation_report": "self",
    "evaluation_score_table": "self",
    "department_self_evaluation": "self",
    "transfer_self_evaluation": "self",
    "project_monitoring": "monitor",
    "monitoring_report": "monitor",
    "project_target": "target",
    "transfer_target": "target",
    "department_performance": "target",
}
_TITLES = {
    ("project", "self"): "项目支出绩效自评表",
    ("project", "target"): "项目支出绩效目标表",
    ("project", "monitor"): "项目支出绩效目标执行监控表",
    ("transfer", "self"): "转移支付区域绩效自评表",
    ("transfer", "target"): "转移支付区域绩效目标表",
    ("transfer", "monitor"): "转移支付绩效目标执行监控表",
    ("department", "self"): "部门整体支出绩效自评表",
    ("department", "target"): "部门整体支出绩效目标表",
    ("department", "monitor"): "部门整体支出绩效运行监控表",
}


@dataclass(frozen=True)
class Target:
    """What an indicator aims at: a quantity (operator, value, unit), a standard or a date."""

    operator: str | None = None  # ≥ ≤ = > <, None for a bare value
    value: str | None = None
    unit: str | None = None
    standard: str | None = None  # qualitative: 良好, 有效提升
    period: str | None = None  # 2025年12月31日前

    @property
    def quantitative(self) -> bool:
        return self.standard is None and self.period is None


@dataclass(frozen=True)
class Row:
    """One indicator row: its three levels, its target and the cells a form prints beside."""

    category: str  # 一级指标
    subcategory: str  # 二级指标
    name: str  # 三级指标
    target: Target
    actual: str | None = None
    weight: str | None = None  # 分值 / 权重
    score: str | None = None
    expected: dict[str, Any] = field(default_factory=dict, compare=False)
    project: str = ""  # the project a row belongs to, in a table holding several
    # a row printed and never checked (a 绩效评价 framework's 决策 row with ``—`` for a target)
    checked: bool = field(default=True, compare=False)
    duty: str = ""  # 部门职责 of a 部门预算 table laid out 职责 → 活动 → 指标
    activity: str = ""  # 工作活动


@dataclass(frozen=True)
class Funds:
    """The 项目资金 block: amounts as written (in ``unit``), the rate without its %."""

    unit: str = "万元"
    budget: str | None = None  # 年度资金总额 of a target form
    initial: str | None = None  # 年初预算数
    full_year: str | None = None  # 全年预算数
    executed: str | None = None  # 全年执行数
    weight: str | None = None  # 分值
    rate: str | None = None  # 执行率
    score: str | None = None  # 得分
    fiscal: str | None = None  # 其中:当年财政拨款


@dataclass(frozen=True)
class Document:
    """A document to render: a form of ``kind`` (project, transfer, department) and ``form``
    (target, self, monitor)."""

    ident: str
    genre: str
    kind: str
    form: str
    year: int
    department: str
    project: str | None
    rows: tuple[Row, ...]
    funds: Funds | None = None
    goal: str | None = None
    total_score: str | None = None
    figures: tuple[dict[str, Any], ...] = ()  # the expectations' figures the funds block holds
    amounts: tuple[tuple[str, str], ...] = ()  # (project, 项目金额) of a table of several
    heading: str | None = None  # a title of its own (绩效评价指标体系及评分表), else the form's
    weight_total: str | None = None  # the 合计 row's 分值 when the weights are not out of 100

    @property
    def title(self) -> str:
        return self.heading or _TITLES[(self.kind, self.form)]

    def cut(self, shown: int) -> Document:
        """The document as a capture that stops inside row ``shown``: the rows before it only
        (the renderer prints the cut row's start), no total score."""
        return replace(self, rows=self.rows[:shown], total_score=None)

    def expectation(self) -> dict[str, Any]:
        """The checker's spec (tests/corpus_check.py) of this rendering's truth."""
        key: dict[str, Any] = {"fiscal_year": self.year, "department": self.department}
        if self.project is not None:
            key["project"] = self.project
        figures = list(self.figures)
        if self.total_score is not None:
            figures.append({"what": "total_score", "value": self.total_score})
        return {
            "genre": self.genre,
            "key": key,
            "indicators": [row.expected for row in self.rows if row.checked],
            "figures": figures,
        }


def combine(first: Document, others: list[Document]) -> Document:
    """Several projects' rows in one table under the first's department and year, as a 批复
    notice or a 部门项目绩效目标表 lists them (each row tagged with its project; the money
    of each project as its 项目金额 cell, the funds block and goal gone)."""
    parts = [first, *others]
    rows = tuple(replace(row, project=part.project or "") for part in parts for row in part.rows)
    amounts = tuple((part.project or "", _amount(part)) for part in parts)
    return replace(
        first,
        ident=first.ident,
        rows=rows,
        funds=None,
        goal=None,
        total_score=None,
        figures=(),
        amounts=amounts,
    )


def _amount(document: Document) -> str:
    funds = document.funds
    if funds is None or funds.unit != "万元":
        return ""
    return funds.budget or funds.full_year or funds.initial or ""


def _target(item: dict[str, Any]) -> Target | None:
    if "standard" in item:
        return Target(standard=str(item["standard"]))
    if "period" in item:
        return Target(period=str(item["period"]))
    if item.get("value") is None:
        return None
    return Target(item.get("operator"), str(item["value"]), item.get("unit"))


def _row(item: dict[str, Any]) -> Row | None:
    target = _target(item)
    if target is None or not item.get("name"):
        return None
    return Row(
        category=item.get("category") or "",
        subcategory=item.get("subcategory") or "",
        name=item["name"],
        target=target,
        actual=item.get("actual"),
        weight=item.get("weight"),
        score=item.get("score"),
        expected=item,
    )


_LEVEL_ORDER = ("产出指标", "效益指标", "满意度指标")
_SUBLEVEL_ORDER = (
    "数量指标",
    "质量指标",
    "时效指标",
    "成本指标",
    "社会效益指标",
    "服务对象满意度指标",
)


def _levels(row: Row) -> tuple[str, str]:
    """The 一级/二级 a row's name and target suggest, for a hold-out whose text did not show
    them (a column-wise OCR, a prose list): they are printed in a rendered table, not checked."""
    target = row.target
    if "满意" in row.name:
        return "满意度指标", "服务对象满意度指标"
    if target.period is not None:
        return "产出指标", "时效指标"
    if target.standard is not None:
        return "效益指标", "社会效益指标"
    if target.unit and "元" in target.unit:
        return "产出指标", "成本指标"
    if target.unit in ("%", "‰"):
        return "产出指标", "质量指标"
    return "产出指标", "数量指标"


def _with_levels(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """Rows whose empty levels are filled from ``_levels``; when no row had any, ordered by
    level as a form prints them."""
    filled = tuple(
        row if row.category else replace(row, category=_levels(row)[0], subcategory=_levels(row)[1])
        for row in rows
    )
    if any(row.category for row in rows):
        return filled
    order = {label: index for index, label in enumerate(_LEVEL_ORDER + _SUBLEVEL_ORDER)}
    return tuple(sorted(filled, key=lambda row: (order[row.category], order[row.subcategory])))


def _figure(figures: list[dict[str, Any]], what: str) -> dict[str, Any] | None:
    return next((item for item in figures if item["what"] == what), None)


def _funds(figures: list[dict[str, Any]], form: str) -> tuple[Funds | None, list[dict[str, Any]]]:
    """The funds block and the figures it holds (the others are not rendered, not expected)."""
    names = {
        "budget": "budget",
        "initial_budget": "initial",
        "full_year_budget": "full_year",
        "executed": "executed",
        "execution_weight": "weight",
        "execution_rate": "rate",
        "execution_score": "score",
        "fiscal_funds": "fiscal",
    }
    if form == "target":
        names = {"budget": "budget", "fiscal_funds": "fiscal"}
    held = [item for item in figures if item["what"] in names]
    money = {item.get("unit") for item in held if item["what"] not in {"execution_rate"}}
    money.discard(None)
    if not held or len(money) > 1:
        return None, []
    unit = str(money.pop()) if money else "万元"
    values = {names[item["what"]]: str(item["value"]) for item in held}
    return Funds(unit=unit, **values), held


def load_document(spec_path: Path) -> Document | None:
    """A hold-out's expectations as a document to render; None when they are too thin (no
    year or department, fewer than three indicators with a target)."""
    with spec_path.open("rb") as handle:
        spec = tomllib.load(handle)
    key = spec.get("key", {})
    rows = tuple(row for item in spec.get("indicators", []) if (row := _row(item)) is not None)
    rows = _with_levels(rows)
    if "fiscal_year" not in key or "department" not in key or len(rows) < 3:
        return None
    if not spec.get("complete") and len(rows) < 5:
        return None
    genre = spec.get("genre", "")
    form = _FORM.get(genre, "target")
    kind = "transfer" if genre.startswith("transfer") else "project"
    if "project" not in key:
        kind = "department"
    figures = spec.get("figures", [])
    funds, held = _funds(figures, form)
    total = _figure(figures, "total_score") if form == "self" else None
    fields = spec.get("fields", {})
    return Document(
        ident=spec_path.stem.split("_")[0],
        genre=genre,
        kind=kind,
        form=form,
        year=int(key["fiscal_year"]),
        department=key["department"],
        project=key.get("project"),
        rows=rows,
        funds=funds,
        goal=fields.get("annual_goal", "").rstrip("…") or None,
        total_score=str(total["value"]) if total else None,
        figures=tuple(held),
    )


def holdout_documents(idents: set[str] | None = None) -> list[Document]:
    """Every hold-out complete enough to render, in id order (h2 before h10)."""
    paths = sorted(HOLDOUT.glob("*.toml"), key=lambda path: int(path.stem.split("_")[0][1:]))
    out = []
    for path in paths:
        if idents is not None and path.stem.split("_")[0] not in idents:
            continue
        document = load_document(path)
        if document is not None:
            out.append(document)
    return out


@cache
def all_documents() -> tuple[Document, ...]:
    """Every hold-out complete enough to render, read once."""
    return tuple(holdout_documents())
