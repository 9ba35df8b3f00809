"""A department's budget as the prose of its 部门预算 text states it.

A published 部门预算 (or its 部门预算绩效 part) says its money in a sentence before any table:
``2026年部门预算收入合计1586.72万元,其中一般公共预算拨款1486.72万元、上年结转100.00万元;
支出合计1586.72万元,其中人员经费826.40万元…``, ``收入预算总计6823.45万元``, ``部门收入预算
2386.45万元``. Each side is a total, then its parts after 其中, each part a label and its
amount. Amounts are kept in 万元, as the model keeps a department's budget.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from pydantic import ValidationError

from jixiao.domain.model import DepartmentBudget, ExpenditureBudget, IncomeBudget, Provenance
from jixiao.ingest.cells import squashed
from jixiao.ingest.general.budget_parts import EXPENDITURE_LABELS, INCOME_LABELS
from jixiao.ingest.source import SourceLine

_AMOUNT: Final = r"(?P<amount>\d+(?:,\d{3})*(?:\.\d+)?)(?P<unit>万元|元)"
# a side's heading, then its year's figure named again (收入预算:2026年年初预算数586.32万元)
_STATED: Final = r"(?:(?:19|20)\d{2}年度?)?(?:年初)?(?:预算数)?(?:为)?"
# A side's total: 收入 or 支出 and a word of the budget around it, then 合计/总计 or nothing.
_TOTALS: Final = (
    (
        "income",
        re.compile(
            rf"(?:部门)?(?:预算)?总?收入(?:预算)?(?:总计|合计|共计|总额)?(?:为|是|共)?[:]?{_STATED}{_AMOUNT}"
        ),
    ),
    (
        "spending",
        re.compile(
            rf"(?:部门)?(?:预算)?总?支出(?:预算)?(?:总计|合计|共计|总额)?(?:为|是|共)?[:]?{_STATED}{_AMOUNT}"
        ),
    ),
)
# both sides stated at once: 收支预算总计1234.56万元, 收支总额均为…
_BOTH_RE: Final = re.compile(
    rf"收支(?:预算)?(?:总计|合计|总额|总预算)(?:均|各)?(?:为|是)?[:]?{_AMOUNT}"
)
# the budget as a whole, one sum for both sides (a balanced budget): 部门预算总额2356.80万元,
# 本年预算资金总额为…; 预算 must stand before 总额 (资金总额 alone may be any project's money);
# or the money the department's overall goals cover (部门整体支出绩效目标涉及预算资金…), never
# the projects' (实行绩效目标管理的项目18个,涉及预算资金…)
_WHOLE_RE: Final = re.compile(
    r"(?:(?:部门|单位|本年|年度)预算(?:资金|经费)?总(?:额|规模)"
    r"|部门整体(?:支出)?绩效目标涉及(?:预算)?(?:资金|经费))"
    rf"(?:为|是|共)?[:]?{_AMOUNT}"
)
# 全年部门预算2014.73万元, 2024年部门预算…: the department's budget of a year, no 总额 needed
# (looked for in a line naming 部门预算 only)
_YEARS_WHOLE_RE: Final = re.compile(
    rf"(?:全年|(?:19|20)\d{{2}}年度?)部门预算(?:资金|经费)?(?:为|是|共)?[:]?{_AMOUNT}"
)
# a total needs a word saying it is the budget's: 预算, 合计 or 总计 (收入1586万元 alone may be
# any income the text tells of)
_BUDGET_WORD_RE: Final = re.compile(r"预算|合计|总计|共计|总额")
_FISCAL: Final = r"(?<!生均)(?<!项目)财政拨款(?:收入|资金)?(?:预算)?(?:为|是)?[:]?"
_PARTS: Final = {
    "income": (
        # 一般公共预算收入预算986.85万元: a list item names its side's word again
        ("general_public_budget", r"一般公共预算(?:拨款|拨入)?(?:收入)?(?:预算)?"),
        ("government_fund_budget", r"政府性基金(?:预算)?(?:拨款|拨入)?(?:收入)?(?:预算)?"),
        ("carry_over", r"上年结转(?:结余)?(?:收入)?"),
        ("own_income", r"(?:单位)?自有(?:资金)?收入|事业收入"),
        # the 财政拨款 parts' sum, often stated alone (其中财政拨款收入986.85万元)
        ("fiscal_appropriation", _FISCAL),
    ),
    "spending": (
        ("personnel", r"人员经费(?:支出)?|基本支出中人员经费"),
        ("operating", r"(?:正常)?公用经费(?:支出)?|公用支出"),
        ("project", r"项目支出"),
    ),
}
_SIDE_END_RE: Final = re.compile(r"[;。]")
# the sum of the 财政拨款 a whole budget's sentence states after its total (部门预算总额
# 2356.80万元,其中财政拨款2210.30万元): its income's part
_WHOLE_FISCAL_RE: Final = re.compile(rf"^[,,(]?其中[:]?{_FISCAL}{_AMOUNT}")
_MAX_LINES: Final = 60  # the budget is stated near the text's start, before its goals


def read_prose_budget(
    lines: Sequence[SourceLine], source: str | None = None
) -> DepartmentBudget | None:
    """The budget a 部门预算 text states in prose, or None when no sentence states one."""
    figures: dict[str, dict[str, Decimal]] = {"income": {}, "spending": {}}
    where: dict[str, Provenance] = {}
    texts = _texts(lines[:_MAX_LINES])
    for index, (number, written) in enumerate(texts):
        text = squashed(written).replace(";", ";").replace(":", ":")
        if (both := _BOTH_RE.search(text)) is not None and not figures["income"]:
            for side in figures:
                figures[side]["total"] = _wan(both)
                where[side] = Provenance(source=source, line=number, text=both.group(0))
            continue
        for side, parts in _spaced_rows(written):
            if not figures[side]:
                figures[side] = parts
                where[side] = Provenance(source=source, line=number, text=written.strip()[:80])
        for side, labelled in _unit_first(text):
            if not figures[side]:
                amount = Decimal(labelled["amount"].replace(",", ""))
                wan = labelled["unit"] == "万元"
                figures[side]["total"] = amount if wan else amount.scaleb(-4)
                where[side] = Provenance(source=source, line=number, text=labelled.group(0))
        whole = _WHOLE_RE.search(text) or (
            _YEARS_WHOLE_RE.search(text) if "部门预算" in text else None
        )
        if whole is not None and not figures["income"] and not figures["spending"]:
            for side in figures:
                figures[side]["total"] = _wan(whole)
                where[side] = Provenance(source=source, line=number, text=whole.group(0))
            if (fiscal := _WHOLE_FISCAL_RE.search(text[whole.end() :])) is not None:
                figures["income"]["fiscal_appropriation"] = _wan(fiscal)
            continue
        said = False  # the line's income was the budget's: its 总支出 is too
        for side, pattern in _TOTALS:
            match = pattern.search(text)
            if match is None or figures[side]:
                continue
            if not (said or _BUDGET_WORD_RE.search(match.group(0))):
                continue
            said = True
            figures[side]["total"] = _wan(match)
            end = _SIDE_END_RE.search(text, match.end())
            clause = text[match.end() : end.start() if end else len(text)]
            if _LISTED_AFTER_RE.search(text[match.end() :]):
                clause += _listed_parts(texts[index + 1 :])
            for name, label in _PARTS[side]:
                part = re.search(rf"(?:{label}){_AMOUNT}", clause)
                if part is not None:
                    figures[side][name] = _wan(part)
            where[side] = Provenance(source=source, line=number, text=match.group(0))
    if not figures["income"] and not figures["spending"]:
        return None
    return _budget(figures, where) or _budget(_totals_only(figures), where)


# a total whose parts follow as a list, one a line (收入预算总计…万元。包括:, 1.一般公共预算…)
_LISTED_AFTER_RE: Final = re.compile(r"(?:包括|其中|分别为)[:]?$")
_LIST_ITEM_RE: Final = re.compile(r"^(?:\d{1,2}[.、]|[(]\d{1,2}[)]|[①-⑩])")


def _listed_parts(texts: Sequence[tuple[int, str]]) -> str:
    """The list items right after a total that says its parts follow, joined as its clause."""
    items = []
    for _, written in texts:
        text = squashed(written).replace(";", ";").replace(":", ":")
        if not _LIST_ITEM_RE.match(text):
            break
        items.append(_LIST_ITEM_RE.sub("", text))
    return ";".join(items)


def _texts(lines: Sequence[SourceLine]) -> list[tuple[int, str]]:
    """Each line's text by its number; the rows of a two-column table of the budget (``项目 |
    金额(万元)`` over ``部门预算总额 | 186420.36``, ``其中:一般公共预算拨款 | …``) as the one
    sentence they stand for, each label with its amount in the unit the header names, at
    the table's first row."""
    out: list[tuple[int, str]] = []
    pairs: list[str] = []
    first = 0
    unit: str | None = None
    for line in lines:
        pair = _label_amount(line)
        if pair is not None and (unit or pairs):
            first = first if pairs else line.number
            pairs.append(pair + (unit or ""))
            continue
        if pairs and not line.text.strip():
            continue  # a blank line inside the table (its Markdown alignment row)
        if pairs:
            out.append((first, ",".join(pairs) + "。"))
            pairs = []
        found = _HEADER_UNIT_RE.search(squashed(line.text))
        unit = found["unit"] if found is not None else (unit if not line.text.strip() else None)
        out.append((line.number, line.text))
    if pairs:
        out.append((first, ",".join(pairs) + "。"))
    return out


