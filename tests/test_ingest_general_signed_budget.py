"""A cost's ceiling signed before the budget it names (``≤年初预算``, ``≤批复预算数``): the
cell is the row's target, a standard, not a second name, whatever the layout it stands in."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.general.kinds import Kind, kind_of

# a self-evaluation captured one cell a paragraph (a blank line between cells, an empty cell
# as a lone space), each name after its 指标N, a 偏差原因 column last,
# an empty 指标2 row after each filled one
_ONE_CELL_A_PARAGRAPH = "\n\n".join(
    [
        "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分",
        "偏差原因分析及改进措施",
        "产出指标", "数量指标", "指标1培训基层农技人员", "≥300人次", "318人次", "10", "10", " ",
        "指标2", " ", " ", " ", " ", " ",
        "成本指标", "指标1会议费支出", "≤年度预算", "未超支", "10", "10", " ",
        "指标2", " ", " ", " ", " ", " ",
        "效益指标", "社会效益指标", "指标1农技服务覆盖率", "≥90%", "92%", "10", "10", " ",
    ]
)  # fmt: skip


def test_a_sign_before_a_budget_is_a_standard() -> None:
    for cell in ("≤年初预算", "≤年度预算", "≤预算批复金额", "≤批复预算数", "<核定预算"):
        assert kind_of(cell) is Kind.QUALITATIVE, cell


def test_budget_words_without_a_sign_or_in_a_name_stay_names() -> None:
    for cell in ("年初预算", "预算批复金额", "年度预算执行率", "≤预算执行偏差率说明"):
        assert kind_of(cell) is not Kind.QUALITATIVE, cell


def test_a_signed_budget_cell_reads_as_its_rows_target(tmp_path: Path) -> None:
    title = "某县林业局2023年度部门整体支出绩效自评表\n\n部门名称\n\n某县林业局\n\n"
    document = read_form(tmp_path, title + _ONE_CELL_A_PARAGRAPH)
    read = {
        indicator.name: indicator.target_in_force.text if indicator.target_in_force else None
        for _, indicator in document.all_indicators()
    }
    assert read == {
        "培训基层农技人员": "≥300人次",
        "会议费支出": "≤年度预算",  # its own target, not a second name's
        "农技服务覆盖率": "≥90%",
    }
