"""Compare what the importer reads from a corpus document with what a careful reader saw.

The expectations (``tests/corpus/expected/*.toml``, format in ``tests/corpus/FORMAT.md``)
were written by hand from the texts. :func:`check` parses the document through the public
pipeline and returns, per expected indicator, whether it was read right (name, operator,
value, unit or standard), read wrong (the name found, the target not as expected) or
missed, and the same for the key and the figures. ``tests/test_corpus.py`` asserts them;
``scripts/corpus-report.py`` tabulates them into ``docs/corpus.md``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.domain.model import DocumentKind, FundingSource, Indicator, PerformanceDocument
from jixiao.domain.target import TargetKind
from jixiao.domain.units import canonical_unit
from jixiao.ingest.general.normalise import to_simplified
from jixiao.ingest.pipeline import parse_file
from jixiao.ingest.report import ImportReport

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
EXPECTED = Path(__file__).resolve().parent / "corpus" / "expected"
_OPERATORS = {">=": "≥", "<=": "≤", "≧": "≥", "≦": "≤", "﹦": "=", "═": "="}


@dataclass
class IndicatorCheck:
    expected: dict[str, Any]
    status: str  # read | wrong | missed
    found: str | None = None  # what was read, for the message
    why: str = ""


@dataclass
class DocumentCheck:
    source: str
    genre: str
    expected_genre: str
    layout: str
    indicators: list[IndicatorCheck] = field(default_factory=list)
    key: list[tuple[str, Any, Any]] = field(default_factory=list)  # (what, expected, read)
    figures: list[tuple[str, Any, Any]] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # read, not expected (nor not_expected)
    error: str | None = None

    def count(self, status: str) -> int:
        return sum(1 for item in self.indicators if item.status == status)


def expectations() -> list[Path]:
    return sorted(EXPECTED.glob("*.toml"))


def load(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def norm_name(text: str) -> str:
    # full-width brackets and colons (其中：) as ASCII ones (the reader reads cells in
    # half-width); escaped, as the two spellings look alike in the source
    squashed = "".join(to_simplified(text).split())
    return squashed.replace("\uff08", "(").replace("\uff09", ")").replace("\uff1a", ":")


def _decimal(text: str | None) -> Decimal | None:
    if text is None:
        return None
    return Decimal(str(text).replace(",", ""))


def _unit(text: str | None) -> str | None:
    """A unit as the grammar spells it; ``台(套)`` (a unit and its alternative) as its first."""
    if text is None:
        return None
    text = text.replace("（", "(").replace("）", ")")  # 台（件） as 台(件), as names are compared
    first = re.sub(r"\([^()]+\)$", "", text)
    return canonical_unit(text) or canonical_unit(first) or text


def target_matches(expected: dict[str, Any], indicator: Indicator) -> tuple[bool, str]:
    # the target the expectation states is the one in force: the adjusted one where a
    # department's form states both (年初指标值 | 调整后指标值)
    target = indicator.target_in_force
    if target is None:
        return False, "没有读出指标值"
    if "standard" in expected:
        ok = target.kind is TargetKind.QUALITATIVE and norm_name(
            target.standard or ""
        ) == norm_name(expected["standard"])
        return ok, f"{target.kind.value} {target.standard or target.text}"
    if "period" in expected:
        ok = target.kind is TargetKind.PERIOD or (
            target.kind is TargetKind.QUALITATIVE
            and norm_name(target.text) == norm_name(expected["period"])
        )
        return ok, target.text
    operator = expected.get("operator")
    operator = _OPERATORS.get(operator, operator) if operator else None
    read_operator = target.operator.value if target.operator else None
    ok = (
        target.kind is TargetKind.QUANTITATIVE
        and read_operator == operator
        and target.value == _decimal(expected.get("value"))
        and _unit(target.unit) == _unit(expected.get("unit"))
    )
    return ok, f"{read_operator or ''}{target.value}{target.unit or ''}"


def _indicators(document: PerformanceDocument) -> list[Indicator]:
    return [indicator for _, indicator in document.all_indicators()]


def check(path: Path, corpus: Path = CORPUS) -> DocumentCheck:
    spec = load(path)
    source = corpus / spec["source"]
    result = DocumentCheck(
        source=spec["source"],
        genre="",
        expected_genre=spec.get("genre", ""),
        layout=spec.get("layout", ""),
    )
    try:
        document, report = parse_file(source)
    except Exception as error:  # the test reports it; the table shows it
        result.error = f"{type(error).__name__}: {error}"
        result.indicators = [IndicatorCheck(item, "missed") for item in spec.get("indicators", [])]
        return result
    result.genre = report.genre or ""
    read = _indicators(document)
    pool = list(read)
    for item in spec.get("indicators", []):
        result.indicators.append(_check_one(item, pool))
    ignored = {norm_name(item["name"]) for item in spec.get("not_expected", [])}
    result.extra = [i.name for i in pool if norm_name(i.name) not in ignored]
    result.key = _key(spec.get("key", {}), document, report)
    result.figures = _figures(spec.get("figures", []), document, spec.get("key", {}))
    return result


def _check_one(item: dict[str, Any], pool: list[Indicator]) -> IndicatorCheck:
    name = norm_name(item["name"])
    match = next((i for i in pool if norm_name(i.name) == name), None)
    if match is None:
        match = next(
            (i for i in pool if name in norm_name(i.name) or norm_name(i.name) in name), None
        )
        if match is None:
            return IndicatorCheck(item, "missed")
        pool.remove(match)
        ok, found = target_matches(item, match)
        return IndicatorCheck(item, "wrong", f"{match.name} {found}", "名称不一致")
    pool.remove(match)
    ok, found = target_matches(item, match)
    return IndicatorCheck(item, "read" if ok else "wrong", found, "" if ok else "指标值不一致")


def _key(
    spec: dict[str, Any], document: PerformanceDocument, report: ImportReport
) -> list[tuple[str, Any, Any]]:
    out: list[tuple[str, Any, Any]] = []
    if "fiscal_year" in spec:
        out.append(("fiscal_year", spec["fiscal_year"], document.fiscal_year))
    if "department" in spec:
        name = document.department.name if document.department is not None else None
        out.append(("department", spec["department"], name))
    if "project" in spec:
        project = document.projects[0].name if document.projects else None
        out.append(("project", spec["project"], project))
    return out


_FIGURE_FIELDS = {
    "initial_budget": "initial_budget",
    "full_year_budget": "full_year_budget",
    "executed": "executed",
    "execution_rate": "execution_rate",
    "execution_weight": "weight",
    "execution_score": "score",
}
_MONEY = {"元": -4, "万元": 0}


def _figures(
    spec: list[dict[str, Any]], document: PerformanceDocument, key: dict[str, Any] | None = None
) -> list[tuple[str, Any, Any]]:
    out: list[tuple[str, Any, Any]] = []
    project = document.projects[0] if document.projects else None
    if project is not None and _about_the_department(document, key or {}):
        project = None
    execution = project.funding_execution[0] if project and project.funding_execution else None
    # a department's self-evaluation states its figures for the department as a whole
    evaluation = document.department_evaluation if project is None else None
    if evaluation is not None and evaluation.funding_execution:
        execution = evaluation.funding_execution[0]
    for item in spec:
        what = item["what"]
        expected = _decimal(item["value"])
        unit = item.get("unit")
        if expected is not None and unit in _MONEY:
            expected = expected.scaleb(_MONEY[unit])
        read: Decimal | None = None
        if what == "budget" and evaluation is not None and execution is not None:
            read = execution.full_year_budget or execution.initial_budget
        elif what == "budget" and project is None and document.kind.is_declaration:
            read = _department_budget(document)
        elif what == "budget":
            read = project.budget if project else None
        elif what == "fiscal_funds" and evaluation is not None:
            # a department's 财政拨款 row: its year's budget
            fiscal = [
                row for row in evaluation.funding_execution if row.source is FundingSource.FISCAL
            ]
            read = (fiscal[0].full_year_budget or fiscal[0].initial_budget) if fiscal else None
        elif what == "fiscal_funds" and project is None and document.kind.is_declaration:
            read = _department_fiscal(document)
        elif what == "fiscal_funds":
            read = project.fiscal_funds if project else None
        elif what == "total_score" and evaluation is not None:
            read = evaluation.total_score
        elif what == "total_score":
            read = project.total_score if project else None
        elif what in _FIGURE_FIELDS and execution is not None:
            read = getattr(execution, _FIGURE_FIELDS[what])
        out.append((what, expected, read))
    return out


def _about_the_department(document: PerformanceDocument, key: dict[str, Any]) -> bool:
    """Whether a 部门预算绩效文本's figures are its department's, not its first project's: the
    text states the department's budget (its goals table's funds, its 年度收入预算) and the
    expectation's key names no project (FORMAT.md: ``project`` for project-level forms)."""
    if document.kind is not DocumentKind.DEPARTMENT_PERFORMANCE or "project" in key:
        return False
    return _department_budget(document) is not None


def _department_budget(document: PerformanceDocument) -> Decimal | None:
    """A department's declared budget: its 年度收入预算 合计, else the money its first goal is
    tied to (the 资金总额 of a 部门整体支出绩效目标表)."""
    total = document.budget.income.total or document.budget.expenditure.total
    if total is not None:
        return total
    goal = document.department_goals[0] if document.department_goals else None
    return goal.funding_block.amount if goal and goal.funding_block else None


def _department_fiscal(document: PerformanceDocument) -> Decimal | None:
    """A department's declared 财政拨款: the sum its income budget states, else its 一般公共预算
    and 政府性基金预算 拨款 together (the two 财政拨款 of a 部门预算), where it states either."""
    income = document.budget.income
    if income.fiscal_appropriation is not None:
        return income.fiscal_appropriation
    parts = [income.general_public_budget, income.government_fund_budget]
    stated = [part for part in parts if part is not None]
    return sum(stated, Decimal(0)) if stated else None


def same_figure(expected: Any, read: Any) -> bool:
    return expected is not None and read is not None and Decimal(expected) == Decimal(read)
