"""Completeness (完整性): what the forms ask for and the declaration leaves out, from required
fields to indicators covering 产出, 效益 and 满意度 and targets with a basis."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Final

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.library import normalise_name
from jixiao.domain.model import DepartmentGoal, PerformanceDocument, Project
from jixiao.domain.review.finding import Area, Finding, Location, Severity
from jixiao.domain.review.index import (
    Container,
    ContainerKind,
    Statement,
    budget_location,
    source_of,
    unread_note,
)
from jixiao.domain.review.rule import Family, Rule, RuleContext, register, settings
from jixiao.domain.review.vocabulary import VAGUE_WORDS, amount, names
from jixiao.domain.target import TargetKind

DEFINED_STANDARDS: Final = (
    "优秀", "优", "良好", "良", "优良", "合格", "中等", "达标", "满意", "非常满意", "比较满意",
    "按时完成", "按期完成", "如期完成", "及时完成", "按计划完成", "完成", "通过验收", "验收合格",
    "全覆盖", "是", "有", "无", "健全", "符合规定", "按规定公开", "正常运行",
)  # fmt: skip


@register
class DocumentRequired(Rule):
    """总体绩效目标、整体支出目标内容、项目年度绩效目标等必填内容未填写。"""

    code = "DOC.REQUIRED"
    title = "必填内容缺失"
    family = Family.COMPLETENESS
    default_severity = Severity.WARNING

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        if not document.kind.is_project_level and not (document.overall_goal or "").strip():
            yield context.finding(
                Location(area=Area.DOCUMENT, field="overall_goal"),
                "未填写部门总体绩效目标",
                "补充部门年度总体绩效目标(概括全年工作和预期效果)",
            )
        if not document.department_goals and not document.projects:
            yield context.finding(
                Location(area=Area.DOCUMENT, field="indicators"),
                "文档既没有部门整体支出目标,也没有项目绩效目标",
                "按部门整体支出绩效目标申报表和项目绩效目标表填报",
            )
        for container, goal in context.index.items(ContainerKind.GOAL, DepartmentGoal):
            if not (goal.text or "").strip():
                yield context.finding(
                    container.location("text"),
                    f"{container.label}未填写目标内容",
                    "写明该项支出要实现的年度目标",
                )
        for container, project in context.index.items(ContainerKind.PROJECT, Project):
            if not (project.annual_goal or "").strip():
                yield context.finding(
                    container.location("annual_goal"),
                    f"{container.label}未填写年度绩效目标",
                    "写明项目本年度要完成的产出和达到的效果",
                )


@register
class BudgetTotalMissing(Rule):
    """年度收入预算或支出预算的合计未填写(或整张预算表为空)。"""

    code = "BUDGET.TOTAL_MISSING"
    title = "预算合计缺失"
    family = Family.COMPLETENESS
    default_severity = Severity.WARNING
    department_level = True

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        budget = document.budget
        for part, label, values in (
            ("income", "收入", budget.income),
            ("expenditure", "支出", budget.expenditure),
        ):
            if values.total is not None:
                continue
            stated = [v for v in values.parts().values() if v is not None]
            location = budget_location(document, part, "total")
            if stated:
                total = amount(sum(stated, Decimal(0)))
                yield context.finding(
                    location,
                    f"年度{label}预算合计未填写;已填各项之和为 {total} 万元",
                    f"填写{label}合计(按已填各项应为 {total} 万元),并核对是否漏填某一项",
                )
            else:
                yield context.finding(
                    location, f"未填写年度{label}预算", f"按来源或用途填写年度{label}预算及合计"
                )


@register
class GoalFundingMissing(Rule):
    """整体支出目标没有对应的“项目名称及金额”,或资金块缺少名称或金额。"""

    code = "GOAL.FUNDING_MISSING"
    title = "整体支出目标资金缺失"
    family = Family.COMPLETENESS
    default_severity = Severity.WARNING

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for container, goal in context.index.items(ContainerKind.GOAL, DepartmentGoal):
            block = goal.funding_block
            location = container.location("funding_block")
            if block is not None:
                line, page = source_of(block.provenance, "amount")
                location = location.model_copy(
                    update={"line": line or location.line, "page": page or location.page}
                )
            if block is None or (block.name is None and block.amount is None):
                message = f"{container.label}未填写对应的项目名称及金额"
            elif block.amount is None:
                message = f"{container.label}的资金“{block.name}”未填写金额"
            elif block.name is None:
                message = f"{container.label}的资金({amount(block.amount)} 万元)未填写名称"
            else:
                continue
            suggestion = "写明该目标对应的支出(如人员经费、公用经费或项目)及其金额"
            note = unread_note(block.provenance) if block is not None else None
            if note:
                suggestion += f";原文识别说明:{note},请对照原件核实"
            yield context.finding(location, message, suggestion)


@register
class ProjectRequired(Rule):
    """项目未填写预算数、资金来源(财政资金/其他资金)或资金支出计划。"""

    code = "PROJECT.REQUIRED"
    title = "项目必填项缺失"
    family = Family.COMPLETENESS
    default_severity = Severity.WARNING

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for container, project in context.index.items(ContainerKind.PROJECT, Project):
            missing = []
            if project.budget is None:
                missing.append(("budget", "预算数"))
            if project.fiscal_funds is None and project.other_funds is None:
                missing.append(("fiscal_funds", "资金来源(财政资金、其他资金)"))
            if not project.spending_plan:
                missing.append(("spending_plan", "资金支出计划"))
            for field, label in missing:
                yield context.finding(
                    container.location(field),
                    f"{container.label}未填写{label}",
                    f"按项目绩效目标表填写{label}",
                )


@register
class ProjectCodeMissing(Rule):
    """项目未填写项目编码(预算一体化系统中的项目库编码)。"""

    code = "PROJECT.CODE_MISSING"
    title = "项目编码缺失"
    family = Family.COMPLETENESS
    default_severity = Severity.INFO

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for container, project in context.index.items(ContainerKind.PROJECT, Project):
            if not (project.code or "").strip():
                yield context.finding(
                    container.location("code"),
                    f"{container.label}未填写项目编码",
                    "填写项目库中的项目编码,便于与预算和执行数据对应",
                )


def _elsewhere(statement: Statement, context: RuleContext) -> str | None:
    """How the same indicator's target is stated in linked places, if it is."""
    stated = [
        f"{other.container.label}写作“{other.indicator.target.text}”"
        for other in context.index.cluster_of(statement)
        if other is not statement and other.indicator.target is not None
    ]
    return "同一指标在" + ",在".join(stated) if stated else None


