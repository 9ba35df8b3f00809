"""Shapes of real captures the ninth hold-out set brought and the earlier classes did not render
(session 11): a sharing-site preview broken into fixed-width lines regardless of its cells (and,
as its negative, the same text wrapped only between cells), the sharing site's preview
furniture, Markdown converted from Word whose cells' second paragraphs became rows of their own,
the 绩效评价 framework's 决策/过程 rows with targets in words, and the 权重 column after the
target.

Layouts are ``(sheet, rng) -> str``, sheet modifiers ``(sheet, rng) -> sheet`` (they change how
the form prints, never what a careful reader reads), document transforms ``(document, rng) ->
document`` (the truth changes only where a row prints another target, in the words the
hold-outs' score tables use and expect: h166, h173).
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from relayout.captures import pad, width
from relayout.model import Document, Funds, Row, Target
from relayout.sheet import Sheet
from relayout.sheet import _funds as _sheet_funds

# --- a sharing-site preview cut into fixed-width lines --------------------------------------


def _stream(sheet: Sheet, joiner: str) -> str:
    """The form's non-empty cells in reading order, one after the other, as a preview's text
    layer strings them (no empty cells: a text layer has nothing to print for them)."""
    return joiner.join(cell.replace("\n", "") for row in sheet.all_rows() for cell in row if cell)


def fixed_width(sheet: Sheet, rng: random.Random) -> str:
    """A document-sharing site's preview text (the 内蒙古 hold-out h178; the text layer a
    book118 page serves under its page images, cells run together with spaces, as its mirror
    https://www.mdjjksjc.com/html/2017/0922/134709309.shtm shows a 绩效报告表, and the paged
    previews of http://35331.cn/lhs_…_2.html): the form run together cell by cell, a space
    between cells or none, then cut every N characters whatever the cells, so a break falls
    inside a name, a number or a target (``管护区林`` / ``木有害生物成灾率``, ``5`` / ``264.38``,
    ``10元/`` / ``亩``)."""
    joiner = " " if rng.random() < 0.75 else ""
    size = rng.randint(30, 48)
    text = _stream(sheet, joiner)
    return "\n".join(text[i : i + size] for i in range(0, len(text), size))


def fixed_cells(sheet: Sheet, rng: random.Random) -> str:
    """The negative of ``fixed``: the same preview text wrapped only between cells, as a reader
    view or an editor's soft wrap (``fold -s``) leaves it: lines of about the same length, every
    break at a space between two cells, never inside one (a cell longer than the line stands
    alone on its own)."""
    size = rng.randint(30, 48)
    lines: list[str] = []
    current = ""
    for row in sheet.all_rows():
        for cell in row:
            cell = cell.replace("\n", "")
            if not cell:
                continue
            if current and len(current) + 1 + len(cell) > size:
                lines.append(current)
                current = cell
            else:
                current = f"{current} {cell}" if current else cell
    return "\n".join([*lines, current] if current else lines)


def prn(sheet: Sheet, rng: random.Random) -> str:
    """Another negative of ``fixed``: a spreadsheet saved as formatted text (Excel's "Formatted
    Text (Space delimited) *.prn", an accounting system's fixed-width export): every column
    padded to its width and every line padded to the table's, trailing spaces kept, so all the
    lines have the same length while each is a row of whole cells (the fields above the table
    padded to the same width)."""
    rows = sheet.all_rows()
    count = max(len(row) for row in rows)
    widths = [max(width(row[i]) if i < len(row) else 0 for row in rows) for i in range(count)]
    table = [
        " ".join(pad(row[i] if i < len(row) else "", widths[i]) for i in range(count))
        for row in rows
    ]
    size = max(width(line) for line in table)
    return "\n".join(pad(line, size) for line in table)


def preview(text: str, rng: random.Random, sheet: Sheet) -> str:
    """A sharing site's preview furniture (h178; the 原创文档/分享用户/页数/价格 line and the
    ``此处隐藏：…字，全部文档内容请下载后查看`` end of a paid preview; the book118 mirror above
    prints its 付费/VIP/版权申诉 notes before the text): the file name and a line of facts before,
    a 文档简介;
    after the text, a row of dots, the hidden remainder, the download button and related titles
    (when the capture is cut, the preview ended there; else the whole document was free)."""
    kind = rng.choice(("pdf", "doc", "docx"))
    price = f"{rng.randint(1, 9)}.{rng.choice(('00', '50', '80'))}"
    before = [
        f"{sheet.title}.{kind}",
        rng.choice(
            (
                f"原创文档 | 分享用户：{rng.choice(('lc', 'wx', 'jy'))}***{rng.randint(10, 99)}"
                f" | 页数：{rng.randint(2, 9)} | 格式：{kind.upper()} | 价格：{price}元",
                f"文档格式：.{kind}  文档页数：{rng.randint(2, 9)}页  文档大小："
                f"{rng.randint(20, 900)}KB  下载积分：{rng.randint(1, 9)}",
            )
        ),
        f"文档简介：本文档为{sheet.title}，仅供参考。",
        "",
    ]
    if sheet.cut:
        after = [
            "",
            "…………",
            f"此处隐藏：{rng.randint(800, 4000)}字，全部文档内容请下载后查看。"
            "喜欢这篇文档就收藏吧！",
            f"下载本文档（{price}元）",
        ]
    else:
        after = ["", "全文阅读已结束，下载本文档需要使用", f"{price}元"]
    related = ["", "相关推荐", f"{rng.randint(2018, 2025)}年度部门整体支出绩效自评报告"]
    return "\n".join([*before, text, *after, *related])


# --- Markdown converted from a Word table ---------------------------------------------------


def _md_rows(rows: list[list[str]], style: str) -> list[str]:
    """Rows as a converter writes a pipe table: the first row its header, then the rule
    (pandoc pads every column to its width and rules it with dashes; turndown's GFM writes
    ``| --- |``), empty cells as blanks, every row as wide as the widest."""
    count = max(len(row) for row in rows)
    rows = [[cell.replace("\n", " ") for cell in row] + [""] * (count - len(row)) for row in rows]
    if style == "pandoc":
        widths = [max(3, *(width(row[i]) for row in rows)) for i in range(count)]

        def line(row: list[str]) -> str:
            return "| " + " | ".join(pad(c, w) for c, w in zip(row, widths, strict=True)) + " |"

        rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
        return [line(rows[0]), rule, *(line(row) for row in rows[1:])]
    rule = "|---" * count + "|" if style == "tight" else "|" + " --- |" * count
    return [
        "| " + " | ".join(rows[0]) + " |",
        rule,
        *("| " + " | ".join(r) + " |" for r in rows[1:]),
    ]


def word_markdown(sheet: Sheet, rng: random.Random) -> str:
    """A Word form converted to Markdown by pandoc or mammoth + turndown, as portals and report
    sites publish it (陕西 hold-out h166's 评价得分表; the 岳阳 Word report
    http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html, whose cells' paragraphs come
    out one a line): the title as a paragraph, the fields table and the indicator table as pipe
    tables whose first row is the header, merged cells left empty (a vertical span prints its
    label on its first row only, a horizontal span leaves the cells after its first empty), and
    a cell's second paragraph on a row of its own when ``paras`` made one."""
    style = rng.choice(("pandoc", "gfm", "tight"))
    lines = [" ".join(cell for cell in row if cell) for row in sheet.preamble]
    lines += [f"**{title}**" if rng.random() < 0.3 else title for title in sheet.titles()]
    lines.append("")
    if sheet.fields:
        lines += [*_md_rows(sheet.fields, style), ""]
    lines += _md_rows(sheet.table(), style)
    return "\n".join(lines)


