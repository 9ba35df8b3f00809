"""A self-evaluation run together with no spaces whose 年度财政资金总额 figures are glued
(``240.0230.8896.20%``): the grammar's first cut (240.02 | 30.88) breaks the rate the row
states, so the cut that keeps it (240.0 | 230.88, 96.20 %) is taken."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.ingest.pipeline import parse_file

_HEAD = (
    "2023年度项目支出绩效自评表填报日期:2024年3月1日总分:95.1分项目名称某镇污水管网维护"
    "主管部门某县住房和城乡建设局项目实施单位某县市政设施管护中心"
    "预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)"
)
_ROWS = (
    "一级指标二级指标三级指标年初目标值(A)实际完成值(B)分值得分产出指标(50分)数量指标"
    "维护污水管网长度≥18公里18.5公里1010满意度指标(10分)服务对象满意度指标"
    "沿线居民满意度≥90%92%1010\n"
)


def _execution(tmp_path: Path, figures: str) -> tuple[Decimal | None, Decimal | None]:
    path = tmp_path / "form.txt"
    path.write_text(f"1/1 {_HEAD}年度财政资金总额{figures}{_ROWS}", encoding="utf-8")
    document, _ = parse_file(path)
    execution = document.projects[0].funding_execution[0]
    return execution.full_year_budget or execution.initial_budget, execution.executed


def test_glued_figures_are_cut_where_the_stated_rate_holds(tmp_path: Path) -> None:
    assert _execution(tmp_path, "240.0230.8896.20%9.62") == (Decimal("240.0"), Decimal("230.88"))


def test_glued_figures_that_keep_the_rate_as_first_cut_are_left_so(tmp_path: Path) -> None:
    assert _execution(tmp_path, "240.00230.8896.20%9.62") == (
        Decimal("240.00"),
        Decimal("230.88"),
    )
