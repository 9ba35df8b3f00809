"""A score table re-served from a text PDF out of step (each row's values opening the next
line), where a label's points wrapped into pieces on lines of their own (``… 4 4 (`` /
``8 ) 日常管理 …``) and a row's standard and actual in words open the next line twice
(session 18)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_TABLE = """\
2021 年某县交通运输局部门整体支出绩效评价得分表 一级指 标 二级指标 三级指标 \
指标值 实际完成值 分值 得分 \
部门管 理(30 分) 资金管理 预算执行率
≥90% 94.1% 8 8 结余资金控制率
≤8% 6.5% 4 3 资产处置合规率
100% 100% 4 4 (
8 ) 日常管理 管理制度完备性
5 5 部门产 出(30 分) 产出数量 农村公路养护里程
≥300 公里 312 公里 6 6 产出质量 公路优良路率
≥75% 78% 6 6 社会效益 公路通行保障率
≥95% 97% 5 5 道路交通安全
无断交断行 无断交断行 5 5 服务对 象满意度 沿线群众满意度
≥90% 92% 5 5
总分 100 96 四、存在的问题.
"""


def _rows() -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(_TABLE) if Role.NAME in row}


def test_values_before_a_lone_open_bracket_are_the_rows_above() -> None:
    row = _rows()["资产处置合规率"]
    assert (row[Role.TARGET], row[Role.SCORE]) == ("100%", "4")


def test_the_pieces_of_a_wrapped_labels_points_are_no_rows() -> None:
    names = set(_rows())
    assert not names & {"(", ")", "8", "日常管理"}
    assert _rows()["管理制度完备性"][Role.SCORE] == "5"


def test_a_standard_in_words_twice_on_the_next_line_is_the_rows_target() -> None:
    row = _rows()["道路交通安全"]
    assert row[Role.TARGET] == "无断交断行"
    assert row[Role.SCORE] == "5"


def test_a_bracket_inside_a_cell_is_kept() -> None:
    text = _TABLE.replace("沿线群众满意度", "沿线群众(含驾乘人员)满意度")
    assert "沿线群众(含驾乘人员)满意度" in {
        row[Role.NAME] for row in table_rows(text) if Role.NAME in row
    }
