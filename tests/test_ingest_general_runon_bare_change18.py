"""A 部门整体支出绩效目标表 run together on one line (a document-sharing page): a change over
last year with no size (``…发生率较上年降低``) glued before the next row's name is that row's
standard, not a part of a name running on into the next; with a size after it
(``较上年减少3%``) or a word that makes it a name's own (``较上年增长幅度``) it stays whole."""

from __future__ import annotations

from pathlib import Path

from general_support import kinds_and_standards, read_form
from jixiao.domain.target import TargetKind
from jixiao.ingest.general.stream import split_runon

_FORM = (
    "某县卫生健康局2024年部门整体支出绩效目标表 部门名称某县卫生健康局"
    "一级指标二级指标三级指标指标值产出指标数量指标家庭医生签约人数≥5200人"
    "健康教育讲座场次≥36场质量指标疫苗接种率≥95%效益指标社会效益指标"
    "孕产妇死亡率较上年降低重大食品安全事故0起满意度指标服务对象满意度指标"
    "群众就医满意度≥88%\n"
)


def _targets(tmp_path: Path) -> dict[str, tuple[TargetKind, str]]:
    return kinds_and_standards(read_form(tmp_path, _FORM))


def test_a_bare_change_before_the_next_name_is_the_rows_standard(tmp_path: Path) -> None:
    read = _targets(tmp_path)
    assert read["孕产妇死亡率"] == (TargetKind.QUALITATIVE, "较上年降低")
    assert "重大食品安全事故" in read
    assert not [name for name in read if "较上年" in name]


def test_a_change_with_its_size_stays_with_the_name() -> None:
    cells = [cell for cell, _ in split_runon("效益指标社会效益指标门诊次均费用较上年减少3%")]
    assert cells[2:] == ["门诊次均费用较上年减少", "3%"]


def test_a_change_a_names_own_word_follows_is_not_cut_off() -> None:
    cells = [cell for cell, _ in split_runon("效益指标经济效益指标农民收入较上年增长幅度≥6%")]
    assert cells[2:] == ["农民收入较上年增长幅度", "≥6%"]
