"""A change over last year split from its indicator's name.

The genre's convention (tests/corpus/FORMAT.md, session 18): a change bounded in words
(``较上年减少3%以上``) is a quantitative target whose name keeps the comparison
(``农药使用量较上年减少``); a change's size with no bound stays a standard as written. Three
layouts cut the comparison off the name: a table run together whose row holds its own
target after its 分值 (``…较上年提高10提高提高9``; so too a name ending in a standard's
words before ``是基本达到``), a cell ending with the change's base
(``农药使用量较上年`` | ``减少3%以上``), and a line whose cells are spaced (``…利用量
较上年增长 5% 以上``)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_RUNON = (
    "某县水务局2023年度项目支出绩效自评表项目名称农村饮水安全巩固提升项目实施单位某县水务局"
    "资金情况(万元)年度资金总额全年预算数(A)120全年执行数(B)118绩效指标一级指标二级指标"
    "三级指标分值年度指标值全年实际值得分产出指标(50分)数量指标指标1维修改造供水工程数量"
    "1012处12处10质量指标指标1水质检测合格率10≥95%97%10效益指标(30分)社会效益指标指标1"
    "农村自来水普及率较上年提高10提高提高9生态效益指标指标1地下水超采量较上年减少10"
    "可持续影响指标指标1供水保障机制持续稳定运行10是基本达到8指标2工程长效管护机制10健全健全10\n"
)

_PIPE = (
    "项目支出绩效自评表\n"
    "| 项目名称 | 绿色种养循环试点 | | | | | |\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年实际值 | 分值 | 得分 |\n"
    "| 产出指标 | 数量指标 | 粪肥还田面积 | ≥2万亩 | 2.1万亩 | 20 | 20 |\n"
    "| 效益指标 | 生态效益指标 | 农药使用量较上年 | 减少3%以上 | 减少4% | 10 | 10 |\n"
    "| | 经济效益指标 | 种植户户均增收较上年 | 增长5% | 增长6% | 10 | 10 |\n"
)

_SPACED = (
    "某县农业农村局2023年项目支出绩效自评表\n"
    "项目名称 绿色种养循环试点\n"
    "一级指标 二级指标 三级指标 年度指标值 分值 全年实际值 得分\n"
    "产出指标 数量指标 粪肥还田面积 ≥2万亩 20 2.1万亩 20\n"
    "效益指标 生态效益指标 秸秆综合利用量 较上年增长 5% 以上 10 增长6% 10\n"
    "化学农药使用量 较上年下降 5 下降8% 5\n"
)


def _read(tmp_path: Path, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each indicator's name: its target's operator and value, or its standard."""
    out: dict[str, tuple[str | None, str | None]] = {}
    for _, indicator in read_form(tmp_path, text).all_indicators():
        target = indicator.target_in_force
        assert target is not None
        if target.standard is not None:
            out[indicator.name] = (None, target.standard)
        else:
            operator = target.operator.value if target.operator else None
            out[indicator.name] = (operator, f"{target.value}{target.unit or ''}")
    return out


def test_a_change_before_its_rows_own_target_stays_in_the_name(tmp_path: Path) -> None:
    assert _read(tmp_path, _RUNON)["农村自来水普及率较上年提高"] == (None, "提高")


def test_a_name_ending_in_a_standards_words_keeps_them_before_a_yes_and_its_actual(
    tmp_path: Path,
) -> None:
    assert _read(tmp_path, _RUNON)["供水保障机制持续稳定运行"] == (None, "是")


def test_a_change_with_no_target_after_its_points_is_the_standard(tmp_path: Path) -> None:
    assert _read(tmp_path, _RUNON)["地下水超采量"] == (None, "较上年减少")


def test_a_bounded_change_gives_its_direction_to_a_name_ending_with_its_base(
    tmp_path: Path,
) -> None:
    assert _read(tmp_path, _PIPE)["农药使用量较上年减少"] == ("≥", "3%")


def test_a_change_with_no_bound_leaves_the_name_as_printed(tmp_path: Path) -> None:
    assert _read(tmp_path, _PIPE)["种植户户均增收较上年"] == (None, "增长5%")


def test_a_spaced_bounded_change_is_the_names_comparison(tmp_path: Path) -> None:
    assert _read(tmp_path, _SPACED)["秸秆综合利用量较上年增长"] == ("≥", "5%")


def test_a_spaced_change_before_its_points_stays_the_standard(tmp_path: Path) -> None:
    assert _read(tmp_path, _SPACED)["化学农药使用量"] == (None, "较上年下降")
