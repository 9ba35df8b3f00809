"""Use case: 我的待办, the to-do list of a signed-in user, by role.

- 单位填报人 / 单位负责人: drafts to finish, returned items to fix (a declaration, a monitoring
  round or a self-evaluation), monitoring rounds due on approved documents (until submitted),
  self-evaluations to submit once the year ends; the approver also sees drafts ready to submit.
- 财政审核人: submissions to review in their regions, of every stage.
- 系统管理员: approved items not yet published, and everything above.
Warnings: documents in scope whose latest review holds errors; for a department's editors and
approvers, red monitoring warnings on its approved documents at today's date.

Built on the same calls as the API (the documents the actor may read, their workflow
status), so a user sees here exactly the documents they may work on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from jixiao.app import documents, resources, workflow
from jixiao.app import review as review_use_cases
from jixiao.app.uow import Database
from jixiao.domain.access import Actor, Role
from jixiao.domain.monitoring.profile import Colour
from jixiao.domain.review import Severity
from jixiao.domain.workflow import Stage, Status

DRAFT, SUBMITTED, UNDER_REVIEW, RETURNED, APPROVED, PUBLISHED = (
    "草稿",
    "已提交",
    "审核中",
    "退回",
    "已批复",
    "已公开",
)

# Monitoring rounds (1-N月) and the day after which each is due *(practice: configurable)*.
MONITORING_ROUNDS: tuple[tuple[str, int, int], ...] = (("1-6月", 7, 15), ("1-10月", 11, 15))
# The self-evaluation is due from this (month, day) of the fiscal year on *(practice)*.
SELF_EVALUATION_OPENS: tuple[int, int] = (12, 1)


@dataclass(frozen=True)
class Item:
    department: str
    fiscal_year: int
    state: str
    note: str = ""
    stage: str = Stage.DECLARATION.value  # 申报, 监控 (with its round) or 自评
    round: str = ""

    @property
    def subject(self) -> str:
        """The stage in words: 申报, 监控 1-6月, 自评."""
        return f"{self.stage} {self.round}" if self.round else self.stage


@dataclass
class Todo:
    drafts: list[Item] = field(default_factory=list)  # 待完成的草稿
    to_submit: list[Item] = field(default_factory=list)  # 待提交 (approvers)
    returned: list[Item] = field(default_factory=list)  # 被退回
    to_review: list[Item] = field(default_factory=list)  # 待审核
    to_publish: list[Item] = field(default_factory=list)  # 待公开
    monitoring_due: list[Item] = field(default_factory=list)  # 监控轮次到期
    self_evaluation_due: list[Item] = field(default_factory=list)  # 年终自评待提交
    warnings: list[Item] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(
            len(items)
            for items in (
                self.drafts,
                self.to_submit,
                self.returned,
                self.to_review,
                self.to_publish,
                self.monitoring_due,
                self.self_evaluation_due,
            )
        )


_DEPARTMENT_ROLES = (Role.EDITOR, Role.APPROVER, Role.ADMIN)


def todo(database: Database, actor: Actor, today: date | None = None) -> Todo:
    today = today or date.today()
    result = Todo()
    for summary in documents.documents(database, actor=actor):
        if summary.subject:  # project-level forms follow their department document
            continue
        ref = workflow.SubjectRef(summary.department, summary.fiscal_year, summary.region)
        declaration, *others = workflow.stages(database, ref, actor=actor)
        state = declaration.state.value
        item = Item(summary.department, summary.fiscal_year, state)
        _sort_into(result, actor, item)
        for other in others:
            _sort_into(result, actor, _stage_item(item, other))
        _due(result, actor, item, others, today)
        _warn(database, result, item)
        if actor.role in (Role.EDITOR, Role.APPROVER) and state in (APPROVED, PUBLISHED):
            _watch(database, actor, result, item, today)
    return result


def _sort_into(result: Todo, actor: Actor, item: Item) -> None:
    department_side = actor.role in _DEPARTMENT_ROLES
    if department_side and item.state == DRAFT:
        result.drafts.append(item)
        if actor.role in (Role.APPROVER, Role.ADMIN):
            result.to_submit.append(item)
    if department_side and item.state == RETURNED:
        result.returned.append(item)
    if actor.role in (Role.REVIEWER, Role.ADMIN) and item.state in (SUBMITTED, UNDER_REVIEW):
        result.to_review.append(item)
    if actor.role in (Role.REVIEWER, Role.ADMIN) and item.state == APPROVED:
        result.to_publish.append(item)


def _stage_item(declaration: Item, status: Status) -> Item:
    return Item(
        declaration.department,
        declaration.fiscal_year,
        status.state.value,
        stage=status.stage.value,
        round=status.round,
    )


def _due(result: Todo, actor: Actor, item: Item, others: list[Status], today: date) -> None:
    """On an approved declaration: the monitoring rounds due now and the self-evaluation
    once the year ends, while not yet submitted (a draft or nothing yet)."""
    if actor.role not in _DEPARTMENT_ROLES or item.state not in (APPROVED, PUBLISHED):
        return
    started = {(s.stage, s.round) for s in others}  # a draft record is listed as a draft
    year = item.fiscal_year
    for label, month, day in MONITORING_ROUNDS:
        due = date(year, month, day)
        if (Stage.MONITORING, label) in started:
            continue
        if date(year, month - 1, 1) <= today <= due:
            note = f"{label}监控,{due:%m月%d日}前报送"
            result.monitoring_due.append(
                Item(item.department, year, DRAFT, note, Stage.MONITORING.value, label)
            )
    opens = date(year, *SELF_EVALUATION_OPENS)
    if today >= opens and (Stage.SELF_EVALUATION, "") not in started:
        note = "年度结束,请填写年末实际值并提交自评"
        result.self_evaluation_due.append(
            Item(item.department, year, DRAFT, note, Stage.SELF_EVALUATION.value)
        )


def _watch(database: Database, actor: Actor, result: Todo, item: Item, today: date) -> None:
    """The department's own approved documents: red monitoring warnings at today's date
    (within the fiscal year). Reviewers see a region's warnings on the region dashboard."""
    as_of = min(max(today, date(item.fiscal_year, 1, 1)), date(item.fiscal_year, 12, 31))
    report = resources.monitor(database, actor, item.department, item.fiscal_year, as_of)
    red = sum(1 for w in report.warnings if w.colour is Colour.RED)
    if red:
        note = f"截至 {as_of.isoformat()} 运行监控红色预警 {red} 条"
        result.warnings.append(Item(item.department, item.fiscal_year, item.state, note))


def _warn(database: Database, result: Todo, item: Item) -> None:
    findings = review_use_cases.findings(database, item.department, item.fiscal_year)
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    if errors:
        result.warnings.append(
            Item(item.department, item.fiscal_year, item.state, f"审核发现 {errors} 个错误")
        )
