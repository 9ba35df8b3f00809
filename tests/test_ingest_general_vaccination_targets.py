"""Targets of the vaccination rounds: deadlines listed with the last one's ``底前`` shared
(``4月、10月底前``: the spring and the autumn round) read as the standard written, and doses
counted per bird (``万羽份``) as per head (``万头份``); a count with its alternative inside
the unit (``万头(只)次``: heads or birds, each time) as ``万头只次``. Bare months
(``4月、10月``) are no deadlines."""

from __future__ import annotations

from pathlib import Path

import pytest

from general_support import read_form
from jixiao.domain.target import TargetKind
from jixiao.domain.target.grammar import parse_target
from jixiao.domain.target.model import TargetSyntaxError
from jixiao.domain.units import canonical_unit


@pytest.mark.parametrize("text", ["4月、10月底前", "3月、9月底前", "5月、11月底前"])
def test_months_sharing_the_last_deadlines_tail_are_deadlines(text: str) -> None:
    target = parse_target(text)
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, text)


@pytest.mark.parametrize("text", ["4月、10月", "4、10月底前"])
def test_bare_months_or_numbers_are_no_deadlines(text: str) -> None:
    with pytest.raises(TargetSyntaxError):
        parse_target(text)


_FORM = """\
2024年度项目支出绩效自评表
项目名称 | 某县2024年家禽强制免疫补助 | ||||
一级指标 | 二级指标 | 三级指标 | 年初目标值 | 实际完成值 | 得分
产出指标 | 数量指标 | 新城疫疫苗采购量 | ≧40万羽份 | 42万羽份 | 10.0
时效指标 | 免疫完成时限 | 4月、10月底前 | 按期完成 | 10.0 |
"""


def test_a_dose_per_bird_and_shared_deadlines_are_read_in_a_form(tmp_path: Path) -> None:
    read = {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in read_form(tmp_path, _FORM).all_indicators()
    }
    assert read == {"新城疫疫苗采购量": "≥40万羽份", "免疫完成时限": "4月、10月底前"}


@pytest.mark.parametrize(
    ("text", "unit"), [("≥150万头(只)次", "万头只次"), ("3200头(只)次", "头只次")]
)
def test_a_count_with_its_alternative_inside_the_unit_is_read(text: str, unit: str) -> None:
    target = parse_target(text)
    assert (target.kind, target.unit) == (TargetKind.QUANTITATIVE, unit)


def test_an_alternative_at_the_units_end_is_left_to_the_reader() -> None:
    assert canonical_unit("台(套)") is None  # the reader takes the first unit, 台
    assert canonical_unit("户(人)次") is None  # 户人次 is no unit


_ROUNDS = """\
2023年度中央对地方转移支付绩效自评表
转移支付(项目)名称 | 动物防疫补助经费 | ||||
一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因
产出指标 | 数量指标 | 牲畜布病免疫数量 | ≥35万头(只)次 | 36.2万头(只)次 |
乡镇防疫员补助人数 | 42人 | 42人 |
"""


def test_the_row_after_a_count_with_an_inner_alternative_keeps_its_own_target(
    tmp_path: Path,
) -> None:
    read = {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in read_form(tmp_path, _ROUNDS).all_indicators()
    }
    assert read == {"牲畜布病免疫数量": "≥35万头只次", "乡镇防疫员补助人数": "42人"}
