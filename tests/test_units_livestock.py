"""Livestock and poultry counted together (动物防疫: 强制免疫畜禽85万头只), a parent row whose
target counts heads and birds alike, over numbered rows counting each kind."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from jixiao.domain.target import parse_target
from jixiao.domain.units import canonical_unit


def test_heads_and_birds_counted_together_are_a_unit() -> None:
    assert canonical_unit("头只") == "头只"
    target = parse_target("≥120万头只")
    assert (target.value, target.unit) == (Decimal("120"), "万头只")


def test_head_and_bird_alone_stay_units_of_their_own() -> None:
    assert canonical_unit("头") == "头"
    assert canonical_unit("只") == "只"
    assert canonical_unit("只头") is None


_NUMBERED_PARENT = (
    "2022年度项目支出绩效自评表\n"
    "项目名称 | 重大动物疫病强制免疫经费 | | |\n"
    "主管部门 | 弥勒市农业农村局 | 实施单位 | 弥勒市动物疫病预防控制中心 |\n"
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分\n"
    "产出指标 | 数量指标 | 一、畜禽免疫总数 | ≥120万头只 | 126万头只 | 10\n"
    "1、生猪免疫数量 | ≥45万头 | 47万头 | 4 | |\n"
    "2、家禽免疫数量 | ≥75万羽 | 79万羽 | 4 | |\n"
    "二、疫苗冷链覆盖乡镇数 | =12个 | 12个 | 5 | |\n"
)


def test_a_numbered_parent_counting_heads_and_birds_reads_with_its_children(
    tmp_path: Path,
) -> None:
    document = read_form(tmp_path, _NUMBERED_PARENT)
    targets = {i.name: i.target for _, i in document.all_indicators()}
    parent = targets["畜禽免疫总数"]
    assert parent is not None and (parent.value, parent.unit) == (Decimal("120"), "万头只")
    assert set(targets) == {"畜禽免疫总数", "生猪免疫数量", "家禽免疫数量", "疫苗冷链覆盖乡镇数"}
