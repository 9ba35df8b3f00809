"""Targets stated in the prose of reports: ``名称:目标≥X,实际Y``, ``名称目标值≥X``, the
actual first with the target in brackets, a label closed by ``。``."""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.model import DocumentKind
from jixiao.ingest.general.fields import read_prose_fields, read_prose_funding
from jixiao.ingest.general.genres import genre_of
from jixiao.ingest.general.prose import ProseTarget, read_prose_targets
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.source import SourceLine


def _read(*texts: str) -> list[ProseTarget]:
    lines = [SourceLine(n, text, (text,)) for n, text in enumerate(texts, start=1)]
    return read_prose_targets(lines)


def test_a_name_then_its_target_column_and_the_actual_after_it() -> None:
    found = _read("2.质量指标。资料归档合格率:目标≥98%,实际99.2%。")
    assert [(item.name, item.phrase, item.actual) for item in found] == [
        ("资料归档合格率", "≥98%", "99.2%")
    ]
    assert found[0].target.value == Decimal(98)


def test_a_name_glued_to_its_target_column_and_the_rest_of_the_sentence_is_the_actual() -> None:
    found = _read(
        "1.数量指标:新建产业基地面积目标值≥3000亩,已完成1860亩;新建(改建)产业路目标值≥12公里,"
        "已完成7.5公里。"
    )
    assert [(item.name, item.phrase, item.actual) for item in found] == [
        ("新建产业基地面积", "≥3000亩", "1860亩"),
        ("新建(改建)产业路", "≥12公里", "7.5公里"),
    ]


def test_the_actual_first_and_the_target_in_brackets_after_it() -> None:
    found = _read("1.数量指标。宗地数据入库数量实际完成1.2万宗(年度目标≥1万宗)。")
    assert [(item.name, item.phrase, item.actual) for item in found] == [
        ("宗地数据入库数量", "≥1万宗", "1.2万宗")
    ]


def test_a_line_of_named_targets_without_a_label_is_a_list_too() -> None:
    found = _read("办事群众满意度:目标≥95%,实际98.1%。")
    assert [(item.name, item.phrase) for item in found] == [("办事群众满意度", "≥95%")]


def test_a_remark_about_targets_is_no_target() -> None:
    assert _read("三、存在问题(一)绩效目标设定不合理,绩效目标指标值设置合理性有待提高。") == []


def test_a_numbered_name_then_its_target_column_in_the_next_clause() -> None:
    found = _read("指标1:公共文化场馆免费开放天数,指标值:≥300天;")
    assert [(item.name, item.phrase) for item in found] == [("公共文化场馆免费开放天数", "≥300天")]


def test_a_quoted_name_with_its_column_and_a_target_for_which_only_the_word_target_stands() -> None:
    found = _read(
        "1.数量指标:“基层医务人员培训人次”年度目标不少于1200人次,已完成860人次;"
        "项目完工时间,目标为2023年11月底前,目前按进度推进。"
    )
    assert [(item.name, item.phrase) for item in found] == [
        ("基层医务人员培训人次", "不少于1200人次"),
        ("项目完工时间", "2023年11月底前"),
    ]


def test_a_table_row_is_no_prose() -> None:
    assert (
        _read("| 年度总体目标 | 预期目标:发展高原特色作物3.5万亩 | 实际完成情况:种植3.62万亩 |")
        == []
    )


def test_a_units_report_about_its_project_names_both_and_its_genre() -> None:
    title = "兰陵县卫生健康局关于2023年基层医疗卫生机构能力提升项目绩效运行监控情况的报告"
    found = {
        item.field.value: item.value for item in read_prose_fields([SourceLine(1, title, (title,))])
    }
    assert found["unit_name"] == "兰陵县卫生健康局"
    assert found["project"] == "基层医疗卫生机构能力提升项目"
    assert genre_of([title], []) is DocumentKind.MONITORING_REPORT


def test_money_in_a_monitoring_reports_prose() -> None:
    text = "全年下达资金2860万元,截至6月30日已支出1315.6万元,支出进度46%。"
    funding = read_prose_funding([SourceLine(1, text, (text,))])
    assert funding is not None
    assert funding.figures[Role.BUDGET] == Decimal(2860)
    assert funding.figures[Role.ACTUAL] == Decimal("1315.6")
    assert funding.figures[Role.TARGET] == Decimal(46)
    text = "2023年年初预算1280万元,截至8月底支出736.54万元,预算执行率57.54%。"
    funding = read_prose_funding([SourceLine(1, text, (text,))])
    assert funding is not None and funding.figures[Role.ACTUAL] == Decimal("736.54")


def test_money_written_as_label_colon_figure_lines() -> None:
    lines = [
        SourceLine(n, text, (text,))
        for n, text in enumerate(
            [
                "年初预算数:1526.00万元",
                "全年预算数:1526.00万元",
                "全年执行数:1498.72万元",
                "执行率:98.21%",
            ],
            start=1,
        )
    ]
    funding = read_prose_funding(lines)
    assert funding is not None
    assert funding.figures[Role.PRIOR] == Decimal("1526.00")
    assert funding.figures[Role.TARGET] == Decimal("98.21")
