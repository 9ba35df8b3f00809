"""A name broken inside its pipe cell (a web table copied as pipe rows): its second line a
row of its own under the head, nothing else in it. A few words end the name above; more
words end it only where the head is cut inside a word (it does not end as a name does)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_HEAD = """\
某县教育局2023年项目支出绩效运行监控情况
| 项目支出绩效目标执行监控表(2023年1-9月) ||||||||
| 项目名称 | 农村义务教育学生营养改善计划 |||||||
|一级指标|二级指标|三级指标|年度指标值|1-9月执行情况|全年预计值|是否能完成目标|偏差原因|
| 产出指标 | 数量指标 | 享受营养膳食补助的 | ≥3.2万人 | 3.1万人 | 3.2万人 | R是 £否 | |
| | | 在校学生人数 | | | | | |
| | 成本指标 | 学生营养改善计划每生每日 | ≤5元 | 5元 | 5元 | R是 £否 | |
"""


def _table(second: str) -> str:
    return (
        _HEAD
        + second
        + "| 满意度指标 | 服务对象满意度指标 | 受助学生家长满意度 | ≥90% | 92% | 92% "
        + "| R是 £否 | |\n"
    )


def _names(text: str) -> dict[str, str | None]:
    return {row[Role.NAME]: row.get(Role.TARGET) for row in table_rows(text)}


def test_a_long_tail_under_a_name_cut_inside_a_word_ends_it() -> None:
    names = _names(_table("| | | 膳食补助省级统筹标准 | | | | | |\n"))
    assert names["学生营养改善计划每生每日膳食补助省级统筹标准"] == "≤5元"
    assert names["享受营养膳食补助的在校学生人数"] == "≥3.2万人"
    assert "膳食补助省级统筹标准" not in names


def test_a_whole_name_with_no_target_under_a_whole_name_is_no_names_end() -> None:
    text = _table("| | | 学校食堂食品安全抽检次数 | | | | | |\n").replace(
        "学生营养改善计划每生每日", "学生营养改善计划生均成本"
    )
    names = _names(text)
    assert names["学生营养改善计划生均成本"] == "≤5元"
    assert not any(
        name.endswith("学校食堂食品安全抽检次数")
        for name in names
        if name != "学校食堂食品安全抽检次数"
    )


def test_a_line_longer_than_a_cut_names_end_is_no_names_end() -> None:
    names = _names(_table("| | | 食堂从业人员健康证持证上岗覆盖比例 | | | | | |\n"))
    assert names["学生营养改善计划每生每日"] == "≤5元"
    assert not any(
        name.endswith("覆盖比例") for name in names if name != "食堂从业人员健康证持证上岗覆盖比例"
    )
