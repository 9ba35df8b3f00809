"""The review opinion (审核意见): the findings of a review and the reviewer's comments.

The findings are the review engine's (`jixiao.domain.review`), sorted as it sorts them; the
opinion counts them by severity, lists each with its place, what is wrong and how to fix it,
and leaves the reviewer's comments (given, or lines to write on) above the signatures.
"""

from __future__ import annotations

from collections.abc import Sequence

from jixiao.domain.model import PerformanceDocument
from jixiao.domain.review import Finding, Severity
from jixiao.report.layout import Block, Cell, Form, Heading, Paragraph, Signature, Table

SIGNATURE = Signature(("审核人(签字):", "复核人(签字):", "审核单位(盖章):", "审核日期:"))
_HEADER = ("序号", "严重程度", "位置", "问题", "修改建议", "规则")
_WIDTHS = (6.0, 8.0, 30.0, 44.0, 30.0, 16.0)


def _summary(findings: Sequence[Finding]) -> str:
    if not findings:
        return "经审核,未发现问题。"
    counts = "，".join(
        f"{severity.label}{sum(1 for f in findings if f.severity is severity)}条"
        for severity in Severity
    )
    return f"经审核,共发现问题{len(findings)}条({counts})。"


def _row(number: int, finding: Finding) -> tuple[Cell, ...]:
    return (
        Cell(number, "number"),
        Cell(finding.severity.label, "label"),
        Cell(finding.location.label),
        Cell(finding.message),
        Cell(finding.suggestion or None),
        Cell(finding.code),
    )


def review_form(
    document: PerformanceDocument,
    findings: Sequence[Finding],
    comments: Sequence[str] = (),
) -> Form:
    """审核意见 on a document: a summary, the findings' table, the reviewer's comments."""
    blocks: list[Block] = [Paragraph(_summary(findings))]
    if findings:
        header = tuple(Cell(text, "header") for text in _HEADER)
        rows = tuple(_row(n, f) for n, f in enumerate(findings, start=1))
        blocks.append(Table(_WIDTHS, (header,), rows))
    blocks.append(Heading("审核人意见", 2))
    if comments:
        blocks += [Paragraph(comment) for comment in comments]
    else:
        blocks.append(Paragraph("\n\n"))  # room to write by hand on the printed opinion
    blocks.append(SIGNATURE)
    bureau = document.finance_bureau.name if document.finance_bureau else None
    meta = [("被审核单位", document.department.name), ("文件", document.kind.label)]
    if document.subject:
        meta.append(("项目", document.subject))
    if bureau:
        meta.append(("审核单位", bureau))
    return Form(
        title="预算绩效目标审核意见",
        subtitle=f"({document.fiscal_year}年度)",
        meta=tuple(meta),
        blocks=tuple(blocks),
        sheet_name="审核意见",
    )
