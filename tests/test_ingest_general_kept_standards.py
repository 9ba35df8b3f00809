"""A state kept as a standard (保持稳定, 保持平稳) and a practice kept up (长期坚持): a degree
word before the standard's verb, read as the row's target, not glued to the name before it,
even where the table is flattened into words with spaces (长期 坚持 split by the capture)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.domain.target import TargetKind
from jixiao.ingest.general.kinds import Kind, kind_of

# cells apart by one space each, a table's text as a web page flattens it
_SPACED = (
    "林业局2024年部门整体支出绩效目标表 部门名称 某县林业局 "
    "一级指标 二级指标 三级指标 指标值 产出指标 数量指标 完成人工造林面积 ≥1200亩 "
    "效益指标 生态效益指标 森林生态系统 保持平稳 辖区空气质量 保持稳定 "
    "满意度指标 服务对象满意度指标 林农满意度 ≥90%\n"
)
# a PDF's text layer: labels spaced out glyph by glyph, a standard cut in two (长期 坚持)
_SPACED_GLYPHS = (
    "某县司法局2024年度项目绩效目标表 一级 指标 二级指标 三级指标 指标值 "
    "产 出 指 标 数量指标 开展普法宣传场次 ≥ 40 场 "
    "效 果 指 标 可持续影响 指标 人民调解工作机制 长期 坚持 "
    "满意度 指标 服务对象 满意度指标 群众满意度 ≥ 90% \n"
)


def _standards(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    return {
        indicator.name: indicator.target.standard
        if indicator.target and indicator.target.kind is TargetKind.QUALITATIVE
        else None
        for _, indicator in document.all_indicators()
    }


def test_kept_states_are_their_rows_standards(tmp_path: Path) -> None:
    assert _standards(tmp_path, _SPACED) == {
        "完成人工造林面积": None,
        "森林生态系统": "保持平稳",
        "辖区空气质量": "保持稳定",
        "林农满意度": None,
    }


def test_a_practice_kept_up_cut_in_two_is_its_rows_standard(tmp_path: Path) -> None:
    assert _standards(tmp_path, _SPACED_GLYPHS) == {
        "开展普法宣传场次": None,
        "人民调解工作机制": "长期坚持",
        "群众满意度": None,
    }


def test_keep_alone_or_inside_a_name_is_no_standard() -> None:
    for word in ("保持", "坚持", "保持率", "水土保持", "坚持率"):
        assert kind_of(word) is not Kind.QUALITATIVE, word
