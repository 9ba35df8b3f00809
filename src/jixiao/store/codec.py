"""How a :class:`PerformanceDocument` maps onto table rows, both ways.

Encoding gives plain ``dict`` rows for bulk inserts; decoding builds the pydantic models from
the mapped rows. Values are never re-parsed: a target is rebuilt from its columns, provenance
from its JSON, so a saved document reads back equal, Decimal scale included.

Provenance maps are stored as a JSON *list* of ``[field, provenance]`` pairs rather than an
object: PostgreSQL's JSONB does not keep key order, and the document's JSON must come back
byte for byte.

Nested single items are flattened into prefixed columns (``target_*``, ``adjusted_target_*``,
``result_*``) by the same functions that encode whole rows, given a ``prefix``.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from enum import Enum
from typing import Any

from jixiao.domain.achievement import cost_line_stem
from jixiao.domain.model import (
    Department,
    DepartmentBudget,
    DepartmentEvaluation,
    DepartmentGoal,
    ExpenditureBudget,
    FinanceBureau,
    FundingBlock,
    FundingExecution,
    GoalSection,
    IncomeBudget,
    Indicator,
    IndicatorResult,
    PerformanceDisclosure,
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
    TARGET_COLUMN_TYPES,
    DepartmentGoalRow,
    DocumentRow,
    FundingExecutionRow,
    GoalSectionRow,
    ProjectRow,
    ProseSectionRow,
    ProvenanceJson,
    SpendingCheckpointRow,
)

Values = dict[str, Any]
# A mapped row object or a Core ``Row``: either gives column values as attributes.
RowLike = Any


def column_fields(model: type[Traced], *stored_otherwise: str) -> tuple[str, ...]:
    """The model's fields kept in columns of the same name (enums as their values): all but
    its provenance and the parts ``stored_otherwise`` (lists in their tables, nested items in
    prefixed columns). Derived from the model so that a new field reaches the writer, which
    refuses a value that has no column, instead of being dropped without a word."""
    return tuple(
        name for name in model.model_fields if name not in {"provenance", *stored_otherwise}
    )


INCOME_FIELDS = column_fields(IncomeBudget)
EXPENDITURE_FIELDS = column_fields(ExpenditureBudget)
DEPARTMENT_GOAL_FIELDS = column_fields(DepartmentGoal, "funding_block", "indicators")
GOAL_SECTION_FIELDS = column_fields(GoalSection, "indicators")
PROSE_SECTION_FIELDS = column_fields(ProseSection)
CHECKPOINT_FIELDS = column_fields(SpendingCheckpoint)
PROJECT_FIELDS = column_fields(Project, "spending_plan", "funding_execution", "indicators")
FUNDING_EXECUTION_FIELDS = column_fields(FundingExecution)
INDICATOR_FIELDS = column_fields(Indicator, "target", "adjusted_target", "result")
# Target fields, kept in columns named <prefix>_<field> (prefix: target, adjusted_target).
TARGET_FIELDS = tuple(TARGET_COLUMN_TYPES)
# Result fields, kept in columns named result_<field> (with result_provenance).
RESULT_PREFIX = "result_"
RESULT_FIELDS = column_fields(IndicatorResult)


# --- encoding ------------------------------------------------------------------------------


def provenance_json(provenance: ProvenanceMap) -> ProvenanceJson:
    # Defaults are left out: there are millions of indicators, most with sparse provenance.
    return [
        [key, value.model_dump(mode="json", exclude_defaults=True)]
        for key, value in provenance.items()
    ]


def _column_value(value: Any) -> Any:
    if isinstance(value, list):  # a list of enums (deviation causes) goes to a JSON column
        return [_column_value(item) for item in value]
    return value.value if isinstance(value, Enum) else value


def fields_values(item: Traced, fields: Iterable[str], *, prefix: str = "", **keys: Any) -> Values:
    """The item's fields and provenance as column values named ``prefix + field``, and ``keys``."""
    values = {f"{prefix}{name}": _column_value(getattr(item, name)) for name in fields}
    values[f"{prefix}provenance"] = provenance_json(item.provenance)
    return values | keys


def target_values(target: Target | None, prefix: str) -> Values:
    """The target's columns ``<prefix>_<field>``; all NULL for no target."""
    return {
        f"{prefix}_{name}": _column_value(getattr(target, name, None)) for name in TARGET_FIELDS
    }


_NO_RESULT = dict.fromkeys(f"{RESULT_PREFIX}{name}" for name in (*RESULT_FIELDS, "provenance"))


def result_values(result: IndicatorResult | None) -> Values:
    """The result's columns; ``has_result`` tells no result from an empty one."""
    if result is None:
        return {"has_result": False, **_NO_RESULT}
    return {"has_result": True, **fields_values(result, RESULT_FIELDS, prefix=RESULT_PREFIX)}


def indicator_values(indicator: Indicator, **keys: Any) -> Values:
    """An indicator row; ``keys`` are document_id, fiscal_year, position and its owner id."""
    return {
        **fields_values(indicator, INDICATOR_FIELDS),
        **target_values(indicator.target, "target"),
        **target_values(indicator.adjusted_target, "adjusted_target"),
        **result_values(indicator.result),
        "cost_stem": cost_line_stem(indicator),
        **keys,
    }


