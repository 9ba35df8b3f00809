"""A 监控表 copied from a PDF viewer that lost every space between its cells: each row's
cells glued (name, target, actual, projected value, check boxes ☑是□否), the funding rows'
figures glued (``年度资金总额560.50312.2855.71%``) under a header glued likewise; a name that
opens with an age range (``3-6岁``), a payment's recurring deadline in words (``月底前发放``)
with the actual in other words between it and its copy as the projected value."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.domain.target import TargetKind, parse_target
from jixiao.ingest.cells import read_target_cell
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.stream import split_runon
from jixiao.ingest.pipeline import parse_file

_TEXT = """\
赣州市章贡区教育局
项目支出绩效目标执行监控表
（2023年1-6月）
项目名称学前教育幼儿资助资金
主管部门赣州市章贡区教育局实施单位赣州市章贡区学生资助管理中心
项目资金（万元）年初预算数1-6月执行数执行进度
年度资金总额560.50312.2855.71%
其中：财政拨款560.50312.2855.71%
一级指标二级指标三级指标年度指标值1-6月完成值全年预计完成值是否能完成目标
产出指标数量指标资助家庭经济困难幼儿人数≥2100人1180人2150人☑是□否
产出指标时效指标资助资金发放时间月底前发放按学期发放月底前发放☑是□否
产出指标成本指标3-6岁在园幼儿保教费减免标准≤1500元/人·年1500元/人·年1500元/人·年☑是□否
满意度指标服务对象满意度指标受助幼儿家长满意度≥95%暂未调查96%□是□否
"""


def _read(tmp_path: Path) -> tuple[dict[str, str], dict[str, Decimal | None]]:
    path = tmp_path / "monitoring.txt"
    path.write_text(_TEXT, encoding="utf-8")
    document, _ = parse_file(path)
    targets = {
        indicator.name: (indicator.target.standard or indicator.target.text)
        for _, indicator in document.all_indicators()
        if indicator.target is not None
    }
    execution = document.projects[0].funding_execution[0]
    figures = {
        "initial_budget": execution.initial_budget,
        "executed": execution.executed,
        "execution_rate": execution.execution_rate,
    }
    return targets, figures


def test_every_glued_row_is_cut_into_its_name_and_target(tmp_path: Path) -> None:
    targets, _ = _read(tmp_path)
    assert targets == {
        "资助家庭经济困难幼儿人数": "≥2100人",
        "资助资金发放时间": "月底前发放",
        "3-6岁在园幼儿保教费减免标准": "≤1500元/人·年",
        "受助幼儿家长满意度": "≥95%",
    }


def test_the_funding_rows_glued_figures_are_cut_at_their_two_decimals(tmp_path: Path) -> None:
    _, figures = _read(tmp_path)
    assert figures == {
        "initial_budget": Decimal("560.50"),
        "executed": Decimal("312.28"),
        "execution_rate": Decimal("55.71"),
    }


def test_an_age_range_opens_a_name_and_a_single_age_stays_a_figure() -> None:
    pieces = [text for text, _ in split_runon("产出指标成本指标6-14岁学生营养餐补助标准≤4元/人·天")]
    assert "6-14岁学生营养餐补助标准" in pieces
    pieces = [text for text, _ in split_runon("产出指标数量指标受助老人年龄≥60岁65岁")]
    assert "≥60岁" in pieces


def test_a_cycles_end_with_its_action_is_a_deadline_and_near_words_are_not() -> None:
    for text in ("季度末前拨付", "月底前发放", "每季度末前拨付", "每月10日前发放"):
        assert kind_of(text) is Kind.PERIOD, text
        assert parse_target(text).kind is TargetKind.QUALITATIVE, text
    for text in ("月末", "季末", "季度", "月底前", "月底前完成", "季度末前拨付率"):
        assert kind_of(text) is not Kind.PERIOD, text
    assert read_target_cell("月末").target is None
