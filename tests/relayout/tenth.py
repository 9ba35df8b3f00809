"""Shapes of real captures the tenth hold-out set brought and the earlier classes did not render
(session 12): a text PDF whose row values fall on a wrapped name's last line, a PDF read
without ``-layout`` one cell a line with its wrapped cells as several lines, several forms one
after the other in one file, a 监控表 with 是否能完成目标 check boxes and 全年预计执行数, a time
limit counted from an event (wrapped over two lines, or glued to the weight after it), OCR's
``2`` for ``≥`` glued to a percentage, 中期/年度 targets and funds, a 部门预算 text around its
form.

Layouts are ``(sheet, rng) -> str``, sheet modifiers ``(sheet, rng) -> sheet`` (they change how
the form prints, never what a careful reader reads), document transforms ``(document, rng) ->
document`` (the truth changes only where a row prints another target, as the hold-outs' truth
reads it: h183, h191, h195's ``收到上级资金后30日内`` is a period).
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from decimal import Decimal

from relayout.captures import _page_number, spaced, width
from relayout.model import Document, Row, Target
from relayout.shapes import _DUTIES
from relayout.sheet import Sheet
from relayout.sheet import _funds as _sheet_funds

# --- pdftotext without -layout: one cell a line, a wrapped cell as several lines ------------

# a cell's width in display columns in the PDF's table (a name's drawn per rendering)
_CELL_WIDTHS = {
    "category": 10,
    "subcategory": 14,
    "target": 16,
    "bare": 12,
    "value": 10,
    "actual": 14,
    "forecast": 14,
    "reason": 14,
    "explain": 18,
    "scoring": 18,
    "perf_standard": 18,
    "project": 16,
    "duty": 14,
    "activity": 14,
}
_TOKEN = re.compile(r"[0-9A-Za-z.%‰,/~-]+|.", re.DOTALL)


def wrap_words(text: str, columns: int) -> list[str]:
    """A cell's text as a PDF table wraps it in its column: CJK glyphs anywhere, a run of
    digits, Latin letters and signs kept whole (``申请审核通过后`` / ``15个工作日内``, never
    ``1`` / ``5个``)."""
    lines: list[str] = []
    current = ""
    for token in _TOKEN.findall(text):
        if token == "\n":
            lines.append(current)
            current = ""
            continue
        if current and width(current + token) > columns:
            lines.append(current)
            current = ""
        current += token
    return [*lines, current] if current else lines


def pdf_cells(sheet: Sheet, rng: random.Random) -> str:
    """A text-PDF form read by pdftotext WITHOUT ``-layout`` (广西 hold-out h195; the 1-cell-a-
    line PDF texts re-served by 道客巴巴/原创力 mirrors): every non-empty cell in reading order,
    one line per line of the cell as the PDF wrapped it in its column (a long name, a target
    counted from an event, a header word, a 二级 label over two or three lines), no separators;
    the page number alone on a line where a page ends, between two rows of the table."""
    name_width = rng.choice((16, 18, 20))
    field_width = rng.choice((30, 40))
    page_length = rng.randint(50, 80)
    style = rng.choice(("— {} —", "- {} -", "第 {} 页"))  # a bare 2 would read as a cell
    rows: list[list[str]] = []
    for row in sheet.preamble:
        rows.append([piece for cell in row if cell for piece in wrap_words(cell, 24)])
    rows += [wrap_words(title, 60) for title in sheet.titles()]
    for row in sheet.fields:
        sizes = [8 if at == 0 and len(row) > 2 else field_width for at in range(len(row))]
        rows.append([p for c, n in zip(row, sizes, strict=True) if c for p in wrap_words(c, n)])
    for row, roles in _table_rows(sheet):
        lines = []
        for cell, role in zip(row, roles, strict=False):
            size = name_width if role == "name" else _CELL_WIDTHS.get(role, 12)
            lines += wrap_words(cell, size) if cell else []
        rows.append(lines)
    out: list[str] = []
    since = 0
    page = 1
    for lines in rows:
        if since and since + len(lines) > page_length:
            out.append(style.format(page))
            page += 1
            since = 0
        out += lines
        since += len(lines)
    return "\n".join(out)


def _table_rows(sheet: Sheet) -> list[tuple[list[str], list[str]]]:
    """The table's rows with their cells' roles (``header`` for a header's)."""
    headers = [(row, ["header"] * len(row)) for row in sheet.headers()]
    rows = list(headers)
    for index, (row, roles) in enumerate(zip(sheet.body, sheet.row_roles, strict=True)):
        if index in sheet.breaks:
            rows += headers
        rows.append((row, roles))
    return rows + [(row, ["field"] * len(row)) for row in sheet.trailer]


# --- several forms in one file --------------------------------------------------------------


def several_forms(texts: list[str], rng: random.Random) -> str:
    """Several projects' forms, each whole (title, fields, table, 总分), one after the other in
    one file, a page number between them (广西 h195's two 自评表, one a page; a 批复 notice's
    attachments)."""
    out = [texts[0]]
    for page, text in enumerate(texts[1:], start=1):
        out += ["", _page_number(page, rng), "", text]
    return "\n".join(out)


def forms_truth(document: Document, others: list[Document]) -> Document:
    """What the file holds: every form's rows; the key names no project (the file holds
    several) and the figures are the first form's (the hold-outs' rule, h195)."""
    rows = tuple(row for part in (document, *others) for row in part.rows)
    return replace(document, rows=rows, project=None)


# --- a 监控表: its check boxes, its 全年预计执行数 -----------------------------------------------


def monitoring(document: Document, rng: random.Random) -> Document:
    """A project's 监控表 (运行监控表 1-N月) of the same indicators (the 河南 h181 and 宁夏 h196
    forms): its funds block its own (a target form's or a self-evaluation's figures are not a
    监控表's; ``funds`` draws one), no 总分. Other kinds of document are left as they are."""
    if document.kind != "project" or document.form == "monitor":
        return document
    rows = tuple(replace(row, actual=row.actual or _so_far(row.target)) for row in document.rows)
    return replace(
        document,
        rows=rows,
        form="monitor",
        genre="project_monitoring",
        funds=None,
        figures=(),
        total_score=None,
        heading=None,
    )


def _so_far(target: Target) -> str:
    """A 监控表's 1-N月完成值 where the hold-out gave no actual: the quantity or the standard
    (its check box says whether the year's target will be met), a period's ``按计划推进``."""
    if target.period is not None:
        return "按计划推进"
    return target.standard or f"{target.value or ''}{target.unit or ''}"


_BOXES = ("☑是□否", "☑是 □否", "☑是  □否")


def yes_no(sheet: Sheet, rng: random.Random) -> Sheet:
    """The 监控表's 是否能完成目标 column as check boxes (``☑是□否``, h196; ``R是 £否`` once the
    Wingdings come out, h181), a few boxed 否 or neither ticked (a survey not yet run)."""
    if "likelihood" not in sheet.roles:
        return sheet
    at = sheet.roles.index("likelihood")
    header = list(sheet.header)
    header[at] = "是否能完成目标"
    body = []
    for row, roles in zip(sheet.body, sheet.row_roles, strict=True):
        row = list(row)
        if "likelihood" in roles and row[roles.index("likelihood")]:
            draw = rng.random()
            box = rng.choice(_BOXES)
            if draw < 0.1:
                box = box.replace("☑", "□")
            elif draw < 0.2:
                box = box.replace("☑", "□", 1).replace("□否", "☑否")
            row[roles.index("likelihood")] = box
        body.append(row)
    above = sheet.header_above
    if above is not None and above[at]:  # a two-line header: the word on its first line
        above = [*above[:at], "是否能完成目标", *above[at + 1 :]]
        header[at] = ""
    return replace(sheet, header=header, header_above=above, body=body)


def forecast_funds(sheet: Sheet, document: Document) -> Sheet:
    """A 监控表's funds block with 全年预计执行数 and 偏差原因分析 where a 自评表 prints 分值 and
    得分 (河南 h181: 年初预算数 | 全年预算数 | 1-6月执行数 | 执行率 | 全年预计执行数 |
    偏差原因分析), the year's budget the forecast; not where the truth holds the block's 分值."""
    held = {item["what"] for item in document.figures}
    if document.form != "monitor" or {"execution_weight", "execution_score"} & held:
        return sheet
    head = next((i for i, row in enumerate(sheet.fields) if row[5:6] == ["分值"]), None)
    if head is None or len(sheet.fields[head]) != 8:
        return sheet
    fields = [list(row) for row in sheet.fields]
    fields[head] = [*fields[head][:5], fields[head][6], "全年预计执行数", "偏差原因分析"]
    for at in range(head + 1, len(fields)):
        row = fields[at]
        if len(row) != 8 or row[0]:
            break
        reason = "按进度拨付" if at == head + 1 else ""
        fields[at] = [*row[:5], row[6], row[3] or row[2], reason]
    return replace(sheet, fields=fields)


# --- a time limit counted from an event -----------------------------------------------------

_EVENTS = (
    "收到上级资金后",
    "收到省级资金后",
    "资金下达后",
    "申请审核通过后",
    "决定作出后",
    "合同签订后",
)
_LIMITS = ("30日内", "15个工作日内", "10个工作日内", "20日内", "7日内", "3个月内")
_EVENT_NAMES = ("资金拨付时限", "补助资金发放时限", "资金下达时限")
_EVENT = re.compile("(" + "|".join(_EVENTS) + r")(\d+(?:个工作日|日|个月)内)")


def event_limits(document: Document, rng: random.Random) -> Document:
    """The document's first 时效 row (or a row of its own after the 产出 rows) with a time limit
    counted from an event (``收到上级资金后30日内``: h180, h183, h185, h191, h195), a period."""
    text = rng.choice(_EVENTS) + rng.choice(_LIMITS)
    rows = list(document.rows)
    # a 时效 row whose target is a date (``2021年12月底前``) takes the event's limit instead;
    # else the limit is a row of its own (a rate such as 资金按月发放率 keeps its target)
    at = next(
        (
            i
            for i, row in enumerate(rows)
            if row.subcategory.startswith("时效") and row.target.period is not None
        ),
        None,
    )
    if at is not None:
        row = rows[at]
        kept = ("category", "subcategory", "name")
        expected = {key: row.expected[key] for key in kept if key in row.expected}
        expected["period"] = text
        rows[at] = replace(row, target=Target(period=text), actual=None, expected=expected)
        return replace(document, rows=tuple(rows))
    names = {row.name for row in rows}
    name = next((n for n in _EVENT_NAMES if n not in names), "资金拨付及时性")
    output = [i for i, row in enumerate(rows) if row.category.startswith("产出")]
    timely = [i for i in output if rows[i].subcategory.startswith("时效")]
    output = output[: timely[-1] + 1 - output[0]] if timely else output
    place = output[-1] + 1 if output else 0
    category = rows[output[-1]].category if output else "产出指标"
    expected = {"category": category, "subcategory": "时效指标", "name": name, "period": text}
    added = Row(category, "时效指标", name, Target(period=text), expected=expected)
    rows.insert(place, added)
    return replace(document, rows=tuple(rows))


def event_breaks(sheet: Sheet, rng: random.Random, inline: bool) -> Sheet:
    """A time limit counted from an event wrapped in its cell after the event (``收到上级资金后``
    / ``30日内``): a row of its own holding only the limit under the target (pipe rows, tabs,
    spaces: the other cells empty), or, ``inline`` (one cell a line, a PDF's cell), the cell's
    second line."""
    body: list[list[str]] = []
    row_roles: list[list[str]] = []
    moved: dict[int, int] = {}  # a body row's index before → after
    added: list[int] = []
    for index, (row, roles) in enumerate(zip(sheet.body, sheet.row_roles, strict=True)):
        moved[index] = len(body)
        heads, tails = list(row), [""] * len(row)
        for at, cell in enumerate(row):
            match = _EVENT.fullmatch(cell)
            if match and roles[at] in ("target", "value", "bare"):
                heads[at], tails[at] = match.group(1), match.group(2)
        if inline and any(tails):
            heads = [h + "\n" + t if t else h for h, t in zip(heads, tails, strict=True)]
        body.append(heads)
        row_roles.append(roles)
        if any(tails) and not inline:
            body.append(tails)
            row_roles.append(list(roles))
            added.append(len(body) - 1)
    return replace(
        sheet,
        body=body,
        row_roles=row_roles,
        breaks=[moved[index] for index in sheet.breaks],
        spans=[moved[index] for index in sheet.spans],
        continued=sorted([moved[index] for index in sheet.continued] + added),
    )


# --- OCR's 2 for ≥, glued to a percentage ---------------------------------------------------

_FLOOR_RATE = re.compile(r"[≥≧]\s*([1-9]\d(?:\.\d+)?)\s*%")


def ocr_glued_two(sheet: Sheet, rng: random.Random) -> Sheet:
    """OCR of a stamped scan reading ``≥`` as the digit 2 glued to a rate (山西 h186: ``290%``,
    ``285%`` for ``≥90%``, ``≥85%``), a percentage above 200 no rate can be; the hold-outs'
    truth reads ≥ and the value. A floor of one digit or of 100 % is left alone: ``28%`` for
    ``≥8%`` is a growth rate any reader would believe, ``2100%`` no reader could tell."""
    rate = rng.uniform(0.5, 1.0)

    def damage(text: str, role: str) -> str:
        if role not in ("target", "bare") or rng.random() >= rate:
            return text
        return _FLOOR_RATE.sub(lambda m: f"2{m.group(1)}%", text)

    return sheet.mapped(damage)


# --- 中期/年度 targets and funds ----------------------------------------------------------------


def midterm_funds(sheet: Sheet, document: Document, rng: random.Random) -> Sheet:
    """A target form's funds block with 中期 and 年度 columns (陕西 h194: ``中期资金总额 | 12600.00
    | 年度资金总额 | 4200.00`` and a 其中：财政拨款 row under each): the 中期 amounts three years'
    worth, the truth the 年度 ones."""
    funds = document.funds
    own = _sheet_funds(document)
    if funds is None or document.form != "target" or not own or not funds.budget:
        return sheet
    at = next((i for i in range(len(sheet.fields)) if sheet.fields[i : i + len(own)] == own), None)
    if at is None:
        return sheet
    years = rng.choice((3, 3, 2))

    def times(value: str) -> str:
        return f"{float(value.replace(',', '')) * years:.2f}"

    label = own[0][0]
    rows = [[label, "中期资金总额", times(funds.budget), "年度资金总额", funds.budget]]
    if funds.fiscal:
        rows.append(["", "其中：财政拨款", times(funds.fiscal), "其中：财政拨款", funds.fiscal])
    fields = [*sheet.fields[:at], *rows, *sheet.fields[at + len(own) :]]
    return replace(sheet, fields=fields)


# --- a 部门预算 text around its form --------------------------------------------------------


def budget_document(text: str, rng: random.Random, sheet: Sheet) -> str:
    """The form as a 部门预算 text prints it near its end (江西 h192; the township and county
    部门预算 PDFs): the department and ``XXXX年部门预算`` in spaced glyphs, a 目录, the 情况说明
    chapter's headings and its 预算绩效情况说明 sentence, the form; then the document goes on
    with its 名词解释 chapter (spaced), so the table's last row is followed by more text."""
    department = next((row[1] for row in sheet.fields if row and row[0] == "部门名称"), "")
    if not department:
        department = next((row[1] for row in sheet.fields if row[:1] == ["主管部门"]), "")
    year = re.search(r"(\d{4})年", "\n".join([*sheet.titles(), text]))
    when = year.group(1) if year else "2020"
    chapters = ("概况", f"{when}年部门预算情况说明", "名词解释", "附件")
    numbers = "一二三四"
    before = [
        spaced(department) if department else "",
        spaced(f"{when}年部门预算"),
        "",
        " " * 30 + "目   录",
        *(f"第{numbers[i]}部分  {chapter}" for i, chapter in enumerate(chapters)),
        "",
        f"第 二 部 分    {spaced(chapters[1])}",
        "    一、收支预算总体情况",
        "    ……",
        "    八、预算绩效情况说明",
        f"    {when}年本单位实行绩效目标管理的项目{rng.randint(2, 9)}个，绩效目标如下：",
        "",
    ]
    after = [
        "",
        f"第 三 部 分    {spaced('名词解释')}",
        "    一、一般公共预算拨款收入：指本级财政当年拨付的资金。",
        "    二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
        "    三、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    ]
    if sheet.cut:
        after = []
    return "\n".join([*before, text, *after])


def main_tasks(sheet: Sheet, document: Document, rng: random.Random) -> Sheet:
    """A department's 年度主要任务 block before its goal (江西 h192's 部门整体支出绩效目标表:
    ``任务名称 | 主要内容 | 总额 | 财政拨款 | 其他资金`` under a 年度主要任务 label, then
    ``金额合计``): two to four tasks of the department's field, their amounts a part of its
    budget (the 项目支出), never a figure of the truth. Other kinds of document have none."""
    if document.kind != "department":
        return sheet
    duties = next(
        duties
        for words, duties in _DUTIES
        if not words or any(w in document.department for w in words)
    )
    tasks = [activity for _, activities in duties for activity in activities][: rng.randint(2, 4)]
    funds = document.funds
    whole = (funds.budget or funds.full_year or funds.initial) if funds else None
    total = Decimal(whole.replace(",", "")) if whole else Decimal(rng.randint(20000, 600000)) / 100
    part = total * Decimal(rng.uniform(0.3, 0.6))
    cuts = sorted(rng.uniform(0.2, 0.8) for _ in tasks[1:])
    shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0], strict=True)]
    amounts = [(part * Decimal(share)).quantize(Decimal("0.01")) for share in shares]
    rows = [["年度主要任务", "任务名称", "主要内容", "总额", "财政拨款", "其他资金"]]
    rows += [
        ["", task, f"保障{task}工作正常开展", str(a), str(a), ""]
        for task, a in zip(tasks, amounts, strict=True)
    ]
    summed = str(sum(amounts, Decimal(0)))
    rows.append(["", "金额合计", "", summed, summed, "0"])
    at = next(
        (i for i, row in enumerate(sheet.fields) if row[:1] == ["年度总体目标"]), len(sheet.fields)
    )
    return replace(sheet, fields=[*sheet.fields[:at], *rows, *sheet.fields[at:]])
