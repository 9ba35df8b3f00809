"""Use cases of the monitoring-round and self-evaluation workflows on the pages: which rounds
a department can report (from the actuals it entered), submitting a round or the
self-evaluation with the figures it reports written into the history, and what a reviewer
sees of each (the round's warnings at its last day, the self-evaluation's score sheets).

The transitions are :mod:`jixiao.app.workflow`'s (the API's), with the signed-in actor; who
may do what is the domain's (:mod:`jixiao.domain.workflow`). The figures come from the same
calls as the API's reports (``app.resources``: access checked there).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from jixiao.app import resources, selfeval, workflow
from jixiao.app.uow import Database
from jixiao.domain.access import Actor
from jixiao.domain.actuals import Actuals
from jixiao.domain.money import format_decimal
from jixiao.domain.monitoring import Colour, MonitoringReport
from jixiao.domain.monitoring.rounds import reportable, round_end, round_label, round_month
from jixiao.domain.workflow import Action, Stage
from jixiao.errors import InputError

MONITORING, SELF_EVALUATION = Stage.MONITORING, Stage.SELF_EVALUATION
OVERALL = "整体"  # the key of the submitter's explanation of the whole round or self-evaluation


def _explained(explanation: str) -> dict[str, str]:
    return {OVERALL: explanation.strip()} if explanation.strip() else {}


def subject(
    department: str, fiscal_year: int, stage: Stage, round: str = ""
) -> workflow.SubjectRef:
    return workflow.SubjectRef(department, fiscal_year, stage=stage, round=round)


@dataclass(frozen=True)
class MonitoringRounds:
    """The monitoring rounds of a department-year as its monitoring page shows them."""

    rounds: list[workflow.WorkflowView]  # the rounds with a record, by last month
    offered: list[str]  # rounds the entered actuals support, with no record yet, latest first
    can_submit: bool  # whether the actor may submit one of them (the 单位负责人)


def monitoring_rounds(
    database: Database,
    actor: Actor,
    department: str,
    fiscal_year: int,
    records: Actuals | None = None,
) -> MonitoringRounds:
    """The rounds with a record and the rounds the actuals support (``records``: the
    department-year's actuals when the caller has read them already)."""
    statuses = workflow.stages(database, subject(department, fiscal_year, MONITORING), actor=actor)
    rounds = [
        workflow.status(
            database, subject(department, fiscal_year, MONITORING, s.round), actor=actor
        )
        for s in statuses
        if s.stage is MONITORING
    ]
    # A round with a record is (re)submitted from its own row; the new ones are offered.
    recorded = {view.status.round for view in rounds}
    if records is None:
        records = resources.stored_actuals(database, actor, department, fiscal_year)
    offered = [label for label in reportable(records, fiscal_year) if label not in recorded]
    if not offered:
        return MonitoringRounds(rounds, offered, False)
    # Whether the actor may submit is the domain's rule on a round in its draft state.
    probe = subject(department, fiscal_year, MONITORING, offered[0])
    can_submit = Action.SUBMIT in workflow.status(database, probe, actor=actor).allowed
    return MonitoringRounds(rounds, offered, can_submit)


def submit_round(
    database: Database,
    actor: Actor,
    department: str,
    fiscal_year: int,
    label: str,
    expected_version: int | None = None,
    explanation: str = "",
) -> workflow.Outcome:
    """Submit the monitoring round ``label`` ("1-N月"); it needs actuals entered within it,
    and the history keeps what it reports (execution, warnings at its last day).
    ``explanation`` (偏差原因、整改措施, or what was fixed after a return) goes to the reviewer."""
    label = round_label(round_month(label))
    end = round_end(label, fiscal_year)
    records = resources.stored_actuals(database, actor, department, fiscal_year)
    dates = [r.date for r in records.spending] + [r.date for r in records.progress]
    if not any(date(fiscal_year, 1, 1) <= day <= end for day in dates):
        raise InputError(f"{label}尚未录入任何支出或指标进度,不能报送该监控轮次")
    report = resources.monitor(database, actor, department, fiscal_year, end)
    return workflow.submit(
        database,
        subject(department, fiscal_year, MONITORING, label),
        explanations=_explained(explanation),
        actor=actor,
        expected_version=expected_version,
        note=round_summary(report),
    )


def round_summary(report: MonitoringReport) -> str:
    """One line of what a round reports: execution of the projects' budgets, warnings."""
    budgets = [p.budget for p in report.projects if p.budget.budget]
    total = sum((b.budget or Decimal(0) for b in budgets), Decimal(0))
    spent = sum((b.executed or Decimal(0) for b in budgets), Decimal(0))
    line = f"截至 {report.as_of.isoformat()}:项目执行 {format_decimal(spent)} 万元"
    if total:
        line += f"(执行率 {format_decimal((spent / total * 100).quantize(Decimal('0.1')))}%)"
    counts = {c: sum(1 for w in report.warnings if w.colour is c) for c in Colour}
    shown = "、".join(f"{c.label}色 {n} 条" for c, n in counts.items() if n)
    return f"{line};预警 {shown or '无'}"


def self_evaluation(
    database: Database, actor: Actor, department: str, fiscal_year: int
) -> workflow.WorkflowView:
    return workflow.status(database, subject(department, fiscal_year, SELF_EVALUATION), actor=actor)


def submit_self_evaluation(
    database: Database,
    actor: Actor,
    department: str,
    fiscal_year: int,
    expected_version: int | None = None,
    explanation: str = "",
) -> workflow.Outcome:
    """Submit the self-evaluation; it needs stored year-end values, and the history keeps
    the scores it reports (``explanation``: as for a round)."""
    result = selfeval.sheets(database, actor, department, fiscal_year, {})
    if not result.stored:
        raise InputError("尚未保存任何年末实际值,不能提交自评:请先填写并保存年末实际值")
    return workflow.submit(
        database,
        subject(department, fiscal_year, SELF_EVALUATION),
        explanations=_explained(explanation),
        actor=actor,
        expected_version=expected_version,
        note=scores_summary(result),
    )


def scores_summary(result: selfeval.SelfEvaluation) -> str:
    """The totals and ratings a self-evaluation reports (the department's sheet is last)."""
    sheets = result.sheets if len(result.sheets) <= 5 else result.sheets[-1:]
    line = "；".join(f"{s.subject} {s.total_presented} 分({s.rating})" for s in sheets)
    if len(result.sheets) > 5:
        line += f";另有 {len(result.sheets) - 1} 个项目自评表"
    return f"自评得分:{line}"


@dataclass(frozen=True)
class StageReview:
    """What a reviewer sees of a monitoring round or a self-evaluation."""

    department: str
    fiscal_year: int
    view: workflow.WorkflowView
    report: MonitoringReport | None = None  # a round: monitoring at its last day
    evaluation: selfeval.SelfEvaluation | None = None  # the self-evaluation's score sheets

    @property
    def stage(self) -> Stage:
        return self.view.status.stage

    @property
    def round(self) -> str:
        return self.view.status.round


def review(
    database: Database,
    actor: Actor,
    department: str,
    fiscal_year: int,
    stage: Stage,
    label: str = "",
) -> StageReview:
    """A round's or the self-evaluation's workflow and figures, for whoever may read them."""
    if stage is MONITORING:
        view = workflow.status(
            database, subject(department, fiscal_year, stage, label), actor=actor
        )
        try:
            end = round_end(label, fiscal_year)
        except InputError:  # a round the API named otherwise ("1-N月" is the pages' form)
            return StageReview(department, fiscal_year, view)
        report = resources.monitor(database, actor, department, fiscal_year, end)
        return StageReview(department, fiscal_year, view, report=report)
    if stage is SELF_EVALUATION:
        view = self_evaluation(database, actor, department, fiscal_year)
        result = selfeval.sheets(database, actor, department, fiscal_year, {})
        return StageReview(department, fiscal_year, view, evaluation=result)
    raise InputError(f"阶段“{stage.value}”的审核在申报审核页面进行")
