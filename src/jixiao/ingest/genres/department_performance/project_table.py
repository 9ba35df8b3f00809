"""A 项目绩效目标表: the project's facts above the indicator header, then its indicators.

Facts are label | value pairs (``项目名称 | 侨务工作经费``, ``预算数 | 8 万元``), read by their
labels wherever they stand in the row. A row whose label the OCR lost is read by its place
in the form: text after the budget row is the 资金用途, text after the spending plan the
年度绩效目标. The spending plan is a row of checkpoints (``3月底`` …) over a row of
cumulative percentages, matched by column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from jixiao.domain.model import ProjectAttribute
from jixiao.ingest.cells import (
    checked_options,
    is_decorative,
    join_cjk,
    label_key,
    read_amount,
    squashed,
)
from jixiao.ingest.genres.department_performance.context import Context, Fix, Located, plain
from jixiao.ingest.genres.department_performance.fold import TableItem, fold_rows
from jixiao.ingest.genres.department_performance.labels import resolve_labels
from jixiao.ingest.genres.department_performance.rows import Row, is_header, read_layout, read_row
from jixiao.ingest.genres.department_performance.sections import PROJECT_TABLE_RE, Region
from jixiao.ingest.genres.department_performance.spending_plan import (
    CheckpointDraft,
    read_spending_plan,
)
from jixiao.ingest.report import ItemKind
from jixiao.ingest.source import SourceLine

_FIELD_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "code": ("项目编码", "项目代码"),
    "name": ("项目名称",),
    "budget": (
        "预算数",
        "项目金额",
        "预算金额",
        "年度预算数",
        "项目总额",
        "资金总额",
        "年度资金总额",
    ),
    "fiscal_funds": ("财政资金", "财政拨款", "当年财政拨款", "当年财政资金"),
    "other_funds": ("其他资金",),
    "purpose": ("资金用途",),
    "attribute": ("项目属性",),
    "period": ("实施期", "项目期", "实施期限", "项目实施期"),
    "supervising_department": ("主管部门",),
    "implementing_unit": ("实施单位", "项目单位", "项目实施单位"),
    "manager": ("项目负责人",),
    "overall_goal": ("总体目标", "项目总体目标"),
    "annual_goal": ("年度绩效目标", "年度目标"),
}
AMOUNT_FIELDS: Final = frozenset({"budget", "fiscal_funds", "other_funds"})
# Labels of merged cells that head a group of rows and carry no value of their own.
_GROUP_LABELS: Final = ("预算规模", "资金支出计划", "资金支", "出计划", "绩效指标", "填报单位")
_TITLE_NUMBER_RE: Final = re.compile(r"^[0-9一二三四五六七八九十]+[、..]\s*")
_MIN_TEXT_CJK: Final = 4  # a row of fewer Chinese characters is debris, not a goal or purpose


@dataclass
class ProjectDraft:
    title: SourceLine
    fields: dict[str, Located] = field(default_factory=dict)
    amounts: dict[str, tuple[Decimal, SourceLine]] = field(default_factory=dict)
    attribute: ProjectAttribute | None = None
    spending_plan: list[CheckpointDraft] = field(default_factory=list)
    items: list[TableItem] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)
    annual_goal_fragment: Located | None = None
    unplaced: list[Row] = field(default_factory=list)

    @property
    def name(self) -> str | None:
        located = self.fields.get("name")
        return located.text if located else None


def _field_of(cell: str) -> str | None:
    key = label_key(cell)
    return next((name for name, labels in _FIELD_LABELS.items() if key in labels), None)


def _is_label(cell: str) -> bool:
    return _field_of(cell) is not None or label_key(cell).startswith(_GROUP_LABELS)


def read_project_table(ctx: Context, region: Region) -> ProjectDraft:
    project = ProjectDraft(title=region.titles[-1] if region.titles else region.lines[0])
    ctx.take(region.titles)
    lines = region.lines
    header = next((i for i, line in enumerate(lines) if is_header(line)), len(lines))
    _read_facts(ctx, project, lines[:header])
    if "name" not in project.fields:
        _name_from_title(project, region.titles)
    if header < len(lines):
        ctx.take([lines[header]])
        _read_indicators(ctx, project, lines[header], lines[header + 1 :])
    return project


def _read_facts(ctx: Context, project: ProjectDraft, lines: list[SourceLine]) -> None:
    """Label | value facts, the spending plan, and rows read by their place in the form."""
    plan = read_spending_plan(lines, project.fixes)
    if plan is not None:
        project.spending_plan = plan.checkpoints
        ctx.take(plan.lines)
    plan_lines = set(plan.lines) if plan is not None else set()
    stage: str | None = None  # budget: after the budget row; plan: after the spending plan
    for line in lines:
        if line in plan_lines:
            stage = "plan"
        if line.is_blank or ctx.is_taken(line):
            continue
        if _read_label_values(project, line):
            if stage is None and any(name in project.amounts for name in AMOUNT_FIELDS):
                stage = "budget"
            ctx.take([line])
        elif (text := _text_row(line)) is not None:
            slot = {"budget": "purpose", "plan": "annual_goal"}.get(stage or "")
            if slot is not None and slot not in project.fields:
                _read_by_place(project, slot, text, line)
                ctx.take([line])
        elif label_key(line.text).startswith("填报单位") or is_decorative(line.text):
            ctx.take([line])


def _read_label_values(project: ProjectDraft, line: SourceLine) -> bool:
    cells = [cell.strip() for cell in line.cells if cell.strip()]
    found = False
    for position, cell in enumerate(cells):
        name = _field_of(cell)
        if name is None:
            found = found or label_key(cell).startswith(_GROUP_LABELS)
            continue
        found = True
        value = cells[position + 1] if position + 1 < len(cells) else None
        if value is None or _is_label(value) or name in project.fields or name in project.amounts:
            continue
        _set_fact(project, name, value, line)
    return found


def _set_fact(project: ProjectDraft, name: str, value: str, line: SourceLine) -> None:
    if name in AMOUNT_FIELDS:
        amount = read_amount(value)
        if amount is None:
            reason = f"金额“{value}”无法识别,未填入"
            project.fixes.append(Fix(name, ItemKind.UNREADABLE, reason, line, value))
            return
        project.amounts[name] = (amount.value, line)
        if amount.repair:
            project.fixes.append(
                Fix(name, ItemKind.REPAIRED, amount.repair, line, value, str(amount.value))
            )
    elif name == "attribute":
        project.attribute = _attribute(value)
        project.fields[name] = Located(value, line)
    else:
        project.fields[name] = Located(join_cjk(value)[0], line)


def _attribute(value: str) -> ProjectAttribute | None:
    """持续性项目■ 新增性项目□: the ticked box; a cell without boxes by its words."""
    ticked = checked_options(value)
    text = "".join(ticked) if ticked else squashed(value) if ticked is None else ""
    if "持续" in text and "新增" not in text:
        return ProjectAttribute.CONTINUING
    if "新增" in text and "持续" not in text:
        return ProjectAttribute.NEW
    return None


def _text_row(line: SourceLine) -> str | None:
    """A row of prose only (no label, no amount): a value whose label the OCR lost."""
    cells = [cell.strip() for cell in line.cells if cell.strip()]
    if not cells or any(_is_label(cell) or read_amount(cell) for cell in cells):
        return None
    text = " ".join(cells)
    return text if sum(1 for ch in text if "\u3400" <= ch <= "\u9fff") >= _MIN_TEXT_CJK else None


def _read_by_place(project: ProjectDraft, slot: str, text: str, line: SourceLine) -> None:
    cells = [cell.strip() for cell in line.cells if cell.strip()]
    joined = join_cjk("".join(cells))[0]
    label = "资金用途" if slot == "purpose" else "年度绩效目标"
    if slot == "annual_goal":
        project.annual_goal_fragment = Located(text, line)  # settled in crossfill
        return
    project.fields[slot] = Located(joined, line)
    split = f"单元格被OCR拆成{len(cells)}栏,合并读取;" if len(cells) > 1 else ""
    reason = f"{label}的栏名未识别出,按表格位置(预算数之后的一行)读取;{split}".rstrip(";")
    project.fixes.append(Fix(slot, ItemKind.REPAIRED, reason, line, "\t".join(cells), joined))


def _name_from_title(project: ProjectDraft, titles: list[SourceLine]) -> None:
    for title in titles:
        text = _TITLE_NUMBER_RE.sub("", plain(title))
        match = PROJECT_TABLE_RE.search(text)
        name = text[: match.start()] if match else ""
        if name and not name.endswith(("部门", "市级", "级")):
            project.fields["name"] = Located(name, title)
            reason = f"项目名称取自表名“{plain(title)}”"
            project.fixes.append(Fix("name", ItemKind.UNCERTAIN, reason, title, None, name))
            return


def _read_indicators(
    ctx: Context, project: ProjectDraft, header: SourceLine, lines: list[SourceLine]
) -> None:
    """The indicator rows under the header, folded and labelled."""
    layout = read_layout(header)
    rows: list[tuple[Row, int]] = []
    band = 0
    for line in lines:
        if line.is_blank:
            band += 1
            continue
        if is_decorative(line.text):
            ctx.take([line])
            continue
        if is_header(line):  # the header repeated on a new page
            layout = read_layout(line)
            ctx.take([line])
            continue
        row = read_row(line, layout, with_definition=layout.has_definition)
        if row.name is None and not row.has_target_cell and not row.definition and not row.tails:
            continue
        rows.append((row, band))
        ctx.take([line])
    project.items, project.unplaced = fold_rows(rows)
    resolve_labels(project.items)
