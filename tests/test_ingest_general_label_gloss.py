"""A field label glossed in Latin letters (pinyin, English) before its colon: the gloss is
the label's, the value follows it."""

from __future__ import annotations

from pathlib import Path

from jixiao.ingest.pipeline import parse_file

_FORM = """某市水务局2025年城区供水管网改造项目绩效目标表
{label}：城区供水管网改造项目
主管部门：某市水务局
一级指标  二级指标  三级指标  指标值
产出指标  数量指标  改造供水管网长度  ≥12公里
满意度指标  服务对象满意度指标  居民满意度  ≥90%
"""


def _project(tmp_path: Path, label: str) -> list[str]:
    path = tmp_path / "form.txt"
    path.write_text(_FORM.format(label=label), encoding="utf-8")
    document, _ = parse_file(path)
    return [project.name for project in document.projects]


def test_a_pinyin_gloss_after_the_label_is_no_value(tmp_path: Path) -> None:
    assert _project(tmp_path, "项目名称（xiàng mù míng chēng）") == ["城区供水管网改造项目"]


def test_an_english_gloss_after_the_label_is_no_value(tmp_path: Path) -> None:
    assert _project(tmp_path, "项目名称 (Project Name)") == ["城区供水管网改造项目"]


def test_a_bracketed_capital_abbreviation_is_no_gloss() -> None:
    from jixiao.ingest.general.fields import _GLOSS_RE, _clean

    assert _GLOSS_RE.match("(PPP)污水处理项目") is None
    assert _GLOSS_RE.match("(一期)污水处理项目") is None
    assert _clean("（xiàng") == ""  # a gloss's opening alone: the cell cut at its space
