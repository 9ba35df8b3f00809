"""Genres as descriptions: the title words that name each one, most specific first, and
what a form of the genre holds besides its indicators (its head's fields, its closing rows).

A genre adds no reading code of its own: every form is read by the same table machinery
(:mod:`.table`, :mod:`.fields`); the genre decides only what the document is called, where
its indicators go in the model (a project's form, or a department's) and what the report
says a form lacks. Adding a genre is adding a :class:`Genre` to :data:`GENRES`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from jixiao.domain.model import DocumentKind
from jixiao.ingest.general.vocabulary import Field, Role

# A project's form head: the fields the model keeps and their names there; one printed
# empty (or a row of boxes none ticked) is reported missing, a trailing mark cut off.
PROJECT_HEAD: Final = (
    (Field.CODE, "code"),
    (Field.SUPERVISING, "supervising_department"),
    (Field.IMPLEMENTING, "implementing_unit"),
    (Field.MANAGER, "manager"),
    (Field.PERIOD, "period"),
    (Field.ATTRIBUTE, "attribute"),
    (Field.PROJECT_TYPE, "project_type"),
)


@dataclass(frozen=True)
class ClosingRow:
    """A row a form ends with: the model's field, its name in the report, its labels."""

    name: str
    words: str
    label: re.Pattern[str]


# A self-evaluation form's closing rows: printed empty, or not reached by a cut text, they
# are reported missing.
SCORE_ROWS: Final = (
    ClosingRow("total_score", "总分", re.compile(r"总分|总得分|自评总分|综合得分|合计得分")),
    ClosingRow("rating", "评价等级", re.compile(r"评价等级|自评等级|评价结果|绩效等级|等级评定")),
)


@dataclass(frozen=True)
class Genre:
    kind: DocumentKind
    title: re.Pattern[str]  # words of the title (squashed text)
    # a form: what follows its indicator table is known (closing rows, furniture, a note),
    # so other text there is reported unrecognised
    form: bool = False
    head: tuple[tuple[Field, str], ...] = PROJECT_HEAD
    closing: tuple[ClosingRow, ...] = ()
    closing_owner: str | None = None  # where the model keeps the closing rows' values


GENRES: Final = (
    Genre(
        DocumentKind.DEPARTMENT_PERFORMANCE,
        re.compile(
            r"部门(?:预算)?绩效(?:目标)?文本|部门整体(?:支出)?绩效目标(?:申报|批复)?表|部门预算绩效目标$"
            # a 部门预算 text's heading over its targets: ``(二)部门整体支出绩效目标。``, ``…如下:``
            r"|部门整体(?:支出)?绩效目标(?:如下)?[。:]?$"
        ),
    ),
    Genre(DocumentKind.MONITORING_REPORT, re.compile(r"(?:绩效)?(?:运行)?监控(?:情况)?的?报告")),
    Genre(DocumentKind.PROJECT_MONITORING, re.compile(r"绩效(?:运行)?监控表|监控表"), form=True),
    Genre(
        DocumentKind.SELF_EVALUATION_REPORT, re.compile(r"整体支出绩效(?:评价)?自评报告|自评报告")
    ),
    Genre(DocumentKind.EVALUATION_REPORT, re.compile(r"(?:再)?评价(?:结论|报告|结果)")),
    Genre(DocumentKind.EVALUATION_SCORE_TABLE, re.compile(r"评价得分表|评分表|得分表")),
    Genre(
        DocumentKind.DEPARTMENT_SELF_EVALUATION,
        re.compile(r"部门整体支出绩效自评"),
        form=True,
        closing=SCORE_ROWS,
        closing_owner="department_evaluation",
    ),
    Genre(
        DocumentKind.TRANSFER_SELF_EVALUATION,
        re.compile(r"转移支付(?:\(项目\))?(?:绩效)?自评表|区域绩效自评表"),
    ),
    # 绩效自评开展情况 is a report's section, not a form's title
    Genre(
        DocumentKind.PROJECT_SELF_EVALUATION,
        re.compile(r"自评表|绩效自评(?!开展|工作|情况)"),
        form=True,
        closing=SCORE_ROWS,
        closing_owner="projects[0]",
    ),
    Genre(
        DocumentKind.TRANSFER_TARGET,
        re.compile(
            r"转移支付.{0,12}绩效目标表|区域绩效目标(?:表|公示|公开)?|绩效目标表.{0,4}转移支付"
        ),
    ),
    Genre(
        DocumentKind.PROJECT_TARGET,
        re.compile(r"绩效目标(?:申报|批复)?表|绩效目标公开|目标申报表|目标批复表|目标表"),
        form=True,
    ),
)
_BY_KIND: Final = {genre.kind: genre for genre in GENRES}
_NO_TITLE: Final = re.compile(r"(?!)")  # a genre no title names (a bare indicator table)
_TRANSFER_LABEL_RE: Final = re.compile(r"转移支付(?:\(项目\))?名称|专项名称|中央主管部门")
_TITLE_LINES: Final = 30
# 首页 > 政务公开 > 绩效评价结果: steps parted by arrows (not ≥ written >=)
_BREADCRUMB_RE: Final = re.compile(
    r"(?:首页|当前位置|您的位置)[:]?\s*[>›»]|[>›»](?!=)[^>›»=]{1,14}[>›»](?!=)"
)


