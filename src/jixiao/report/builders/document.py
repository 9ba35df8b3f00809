"""The whole 部门预算绩效文本, regenerated from the model in the published order.

Cover (title, 编制 and 审核), 第一部分 (一、总体绩效目标; 二、分项绩效目标, each with its 绩效目标
and 绩效指标 in words; 三、工作保障措施), the 部门整体支出绩效目标申报表, then 第二部分 with one
项目绩效目标表 per budget project: the order and headings of the published documents (the
Xingtai text and the genre's other layouts), which the importer reads back.
"""

from __future__ import annotations

from jixiao.domain.model import PerformanceDocument
from jixiao.report.builders.targets import (
    PROJECT_SIGNATURE,
    department_target_form,
    project_tables,
)
from jixiao.report.layout import Block, Form, Heading, Paragraph
from jixiao.report.templates import Template

_NUMERALS = "一二三四五六七八九十"


def numeral(n: int) -> str:
    """一 … 九十九: the numbering of the sections (一、 and (一))."""
    if n <= 10:
        return _NUMERALS[n - 1]
    tens, units = divmod(n, 10)
    head = "" if tens == 1 else _NUMERALS[tens - 1]
    return head + "十" + (_NUMERALS[units - 1] if units else "")


def document_title(document: PerformanceDocument) -> str:
    return document.title or f"{document.department.name}{document.fiscal_year}年部门预算绩效文本"


def prose_form(document: PerformanceDocument) -> Form:
    """The cover and 第一部分's prose."""
    blocks: list[Block] = []
    bureau = document.finance_bureau.name if document.finance_bureau else None
    cover = f"{document.department.name}编制"
    blocks.append(Paragraph(f"{cover}　{bureau}审核" if bureau else cover))
    year = document.fiscal_year
    blocks.append(Heading(f"第一部分　{year}年部门整体绩效目标", 1))
    blocks.append(Heading("一、总体绩效目标", 2))
    if document.overall_goal:
        blocks.append(Paragraph(document.overall_goal))
    blocks.append(Heading("二、分项绩效目标", 2))
    for n, section in enumerate(document.goal_sections, start=1):
        blocks.append(Heading(f"({numeral(n)}){section.title}", 3))
        if section.goal:
            blocks.append(Paragraph(f"绩效目标:{section.goal}"))
        if section.indicators_text:
            blocks.append(Paragraph(f"绩效指标:{section.indicators_text}"))
    if document.safeguards:
        blocks.append(Heading("三、工作保障措施", 2))
        for n, safeguard in enumerate(document.safeguards, start=1):
            blocks.append(Heading(f"({numeral(n)}){safeguard.title}", 3))
            blocks.append(Paragraph(safeguard.text))
    return Form(
        title=document_title(document),
        subtitle=None,
        meta=(),
        blocks=tuple(blocks),
        landscape=False,
        sheet_name="绩效文本",
    )


def document_forms(document: PerformanceDocument, template: Template) -> list[Form]:
    """The whole text: prose, the department's table, then each project's table."""
    forms = [prose_form(document)]
    department = department_target_form(document, template)
    if document.projects:
        part_two = Heading("第二部分　预算项目绩效目标", 1)
        department = _with_block(department, part_two)
    forms.append(department)
    for n, project in enumerate(document.projects, start=1):
        facts, indicators = project_tables(project, template)
        forms.append(
            Form(
                title=f"{n}.{project.name}项目绩效目标表",
                subtitle=None,
                meta=(("填报单位(盖公章)", document.department.name),),
                blocks=(facts, indicators, PROJECT_SIGNATURE),
                sheet_name=f"{n}.{project.name}"[:31],
            )
        )
    return forms


def _with_block(form: Form, block: Block) -> Form:
    return Form(
        form.title, form.subtitle, form.meta, (*form.blocks, block), form.landscape, form.sheet_name
    )
