"""Saving a document again replaces it whole: one row per table, no orphans, atomic.

A document is a department-year of one kind, and for project-level forms of one project.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jixiao.domain.model import DocumentKind, PerformanceDocument
from jixiao.errors import AmbiguousNameError, NotFoundError
from jixiao.store import (
    codec,
    writer,
)
from jixiao.store.repository import DocumentCounts
from jixiao.store.tables import Base
from store_support import delete_document, list_documents, load_document, save_document

MakeDocument = Callable[..., PerformanceDocument]
SELF_EVALUATION = DocumentKind.PROJECT_SELF_EVALUATION


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table.name: connection.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def orphans(engine: Engine) -> dict[str, int]:
    """Rows whose foreign key points at no row, per table.column (must all be zero)."""
    found = {}
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                parent = fk.column
                query = (
                    select(func.count())
                    .select_from(table)
                    .where(fk.parent.is_not(None), fk.parent.not_in(select(parent)))
                )
                found[f"{table.name}.{fk.parent.name}"] = connection.scalar(query) or 0
    return found


def expected_counts(*docs: PerformanceDocument) -> dict[str, int]:
    """The rows the given documents (of distinct department-years) should occupy."""
    counts = [DocumentCounts.of(doc) for doc in docs]
    return {
        "performance_documents": len(docs),
        "department_goals": sum(c.department_goals for c in counts),
        "goal_sections": sum(c.goal_sections for c in counts),
        "prose_sections": sum(c.safeguards for c in counts),
        "projects": sum(c.projects for c in counts),
        "spending_checkpoints": sum(c.spending_checkpoints for c in counts),
        "funding_executions": sum(c.funding_executions for c in counts),
        "indicators": sum(c.indicators for c in counts),
    }


def document_rows(engine: Engine) -> dict[str, int]:
    counts = row_counts(engine)
    return {name: counts[name] for name in expected_counts()}


def test_saving_twice_keeps_one_version(engine: Engine, make_document: MakeDocument) -> None:
    doc = make_document()
    first = save_document(engine, doc)
    after_first = row_counts(engine)
    second = save_document(engine, doc)
    assert (first.revision, first.replaced) == (1, False)
    assert (second.revision, second.replaced) == (2, True)
    assert second.document_id != first.document_id  # ids are never reused
    assert row_counts(engine) == after_first
    assert document_rows(engine) == expected_counts(doc)
    assert row_counts(engine)["regions"] == 2  # 某市 (department) and 某省 (finance bureau)
    assert row_counts(engine)["departments"] == 1
    assert not any(orphans(engine).values())


def test_smaller_second_version_leaves_nothing_behind(
    engine: Engine, make_document: MakeDocument
) -> None:
    save_document(engine, make_document())
    small = make_document(small=True)
    result = save_document(engine, small)
    assert result.revision == 2
    assert document_rows(engine) == expected_counts(small)
    assert not any(orphans(engine).values())
    assert load_document(engine, "某市教育局", 2024) == small


def test_years_coexist_and_replace_separately(engine: Engine, make_document: MakeDocument) -> None:
    doc_2023, doc_2024 = make_document(fiscal_year=2023), make_document(fiscal_year=2024)
    save_document(engine, doc_2023)
    save_document(engine, doc_2024)
    assert save_document(engine, doc_2024).revision == 2
    assert document_rows(engine) == expected_counts(doc_2023, doc_2024)
    assert load_document(engine, "某市教育局", 2023) == doc_2023
    assert load_document(engine, "某市教育局", 2024) == doc_2024


def test_same_name_in_other_region_is_another_department(
    engine: Engine, make_document: MakeDocument
) -> None:
    docs = [make_document(region="甲市"), make_document(region="乙市"), make_document(region=None)]
    results = [save_document(engine, doc) for doc in docs]
    assert [r.revision for r in results] == [1, 1, 1]
    assert row_counts(engine)["departments"] == 3
    assert save_document(engine, docs[2]).revision == 2  # NULL region still finds its row
    assert row_counts(engine)["departments"] == 3


def _fail(*_: Any, **__: Any) -> None:
    raise RuntimeError("injected failure after the old version was deleted")


def test_failure_mid_save_keeps_the_old_version(
    engine: Engine, make_document: MakeDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = make_document()
    save_document(engine, original)
    before = row_counts(engine)
    monkeypatch.setattr(writer, "insert_rows", _fail)
    with pytest.raises(RuntimeError, match="injected"):
        save_document(engine, make_document(small=True))
    assert row_counts(engine) == before
    assert load_document(engine, "某市教育局", 2024) == original
    monkeypatch.undo()
    assert save_document(engine, original).revision == 2  # the failed save left no trace


def test_invalid_row_rolls_back(
    engine: Engine, make_document: MakeDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = make_document()
    save_document(engine, original)
    before = row_counts(engine)
    valid = codec.indicator_values

    def ownerless(*args: Any, **kwargs: Any) -> codec.Values:
        # Breaks the CHECK that an indicator has exactly one owner: the database refuses it.
        return {
            **valid(*args, **kwargs),
            "department_goal_id": None,
            "goal_section_id": None,
            "project_id": None,
        }

    monkeypatch.setattr(codec, "indicator_values", ownerless)
    with pytest.raises(IntegrityError):
        save_document(engine, make_document(small=True))
    assert row_counts(engine) == before
    assert load_document(engine, "某市教育局", 2024) == original


def test_a_value_without_a_column_is_refused_not_dropped(
    engine: Engine, make_document: MakeDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = make_document()
    save_document(engine, original)
    valid = codec.indicator_values

    def with_new_field(*args: Any, **kwargs: Any) -> codec.Values:
        # As if the model had gained a field the schema has no column for.
        return {**valid(*args, **kwargs), "new_field": "值"}

    monkeypatch.setattr(codec, "indicator_values", with_new_field)
    with pytest.raises(RuntimeError, match=r"indicators has no column for \['new_field'\]"):
        save_document(engine, make_document(small=True))
    assert load_document(engine, "某市教育局", 2024) == original


def test_failure_in_callers_session_leaves_it_usable(
    engine: Engine, make_document: MakeDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = make_document()
    save_document(engine, original)
    monkeypatch.setattr(writer, "insert_rows", _fail)
    with Session(engine) as session:
        with pytest.raises(RuntimeError):
            save_document(session, make_document(small=True))
        # Only the savepoint was rolled back: the session still works, and committing keeps
        # the old version.
        assert load_document(session, "某市教育局", 2024) == original
        session.commit()
    assert load_document(engine, "某市教育局", 2024) == original


# --- project-level forms -----------------------------------------------------------------------


def load_form(engine: Engine, project: str | None = None) -> PerformanceDocument:
    return load_document(engine, "某市教育局", 2024, kind=SELF_EVALUATION, project=project)


def test_forms_of_other_projects_coexist_and_the_same_project_replaces(
    engine: Engine, make_project_form: MakeDocument
) -> None:
    first, second = make_project_form(project="甲项目"), make_project_form(project="乙项目")
    assert [save_document(engine, doc).revision for doc in (first, second)] == [1, 1]
    result = save_document(engine, first)
    assert (result.revision, result.kind, result.subject) == (2, SELF_EVALUATION, "甲项目")
    assert document_rows(engine) == expected_counts(first, second)
    assert row_counts(engine)["funding_executions"] == 8
    assert not any(orphans(engine).values())
    assert load_form(engine, "甲项目") == first
    assert load_form(engine, "乙项目") == second


def test_forms_of_one_project_in_other_kinds_coexist(
    engine: Engine, make_project_form: MakeDocument, make_document: MakeDocument
) -> None:
    kinds = [kind for kind in DocumentKind if kind.is_project_level]
    forms = [make_project_form(kind=kind) for kind in kinds]
    for doc in (*forms, make_document()):
        assert save_document(engine, doc).revision == 1
    assert document_rows(engine) == expected_counts(*forms, make_document())


def test_several_forms_without_a_project_are_ambiguous(
    engine: Engine, make_project_form: MakeDocument
) -> None:
    for project in ("乙项目", "甲项目"):
        save_document(engine, make_project_form(project=project))
    save_document(engine, make_project_form(project="丙项目", fiscal_year=2023))
    for call in (
        lambda: load_form(engine),
        lambda: delete_document(engine, "某市教育局", 2024, kind=SELF_EVALUATION),
    ):
        with pytest.raises(AmbiguousNameError) as caught:
            call()
        assert caught.value.message == (
            "部门“某市教育局” 2024 年度有 2 份项目支出绩效自评表:乙项目、甲项目;请指定项目"
        )
    # One form in the year: no project needed.
    assert load_document(engine, "某市教育局", 2023, kind=SELF_EVALUATION).subject == "丙项目"


def test_delete_one_project_form(engine: Engine, make_project_form: MakeDocument) -> None:
    first, second = make_project_form(project="甲项目"), make_project_form(project="乙项目")
    save_document(engine, first)
    save_document(engine, second)
    delete_document(engine, "某市教育局", 2024, kind=SELF_EVALUATION, project="甲项目")
    assert [s.subject for s in list_documents(engine)] == ["乙项目"]
    assert load_form(engine) == second  # the only one left: no project needed
    assert document_rows(engine) == expected_counts(second)
    assert not any(orphans(engine).values())


def test_unknown_project_lists_the_saved_ones(
    engine: Engine, make_project_form: MakeDocument
) -> None:
    save_document(engine, make_project_form(project="甲项目"))
    with pytest.raises(NotFoundError) as caught:
        load_form(engine, "丁项目")
    assert caught.value.message == (
        "未找到部门“某市教育局” 2024 年度的项目“丁项目”项目支出绩效自评表(已保存的项目:甲项目)"
    )


def test_a_project_for_a_department_level_kind_is_explained(
    engine: Engine, make_document: MakeDocument
) -> None:
    save_document(engine, make_document())
    with pytest.raises(NotFoundError, match="部门预算绩效文本不按项目区分,无需指定项目"):
        load_document(engine, "某市教育局", 2024, project="校舍维修改造")
