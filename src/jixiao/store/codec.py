"""How a :class:`PerformanceDocument` maps onto table rows, both ways.

Encoding gives plain ``dict`` rows for bulk inserts; decoding builds the pydantic models from
the mapped rows. Values are never re-parsed: a target is rebuilt from its columns, provenance
from its JSON, so a saved document reads back equal, Decimal scale included.

Provenance maps are stored as a JSON *list* of ``[field, provenance]`` pairs rather than an
object: PostgreSQL's JSONB does not keep key order, and the document's JSON must come back
byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Any

from jixiao.domain.model import (
    Department,
    DepartmentBudget,
    DepartmentGoal,
    ExpenditureBudget,
    FinanceBureau,
    FundingBlock,
    GoalSection,
    IncomeBudget,
    Indicator,
    PerformanceDocument,
    Project,
    ProseSection,
    Provenance,
    ProvenanceMap,
    Region,
    SpendingCheckpoint,
    Traced,
)
from jixiao.domain.target import Target
from jixiao.store.tables import (
    DepartmentGoalRow,
    DocumentRow,
    GoalSectionRow,
    ProjectRow,
    ProseSectionRow,
    ProvenanceJson,
    SpendingCheckpointRow,
)

Values = dict[str, Any]
# A mapped row object or a Core ``Row``: either gives column values as attributes.
RowLike = Any

INCOME_FIELDS = (
    "total",
    "general_public_budget",
    "government_fund_budget",
    "advance_transfer",
    "carry_over",
    "own_income",
)
EXPENDITURE_FIELDS = ("total", "personnel", "operating", "project", "other")
# Item fields kept in columns of the same name (enums as their values).
GOAL_SECTION_FIELDS = ("title", "goal", "indicators_text")
PROSE_SECTION_FIELDS = ("title", "text")
CHECKPOINT_FIELDS = ("month", "day", "cumulative_percent", "label")
PROJECT_FIELDS = (
    "code",
    "name",
    "budget",
    "fiscal_funds",
    "other_funds",
    "attribute",
    "period",
    "supervising_department",
    "implementing_unit",
    "purpose",
    "overall_goal",
    "annual_goal",
)
INDICATOR_FIELDS = (
    "category",
    "subcategory",
    "name",
    "definition",
    "target_basis",
    "target_basis_note",
    "weight",
    "direction",
    "remark",
)
# Target fields, kept in columns named target_<field>.
TARGET_FIELDS = (
    "kind",
    "text",
    "operator",
    "value",
    "unit",
    "standard",
    "or_better",
    "start",
    "end",
)


# --- encoding ------------------------------------------------------------------------------


def provenance_json(provenance: ProvenanceMap) -> ProvenanceJson:
    # Defaults are left out: there are millions of indicators, most with sparse provenance.
    return [
        [key, value.model_dump(mode="json", exclude_defaults=True)]
        for key, value in provenance.items()
    ]


def _column_value(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def fields_values(item: Traced, fields: Iterable[str], **keys: Any) -> Values:
    """The item's fields as same-named column values, its provenance, and ``keys``."""
    values = {name: _column_value(getattr(item, name)) for name in fields}
    values["provenance"] = provenance_json(item.provenance)
    return values | keys


def target_values(target: Target | None) -> Values:
    return {f"target_{name}": _column_value(getattr(target, name, None)) for name in TARGET_FIELDS}


def indicator_values(indicator: Indicator, **keys: Any) -> Values:
    """An indicator row; ``keys`` are document_id, fiscal_year, position and its owner id."""
    return {**fields_values(indicator, INDICATOR_FIELDS), **target_values(indicator.target), **keys}


def department_goal_values(goal: DepartmentGoal, **keys: Any) -> Values:
    block = goal.funding_block
    return {
        **fields_values(goal, ("number", "text")),
        "has_funding_block": block is not None,
        "funding_name": block.name if block else None,
        "funding_amount": block.amount if block else None,
        "funding_provenance": provenance_json(block.provenance) if block else None,
        **keys,
    }


