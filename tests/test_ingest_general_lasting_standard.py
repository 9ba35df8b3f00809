"""持续 alone as a standard: a 可持续影响 indicator's effect that lasts, said in one word as
长期 is, read as the row's target even where the table comes one cell a line."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.domain.target import TargetKind
from jixiao.ingest.general.kinds import Kind, kind_of

# a target table flattened one cell a line, 一级/二级 cells only where their span starts
_ONE_CELL_A_LINE = "\n".join(
    [
        "项目支出绩效目标表", "项目名称", "农村公路养护项目", "一级指标", "二级指标", "三级指标",
        "指标值", "产出指标", "数量指标", "养护农村公路里程", "≥320公里",
        "效益指标", "社会效益指标", "群众出行条件", "改善",
        "可持续影响指标", "公路通行能力", "持续",
        "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥92%",
    ]
)  # fmt: skip


def test_lasting_alone_is_the_rows_standard(tmp_path: Path) -> None:
    document = read_form(tmp_path, _ONE_CELL_A_LINE)
    read = {i.name: i.target for i in document.projects[0].indicators}
    assert list(read) == ["养护农村公路里程", "群众出行条件", "公路通行能力", "沿线群众满意度"]
    lasting = read["公路通行能力"]
    assert lasting is not None and lasting.kind is TargetKind.QUALITATIVE
    assert lasting.standard == "持续"


def test_lasting_inside_a_name_or_a_label_stays_there() -> None:
    assert kind_of("持续") is Kind.QUALITATIVE
    assert kind_of("持续时间") is Kind.NAME
    assert kind_of("持续监测天数") is Kind.NAME
    assert kind_of("可持续影响指标") is not Kind.QUALITATIVE
