"""A self-evaluation form OCR'd and run together (a sharing site's text): the sign ``≥`` read
as ``工``, standing between a row's 分值 and its target (``10工500元``) or between a rate's or
a count's name and its figure (``到位率工95%``). It is read as ``≥`` and reported UNCERTAIN;
a 工 word (工程, 工作日, 工日, 施工1标段) is left as it is."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form_reported
from jixiao.ingest.general.ocr_signs import GONG_GE_NOTE, gong_as_ge, has_gong_ge
from jixiao.ingest.report import ImportReport, ItemKind

_FORM = (
    "文本内容:\n"
    "玉米种植补助项目绩效目标自评表(2023年度)项目总得分95分项目名称玉米种植补助项目"
    "项目实施单位/项目负责人某县农业技术推广站/[已隐去]主管部门某县农业农村局"
    "资金情况(万元)年度资金总额全年预算数(A)300全年执行数(B)执行率(B/A)"
    "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施"
    "产出指标(40分)数量指标指标1补助种植面积205000亩5100亩20质量指标指标1补助资金到位率"
    "20工95%98%20效益指标(40分)经济效益指标指标1种植户亩均增收20工500元560元20"
    "社会效益指标指标1带动种植户数20工300户312户20满意度指标(20分)服务对象满意度指标1"
    "种植户满意度20工90%93%20\n"
)


def _read(tmp_path: Path, text: str) -> tuple[dict[str, str], ImportReport]:
    document, report = read_form_reported(tmp_path, text)
    targets = {
        indicator.name: indicator.target.text if indicator.target else ""
        for _, indicator in document.all_indicators()
    }
    return targets, report


def test_a_gong_between_the_weight_and_the_target_reads_as_at_least(tmp_path: Path) -> None:
    targets, report = _read(tmp_path, _FORM)
    assert targets["种植户亩均增收"] == "≥500元"
    assert targets["带动种植户数"] == "≥300户"
    assert targets["补助资金到位率"] == "≥95%"
    assert targets["补助种植面积"] == "5000亩"
    assert [item.reason for item in report.of_kind(ItemKind.UNCERTAIN)] == [GONG_GE_NOTE]


def test_a_gong_after_a_rate_or_a_count_name_reads_as_at_least() -> None:
    assert gong_as_ge("农村自来水普及率工98%98.2%") == "农村自来水普及率≥98%98.2%"
    assert gong_as_ge("受益人口工3.2万人3.2万人") == "受益人口≥3.2万人3.2万人"
    assert gong_as_ge("设计使用年限工20年") == "设计使用年限≥20年"


def test_gong_words_are_left_as_they_are() -> None:
    for text in (
        "工程验收合格率100%",
        "办结时限10工作日",
        "投入10工日",
        "施工1标段完工",
        "带动农民务工1000人",
        "吸纳员工50人",
    ):
        assert not has_gong_ge(text)
        assert gong_as_ge(text) == text


def test_a_form_with_gong_words_only_reports_nothing_uncertain(tmp_path: Path) -> None:
    form = _FORM.replace("工", "≥").replace("指标1补助种植面积", "指标1工程建设面积")
    targets, report = _read(tmp_path, form)
    assert targets["工程建设面积"] == "5000亩"
    assert targets["种植户亩均增收"] == "≥500元"
    assert not report.of_kind(ItemKind.UNCERTAIN)
