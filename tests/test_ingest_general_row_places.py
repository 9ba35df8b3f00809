"""Where a row's cells stand: a name wrapped with its first words on a line of their own (a
table laid out by spaces), a pipe row that lost its leading cell to the frame."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

WRAPPED_HEAD = """\
一级指标 二级指标  三级指标                      指标值
产出指标 数量指标  乡镇卫生院基本设备配置数量      ≥38台
                   达到服务能力推荐标准的乡镇
                   卫生院数量                    ≥6个
         质量指标  设备验收合格率                =100%
"""


def test_a_name_whose_first_words_stand_alone_is_joined_with_its_last_words() -> None:
    rows = table_rows(WRAPPED_HEAD)
    assert [(row[Role.NAME], row.get(Role.TARGET)) for row in rows] == [
        ("乡镇卫生院基本设备配置数量", "≥38台"),
        ("达到服务能力推荐标准的乡镇卫生院数量", "≥6个"),
        ("设备验收合格率", "=100%"),
    ]


def test_a_name_alone_under_another_column_stays_a_row_of_its_own() -> None:
    # the lone words start left of the next line's name: they are not its beginning
    shifted = WRAPPED_HEAD.replace("                   达到", "         达到")
    names = [row[Role.NAME] for row in table_rows(shifted)]
    assert "达到服务能力推荐标准的乡镇卫生院数量" not in names
    assert "卫生院数量" in names


FRAMED_ROWS = """\
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
产出指标 | 数量指标 | 参保人数 | >=38.5万人 | 38.9万人 | 10 | 10 |
| 质量指标 | 困难群众参保率 | =100% | 100% | 10 | 10 |
效益指标 | 社会效益指标 | 看病就医负担 | 有效减轻 | 有效减轻 | 15 | 15 |
| 可持续影响指标 | 医保基金运行 | 平稳可持续 | 平稳 | 5 | 5 |
"""


def test_a_pipe_row_whose_first_bar_is_its_frame_is_read_by_its_cells() -> None:
    # ``| 质量指标 | …``: the bar is taken for the row's frame, the 二级 label lands under 一级
    rows = {row[Role.NAME]: row for row in table_rows(FRAMED_ROWS)}
    assert set(rows) == {"参保人数", "困难群众参保率", "看病就医负担", "医保基金运行"}
    assert rows["困难群众参保率"][Role.SUBCATEGORY] == "质量指标"
    assert rows["困难群众参保率"][Role.TARGET] == "=100%"
    assert rows["医保基金运行"][Role.SUBCATEGORY] == "可持续影响指标"
    assert (rows["医保基金运行"][Role.TARGET], rows["医保基金运行"][Role.ACTUAL]) == (
        "平稳可持续",
        "平稳",
    )


def test_a_names_last_glyph_alone_in_the_names_column_ends_that_name() -> None:
    # a web table copied with its cells' line breaks as rows of their own: the name's last
    # glyph stands alone in the names column, every other cell empty
    rows = table_rows(
        "|一级指标|二级指标|三级指标|指标值|\n"
        "|---|---|---|---|\n"
        "|产出指标|数量指标|校舍维修改造面|≥1.2万平方米|\n"
        "| | |积| |\n"
        "| | |维修改造学校数量|14所|\n"
    )
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("校舍维修改造面积", "≥1.2万平方米"),
        ("维修改造学校数量", "14所"),
    ]


def test_one_glyph_in_the_first_column_is_a_label_down_the_side_not_a_names_end() -> None:
    rows = table_rows(
        "|绩|产出指标|数量指标|校舍维修改造面积|≥1.2万平方米|\n|效| | |维修改造学校数量|14所|\n"
    )
    assert all(not row[Role.NAME].endswith("效") for row in rows if Role.NAME in row)
