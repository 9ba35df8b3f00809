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
