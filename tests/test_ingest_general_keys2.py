"""The key's department where a form writes it in the genre's further ways: a value with the
next field's label glued after a space (a scan's OCR losing the ruling), and a department's
name with a note of what its figures cover (``(汇总)``, ``(本级)``)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.fields import read_fields
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Field


def _fields(text: str) -> dict[Field, str]:
    cells = cells_of(normalise_source(text_source(text))[0].lines)
    return {found.field: found.value for found in read_fields(cells)}


def test_a_value_with_the_next_fields_label_glued_after_it_is_cut_in_two() -> None:
    fields = _fields("项目名称 | 城区绿化养护\n主管部门 | 某市园林局 实施单位 | 某市绿化管理站\n")
    assert fields[Field.SUPERVISING] == "某市园林局"
    assert fields[Field.IMPLEMENTING] == "某市绿化管理站"


def test_a_value_whose_last_word_is_no_label_stays_whole() -> None:
    fields = _fields("项目名称 | 城区绿化养护 二期 | 某市园林局\n")
    assert fields[Field.PROJECT] == "城区绿化养护 二期"


def test_the_key_department_without_its_coverage_note(tmp_path: Path) -> None:
    document = read_form(
        tmp_path,
        "某市司法局2026年部门整体支出绩效目标表\n"
        "部门名称:某市司法局(本级)\n"
        "一级指标 | 二级指标 | 三级指标 | 指标值\n"
        "产出指标 | 数量指标 | 法律援助案件数 | ≥800件\n"
        "产出指标 | 质量指标 | 行政复议纠错率 | ≥95%\n",
    )
    assert document.department.name == "某市司法局"


def test_a_bracket_naming_part_of_the_unit_is_kept(tmp_path: Path) -> None:
    document = read_form(
        tmp_path,
        "某市司法局2026年部门整体支出绩效目标表\n"
        "部门名称:某市司法局(法律援助中心)\n"
        "一级指标 | 二级指标 | 三级指标 | 指标值\n"
        "产出指标 | 数量指标 | 法律援助案件数 | ≥800件\n",
    )
    assert document.department.name == "某市司法局(法律援助中心)"
