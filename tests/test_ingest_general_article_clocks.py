"""A copied WeChat article marks each 二级 heading with an emoji: the clocks and hourglasses
of a 时效 heading (⏰ ⏳ ⌛) are bullets as the pictographs are; a check box or star is not."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.general.normalise import strip_bullet


def test_a_clock_or_hourglass_before_a_heading_is_a_bullet() -> None:
    assert strip_bullet("⏰时效指标") == "时效指标"
    assert strip_bullet("⏳ 时效指标") == "时效指标"
    assert strip_bullet("⌛时效指标") == "时效指标"


def test_a_check_box_or_star_before_a_line_is_kept() -> None:
    for text in ("☑已完成", "★重点项目", "□未完成"):
        assert strip_bullet(text) == text


_ARTICLE = """\
【预算公开】某县市场监督管理局2022年部门整体支出绩效目标

📌 年度绩效指标

▎产出指标
🔹数量指标
· 食品安全抽检批次  ≥800批次
⏳时效指标
· 投诉举报处置时限  ≤5个工作日
💰成本指标
· 单批次抽检费用  ≤900元/批次
"""


def test_the_indicator_under_a_clock_heading_is_read(tmp_path: Path) -> None:
    document = read_form(tmp_path, _ARTICLE)
    found = [
        (item.name, item.subcategory.value if item.subcategory else None)
        for _, item in document.all_indicators()
    ]
    assert ("投诉举报处置时限", "timeliness") in found
    assert [name for name, _ in found] == ["食品安全抽检批次", "投诉举报处置时限", "单批次抽检费用"]