# the cells whose second paragraph a Word form's author typed (or the converter kept) on a line
# of its own: a long name, a deadline or a target in words, a reason
def second_paragraphs(sheet: Sheet, rng: random.Random) -> Sheet:
    """Cells whose second paragraph became a row of its own with every other cell empty, as
    pandoc and mammoth write a Word cell of two paragraphs into a pipe table that cannot hold a
    line break (h166: ``| | | 公共文化场馆免费开放 | 6 | ≥300天 |`` then ``| | | 天数 | | |``):
    a name's tail (two glyphs to half the name), a target's second line (a deadline's ``底前``,
    a unit of two glyphs or more after its figure), an actual's, a reason's continuation. The
    last row of a cut capture is left whole."""
    last = len(sheet.body) - 1
    body: list[list[str]] = []
    row_roles: list[list[str]] = []
    breaks: list[int] = []
    spans: list[int] = []
    continued: list[int] = []
    longest = _longest_name(sheet)
    for index, (row, roles) in enumerate(zip(sheet.body, sheet.row_roles, strict=True)):
        if index in sheet.breaks:
            breaks.append(len(body))
        if index in sheet.spans:
            spans.append(len(body))
        heads, tails = list(row), [""] * len(row)
        if not (sheet.cut and index == last) and (index == longest or rng.random() < 0.45):
            for at, role in enumerate(roles):
                heads[at], tails[at] = _second_paragraph(row[at], role, index == longest, rng)
        body.append(heads)
        row_roles.append(roles)
        if any(tails):
            body.append(tails)
            row_roles.append(list(roles))
            continued.append(len(body) - 1)
    return replace(
        sheet, body=body, row_roles=row_roles, breaks=breaks, spans=spans, continued=continued
    )


