"""A self-evaluation report with its indicator table in its prose: a row whose target is a
level relative to a reference's (``不低于上年水平的90%``) is read, not lost, and a 合计 row
that totals the indicators alone (分值 90) leaves the whole score to the prose that states it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from general_support import read_form
from jixiao.domain.target import TargetKind, parse_target
from jixiao.ingest.general.kinds import Kind, kind_of

_REPORT = """\
某市2024年度人力资源和社会保障局部门整体支出绩效自评报告
一、部门基本情况
本局内设科室9个,下属事业单位3个。
二、绩效目标完成情况
全年各项指标基本完成,部门整体支出绩效自评得分{prose}分,自评等级为"优"。具体见下表:
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因
产出指标\t数量指标\t城镇新增就业人数\t≥1.2万人\t1.26万人\t10\t10
\t\t职业技能培训人次\t≥8000人次\t8350人次\t10\t10
\t质量指标\t失业保险金按时发放率\t100%\t100%\t10\t10
\t成本指标\t失业保险金月发放标准\t不低于当地最低工资标准的90%\t90%\t10\t10
效益指标\t社会效益指标\t城镇调查失业率\t≤5.5%\t5.1%\t20\t20
\t可持续影响指标\t公共就业服务体系\t持续完善\t持续完善\t15\t12.5
满意度指标\t服务对象满意度指标\t求职者满意度\t≥90%\t92%\t15\t15
合计\t\t\t\t\t90\t{table}
注:预算执行率分值10分,得分{rest}分。
三、存在的问题
部分县区就业信息更新不及时。
"""


def _read(tmp_path: Path, prose: str, table: str) -> tuple[dict[str, str], Decimal | None]:
    document = read_form(tmp_path, _REPORT.format(prose=prose, table=table, rest="10"))
    targets = {
        item.name: item.target.text
        for _, item in document.all_indicators()
        if item.target is not None
    }
    evaluation = document.department_evaluation
    return targets, evaluation.total_score if evaluation is not None else None


def test_a_report_reads_its_relative_row_and_its_whole_score(tmp_path: Path) -> None:
    targets, score = _read(tmp_path, "96.5", "86.5")
    assert targets["失业保险金月发放标准"] == "不低于当地最低工资标准的90%"
    assert len(targets) == 7
    assert score == Decimal("96.5")


@pytest.mark.parametrize(
    ("prose", "table", "want"),
    [
        ("86.5", "86.5", "86.5"),  # the prose states the table's total
        ("99.5", "86.5", "86.5"),  # more than the points left out could add: no whole score
    ],
)
def test_a_total_the_prose_cannot_complete_stays_the_tables(
    tmp_path: Path, prose: str, table: str, want: str
) -> None:
    assert _read(tmp_path, prose, table)[1] == Decimal(want)


@pytest.mark.parametrize(
    "text", ["不低于当地最低工资标准的90%", "高于全省平均水平10%", "不低于上年同期1.2倍"]
)
def test_a_level_relative_to_a_references_is_a_standard(text: str) -> None:
    assert kind_of(text) is Kind.QUALITATIVE
    target = parse_target(text)
    assert target.kind is TargetKind.QUALITATIVE and target.standard == text


@pytest.mark.parametrize("text", ["不低于90%", "≥1.2倍", "不低于上年"])
def test_a_bound_without_a_reference_and_a_figure_reads_as_before(text: str) -> None:
    assert parse_target(text).kind is not TargetKind.QUALITATIVE or text == "不低于上年"
    assert text == "不低于上年" or kind_of(text) is Kind.QUANTITY
