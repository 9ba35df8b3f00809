"""The form parsers on the real published forms of the shared corpus (``../shared/corpus``).

Every expected value below was read from the documents by hand: the Huangshi 批复表 (pipe
rows, a history column left empty), the Huangshi half-year 监控表 (pipe rows, cut inside its
notes) and the Langfang 自评表 (one cell per paragraph, cut inside the indicator table).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.model import (
    DocumentKind,
    FundingSource,
    Indicator,
    Likelihood,
    PerformanceDocument,
    ProjectAttribute,
)
from jixiao.domain.target import Operator, TargetKind
from jixiao.ingest.pipeline import parse_file
from jixiao.ingest.report import ImportReport, ItemKind

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
APPROVAL = CORPUS / "02_huangshi-dangxiao-2022-project-target-approval.txt"
MONITORING = CORPUS / "09_huangshi-shenyi-2019-project-monitoring.txt"
SELF_EVALUATION = CORPUS / "12_langfang-shipingongchengxuexiao-2019-project-selfeval.txt"
DEPARTMENT_TEXT = CORPUS / "xingtai-qiaolian-2020-department-performance.txt"

# The corpus lies beside the repository (CI lays it there); a bare clone has none.
pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the shared corpus is not checked out at {CORPUS}"
)

Parsed = tuple[PerformanceDocument, ImportReport]


@pytest.fixture(scope="module")
def approval() -> Parsed:
    return parse_file(APPROVAL)


@pytest.fixture(scope="module")
def monitoring() -> Parsed:
    return parse_file(MONITORING)


@pytest.fixture(scope="module")
def self_evaluation() -> Parsed:
    return parse_file(SELF_EVALUATION)


def _items(report: ImportReport, kind: ItemKind) -> list[tuple[str | None, int | None]]:
    return [(item.field, item.line) for item in report.of_kind(kind)]


# --- genres --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (APPROVAL, DocumentKind.PROJECT_TARGET),
        (MONITORING, DocumentKind.PROJECT_MONITORING),
        (SELF_EVALUATION, DocumentKind.PROJECT_SELF_EVALUATION),
        (DEPARTMENT_TEXT, DocumentKind.DEPARTMENT_PERFORMANCE),
    ],
    ids=lambda value: value.name if isinstance(value, Path) else "",
)
def test_each_corpus_file_is_read_as_its_genre(path: Path, kind: DocumentKind) -> None:
    document, report = parse_file(path)
    assert document.kind is kind and report.genre == kind.value


# --- 02: 项目支出绩效目标批复表 -------------------------------------------------------------------


def test_approval_head(approval: Parsed) -> None:
    document, _report = approval
    assert document.kind is DocumentKind.PROJECT_TARGET
    assert document.fiscal_year == 2022
    assert document.title == "项目支出绩效目标批复表"
    assert document.department.name == "中共黄石市委党校"
    assert document.department.supervising_department is None
    (project,) = document.projects
    assert document.subject == project.name == "主体班"
    assert (project.budget, project.fiscal_funds) == (Decimal(164), Decimal(132))
    assert project.attribute is ProjectAttribute.CONTINUING  # 持续性项目■ 新增性项目口
    assert project.period == "2022年"
    assert project.manager is None
    assert project.annual_goal is not None
    assert project.annual_goal.startswith("主体班培训280人次;邀请校外名师、领导授课25人次")
    assert project.provenance["fiscal_funds"].line == 5


APPROVAL_INDICATORS = [
    ("quantity", "主体班培训人次", None, Decimal(280), "人次"),
    ("quantity", "邀请校外名师、领导授课人次", None, Decimal(25), "人次"),
    ("quantity", "情景教学或外训批次", None, Decimal(6), "次"),
    ("quantity", "理论教育和党性教育课时比例", None, Decimal(70), "%"),
    ("quantity", "开设课程数量", None, Decimal(220), None),
    ("quality", "培训完成率", None, Decimal(100), "%"),
    ("quality", "邀请校外名师、领导授课完成率", None, Decimal(100), "%"),
    ("quality", "情景教学或外训完成率", None, Decimal(100), "%"),
    ("quality", "理论教育和党性教育课时比例完成率", None, Decimal(100), "%"),
    ("quality", "课程数量达标率", None, Decimal(100), "%"),
    ("timeliness", "及时完成率", None, Decimal(100), "%"),
    ("cost", "成本控制率", None, Decimal(100), "%"),
    ("beneficiary_satisfaction", "培训学员对培训效果满意度", Operator.GE, Decimal(95), "%"),
]


def test_approval_indicators(approval: Parsed) -> None:
    indicators = approval[0].projects[0].indicators
    read = []
    for indicator in indicators:
        assert indicator.target is not None and indicator.target.kind is TargetKind.QUANTITATIVE
        subcategory = indicator.subcategory.value if indicator.subcategory else None
        target = indicator.target
        read.append((subcategory, indicator.name, target.operator, target.value, target.unit))
        assert indicator.result is None  # a target form states no results
    assert read == APPROVAL_INDICATORS
    # 产出指标 written in the middle of its group (a merged cell) keeps the group's 数量指标
    assert indicators[4].category is Category.OUTPUT
    assert indicators[4].provenance["row"].line == 15
    assert indicators[-1].category is Category.SATISFACTION


def test_approval_report(approval: Parsed) -> None:
    _document, report = approval
    assert report.genre == "project_target"
    assert report.counts == {"预算项目": 1, "项目指标": 13}
    assert sorted(_items(report, ItemKind.MISSING)) == [
        ("projects[0].manager", 4),  # 项目负责人 left empty
        ("projects[0].supervising_department", 6),  # 项目主管部门 left empty
    ]
    # the signature line is form furniture, the empty history column no data
    assert report.of_kind(ItemKind.UNRECOGNISED) == []


# --- 09: 项目支出绩效监控表 -----------------------------------------------------------------------


def test_monitoring_head_and_funding(monitoring: Parsed) -> None:
    document, _report = monitoring
    assert document.kind is DocumentKind.PROJECT_MONITORING
    assert document.fiscal_year == 2019
    assert document.title == "黄石市项目支出绩效监控表 (申遗)"
    assert document.department.name == "黄石市文物局(湖北水泥遗址博物馆)"
    assert document.department.supervising_department == "黄石市文化和旅游局"
    (project,) = document.projects
    assert project.name == "申遗经费"
    assert project.attribute is None  # neither box ticked
    assert project.project_type == "常年性项目"  # 1、常年性项目 □ √
    assert project.execution_as_of_month == 6
    rows = [
        (row.source, row.label, row.initial_budget, row.executed, row.projected)
        for row in project.funding_execution
    ]
    assert rows == [
        (FundingSource.TOTAL, "年度资金总额", Decimal(220), Decimal("87.57"), None),
        (FundingSource.FISCAL, "当年一般公共预算拨款", Decimal(220), Decimal("87.57"), None),
    ]
    assert (project.budget, project.fiscal_funds) == (Decimal(220), Decimal(220))
    assert project.deviation_analysis is None and project.measures is None  # left empty


def test_monitoring_indicators(monitoring: Parsed) -> None:
    cost, social = monitoring[0].projects[0].indicators
    assert (cost.category, cost.subcategory) == (Category.OUTPUT, Subcategory.COST)
    assert cost.name == "年度预算"
    assert cost.target is not None
    assert (cost.target.value, cost.target.unit) == (Decimal(220), "万元")
    assert cost.result is not None
    assert cost.result.as_of_month == 6
    assert cost.result.actual_text == "按进度执行,已使用约40%"
    assert cost.result.likelihood is Likelihood.CERTAIN
    assert (social.category, social.subcategory) == (Category.OUTCOME, Subcategory.SOCIAL)
    assert social.target is None
    assert social.result is not None and social.result.likelihood is Likelihood.CERTAIN
    assert social.result.actual_text is not None
    assert social.result.actual_text.startswith("开展黄石矿冶工业遗产突出普遍价值研究")
    assert social.result.actual_text.endswith("推动申遗工作。")


def test_monitoring_report(monitoring: Parsed) -> None:
    report = monitoring[1]
    assert report.counts == {"预算项目": 1, "项目资金行": 2, "项目指标": 2, "指标完成情况": 2}
    assert _items(report, ItemKind.MISSING) == [
        ("projects[0].attribute", 10),
        ("projects[0].indicators[1].name", 24),
        ("projects[0].indicators[1].target", 24),
        (None, 27),  # the notes stop mid-sentence: the page was cut there
    ]
    assert "4.相" in report.of_kind(ItemKind.MISSING)[-1].reason
    assert _items(report, ItemKind.CROSS_FILLED) == [
        ("projects[0].budget", 14),
        ("projects[0].fiscal_funds", 15),
    ]
    assert _items(report, ItemKind.UNCERTAIN) == [("projects[0].indicators[0].target", 22)]
    assert report.of_kind(ItemKind.UNRECOGNISED) == []


# --- 12: 项目支出绩效自评表 -----------------------------------------------------------------------

SELF_EVALUATION_INDICATORS = [
    (Subcategory.QUANTITY, "工程资金金额", "43.2", "37.24", "10", "9"),
    (Subcategory.QUALITY, "工程完工率", "100", "100", "10", "10"),
    (Subcategory.QUALITY, "工程验收合格率", "100", "100", "10", "10"),
    (Subcategory.TIMELINESS, "项目完成及时率", "100", "100", "10", "10"),
    (Subcategory.COST, "成本控制率", "100", "100", "10", "10"),
    (Subcategory.ECONOMIC, "安全率", "100", "100", "10", "10"),
    (Subcategory.SOCIAL, "学校发展能力", "100", "100", "10", "10"),
    (Subcategory.SUSTAINABILITY, "长期使用性", "100", "100", "10", "10"),
    (Subcategory.BENEFICIARY_SATISFACTION, "学生满意度", "100", "100", "10", "10"),
]


def _evaluated(indicator: Indicator) -> tuple[object, ...]:
    assert indicator.target is not None and indicator.result is not None
    return (
        indicator.subcategory,
        indicator.name,
        str(indicator.target.value),
        indicator.result.actual_text,
        str(indicator.weight),
        str(indicator.result.score),
    )


def test_self_evaluation_head_and_funding(self_evaluation: Parsed) -> None:
    document, _report = self_evaluation
    assert document.kind is DocumentKind.PROJECT_SELF_EVALUATION
    assert document.fiscal_year == 2019  # written "2019年度)"
    assert document.department.name == "廊坊市食品工程学校"
    assert document.department.supervising_department == "廊坊市发改委"
    (project,) = document.projects
    assert project.name == "办公宿舍楼、食堂及餐厅暖通改造经费"
    total, fiscal = project.funding_execution  # 上年结转资金 and 其他资金 are left empty
    assert (total.source, fiscal.source) == (FundingSource.TOTAL, FundingSource.FISCAL)
    figures = (total.initial_budget, total.full_year_budget, total.executed)
    assert figures == (Decimal("43.2"), Decimal("43.2"), Decimal("37.24"))
    assert (total.weight, total.execution_rate, total.score) == (
        Decimal(10),
        Decimal(86),
        Decimal(9),
    )
    assert (fiscal.initial_budget, fiscal.executed, fiscal.weight) == (
        Decimal("43.2"),
        Decimal("37.24"),
        None,
    )
    assert total.provenance["executed"].line == 51
    assert (project.annual_goal, project.goal_achievement) == ("43.2", "37.24")  # as written
    assert project.total_score is None and project.rating is None  # never reached


def test_self_evaluation_indicators(self_evaluation: Parsed) -> None:
    indicators = self_evaluation[0].projects[0].indicators
    assert [_evaluated(indicator) for indicator in indicators] == SELF_EVALUATION_INDICATORS
    assert all(i.result is not None and i.result.as_of_month == 12 for i in indicators)
    first = indicators[0].result
    assert first is not None
    assert (
        first.deviation_explanation
        == "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。"
    )
    assert first.actual == Decimal("37.24")
    # 满意度 / 指标 / 服务对象满意度指标: a 一级 label split over two paragraphs
    assert indicators[-1].category is Category.SATISFACTION
    assert indicators[5].category is Category.OUTCOME  # 效益指标 / 经济效益 / 指标
    row = indicators[1].provenance["row"]  # 质量指标 | 指标1工程完工率 | 100 | 100 | 10 | 10
    assert (row.line, row.line_end) == (162, 172)
    assert indicators[1].provenance["name"].line == 164


def test_self_evaluation_report(self_evaluation: Parsed) -> None:
    report = self_evaluation[1]
    # the empty template rows (指标2, ……, the empty 生态效益 row) are furniture: no items
    assert report.counts == {"预算项目": 1, "项目资金行": 2, "项目指标": 9, "指标完成情况": 9}
    assert _items(report, ItemKind.MISSING) == [
        (None, 460),  # the last row (指标2) stops after three of its cells
        ("projects[0].total_score", 466),
        ("projects[0].rating", 466),
    ]
    assert report.of_kind(ItemKind.UNRECOGNISED) == []
