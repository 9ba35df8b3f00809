"""Dates and deadlines as targets (session 19): a month's end alone (``12月底``), two
deadlines in one cell (``5月底、10月底前``), and the near-misses that stay counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from general_support import read_form
from jixiao.domain.model import PerformanceDocument
from jixiao.domain.target import TargetKind, TargetSyntaxError, parse_target
from jixiao.domain.target.grammar import parse_target_parts
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.stream import _weight_before_year


def _targets(document: PerformanceDocument) -> dict[str, tuple[str, str] | None]:
    """Each indicator's target in force: its kind and its text."""
    return {
        indicator.name: (target.kind.value, target.text)
        if (target := indicator.target_in_force) is not None
        else None
        for _, indicator in document.all_indicators()
    }


_MONTH_ENDS = (
    "2022年重大动物疫病防控项目绩效目标表\n"
    "一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
    "产出指标 | 数量指标 | 免疫畜禽数量 | ≥80万头只 |\n"
    "时效指标 | 集中免疫完成时间 | 4月底、9月底前 |\n"
    "工程竣工时间 | 11月底 |\n"
    "项目建设周期 | 12月 |\n"
    "效益指标 | 社会效益指标 | 疫情发生次数 | 0次 |\n"
)


def test_a_months_end_alone_is_a_date(tmp_path: Path) -> None:
    read = _targets(read_form(tmp_path, _MONTH_ENDS))
    assert read["工程竣工时间"] == ("period", "11月底")
    target = parse_target("6月末")
    assert (target.kind, target.end) == (TargetKind.PERIOD, "--06")


def test_two_deadlines_in_one_cell_are_the_target_as_written(tmp_path: Path) -> None:
    read = _targets(read_form(tmp_path, _MONTH_ENDS))
    assert read["集中免疫完成时间"] == ("qualitative", "4月底、9月底前")


def test_a_month_with_no_end_stays_a_count_of_months(tmp_path: Path) -> None:
    read = _targets(read_form(tmp_path, _MONTH_ENDS))
    assert read["项目建设周期"] == ("quantitative", "12月")
    target = parse_target("12个月")
    assert (target.kind, target.unit) == (TargetKind.QUANTITATIVE, "个月")


_SPLIT_COLUMNS = (
    "2023年水库除险加固项目绩效自评表\n"
    "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |\n"
    "产出指标 | 数量指标 | 加固水库数量 | = | 4 | 座 | 4 | 10 | 10 |\n"
    "时效指标 | 工程完工时间 | ≤ | 2023年11月 | | 2023年10月 | 10 | 10 |\n"
    "防汛物资到位时间 | ≤ | 4.30 | 月.日 | 4.28 | 10 | 10 |\n"
    "成本指标 | 单座水库维修成本 | ≤ | 5.31 | 万元 | 5.2 | 10 | 10 |\n"
    "效益指标 | 社会效益指标 | 水库蓄水能力提升 | ≥ | 3.5 | | 3.6 | 10 | 10 |\n"
)


def test_a_ceiling_on_a_date_in_its_own_column_is_a_deadline(tmp_path: Path) -> None:
    document = read_form(tmp_path, _SPLIT_COLUMNS)
    target = next(i for _, i in document.all_indicators() if i.name == "工程完工时间")
    assert target.target_in_force is not None
    assert (target.target_in_force.kind, target.target_in_force.end) == (
        TargetKind.PERIOD,
        "2023-11",
    )


def test_a_month_day_figure_keeps_its_unit_as_printed(tmp_path: Path) -> None:
    read = _targets(read_form(tmp_path, _SPLIT_COLUMNS))
    assert read["防汛物资到位时间"] == ("quantitative", "≤4.30月.日")


def test_a_dotted_figure_with_another_unit_or_none_is_a_quantity(tmp_path: Path) -> None:
    document = read_form(tmp_path, _SPLIT_COLUMNS)
    targets = {i.name: i.target_in_force for _, i in document.all_indicators()}
    cost, capacity = targets["单座水库维修成本"], targets["水库蓄水能力提升"]
    assert cost is not None and capacity is not None
    assert (str(cost.value), cost.unit) == ("5.31", "万元")
    assert (str(capacity.value), capacity.unit) == ("3.5", None)


def test_a_floor_on_a_date_is_no_deadline() -> None:
    assert parse_target("≤2023年11月").kind is TargetKind.PERIOD
    with pytest.raises(TargetSyntaxError):
        parse_target_parts("≥", "2023年11月", None)


_RUNON = (
    "文本内容:\n"
    "动物防疫补助项目绩效目标自评表(2022年度)项目名称动物防疫补助项目实施单位某县动物疫病预防控制中心"
    "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施"
    "产出指标(40分)数量指标指标1免疫牲畜数量10≥50万头只52万头只10"
    "时效指标指标1春秋集中免疫完成时间104月、10月底前按时完成10"
    "指标2补助资金兑付时间812月20日前12月15日8"
    "指标3疫苗入库完成时间1012月底前完成11月28日10"
    "成本指标指标1疫苗采购成本10不超过预算是10\n"
)


def _runon_targets(tmp_path: Path) -> dict[str, tuple[str, str] | None]:
    return _targets(read_form(tmp_path, _RUNON))


def test_a_weight_glued_before_a_month_is_cut_off_the_deadline(tmp_path: Path) -> None:
    read = _runon_targets(tmp_path)
    assert read["补助资金兑付时间"] == ("period", "12月20日前")
    assert read["疫苗入库完成时间"] == ("period", "12月底前完成")


def test_listed_dates_cut_at_their_mark_are_one_target(tmp_path: Path) -> None:
    read = _runon_targets(tmp_path)
    assert read["春秋集中免疫完成时间"] == ("qualitative", "4月、10月底前")


def test_a_month_as_it_stands_or_no_deadline_after_keeps_its_figure() -> None:
    assert _weight_before_year("12月", "底前") is None  # 12月底前: no 分值 in it
    assert _weight_before_year("812月", "份") is None  # no deadline after: a count stays
    assert _weight_before_year("812月", "20日前") == "8"
    assert kind_of("24个月") is Kind.QUANTITY
