"""A 项目资金 row whose whole form ran together into one line with no separators.

A form re-served by a document-sharing site (or copied out of a PDF with no spacing) loses
every cell boundary: its 预算执行情况 header and its 年度资金总额 row come as
``预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)年度财政资金总额860842.1297.92%9.79``. The
label ends where the digits begin and the rate ends at its ``%``; the amounts before it are
cut where the 执行数 over the 预算数 is the rate stated (842.12 / 860 = 97.92 %), the header's
words giving the columns in order. The score after the rate is the row's where it does not
exceed the 分值 the header prints (``(10分)``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from jixiao.domain.model import FundingSource
from jixiao.ingest.cells import squashed
from jixiao.ingest.general.fields import FundingFigures, rate_checked_cut
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.source import SourceLine

_LEAST_LINE: Final = 200  # a form run together is a long line; a table's row is short
_HEADER_SPAN: Final = 160  # the header's words stand right before the row's label
# the total's label glued to its figures: amounts, a rate with its %, a score (no unit)
_ROW_RE: Final = re.compile(
    r"(?:年度|全年)?(?:财政)?(?:预算)?资金总额(?:\((?:万元|元)\))?"
    r"(?P<run>\d[\d.]*%)(?P<score>(?:100|[1-9]?\d)(?:\.\d{1,2})?)?"
)
# the header's column words, in the order printed (预算数(A) 执行数(B) 执行率(B/A) 得分)
_COLUMN_RE: Final = re.compile(r"年初预算数|全年预算数|预算数|全年执行数|执行数|执行率|分值|得分")
_COLUMN_ROLES: Final = {
    "年初预算数": Role.PRIOR,
    "全年预算数": Role.BUDGET,
    "预算数": Role.BUDGET,
    "全年执行数": Role.ACTUAL,
    "执行数": Role.ACTUAL,
    "执行率": Role.TARGET,
    "分值": Role.WEIGHT,
    "得分": Role.SCORE,
}
_AMOUNT_ROLES: Final = (Role.PRIOR, Role.BUDGET, Role.ACTUAL, Role.TARGET)
_POINTS_RE: Final = re.compile(r"\((\d{1,3})分")


def read_runon_funding(lines: Sequence[SourceLine]) -> FundingFigures | None:
    """The 年度资金总额 row of a form run together on one line, or None."""
    for line in lines:
        text = squashed(line.text)
        if len(text) < _LEAST_LINE:
            continue
        for match in _ROW_RE.finditer(text):
            row = _row(match, text[max(match.start() - _HEADER_SPAN, 0) : match.start()], line)
            if row is not None:
                return row
    return None


def _row(match: re.Match[str], header: str, line: SourceLine) -> FundingFigures | None:
    # each column once, where first named (得分(10分*执行率) names the rate again)
    order = list(dict.fromkeys(_COLUMN_ROLES[word] for word in _COLUMN_RE.findall(header)))
    amounts = [role for role in order if role in _AMOUNT_ROLES]
    if Role.TARGET not in amounts:
        return None
    cut = rate_checked_cut(match["run"], amounts[: amounts.index(Role.TARGET) + 1])
    if cut is None or Role.ACTUAL not in cut:
        return None
    texts = {role: text.removesuffix("%") for role, text in cut.items()}
    points = _POINTS_RE.search(header)
    if points is not None:
        texts[Role.WEIGHT] = points.group(1)
    score = match["score"]
    if score is not None and Role.SCORE in order and _within(score, texts.get(Role.WEIGHT)):
        texts[Role.SCORE] = score
    figures = {role: Decimal(text) for role, text in texts.items()}
    lines = dict.fromkeys(texts, line.number)
    return FundingFigures(FundingSource.TOTAL, "年度资金总额", line.number, figures, texts, lines)


def _within(score: str, weight: str | None) -> bool:
    """A score no greater than the 分值 (any, where none is printed)."""
    return weight is None or Decimal(score) <= Decimal(weight)
