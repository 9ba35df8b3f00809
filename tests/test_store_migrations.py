"""The packaged Alembic migrations build exactly the schema the models describe, and carry
the documents already stored from one revision to the next (and back)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, insert, inspect, text
from sqlalchemy.exc import IntegrityError

from jixiao.domain.model import (
    DepartmentGoal,
    DocumentKind,
    FundingBlock,
    Indicator,
    PerformanceDocument,
    Project,
    SpendingCheckpoint,
)
from jixiao.domain.target import Operator, Target, TargetKind
from jixiao.errors import SchemaRevisionError, StoreError
from jixiao.store import codec, db
from jixiao.store.partitions import partition_tables
from jixiao.store.tables import (
    Base,
    DepartmentGoalRow,
    DepartmentRow,
    DocumentRow,
    IndicatorRow,
    ProjectRow,
    RegionRow,
    SpendingCheckpointRow,
    table_of,
)
from store_support import list_documents, load_document, save_document

MakeDocument = Callable[..., PerformanceDocument]
XINGTAI = Path(__file__).parent / "fixtures" / "xingtai-2020.json"


def table_names(engine: Engine) -> set[str]:
    """The tables of the database, without the partitions of a partitioned one (PostgreSQL):
    they are the parent's storage, not tables of the schema."""
    with engine.connect() as connection:
        return set(inspect(connection).get_table_names()) - partition_tables(connection)


def test_upgrade_creates_every_table(bare_engine: Engine) -> None:
    assert db.current_revision(bare_engine) is None
    db.upgrade(bare_engine)
    assert table_names(bare_engine) == {*Base.metadata.tables, "alembic_version"}
    assert db.current_revision(bare_engine) == db.head_revision() == "0011"


def test_the_shipped_head_is_the_newest_migration() -> None:
    # A command opening a database at SHIPPED_HEAD takes it as current without Alembic.
    assert db.head_revision() == db.SHIPPED_HEAD


def test_upgrade_twice_is_a_no_op(bare_engine: Engine) -> None:
    db.upgrade(bare_engine)
    with bare_engine.begin() as connection:
        connection.execute(text("INSERT INTO regions (name) VALUES ('保留的地区')"))
    db.upgrade(bare_engine)
    assert db.current_revision(bare_engine) == db.head_revision()
    with bare_engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM regions")) == 1