@register
class TargetMissing(Rule):
    """指标没有指标值:既无比较符号和数值,也无定性标准,无法监控和评价(写作“*”“/”“——”“XX”等占位符的视为未填写)。"""

    code = "INDICATOR.TARGET_MISSING"
    title = "指标值缺失"
    family = Family.COMPLETENESS
    default_severity = Severity.ERROR

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for statement in context.index.statements:
            if statement.indicator.target is not None:
                continue
            hint = _elsewhere(statement, context)
            match = context.index.match(statement)
            if hint is None and match is not None and match.entry.typical:
                hint = f"指标库中“{match.entry.name}”的典型值为 {match.entry.typical}"
            suggestion = "填写指标值(比较符号+数值+单位,或明确的定性标准)"
            placeholder = statement.indicator.target_placeholder
            written = f"(写作“{placeholder}”,是未填写的占位符)" if placeholder else ""
            yield context.finding(
                statement.location("target"),
                f"{statement.container.label}的指标“{statement.indicator.name}”没有指标值{written}",
                f"{suggestion};{hint}" if hint else suggestion,
            )


def _table_containers(context: RuleContext) -> list[Container]:
    """Department goals and projects: the forms, which have 一级/二级 columns (prose has not)."""
    return [c for c in context.index.containers if c.kind is not ContainerKind.SECTION]


