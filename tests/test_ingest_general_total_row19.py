"""A pipe self-evaluation form cut right after its 合计 label (session 19): the sums' row on
a line of its own under the last indicator is no wrapped end of that indicator's name."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.domain.model import Indicator

_FORM = """\
2022年度项目支出绩效自评表
项目名称 | 某县2022年村级公益设施维护项目 | | | |
一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |
产出指标 | 数量指标 | 维护村级文化广场数 | ≥30个 | 32个 | 20.0 |
质量指标 | 维护工程验收合格率 | ≥95% | 97% | 20.0 | |
满意度指标 | 服务对象满意度 | 村民满意度 | ≥90% | 93% | 10.0 |
{last} | |
"""


def _read(tmp_path: Path, last: str) -> dict[str, Indicator]:
    document = read_form(tmp_path, _FORM.format(last=last))
    return {indicator.name: indicator for _, indicator in document.all_indicators()}


def test_a_total_row_under_the_last_indicator_is_no_end_of_its_name(tmp_path: Path) -> None:
    read = _read(tmp_path, "合计")
    assert "村民满意度" in read
    assert not any("合计" in name for name in read)


def test_a_short_word_under_the_last_name_still_ends_it(tmp_path: Path) -> None:
    # the name's wrapped end alone on the next line: joined, as before
    read = _read(tmp_path, "指数")
    assert "村民满意度指数" in read
