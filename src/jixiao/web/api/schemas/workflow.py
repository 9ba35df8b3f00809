"""The workflow: transitions in, the status and its history out; approved versions, their
comparison; findings with the explanations and comments on them; the audit log."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from jixiao.domain.review import Finding


class StatusOut(BaseModel):
    stage: str = Field(description="申报、监控或自评")
    round: str = Field(description="监控轮次,如 1-6月;申报和自评为空")
    state: str = Field(description="草稿、已提交、审核中、退回、已批复、已公开")
    version: int = Field(description="版本号:每次修改和流转加一")
    adjusting: bool = Field(description="是否在调整申请中(已批复版本仍然有效)")
    last_editor: str | None = Field(description="内容的最后编辑人")


class ReasonIn(BaseModel):
    location: str = Field(min_length=1, max_length=500, description="位置:字段、指标或审核发现")
    reason: str = Field(min_length=1, max_length=2000, description="原因")


class EventOut(BaseModel):
    at: datetime
    actor: str
    role: str
    action: str
    from_state: str
    to_state: str
    version: int
    reasons: list[ReasonIn]
    note: str | None


class NoteOut(BaseModel):
    text: str
    author: str
    at: datetime


class WorkflowOut(BaseModel):
    subject: str = Field(description="文档和阶段")
    status: StatusOut
    allowed: list[str] = Field(description="当前用户现在可以执行的操作")
    in_force: int | None = Field(description="现行有效的批复版本号")
    published: int | None = Field(description="已公开的批复版本号")
    events: list[EventOut] = Field(description="流转历史")


class SubmitIn(BaseModel):
    explanations: dict[str, str] = Field(
        default_factory=dict,
        description="对审核发现的说明:审核发现的 key → 说明(有错误时须说明才能提交)",
    )


class ReturnIn(BaseModel):
    reasons: list[ReasonIn] = Field(min_length=1, description="逐项退回原因")


class AdjustmentIn(BaseModel):
    reason: str = Field(min_length=1, max_length=2000, description="调整理由")


class OutcomeOut(BaseModel):
    status: StatusOut
    findings: list[Finding] = Field(description="提交时运行的审核发现")
    version_number: int | None = Field(description="批复或公开的版本号")


class ApprovedVersionOut(BaseModel):
    number: int
    approved_at: datetime
    approved_by: str
    published_at: datetime | None
    published_by: str | None
    digest: str = Field(description="规范 JSON 的 SHA-256")


class ChangeOut(BaseModel):
    where: str = Field(description="位置")
    kind: str = Field(description="新增、删除或修改")
    field: str
    before: str
    after: str
    description: str


class NoteIn(BaseModel):
    text: str = Field(min_length=1, max_length=4000, description="说明或意见")


class FindingOut(BaseModel):
    number: int = Field(description="在最近一次审核结果中的序号(从 1 起)")
    key: str = Field(description="审核发现的标识(规则代码@位置),提交时的说明以它为键")
    finding: Finding
    explanation: NoteOut | None = Field(description="填报单位的说明")
    comment: NoteOut | None = Field(description="审核人的意见")


class AuditEntryOut(BaseModel):
    number: int
    at: datetime
    actor: str
    role: str
    action: str
    subject: str
    before_digest: str | None
    after_digest: str | None
    detail: str
    prev_hash: str
    hash: str


class VerificationOut(BaseModel):
    count: int = Field(description="审计日志条数")
    intact: bool = Field(description="哈希链是否完整")
    message: str = Field(description="检查结果;不完整时指明第一条被修改、删除或调换的记录")
