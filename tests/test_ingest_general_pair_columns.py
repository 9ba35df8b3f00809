"""Two columns printed in one: a header cell naming two roles (``指标值/实际完成值``,
``分值/得分``, ``年度指标值（实际完成值）``) over cells holding both values one slash apart;
a slash under a header of one role (a unit, a ratio, a date) is no pair."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.domain.model import Indicator
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.pair_cells import split_pair

_PAIRED = """项目支出绩效自评表
项目名称：城区公厕改造提升
| 一级指标 | 二级指标 | 三级指标 | 年度指标值／实际完成值 | 分值 / 得分 | 偏差原因 |
| --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 改造公厕数量 | ≥42座 ／ 40座 | 20 / 18.5 | 两座选址调整 |
| | 成本指标 | 每座改造补助 | ≤8万元/座/7.6万元/座 | 10/10 | |
| | 时效指标 | 改造完成时间 | 2024/10/31/2024/10/20 | 10/10 | |
| 效益指标 | 社会效益指标 | 如厕环境 | 明显改善/明显改善 | 20/20 | |
| 满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90%/93.5% | 10/10 | |
"""

_BRACKETED = """项目支出绩效自评表
项目名称：农村饮水安全巩固
一级指标\t二级指标\t三级指标\t年度指标值（实际完成值）\t分值\t得分
产出指标\t数量指标\t新建供水站\t≥6处/6处\t30\t30
效益指标\t可持续影响指标\t供水保障率\t≥98%/99.1%\t30\t30
"""

_ONE_ROLE = """项目支出绩效目标表
项目名称：老年助餐服务
| 一级指标 | 二级指标 | 三级指标 | 指标值 | 分值 |
| --- | --- | --- | --- | --- |
| 产出指标 | 成本指标 | 每餐补助标准 | ≤6元/人 | 20 |
| | 质量指标 | 助餐点覆盖行政村比例 | ≥1/3 | 20 |
| | 时效指标 | 助餐点建成时间 | 2025/12/31 | 20 |
"""


def _read(tmp_path: Path, text: str) -> dict[str, Indicator]:
    document = read_form(tmp_path, text)
    return {i.name: i for p in document.projects for i in p.indicators}


def test_a_pair_column_is_read_as_its_target_and_its_actual(tmp_path: Path) -> None:
    read = _read(tmp_path, _PAIRED)
    count = read["改造公厕数量"]
    assert count.target is not None and count.target.value == Decimal("42")
    assert count.result is not None and count.result.actual == Decimal("40")
    assert count.weight == Decimal("20")
    assert count.result.score == Decimal("18.5")
    satisfaction = read["市民满意度"]
    assert satisfaction.result is not None and satisfaction.result.actual == Decimal("93.5")
    assert read["如厕环境"].result is not None
    assert read["如厕环境"].result.actual_text == "明显改善"


def test_a_pair_whose_values_hold_slashes_is_cut_in_the_middle() -> None:
    assert split_pair("≤8万元/座/7.6万元/座") == ("≤8万元/座", "7.6万元/座")
    assert split_pair("2024/10/31/2024/10/20") == ("2024/10/31", "2024/10/20")
    assert split_pair("≥300元/人/320") == ("≥300元/人", "320")
    assert split_pair("达标 ／ 达标") == ("达标", "达标")


def test_a_pair_column_named_with_brackets_is_cut_too(tmp_path: Path) -> None:
    read = _read(tmp_path, _BRACKETED)
    stations = read["新建供水站"]
    assert stations.target is not None and stations.target.value == Decimal("6")
    assert stations.result is not None and stations.result.actual == Decimal("6")
    rate = read["供水保障率"]
    assert rate.result is not None and rate.result.actual == Decimal("99.1")


def test_a_slash_under_a_header_of_one_role_is_no_pair(tmp_path: Path) -> None:
    read = _read(tmp_path, _ONE_ROLE)
    assert read["每餐补助标准"].target is not None
    assert read["每餐补助标准"].target.unit == "元/人"
    assert read["助餐点覆盖行政村比例"].result is None
    deadline = read["助餐点建成时间"]
    assert deadline.target is not None and deadline.result is None
    source, _ = normalise_source(text_source(_ONE_ROLE))
    cells = {cell for line in source.lines for cell in line.cells}
    assert {"≤6元/人", "≥1/3", "2025/12/31"} <= cells