def _label_amount(line: SourceLine) -> str | None:
    """A row of a label and an amount alone (``其中:财政拨款 | 152318.70``), run together."""
    cells = [cell.strip() for cell in line.cells if cell.strip()]
    if len(cells) != _PAIR or not _BARE_AMOUNT_RE.fullmatch(cells[1]):
        return None
    label = squashed(cells[0])
    return label + cells[1] if _LABEL_RE.fullmatch(label) else None


_PAIR: Final = 2
_BARE_AMOUNT_RE: Final = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_LABEL_RE: Final = re.compile(r"[\u4e00-\u9fff:()]{2,20}")
# a table header's money unit: 金额(万元), 单位:万元
_HEADER_UNIT_RE: Final = re.compile(r"(?:[(（]|单位[:：])(?P<unit>万元|元)")


def _unit_first(text: str) -> list[tuple[str, re.Match[str]]]:
    """``年度收入预算(万元)合计2386.45`` (a 部门整体 form's block run together): each side's
    total after its label, in the unit the label names."""
    return [
        ("income" if match["side"] == "收入" else "spending", match)
        for match in _UNIT_FIRST_RE.finditer(text)
    ]


_UNIT_FIRST_RE: Final = re.compile(
    r"(?:年度)?(?P<side>收入|支出)预算\((?P<unit>万元|元)\)(?:合计|总计)(?P<amount>\d+(?:,\d{3})*(?:\.\d+)?)"
)


