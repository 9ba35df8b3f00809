"""The set-based statements are cached by SQLAlchemy (compiled once per shape, not per call),
and a statement taken from the cache binds the pairs of its own call."""

from __future__ import annotations

from datetime import date

from sqlalchemy import create_engine, select
from sqlalchemy.engine.interfaces import CacheStats

from jixiao.domain.monitoring import monitoring_profile
from jixiao.domain.scoring import scoring_profile
from jixiao.store.evaluation_sql import evaluation_statement
from jixiao.store.monitoring_sql import monitoring_statement
from jixiao.store.sql_terms import pairs_table

PAIRS = [("接待费", "接待费"), ("会议费", "会议")]
OTHER_PAIRS = [("公务接待费", "接待费"), ("培训费", "培训")]


def test_the_set_based_statements_have_a_cache_key_with_their_pairs() -> None:
    statements = [
        evaluation_statement(2024, scoring_profile("default"), "13", (0, 2), PAIRS),
        monitoring_statement(
            "postgresql", 2024, date(2024, 6, 30), monitoring_profile("default"), "13", PAIRS
        ),
    ]
    for statement in statements:
        # None would mean "not cacheable": compiled again on every execution.
        assert statement._generate_cache_key() is not None


def test_pairs_from_the_cache_are_those_of_the_call() -> None:
    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        for pairs in (PAIRS, OTHER_PAIRS):
            table = pairs_table(pairs)
            assert table is not None
            result = connection.execute(select(table.c.category, table.c.stem))
            assert [tuple(row) for row in result] == pairs
        assert result.context.cache_hit is CacheStats.CACHE_HIT  # the second call's
    engine.dispose()


def test_no_pairs_is_no_table() -> None:
    assert pairs_table([]) is None


def test_a_statement_is_built_once_per_shape() -> None:
    def built(profile: str, pairs: list[tuple[str, str]]) -> object:
        return evaluation_statement(2024, scoring_profile(profile), "13", None, pairs)

    assert built("default", PAIRS) is built("default", list(PAIRS))
    assert built("hebei", PAIRS) is not built("default", PAIRS)
    assert built("default", OTHER_PAIRS) is not built("default", PAIRS)
    as_of = date(2024, 6, 30)
    monitored = monitoring_statement("sqlite", 2024, as_of, monitoring_profile("strict"), None)
    assert monitored is monitoring_statement(
        "sqlite", 2024, as_of, monitoring_profile("strict"), None
    )
    assert monitored is not monitoring_statement(
        "sqlite", 2024, date(2024, 7, 31), monitoring_profile("strict"), None
    )
