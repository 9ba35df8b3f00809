"""The genre of a published document (:class:`DocumentKind`).

Apart from :mod:`jixiao.domain.model` (which re-exports it) because the command line needs the
enum for its ``--kind`` options at start-up, and the model's pydantic classes are slow to import.
"""

from __future__ import annotations

from enum import StrEnum


class DocumentKind(StrEnum):
    """The genre of a published document."""

    DEPARTMENT_PERFORMANCE = "department_performance"  # 部门预算绩效文本
    PROJECT_TARGET = "project_target"  # 项目支出绩效目标申报表 / 批复表
    PROJECT_MONITORING = "project_monitoring"  # 项目支出绩效监控表
    PROJECT_SELF_EVALUATION = "project_self_evaluation"  # 项目支出绩效自评表
    DEPARTMENT_SELF_EVALUATION = "department_self_evaluation"  # 部门整体支出绩效自评表
    TRANSFER_TARGET = "transfer_target"  # 转移支付(区域)绩效目标表
    TRANSFER_SELF_EVALUATION = "transfer_self_evaluation"  # 转移支付绩效自评表
    MONITORING_REPORT = "monitoring_report"  # 绩效运行监控报告
    EVALUATION_REPORT = "evaluation_report"  # 绩效评价报告 / 自评报告
    SELF_EVALUATION_REPORT = "self_evaluation_report"  # 部门整体支出绩效自评报告
    EVALUATION_SCORE_TABLE = "evaluation_score_table"  # 绩效评价得分表
    INDICATOR_TABLE = "indicator_table"  # an indicator table of a form jixiao does not know
    BUDGET_DISCLOSURE = "budget_disclosure"  # 预算/决算公开的绩效情况

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def is_project_level(self) -> bool:
        """A form about one project: stored per (department, year, kind, project)."""
        return self in _PROJECT_LEVEL_KINDS

    @property
    def is_declaration(self) -> bool:
        """Targets declared or approved (申报/批复): nothing executed or scored yet."""
        return self in _DECLARATION_KINDS


_KIND_LABELS = {
    DocumentKind.DEPARTMENT_PERFORMANCE: "部门预算绩效文本",
    DocumentKind.PROJECT_TARGET: "项目支出绩效目标表",
    DocumentKind.PROJECT_MONITORING: "项目支出绩效监控表",
    DocumentKind.PROJECT_SELF_EVALUATION: "项目支出绩效自评表",
    DocumentKind.DEPARTMENT_SELF_EVALUATION: "部门整体支出绩效自评表",
    DocumentKind.TRANSFER_TARGET: "转移支付绩效目标表",
    DocumentKind.TRANSFER_SELF_EVALUATION: "转移支付绩效自评表",
    DocumentKind.MONITORING_REPORT: "绩效运行监控报告",
    DocumentKind.EVALUATION_REPORT: "绩效评价报告",
    DocumentKind.SELF_EVALUATION_REPORT: "部门整体支出绩效自评报告",
    DocumentKind.EVALUATION_SCORE_TABLE: "绩效评价得分表",
    DocumentKind.INDICATOR_TABLE: "指标表(未知文种)",
    DocumentKind.BUDGET_DISCLOSURE: "预算公开绩效情况",
}
_DECLARATION_KINDS = frozenset(
    {DocumentKind.DEPARTMENT_PERFORMANCE, DocumentKind.PROJECT_TARGET, DocumentKind.TRANSFER_TARGET}
)
_PROJECT_LEVEL_KINDS = frozenset(
    {
        DocumentKind.PROJECT_TARGET,
        DocumentKind.PROJECT_MONITORING,
        DocumentKind.PROJECT_SELF_EVALUATION,
        DocumentKind.TRANSFER_TARGET,
        DocumentKind.TRANSFER_SELF_EVALUATION,
        DocumentKind.MONITORING_REPORT,
        DocumentKind.EVALUATION_REPORT,
        DocumentKind.INDICATOR_TABLE,
    }
)
