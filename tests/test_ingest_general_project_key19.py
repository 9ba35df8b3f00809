"""The key's project where a form's 项目名称 cell reads it wrong: an OCR's look-alike at its
end beside a common glyph (项日), a funds word before the run-on label 项目实施单位/项目负责人,
and a damaged name of the project's funds where the title names the project; and an
allocation table's 合计 row as the money of several units."""

from __future__ import annotations

from pathlib import Path

from jixiao.ingest.general.clean_reading import clean_reading, titled_project
from jixiao.ingest.pipeline import parse_file
from jixiao.ingest.report import ItemKind

_RUNON = (
    "文本内容:\n{title}绩效目标自评表(2022年度)项目总得分94分项目名称{cell}"
    "项目实施单位/项目负责人某县水利局/[已隐去]自治区主管部门水利厅专项实施期"
    "2022年1月-2022年12月资金情况(万元)年度资金总额全年预算数(A)300全年执行数(B)"
    "执行率(B/A)年度总体目标完成渠道维护改造30公里绩效指标一级指标二级指标三级指标分值"
    "年度指标值全年实际值得分未完成原因及改进措施产出指标(50分)数量指标指标1维护改造渠道长度"
    "20≥30公里31公里20时效指标指标1完成时间302022年11月底前11月20日完成30"
    "满意度指标(50分)服务对象满意度指标指标1受益群众满意度50≥90%93%50\n"
)


def _read(tmp_path: Path, title: str, cell: str) -> tuple[str | None, list[ItemKind]]:
    path = tmp_path / "form.txt"
    path.write_text(_RUNON.format(title=title, cell=cell), encoding="utf-8")
    document, report = parse_file(path)
    name = document.projects[0].name if document.projects else None
    kinds = [item.kind for item in report.items if item.field == "projects[0].name"]
    return name, kinds


def test_an_end_glyph_read_as_its_lookalike_is_mended_though_a_date_uses_it(
    tmp_path: Path,
) -> None:
    # 维扩 inside, 项日 at the end (日 stands again in the date 11月20日)
    name, kinds = _read(tmp_path, "渠道维护改造项目", "渠道维扩改造项日")
    assert (name, kinds) == ("渠道维护改造项目", [ItemKind.REPAIRED])


def test_an_end_lookalike_alone_of_a_glyph_used_elsewhere_is_left_as_read() -> None:
    texts = ["渠道维护改造项目绩效目标自评表项目名称渠道维护改造项日完成时间11月20日"]
    assert clean_reading("渠道维护改造项日", texts) is None


def test_a_funds_name_before_the_run_on_unit_label_takes_no_project_word(
    tmp_path: Path,
) -> None:
    name, _ = _read(tmp_path, "渠道维护改造补助经费项目", "渠道维护改造补助经费")
    assert name == "渠道维护改造补助经费"


def test_a_name_not_ending_as_funds_before_the_unit_label_keeps_the_project_word(
    tmp_path: Path,
) -> None:
    name, _ = _read(tmp_path, "渠道维护改造补助项目", "渠道维护改造补助")
    assert name == "渠道维护改造补助项目"


def test_a_damaged_funds_name_stands_for_the_titles_project_uncertain(tmp_path: Path) -> None:
    # 维扩 for 维护 in the cell, which names the project's 补助资金; the title names the project
    name, kinds = _read(tmp_path, "渠道维护改造项目", "渠道维扩改造补助资金")
    assert (name, kinds) == ("渠道维护改造项目", [ItemKind.UNCERTAIN])


def test_a_clean_funds_name_keeps_its_own_words_beside_the_titles_project() -> None:
    texts = ["渠道维护改造项目绩效目标自评表项目名称渠道维护改造补助资金维护改造渠道"]
    assert titled_project("渠道维护改造补助资金", texts) is None
    # the title names no project with the cell's words: nothing to take
    texts = ["渠道维护改造资金绩效目标自评表项目名称渠道维扩改造补助资金维护改造渠道"]
    assert titled_project("渠道维扩改造补助资金", texts) is None


_ALLOCATION = (
    "附件1 | |||\n"
    "2021年学生资助补助资金安排表 | |||\n"
    "单位:元 | |||\n"
    "单位 | 受助学生数 | 全年补助资金 | 其中:提前下达 | |\n"
    "{rows}"
    "附件2 | |||\n"
    "学生资助补助资金绩效目标表 | |||\n"
    "(2021年度) | |||\n"
    "专项名称 | 学生资助补助资金 | ||\n"
    "县级主管部门 | 某县教育局 | ||\n"
    "资金情况 (万元) | ||\n"
    "年度金额 | |||\n"
    "总体目标 | 按标准为家庭经济困难学生发放资助 | ||\n"
    "一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
    "产出指标 | 数量指标 | 受助学生人数 | 3200人 |\n"
    "满意度指标 | 服务对象满意度指标 | 受助学生满意度 | ≥90% |\n"
)


def _budget(tmp_path: Path, rows: str) -> object:
    path = tmp_path / "allocation.txt"
    path.write_text(_ALLOCATION.format(rows=rows), encoding="utf-8")
    document, _ = parse_file(path)
    return document.projects[0].budget if document.projects else None


def test_several_units_total_row_is_the_allocations_money(tmp_path: Path) -> None:
    rows = (
        "合计 | 3,200 | 4,800,000 | 4,000,000 |\n"
        "某县第一中学 | 2,000 | 3,000,000 | 2,500,000 |\n"
        "某县第二中学 | 1,200 | 1,800,000 | 1,500,000 |\n"
    )
    assert str(_budget(tmp_path, rows)) == "480"


def test_several_units_with_no_total_row_give_no_money(tmp_path: Path) -> None:
    rows = (
        "某县第一中学 | 2,000 | 3,000,000 | 2,500,000 |\n"
        "某县第二中学 | 1,200 | 1,800,000 | 1,500,000 |\n"
    )
    assert _budget(tmp_path, rows) is None
