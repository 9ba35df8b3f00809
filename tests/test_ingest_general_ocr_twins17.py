"""An OCR'd self-evaluation whose target in words and its actual print the same standard,
the target's copy with one glyph misread (``明昱改善`` beside ``明显改善``): the target is the
standard the actual spells clean, the repair reported. Texts written for the class."""

from __future__ import annotations

from pathlib import Path

from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.reader import read_document
from jixiao.ingest.readers import read_source
from jixiao.ingest.report import ImportReport, ItemKind

_HEAD = (
    "1/1 2023年灌区维修养护资金绩效自评表项目名称2023年灌区维修养护资金主管部门丹凤县水利局"
    "项目实施单位丹凤县灌区管理站一级指标二级指标三级指标分值年度指标值全年实际值得分"
    "未完成原因及改进措施产出指标(40分)数量指标指标1维修渠道10≥8公里8.5公里10"
)
_TAIL = "满意度指标(20分)服务对象满意度指标指标1受益农户满意度20≥90%93%20"


def _read(tmp_path: Path, row: str) -> tuple[dict[str, str], ImportReport]:
    path = tmp_path / "form.txt"
    path.write_text(_HEAD + row + _TAIL, encoding="utf-8")
    source = read_source(path)
    report = ImportReport(source=source.name, format="txt", genre="")
    document = read_document(source, report)
    targets = {
        indicator.name: indicator.target.canonical
        for _, indicator in document.all_indicators()
        if indicator.target is not None
    }
    return targets, report


def test_a_target_misread_in_one_glyph_is_read_as_its_actual_spells_it(tmp_path: Path) -> None:
    row = "效益指标(40分)可持续影响指标指标1灌区生态环境10明昱改善明显改善10"
    targets, report = _read(tmp_path, row)
    assert targets["灌区生态环境"] == "明显改善"
    repaired = [item for item in report.items if item.kind is ItemKind.REPAIRED]
    assert any(item.original == "明昱改善" and item.value == "明显改善" for item in repaired)


def test_a_target_differing_at_its_edge_is_another_word_and_kept(tmp_path: Path) -> None:
    # near miss: the last glyph differs (管理 / 管控): another word, read as written
    row = "效益指标(40分)可持续影响指标指标1渠系运行10规范管理规范管控10"
    targets, _ = _read(tmp_path, row)
    assert targets.get("渠系运行") != "规范管控"


def test_a_known_standard_one_glyph_from_its_actual_is_kept(tmp_path: Path) -> None:
    # near miss: a target the vocabulary knows is no misreading, whatever its actual says
    row = "效益指标(40分)可持续影响指标指标1管护制度建设10逐步完善逐步改善10"
    targets, _ = _read(tmp_path, row)
    assert targets["管护制度建设"] == "逐步完善"


def test_a_practice_kept_up_or_spread_is_a_standard() -> None:
    assert kind_of("持续推广") is Kind.QUALITATIVE
    assert kind_of("全面推广") is Kind.QUALITATIVE
    assert kind_of("持续执行") is Kind.QUALITATIVE
    # the verb alone says too little: a name's word (推广 / 执行 with no degree)
    assert kind_of("推广") is Kind.NAME
    assert kind_of("执行") is not Kind.QUALITATIVE
