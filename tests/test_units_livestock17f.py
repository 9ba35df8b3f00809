"""Livestock and poultry counted together as heads or birds (头(羽), 头羽), per time dealt
with (强制免疫 60万头(羽)次) (session 17)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from jixiao.domain.target import parse_target
from jixiao.domain.units import canonical_unit


def test_heads_or_birds_counted_per_time_are_a_unit() -> None:
    assert canonical_unit("万头(羽)次") == "万头羽次"
    target = parse_target("≥60万头(羽)次")
    assert (target.value, target.unit) == (Decimal("60"), "万头羽次")


def test_birds_before_heads_are_no_such_unit() -> None:
    assert canonical_unit("羽头") is None
    assert canonical_unit("羽") == "羽"


def test_a_row_counting_heads_or_birds_reads_its_target(tmp_path: Path) -> None:
    form = (
        "2024年度项目支出绩效自评表\n"
        "项目名称 | 动物疫病防控经费 | | |\n"
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分\n"
        "产出指标 | 数量指标 | 一、畜禽免疫数量 | ≧60万头(羽)次 | 63.5万头(羽)次 | 10\n"
        "产出指标 | 质量指标 | 免疫抗体合格率 | ≧70% | 78% | 10\n"
    )
    targets = {i.name: i.target for _, i in read_form(tmp_path, form).all_indicators()}
    counted = targets["畜禽免疫数量"]
    assert counted is not None and (counted.value, counted.unit) == (Decimal("60"), "万头羽次")
