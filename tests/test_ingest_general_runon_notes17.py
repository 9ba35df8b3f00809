"""A self-evaluation form run together on one line (a document-sharing site's text): the
row above's deviation reason printed in brackets after its score opens the next name's
cell and goes back to that row; a short 二级 label (质量, 时效) glued before the name that
opens its rows is the 二级, not the name's words. A name opening with its own 二级's words
(``质量追溯覆盖率`` under 质量) stays whole."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.domain.framework import Subcategory

_FORM = (
    "1/1 2022年耕地质量提升项目绩效目标自评表填报日期:2023年2月20日总分:96.5分项目名称张掖市"
    "耕地质量提升项目主管部门甘肃省农业农村厅项目实施单位张掖市农业技术推广站项目类别、部门预算"
    "项目☑、省直专项□项目属性、持续性项目☑、新增性项目□预算执行情况(万元)(10分)预算数(A)执行数"
    "(B)执行率(B/A)得分(10分*执行率)年度财政资金总额860万元842.5万元97.97%9.8分一级指标二级指标"
    "三级指标年初目标值(A)实际完成值(B)得分(90分)产出指标(50分)数量测土配方施肥推广面积≥50万亩"
    "51.2万亩10分土壤样品采集数量≥3000个2860个8分(受持续干旱影响部分样品推迟采集)质量土壤样品检测"
    "合格率≥95%97%5分质量追溯覆盖率≥80%85%5分时效检测报告出具及时率100%100%10分成本指标每亩补助"
    "标准20元/亩20元/亩10分效益指标(30分)社会效益指标农户科学施肥知晓率≥90%92%15分可持续影响指标"
    "耕地地力等级持续提升持续提升15分服务对象满意度指标(10分)项目区农户满意度≥90%94%10分\n"
)


def _indicators(tmp_path: Path) -> dict[str, tuple[Subcategory | None, str | None]]:
    document = read_form(tmp_path, _FORM)
    return {
        indicator.name: (
            indicator.subcategory,
            indicator.result.deviation_explanation if indicator.result else None,
        )
        for _, indicator in document.all_indicators()
    }


def test_a_bracketed_reason_after_a_score_goes_back_to_its_row(tmp_path: Path) -> None:
    read = _indicators(tmp_path)
    assert read["土壤样品采集数量"] == (Subcategory.QUANTITY, "受持续干旱影响部分样品推迟采集")
    assert not [name for name in read if name.startswith("(")]


def test_a_short_second_level_label_glued_before_a_name_opens_its_rows(tmp_path: Path) -> None:
    read = _indicators(tmp_path)
    assert read["土壤样品检测合格率"][0] is Subcategory.QUALITY
    assert read["检测报告出具及时率"][0] is Subcategory.TIMELINESS


def test_a_name_opening_with_its_own_second_levels_words_stays(tmp_path: Path) -> None:
    read = _indicators(tmp_path)
    assert read["质量追溯覆盖率"][0] is Subcategory.QUALITY