def document_values(doc: PerformanceDocument, **keys: Any) -> Values:
    """The document row; ``keys``: department_id, finance_bureau_region_id, revision, saved_at."""
    income, expenditure = doc.budget.income, doc.budget.expenditure
    region, bureau = doc.department.region, doc.finance_bureau
    return {
        "fiscal_year": doc.fiscal_year,
        "kind": doc.kind.value,
        "schema_version": doc.schema_version,
        "title": doc.title,
        "department_code": doc.department.code,
        "supervising_department": doc.department.supervising_department,
        "region_code": region.code if region else None,
        "finance_bureau_name": bureau.name if bureau else None,
        "finance_bureau_region_code": bureau.region.code if bureau and bureau.region else None,
        "overall_goal": doc.overall_goal,
        "annual_work_plan": doc.annual_work_plan,
        **{f"income_{name}": getattr(income, name) for name in INCOME_FIELDS},
        "income_provenance": provenance_json(income.provenance),
        **{f"expenditure_{name}": getattr(expenditure, name) for name in EXPENDITURE_FIELDS},
        "expenditure_provenance": provenance_json(expenditure.provenance),
        "provenance": provenance_json(doc.provenance),
        **keys,
    }


# --- decoding ------------------------------------------------------------------------------


def provenance_from_json(data: ProvenanceJson | None) -> ProvenanceMap:
    return {key: Provenance.model_validate(value) for key, value in data or []}


def _fields(row: RowLike, fields: Iterable[str]) -> Values:
    values = {name: getattr(row, name) for name in fields}
    values["provenance"] = provenance_from_json(row.provenance)
    return values


def target_from_row(row: RowLike) -> Target | None:
    if row.target_kind is None:
        return None
    return Target(**{name: getattr(row, f"target_{name}") for name in TARGET_FIELDS})


def indicator_from_row(row: RowLike) -> Indicator:
    return Indicator(**_fields(row, INDICATOR_FIELDS), target=target_from_row(row))


def department_goal_from_row(row: DepartmentGoalRow, indicators: list[Indicator]) -> DepartmentGoal:
    block = None
    if row.has_funding_block:
        block = FundingBlock(
            name=row.funding_name,
            amount=row.funding_amount,
            provenance=provenance_from_json(row.funding_provenance),
        )
    return DepartmentGoal(
        **_fields(row, ("number", "text")), funding_block=block, indicators=indicators
    )


def goal_section_from_row(row: GoalSectionRow, indicators: list[Indicator]) -> GoalSection:
    return GoalSection(**_fields(row, GOAL_SECTION_FIELDS), indicators=indicators)


def prose_section_from_row(row: ProseSectionRow) -> ProseSection:
    return ProseSection(**_fields(row, PROSE_SECTION_FIELDS))


def checkpoint_from_row(row: SpendingCheckpointRow) -> SpendingCheckpoint:
    return SpendingCheckpoint(**_fields(row, CHECKPOINT_FIELDS))


def project_from_row(
    row: ProjectRow,
    checkpoints: list[SpendingCheckpoint],
    indicators: list[Indicator],
) -> Project:
    return Project(**_fields(row, PROJECT_FIELDS), spending_plan=checkpoints, indicators=indicators)


def _region(name: str | None, code: str | None) -> Region | None:
    return None if name is None else Region(name=name, code=code)


def budget_from_row(row: DocumentRow) -> DepartmentBudget:
    income = IncomeBudget(
        **{name: getattr(row, f"income_{name}") for name in INCOME_FIELDS},
        provenance=provenance_from_json(row.income_provenance),
    )
    expenditure = ExpenditureBudget(
        **{name: getattr(row, f"expenditure_{name}") for name in EXPENDITURE_FIELDS},
        provenance=provenance_from_json(row.expenditure_provenance),
    )
    return DepartmentBudget(income=income, expenditure=expenditure)


def document_from_row(
    row: DocumentRow,
    *,
    department_name: str,
    region_name: str | None,
    bureau_region_name: str | None,
    **parts: Any,
) -> PerformanceDocument:
    """The document; ``parts`` are its lists (goal_sections, department_goals, ...)."""
    department = Department(
        name=department_name,
        code=row.department_code,
        supervising_department=row.supervising_department,
        region=_region(region_name, row.region_code),
    )
    bureau = None
    if row.finance_bureau_name is not None:
        bureau = FinanceBureau(
            name=row.finance_bureau_name,
            region=_region(bureau_region_name, row.finance_bureau_region_code),
        )
    return PerformanceDocument(
        schema_version=row.schema_version,
        kind=row.kind,
        fiscal_year=row.fiscal_year,
        department=department,
        finance_bureau=bureau,
        title=row.title,
        budget=budget_from_row(row),
        overall_goal=row.overall_goal,
        annual_work_plan=row.annual_work_plan,
        provenance=provenance_from_json(row.provenance),
        **parts,
    )
