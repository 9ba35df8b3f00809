"""The bulk path (a province, an archive): the same rows as ``save_document`` and the actuals
repository, written by COPY on PostgreSQL and executemany on SQLite, one transaction a batch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jixiao.domain.actuals import Actuals
from jixiao.domain.model import PerformanceDocument
from jixiao.store import codec
from jixiao.store.actuals import department_id_of, load_actuals, replace_actuals
from jixiao.store.bulk import Unit, save_units
from jixiao.store.rows import DOCUMENT_TABLES
from store_support import delete_document, load_document, save_document
from test_store_actuals import sample_actuals
from test_store_replace import orphans, row_counts

MakeDocument = Callable[..., PerformanceDocument]
ACTUALS_TABLES = ("spending_records", "progress_records", "year_end_actuals")


def _bulk(engine: Engine, units: list[Unit]) -> int:
    with Session(engine) as session, session.begin():
        return save_units(session, units)


def _actuals(engine: Engine, department: str, year: int = 2024) -> dict[str, Any]:
    with Session(engine) as session:
        found = department_id_of(session, department, "某市")
        stored = load_actuals(session, found, year)
    return stored.model_dump(exclude={"department", "fiscal_year"})


def _plain(actuals: Actuals) -> dict[str, Any]:
    return actuals.model_dump(exclude={"department", "fiscal_year"})


def test_bulk_saved_documents_and_actuals_read_back_equal(
    engine: Engine, make_document: MakeDocument
) -> None:
    docs = [make_document(department=name) for name in ("甲局", "乙局", "丙局")]
    written = _bulk(engine, [Unit(doc, sample_actuals()) for doc in docs])
    for doc in docs:
        assert load_document(engine, doc.department.name, 2024, "某市") == doc
        assert _actuals(engine, doc.department.name) == _plain(sample_actuals())
    counts = row_counts(engine)
    assert written == sum(counts[name] for name in (*DOCUMENT_TABLES, *ACTUALS_TABLES))
    assert counts["performance_documents"] == 3 and counts["spending_records"] == 9
    assert not any(orphans(engine).values())


def test_bulk_rows_are_the_rows_save_document_writes(
    engine: Engine, make_document: MakeDocument
) -> None:
    save_document(engine, make_document(department="甲局"))
    _bulk(engine, [Unit(make_document(department="乙局"))])
    with engine.connect() as connection:
        stored = [
            connection.execute(
                text(
                    "SELECT i.name, i.position, i.target_text, i.target_value, i.weight,"
                    " i.provenance, i.result_provenance, i.has_result"
                    " FROM indicators i JOIN performance_documents d ON d.id = i.document_id"
                    " JOIN departments dep ON dep.id = d.department_id"
                    " WHERE dep.name = :name ORDER BY i.id"
                ),
                {"name": name},
            ).all()
            for name in ("甲局", "乙局")
        ]
    assert stored[0] == stored[1] and stored[0]


def test_a_unit_replaces_its_stored_document_and_actuals(
    engine: Engine, make_document: MakeDocument
) -> None:
    original = make_document(department="甲局")
    save_document(engine, original)
    with Session(engine) as session, session.begin():
        found = department_id_of(session, "甲局", "某市")
        replace_actuals(session, found, 2024, sample_actuals())
    kept = make_document(department="乙局")
    save_document(engine, kept)

    smaller = make_document(department="甲局", small=True)
    fewer = Actuals(spending=sample_actuals().spending[:1])
    _bulk(engine, [Unit(smaller, fewer), Unit(make_document(department="乙局", small=True))])

    assert load_document(engine, "甲局", 2024, "某市") == smaller
    assert _actuals(engine, "甲局") == _plain(fewer)
    with engine.connect() as connection:
        revisions: dict[str, int] = dict(
            connection.execute(
                text(
                    "SELECT dep.name, d.revision FROM performance_documents d"
                    " JOIN departments dep ON dep.id = d.department_id"
                )
            ).all()
        )
    assert revisions == {"甲局": 2, "乙局": 2}
    assert row_counts(engine)["performance_documents"] == 2
    assert not any(orphans(engine).values())


def test_a_unit_without_actuals_leaves_the_stored_actuals(
    engine: Engine, make_document: MakeDocument
) -> None:
    _bulk(engine, [Unit(make_document(department="甲局"), sample_actuals())])
    _bulk(engine, [Unit(make_document(department="甲局", small=True))])
    assert _actuals(engine, "甲局") == _plain(sample_actuals())


def test_a_failing_batch_leaves_nothing_behind(
    engine: Engine, make_document: MakeDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = make_document(department="甲局")
    _bulk(engine, [Unit(original, sample_actuals())])
    before = row_counts(engine)
    valid = codec.indicator_values

    def ownerless(*args: Any, **kwargs: Any) -> codec.Values:
        # Breaks the CHECK that an indicator has exactly one owner: the database refuses it.
        return {**valid(*args, **kwargs), "project_id": None, "department_goal_id": None}

    monkeypatch.setattr(codec, "indicator_values", ownerless)
    units = [
        Unit(make_document(department="甲局", small=True), Actuals()),
        Unit(make_document(department="乙局"), sample_actuals()),
    ]
    with pytest.raises(IntegrityError):
        _bulk(engine, units)
    assert row_counts(engine) == before
    assert load_document(engine, "甲局", 2024, "某市") == original
    assert _actuals(engine, "甲局") == _plain(sample_actuals())


def test_a_value_without_a_column_is_refused_not_dropped(
    engine: Engine, make_document: MakeDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    valid = codec.indicator_values

    def with_new_field(*args: Any, **kwargs: Any) -> codec.Values:
        return {**valid(*args, **kwargs), "new_field": "值"}

    monkeypatch.setattr(codec, "indicator_values", with_new_field)
    with pytest.raises(RuntimeError, match=r"indicators has no column for \['new_field'\]"):
        _bulk(engine, [Unit(make_document(department="甲局"))])
    assert row_counts(engine)["performance_documents"] == 0


def test_ids_are_not_reused_across_bulk_and_single_saves(
    engine: Engine, make_document: MakeDocument
) -> None:
    _bulk(engine, [Unit(make_document(department="甲局"))])
    first = _max_ids(engine)
    delete_document(engine, "甲局", 2024, "某市")
    save_document(engine, make_document(department="乙局"))
    second = _max_ids(engine)
    _bulk(engine, [Unit(make_document(department="丙局"))])
    third = _max_ids(engine)
    for table in ("performance_documents", "projects", "department_goals", "goal_sections"):
        assert first[table] < second[table] < third[table], table
    assert load_document(engine, "丙局", 2024, "某市") == make_document(department="丙局")


def _max_ids(engine: Engine) -> dict[str, int]:
    tables = ("performance_documents", "projects", "department_goals", "goal_sections")
    with engine.connect() as connection:
        return {t: int(connection.scalar(text(f"SELECT max(id) FROM {t}")) or 0) for t in tables}