def test_migrated_schema_matches_the_models(bare_engine: Engine) -> None:
    db.upgrade(bare_engine)
    with bare_engine.connect() as connection:
        partitions = partition_tables(connection)

        def not_a_partition(name: str | None, type_: str, _parents: Any) -> bool:
            return not (type_ == "table" and name in partitions)

        opts = {"compare_type": True, "include_name": not_a_partition}
        context = MigrationContext.configure(connection, opts=opts)
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_does_not_depend_on_the_working_directory(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no alembic.ini, no migrations folder here
    engine = db.init_db(db_url)
    try:
        assert db.current_revision(engine) == db.head_revision()
    finally:
        engine.dispose()


def test_open_db_accepts_a_database_at_head(db_url: str) -> None:
    db.init_db(db_url).dispose()
    engine = db.open_db(db_url)
    engine.dispose()


def test_open_db_refuses_an_uninitialised_database(db_url: str) -> None:
    with pytest.raises(SchemaRevisionError) as caught:
        db.open_db(db_url)
    assert "尚未初始化" in caught.value.message
    assert "jixiao init" in caught.value.message


def test_unknown_revision_is_refused(bare_engine: Engine) -> None:
    db.upgrade(bare_engine)
    with bare_engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    with pytest.raises(SchemaRevisionError) as caught:
        db.ensure_current(bare_engine)
    assert "ffff9999" in caught.value.message and "无法识别" in caught.value.message
    with pytest.raises(SchemaRevisionError, match="无法识别"):
        db.upgrade(bare_engine)


def test_older_revision_asks_for_an_upgrade(bare_engine: Engine) -> None:
    db.upgrade(bare_engine, "0001")
    with pytest.raises(SchemaRevisionError) as caught:
        db.ensure_current(bare_engine)
    assert f"0001 早于当前版本 {db.head_revision()}" in caught.value.message


@pytest.mark.parametrize("region_id", [None, 1], ids=["no-region", "region"])
def test_department_names_are_unique_per_region(bare_engine: Engine, region_id: int | None) -> None:
    db.upgrade(bare_engine)
    insert = text("INSERT INTO departments (name, region_id) VALUES ('教育局', :region)")
    with bare_engine.begin() as connection:
        connection.execute(text("INSERT INTO regions (id, name) VALUES (1, '某市')"))
        connection.execute(insert, {"region": region_id})
        # The same name in another "region" (set vs. not set) is another department.
        connection.execute(insert, {"region": 1 if region_id is None else None})
    with pytest.raises(IntegrityError), bare_engine.begin() as connection:
        connection.execute(insert, {"region": region_id})


# --- carrying documents across revisions ------------------------------------------------------

OLD_TARGET = Target(
    kind=TargetKind.QUANTITATIVE, text="≥95%", operator=Operator.GE, value=Decimal("95"), unit="%"
)
OLD_DOCUMENT = PerformanceDocument.model_validate(
    {
        "fiscal_year": 2021,
        "department": {"name": "旧部门", "region": {"name": "某县", "code": "130521"}},
        "title": "旧部门2021年部门预算绩效文本",
        "budget": {"income": {"total": Decimal("10.50")}},
        "department_goals": [
            DepartmentGoal(
                number=1,
                text="保障运转",
                funding_block=FundingBlock(name="人员经费", amount=Decimal("1.20")),
                indicators=[Indicator(name="培训人次", target=OLD_TARGET)],
            )
        ],
        "projects": [
            Project(
                name="旧项目",
                budget=Decimal("3.0"),
                spending_plan=[SpendingCheckpoint(month=6, cumulative_percent=Decimal("50"))],
                indicators=[Indicator(name="完成率", target=OLD_TARGET, weight=Decimal("0.80"))],
            )
        ],
        "provenance": {"row": {"page": 1, "text": "封面"}},
    }
)


def insert_0001_era_document(connection: Connection, fiscal_year: int = 2021) -> int:
    """OLD_DOCUMENT stored as jixiao at revision 0001 stored it: only the columns 0001 has
    (today's writer would fill newer ones). Returns the document id."""

    def add(row_class: type[Base], **values: Any) -> int:
        table = table_of(row_class)
        return int(connection.execute(insert(table).returning(table.c.id), values).scalar_one())

    region = connection.scalar(text("SELECT id FROM regions WHERE name = '某县'"))
    region = region or add(RegionRow, name="某县", code="130521")
    department = connection.scalar(text("SELECT id FROM departments WHERE name = '旧部门'"))
    department = department or add(DepartmentRow, name="旧部门", region_id=region)
    document = add(
        DocumentRow,
        department_id=department,
        fiscal_year=fiscal_year,
        kind="department_performance",
        schema_version=1,
        revision=3,
        saved_at=datetime(2021, 3, 1, tzinfo=UTC),
        title="旧部门2021年部门预算绩效文本",
        region_code="130521",
        income_total=Decimal("10.50"),
        income_provenance=[],
        expenditure_provenance=[],
        provenance=[["row", {"page": 1, "text": "封面"}]],
    )
    part = {"position": 0, "provenance": []}  # the first of its list, no provenance
    goal = add(
        DepartmentGoalRow,
        **part,
        document_id=document,
        number=1,
        text="保障运转",
        has_funding_block=True,
        funding_name="人员经费",
        funding_amount=Decimal("1.20"),
        funding_provenance=[],
    )
    project = add(ProjectRow, **part, document_id=document, name="旧项目", budget=Decimal("3.0"))
    add(
        SpendingCheckpointRow, **part, project_id=project, month=6, cumulative_percent=Decimal("50")
    )
    keys = {**part, "document_id": document, "fiscal_year": fiscal_year}
    targets = codec.target_values(OLD_TARGET, "target")
    add(IndicatorRow, **keys, **targets, department_goal_id=goal, name="培训人次")
    add(IndicatorRow, **keys, **targets, project_id=project, name="完成率", weight=Decimal("0.80"))
    return document


def test_upgrade_keeps_0001_era_documents(bare_engine: Engine) -> None:
    db.upgrade(bare_engine, "0001")
    with bare_engine.begin() as connection:
        insert_0001_era_document(connection)
        # A later year, then deleted: its id must not come back (ids are never reused).
        deleted = insert_0001_era_document(connection, fiscal_year=2022)
        connection.execute(text(f"DELETE FROM performance_documents WHERE id = {deleted}"))
    db.upgrade(bare_engine)
    loaded = load_document(bare_engine, "旧部门")
    assert loaded == OLD_DOCUMENT
    assert loaded.model_dump_json() == OLD_DOCUMENT.model_dump_json()
    [summary] = list_documents(bare_engine)
    assert (summary.subject, summary.revision, summary.indicators) == ("", 3, 2)
    result = save_document(bare_engine, OLD_DOCUMENT)
    assert (result.revision, result.replaced) == (4, True)
    assert result.document_id > deleted


def _described(items: list[Any]) -> list[str]:
    # Comparable text: SQL clauses (partial index conditions) by their SQL, keys sorted.
    return sorted(json.dumps(item, sort_keys=True, default=str) for item in items)


def schema_of(engine: Engine) -> dict[str, Any]:
    """What the database says about each table (and, on SQLite, which tables AUTOINCREMENT)."""
    with engine.connect() as connection:
        found = inspect(connection)
        schema: dict[str, Any] = {
            name: [
                [json.dumps(column, default=str) for column in found.get_columns(name)],
                _described([found.get_pk_constraint(name)]),
                _described(found.get_foreign_keys(name)),
                _described(found.get_unique_constraints(name)),
                _described(found.get_indexes(name)),
                _described(found.get_check_constraints(name)),
            ]
            for name in found.get_table_names()
        }
        if engine.dialect.name == "sqlite":
            query = "SELECT name FROM sqlite_master WHERE sql LIKE '%AUTOINCREMENT%' ORDER BY 1"
            schema["autoincrement"] = connection.scalars(text(query)).all()
    return schema


def _without_0007(document: PerformanceDocument) -> PerformanceDocument:
    """The document as a downgrade below 0007 keeps it: no placeholders, no disclosure (and,
    0011's, no stated 财政拨款 sum)."""
    copy = document.model_copy(deep=True, update={"performance_disclosure": None})
    copy.budget.income.fiscal_appropriation = None
    for _, indicator in copy.all_indicators():
        indicator.target_placeholder = None
    return copy


def test_downgrade_to_0001_restores_its_schema_and_keeps_documents(
    bare_engine: Engine, make_document: MakeDocument, make_project_form: MakeDocument
) -> None:
    db.upgrade(bare_engine, "0001")
    schema_0001 = schema_of(bare_engine)
    db.upgrade(bare_engine)
    document = make_document()
    save_document(bare_engine, document)
    save_document(bare_engine, make_project_form())
    db.downgrade(bare_engine, "0001")
    assert db.current_revision(bare_engine) == "0001"
    assert schema_of(bare_engine) == schema_0001
    db.upgrade(bare_engine)
    assert load_document(bare_engine, "某市教育局", 2024) == _without_0007(document)
    # The form lost what 0001 cannot hold (its results, funding rows, project) but is there.
    form = load_document(bare_engine, "某市教育局", kind=DocumentKind.PROJECT_SELF_EVALUATION)
    assert form.projects[0].funding_execution == []


def test_downgrade_refuses_to_lose_project_forms(
    bare_engine: Engine, make_project_form: MakeDocument
) -> None:
    db.upgrade(bare_engine)
    save_document(bare_engine, make_project_form(project="甲项目"))
    save_document(bare_engine, make_project_form(project="乙项目"))
    with pytest.raises(StoreError, match="无法降级到 0001"):
        db.downgrade(bare_engine, "0001")
    assert db.current_revision(bare_engine) == db.head_revision()  # rolled back whole
    assert len(list_documents(bare_engine)) == 2


def test_migrations_leave_sqlite_foreign_keys_on(bare_engine: Engine) -> None:
    db.upgrade(bare_engine, "0001")
    db.upgrade(bare_engine)
    db.downgrade(bare_engine, "0001")
    if bare_engine.dialect.name == "sqlite":
        with bare_engine.connect() as connection:  # the pooled connection the migrations used
            assert connection.scalar(text("PRAGMA foreign_keys")) == 1


def test_a_broken_foreign_key_fails_the_migration_check(tmp_path: Path) -> None:
    engine = db.init_db(f"sqlite:///{tmp_path / 'fk.sqlite3'}")
    orphan = text(
        "INSERT INTO funding_executions (project_id, position, source, provenance)"
        " VALUES (999, 0, 'total', '[]')"
    )
    try:
        with engine.connect() as connection, db.migrating(connection), connection.begin():
            connection.execute(orphan)  # accepted: foreign keys are off while migrating
            with pytest.raises(StoreError) as caught:
                db.check_foreign_keys(connection)
            assert "外键不一致" in caught.value.message
            assert "funding_executions" in caught.value.message
            connection.rollback()
    finally:
        engine.dispose()


def test_upgrade_to_0006_writes_each_cost_line_stem_as_the_store_does(
    bare_engine: Engine,
) -> None:
    # Xingtai's project has cost lines (维修维护费成本 ≤… 万元) among other indicators.
    document = PerformanceDocument.model_validate_json(XINGTAI.read_text(encoding="utf-8"))
    db.upgrade(bare_engine)
    save_document(bare_engine, document)
    query = text("SELECT id, name, cost_stem FROM indicators ORDER BY id")
    with bare_engine.connect() as connection:
        written = connection.execute(query).all()
    db.downgrade(bare_engine, "0005")
    db.upgrade(bare_engine)
    with bare_engine.connect() as connection:
        backfilled = connection.execute(query).all()
    assert backfilled == written
    stems = {name: stem for _, name, stem in written if stem is not None}
    assert stems["维修维护费成本"] == "维修维护费"
    assert len(stems) < len(written)  # and the other indicators have none


def test_downgrade_to_0010_drops_only_the_fiscal_appropriation_sum(
    bare_engine: Engine, make_document: MakeDocument
) -> None:
    db.upgrade(bare_engine)
    document = make_document()
    document.budget.income.fiscal_appropriation = Decimal("986.85")
    save_document(bare_engine, document)
    db.downgrade(bare_engine, "0010")
    with bare_engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("performance_documents")}
    assert "income_fiscal_appropriation" not in columns and "income_total" in columns
    db.upgrade(bare_engine)
    loaded = load_document(bare_engine, "某市教育局", 2024)
    assert loaded.budget.income.fiscal_appropriation is None
    assert loaded.budget.income.total == document.budget.income.total
