"""Rows of an OCR'd 部门预算绩效文本 that were not read, or read in pieces: a capture begun
inside the department's goals table (its title on a page left out), the document's title
repeated at a page's top, a funding label wrapped down its column beside a name, a 二级 label
in the 三级 column (the row set a column right by the OCR's tabs), a target pushed past the
依据 column, a name wrapped under a target printed twice, and a tall row's garbled echo."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from jixiao.domain.model import Indicator, PerformanceDocument
from jixiao.ingest.pipeline import parse_file

_PROJECT_HEADER = (
    "一级指 标\t二级指标\t三级指标\t绩效指标描述\t\t指标值\t指标值确定依 据\t\n"
    "\t\t数量指标\t举办培训班期数\t全年举办培训班期数\t\t\t≥6 期\t\n"
)


def _project(tmp_path: Path, rows: str) -> list[Indicator]:
    form = "某县人力资源和社会保障局2023年项目绩效目标表\n" + _PROJECT_HEADER + rows
    return [indicator for _, indicator in read_form(tmp_path, form).all_indicators()]


def _in_text(tmp_path: Path, rows: str) -> list[Indicator]:
    """The rows in a 部门预算绩效文本's project table, read by its parts (the assembly folds
    a part's wrapped and echoed rows)."""
    text = (
        "某县人力资源和社会保障局2023年部门预算绩效文本\n\n"
        "第二部分 预算项目绩效目标\n\n"
        "1. 就业培训经费项目绩效目标表\n\n"
        "项目名称\t就业培训经费\t\n"
        "预算数\t20 万元\t其中:财政资金\t20 万元\t\n" + _PROJECT_HEADER + rows
    )
    return list(_parse(tmp_path, text).projects[0].indicators)


def _read(indicators: list[Indicator]) -> list[tuple[str, str | None]]:
    return [(i.name, i.target.text if i.target is not None else None) for i in indicators]


def _parse(tmp_path: Path, text: str) -> PerformanceDocument:
    path = tmp_path / "text.txt"
    path.write_text(text, encoding="utf-8")
    return parse_file(path)[0]


_PROJECT_PART = (
    "第二部分 预算项目绩效目标\n\n"
    "1. 就业培训经费项目绩效目标表\n\n"
    "某县县级部门预算项目绩效目标表\n\n"
    "项目名称\t就业培训经费\t\n"
    "预算数\t20 万元\t其中:财政资金\t20 万元\t\n"
    "一级指标\t二级指标\t三级指标\t指标值\t\n"
    "产出指标\t数量指标\t培训人数\t≥200 人\t\n"
    "\t质量指标\t培训合格率\t≥90%\t\n"
    "满意度指标\t服务对象满意度指标\t参训人员满意度\t≥90%\t\n"
)


def test_a_capture_begun_inside_the_goals_table_reads_its_rows_as_the_departments(
    tmp_path: Path,
) -> None:
    text = (
        "年度整体\t做好就业\t培训和\t劳动保障监察工作。\t\t\n"
        "\t\t产出指标\t开展职业技能培训人次\t≥200 人次\t\n"
        "\t\t\t劳动监察案件结案率\t≥95%\t\n"
        "\t\t效益指标\t群众就业能力\t明显提升\t\n\n"
        "- 3 -\n\n"
        "某县人力资源和社会保障局2023年部门预算绩效文本\n\n" + _PROJECT_PART
    )
    document = _parse(tmp_path, text)
    assert _read(list(document.department_goals[0].indicators)) == [
        ("开展职业技能培训人次", "≥200人次"),
        ("劳动监察案件结案率", "≥95%"),
        ("群众就业能力", "明显提升"),
    ]
    assert document.fiscal_year == 2023  # from the title repeated at the page's top
    assert [i.name for i in document.projects[0].indicators] == [
        "培训人数",
        "培训合格率",
        "参训人员满意度",
    ]


def test_a_head_whose_prose_opens_with_the_goal_words_is_no_goals_table(tmp_path: Path) -> None:
    text = (
        "某县人力资源和社会保障局2023年部门预算绩效文本\n\n"
        "年度整体支出目标是保障机关正常运转,做好就业培训工作。\n\n" + _PROJECT_PART
    )
    document = _parse(tmp_path, text)
    assert document.department_goals == []
    assert document.fiscal_year == 2023


