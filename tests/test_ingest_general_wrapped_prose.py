"""Prose cut every N characters (a PDF extracted without its layout), inside names, figures
and units: each paragraph is joined back before its targets are read, across a page's
footer and running title when the cut falls there; prose of lines that differ is left as
it is."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.wrapped_prose import join_wrapped_prose

_TITLE = "和平县水利局2021年度山塘整治项目支出绩效自评报告"
_FIRST = (
    "一、项目概况。2021年山塘整治项目由和平县水利局组织实施，全年预算数为312.40万元，"
    "全年实际支出301.15万元，预算执行率为96.40%。"
)
_SECOND = (
    "二、绩效指标完成情况。（一）产出指标。1.数量指标：整治山塘座数目标值≥24座，实际完成"
    "26座；新建防渗渠道长度目标值≥3.6公里，实际完成3.8公里。2.质量指标：工程验收合格率"
    "目标值100%，实际100%。3.成本指标：每座山塘整治成本目标值不超过12.5万元，实际11.6"
    "万元。（二）满意度指标。受益群众满意度目标值≥90%，实际92.5%。"
)


def _cut(text: str, width: int) -> list[str]:
    return [text[at : at + width] for at in range(0, len(text), width)]


def _wrapped(width: int, page_break_after: int | None = None) -> str:
    second = _cut(_SECOND, width)
    if page_break_after is not None:
        footer = ["", "— 1 —", "", "和平县水利局2021年度项目支出绩效自评报告"]
        second = second[:page_break_after] + footer + second[page_break_after:]
    return "\n".join([_TITLE, *_cut(_FIRST, width), *second, ""])


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    return {i.name: i.target.text if i.target else None for _, i in document.all_indicators()}


def test_prose_cut_at_a_fixed_width_is_read_as_its_paragraphs(tmp_path: Path) -> None:
    read = _targets(tmp_path, _wrapped(29))
    assert read["整治山塘座数"] == "≥24座"
    assert read["新建防渗渠道长度"] == "≥3.6公里"
    assert read["受益群众满意度"] == "≥90%"
    document = read_form(tmp_path, _wrapped(29))
    cost = next(i for _, i in document.all_indicators() if i.name == "每座山塘整治成本")
    assert cost.target is not None and cost.target.value == Decimal("12.5")
    assert cost.target.unit == "万元"


def test_a_paragraph_cut_by_a_page_goes_on_after_the_footer(tmp_path: Path) -> None:
    source = text_source(_wrapped(29, page_break_after=3))
    joined = join_wrapped_prose(source.lines)
    assert joined is not None
    texts = [line.text for line in joined if line.text]
    second = next(text for text in texts if text.startswith("二、绩效指标完成情况"))
    assert second.endswith("92.5%。")
    assert "— 1 —" in texts  # the footer stays a line of its own


def test_a_paragraph_ending_a_sentence_before_the_footer_is_not_joined_over_it() -> None:
    lines = _cut(_FIRST, 20)
    text = "\n".join([_TITLE, *lines, "— 1 —", *_cut(_SECOND, 20)])
    joined = join_wrapped_prose(text_source(text).lines)
    assert joined is not None
    first = next(line.text for line in joined if line.text.startswith("一、"))
    assert first.endswith("96.40%。")


def test_prose_whose_lines_differ_in_length_is_left_as_it_is() -> None:
    text = "\n".join([_TITLE, _FIRST, *_SECOND.split("。")])
    assert join_wrapped_prose(text_source(text).lines) is None
