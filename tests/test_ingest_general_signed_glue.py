"""Cells an OCR glued together: a name to its target by the target's sign
(``技能培训人次≧2000人次``) in a row whose other cells follow, cut into the name and the
target (a sign inside a name, a row run together whole, and a name with digits of its own
stay); the row's 一级 and 二级 labels written whole before its name (``产出指标数量指标…``),
cut off as the row's labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from general_support import read_form, table_rows
from jixiao.ingest.general.vocabulary import Role

_FORM = """\
某县2023年度项目支出绩效自评表
项目名称  村级光伏电站运维项目
一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分
产出指标  数量指标  运维光伏电站数量═12座  12座  20  20
                    巡检频次  ≥4次/年  4次/年  10  10
                    组件清洗面积≧3000平方米  3150平方米  10  10
          成本指标  单座电站年运维费用≦1.5万元  1.4万元  10  10
满意度指标  服务对象满意度指标  受益村民满意度  ≥90%  96%  10  10
"""


def test_a_name_glued_to_its_signed_target_in_a_full_row_is_cut(tmp_path: Path) -> None:
    document = read_form(tmp_path, _FORM)
    read = {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in document.all_indicators()
    }
    assert read["运维光伏电站数量"] == "=12座"
    assert read["组件清洗面积"] == "≥3000平方米"
    assert read["单座电站年运维费用"] == "≤1.5万元"


@pytest.mark.parametrize(
    "name",
    [
        "满意度≥90%的村数",  # a sign inside the name, no target at its end
        "PM2.5浓度",
        "AQI≤100天数",
    ],
)
def test_a_name_with_a_sign_or_digits_of_its_own_keeps_them(name: str) -> None:
    rows = table_rows(
        "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分\n"
        f"产出指标  数量指标  {name}  ≥8个  9个  10  10\n"
    )
    assert (rows[0][Role.NAME], rows[0][Role.TARGET], rows[0][Role.ACTUAL]) == (name, "≥8个", "9个")


_LABELS_GLUED = """\
中央转移支付区域绩效自评表
（2022年度）
项目名称 农村危房改造补助资金
一级指标 二级指标 三级指标 年度指标值 全年实际完成值 未完成原因和改进措施
产出指标数量指标危房改造户数 ≥320户 326户
抗震改造户数 ≥40户 42户
质量指标竣工验收合格率 =100% 100%
效益指标社会效益指标住房安全保障 有效保障 有效保障
满意度指标服务对象满意度指标改造户满意度 ≥90% 95%
"""


def test_labels_written_whole_and_glued_before_a_name_are_cut_off(tmp_path: Path) -> None:
    document = read_form(tmp_path, _LABELS_GLUED)
    read = {
        indicator.name: (indicator.category, indicator.subcategory)
        for _, indicator in document.all_indicators()
    }
    assert set(read) == {
        "危房改造户数",
        "抗震改造户数",
        "竣工验收合格率",
        "住房安全保障",
        "改造户满意度",
    }
    assert read["危房改造户数"][0] is not None and read["危房改造户数"][1] is not None
    assert read["改造户满意度"][0] is not None


_LAID_OUT = """\
某区2020年度部门整体支出绩效评价得分表
  一级指标      二级指标        三级指标                  分值  指标值      实际完成值  得分
  产出（40分）  职责履行        年度重点工作完成率        40    ≥95%        97%         40
  效果（60分）  社会效益        政务服务事项网办率        30    ≥90%        92%         30
                社会公众满意度  服务对象满意度            30    ≥90%        94%         30
  合计                                                    100                           100
"""


def test_a_name_worded_as_a_label_under_the_name_column_is_the_name(tmp_path: Path) -> None:
    document = read_form(tmp_path, _LAID_OUT)
    read = {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in document.all_indicators()
    }
    assert read["服务对象满意度"] == "≥90%"


def test_a_glued_name_before_another_signed_target_is_the_table_readers_to_weigh() -> None:
    # the target column prints a target of its own: the stream leaves the name's glued
    # target on it (no cell is added to shift the row), the table reader weighs the two
    rows = table_rows(
        "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分\n"
        "产出指标  数量指标  农村公路养护里程≥120公里  ≥150公里  152公里  10  10\n"
    )
    assert (rows[0][Role.TARGET], rows[0][Role.ACTUAL]) == ("≥150公里", "152公里")
