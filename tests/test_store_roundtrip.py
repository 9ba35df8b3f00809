"""A saved document loads back exactly: pydantic-equal, same JSON, same Decimal scales."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from jixiao.domain.model import (
    Department,
    DocumentKind,
    Indicator,
    IndicatorResult,
    PerformanceDocument,
    Region,
)
from jixiao.domain.target import Operator, Target, TargetKind
from jixiao.errors import AmbiguousNameError, NotFoundError
from store_support import delete_document, list_documents, load_document, save_document

MakeDocument = Callable[..., PerformanceDocument]
SELF_EVALUATION = DocumentKind.PROJECT_SELF_EVALUATION


def assert_identical(loaded: PerformanceDocument, original: PerformanceDocument) -> None:
    assert loaded == original
    assert loaded.model_dump(mode="json") == original.model_dump(mode="json")
    # Byte for byte (key order included), and Decimal scale: repr shows Decimal('0.80').
    assert loaded.model_dump_json() == original.model_dump_json()
    assert repr(loaded.model_dump()) == repr(original.model_dump())


def test_rich_document_round_trips(engine: Engine, make_document: MakeDocument) -> None:
    doc = make_document()
    save_document(engine, doc)
    assert_identical(load_document(engine, "某市教育局", 2024), doc)


def test_decimal_digits_and_scale_survive(engine: Engine, make_document: MakeDocument) -> None:
    doc = make_document()
    save_document(engine, doc)
    loaded = load_document(engine, "某市教育局", 2024)
    project = loaded.projects[0]
    assert str(project.budget) == "88.29"
    assert str(project.fiscal_funds) == "80.00"
    assert [str(c.cumulative_percent) for c in project.spending_plan] == ["25", "50.0", "100.00"]
    weights = [str(i.weight) for i in loaded.department_goals[0].indicators if i.weight is not None]
    assert weights == ["10.0", "0.80", "8"]
    assert str(loaded.budget.income.advance_transfer) == "0.00"


@pytest.mark.parametrize(
    "value",
    ["0.80", "88.29", "8", "0", "0.000", "-0.5", "123456789012345678901234.567890123456789"],
)
def test_exact_decimal_values(engine: Engine, value: str) -> None:
    target = Target(
        kind=TargetKind.QUANTITATIVE,
        text=f"≥{value}万元",
        operator=Operator.GE,
        value=Decimal(value),
        unit="万元",
    )
    doc = PerformanceDocument(
        fiscal_year=2024,
        department=Department(name="数值测试局"),
        projects=[{"name": "项目", "indicators": [Indicator(name="金额", target=target)]}],
    )
    save_document(engine, doc)
    loaded = load_document(engine, "数值测试局")
    loaded_target = loaded.projects[0].indicators[0].target
    assert loaded_target is not None and loaded_target.value is not None
    assert loaded_target.value.as_tuple() == Decimal(value).as_tuple()


def test_minimal_document_round_trips(engine: Engine) -> None:
    doc = PerformanceDocument(fiscal_year=2020, department=Department(name="最小部门"))
    save_document(engine, doc)
    assert_identical(load_document(engine, "最小部门", 2020), doc)


def test_document_without_region_or_bureau_round_trips(
    engine: Engine, make_document: MakeDocument
) -> None:
    doc = make_document(region=None).model_copy(update={"finance_bureau": None})
    save_document(engine, doc)
    assert_identical(load_document(engine, "某市教育局"), doc)


def test_save_in_the_callers_session(engine: Engine, make_document: MakeDocument) -> None:
    doc = make_document()
    with Session(engine) as session, session.begin():
        result = save_document(session, doc)
        # Visible inside the transaction before the caller commits.
        assert_identical(load_document(session, "某市教育局"), doc)
    assert result.revision == 1
    with Session(engine) as session:
        assert_identical(load_document(session, "某市教育局"), doc)


def test_latest_year_when_no_year_given(engine: Engine, make_document: MakeDocument) -> None:
    for year in (2023, 2025, 2024):
        save_document(engine, make_document(fiscal_year=year))
    assert load_document(engine, "某市教育局").fiscal_year == 2025
    assert load_document(engine, "某市教育局", 2023).fiscal_year == 2023


def test_unknown_department_is_not_found_in_chinese(engine: Engine) -> None:
    with pytest.raises(NotFoundError) as caught:
        load_document(engine, "不存在的部门", 2024)
    assert caught.value.message == "未找到部门“不存在的部门” 2024 年度的部门预算绩效文本"


def test_missing_year_lists_the_saved_years(engine: Engine, make_document: MakeDocument) -> None:
    save_document(engine, make_document(fiscal_year=2023))
    save_document(engine, make_document(fiscal_year=2024))
    with pytest.raises(NotFoundError) as caught:
        load_document(engine, "某市教育局", 2020)
    assert "2020 年度" in caught.value.message
    assert "已保存的年度:2023、2024" in caught.value.message


def test_name_in_two_regions_is_ambiguous(engine: Engine, make_document: MakeDocument) -> None:
    save_document(engine, make_document(region="甲市"))
    save_document(engine, make_document(region="乙市"))
    save_document(engine, make_document(region=None))
    with pytest.raises(AmbiguousNameError) as caught:
        load_document(engine, "某市教育局", 2024)
    assert "甲市" in caught.value.message and "乙市" in caught.value.message
    assert "未指定地区" in caught.value.message
    loaded = load_document(engine, "某市教育局", 2024, region="乙市")
    assert loaded.department.region == Region(name="乙市", code="130500")


def test_list_documents_counts_and_order(engine: Engine, make_document: MakeDocument) -> None:
    save_document(engine, make_document(fiscal_year=2024, region="乙市"))
    save_document(engine, make_document(fiscal_year=2023, region="乙市", small=True))
    save_document(engine, make_document(fiscal_year=2024, department="财政局", region="甲市"))
    save_document(engine, make_document(fiscal_year=2024, region="乙市"))
    summaries = list_documents(engine)
    assert [(s.region, s.department, s.fiscal_year, s.revision) for s in summaries] == [
        ("乙市", "某市教育局", 2023, 1),
        ("乙市", "某市教育局", 2024, 2),
        ("甲市", "财政局", 2024, 1),
    ]
    full, small = summaries[1], summaries[0]
    assert (full.goals, full.goal_sections, full.projects, full.indicators) == (3, 2, 2, 24)
    assert (small.goals, small.goal_sections, small.projects, small.indicators) == (1, 1, 1, 6)
    assert full.saved_at.tzinfo is not None


def test_empty_database_lists_nothing(engine: Engine) -> None:
    assert list_documents(engine) == []


def test_delete_document(engine: Engine, make_document: MakeDocument) -> None:
    save_document(engine, make_document(fiscal_year=2023))
    save_document(engine, make_document(fiscal_year=2024))
    delete_document(engine, "某市教育局", 2024)
    assert [s.fiscal_year for s in list_documents(engine)] == [2023]
    with pytest.raises(NotFoundError):
        load_document(engine, "某市教育局", 2024)
    with pytest.raises(NotFoundError):
        delete_document(engine, "某市教育局", 2024)


# --- forms: every field of the model round-trips -----------------------------------------------

# Fields that cannot differ from their default (a Literal with one value).
ALWAYS_DEFAULT = {"PerformanceDocument.schema_version"}


def _models_in(value: Any) -> Iterator[BaseModel]:
    if isinstance(value, BaseModel):
        yield value
    elif isinstance(value, list | dict):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _models_in(item)


def fields_never_set(*docs: PerformanceDocument) -> set[str]:
    """``Class.field`` names that no model anywhere in the documents sets to a non-default
    value: a round trip of these documents would not notice the store dropping them."""
    set_somewhere: dict[type[BaseModel], set[str]] = {}
    pending: list[BaseModel] = list(docs)
    while pending:
        model = pending.pop()
        fields = set_somewhere.setdefault(type(model), set())
        for name, info in type(model).model_fields.items():
            value = getattr(model, name)
            if value != info.get_default(call_default_factory=True):
                fields.add(name)
            pending.extend(_models_in(value))
    return {
        f"{cls.__name__}.{name}"
        for cls, fields in set_somewhere.items()
        for name in cls.model_fields
        if name not in fields
    } - ALWAYS_DEFAULT


def test_the_samples_set_every_field_of_the_model(
    make_document: MakeDocument,
    make_project_form: MakeDocument,
    department_self_evaluation: PerformanceDocument,
) -> None:
    # A new model field must join the samples, or the round trips below prove nothing about it.
    samples = make_document(), make_project_form(), department_self_evaluation
    assert fields_never_set(*samples) == set()


def test_project_form_round_trips(engine: Engine, make_project_form: MakeDocument) -> None:
    form = make_project_form()
    save_document(engine, form)
    loaded = load_document(engine, "某市教育局", 2024, kind=SELF_EVALUATION)
    assert_identical(loaded, form)
    results = [indicator.result for indicator in loaded.projects[0].indicators[-2:]]
    assert results == [IndicatorResult(), None]  # an empty result is not no result


def test_department_self_evaluation_round_trips(
    engine: Engine, department_self_evaluation: PerformanceDocument
) -> None:
    doc = department_self_evaluation
    save_document(engine, doc)
    loaded = load_document(engine, "某市教育局", kind=DocumentKind.DEPARTMENT_SELF_EVALUATION)
    assert_identical(loaded, doc)


@pytest.mark.parametrize("kind", [k for k in DocumentKind if k.is_project_level])
def test_every_project_level_kind_round_trips(
    engine: Engine, make_project_form: MakeDocument, kind: DocumentKind
) -> None:
    form = make_project_form(kind=kind)
    save_document(engine, form)
    assert_identical(load_document(engine, "某市教育局", kind=kind, project="校舍维修改造"), form)


def test_results_are_columns_for_set_based_sql(
    engine: Engine, make_project_form: MakeDocument
) -> None:
    save_document(engine, make_project_form())
    query = text(
        "SELECT name, result_level, result_likelihood FROM indicators"
        " WHERE has_result AND result_level IS NOT NULL ORDER BY position"
    )
    with engine.connect() as connection:
        rows = [tuple(row) for row in connection.execute(query)]
        blank = connection.scalar(text("SELECT count(*) FROM indicators WHERE NOT has_result"))
    assert rows == [
        ("维修完成率", "achieved", "certain"),
        ("验收合格率", "partial", "possible"),
        ("师生满意度", "not_achieved", "impossible"),
    ]
    assert blank == 1


def test_list_documents_shows_kind_and_subject(
    engine: Engine, make_document: MakeDocument, make_project_form: MakeDocument
) -> None:
    save_document(engine, make_project_form(project="乙项目"))
    save_document(engine, make_project_form(project="甲项目", kind=DocumentKind.PROJECT_TARGET))
    save_document(engine, make_document())
    save_document(engine, make_project_form(project="甲项目"))
    listed = [(s.kind, s.subject, s.projects, s.indicators) for s in list_documents(engine)]
    assert listed == [
        (DocumentKind.DEPARTMENT_PERFORMANCE, "", 2, 24),
        (DocumentKind.PROJECT_TARGET, "甲项目", 1, 5),
        (SELF_EVALUATION, "乙项目", 1, 5),
        (SELF_EVALUATION, "甲项目", 1, 5),
    ]


def test_a_stated_fiscal_appropriation_sum_round_trips(
    engine: Engine, make_document: MakeDocument
) -> None:
    doc = make_document()
    doc.budget.income.fiscal_appropriation = Decimal("1200.50")
    save_document(engine, doc)
    loaded = load_document(engine, "某市教育局", 2024)
    assert str(loaded.budget.income.fiscal_appropriation) == "1200.50"
    assert_identical(loaded, doc)
