"""A name whose first glyph is also a unit (项 of 项目, 户 of 户籍, 支 of 支持) read after a
figure: the glyph is the name's, not the figure's unit.

Forms that number their rows ``指标1``, ``指标2`` print the number right before the name,
one cell per paragraph; a document-sharing site runs a row's 分值 and 得分 into the next
name with no mark between them."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.general.glued import split_glued_row
from jixiao.ingest.general.glued_words import standards_off_names, unit_glyphs_to_names
from jixiao.ingest.general.stream import split_runon
from jixiao.ingest.general.vocabulary import Role

_NUMBERED = """附件3
项目支出绩效目标表
(2021年度)
项目名称
乡村学校校舍维修改造
主管部门
某县教育体育局
实施单位
某县教育体育局
年度资金总额
120
一级指标
二级指标
三级指标
指标值
备注
产出指标
数量指标
指标1维修校舍面积
≥3200平方米
~
指标2项目学校覆盖数量
≥14所
~
质量指标
指标1户外运动场地验收合格率
100%
~
时效指标
指标1工程完工时间
2021年10月底前
~
效益指标
社会效益
指标
指标1学生就学条件
明显改善
~
满意度
指标
服务对象满意度指标
指标1师生满意度
≥90%
~
""".replace("~", "\u00a0")  # a cell left empty: a no-break space its only glyph


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    return {
        i.name: i.target.text if i.target else None
        for project in document.projects
        for i in project.indicators
    }


def test_a_numbered_name_opening_with_a_unit_glyph_keeps_it(tmp_path: Path) -> None:
    read = _targets(tmp_path, _NUMBERED)
    assert read["项目学校覆盖数量"] == "≥14所"
    assert read["户外运动场地验收合格率"] == "100%"
    assert read["维修校舍面积"] == "≥3200平方米"


def test_the_row_number_is_no_name_and_target() -> None:
    assert split_glued_row("指标2项目学校覆盖数量", [Role.TARGET, Role.REMARK]) is None


def test_a_name_ending_in_its_own_word_still_sheds_its_glued_target() -> None:
    # a name's own last word (…监测指标) with its target glued on is still cut
    cut = split_glued_row("水质监测指标≥12项13项", [Role.TARGET, Role.ACTUAL])
    assert cut == ["水质监测指标", "≥12项", "13项"]


_RUNON = (
    "2023年度项目支出绩效自评表项目名称某县2023年基层医疗机构设备购置补助主管部门某县卫生健康委员会"
    "项目实施单位某县卫生健康委员会预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)"
    "得分(10分*执行率)年度财政资金总额21020899.0%9.9一级指标二级指标三级指标年初目标值(A)"
    "实际完成值(B)分值得分未完成原因产出指标(50分)数量指标购置医疗设备数量≥45台48台1515"
    "项目乡镇卫生院覆盖数≥9个9个1515质量指标设备验收合格率100%100%1010时效指标设备到位时间"
    "2023年9月底前已按时到位1010效益指标(40分)社会效益指标基层诊疗服务能力稳步提升提升2020"
    "可持续影响指标设备运行维护机制逐步健全健全1010满意度指标(10分)服务对象满意度指标"
    "就诊群众满意度≥90%95%1010"
)


def test_a_run_on_score_keeps_the_next_names_unit_glyph(tmp_path: Path) -> None:
    read = _targets(tmp_path, _RUNON)
    assert read["项目乡镇卫生院覆盖数"] == "≥9个"
    assert read["设备验收合格率"] == "100%"


def test_a_degree_standard_met_as_its_verb_leaves_the_name(tmp_path: Path) -> None:
    read = _targets(tmp_path, _RUNON)
    assert read["基层诊疗服务能力"] == "稳步提升"
    assert read["设备运行维护机制"] == "逐步健全"


def test_a_standard_written_twice_whole_is_cut_whole() -> None:
    pieces = [("管护制度基本建立基本建立", True), ("55", True), ("满意度指标", True)]
    cut = standards_off_names(pieces)
    assert [text for text, _ in cut[:3]] == ["管护制度", "基本建立", "基本建立"]


def test_a_unit_glyph_opening_a_word_of_its_own_stays_the_units() -> None:
    # 持证 opens names of its own: 5000支 keeps its 支
    pieces = split_runon("发放疫苗≥5000支5000支持证上岗率≥90%92%1010质量指标", 0)
    texts = [text for text, _ in unit_glyphs_to_names(pieces)]
    assert "5000支" in texts
    assert "持证上岗率" in texts