def _longest_name(sheet: Sheet) -> int | None:
    named = [
        (len(row[roles.index("name")]), index)
        for index, (row, roles) in enumerate(zip(sheet.body, sheet.row_roles, strict=True))
        if "name" in roles and not (sheet.cut and index == len(sheet.body) - 1)
    ]
    return max(named)[1] if named and max(named)[0] >= 6 else None


_UNIT_SPLIT = re.compile(r"^([≥≤=＝<>]?\s*\d[\d.,]*)\s*([^\d\s]{2,})$")


def _second_paragraph(text: str, role: str, sure: bool, rng: random.Random) -> tuple[str, str]:
    """A cell cut where its author started a second paragraph, or left whole."""
    if role == "name" and len(text) >= 6 and (sure or rng.random() < 0.8):
        size = rng.randint(2, max(2, len(text) // 2))
        return text[:-size], text[-size:]
    if role in ("target", "actual") and rng.random() < 0.3:
        match = _UNIT_SPLIT.match(text)
        if match and "%" not in match.group(2):
            return match.group(1), match.group(2)
        if re.search(r"\d+月底?前$|底前$", text) and len(text) >= 6:
            cut = text.rfind("月") + 1 if "月" in text[:-1] else len(text) - 2
            return text[:cut], text[cut:]
    if role == "reason" and len(text) >= 8 and rng.random() < 0.5:
        cut = rng.randint(len(text) // 2, len(text) - 2)
        return text[:cut], text[cut:]
    return text, ""


# --- the framework's 决策/过程 rows with targets in words -----------------------------------

# the word a score table prints as the 指标值 of a 决策/过程 criterion, and the 实际完成值 beside
# it (h166: 充分/充分, 明确/较明确; h173: 规范/规范, 合理/较合理)
_WORDS = {
    "立项依据充分性": "充分",
    "立项程序规范性": "规范",
    "绩效目标合理性": "合理",
    "绩效指标明确性": "明确",
    "预算编制科学性": "科学",
    "资金分配合理性": "合理",
    "资金使用合规性": "合规",
    "管理制度健全性": "健全",
    "制度执行有效性": "有效",
}


def worded(document: Document, rng: random.Random) -> Document:
    """A score table's 决策 and 过程 criteria with their 指标值 in words (``充分``, ``规范``,
    ``合理``) and an actual beside (the same word, or ``较`` before it), as the 陕西 h166 and
    安徽 h173 score tables print them and their hand-checked truth reads them: a standard,
    checked like any other row (after ``eval``, whose criteria print ``—`` and go unchecked)."""
    rows = []
    for row in document.rows:
        word = _WORDS.get(row.name)
        if row.checked or word is None:
            rows.append(row)
            continue
        actual = word if rng.random() < 0.6 else "较" + word
        category = re.sub(r"[（(]\d+分?[）)]", "", row.category)
        expected = {
            "category": category,
            "subcategory": row.subcategory,
            "name": row.name,
            "standard": word,
            "actual": actual,
        }
        rows.append(
            replace(
                row, target=Target(standard=word), actual=actual, expected=expected, checked=True
            )
        )
    return replace(document, rows=tuple(rows))


def worded_rows(document: Document) -> list[Row]:
    """The rows ``worded`` turned into standards (for the tests)."""
    return [row for row in document.rows if row.name in _WORDS and row.checked]


# --- funds blocks in every capture ----------------------------------------------------------


def _money(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def with_funds(document: Document, rng: random.Random) -> Document:
    """The document with a funds block: the hold-out's own (its figures its truth), else one
    drawn as the form prints it, its figures consistent (执行率 = 全年执行数 / 全年预算数, 得分 =
    分值 × 执行率 as the 自评表 score it; a target form's 年度资金总额 and 其中：财政拨款), so the
    figures are measured in every capture. A department's 财政拨款 is printed in a target form
    and not expected (the department model holds no such figure for a declaration)."""
    if document.funds is not None and document.figures:
        return document
    full = Decimal(rng.randint(5000, 500000)) / 100
    fiscal = full if rng.random() < 0.5 else (full * Decimal(rng.uniform(0.6, 0.95)))
    if document.form == "target":
        funds = Funds(budget=_money(full), fiscal=_money(fiscal))
        figures = [{"what": "budget", "value": funds.budget, "unit": "万元"}]
        if document.kind != "department":
            figures.append({"what": "fiscal_funds", "value": funds.fiscal, "unit": "万元"})
        return replace(document, funds=funds, figures=tuple(figures))
    share = rng.uniform(0.8, 1.0) if document.form == "self" else rng.uniform(0.3, 0.7)
    executed = full * Decimal(share)
    initial = full if rng.random() < 0.5 else full * Decimal(rng.uniform(0.85, 1.0))
    rate = (Decimal(_money(executed)) / Decimal(_money(full)) * 100).quantize(Decimal("0.01"))
    score = (rate / 10).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    funds = Funds(
        initial=_money(initial),
        full_year=_money(full),
        executed=_money(executed),
        weight="10",
        rate=str(rate),
        score=str(score),
        fiscal=_money(fiscal),
    )
    figures = [
        {"what": "initial_budget", "value": funds.initial, "unit": "万元"},
        {"what": "full_year_budget", "value": funds.full_year, "unit": "万元"},
        {"what": "executed", "value": funds.executed, "unit": "万元"},
        {"what": "execution_rate", "value": funds.rate, "unit": "%"},
        {"what": "fiscal_funds", "value": funds.fiscal, "unit": "万元"},
    ]
    if document.form == "self":
        figures.append({"what": "execution_weight", "value": "10"})
        figures.append({"what": "execution_score", "value": funds.score})
    return replace(document, funds=funds, figures=tuple(figures))


def funds_rows(
    sheet: Sheet, document: Document, rng: random.Random, prose: bool, cards: bool = False
) -> Sheet:
    """The form's funds rows as real forms print them (the sheet's own rows replaced): a
    自评表's block with ``其中：财政拨款`` and ``其他资金`` rows carrying their figures (上海
    h165, 江西 h159), a department's 收入/支出 block (年度收入预算 合计 | 财政拨款 | 其他资金,
    年度支出预算 合计 | 基本支出 | 项目支出: the 部门整体支出绩效目标表), or, with ``prose``, one
    sentence before the table (the 黑龙江 h164 and 陕西 h166 reports: ``全年预算数…万元，全年执行数
    …万元，执行率…%``). ``cards``: a mobile page's cards print each amount with its unit
    (广东 h175's ``年初预算：186.00万元``), the block's label that held it being left out."""
    funds = document.funds
    own = _sheet_funds(document)
    if funds is None or not own:
        return sheet
    at = next((i for i in range(len(sheet.fields)) if sheet.fields[i : i + len(own)] == own), None)
    if at is None:
        return sheet
    if prose:
        rows = [[_funds_sentence(document, funds)]]
    elif document.kind == "department" and document.form == "target" and not cards:
        rows = _department_block(funds, rng)
    elif document.form == "target":
        rows = own
    else:
        rows = _funds_block(own, funds, rng)
    if cards and not prose:
        rows = [_with_unit(row, funds.unit) for row in rows]
    fields = [*sheet.fields[:at], *rows, *sheet.fields[at + len(own) :]]
    return replace(sheet, fields=fields)


def _with_unit(row: list[str], unit: str) -> list[str]:
    """A funds row's amounts with their unit: a 自评表 row's 年初/全年预算数 and 执行数, a target
    form's 年度资金总额 or 财政拨款."""
    money = (2, 3, 4) if len(row) == 8 else (2,) if len(row) == 3 else ()
    return [
        cell + unit if at in money and re.fullmatch(r"[\d,.]+", cell) else cell
        for at, cell in enumerate(row)
    ]


def _funds_block(own: list[list[str]], funds: Funds, rng: random.Random) -> list[list[str]]:
    """A 自评表's funds block whose 其中 rows carry their own figures."""
    if not funds.fiscal or not funds.full_year:
        return own
    head, total = own[0], own[1]
    full = Decimal(funds.full_year)
    fiscal = Decimal(funds.fiscal)
    part = fiscal / full if full else Decimal(1)
    initial = Decimal(funds.initial or funds.full_year)
    executed = Decimal(funds.executed or "0")
    label = rng.choice(("其中：财政拨款", "其中:当年财政拨款", "其中：财政资金"))
    dash = rng.choice(("—", "-", "/"))
    fiscal_row = ["", label, _money(min(initial, fiscal)), funds.fiscal]
    fiscal_row += [_money(executed * part), dash, dash, dash]
    other = full - fiscal
    other_row = [
        "",
        rng.choice(("其他资金", "其他资金", "上年结转资金")),
        _money(initial - min(initial, fiscal)),
    ]
    other_row += [_money(other), _money(executed - executed * part), dash, dash, dash]
    return [head, total, fiscal_row, other_row]


def _department_block(funds: Funds, rng: random.Random) -> list[list[str]]:
    """A department's 收入/支出 budget block of a 部门整体支出绩效目标表."""
    total = Decimal(funds.budget or "0")
    fiscal = Decimal(funds.fiscal or funds.budget or "0")
    basic = total * Decimal(rng.uniform(0.3, 0.7))
    income = ["年度收入预算(万元)", "合计", _money(total), "财政拨款", _money(fiscal)]
    income += ["其他资金", _money(total - fiscal)]
    spending = ["年度支出预算(万元)", "合计", _money(total), "基本支出", _money(basic)]
    spending += ["项目支出", _money(total - basic)]
    return [income, spending]


def _funds_sentence(document: Document, funds: Funds) -> str:
    """The funds block as a report's sentence, each figure the block holds with its label."""
    unit = funds.unit
    if document.form == "target":
        who = "部门年度收入预算" if document.kind == "department" else "项目年度资金总额"
        fiscal = f"，其中财政拨款{funds.fiscal}{unit}" if funds.fiscal else ""
        return f"{who}{funds.budget}{unit}{fiscal}。"
    executed = "1-6月执行数" if document.form == "monitor" else "全年执行数"
    parts = [
        (f"{document.year}年年初预算数", funds.initial, unit),
        ("全年预算数", funds.full_year, unit),
        ("其中财政拨款", funds.fiscal, unit),
        (executed, funds.executed, unit),
        ("预算执行率", funds.rate, "%"),
        ("该项分值", funds.weight, "分"),
        ("得分", funds.score, "分"),
    ]
    return "，".join(f"{label}{value}{mark}" for label, value, mark in parts if value) + "。"


def total_card(text: str, sheet: Sheet) -> str:
    """A mobile page's last card: the 合计/总分 row as its own card of ``label：value`` lines
    (the cards layout leaves the trailer out; a page that prints it prints it so)."""
    colon = "：" if "：" in text else ":"
    lines = [text]
    header = [h or a for h, a in zip(sheet.header, sheet.header_above or sheet.header, strict=True)]
    for row in sheet.trailer:
        lines.append("——————")
        lines += [f"{header[at]}{colon}{cell}" for at, cell in enumerate(row) if cell]
    return "\n".join(lines)