def _spaced_rows(written: str) -> list[tuple[str, dict[str, Decimal]]]:
    """A 部门整体 form's budget block run together with single spaces (``年度收入预算 合计
    一般公共预算拨入 … 年度预算(万元) 1268.45 1268.45 年度支出预算 合计 人员经费支出 …``):
    each side's column labels, then its amounts. The empty cells are lost with the spaces,
    so the amounts are placed in the labels' order only when all are there, or when the
    parts after the 合计 add up to it (the columns left empty are the last, the rarer
    sources); else the 合计 alone. The unit is the one the block names (万元 or 元)."""
    found: list[tuple[str, dict[str, Decimal]]] = []
    if "收入预算" not in written and "支出预算" not in written:
        return found
    tokens = written.split()
    unit: str | None = None
    for index, token in enumerate(tokens):
        side = _SIDE_RE.fullmatch(token)
        if side is None:
            continue
        unit = side["unit"] or unit
        name = "income" if side["side"] == "收入" else "spending"
        labels, at = _column_labels(tokens, index + 1, name)
        if at < len(tokens) and (row := _ROW_UNIT_RE.fullmatch(tokens[at])) is not None:
            unit, at = row["unit"], at + 1
        amounts = _amounts_at(tokens, at)
        if unit is None or len(labels) < _PAIR or labels[0] != "total" or not amounts:
            continue
        scale = 0 if unit == "万元" else -4
        placed = _placed(labels, [amount.scaleb(scale) for amount in amounts])
        found.append((name, placed))
    return found