def department_goal_values(goal: DepartmentGoal, **keys: Any) -> Values:
    block = goal.funding_block
    return {
        **fields_values(goal, DEPARTMENT_GOAL_FIELDS),
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
        "subject": doc.subject,
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
        "performance_disclosure": _disclosure_json(doc.performance_disclosure),
        "department_evaluation": _evaluation_json(doc.department_evaluation),
        **keys,
    }


def _disclosure_json(disclosure: PerformanceDisclosure | None) -> dict[str, Any] | None:
    return None if disclosure is None else _part_json(disclosure)


def _part_json(part: Traced) -> dict[str, Any]:
    """A part kept whole in a JSON column: its fields, its provenance as pairs."""
    # str(), not the model's JSON: the JSON spelling drops a Decimal's scale (88.290 → 88.29)
    values: dict[str, Any] = {
        key: str(value) if isinstance(value, Decimal) else _column_value(value)
        for key, value in part.model_dump(exclude={"provenance"}).items()
    }
    values["provenance"] = provenance_json(part.provenance)
    return values


def _evaluation_json(evaluation: DepartmentEvaluation | None) -> dict[str, Any] | None:
    if evaluation is None:
        return None
    values = _part_json(evaluation)
    values["funding_execution"] = [_part_json(row) for row in evaluation.funding_execution]
    return values


def _evaluation_from_json(data: dict[str, Any] | None) -> DepartmentEvaluation | None:
    if data is None:
        return None
    values = {k: v for k, v in data.items() if k not in ("provenance", "funding_execution")}
    rows = [
        FundingExecution(
            **{k: v for k, v in row.items() if k != "provenance"},
            provenance=provenance_from_json(row.get("provenance")),
        )
        for row in data.get("funding_execution") or []
    ]
    return DepartmentEvaluation(
        **values, funding_execution=rows, provenance=provenance_from_json(data.get("provenance"))
    )


def _disclosure_from_json(data: dict[str, Any] | None) -> PerformanceDisclosure | None:
    if data is None:
        return None
    values = {key: value for key, value in data.items() if key != "provenance"}
    return PerformanceDisclosure(**values, provenance=provenance_from_json(data.get("provenance")))


# --- decoding ------------------------------------------------------------------------------


def provenance_from_json(data: ProvenanceJson | None) -> ProvenanceMap:
    return {key: Provenance.model_validate(value) for key, value in data or []}


def _fields(row: RowLike, fields: Iterable[str], prefix: str = "") -> Values:
    """The item's fields and provenance from the columns named ``prefix + field``."""
    values = {name: getattr(row, f"{prefix}{name}") for name in fields}
    values["provenance"] = provenance_from_json(getattr(row, f"{prefix}provenance"))
    return values


def target_from_row(row: RowLike, prefix: str) -> Target | None:
    if getattr(row, f"{prefix}_kind") is None:
        return None
    return Target(**{name: getattr(row, f"{prefix}_{name}") for name in TARGET_FIELDS})


def result_from_row(row: RowLike) -> IndicatorResult | None:
    if not row.has_result:
        return None
    return IndicatorResult(**_fields(row, RESULT_FIELDS, RESULT_PREFIX))


def indicator_from_row(row: RowLike) -> Indicator:
    return Indicator(
        **_fields(row, INDICATOR_FIELDS),
        target=target_from_row(row, "target"),
        adjusted_target=target_from_row(row, "adjusted_target"),
        result=result_from_row(row),
    )


def department_goal_from_row(row: DepartmentGoalRow, indicators: list[Indicator]) -> DepartmentGoal:
    block = None
    if row.has_funding_block:
        block = FundingBlock(
            name=row.funding_name,
            amount=row.funding_amount,
            provenance=provenance_from_json(row.funding_provenance),
        )
    return DepartmentGoal(
        **_fields(row, DEPARTMENT_GOAL_FIELDS), funding_block=block, indicators=indicators
    )


def goal_section_from_row(row: GoalSectionRow, indicators: list[Indicator]) -> GoalSection:
    return GoalSection(**_fields(row, GOAL_SECTION_FIELDS), indicators=indicators)


def prose_section_from_row(row: ProseSectionRow) -> ProseSection:
    return ProseSection(**_fields(row, PROSE_SECTION_FIELDS))


def checkpoint_from_row(row: SpendingCheckpointRow) -> SpendingCheckpoint:
    return SpendingCheckpoint(**_fields(row, CHECKPOINT_FIELDS))


def funding_execution_from_row(row: FundingExecutionRow) -> FundingExecution:
    return FundingExecution(**_fields(row, FUNDING_EXECUTION_FIELDS))


def project_from_row(
    row: ProjectRow,
    checkpoints: list[SpendingCheckpoint],
    funding: list[FundingExecution],
    indicators: list[Indicator],
) -> Project:
    return Project(
        **_fields(row, PROJECT_FIELDS),
        spending_plan=checkpoints,
        funding_execution=funding,
        indicators=indicators,
    )


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
        performance_disclosure=_disclosure_from_json(row.performance_disclosure),
        department_evaluation=_evaluation_from_json(row.department_evaluation),
        **parts,
    )
