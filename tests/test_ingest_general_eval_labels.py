"""The 绩效评价 framework's level labels (决策/过程 with their points, 项目立项, 资金管理,
产出数量 …) cut off the front of a row run together, and kept where they open a name."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.eval_labels import evaluation_labels
from jixiao.ingest.general.stream import cut_runon_row
from jixiao.ingest.general.vocabulary import Role

_SCORE_TABLE = """\
一级指标二级指标三级指标分值目标值实际完成值得分
过程（20分）资金管理资金到位率5100%100%5
产出（35分）产出数量新改建农村公路里程10≥120公里126.4公里10
产出质量交工验收合格率10100%100%10
满意度沿线群众满意度5≥90%92.6%5
"""


def test_a_level_one_label_with_its_points_and_a_level_two_label_are_cut_off() -> None:
    cells = cut_runon_row("过程（20分）资金管理资金到位率5100%100%5")
    assert cells is not None
    assert cells[:3] == [
        "过程(20分)",
        "资金管理",
        "资金到位率",
    ]


def test_a_bare_level_one_label_is_cut_only_before_a_level_two_label() -> None:
    assert evaluation_labels("过程资金管理资金到位率") == ["过程", "资金管理"]
    assert evaluation_labels("过程监管覆盖率") == []


def test_a_level_two_label_alone_is_cut_off_a_continuation_row() -> None:
    assert evaluation_labels("产出时效工程按期完工率≥90%") == ["产出时效"]
    assert evaluation_labels("满意度沿线群众满意度≥90%") == ["满意度"]
    assert evaluation_labels("组织实施管理制度健全性") == ["组织实施"]


def test_a_label_word_opening_a_name_stays_in_the_name() -> None:
    assert evaluation_labels("资金管理制度健全性5——5") == []
    assert evaluation_labels("绩效目标合理性5——5") == []
    assert evaluation_labels("项目立项规范性5——5") == []
    assert evaluation_labels("满意度调查覆盖率≥90%") == []
    cells = cut_runon_row("资金管理制度健全性5——5")
    assert cells is not None
    assert cells[0].startswith("资金管理制度健全性")


def test_a_label_word_after_the_front_of_the_row_is_not_cut() -> None:
    assert evaluation_labels("年度绩效目标完成率") == []
    assert evaluation_labels("专项资金管理规范率") == []


def test_a_score_table_run_together_reads_its_names_without_the_labels() -> None:
    rows = table_rows(_SCORE_TABLE)
    assert [row[Role.NAME] for row in rows] == [
        "资金到位率",
        "新改建农村公路里程",
        "交工验收合格率",
        "沿线群众满意度",
    ]


def test_a_line_of_prose_opening_with_a_label_word_is_no_row() -> None:
    assert cut_runon_row("绩效目标完成情况良好，项目实施效果明显") is None
    assert cut_runon_row("资金管理方面还存在一些不足之处") is None


def test_a_standard_row_run_together_parts_its_points_from_its_name() -> None:
    assert cut_runon_row("群众出行条件10明显改善明显改善10") == [
        "群众出行条件",
        "10",
        "明显改善",
        "明显改善",
        "10",
    ]


def test_a_figure_with_its_unit_after_a_name_is_no_points_of_a_standard_row() -> None:
    assert cut_runon_row("新建服务站3个明显改善") is None