_SIDE_RE: Final = re.compile(r"(?:年度)?(?P<side>收入|支出)预算(?:\((?P<unit>万元|元)\))?")
# the amounts' row label naming their unit (年度预算(万元), 预算金额(元))
_ROW_UNIT_RE: Final = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:预算|金额)[\u4e00-\u9fff]{0,4}\((?P<unit>万元|元)\)"
)
_SPACED_LABELS: Final = 8


def _column_labels(tokens: Sequence[str], start: int, side: str) -> tuple[list[str], int]:
    """The side's column labels from ``start`` (合计 一般公共预算拨入 …), and where they end."""
    stems = INCOME_LABELS if side == "income" else EXPENDITURE_LABELS
    labels: list[str] = []
    at = start
    while at < len(tokens) and len(labels) < _SPACED_LABELS:
        token = tokens[at]
        if any(ch.isdigit() for ch in token) or _SIDE_RE.fullmatch(token):
            break
        name = next((name for stem, name in stems if stem in token), None)
        if name is None or name in labels:
            break
        labels.append(name)
        at += 1
    return labels, at


def _amounts_at(tokens: Sequence[str], start: int) -> list[Decimal]:
    amounts: list[Decimal] = []
    for token in tokens[start:]:
        if not _BARE_AMOUNT_RE.fullmatch(token):
            break
        amounts.append(Decimal(token.replace(",", "")))
    return amounts


def _placed(labels: Sequence[str], amounts: Sequence[Decimal]) -> dict[str, Decimal]:
    """The amounts under their labels (see :func:`_spaced_rows`)."""
    total, parts = amounts[0], amounts[1:]
    if len(amounts) == len(labels) or (
        parts and len(amounts) < len(labels) and sum(parts, Decimal(0)) == total
    ):
        return dict(zip(labels, amounts, strict=False))
    return {"total": total}


def _wan(match: re.Match[str]) -> Decimal:
    amount = Decimal(match["amount"].replace(",", ""))
    return amount if match["unit"] == "万元" else amount.scaleb(-4)


def _totals_only(figures: dict[str, dict[str, Decimal]]) -> dict[str, dict[str, Decimal]]:
    """The totals alone, where the parts a sentence lists do not add up as the model asks."""
    return {
        side: {name: value for name, value in found.items() if name == "total"}
        for side, found in figures.items()
    }


def _budget(
    figures: dict[str, dict[str, Decimal]], where: dict[str, Provenance]
) -> DepartmentBudget | None:
    try:
        income = IncomeBudget(**figures["income"])
        spending = ExpenditureBudget(**figures["spending"])
    except ValidationError:
        return None
    if "income" in where:
        income.provenance["total"] = where["income"]
    if "spending" in where:
        spending.provenance["total"] = where["spending"]
    return DepartmentBudget(income=income, expenditure=spending)