@register
class CategoryMissing(Rule):
    """申报表中的指标未填写一级指标(产出/效益/满意度)。"""

    code = "INDICATOR.CATEGORY_MISSING"
    title = "一级指标缺失"
    family = Family.COMPLETENESS
    default_severity = Severity.WARNING

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for container in _table_containers(context):
            missing = [
                s for s in context.index.in_container(container) if s.indicator.category is None
            ]
            if missing:
                yield context.finding(
                    missing[0].location("category"),
                    f"{container.label}有 {len(missing)} 个指标未填写一级指标:{names(missing)}",
                    "为每个指标填写一级指标(产出指标、效益指标、满意度指标)",
                    tuple(s.location("category") for s in missing[1:]),
                )


@register
class SubcategoryMissing(Rule):
    """申报表中已有一级指标的指标未填写二级指标(数量、质量、时效、成本、社会效益等)。"""

    code = "INDICATOR.SUBCATEGORY_MISSING"
    title = "二级指标缺失"
    family = Family.COMPLETENESS
    default_severity = Severity.INFO

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for container in _table_containers(context):
            statements = context.index.in_container(container)
            missing = [
                s
                for s in statements
                if s.indicator.category is not None and s.indicator.subcategory is None
            ]
            if missing:
                yield context.finding(
                    container.location("subcategory"),
                    f"{container.label}的 {len(statements)} 个指标中有 {len(missing)} 个"
                    f"未填写二级指标:{names(missing)}",
                    "按指标体系填写二级指标,便于检查产出是否覆盖数量、质量、时效和成本",
                )


def _labels(values: Sequence[str], label_of: dict[str, str]) -> str:
    return "、".join(label_of.get(value, value) for value in values)


_CATEGORY_LABELS: Final = {c.value: c.label for c in Category}
_SUBCATEGORY_LABELS: Final = {s.value: s.label for s in Subcategory}


@register
class CategoryCoverage(Rule):
    """每个整体支出目标和项目都应设产出、效益和满意度指标(可按单位调整要求的一级指标)。"""

    code = "COVER.CATEGORIES"
    title = "一级指标不全"
    family = Family.COMPLETENESS
    default_severity = Severity.WARNING
    params = settings(
        goal_categories=("output", "outcome", "satisfaction"),
        project_categories=("output", "outcome", "satisfaction"),
    )

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for container in _table_containers(context):
            key = (
                "goal_categories" if container.kind is ContainerKind.GOAL else "project_categories"
            )
            statements = context.index.in_container(container)
            if not statements:
                yield context.finding(
                    container.location("indicators"),
                    f"{container.label}没有绩效指标",
                    "按产出、效益、满意度设置绩效指标",
                )
                continue
            present = {s.indicator.category.value for s in statements if s.indicator.category}
            missing = [c for c in context.words(key) if c not in present]
            if missing:
                yield context.finding(
                    container.location("indicators"),
                    f"{container.label}缺少{_labels(missing, _CATEGORY_LABELS)}",
                    _coverage_hint(missing, statements),
                )


def _coverage_hint(missing: list[str], statements: Sequence[Statement]) -> str:
    hint = f"补充{_labels(missing, _CATEGORY_LABELS)}"
    if Category.SATISFACTION.value in missing:
        misfiled = [s for s in statements if normalise_name(s.indicator.name).endswith("满意度")]
        if misfiled:
            hint += f";{names(misfiled)}列在其他一级指标下,应归入满意度指标"
    return hint