def test_a_label_wrapped_down_its_column_does_not_take_the_next_rows_name(
    tmp_path: Path,
) -> None:
    form = (
        "某县人力资源和社会保障局2023年部门整体支出绩效目标表\n"
        "年度整体支出目标\t项目名称及金额\t一级指标\t三级指标\t指标值\t\n"
        "年度整体支出目标1\t就业培\t产出指标\t开展职业技能培训人次\t≥200 人次\t\n"
        "\t训及监\t\t\t\t\n"
        "\t察经费\t\t劳动监察案件结案率\t≥95%\t\n"
    )
    names = [i.name for _, i in read_form(tmp_path, form).all_indicators()]
    assert "劳动监察案件结案率" in names


def test_a_second_level_label_in_the_names_column_shifts_the_row(tmp_path: Path) -> None:
    rows = (
        "\t\t时效指标\t培训完成时限\t年内完成全部培训\t≤30 日\t\n"
        "\t\t\t证书发放时限\t考核后发放证书\t≤10 日\t\n"
        "\t\t成本指标\t人均培训成本\t人均培训支出\t≤500元\t\n"
    )
    assert _read(_project(tmp_path, rows))[1:] == [
        ("培训完成时限", "≤30日"),
        ("证书发放时限", "≤10日"),
        ("人均培训成本", "≤500元"),
    ]


def test_a_label_word_without_its_level_word_stays_the_name(tmp_path: Path) -> None:
    rows = "满意度\t服务对象满意度\t 服务对象满意度\t参训人员满意度调查\t≥90%\t\n"
    assert ("服务对象满意度", "≥90%") in _read(_project(tmp_path, rows))


def test_a_target_pushed_past_the_basis_column_is_read(tmp_path: Path) -> None:
    rows = "产出指标\t\t培训补贴人数\t\t发放培训补贴人数,覆盖全部 学员\t\t\t≥150 人\n"
    assert ("培训补贴人数", "≥150人") in _read(_project(tmp_path, rows))


def test_words_past_the_basis_column_are_no_target(tmp_path: Path) -> None:
    rows = "产出指标\t\t培训补贴人数\t\t发放培训补贴人数\t\t\t按实际人数\n"
    read = dict(_read(_project(tmp_path, rows)))
    assert read.get("培训补贴人数") is None


def test_a_name_wrapped_under_its_target_printed_twice_is_one_row(tmp_path: Path) -> None:
    rows = (
        "\t\t时效指标\t培训补贴申请审核办\t在规定期限内完成审核\t≤7 个工作日\t\n"
        "\t\t\t结时限\t并发放\t7 个工作日内\t\n"
    )
    assert _read(_in_text(tmp_path, rows))[1:] == [("培训补贴申请审核办结时限", "≤7个工作日")]


def test_a_next_row_stating_the_same_target_stays_a_row(tmp_path: Path) -> None:
    rows = (
        "\t\t质量指标\t培训考核合格率\t合格人数/参训人数\t≥90%\t\n"
        "\t\t\t结业率\t结业人数/参训人数\t≥90%\t\n"
    )
    assert _read(_in_text(tmp_path, rows))[1:] == [
        ("培训考核合格率", "≥90%"),
        ("结业率", "≥90%"),
    ]


def test_a_name_wrapped_beside_a_label_cut_over_the_same_lines_is_one_row(
    tmp_path: Path,
) -> None:
    rows = (
        "效果指\t\t\t困难群众获得就业援助\t符合条件的困难群众应援尽援\t =100%\t\n"
        "标\t\t\t比例\t\t=100%\t\n"
    )
    assert ("困难群众获得就业援助比例", "=100%") in _read(_in_text(tmp_path, rows))


def test_a_short_row_with_its_own_target_beside_a_cut_label_stays_a_row(tmp_path: Path) -> None:
    rows = (
        "效果指\t\t\t困难群众获得就业援助\t符合条件的困难群众应援尽援\t =100%\t\n"
        "标\t\t\t就业率\t\t≥80%\t\n"
    )
    read = _read(_in_text(tmp_path, rows))
    assert ("困难群众获得就业援助", "=100%") in read
    assert [target for _, target in read].count("≥80%") == 1


