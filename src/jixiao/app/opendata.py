"""Open data (开放数据) of published documents: the files the public portal offers.

Two forms: the canonical JSON document (everything, as ``jixiao export --json`` writes it),
and a flat CSV with one row per indicator, which is what a researcher opens in a
spreadsheet. A year in bulk is the same two forms over all of the year's published
documents. The CSV is UTF-8 with a byte-order mark, so Excel on a Chinese desktop reads it
without asking for an encoding, and text cells that a spreadsheet would take for a formula
are quoted with an apostrophe (the names come from published documents, not from us).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from jixiao.domain.model import Indicator, PerformanceDocument, Project
from jixiao.domain.money import format_decimal
from jixiao.domain.scoring import ScoreSheet, present
from jixiao.domain.target import Target

CSV_COLUMNS: tuple[str, ...] = (
    "部门",
    "行政区划代码",
    "预算年度",
    "层级",
    "所属",
    "项目编码",
    "项目预算数(万元)",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "指标性质",
    "指标数值",
    "计量单位",
    "定性标准",
    "指标值确定依据",
    "分值",
    "指标方向",
)

RESULT_COLUMNS: tuple[str, ...] = (
    "部门",
    "行政区划代码",
    "预算年度",
    "自评表",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
)

_BASIS_LABELS = {
    "plan": "计划标准",
    "historical": "历史标准",
    "industry": "行业标准",
    "expenditure_standard": "预算支出标准",
    "other": "其他",
}

# A cell starting with one of these is read as a formula by spreadsheets (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_BOM = "\ufeff"


def document_json(document: PerformanceDocument) -> str:
    """The canonical JSON document, as the CLI's export writes it."""
    return _dumps(document.model_dump(mode="json", warnings=False))


def year_json(fiscal_year: int, documents: Sequence[PerformanceDocument]) -> str:
    """Every published document of a year in one JSON object."""
    payload = {
        "fiscal_year": fiscal_year,
        "count": len(documents),
        "documents": [d.model_dump(mode="json", warnings=False) for d in documents],
    }
    return _dumps(payload)


def document_csv(document: PerformanceDocument) -> str:
    """One row per indicator of the document (department goals, goal sections, projects)."""
    return year_csv([document])


def year_csv(documents: Iterable[PerformanceDocument]) -> str:
    """One row per indicator of every document given, under one header."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for document in documents:
        writer.writerows(indicator_rows(document))
    return _BOM + buffer.getvalue()


def indicator_rows(document: PerformanceDocument) -> Iterator[list[str]]:
    """The CSV rows of one document, in the document's order."""
    department = document.department
    region_code = department.region.code if department.region else None
    head = [_text(department.name), region_code or "", str(document.fiscal_year)]
    for goal in document.department_goals:
        for indicator in goal.indicators:
            yield [*head, "部门整体", f"整体支出目标{goal.number}", "", "", *_indicator(indicator)]
    for section in document.goal_sections:
        for indicator in section.indicators:
            yield [*head, "分项绩效目标", _text(section.title), "", "", *_indicator(indicator)]
    for project in document.projects:
        for indicator in project.indicators:
            yield [*head, "项目", *_project(project), *_indicator(indicator)]


def _project(project: Project) -> list[str]:
    return [_text(project.name), _text(project.code), _number(project.budget)]


def _indicator(indicator: Indicator) -> list[str]:
    category = indicator.category.label if indicator.category else ""
    subcategory = indicator.subcategory.label if indicator.subcategory else ""
    basis = _BASIS_LABELS.get(indicator.target_basis or "", "")
    return [
        category,
        subcategory,
        _text(indicator.name),
        _text(_target_text(indicator)),
        *_target_parts(indicator.target),
        basis,
        _number(indicator.weight),
        indicator.effective_direction.label,
    ]


def _target_text(indicator: Indicator) -> str:
    if indicator.target is not None:
        return indicator.target.text
    return indicator.target_placeholder or ""


def _target_parts(target: Target | None) -> list[str]:
    """指标性质, 指标数值, 计量单位, 定性标准 of a target (empty where it has none)."""
    if target is None:
        return ["", "", "", ""]
    operator = "定性" if target.standard is not None else (target.operator or "")
    return [str(operator), _number(target.value), target.unit or "", target.standard or ""]


def _number(value: Decimal | int | None) -> str:
    return "" if value is None else str(value)


def _text(value: str | None) -> str:
    if not value:
        return ""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class PublishedResults:
    """A department-year's self-evaluation (绩效自评结果) as published: the score sheets of
    its projects, then the department's own."""

    department: str
    region_code: str | None
    fiscal_year: int
    sheets: tuple[ScoreSheet, ...]
    published_at: datetime | None


def results_json(results: Sequence[PublishedResults]) -> str:
    """The self-evaluation results given, each with its sheets' rows, totals and ratings."""
    return _dumps({"count": len(results), "results": [_result(r) for r in results]})


def results_csv(results: Iterable[PublishedResults]) -> str:
    """One row per indicator of every sheet, then a 预算执行 row and a 合计 row per sheet
    (the total in 得分 and the rating in 实际完成值, as the printed form closes)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(RESULT_COLUMNS)
    for result in results:
        head = [_text(result.department), result.region_code or "", str(result.fiscal_year)]
        for sheet in result.sheets:
            subject = [*head, _text(sheet.subject)]
            for row in sheet.rows:
                cells = [row.category, row.subcategory, row.name, row.target, row.actual]
                writer.writerow(
                    [
                        *subject,
                        *map(_text, cells),
                        _number(present(row.weight)),
                        _number(present(row.score)),
                        _text(row.deviation),
                    ]
                )
            budget = sheet.budget
            rate = f"{present(budget.rate * 100)}%" if budget.rate is not None else ""
            weight, score = _number(present(budget.weight)), _number(present(budget.score))
            writer.writerow([*subject, "预算执行", "", "执行率", "", rate, weight, score, ""])
            total = sheet.total_presented
            writer.writerow([*subject, "合计", "", "", "", sheet.rating, "", _number(total), ""])
    return _BOM + buffer.getvalue()


def _result(result: PublishedResults) -> dict[str, object]:
    return {
        "department": result.department,
        "region_code": result.region_code,
        "fiscal_year": result.fiscal_year,
        "published_at": result.published_at.isoformat() if result.published_at else None,
        "sheets": [_sheet(sheet) for sheet in result.sheets],
    }


def _sheet(sheet: ScoreSheet) -> dict[str, object]:
    budget = sheet.budget
    return {
        "subject": sheet.subject,
        "profile": sheet.profile,
        "total": str(sheet.total_presented),
        "rating": sheet.rating,
        "budget": {
            "full_year_budget": _plain(budget.full_year_budget),
            "executed": _plain(budget.executed),
            "rate": _plain(budget.rate),
            "weight": _plain(budget.weight),
            "score": str(present(budget.score)),
        },
        "indicators": [
            {
                "category": row.category,
                "subcategory": row.subcategory,
                "name": row.name,
                "target": row.target,
                "actual": row.actual,
                "weight": _plain(row.weight),
                "score": str(present(row.score)),
                "met": row.met,
                "deviation": row.deviation,
            }
            for row in sheet.rows
        ],
    }


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else format_decimal(value)
