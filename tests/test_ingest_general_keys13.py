"""Key parts the genre states in further ways (session 13): a unit's name followed by the
place of its stamp (``(盖章)``, ``公章``)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_TABLE = (
    "一级指标 | 二级指标 | 三级指标 | 指标值\n"
    "产出指标 | 数量指标 | 巡查河道长度 | ≥120公里\n"
    "产出指标 | 质量指标 | 问题整改率 | ≥90%\n"
)


def _department(tmp_path: Path, head: str) -> str | None:
    document = read_form(tmp_path, "2026年河湖管护专项资金绩效目标表\n" + head + _TABLE)
    return document.department.name if document.department is not None else None


def test_a_units_name_without_the_place_of_its_stamp(tmp_path: Path) -> None:
    assert _department(tmp_path, "填报单位:临川区水利局(盖章)\n") == "临川区水利局"


def test_a_units_name_without_a_seal_written_after_a_space(tmp_path: Path) -> None:
    assert _department(tmp_path, "填报单位:临川区水利局 公章\n") == "临川区水利局"


def test_a_units_name_with_another_note_keeps_it(tmp_path: Path) -> None:
    # a bracket that is no stamp's place (an office's own name) stays in the name
    assert _department(tmp_path, "填报单位:临川区水利局(河长办)\n") == "临川区水利局(河长办)"
