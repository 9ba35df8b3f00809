"""Single rows of the ninth set's shapes, each a rule of the genre: a project's heading
(项目二) between two projects' tables is no name's end; a time limit counted from an event
(立案之日起90日内) is a deadline, read as written."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from general_support import read_form
from jixiao.domain.target import TargetKind, parse_target
from jixiao.ingest.general.kinds import Kind, kind_of

_TWO_PROJECTS = """某县财政局关于批复2026年县交通运输局项目支出绩效目标的通知

项目一：
| 项目名称 | 农村公路养护经费 | 项目金额（万元） | 320.00 |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 产出指标 | 数量指标 | 农村公路日常养护里程 | ≥860公里 |
| 满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥88% |

项目二：
| 项目名称 | 客运站安全监管经费 | 项目金额（万元） | 46.00 |
| 二级指标 | 三级指标 | 指标值 |
| 数量指标 | 客运站安全检查次数 | ≥24次 |
| 时效指标 | 隐患整改完成时限 | 下达整改通知之日起30日内 |
"""


def _names(tmp_path: Path) -> dict[str, str | None]:
    document = read_form(tmp_path, _TWO_PROJECTS)
    return {
        i.name: i.target.text if i.target else None
        for project in document.projects
        for i in project.indicators
    }


def test_a_projects_heading_after_a_table_ends_no_name(tmp_path: Path) -> None:
    read = _names(tmp_path)
    assert read["沿线群众满意度"] == "≥88%"
    assert not any(name.startswith("项目二") or name.endswith("项目二") for name in read)


def test_a_time_limit_from_an_event_is_the_rows_target(tmp_path: Path) -> None:
    assert _names(tmp_path)["隐患整改完成时限"] == "下达整改通知之日起30日内"


@pytest.mark.parametrize(
    "text", ["立案之日起90日内", "自受理之日起15个工作日内", "验收合格后20个工作日内"]
)
def test_a_time_limit_from_an_event_is_a_deadline(text: str) -> None:
    assert kind_of(text) is Kind.PERIOD
    target = parse_target(text)
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, text)


@pytest.mark.parametrize("text", ["受理后3日内办结率", "立案数量"])
def test_a_name_about_a_time_limit_is_no_deadline(text: str) -> None:
    assert kind_of(text) is Kind.NAME


_SPACED = """某县市场监督管理局2025年项目支出绩效目标表
项目名称    计量检定专项经费
一级指标    二级指标    三级指标                        指标值
产出指标    数量指标    在用计量器具周期检定数量        ≥350台件
                        检定机构现场核查次数            ≥12次
            质量指标    检定证书出具合格率              100%
"""


def test_instruments_counted_in_pieces_are_a_unit() -> None:
    target = parse_target("≥350台件")
    assert (target.value, target.unit) == (Decimal(350), "台件")
    assert kind_of("≥350台件") is Kind.QUANTITY


def test_a_row_in_pieces_keeps_its_target_and_its_own_name(tmp_path: Path) -> None:
    document = read_form(tmp_path, _SPACED)
    read = {
        i.name: i.target.text if i.target else None for p in document.projects for i in p.indicators
    }
    assert read == {
        "在用计量器具周期检定数量": "≥350台件",
        "检定机构现场核查次数": "≥12次",
        "检定证书出具合格率": "100%",
    }
