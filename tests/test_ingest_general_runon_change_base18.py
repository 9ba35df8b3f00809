"""A self-evaluation form run together on one line: a standard written with its change's
base (``较上年提高``) and the actual with its verb alone (``提高``), glued after the name
(``品牌影响力较上年提高提高``): the base is the standard's, not the name's end."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_FORM = (
    "1/1 2021年农产品区域公用品牌建设项目绩效目标自评表填报日期:2022年2月总分:95分项目名称"
    "某县农产品品牌建设项目主管部门某县农业农村局项目实施单位某县农业技术推广中心"
    "一级指标二级指标三级指标年初目标值(A)实际完成值(B)分值得分产出指标(50分)数量指标"
    "认证绿色食品数量≥6个7个2020质量指标农产品抽检合格率≥98%99%1515时效指标"
    "品牌推介活动完成时间2021年10月底前按期完成1515效益指标(40分)社会效益指标"
    "区域品牌影响力较上年提高提高2020可持续影响指标农户种植收入水平提高提高2020"
    "服务对象满意度指标(10分)合作社满意度≥90%93%1010\n"
)


def _standards(tmp_path: Path) -> dict[str, str | None]:
    return {
        indicator.name: (indicator.target_in_force.standard if indicator.target_in_force else None)
        for _, indicator in read_form(tmp_path, _FORM).all_indicators()
    }


def test_a_change_base_before_a_doubled_standard_is_the_standards(tmp_path: Path) -> None:
    assert _standards(tmp_path)["区域品牌影响力"] == "较上年提高"


def test_a_doubled_standard_with_no_base_keeps_its_name(tmp_path: Path) -> None:
    assert _standards(tmp_path)["农户种植收入水平"] == "提高"