@register
class OutputCoverage(Rule):
    """产出指标应覆盖数量、质量、时效,有资金的还应有成本(只检查已填二级指标的表)。"""

    code = "COVER.OUTPUTS"
    title = "产出指标不全"
    family = Family.COMPLETENESS
    default_severity = Severity.WARNING
    params = settings(dimensions=("quantity", "quality", "timeliness"), cost_when_funded=True)

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        for container in _table_containers(context):
            statements = context.index.in_container(container)
            present = {_dimension(s) for s in statements} - {None}
            if not present:
                continue  # no 二级 stated: INDICATOR.SUBCATEGORY_MISSING says so
            required = list(context.words("dimensions"))
            if context.flag("cost_when_funded") and _funded(container):
                required.append(Subcategory.COST.value)
            missing = [d for d in required if d not in present]
            if missing:
                yield context.finding(
                    container.location("indicators"),
                    f"{container.label}的产出指标缺少{_labels(missing, _SUBCATEGORY_LABELS)}",
                    f"补充{_labels(missing, _SUBCATEGORY_LABELS)}(产出指标一般应覆盖数量、质量、"
                    "时效和成本)",
                )


def _dimension(statement: Statement) -> str | None:
    indicator = statement.indicator
    if indicator.category is Category.COST:  # the newer framework's level-one cost
        return Subcategory.COST.value
    if indicator.subcategory is None or indicator.subcategory.category is not Category.OUTPUT:
        return None
    return indicator.subcategory.value


def _funded(container: Container) -> bool:
    item = container.item
    if isinstance(item, Project):
        return bool(item.budget)
    if isinstance(item, DepartmentGoal) and item.funding_block is not None:
        return bool(item.funding_block.amount)
    return False


@register
class StandardUndefined(Rule):
    """定性指标值既不是明确的等级或标准(优良、合格、按时完成等),也没有指标解释说明如何评判。"""

    code = "INDICATOR.STANDARD_UNDEFINED"
    title = "定性指标缺少评判标准"
    family = Family.COMPLETENESS
    default_severity = Severity.WARNING
    params = settings(defined_standards=DEFINED_STANDARDS, vague_words=VAGUE_WORDS)

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        defined = set(context.words("defined_standards"))
        vague = context.words("vague_words")
        candidates = []
        for statement in context.index.statements:
            target = statement.indicator.target
            if target is None or target.kind is not TargetKind.QUALITATIVE:
                continue
            standard = target.standard or ""
            if standard in defined or (statement.indicator.definition or "").strip():
                continue
            if any(word in standard for word in vague):
                continue  # TARGET.VAGUE raises vague standards
            candidates.append(statement)
        for statement, others in context.index.grouped(candidates):
            target = statement.indicator.target
            assert target is not None
            yield context.finding(
                statement.location("target"),
                f"定性指标“{statement.indicator.name}”的指标值“{target.text}”"
                "不是明确的等级或标准,也没有指标解释说明如何评判",
                "写明评判标准(如“优良”“合格”“按时完成”),或在指标解释中说明达到的具体要求",
                tuple(o.location("target") for o in others),
            )


@register
class TargetBasisMissing(Rule):
    """表中要求“指标值确定依据”(计划、历史、行业、预算支出标准)而未填写。"""

    code = "BASIS.MISSING"
    title = "指标值确定依据缺失"
    family = Family.COMPLETENESS
    default_severity = Severity.WARNING
    params = settings(containers=("project",))

    def check(self, document: PerformanceDocument, context: RuleContext) -> Iterator[Finding]:
        kinds = set(context.words("containers"))
        for container in context.index.containers:
            if container.kind.value not in kinds:
                continue
            statements = context.index.in_container(container)
            missing = [s for s in statements if s.indicator.target_basis is None]
            if not missing:
                continue
            share = "均" if len(missing) == len(statements) else f"中有 {len(missing)} 个"
            yield context.finding(
                container.location("target_basis"),
                f"{container.label}的 {len(statements)} 个指标{share}未填写指标值确定依据:"
                f"{names(missing)}",
                "为每个指标值注明依据:计划标准、历史标准、行业标准或预算支出标准(成本指标)",
            )
