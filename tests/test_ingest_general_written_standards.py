"""A 指标值 cell in words the target grammar's vocabulary does not hold (``长效管护``,
``无丢失、无损毁``) is read under its header as the standard as written, with an UNCERTAIN
item in the report; ``无`` under a target header is the standard "none", not a placeholder;
a measure's name or a figure pushed into the column is still no standard."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.domain.model import PerformanceDocument
from jixiao.domain.target import TargetKind
from jixiao.ingest.cells import written_standard
from jixiao.ingest.pipeline import parse_file
from jixiao.ingest.report import ImportReport, ItemKind

_SELF_EVALUATION = """项目支出绩效自评表
（2025年度）
项目名称,小流域综合治理
一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分
产出指标,数量指标,治理水土流失面积,≥8万亩,8.3万亩,20,20
,质量指标,档案实体安全,无丢失、无损毁,无丢失、无损毁,10,10
效益指标,可持续影响指标,治理成果管护,长效管护,长效管护,15,14
,社会效益指标,学生因贫失学辍学,无,无,10,10
满意度指标,服务对象满意度指标,项目区群众满意度,≥90%,95%,10,10
"""


def _read(tmp_path: Path, text: str) -> tuple[PerformanceDocument, ImportReport]:
    path = tmp_path / "doc.csv.txt"
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def _standards(document: PerformanceDocument) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for _, indicator in document.all_indicators():
        target = indicator.target
        out[indicator.name] = (
            target.standard if target and target.kind is TargetKind.QUALITATIVE else None
        )
    return out


def test_a_target_cell_in_unknown_words_is_read_as_its_standard(tmp_path: Path) -> None:
    document, report = _read(tmp_path, _SELF_EVALUATION)
    standards = _standards(document)
    assert standards["治理成果管护"] == "长效管护"
    assert standards["档案实体安全"] == "无丢失、无损毁"
    uncertain = [item.reason for item in report.items if item.kind is ItemKind.UNCERTAIN]
    assert any("长效管护" in reason and "定性标准" in reason for reason in uncertain)


def test_none_under_a_target_header_is_the_standard_none(tmp_path: Path) -> None:
    document, _ = _read(tmp_path, _SELF_EVALUATION)
    assert _standards(document)["学生因贫失学辍学"] == "无"


@pytest.mark.parametrize(
    "text",
    ["资金到位率", "受益群众满意度", "社会效益指标", "完成数量", "95", "≥95%", "好", "x"],
)
def test_a_measure_a_figure_or_a_single_word_is_no_written_standard(text: str) -> None:
    assert written_standard(text) is None


@pytest.mark.parametrize("text", ["长效管护", "无丢失、无损毁", "群众认可。"])
def test_a_phrase_in_words_is_a_written_standard(text: str) -> None:
    target = written_standard(text)
    assert target is not None
    assert target.kind is TargetKind.QUALITATIVE
    assert target.standard == text.rstrip("。")
