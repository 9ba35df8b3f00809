"""A monitoring report naming its project in its own sentence (``某镇对2023年度实施的衔接资金
项目某村道路硬化工程开展…监控``): the kind of money before 项目 is no part of the name."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_REPORT = (
    "{title}\n"
    "根据县财政局通知要求,河口乡人民政府对2023年度实施的{object}开展绩效运行监控,"
    "现将1-6月份监控情况报告如下:\n"
    "1.数量指标:硬化道路不少于3.5公里。\n"
    "2.满意度指标:受益群众满意度达90%以上。\n"
)


def _project(tmp_path: Path, object_: str) -> str | None:
    text = _REPORT.format(title="绩效运行监控报告", object=object_)
    document = read_form(tmp_path, text)
    return document.projects[0].name if document.projects else None


def test_the_kind_of_money_before_the_projects_own_name_is_dropped(tmp_path: Path) -> None:
    assert _project(tmp_path, "衔接资金项目坪上村道路硬化工程") == "坪上村道路硬化工程"


def test_a_project_named_after_its_money_alone_keeps_its_name(tmp_path: Path) -> None:
    # near miss: 资金项目 closing the name (no name of its own after it) stays as written
    assert _project(tmp_path, "乡村振兴衔接资金项目") == "乡村振兴衔接资金项目"
