"""An evaluation report's table run together into its paragraph: a standard in words the
vocabulary lacks glued after the name by ``=`` (``带动沿线特色产业=有力带动`` before
``未完成``) is the row's standard, the sign folded; a formula after ``=``
(``资金拨付率=资金拨付数/下达数``) is no standard."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_REPORT = (
    "澜沧县交通运输局2023年农村公路建设补助资金项目绩效评价报告\n"
    "一、项目基本情况2023年农村公路建设补助资金项目下达澜沧县交通运输局资金980.00万元,二、绩效"
    "评价结论(一)综合评分情况综合评分86.00分,评价等级为“良”,(二)绩效目标实现情况根据评价情况,"
    "具体完成情况详见下表:一级指标二级指标三级指标指标性质指标值实际完成值产出指标数量指标改造"
    "农村公路里程>=45公里已完成质量指标工程验收合格率=100.00%已完成时效指标资金拨付率=资金拨付数/"
    "下达数已完成效益指标社会效益指标群众出行条件=明显改善已完成经济效益指标带动沿线特色产业=有力"
    "带动未完成满意度指标服务对象满意度指标沿线群众满意度>=90.00%已完成(三)存在问题部分路段养护"
    "不到位。\n"
)


def _targets(tmp_path: Path) -> dict[str, str | None]:
    document = read_form(tmp_path, _REPORT)
    return {
        indicator.name: indicator.target.standard if indicator.target else None
        for _, indicator in document.all_indicators()
    }


def test_words_glued_after_an_equals_sign_are_the_rows_standard(tmp_path: Path) -> None:
    targets = _targets(tmp_path)
    assert targets["带动沿线特色产业"] == "有力带动"
    assert targets["群众出行条件"] == "明显改善"


def test_a_formula_after_an_equals_sign_is_no_standard(tmp_path: Path) -> None:
    targets = _targets(tmp_path)
    assert "资金拨付率" not in targets
    assert not [name for name, standard in targets.items() if standard == "资金拨付数/下达数"]