def _breadcrumb(line: str) -> bool:
    return len(line) <= _TITLE_LENGTH and _BREADCRUMB_RE.search(line) is not None


_TITLE_LENGTH: Final = 60  # a title is a short line, or the start of text run together


def titles(lines: Sequence[str]) -> list[str]:
    """Where a title may stand: the short lines near the top, and the start of long ones;
    never a web page's breadcrumb (首页>政务公开>绩效评价结果 names the page's column)."""
    head = [line for line in lines if line and not _breadcrumb(line)][:_TITLE_LINES]
    return [line if len(line) <= _TITLE_LENGTH else line[:200] for line in head]


def describe(kind: DocumentKind) -> Genre:
    """The genre's description; a kind no title names has the defaults (no form)."""
    return _BY_KIND.get(kind) or Genre(kind, _NO_TITLE)


def is_form(kind: DocumentKind) -> bool:
    """A form of the genre: read by the general reader alone."""
    return describe(kind).form


# 部门(单位)整体支出…: a form's title naming who fills it in both words; the genre is the same
_UNIT_ASIDE_RE: Final = re.compile(r"(?<=部门)[(（]单位[)）]")


def _naming(line: str) -> Genre | None:
    """The genre the line's words name, if any (the first in :data:`GENRES` order)."""
    words = _UNIT_ASIDE_RE.sub("", line)
    return next((genre for genre in GENRES if genre.title.search(words)), None)


def title_of(lines: Sequence[str]) -> str | None:
    """The line that names the genre (the form's title), as written."""
    for line in titles(lines):
        if len(line) <= _TITLE_LENGTH and _naming(line) is not None:
            return line
    return None


def genre_of(lines: Sequence[str], roles: Sequence[Role]) -> DocumentKind:
    """The genre a title names; else what the table's columns say (a form with 实际完成值
    or 得分 is a self-evaluation); else a generic indicator table."""
    for line in titles(lines):
        if (genre := _naming(line)) is not None:
            return _refine(genre.kind, lines)
    if Role.ACTUAL in roles or Role.SCORE in roles:
        return _refine(DocumentKind.PROJECT_SELF_EVALUATION, lines)
    return DocumentKind.INDICATOR_TABLE


def _refine(kind: DocumentKind, lines: Sequence[str]) -> DocumentKind:
    """A project form whose fields are a transfer's (转移支付(项目)名称) is a transfer's."""
    transfer = any(_TRANSFER_LABEL_RE.search(line) for line in lines)
    if transfer and kind is DocumentKind.PROJECT_SELF_EVALUATION:
        return DocumentKind.TRANSFER_SELF_EVALUATION
    if transfer and kind is DocumentKind.PROJECT_TARGET:
        return DocumentKind.TRANSFER_TARGET
    return kind
