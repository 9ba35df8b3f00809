"""A spreadsheet (.xls) flattened with its row's cells one space apart on one line, a
指标解释 column between the name and the target; its 一级/二级 labels printed down the side,
a few glyphs a line (``时效`` then ``指标``); a spending line capped as 只减不增."""

from __future__ import annotations

from general_support import table_rows, text_source
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role

_HEADER = "一级\n指标\n二级\n指标\n三级指标 指标解释 绩效目标值 实际完成值 指标分值 得分\n"
_ROWS = (
    "产出\n指标\n(50分)\n数量\n指标\n"
    " 指标1  农田水利设施维修 全年维修小型灌溉渠道 ≥36处 38处 10 10\n"
    " 指标2  河道巡查次数 县级河长办组织巡河 ≥240次 251次 10 10\n"
    "时效\n指标\n"
    " 指标1  防汛物资补充及时率 汛前完成储备 100% 100% 10 10\n"
    "成本\n指标\n"
    " 指标1  公用经费 较上年 只降不升 下降3.1% 10 10\n"
)


def _rows(text: str) -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(text) if Role.TARGET in row}


def test_a_spaced_rows_second_text_is_its_explanation_not_the_next_name() -> None:
    rows = _rows(_HEADER + _ROWS)
    assert rows["河道巡查次数"][Role.DEFINITION] == "县级河长办组织巡河"
    assert rows["河道巡查次数"][Role.TARGET] == "≥240次"
    assert rows["农田水利设施维修"][Role.ACTUAL] == "38处"


def test_a_side_label_under_a_row_is_no_wrapped_end_of_its_first_cell() -> None:
    rows = _rows(_HEADER + _ROWS)
    assert rows["防汛物资补充及时率"][Role.TARGET] == "100%"
    source, _ = normalise_source(text_source(_HEADER + _ROWS))
    texts = [cell.text for cell in cells_of(list(source.lines))]
    assert "时效" in texts or "时效指标" in texts
    assert not any(text.endswith("时效") and text != "时效" for text in texts)


def test_a_cap_at_last_years_spending_is_a_qualitative_target() -> None:
    rows = _rows(_HEADER + _ROWS)
    assert rows["公用经费"][Role.TARGET] == "只降不升"
    assert rows["公用经费"][Role.ACTUAL] == "下降3.1%"
    assert kind_of("只减不增") is Kind.QUALITATIVE


def test_a_word_alone_under_a_row_not_completing_a_label_is_still_its_wrap() -> None:
    # 设施 / 维修 is no level's label: the line is no side label and wraps as before
    text = _HEADER + _ROWS.replace("时效\n指标\n", "维修\n指标\n")
    source, _ = normalise_source(text_source(text))
    texts = [cell.text for cell in cells_of(list(source.lines))]
    assert "维修" not in texts


def test_where_the_explanation_follows_the_values_the_next_lines_name_opens_a_row() -> None:
    text = (
        "三级指标 绩效目标值 实际完成值 指标分值 得分 指标解释\n"
        "农田水利设施维修 ≥36处 38处 10 10 全年维修小型灌溉渠道\n"
        "河道巡查次数 ≥240次 251次 10 10 县级河长办组织巡河\n"
    )
    assert list(_rows(text)) == ["农田水利设施维修", "河道巡查次数"]
