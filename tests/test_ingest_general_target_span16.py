"""An OCR'd 部门整体支出绩效目标表 flattened to tab-separated lines whose 指标值 header cell was
merged over the columns after it: each row's target fell one or two columns right of the
header's word, into a column no header cell names, its own cell left empty (session 16)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_HEADER = (
    "年度整体 支出目标1\t项目名称 及金额 (万元)\t一级指标\t二级 指标\t指标\t指标值\t\t\t备注\t"
)


def _rows(*body: str) -> dict[str, str | None]:
    text = "\n".join([_HEADER, *body]) + "\n"
    return {row[Role.NAME]: row.get(Role.TARGET) for row in table_rows(text)}


def test_a_value_right_of_an_empty_target_cell_is_the_target() -> None:
    read = _rows(
        "整体支出\t\t\t\t困难群众救助及时率\t\t≥98%\t\t\t",
        "绩效指标\t救助经\t\t\t低保资金发放准确率\t\t=100%\t\t\t",
        "\t费 (612.4\t\t\t临时救助办结时限\t\t≤7个工作日\t\t\t",
        "\t\t效益指标\t\t社会救助政策知晓度\t\t\t明显提高\t\t",
    )
    assert read["困难群众救助及时率"] == "≥98%"
    assert read["低保资金发放准确率"] == "=100%"
    assert read["临时救助办结时限"] == "≤7个工作日"
    assert read["社会救助政策知晓度"] == "明显提高"


def test_a_target_in_its_own_cell_keeps_it_over_a_value_right_of_it() -> None:
    # the 指标值 cell filled: a figure right of it (an OCR's stray reading) is not taken
    read = _rows(
        "整体支出\t\t\t\t养老服务补贴发放率\t≥95%\t96%\t\t\t",
        "绩效指标\t\t\t\t特困人员供养覆盖率\t100%\t\t\t\t",
        "\t\t\t\t敬老院安全检查次数\t≥4次\t\t\t\t",
    )
    assert read["养老服务补贴发放率"] == "≥95%"
    assert read["特困人员供养覆盖率"] == "100%"


def test_a_word_right_of_the_target_column_is_no_target() -> None:
    # a name-like text under no header word right of 指标值 stays out of the target
    read = _rows(
        "整体支出\t\t\t\t养老服务补贴发放率\t\t含上年结转资金\t\t\t",
        "绩效指标\t\t\t\t特困人员供养覆盖率\t\t≥90%\t\t\t",
        "\t\t\t\t敬老院安全检查次数\t\t≥4次\t\t\t",
    )
    assert read["养老服务补贴发放率"] is None
    assert read["特困人员供养覆盖率"] == "≥90%"
