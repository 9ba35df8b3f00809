"""The region dashboard's figures (``jixiao.app.region.figures``): the region's evaluation and
monitoring, kept per worker while the data stay as they are, computed again after a write."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jixiao.app import actuals, region
from jixiao.app.synth import load_province
from jixiao.app.uow import Database
from jixiao.domain.access import Actor, Role, system_actor
from jixiao.domain.actuals import Actuals, SpendingRecord
from jixiao.errors import AccessDenied
from jixiao.tools.synth import ProvinceSpec, province

SPEC = ProvinceSpec(units=2, seed=3)
AS_OF = date(SPEC.year, 6, 30)
ADMIN = system_actor("admin")


@pytest.fixture
def database(migrated_url: str) -> Database:
    database = Database(migrated_url)
    database.init()
    load_province(database.engine, SPEC)  # audited: the chain has entries
    return database


def test_kept_figures_are_those_computed_and_reused_while_nothing_is_written(
    database: Database,
) -> None:
    first = region.figures(database, ADMIN, SPEC.year, AS_OF)
    assert first.evaluation == region.evaluate_region(database, SPEC.year)
    assert first.monitoring == region.monitor_region(database, SPEC.year, AS_OF)
    assert region.figures(database, ADMIN, SPEC.year, AS_OF) is first
    other_date = region.figures(database, ADMIN, SPEC.year, date(SPEC.year, 9, 30))
    assert other_date is not first and other_date.monitoring.as_of == date(SPEC.year, 9, 30)
    database.close()


def test_a_write_makes_the_next_figures_new(database: Database) -> None:
    before = region.figures(database, ADMIN, SPEC.year, AS_OF)
    unit = next(iter(province(SPEC)))
    department, project = unit.document.department.name, unit.document.projects[0].name
    spent = SpendingRecord(project=project, date=date(SPEC.year, 3, 1), amount=Decimal("7.5"))
    actuals.record(database, department, SPEC.year, Actuals(spending=[spent]), actor=ADMIN)
    after = region.figures(database, ADMIN, SPEC.year, AS_OF)
    assert after.monitoring == region.monitor_region(database, SPEC.year, AS_OF)

    def executed(figures: region.RegionFigures) -> Decimal | None:
        rows = figures.monitoring.projects
        row = next(p for p in rows if (p.department, p.status.project) == (department, project))
        return row.status.executed

    assert executed(after) == (executed(before) or 0) + Decimal("7.5")
    database.close()


def test_a_department_user_gets_no_figures(database: Database) -> None:
    editor = Actor(login="e", role=Role.EDITOR, departments=frozenset({"某单位"}))
    with pytest.raises(AccessDenied):
        region.figures(database, editor, SPEC.year, AS_OF)
    database.close()
