"""A name holding figures of its own (``3岁以下``, ``2型``) wrapped inside its cell in a
table copied one cell a line, its last glyph on the next line (``…健康管理服务`` / ``率``):
joined back like any name's tail, the rows around it kept (session 17)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

# a 区域绩效目标表 one cell a line, empty cells as blank lines, 指标值 | 度量单位 split
_TEXT = "\n".join(
    [
        "2024年度转移支付区域绩效目标表",
        "转移支付(项目)名称", "妇幼健康服务补助资金",
        "主管部门", "兴国县卫生健康委员会",
        "一级指标", "二级指标", "三级指标", "指标值", "度量单位", "",
        "产出指标", "数量指标", "3岁以下儿童系统管理服务", "率", "≥88", "%", "", "",
        "", "孕产妇系统管理率", "≥90", "%", "", "",
        "", "质量指标", "2型糖尿病孕妇规范随访", "率", "≥75", "%", "", "",
        "满意度指标", "服务对象满意度指标", "孕产妇满意度", "≥90", "%",
    ]
)  # fmt: skip


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    return {i.name: i.target.canonical if i.target else None for _, i in document.all_indicators()}


def test_a_name_with_its_own_figures_takes_its_wrapped_tail(tmp_path: Path) -> None:
    read = _targets(tmp_path, _TEXT)
    assert read["3岁以下儿童系统管理服务率"] == "≥88%"
    assert read["2型糖尿病孕妇规范随访率"] == "≥75%"
    assert read["孕产妇系统管理率"] == "≥90%"
    assert "率" not in read
