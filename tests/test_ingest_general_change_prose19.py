"""A change over last year spaced off its name, and the prose of a 部门预算绩效文本.

The genre's convention (tests/corpus/FORMAT.md, session 18): a change bounded in words
(``较上年增长3%以上``) is a quantitative target whose name keeps the comparison. A line of
spaced cells whose name holds the measure alone (``参保人数 较上年增长3%以上``) still names
the change: the comparison joins the name, as nm19 joins it spaced off its size. In prose,
a goal's numbered heading run on before its ``绩效指标:`` label (a capture that lost the
line breaks) opens the list as the label does; and 为 between a name and its figure or
date (``…次数为0次``) states the target, it is no word of the name."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.name_target import split_name_target
from jixiao.ingest.pipeline import parse_file

_SPACED = (
    "某县医疗保障局2023年项目支出绩效自评表\n"
    "项目名称 城乡居民医保补助\n"
    "一级指标 二级指标 三级指标 年度指标值 全年实际值 分值 得分\n"
    "产出指标 数量指标 资助参保人数 ≥1.2万人 1.3万人 20 20\n"
    "效益指标 社会效益指标 城乡居民参保人数 较上年增长3%以上 增长4% 10 10\n"
    "经济效益指标 人均报销金额 较上年增长5% 增长6% 10 10\n"
)

_PROSE = (
    "某市医疗保障局2023年部门预算绩效文本\n"
    "第一部分 部门整体绩效目标"
    " 一、总体绩效目标 保障参保群众基本医疗需求。"
    " 二、分项绩效目标 (一)待遇保障 绩效目标:落实基本医疗保险待遇。"
    " 绩效指标:居民医保参保率不低于95%,住院费用报销比例达到70%。"
    " (二)基金监管 绩效指标:定点机构检查覆盖率达到100%,违规违法行为0起,"
    "医保基金安全事故发生次数为0次,年度专项检查完成时间为2023年11月底前。"
    " 三、工作保障措施 (一)加强组织领导。\n"
)


def _targets(indicators: list[tuple[str, object]]) -> dict[str, tuple[str | None, str]]:
    out: dict[str, tuple[str | None, str]] = {}
    for _, indicator in indicators:
        target = indicator.target_in_force  # type: ignore[attr-defined]
        assert target is not None
        if target.standard is not None:
            out[indicator.name] = (None, target.standard)  # type: ignore[attr-defined]
        elif target.end is not None:
            out[indicator.name] = (None, target.end)  # type: ignore[attr-defined]
        else:
            operator = target.operator.value if target.operator else None
            value = f"{target.value}{target.unit or ''}"
            out[indicator.name] = (operator, value)  # type: ignore[attr-defined]
    return out


def _prose(tmp_path: Path) -> dict[str, tuple[str | None, str]]:
    path = tmp_path / "text.txt"
    path.write_text(_PROSE, encoding="utf-8")
    document, _ = parse_file(path)
    return _targets(list(document.all_indicators()))


def test_a_bounded_change_spaced_off_the_name_joins_it(tmp_path: Path) -> None:
    read = _targets(list(read_form(tmp_path, _SPACED).all_indicators()))
    assert read["城乡居民参保人数较上年增长"] == ("≥", "3%")


def test_a_spaced_change_with_no_bound_leaves_the_name(tmp_path: Path) -> None:
    read = _targets(list(read_form(tmp_path, _SPACED).all_indicators()))
    assert "人均报销金额" in read
    assert not any(name.startswith("人均报销金额较") for name in read)


def test_a_goals_heading_run_on_before_its_indicators_label_is_no_name(tmp_path: Path) -> None:
    read = _prose(tmp_path)
    assert read["定点机构检查覆盖率"] == ("≥", "100%")
    assert read["居民医保参保率"] == ("≥", "95%")
    assert not any("基金监管" in name for name in read)


def test_a_copula_before_a_figure_or_a_date_is_no_word_of_the_name(tmp_path: Path) -> None:
    read = _prose(tmp_path)
    assert read["医保基金安全事故发生次数"] == (None, "0次")
    assert read["年度专项检查完成时间"] == (None, "2023-11")


def test_a_names_own_wei_stays_before_its_figure(tmp_path: Path) -> None:
    assert _prose(tmp_path)["违规违法行为"] == (None, "0起")
    split = split_name_target("违规违法行为0起")
    assert split is not None
    assert split[0] == "违规违法行为"
