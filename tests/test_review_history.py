"""The review context read from the database: the department's earlier declarations and other
departments' declarations of the same year, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import Engine

from jixiao.app.review import review_context
from jixiao.domain.library import standard_library
from jixiao.domain.review import review
from jixiao.domain.target import parse_target
from review_helpers import clean_declaration
from store_support import save_document


def test_history_and_peers_come_from_the_stored_declarations(engine: Engine) -> None:
    current = clean_declaration()
    earlier = clean_declaration(fiscal_year=2023)
    earlier.department_goals[0].indicators[2].target = parse_target(
        "≥99%"
    )  # 预算执行率, stricter then
    for document in (
        current,
        earlier,
        *(clean_declaration(fiscal_year=year) for year in (2020, 2021, 2022)),
        clean_declaration(department="某市图书馆"),
        clean_declaration(department="某市博物馆", fiscal_year=2023),  # another year: no peer
    ):
        save_document(engine, document)
    library = standard_library()
    context = review_context(engine, current, library, 0.6)
    years = {v.fiscal_year for v in context.history_of("某市文化馆", "D01")}
    assert years == {2021, 2022, 2023}  # the last three earlier years
    peers = context.peers_of("D01", 2024, "某市文化馆")
    assert {p.department for p in peers} == {"某市图书馆"}
    codes = [f.code for f in review(current, context=context, library=library).findings]
    assert codes == ["TARGET.BELOW_HISTORY"]
