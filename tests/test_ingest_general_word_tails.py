"""A name broken inside its cell by a paragraph break, its last word one a standard also says
(``植被覆盖度`` / ``提升``, ``群众生活条件`` / ``改善``), the row's target right after that word:
the word ends the name above, it is no target. A standard with its actual beside it
(``持续改善 | 持续改善``) stays a target."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_FORM = (
    "2023年度项目支出绩效自评表\n"
    "项目名称\t某县湿地保护修复项目\n"
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "\t产出指标\t数量指标\t湿地修复面积\t≥1.8万亩\t1.86万亩\t20\t20\n"
    "\t\t质量指标\t湿地植被覆盖度\n"
    "提升\t≥3个百分点\t3.4个百分点\t10\t10\t\n"
    "\t效益指标\t生态效益指标\t湿地生态状况\t持续改善\t持续改善\t10\t10\n"
)


def _targets(tmp_path: Path) -> dict[str, str | None]:
    return {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in read_form(tmp_path, _FORM).all_indicators()
    }


def test_a_standard_word_on_the_next_line_ends_the_name_above(tmp_path: Path) -> None:
    read = _targets(tmp_path)
    assert read["湿地植被覆盖度提升"] == "≥3个百分点"
    assert "提升" not in read and "湿地植被覆盖度" not in read


def test_a_standard_beside_its_actual_stays_the_target(tmp_path: Path) -> None:
    assert _targets(tmp_path)["湿地生态状况"] == "持续改善"
