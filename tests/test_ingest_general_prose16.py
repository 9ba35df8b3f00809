"""Targets a monitoring or budget text states in prose in wordings of the genre: the
year's target named before the indicator's own name (``年度目标为新建… 不少于30个``), a
name naming its target's column after its level's lead (``群众满意度:…满意度目标值≥85%``)
a standard opening with 有所 or 基本 glued to its name (``…水平有所提高``), and a project's
money summed in a sentence (``项目资金共计…万元``)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.framework import Category
from jixiao.domain.target import Operator, TargetKind, parse_target
from jixiao.ingest.general.fields import read_prose_funding
from jixiao.ingest.general.prose import ProseTarget, read_prose_targets
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.source import SourceLine


def _read(*texts: str) -> list[ProseTarget]:
    lines = [SourceLine(n, text, (text,)) for n, text in enumerate(texts, start=1)]
    return read_prose_targets(lines)


def _named(found: list[ProseTarget]) -> list[tuple[str, str]]:
    return [(item.name, item.target.canonical) for item in found]


def test_the_years_target_named_before_each_name_takes_the_name_after_it() -> None:
    found = _read(
        "2.数量指标。年度目标为改造农村危房不少于120户,截至9月底已改造87户;"
        "年度目标为培训乡村工匠不少于300人次,已培训210人次。"
    )
    assert _named(found) == [("改造农村危房", "≥120户"), ("培训乡村工匠", "≥300人次")]
    assert [item.actual for item in found] == ["已改造87户", "210人次"]


def test_a_line_under_a_heading_stating_the_years_target_and_a_name_is_read() -> None:
    found = _read("(三)满意度指标", "年度目标为受助群众满意度不低于92%,拟于12月开展回访。")
    assert _named(found) == [("受助群众满意度", "≥92%")]
    assert found[0].category is Category.SATISFACTION


def test_a_target_alone_after_the_years_lead_stays_the_name_befores() -> None:
    # near miss: the column's lead gives the target alone; the name is the clause before
    found = _read("1.质量指标:验收合格率,年度目标值:不低于98%,已完成96%。")
    assert _named(found) == [("验收合格率", "≥98%")]


def test_a_name_naming_its_targets_column_after_its_levels_lead_is_read() -> None:
    found = _read(
        "(三)满意度指标",
        "服务对象满意度:参训学员对培训组织工作满意度目标值≥88%,结业时统一测评。",
    )
    assert _named(found) == [("参训学员对培训组织工作满意度", "≥88%")]
    assert found[0].subcategory is not None


def test_a_standard_opening_with_a_degree_of_some_is_cut_from_its_name() -> None:
    found = _read(
        "(1)社会效益指标:独居老人生活照料条件有所改善。",
        "(2)可持续影响指标:城乡一体化供水网络基本建成。",
    )
    assert _named(found) == [
        ("独居老人生活照料条件", "有所改善"),
        ("城乡一体化供水网络", "基本建成"),
    ]


def test_a_name_opening_with_basic_is_not_cut_at_its_first_word() -> None:
    # near miss: 基本 opens the name (基本医疗…), the standard's degree comes later
    found = _read("(1)社会效益指标:基本医疗服务可及性持续提升。")
    assert _named(found) == [("基本医疗服务可及性", "持续提升")]


def test_built_in_the_main_is_a_standard_and_built_alone_opens_a_name() -> None:
    built = parse_target("初步建成")
    assert (built.kind, built.standard) == (TargetKind.QUALITATIVE, "初步建成")
    found = _read("1.数量指标:建成区绿化覆盖率不低于40%。")
    assert [(item.name, item.target.operator, item.target.value) for item in found] == [
        ("建成区绿化覆盖率", Operator.GE, Decimal("40"))
    ]


def _funding(*texts: str) -> dict[Role, Decimal]:
    row = read_prose_funding([SourceLine(n, text, ()) for n, text in enumerate(texts, start=1)])
    return row.figures if row is not None else {}


def test_a_projects_money_summed_in_prose_is_its_budget() -> None:
    figures = _funding(
        "2022年农村饮水安全维修养护项目资金合计386.4万元,其中省级资金200万元,县级资金186.4万元。",
        "截至6月30日,项目资金已拨付150.2万元,预算执行率38.87%。",
    )
    assert figures[Role.BUDGET] == Decimal("386.4")
    assert figures[Role.ACTUAL] == Decimal("150.2")


def test_money_paid_out_summed_is_no_budget() -> None:
    # near miss: the sum of what was paid, named by its verb, not the project's money
    assert Role.BUDGET not in _funding("截至6月底,已拨付资金共计150.2万元,执行率38.87%。")


def test_a_short_standard_alone_after_what_is_measured_is_its_target() -> None:
    found = _read("(3)时效指标:群众来信办理,按时办结。")
    assert [(item.name, item.target.kind, item.target.text) for item in found] == [
        ("群众来信办理", TargetKind.QUALITATIVE, "按时办结")
    ]


def test_a_long_clause_after_a_name_is_no_standard_alone() -> None:
    # near miss: the clause after the name is a sentence about the work, no short standard
    found = _read("(3)时效指标:群众来信办理,各乡镇按时报送办理情况并及时反馈。")
    assert found == []


def test_a_funds_income_and_spending_in_balance_is_its_standard() -> None:
    found = _read("(2)可持续影响指标:职工养老保险基金当期收支基本平衡、略有结余。")
    assert [(item.name, item.target.kind, item.target.text) for item in found] == [
        ("职工养老保险基金", TargetKind.QUALITATIVE, "当期收支基本平衡、略有结余")
    ]


def test_a_balance_named_as_what_is_measured_is_no_standard() -> None:
    # near miss: the balance is the measure's name, its target a figure after it
    found = _read("(1)质量指标:收支平衡率≥98%。")
    assert [(item.name, item.target.canonical) for item in found] == [("收支平衡率", "≥98%")]
