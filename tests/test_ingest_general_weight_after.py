"""A table run together with no separators whose header puts the 权重 (分值) after the target:
each row's last whole number is its 权重, the rest its name and target (a deadline after its
name, a sign or figure, a standard of words); other column orders are read as before."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from jixiao.domain.target import TargetKind
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.general.weight_after import cut_weight_after

_FORM = """2025年农机购置与应用补贴项目绩效目标表
项目名称农机购置与应用补贴
主管部门某县农业农村局实施单位某县农机服务中心
一级指标二级指标三级指标指标值分值
产出指标数量指标补贴农户数量≥1500户15
补贴机具台套数≥2300台套15
质量指标补贴机具核验合格率≥98%10
时效指标补助资金兑付时间项目验收合格后20个工作日内10
成本指标亩均作业补助标准≤120元/亩10
效益指标经济效益指标农户亩均收入增长≥150元5
生态效益指标化肥施用强度逐步降低10
满意度指标服务对象满意度指标补贴对象满意度≥95%10
填报单位（盖章）：某县农机服务中心
"""


def test_rows_glued_under_a_header_with_the_weight_last_are_cut_by_it(tmp_path: Path) -> None:
    document = read_form(tmp_path, _FORM)
    read = {
        i.name: (i.target.text if i.target else None, i.weight)
        for project in document.projects
        for i in project.indicators
    }
    assert read == {
        "补贴农户数量": ("≥1500户", Decimal(15)),
        "补贴机具台套数": ("≥2300台套", Decimal(15)),
        "补贴机具核验合格率": ("≥98%", Decimal(10)),
        "补助资金兑付时间": ("项目验收合格后20个工作日内", Decimal(10)),
        "亩均作业补助标准": ("≤120元/亩", Decimal(10)),
        "农户亩均收入增长": ("≥150元", Decimal(5)),
        "化肥施用强度": ("逐步降低", Decimal(10)),
        "补贴对象满意度": ("≥95%", Decimal(10)),
    }
    standard = next(i for p in document.projects for i in p.indicators if i.name == "化肥施用强度")
    assert standard.target is not None and standard.target.kind is TargetKind.QUALITATIVE


_WEIGHT_LAST = (Role.TARGET, Role.WEIGHT)


def test_the_weight_is_cut_after_a_unit_a_deadline_or_a_standard() -> None:
    assert cut_weight_after("秸秆还田面积≥4.5万亩20", _WEIGHT_LAST) == [
        "秸秆还田面积",
        "≥4.5万亩",
        "20",
    ]
    assert cut_weight_after("申报审核完成时限材料受理后10日内5", _WEIGHT_LAST) == [
        "申报审核完成时限",
        "材料受理后10日内",
        "5",
    ]
    assert cut_weight_after("耕地质量等级稳步提升12.5", _WEIGHT_LAST) == [
        "耕地质量等级",
        "稳步提升",
        "12.5",
    ]


def test_a_row_whose_end_is_no_weight_is_left_to_the_other_rules() -> None:
    assert cut_weight_after("补贴农户数量≥1500户", _WEIGHT_LAST) is None  # no 权重 given
    assert cut_weight_after("补助对象人数≥1200", _WEIGHT_LAST) is None  # 1200 is no 权重
    assert cut_weight_after("≥95%10", _WEIGHT_LAST) is None  # no name before the target


def test_other_column_orders_are_not_cut_so() -> None:
    row = "补贴农户数量≥1500户10"
    assert cut_weight_after(row, (Role.TARGET, Role.ACTUAL, Role.WEIGHT)) is None
    assert cut_weight_after(row, (Role.WEIGHT, Role.TARGET)) is None
    assert cut_weight_after(row, (Role.TARGET,)) is None


_SCORE_FIRST = (Role.WEIGHT, Role.TARGET, Role.ACTUAL, Role.SCORE)


def test_a_score_tables_row_is_cut_by_its_columns_grammar() -> None:
    assert cut_weight_after("农村低保对象人数6大于等于2350人2368人6", _SCORE_FIRST) == [
        "农村低保对象人数",
        "6",
        "大于等于2350人",
        "2368人",
        "6",
    ]
    assert cut_weight_after("资金拨付到位率9100%100%8.5", _SCORE_FIRST) == [
        "资金拨付到位率",
        "9",
        "100%",
        "100%",
        "8.5",
    ]


def test_the_shortest_weight_that_lets_the_row_read_is_taken() -> None:
    # 7 and 90%(含)以上, not 79 and 0%: a target's figure has its digits
    assert cut_weight_after("项目验收合格率790%(含)以上96.5%7", _SCORE_FIRST) == [
        "项目验收合格率",
        "7",
        "90%(含)以上",
        "96.5%",
        "7",
    ]


def test_a_score_tables_row_that_does_not_read_whole_is_left() -> None:
    # the actual in words (已完成) is no figure of the grammar: the row is read as before
    assert cut_weight_after("补助发放时间5每季度末前已完成5", _SCORE_FIRST) is None


_SCORE_FORM = """2024年度村级公益事业建设补助绩效评价评分表
项目名称村级公益事业建设补助
一级指标二级指标指标名称分值年度指标值实际完成值得分
产出产出数量新建村内道路长度8不少于26公里27.3公里8
产出质量工程验收合格率895%(含)以上98%8
效益社会效益受益农户数量10达到3200户3315户10
"""


def test_rows_under_a_score_tables_header_are_read(tmp_path: Path) -> None:
    document = read_form(tmp_path, _SCORE_FORM)
    read = {
        i.name: (i.target.text if i.target else None, i.weight)
        for project in document.projects
        for i in project.indicators
    }
    assert read == {
        "新建村内道路长度": ("不少于26公里", Decimal(8)),
        "工程验收合格率": ("95%(含)以上", Decimal(8)),
        "受益农户数量": ("达到3200户", Decimal(10)),
    }