def test_a_tall_rows_garbled_echo_under_a_whole_standard_is_dropped(tmp_path: Path) -> None:
    rows = (
        "\t\t社会效益指标\t群众就业能力\t通过职业技能培训,提高劳动者就业创业\t明显提升\t\n"
        "\t\t\t刀工从仁从心小\t能力\t列业灰门\t\n"
    )
    assert ("群众就业能力", "明显提升") in _read(_in_text(tmp_path, rows))


def test_a_name_wrapped_shorter_than_its_first_line_still_joins(tmp_path: Path) -> None:
    rows = (
        "\t\t社会效益指标\t群众就业创业能\t通过职业技能培训,提高劳动者就业创业\t明显提升\t\n"
        "\t\t\t力提升\t能力\t\t\n"
    )
    names = [name for name, _ in _read(_in_text(tmp_path, rows))]
    assert "群众就业创业能力提升" in names


def test_a_description_wrapped_into_the_target_column_pushes_the_target_right(
    tmp_path: Path,
) -> None:
    rows = "\t\t职业技能鉴定人数\t为参训学员免费组织职业技能鉴定\t\t人数\t≥120 人\t\n"
    read = _project(tmp_path, rows)
    assert _read(read)[1:] == [("职业技能鉴定人数", "≥120人")]
    assert read[1].definition == "为参训学员免费组织职业技能鉴定人数"


def test_a_standard_in_the_target_column_with_no_value_after_it_stays_the_target(
    tmp_path: Path,
) -> None:
    rows = "\t\t培训档案管理\t学员培训档案建立情况\t\t规范完整\t\t\n"
    assert _read(_project(tmp_path, rows))[1:] == [("培训档案管理", "规范完整")]


_NUMBERED_FORM = (
    "部门整体支出绩效自评表\n(2022年度)\n部门(单位)名称 某县人力资源和社会保障局\n"
    "一级\n指标\n二级\n指标\n三级指标 指标解释 绩效目标值 实际完成值 指标分值 得分\n"
    "产出\n指标\n(60分)\n数量\n指标\n"
    " 指标1  农民培训班期数 全年举办培训班期数 ≥20期 22期 10 10\n"
)


def test_a_numbered_rows_name_wrapped_before_its_cells_is_joined(tmp_path: Path) -> None:
    form = (
        _NUMBERED_FORM + " 指标2  技能鉴定\n合格人数 参加鉴定合格人数 ≥300人 320人 10 10\n"
        " 指标3  培训基地数 认定培训基地数 ≥3个 3个 10 10\n总分 100 100\n"
    )
    read = [(i.name, i.definition) for _, i in read_form(tmp_path, form).all_indicators()]
    assert ("技能鉴定合格人数", "参加鉴定合格人数") in read


def test_a_numbered_rows_whole_name_keeps_the_text_on_the_next_line(tmp_path: Path) -> None:
    form = (
        _NUMBERED_FORM + " 指标2  就业困难人员援助人数\n全县各类就业困难人员 ≥150人 160人 10 10\n"
        "总分 100 100\n"
    )
    read = [(i.name, i.definition) for _, i in read_form(tmp_path, form).all_indicators()]
    assert ("就业困难人员援助人数", "全县各类就业困难人员") in read


def test_a_numbered_rows_measure_word_on_the_next_line_is_no_end_of_its_name(
    tmp_path: Path,
) -> None:
    form = _NUMBERED_FORM + " 指标2  培训学员就业比例 \n比例 ≥80% 85% 10 10\n总分 100 100\n"
    names = [i.name for _, i in read_form(tmp_path, form).all_indicators()]
    assert "培训学员就业比例" in names
    assert "培训学员就业比例比例" not in names


def test_a_dose_for_one_sheep_or_goat_is_a_unit(tmp_path: Path) -> None:
    rows = "\t\t小反刍兽疫疫苗采购\t采购疫苗数量\t≥10万只份\t\t\n"
    target = _project(tmp_path, rows)[1].target
    assert target is not None
    assert (target.value, target.unit) == (Decimal(10), "万只份")


def test_a_count_of_animals_keeps_its_own_unit(tmp_path: Path) -> None:
    rows = "\t\t免疫羊只数量\t免疫羊只数量\t≥10万只\t\t\n"
    target = _project(tmp_path, rows)[1].target
    assert target is not None
    assert (target.value, target.unit) == (Decimal(10), "万只")
