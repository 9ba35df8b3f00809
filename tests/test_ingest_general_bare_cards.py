"""Cards whose name stands alone on its line, under the level's headings (a mobile page)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from general_support import table_rows as _rows
from general_support import text_source as _source
from jixiao.ingest.general.cards import cards_as_rows
from jixiao.ingest.general.fields import read_total_score
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role

_CARDS = (
    "【指标完成情况】\n"
    "▍产出指标\n"
    "  ◇数量指标\n"
    "    人工造林面积\n"
    "    年度目标值：≥2600亩\n"
    "    实际完成值：2650亩\n"
    "    分值：15  得分：15\n"
    "    苗木采购株数\n"
    "    年度目标值：≥5.2万株\n"
    "    实际完成值：5.3万株\n"
    "    分值：15  得分：14\n"
    "  ◇质量指标\n"
    "    造林成活率\n"
    "    年度目标值：≥85%\n"
    "    实际完成值：88%\n"
    "    分值：20  得分：20\n"
)


def test_a_bare_line_before_a_cards_labelled_target_is_the_cards_name() -> None:
    rows = _rows(_CARDS)
    assert [(row[Role.NAME], row[Role.TARGET], row[Role.ACTUAL]) for row in rows] == [
        ("人工造林面积", "≥2600亩", "2650亩"),
        ("苗木采购株数", "≥5.2万株", "5.3万株"),
        ("造林成活率", "≥85%", "88%"),
    ]


def test_two_label_value_cells_on_one_line_are_two_cells_of_the_card() -> None:
    rows = _rows(_CARDS)
    assert [(row[Role.WEIGHT], row[Role.SCORE]) for row in rows] == [
        ("15", "15"),
        ("15", "14"),
        ("20", "20"),
    ]


def test_a_heading_before_a_card_is_no_name_of_it() -> None:
    # the 二级 heading stands right before the target: the card has no name, no row
    text = "◆数量指标\n年度目标值：≥3所\n实际完成值：3所\n◆质量指标\n年度目标值：100%\n"
    lines = _source(text).lines
    assert cards_as_rows(lines) == lines


def test_a_sentence_before_label_value_lines_is_no_cards_name() -> None:
    text = (
        "本年度全面完成了既定的各项绩效目标，项目实施效果良好，群众反映较好。\n"
        "年度目标值：≥3所\n实际完成值：3所\n"
        "下一步将继续加强项目管理，确保资金使用效益进一步提高。\n"
        "年度目标值：100%\n实际完成值：100%\n"
    )
    lines = _source(text).lines
    assert cards_as_rows(lines) == lines


def test_a_self_evaluation_score_as_a_label_value_line_is_the_total_score() -> None:
    cells = cells_of(_source("项目名称：农村公路养护\n自评得分：91.25\n").lines)
    assert read_total_score(cells) == Decimal("91.25")


def test_a_numbered_labelled_name_before_its_target_is_no_bare_name() -> None:
    text = (
        "1.数量指标\n（1）指标名称：新建村级图书室\n指标值：≥15个\n"
        "（2）指标名称：配送图书册数\n指标值：≥6000册\n"
    )
    lines = _source(text).lines
    assert cards_as_rows(lines) == lines


def test_two_cells_on_one_line_may_be_parted_by_a_semicolon_or_a_bar() -> None:
    text = _CARDS.replace("分值：15  得分：14", "分值：15；得分：14").replace(
        "分值：20  得分：20", "分值：20 | 得分：19.5"
    )
    rows = _rows(text)
    assert [(row[Role.WEIGHT], row[Role.SCORE]) for row in rows] == [
        ("15", "15"),
        ("15", "14"),
        ("20", "19.5"),
    ]


def test_a_value_holding_a_comma_and_no_second_label_is_one_cell() -> None:
    text = _CARDS.replace("实际完成值：2650亩", "实际完成值：2650亩，超额完成")
    rows = _rows(text)
    assert rows[0][Role.ACTUAL] == "2650亩,超额完成"


_PAGE = """\
2024年度乡村道路养护项目绩效自评结果
【基本信息】
项目名称：乡村道路养护项目
主管部门：某县交通运输局
【绩效指标】
▍产出指标
  ◇数量指标
    (1)养护农村公路里程
    年度指标值：≥320公里
    实际完成值：326公里
    分值：20　得分：20
  ◇质量指标
    (2)路面技术状况优良率
    年度指标值：≥80%
    实际完成值：82%
    分值：20　得分：20
▍满意度指标
  ◇服务对象满意度指标
    (3)沿线群众满意度
    年度指标值：≥90%
    实际完成值：92%
    分值：10　得分：10

【存在问题】
部分路段排水设施老化，下一年度将安排专项维修。

分享到：微信 微博
返回顶部 ↑
"""


def _indicators(tmp_path: Path) -> list[tuple[str, str | None, str | None, str | None]]:
    document = read_form(tmp_path, _PAGE)
    return [
        (
            item.name,
            item.category.value if item.category else None,
            item.subcategory.value if item.subcategory else None,
            item.target.canonical if item.target else None,
        )
        for _, item in document.all_indicators()
    ]


def test_the_headings_over_the_first_card_are_its_levels(tmp_path: Path) -> None:
    first = _indicators(tmp_path)[0]
    assert first == ("养护农村公路里程", "output", "quantity", "≥320公里")


def test_a_pages_next_section_and_its_buttons_end_the_cards(tmp_path: Path) -> None:
    names = [name for name, *_ in _indicators(tmp_path)]
    assert names == ["养护农村公路里程", "路面技术状况优良率", "沿线群众满意度"]


def test_a_level_heading_in_lenticular_brackets_does_not_end_the_cards(tmp_path: Path) -> None:
    text = _PAGE.replace("▍满意度指标", "【满意度指标】")
    document = read_form(tmp_path, text)
    names = [item.name for _, item in document.all_indicators()]
    assert "沿线群众满意度" in names
