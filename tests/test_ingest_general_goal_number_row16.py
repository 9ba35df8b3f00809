"""An OCR'd 部门整体支出绩效目标申报表 whose goal label is cut over rows (``年度整体`` | the
goal's text, then ``3`` alone in the first cell below): the number's row may hold the goal's
first indicator beside it (a level label and a target), which is read; a number's row holding
only the rest of the goal's text is no indicator (session 16)."""

from __future__ import annotations

from pathlib import Path

from jixiao.ingest.pipeline import parse_file

_HEAD = [
    "某县统计局 2022年部门预算绩效文本",
    "",
    "某市部门整体支出绩效目标申报表",
    "",
    "(2022年度)",
    "",
    "部门名称\t某县统计局\t\t\t\t\t\t",
    "年度整体 支出目标 1\t\t\t\t\t\t\t",
    "\t\t产出指标\t统计报表按时报送率\t≥98%\t\t\t",
    "整体支出\t\t\t统计执法检查次数\t≥6次\t\t\t",
    "绩效指标\t\t效益指标\t统计数据质量评估等次\t良好\t\t\t",
    "",
]


def _targets(tmp_path: Path, third: list[str]) -> dict[str, str | None]:
    path = tmp_path / "dept.txt"
    path.write_text("\n".join([*_HEAD, *third, ""]), encoding="utf-8")
    document, _ = parse_file(path)
    return {
        indicator.name: indicator.target.text if indicator.target else None
        for _, indicator in document.all_indicators()
    }


def test_the_first_indicator_on_a_cut_labels_number_row_is_read(tmp_path: Path) -> None:
    targets = _targets(
        tmp_path,
        [
            "年度整体\t开展经济\t普查工作\t,按时发布统计公报。\t\t\t\t",
            "3\t\t产出指标\t普查入户登记完成率\t≥99%\t\t\t",
            "\t\t\t统计公报发布时间\t4月底前\t\t\t",
            "\t经济普\t效益指标\t普查数据使用部门数\t≥12个\t\t\t",
        ],
    )
    assert targets["普查入户登记完成率"] == "≥99%"
    assert targets["统计公报发布时间"] == "4月底前"
    assert targets["统计报表按时报送率"] == "≥98%"


def test_a_number_row_holding_only_the_goals_text_is_no_indicator(tmp_path: Path) -> None:
    targets = _targets(
        tmp_path,
        [
            "年度整体\t开展经济\t普查工作\t\t\t\t\t",
            "3\t,按时发布\t统计公报。\t\t\t\t\t",
            "\t\t产出指标\t普查入户登记完成率\t≥99%\t\t\t",
        ],
    )
    assert targets["普查入户登记完成率"] == "≥99%"
    assert not any("公报。" in name or "按时发布" in name for name in targets)


def test_a_cut_labels_second_half_with_its_number_starts_no_name(tmp_path: Path) -> None:
    # 年度整体 | the goal's text, then 支出目标 3 alone: the label's cell wrapped, over the
    # goal's first row (whose name must not take it as its first words)
    targets = _targets(
        tmp_path,
        [
            "年度整体\t开展经济\t普查工作,按时发布\t统计公报。\t\t\t\t",
            "支出目标 3\t\t\t\t\t\t\t",
            "\t\t\t普查入户登记完成率\t≥99%\t\t\t",
            "整体支出\t普查经\t产出指标\t普查员培训人次\t≥300 人次\t\t\t",
        ],
    )
    assert targets["普查入户登记完成率"] == "≥99%"
    assert targets["普查员培训人次"] == "≥300人次"
    assert not any("支出目标" in name for name in targets)


def test_a_name_wrapped_over_a_row_ending_in_a_number_is_still_joined(tmp_path: Path) -> None:
    # a name's first words alone on a line (no goal label's half) still start the name below
    targets = _targets(
        tmp_path,
        [
            "年度整体\t开展经济\t普查工作,按时发布\t统计公报。\t\t\t\t",
            "3\t\t产出指标\t普查入户登记完成率\t≥99%\t\t\t",
            "\t\t\t第四次全国经济普查\t\t\t\t",
            "\t\t\t数据上报及时率\t=100%\t\t\t",
        ],
    )
    assert targets["第四次全国经济普查数据上报及时率"] == "=100%"
