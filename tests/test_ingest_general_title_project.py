"""A form's 项目名称 cell garbled by OCR (a few glyphs misread) while the title opening the
text names the project whole: the key's project is the title's."""

from __future__ import annotations

from pathlib import Path

from jixiao.ingest.general.clean_reading import clean_reading
from jixiao.ingest.pipeline import parse_file

_SCAN = (
    "农田水利设施维护项目绩效目标自评表(2022年度)项目总得分92分项目名称农田水利设施维扩项目"
    "项目实施单位/项目负责人某县水利局/[已隐去]自治区主管部门水利厅\n"
    "一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(50分)数量指标"
    "指标1维护渠道长度20≥30公里31公里20满意度指标(50分)服务对象满意度指标"
    "指标1受益群众满意度50≥90%93%50\n"
)


def test_the_titles_project_stands_for_a_garbled_name_cell(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(_SCAN, encoding="utf-8")
    document, _ = parse_file(path)
    assert [project.name for project in document.projects] == ["农田水利设施维护项目"]


def test_a_title_naming_another_project_leaves_the_cell_as_read() -> None:
    texts = ["道路桥梁养护资金绩效目标自评表(2022年度)"]
    assert clean_reading("农田水利设施维扩项目", texts) is None
    assert clean_reading("道路桥梁养护资金", texts) is None  # the same: nothing to mend


_RUNON_HEAD = (
    "{title}绩效目标自评表(2023年度)项目总得分95分项目名称{cell}项目实施单位/项目负责人"
    "某县交通运输局/[已隐去]自治区主管部门交通运输厅一级指标二级指标三级指标分值"
    "产出指标数量指标指标1{rows}"
)


def _head(title: str, cell: str, rows: str) -> list[str]:
    return [_RUNON_HEAD.format(title=title, cell=cell, rows=rows)]


def test_a_last_glyph_read_as_its_lookalike_is_mended() -> None:
    # 目 read as 曰 at the name's end, 养 as 羔 inside it
    texts = _head("乡村道路养护项目", "乡村道路羔护项曰", "养护道路里程≥40公里")
    assert clean_reading("乡村道路羔护项曰", texts) == "乡村道路养护项目"


def test_an_edge_glyph_that_is_no_lookalike_is_another_name() -> None:
    texts = _head("乡村道路养护项目", "乡村道路羔护项曰", "养护道路里程≥40公里")
    assert clean_reading("乡村道路羔护工程", texts) is None  # 工程 / 项目: another word
    assert clean_reading("城村道路羔护项目", texts) is None  # 城 / 乡: no look-alikes


def test_the_next_labels_head_glued_to_a_damaged_name_is_left_out() -> None:
    # the run-together cell 乡村道路羔护资金 + 项目实施单位 read as …资金项目
    texts = _head("乡村道路养护资金", "乡村道路羔护资金", "养护道路里程≥40公里")
    assert clean_reading("乡村道路羔护资金项目", texts) == "乡村道路养护资金"


def test_a_glued_labels_head_stays_where_the_clean_name_ends_otherwise() -> None:
    # the title's stretch 乡村道路养护 ends as no project's name: the cell keeps its 项目
    texts = _head("乡村道路养护", "乡村道路羔护", "养护道路里程≥40公里")
    assert clean_reading("乡村道路羔护项目", texts) is None


def test_a_name_ending_in_the_labels_head_keeps_it_when_its_title_is_clean() -> None:
    texts = _head("乡村道路养护项目", "乡村道路养护项目", "养护道路里程≥40公里")
    assert clean_reading("乡村道路养护项目", texts) is None


def test_a_traditional_glyph_is_its_simplified_one() -> None:
    # 礦 (矿) at the name's start is no damage; 埋 for 理 inside it is
    texts = _head("矿山生态修复治理项目", "礦山生态修复治埋项目", "修复治理面积≥120亩")
    assert clean_reading("礦山生态修复治埋项目", texts) == "矿山生态修复治理项目"
    assert clean_reading("礦山生态修复治理项目", texts) is None  # only a traditional glyph


def test_a_title_glyph_used_nowhere_else_is_clean_beside_the_texts_own() -> None:
    # 地 stands only in the title; 菜 is the text's own word again in its rows
    texts = _head("蔬菜保供基地建设项目", "蔬茶保供基她建设项目", "新建菜棚数量≥20座")
    assert clean_reading("蔬茶保供基她建设项目", texts) == "蔬菜保供基地建设项目"


def test_no_clean_glyph_used_again_leaves_the_cell_as_read() -> None:
    texts = _head("蔬菜保供基地建设项目", "蔬茶保供基她建设项目", "新建温棚数量≥20座")
    assert clean_reading("蔬茶保供基她建设项目", texts) is None
