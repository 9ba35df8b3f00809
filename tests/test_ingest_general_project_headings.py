"""A 部门预算公开说明 whose 项目绩效目标情况 gives each project a heading of the text's own
numbering (``(一)某某经费``), its money on the line below (``项目资金:…万元,其中:…拨款…``)
and its targets in prose: the first heading names the project, that line its money."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form

_TEXT = """某县林业局2022年部门预算公开说明
二、收支预算情况
2022年部门收入预算总计2310.50万元,其中一般公共预算拨款2200.50万元,其他收入110.00万元。
七、项目支出绩效目标情况
本部门2022年纳入绩效目标管理的项目2个,涉及资金940.00万元。
(一)森林防火专项经费
项目资金:620.00万元,其中:一般公共预算拨款580.00万元,其他资金40.00万元。
绩效目标:做好森林防火巡护和扑救准备,全年不发生重大森林火灾。
1.产出指标:(1)数量指标:聘用护林员数量≥150人;维护防火道路≥60公里。(2)时效指标:防火物资采购完成时间2022年3月底前。
2.效益指标:(1)社会效益指标:森林火灾受害率≤0.9‰。
3.满意度指标:林区群众满意度≥90%。
(二)林业有害生物防治经费
项目资金:320.00万元,其中:一般公共预算拨款320.00万元。
"""


def test_the_first_project_heading_with_its_money_below_names_the_project(
    tmp_path: Path,
) -> None:
    document = read_form(tmp_path, _TEXT)
    assert [project.name for project in document.projects] == ["森林防火专项经费"]
    project = document.projects[0]
    assert (project.budget, project.fiscal_funds) == (Decimal("620.00"), Decimal("580.00"))
    names = [indicator.name for indicator in project.indicators]
    assert names[:2] == ["聘用护林员数量", "维护防火道路"]
    assert "林区群众满意度" in names


def test_a_numbered_heading_with_no_money_below_it_names_no_project(tmp_path: Path) -> None:
    # near miss: a section heading of the same numbering over prose, no project's money
    text = _TEXT.replace(
        "项目资金:620.00万元,其中:一般公共预算拨款580.00万元,其他资金40.00万元。\n", ""
    )
    text = text.split("(二)")[0]
    document = read_form(tmp_path, text)
    assert not [project.name for project in document.projects if project.name]
