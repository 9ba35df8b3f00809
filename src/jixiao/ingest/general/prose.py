"""Targets listed in prose: ``1.数量指标:建设里程1.091公里,路面宽度不低于3.5米;`` ….

Monitoring and evaluation reports state their targets as a list of 二级 (or 一级) labels,
numbered or not, each followed by clauses of a name and a target. Each clause is read by the
same name/target split as the prose of the 部门预算绩效文本; a ``吴冲路:`` lead names the part
of the project the clauses after it are about and is not part of the name. A clause may
instead name its column, as a table's header does (``新增造林面积,目标值不少于1.2万亩,实际完成
1.26万亩;``): the target then belongs to the name before it, and so does the figure achieved.
Such clauses make a line a list even with no label before them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Final

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.target import (
    DEADLINE_VERBS,
    Target,
    TargetKind,
    TargetSyntaxError,
    is_time_limit_phrase,
    parse_target,
)
from jixiao.domain.units import canonical_unit
from jixiao.ingest.cells import (
    category_label,
    half_width,
    is_decorative,
    label_key,
    subcategory_label,
)
from jixiao.ingest.general.kinds import (
    Kind,
    ends_as_name,
    is_bare_change,
    is_top_rank,
    is_weak_verb_standard,
    kind_of,
)
from jixiao.ingest.general.label_prefix import split_label_prefix
from jixiao.ingest.general.vocabulary import Role, header_role
from jixiao.ingest.general.words import unwrapped
from jixiao.ingest.name_target import (
    BEFORE_OWN_WEI,
    split_name_target,
    state_kept_from_event,
)
from jixiao.ingest.source import SourceLine

# An item: a number, a 二级 (or 一级) label and a colon, wherever it stands in its line
# (``(一)产出指标。1.数量指标:…;2.质量指标:…``); its body runs to the next item.
# The 二级 label may follow its 一级 one and a dash (``1.产出指标——数量指标:…``).
# The number may be bracketed or circled (``(1)数量指标:``, ``⑤…满意度指标:``); the longest
# label is 社会公众或服务对象满意度指标.
_ITEM_RE: Final = re.compile(
    r"(?:\d{1,2}\s*[.、．]|[(]?[一二三四五六七八九十]{1,3}[)、]|[(]\d{1,2}[)]|[①-⑳])\s*"
    r"(?:[\u4e00-\u9fff]{2,12}指标\s*(?:[—－-]{1,2}|:)\s*)?"
    r"(?P<label>[\u4e00-\u9fff]{2,12}指标)\s*[:。]"
)
# A label at the start of a line or a sentence (``。服务对象满意度指标:…``) is an item too.
# Its 一级 label may stand before it (``效益指标:社会效益指标:…``), and 方面 after it
# (``数量指标方面,年度目标为…``); so may the numbered heading of the goal it lists, spaced
# off it where a capture runs the headings on (``。(二)旅游发展 绩效指标:…``).
_LINE_ITEM_RE: Final = re.compile(
    r"(?:^|(?<=[。;]))\s*(?:[(]?[一二三四五六七八九十]{1,3}[)、]\s*[\u4e00-\u9fff]{2,12}\s+)?"
    r"(?:[\u4e00-\u9fff]{2,12}指标\s*(?:[—－-]{1,2}|:)\s*"
    r"|[\u4e00-\u9fff]{0,4}目标\s*:\s*)?"
    r"(?P<label>[\u4e00-\u9fff]{2,12}指标)\s*(?::|方面[,:])"
)
# a comma between clauses; not one parting a number's thousands (不少于2,600户)
_CLAUSE_RE: Final = re.compile(r"[;。]|(?<![0-9]),|,(?![0-9]{3}(?![0-9]))")
# A clause that names its column: the year's target, or what was achieved (as of a month).
_TARGET_LEAD_RE: Final = re.compile(
    r"^(?:年度|年初|全年|预期)?(?:绩效)?(?:(?:指标|目标)值[:为是]?|目标(?!\d{1,2}[:、.])[:为是]?)"
)
_ACTUAL_LEAD_RE: Final = re.compile(
    r"^(?:1-\d{1,2}月|全年|年度)?(?:实际已?(?:完成|支出|平均|达到|实现)?|已?完成)(?:值|情况)?[:为是]?"
    r"|^(?:全年)?实际值[:为是]?"
    # a report's progress so far: 截至8月底已开工26个, 目前已惠及2450户
    r"|^(?:截至|截止|截止到)\d{1,2}月(?:\d{1,2}日|底|末)?(?:前)?|^(?:目前|当前|现)(?=已)"
    # 已开展5次, 已建成3座: what is done so far, a verb of one or two glyphs after 已
    r"|^已[\u4e00-\u9fff]{1,2}(?=\d)"
)
# ``名称:目标≥95%`` / ``名称目标值≥3000亩``: a name, then its target's column named.
_COLUMN_WORDS: Final = r"(?:年度|年初|全年|预期)?(?:绩效)?(?:(?:指标|目标)值|目标)[:为是]?"
# ``名称目标为≥95%``: 目标 alone names the column only before 为 or 是 (a name may end in 目标)
_GLUED_COLUMN: Final = (
    r"(?:(?:(?:年度|年初|全年|预期)?(?:绩效)?(?:指标|目标)值|(?:年度|年初|全年|预期)(?:绩效)?(?:指标|目标))"
    r"[:为是]?|目标[为是])"
)
_NAMED_TARGET_RE: Final = re.compile(
    rf"^(?P<name>[^:]{{2,30}}?)(?::{_COLUMN_WORDS}|:?{_GLUED_COLUMN})(?P<phrase>.+)$"
)
_QUOTES: Final = "“”\"'‘’「」《》"
# ``宗地数据入库数量实际完成1.2万宗(年度目标≥1万宗)``: the actual first, the target after it.
_ACTUAL_FIRST_RE: Final = re.compile(
    r"^(?P<name>.{2,30}?)实际(?:完成|达到)?(?P<actual>[^()]+)"
    rf"\({_COLUMN_WORDS}(?P<phrase>[^()]+)\)$"
)
_SENTENCE_END: Final = frozenset(";。")
# ``6 6 完成数量 培训村级服务站管理员(目标值≥72 人次,实际 80 人次)``: a score table's row
# re-served as a line of text, the 分值 and 得分 (and the labels) spaced before the name, the
# target and the actual bracketed after it: the name is the last word before the bracket
_SCORED_FRONT_RE: Final = re.compile(
    rf"^\d{{1,3}}(?:\.\d+)?\s.*\s(?=[^\s()]{{2,30}}\({_COLUMN_WORDS})"
)
_MAX_NAME: Final = 30
_LEAD_RE: Final = re.compile(r"^(?P<lead>[\u4e00-\u9fff]{2,12})[:]")


@dataclass(frozen=True)
class ProseTarget:
    category: Category | None
    subcategory: Subcategory | None
    name: str
    target: Target
    phrase: str
    line: int
    part: str | None  # the lead naming a part of the project (吴冲路)
    actual: str | None = None  # what was achieved, when a clause says so
    weight: Decimal | None = None  # 分值8分, when the line states it
    score: Decimal | None = None  # 得分8分
    levels_named: bool = False  # the line named its levels before the name (产出指标—…—名称:)


def _unbroken(lines: Sequence[SourceLine]) -> list[tuple[int, str]]:
    """Each line's text (half-width) with its number; a clause cut at a colon or a comma by a
    page break (``指标值:`` / ``－ 18 －`` / ``72小时以内;``) joined to its rest, page markers
    between left out."""
    out: list[tuple[int, str]] = []
    cut = False
    for line in lines:
        text = half_width(line.text)
        if cut and is_decorative(text):
            continue
        if cut and text.strip() and not _labelled_row(text):
            out[-1] = (out[-1][0], out[-1][1] + text.strip())
        else:
            out.append((line.number, text))
        cut = bool(text.strip()) and text.rstrip()[-1] in _CUT_MARKS
    return out


_CUT_MARKS: Final = ":,"
_ROW_GAP_RE: Final = re.compile(r"\s{2,}|\t")


def _labelled_row(text: str) -> bool:
    """A table's row under a lead ending in a colon (``绩效指标:`` over ``产出指标  数量指标
    名称  ≥95%``): a 一级 or 二级 label then further cells, parted by wide gaps. It is no
    clause's rest: joined to the lead, its labels would read as the name's words."""
    cells = _ROW_GAP_RE.split(text.strip())
    first = cells[0]
    return len(cells) > 2 and (category_label(first) or subcategory_label(first)) is not None


def read_prose_targets(lines: Sequence[SourceLine]) -> list[ProseTarget]:
    found: list[ProseTarget] = []
    heading: Category | None = None  # a ``(三)满意度指标`` heading's, for the line after it
    # the labels a heading line of its own sets (``(一)产出指标``, ``1.数量指标``) for the
    # dashed list under it (``——新建农村公路里程:不少于50公里;``)
    context: tuple[Category, Subcategory | None] | None = None
    for line, text in _unbroken(lines):
        if (path := _path_target(text, line)) is not None:
            found.append(path)
            continue
        if _ARROW_MARK_RE.search(text) and (arrow := _arrow_target(context, text, line)):
            found.append(arrow)  # the labels above it go on for the lines after it
            continue
        if (dash := _DASH_RE.match(text)) is not None:
            text = dash["body"]
            if _record_field(text):
                continue  # ``(1)指标名称:户均补助标准``: a record's field, read as a table's cell
            if context is not None and not _starts_item(text):
                found += _dash_targets(*context, text, line)
                continue
        if "标" not in text:
            if context is not None and text.strip():
                found += _first_under_heading(*context, text, line)
            context = context if not text.strip() else None
            # items, headings and the clauses naming a column all say 指标 or 目标: most of
            # a text's lines hold none, and the patterns below are not tried on them
            heading = heading if not text.strip() else None
            continue
        items = sorted(
            [*_ITEM_RE.finditer(text), *_LINE_ITEM_RE.finditer(text)], key=lambda m: m.start()
        )
        items = [m for n, m in enumerate(items) if n == 0 or m.start() >= items[n - 1].end()]
        if not items and _names_columns(text):
            found += _clause_targets(heading, None, text, line)
        upper = context[0] if context is not None else None  # the 一级 the line is under
        if text.strip():
            heading = _heading_category(text)
            context = _label_line(text, context)
        for number, match in enumerate(items):
            end = items[number + 1].start() if number + 1 < len(items) else len(text)
            found += _item_targets(match["label"], text[match.end() : end], line, upper)
            if subcategory_label(match["label"]) is None:
                upper = category_label(match["label"]) or upper
        if items:  # ``数量指标:(1)…;`` then ``(2)…`` on the next line: the item's list goes on
            context = _label_line(items[-1]["label"], context)
    return [_unprefixed(item) for item in found]


# ``名称:≥120人 → 86人(完成71.7%)``: a monitoring report's line, the year's target before an
# arrow and the progress so far after it (the legend, if any, only in a heading above)
_ARROWS: Final = r"(?:→|⟶|➔|->)"
_ARROW_MARK_RE: Final = re.compile(_ARROWS)
_ARROW_RE: Final = re.compile(
    rf"^\s*(?P<name>[^:→⟶➔>]{{2,30}}?)\s*:\s*(?P<phrase>[^:→⟶➔>]{{1,30}}?)\s*{_ARROWS}"
    r"\s*(?P<actual>[^→⟶➔>]+)$"
)


def _arrow_target(
    context: tuple[Category, Subcategory | None] | None, text: str, line: int
) -> ProseTarget | None:
    """The indicator of a ``name:target → progress`` line, under the labels set above it."""
    dash = _DASH_RE.match(text)  # a list's dash or number before the name
    match = _ARROW_RE.match(dash["body"] if dash is not None else text)
    if match is None:
        return None
    name, phrase = _name(match["name"]), match["phrase"].strip()
    target = _target(phrase)
    if target is None or _remark(target, phrase) or kind_of(name) is not Kind.NAME:
        return None
    category, subcategory = context if context is not None else (None, None)
    actual = match["actual"].strip() or None
    return ProseTarget(category, subcategory, name, target, phrase, line, None, actual)


def _unprefixed(item: ProseTarget) -> ProseTarget:
    """A name a clause opened with its 二级 (or 一级) label and a colon (``数量指标:…``, where
    no item pattern took the label): the label is the indicator's, not its name's."""
    prefix = split_label_prefix(item.name)
    if prefix is None:
        return item
    category = prefix.category or item.category
    subcategory = prefix.subcategory or (item.subcategory if category is item.category else None)
    return replace(item, category=category, subcategory=subcategory, name=prefix.name)


# ``1.产出指标—数量指标—培训人次:年度指标值≥500人次,实际完成520人次,分值10分,得分10分``:
# the levels joined by dashes (or slashes) before the name, the name's values labelled after
# its colon. The dash and the colon bound the name, so it may hold 、 as a table's name does.
_LEVEL_DASH: Final = r"\s*(?:—{1,2}|－{1,2}|-{1,2}|/)\s*"
# (after a lead's colon: a line ending 如下: is joined to the line under it)
_PATH_RE: Final = re.compile(
    r"(?:^|(?<=:))\s*(?:\d{1,2}\s*[.、．)]|[(]\d{1,2}[)])?\s*"
    rf"(?P<upper>[\u4e00-\u9fff]{{2,10}}指标){_LEVEL_DASH}"
    rf"(?:(?P<label>[\u4e00-\u9fff]{{2,10}}指标){_LEVEL_DASH})?"
    r"(?P<name>[^:,;。]{2,30}?)\s*:\s*(?P<values>.+)$"
)
_WEIGHT_RE: Final = re.compile(r"(?:分值|权重)[:为是]?(?P<number>\d+(?:\.\d+)?)分?")
_SCORE_RE: Final = re.compile(
    r"(?:(?:实际)?(?:得分|评分)[:为是]?|得(?=[\d.]+分))(?P<number>\d+(?:\.\d+)?)分?"
)


def _path_target(text: str, line: int) -> ProseTarget | None:
    """A numbered line naming its levels, its name, then its labelled values (the year's
    target first); None when the levels are no 一级/二级 labels or no target is labelled."""
    match = _PATH_RE.search(text) if "指标" in text else None
    if match is None:
        return None
    category = category_label(match["upper"])
    subcategory = subcategory_label(match["label"], category) if match["label"] else None
    if category is None or (match["label"] and subcategory is None):
        return None
    if subcategory_label(match["name"].strip(), category) is not None:
        return None  # 1.产出指标—数量指标:… : the levels alone, an item of the 二级 label
    clauses = [clause for clause, _ in _clauses(match["values"])]
    column = _TARGET_LEAD_RE.match(clauses[0]) if clauses else None
    target = _target(clauses[0][column.end() :].strip()) if column is not None else None
    if column is None or target is None:
        return None
    found = ProseTarget(
        category,
        subcategory,
        _name(match["name"]),
        target,
        clauses[0][column.end() :].strip(),
        line,
        None,
        levels_named=True,
    )
    return _labelled_values(found, clauses[1:])


def _labelled_values(found: ProseTarget, clauses: Sequence[str]) -> ProseTarget:
    """The clauses after a target that name what they state: achieved, 分值, 得分."""
    for clause in clauses:
        if (weight := _WEIGHT_RE.fullmatch(clause)) is not None:
            found = replace(found, weight=Decimal(weight["number"]))
        elif (score := _SCORE_RE.fullmatch(clause)) is not None:
            found = replace(found, score=Decimal(score["number"]))
        elif found.actual is None and (lead := _ACTUAL_LEAD_RE.match(clause)) is not None:
            found = replace(found, actual=clause[lead.end() :].strip() or None)
    return found


_HEADING_RE: Final = re.compile(
    r"\s*(?:[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、)\s*"
    r"(?P<label>[\u4e00-\u9fff]{2,12}指标)\s*"
)


def _heading_category(text: str) -> Category | None:
    """The 一级 label a heading of its own line names (``(三)满意度指标``): the clauses of the
    line under it that name their column are its indicators."""
    match = _HEADING_RE.fullmatch(text)
    return category_label(match["label"]) if match is not None else None


# a list's dash or bullet before an item (——, —, -, ·, ●)
_DASH_RE: Final = re.compile(
    r"^\s*(?:—{1,2}|－{1,2}|-{1,2}|[·•●◆▪]|[(]\d{1,2}[)]|\d{1,2}[)]|[①-⑳])\s*(?P<body>\S.*)$"
)
_LABEL_LINE_RE: Final = re.compile(
    r"\s*(?:[(]?[一二三四五六七八九十]{1,3}[)、]|\d{1,2}\s*[.、．])?\s*"
    r"(?P<label>[\u4e00-\u9fff]{2,12}指标)\s*[:。]?\s*"
)


# a record's field: a header word of the indicator table, its colon, one value (no clauses)
_FIELD_RE: Final = re.compile(r"\s*(?P<key>[\u4e00-\u9fff]{2,8})\s*:[^:,;。]+")
_FIELD_ROLES: Final = frozenset({Role.CATEGORY, Role.SUBCATEGORY, Role.NAME, Role.TARGET})
_FIELD_SEPARATOR_RE: Final = re.compile(r"\s*(?:;|\s/\s)\s*")


def _record_field(text: str) -> bool:
    """A record's field (``指标名称:户均补助标准``), or a line of a record's fields
    (``一级指标:产出指标;…;指标值:≥95%``): the records are read as a table's rows."""
    parts = [part for part in _FIELD_SEPARATOR_RE.split(text) if part.strip()]
    matches = [_FIELD_RE.fullmatch(part) for part in parts]
    roles = [header_role(label_key(m["key"])) if m is not None else None for m in matches]
    if len(roles) == 1:
        return roles[0] in _FIELD_ROLES
    return bool(roles) and all(roles) and any(role in _FIELD_ROLES for role in roles)


def _starts_item(text: str) -> bool:
    """``数量指标:…`` after the dash: an item of its own, read as one."""
    return _LINE_ITEM_RE.match(text) is not None


def _label_line(
    text: str, context: tuple[Category, Subcategory | None] | None
) -> tuple[Category, Subcategory | None] | None:
    """The labels a line holding only a 一级 or 二级 label sets; None for any other line."""
    match = _LABEL_LINE_RE.fullmatch(text)
    if match is None:
        return None
    category = category_label(match["label"])
    if category is not None:
        return category, None
    upper = context[0] if context is not None else None
    subcategory = subcategory_label(match["label"], upper)
    return (subcategory.category, subcategory) if subcategory is not None else None


def _dash_targets(
    category: Category, subcategory: Subcategory | None, body: str, line: int
) -> list[ProseTarget]:
    """``新建农村公路里程:不少于50公里;危桥改造:5座。``: a name, its colon and its target, or
    a clause read as any item's; clauses that name the target's column (``名称:年度目标≥X,
    1-6月完成Y``) are read as an item's are, the figures achieved after the target."""
    if _names_columns(body):
        return _clause_targets(category, subcategory, body, line)
    found: list[ProseTarget] = []
    upper: Category | None = category
    for clause, _ in _clauses(body):
        name, colon, phrase = clause.partition(":")
        if colon and (labels := _lead_labels(_name(name), upper)) is not None:
            # (1)数量:培训农民300人次 : the label sets the level, the rest is the clause
            upper, subcategory = labels
            clause = phrase.strip()
            name, colon, phrase = clause.partition(":")
        target = _target(phrase.strip()) if colon else None
        if target is not None and name.strip() and not _remark(target, phrase.strip()):
            found.append(
                ProseTarget(upper, subcategory, _name(name), target, phrase.strip(), line, None)
            )
        elif clause:
            found += _clause_targets(upper, subcategory, clause, line)
    return found


def _first_under_heading(
    category: Category, subcategory: Subcategory | None, text: str, line: int
) -> list[ProseTarget]:
    """``(三)满意度指标`` over ``受益群众满意度≥90%,待项目完工后开展调查。``: a report's line
    under a heading of its label opening with a name and its target, a remark after. Only a
    target a comparison states (≥, 不低于) is read: a figure alone may be progress so far
    (``已完成1.62万亩``). The line is a sentence: it opens with the name's words (no bullet,
    no branch of a drawn tree) and goes on past its target; a list's line of one name and its
    target (``◆名称:≥2个``) is read as the list it belongs to."""
    clauses = _clauses(text)
    first = clauses[0][0] if clauses else ""
    if len(clauses) < _SENTENCE_CLAUSES or not _CJK_FIRST_RE.match(first) or ":" in first:
        return []
    found = _clause_targets(category, subcategory, first, line)
    return [item for item in found if item.target.operator is not None]


_SENTENCE_CLAUSES: Final = 2
_CJK_FIRST_RE: Final = re.compile(r"[\u4e00-\u9fff]")


def _names_columns(text: str) -> bool:
    """Clauses that name the target's column after a name (``名称,目标值≥95%``)."""
    clauses = [clause.strip() for clause in _CLAUSE_RE.split(text)]
    return (
        any(
            _TARGET_LEAD_RE.match(clause) and earlier and len(earlier) <= _MAX_NAME
            for earlier, clause in itertools.pairwise(clauses)
        )
        or any(_named_target(clause) is not None for clause in clauses)
        or any(_named_target(rest) is not None for rest in _after_leads(clauses))
        or any(_names_own(clause) for clause in clauses)
    )


def _after_leads(clauses: list[str]) -> list[str]:
    """The clauses that open with a lead (``服务对象满意度:``), without it."""
    leads = ((clause, _LEAD_RE.match(clause)) for clause in clauses)
    return [clause[lead.end() :].strip() for clause, lead in leads if lead is not None]


def _names_own(clause: str) -> bool:
    """A clause naming the target's column before its own name and target (``年度目标为
    新建站点不少于30个``), as a monitoring report writes each indicator: the clause before
    it (``截至6月底已完成12个``) is what was achieved of the target above, not a name."""
    lead = _TARGET_LEAD_RE.match(clause)
    if lead is None or lead.group(0)[-1:] not in _STATING:
        return False  # 绩效目标 alone opens a name (绩效目标合理性) as often
    rest = clause[lead.end() :].strip()
    read = split_name_target(rest)
    # 年度目标值:不发生: the target alone (read whole), its name in the clause before
    return read is not None and read[1] != rest and _NAME_WORDS_RE.search(read[0]) is not None


_NAME_WORDS_RE: Final = re.compile(r"[\u4e00-\u9fff]{2}")
_STATING: Final = frozenset(":为是")


def _item_targets(
    label: str, body: str, line: int, upper: Category | None = None
) -> list[ProseTarget]:
    """The targets of one item's clauses, under the item's label; a label that is a 一级
    or a 二级 (成本指标) under an item of the 一级 it may belong to (产出指标) is its 二级."""
    category = category_label(label)
    subcategory = subcategory_label(label, category) if category is None else None
    if category is not None and upper is not None and upper is not category:
        below = subcategory_label(label, upper)
        if below is not None and below.category is upper:
            category, subcategory = None, below
    if subcategory is not None:
        category = subcategory.category
    if category is None:
        # 绩效指标:名称,指标值:≥95%;… : a list under no category, its clauses naming their
        # column; under 主要绩效指标: any clause of a name and its target
        listed = _names_columns(body) or _GENERIC_LABEL_RE.fullmatch(label) is not None
        return _clause_targets(None, None, body, line) if listed else []
    return _clause_targets(category, subcategory, body, line)


def _clauses(body: str) -> list[tuple[str, bool]]:
    """The clauses of a body, each with whether a sentence ends after it (``;`` ``。``); a
    clause listing targets parted by 、 (``新建公路50公里、改造危桥5座``) is one clause each."""
    out: list[tuple[str, bool]] = []
    position = 0
    for match in _CLAUSE_RE.finditer(body):
        clause = body[position : match.start()].strip()
        out += _enumerated(clause, match.group(0) in _SENTENCE_END)
        position = match.end()
    out += _enumerated(body[position:].strip(), True)
    return out


def _enumerated(clause: str, ends: bool) -> list[tuple[str, bool]]:
    """``甲50公里、乙5座`` as ``甲50公里`` and ``乙5座`` when each part is a name and its
    target; a name that holds 、 (``道路、桥梁养护里程≥120公里``) stays whole."""
    parts = clause.split("、")
    if len(parts) < _MIN_ENUMERATED or not all(split_name_target(part) for part in parts):
        return [(clause, ends)]
    return [(part.strip(), ends and number == len(parts) - 1) for number, part in enumerate(parts)]


_MIN_ENUMERATED: Final = 2
# labels of a list of indicators under no category: 主要绩效指标, 绩效指标, 核心指标
_GENERIC_LABEL_RE: Final = re.compile(r"(?:主要|核心|年度|具体)?(?:绩效)?指标")


def _named_target(clause: str) -> tuple[str, str, Target, str | None] | None:
    """A clause naming its target's column after the name (``名称:目标≥95%``, ``名称目标值
    ≥3000亩``) or after the figure achieved (``名称实际完成1.2万宗(年度目标≥1万宗)``):
    (name, phrase, target, actual)."""
    if _TARGET_LEAD_RE.match(clause):
        return None  # 年度指标值150场: the column alone, its name in the clause before
    if "(" in clause and (front := _SCORED_FRONT_RE.match(clause)) is not None:
        clause = clause[front.end() :].replace("(", "", 1)
    if (match := _ACTUAL_FIRST_RE.match(clause)) is not None:
        actual: str | None = match["actual"].strip()
    elif (match := _NAMED_TARGET_RE.match(clause)) is not None:
        actual = None
    else:
        return None
    phrase = match["phrase"].strip()
    if kind_of(phrase) is Kind.HEADER:
        return None  # 三级指标 指标值 实际完成值: a table's header, no name and its target
    target = _target(phrase) or _target(_NOTE_RE.sub("", phrase).strip())
    name = _name(match["name"])
    if target is None or not name or _TARGET_LEAD_RE.match(name) or _NOT_NAME_RE.search(name):
        return None
    if _remark(target, phrase):
        return None
    return name, phrase, target, actual


def _name(text: str) -> str:
    """A name as the clause writes it, without its numbering (``指标1:``) or the quotes
    around it; a quoted word opening it keeps its quotes (``“三公”经费变动率``)."""
    name = unwrapped(_NUMBERING_RE.sub("", text.strip()))
    closing = _PAIRS.get(name[:1])
    if closing is not None and closing in name[1:-1]:
        return name
    return name.strip(_QUOTES)


_PAIRS: Final = {"“": "”", "‘": "’", "「": "」", "《": "》", '"': '"'}


_NUMBERING_RE: Final = re.compile(
    r"^(?:(?:指标\d{1,2}|\d{1,2})[:、.]|[(]\d{1,2}[)]|\d{1,2}[)]|[①-⑳])\s*"
)


def _remark(target: Target, phrase: str) -> bool:
    """A long phrase in words is a remark (设置合理性有待提高), not a standard; a time limit
    in words (每学期开学后2个月内, 于2024年春节前完成) is a target however long."""
    return (
        target.kind is TargetKind.QUALITATIVE
        and len(phrase) > _MAX_STANDARD
        and not is_time_limit_phrase(phrase)
    )


# a section's numbering, a table's cell separators, a goal's label: no indicator's name
_NOT_NAME_RE: Final = re.compile(r"、|[(][一二三四五六七八九十]{1,3}[)]|[|\t│┃║]|总体目标")
_MAX_STANDARD: Final = 8


_NOTE_RE: Final = re.compile(r"\([^()]*\)$")  # ``≥42.5万亩(不低于上级下达任务)``


def _add_actual(found: list[ProseTarget], line: int, clause: str) -> None:
    """A clause saying what was achieved (``已完成1860亩``, ``实际99.2%``) for the target
    read just before it on the line."""
    if not found or found[-1].line != line:
        return
    if (weight := _WEIGHT_RE.fullmatch(clause)) is not None and found[-1].weight is None:
        found[-1] = replace(found[-1], weight=Decimal(weight["number"]))  # 分值10分
    elif (score := _SCORE_RE.fullmatch(clause)) is not None and found[-1].score is None:
        found[-1] = replace(found[-1], score=Decimal(score["number"]))  # 得分9分, 得9分
    elif found[-1].actual is None:
        lead = _ACTUAL_LEAD_RE.match(clause)
        actual = clause[lead.end() :] if lead else clause
        found[-1] = replace(found[-1], actual=actual.strip() or None)


# a clause naming what was achieved by its column's label (实际完成值:6个, 实际完成:…)
_ACTUAL_COLUMN_RE: Final = re.compile(r"^(?:实际完成值|实际值|实际完成|完成值)[:为是]")


def _labelled_column(clause: str) -> bool:
    """Whether a clause is a column of the indicator before it, named by its label: what
    was achieved, its 分值 or its 得分 (never a name and a target of its own)."""
    return bool(
        _ACTUAL_COLUMN_RE.match(clause)
        or _WEIGHT_RE.fullmatch(clause)
        or _SCORE_RE.fullmatch(clause)
    )


def _clause_targets(
    category: Category | None, subcategory: Subcategory | None, body: str, line: int
) -> list[ProseTarget]:
    found: list[ProseTarget] = []
    part: str | None = None
    pending: str | None = None  # a name whose target a later clause gives
    achieved: str | None = None  # what the pending name's clause says was achieved
    points: Decimal | None = None  # the pending name's weight, bracketed after it
    stated = False  # a target was read in this sentence from a clause naming its column
    clauses = _clauses(body)
    for number, (clause, ends) in enumerate(clauses):
        clause = _without_part_lead(clauses, number)
        # after ``名称:目标值X``, the sentence's other clauses say what was achieved
        if stated:
            _add_actual(found, line, clause)
            stated = not ends
            continue
        if (named := _named_target(clause)) is not None:
            found.append(
                ProseTarget(
                    category, subcategory, named[0], named[2], named[1], line, part, named[3]
                )
            )
            pending, stated = None, not ends
            continue
        if found and found[-1].line == line and _labelled_column(clause):
            # ``目标值:≥6个;实际完成值:6个;得分6分``: the target's paragraph goes on past ;
            _add_actual(found, line, clause)
            continue
        if (lead := _LEAD_RE.match(clause)) is not None and not _TARGET_LEAD_RE.match(clause):
            rest = clause[lead.end() :].strip()
            if (target := _lead_target(rest, category)) is not None:
                # 完成时限:2019年12月31日前: the lead is the name, the rest its target alone
                name = _bare_name(lead["lead"], rest)
                found.append(ProseTarget(category, subcategory, name, target, rest, line, part))
                pending = None
                continue
            following = clauses[number + 1][0] if number + 1 < len(clauses) else ""
            if (labels := _lead_labels(lead["lead"], category)) is not None:
                # 数量:新建机井30眼;… : the row's label, for this clause and those after it
                category, subcategory = labels
                clause = rest
            elif _TARGET_LEAD_RE.match(following) and (done := _ACTUAL_LEAD_RE.match(rest)):
                # 受益人口:实际3.2万人,目标值≥3万人: the lead is the name, the rest achieved
                pending, achieved = _name(lead["lead"]), rest[done.end() :].strip() or None
                points = None
                continue
            else:
                part, clause = lead["lead"], rest
            if (named := _named_target(clause)) is not None:
                # 服务对象满意度:城乡居民满意度目标值≥85%: after its label, a name naming its
                # target's column
                found.append(
                    ProseTarget(
                        category, subcategory, named[0], named[2], named[1], line, part, named[3]
                    )
                )
                pending, stated = None, not ends
                continue
        following = clauses[number + 1][0] if number + 1 < len(clauses) else ""
        if (
            _TARGET_LEAD_RE.match(following)
            and 0 < len(clause) <= _MAX_NAME
            and not _names_own(following)
        ):
            # 达标率, then 目标值≥95%: a name, whatever its last words; 受益人口3.2万人, then
            # 目标值≥3万人: the name and what was achieved, written before the target
            pending, points = weighed(_name(clause))
            pending, achieved = _achieved_first(pending)
            continue
        if (column := _TARGET_LEAD_RE.match(clause)) is not None and pending is not None:
            phrase = clause[column.end() :].strip()
            target = _target(phrase)
            if target is not None and not _remark(target, phrase):
                found.append(
                    ProseTarget(
                        category, subcategory, pending, target, phrase, line, part, achieved
                    )
                )
                if points is not None:
                    found[-1] = replace(found[-1], weight=points)
                stated = not ends
            pending = None
            continue
        column = _ACTUAL_LEAD_RE.match(clause)
        if column is not None and found and not _task_of_its_own(clause, column.group(0)):
            if found[-1].line == line and found[-1].actual is None:
                found[-1] = replace(found[-1], actual=clause[column.end() :].strip() or None)
            continue
        if pending is not None and (bound := _bound_alone(pending, clause)) is not None:
            # 单场活动平均成本,控制在1.2万元以内,目前平均为1.05万元: the bound after its name
            found.append(
                ProseTarget(category, subcategory, _name(pending), bound, clause, line, part)
            )
            pending, stated = None, not ends
            continue
        if pending is not None and ends and (alone := _standard_alone(clause)) is not None:
            # 垃圾日产日清,当日完成: what is measured, then its standard alone ending the
            # sentence
            found.append(
                ProseTarget(category, subcategory, _name(pending), alone, clause, line, part)
            )
            pending = None
            continue
        if pending is not None and ends and (kept := _event_kept_from(pending, clause)):
            # 管网平稳运行,不发生停水事故: a state, then the event it is kept from ending the
            # sentence: the state is the name, the words its standard (as a table's row is)
            found.append(
                ProseTarget(category, subcategory, _name(pending), kept, clause, line, part)
            )
            pending = None
            continue
        read = (split_name_target(clause) or name_period(clause)) if clause else None
        read = read or (_alternative_unit(clause) if clause.endswith(")") else None)
        if read is None and category is not None:
            read = _stated(clause) or glued_standard(clause) or _balance_standard(clause)
            read = read or deadline_first(clause)
        if read is None:
            pending = clause if 0 < len(clause) <= _MAX_NAME else None
            points = None
            continue
        pending = None
        name, phrase, target = standard_from_name_end(read)
        name = _bare_name(name, phrase)
        if not name:
            continue  # 年度目标为2024年11月底前全部完工: the column named, no indicator
        found.append(ProseTarget(category, subcategory, name, target, phrase, line, part))
    return found


def _task_of_its_own(clause: str, lead: str) -> bool:
    """``完成水库安全鉴定≥9宗`` in a list of targets: a task opening with 完成 (no 已 nor 实际
    before it), its object's words, then a bound, is a name and its target, not what was
    achieved of the target before it (``完成41宗``, ``已完成…``: a figure, no bound)."""
    if lead != _BARE_DONE or not _CJK_RE.match(clause, len(lead)):
        return False
    read = split_name_target(clause)
    return read is not None and read[2].operator is not None and read[0] != lead


_BARE_DONE: Final = "完成"
_CJK_RE: Final = re.compile(r"[\u4e00-\u9fff]")


def deadline_first(clause: str) -> tuple[str, str, Target] | None:
    """``2020年12月底前完成全部维修养护任务``: under a label of the genre, the deadline first
    and the task due by it after (a verb of doing or paying, then its object): the task is
    the name, the deadline its target."""
    match = _DEADLINE_FIRST_RE.fullmatch(clause)
    if match is None:
        return None
    target = _target(match["deadline"])
    if target is None or target.kind is not TargetKind.PERIOD:
        return None
    return match["task"], match["deadline"], target


_DEADLINE_FIRST_RE: Final = re.compile(
    r"(?P<deadline>(?:(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末)?"
    r"|(?:(?:19|20)\d{2}|[当本])年(?:底|末))(?:前|之前|以前))"
    rf"(?P<task>(?:{DEADLINE_VERBS})[\u4e00-\u9fff“”]{{2,20}})"
)


def _without_part_lead(clauses: Sequence[tuple[str, bool]], number: int) -> str:
    """A clause stating a part of the target the clause before it states (``受益人口不少于
    860人,其中脱贫人口不少于150人``) without its 其中: the word joins the sentence, it is no
    part of the name. A 其中: with a colon (a row's label a table keeps) stays."""
    clause = clauses[number][0]
    match = _PART_LEAD_RE.match(clause)
    if match is None or number == 0:
        return clause
    before, ended = clauses[number - 1]
    if ended or split_name_target(before) is None:
        return clause  # a sentence opening with 其中, or after no target: not a part's clause
    rest = clause[match.end() :]
    return rest if split_name_target(rest) is not None else clause


_PART_LEAD_RE: Final = re.compile(r"^其中(?![:：])")


def _lead_labels(
    lead: str, category: Category | None
) -> tuple[Category | None, Subcategory | None] | None:
    """The levels a lead that is a 二级 label (数量, 社会效益指标) or a 一级 one (满意度)
    states; None for a lead naming anything else (a part of the project: 吴冲路)."""
    subcategory = subcategory_label(lead, category)
    if subcategory is not None:
        return subcategory.category, subcategory
    upper = category_label(lead)
    return (upper, None) if upper is not None else None


# ``新建观测站(6分)`` before ``目标值:≥6个``: an evaluation report's paragraph gives the
# indicator's points in brackets after its name; they are its weight, not its name's words
# (a score table's PDF text may space the points from their 分: ``(5 分)``)
_NAME_POINTS_RE: Final = re.compile(
    r"\s*\((?:分值|权重|满分)?[:为]?(?P<number>\d{1,3}(?:\.\d{1,2})?) ?分\)$"
)


def weighed(name: str) -> tuple[str, Decimal | None]:
    """A name without the points bracketed after it, and those points (its weight)."""
    match = _NAME_POINTS_RE.search(name)
    if match is None or match.start() < _MIN_NAME:
        return name, None
    return name[: match.start()], Decimal(match["number"])


def _achieved_first(clause: str) -> tuple[str, str | None]:
    """``完成整治村数12个`` before ``目标值≥12个``: the name, and the figure, date or words
    achieved run on after it (a figure with a comparison is no achievement: the clause is
    the name as written). The verbs saying it was achieved (完成, 提高至) are neither's."""
    figure = split_name_target(clause)
    if figure is not None and figure[2].kind is not TargetKind.QUANTITATIVE:
        figure = None  # 达标率 after 供水水质: a name's last word is no standard achieved
    read = name_period(clause) or figure or _achieved_words(clause)
    if read is None or read[2].operator is not None:
        return clause, None
    name = _ACHIEVED_TAIL_RE.sub("", _ACHIEVED_LEAD_RE.sub("", read[0].strip()))
    return (name, read[1].strip()) if len(name) >= _MIN_NAME else (clause, None)


def _achieved_words(clause: str) -> tuple[str, str, Target] | None:
    """``运维机制初步建立``: a name, then how far it got in words."""
    match = _ACHIEVED_WORDS_RE.fullmatch(clause)
    if match is None:
        return None
    phrase = match["phrase"]
    target = _target(phrase)
    return (match["name"], phrase, target) if target is not None else None


_ACHIEVED_LEAD_RE: Final = re.compile(r"^(?:实际|已经?)?完成(?=[\u4e00-\u9fff]{4})")
_ACHIEVED_TAIL_RE: Final = re.compile(
    r"(?:(?:提高|提升|增长|增加|下降|降低|降|缩短|减少|控制)(?:至|到|在)|达到)$"
)
_ACHIEVED_WORDS_RE: Final = re.compile(
    r"(?P<name>[^,;。]{4,30}?)(?P<phrase>(?:初步|基本|已经?|全面|逐步|全部)[\u4e00-\u9fff]{2,4})"
)


# what a lead's colon may stand before when the lead is the indicator's name: its target
# and nothing else (a deadline, a figure with its unit or comparison)
_LEAD_TARGET_KINDS: Final = frozenset({Kind.PERIOD, Kind.QUANTITY})


def _lead_target(rest: str, category: Category | None) -> Target | None:
    """``名称:2019年12月31日前``, ``名称:≥95%``: under a label of the genre, the words after
    a lead's colon that are a target alone, with no name of their own (``吴冲路:建设里程
    1.091公里`` names the part of the project its clauses are about)."""
    if category is None or kind_of(rest) not in _LEAD_TARGET_KINDS:
        return None
    return _target(rest)


def _bound_alone(name: str, clause: str) -> Target | None:
    """The target of a clause that is a bound and nothing else (``控制在1.2万元以内``,
    ``不低于98%``), after a clause that is a whole name (a measure: 成本, 率, 人次 …)."""
    whole = _name(name)
    if _BOUND_START_RE.match(clause) is None:
        return None
    if not ends_as_name(whole) and not whole.endswith(_COST_NAME_ENDS):
        return None
    target = _target(clause)
    if target is None or target.kind is not TargetKind.QUANTITATIVE or target.operator is None:
        return None
    return target


def _event_kept_from(pending: str, clause: str) -> Target | None:
    """The standard of a clause that is a negated event alone (``不发生停水事故``) after a
    clause naming a state (``管网平稳运行``), not the event (a name counting 事故 keeps the
    grammar's ≤0次)."""
    read = split_name_target(clause)
    if read is None or read[0] != clause.strip() or kind_of(pending) is not Kind.NAME:
        return None  # a name before the negation in the clause itself, or no name before
    return _as_written(clause) if state_kept_from_event(pending, read[2]) else None


def _standard_alone(clause: str) -> Target | None:
    """The target of a clause that is a short standard or a deadline and nothing else
    (``当日完成``, ``按时完成``, ``12月底前``)."""
    if not _MIN_ALONE <= len(clause) <= _MAX_ALONE or kind_of(clause) is Kind.SENTENCE:
        return None
    target = _target(clause)
    return target if target is not None and target.kind is not TargetKind.QUANTITATIVE else None


_MIN_ALONE: Final = 2
_MAX_ALONE: Final = 6


# a 成本指标's name ends so as often as in a measure word (养护费用, 补助标准)
_COST_NAME_ENDS: Final = ("费用", "标准", "补助", "补贴", "价格")
# a comparison opening a clause: the clause is the bound of the name before it
_BOUND_START_RE: Final = re.compile(
    r"(?:控制在|保持在|维持在|不超过|不高于|不低于|不少于|不大于|不小于|不多于|达到|[≥≤<>])\s*\d"
)


def _bare_name(name: str, phrase: str = "") -> str:
    """``“某某建设”年度目标值`` before its target: the name without its quotes and the
    column it names, after it (``满意度目标为``; ``平均成本目标`` before ``控制在90万元以内``)
    or before it (``年度目标为改造老旧小区`` 不少于28个). Empty when the clause names only the
    column."""
    bare = _TARGET_TAIL_RE.sub("", _NUMBERING_RE.sub("", name.strip()))
    # 完成上级下达目标100%: the 目标 is the name's; 合格率目标100%: the column's
    if not phrase[:1].isdigit() or _MEASURE_TARGET_RE.search(bare):
        bare = _BARE_TARGET_TAIL_RE.sub("", bare)
    if (plan := _PLAN_LEAD_RE.match(bare)) is not None and plan.end() > 0:
        return _unquoted(unwrapped(bare[plan.end() :]))  # 计划于: no name left
    if (lead := _COLUMN_LEAD_RE.match(bare)) is not None:
        return _unquoted(unwrapped(bare[lead.end() :]))
    return _unquoted(unwrapped(bare)) or name


def _unquoted(text: str) -> str:
    """A name without the quotes around it; a quoted word opening it keeps its quotes
    (``“三公”经费``)."""
    text = text.strip()
    closing = _PAIRS.get(text[:1])
    if closing is not None and closing in text[1:-1]:
        return text
    return text.strip("“”\"' ")


# a sentence's subject that is the column, not the indicator: 年度目标为…, 目标是…
_COLUMN_LEAD_RE: Final = re.compile(r"^(?:年度|年初|全年|预期)?(?:绩效)?目标值?(?:为|是|:)")
_BARE_TARGET_TAIL_RE: Final = re.compile(r"(?<=.{2})目标(?:为|是)?$")
# a measure before 目标 (率, 数, 量, 面积 …): the name ends there
_MEASURE_TARGET_RE: Final = re.compile(r"[率数量度额积本长比]目标(?:为|是)?$")
# 计划完成高标准农田建设2万亩: the plan's words open the sentence, not the name (计划生育 is one)
_PLAN_LEAD_RE: Final = re.compile(r"^(?:年度|全年)?计划(?!生育)(?:完成|实现|于|在)?")


def _stated(clause: str) -> tuple[str, str, Target] | None:
    """``拨付时限为每季度首月15日前``, ``…水平为明显提升``: a name, 为 or 是, then a deadline or
    a short standard, under a label of the genre (a sentence of prose says 为 of anything)."""
    match = _STATED_RE.match(clause)
    if match is None:
        return None
    phrase = match["phrase"].strip()
    if kind_of(phrase) not in (Kind.PERIOD, Kind.QUALITATIVE):
        return None
    target = _target(phrase)
    return (match["name"].strip(), phrase, target) if target is not None else None


_STATED_RE: Final = re.compile(r"^(?P<name>[^为是]{2,30})(?:为|是)(?P<phrase>.{2,16})$")


def glued_standard(clause: str) -> tuple[str, str, Target] | None:
    """``群众健康素养水平稳步提高``: a name and a standard run together, the standard opening
    with a word of degree (稳步, 持续, 明显 …) before what is to improve; its first such
    word starts it."""
    for match in _DEGREE_RE.finditer(clause):
        name, phrase = clause[: match.start()].strip(), clause[match.start() :].strip()
        if len(name) < _MIN_NAME:
            continue
        if not (kind_of(phrase) is Kind.QUALITATIVE or _DEGREE_VERB_RE.fullmatch(phrase)):
            continue
        # a degree and one verb (有效防范, 持续巩固) is a standard the kinds may not list, or
        # list by its degree alone, after a name of some length
        listed = kind_of(phrase) is Kind.QUALITATIVE and not is_weak_verb_standard(phrase)
        if not listed and len(name) < _MIN_GLUED_NAME:
            continue
        if (target := _target(phrase)) is not None:
            return name, phrase, target
    return None


def _balance_standard(clause: str) -> tuple[str, str, Target] | None:
    """``基金运行收支平衡、略有结余``: a fund's name, then its income and spending in balance
    (with what it keeps over, as written), the standard a fund's target states."""
    match = _BALANCE_RE.search(clause, _MIN_GLUED_NAME)
    if match is None:
        return None
    name, phrase = clause[: match.start()].strip(), clause[match.start() :].strip()
    if len(phrase) > _MAX_BALANCE or kind_of(name) is not Kind.NAME:
        return None
    target = _target(phrase)
    return (name, phrase, target) if target is not None else None


_BALANCE_RE: Final = re.compile(r"(?:当期|当年|年度)?收支(?:基本)?平衡")
_MAX_BALANCE: Final = 16


_DEGREE_VERB_RE: Final = re.compile(
    r"(?:明显|显著|有效|逐步|稳步|持续|不断|进一步|全面|大幅)[一-鿿]{2}"
)
_MIN_GLUED_NAME: Final = 4


# 得到 before the degree is the standard's (权益得到有效维护: 得到有效维护), not the name's
# a comparison with last year opens a standard too (“三公”经费较上年下降)
# 有所 and 基本 open a standard too (生活水平有所提高, 配送体系基本建成); a name opening with
# 基本 (基本公共卫生服务…) leaves no name before it and is not cut there
_DEGREE_RE: Final = re.compile(
    r"(?:得到)?(?:明显|显著|有效|逐步|稳步|持续|不断|进一步|全面|大幅|有所|基本)"
    r"|(?:较|比)(?:上|去)年|同比"
)


_TARGET_TAIL_RE: Final = re.compile(
    r"(?:(?:年度|年初|全年|预期)(?:绩效)?(?:指标|目标)值?|(?:绩效)?(?:指标|目标)值)[:为是]?$"
    rf"|(?<=.{{2}})(?<![{BEFORE_OWN_WEI}])(?:为|是)$"  # 完成时间为 2023年12月31日前: the
    # sentence's 为 (a name's own, 违法行为, is kept)
)
_PERIOD_START_RE: Final = re.compile(r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月(?:底|末|份)")
_MIN_NAME: Final = 2


def name_period(clause: str) -> tuple[str, str, Target] | None:
    """``主体工程完工时间2023年10月底前``: a name, then the date it is due by."""
    for match in _PERIOD_START_RE.finditer(clause):
        name, phrase = clause[: match.start()].strip(), clause[match.start() :].strip()
        target = _target(phrase)
        if len(name) >= _MIN_NAME and target is not None and target.kind is TargetKind.PERIOD:
            return name, phrase, target
    return None


_QUOTED_RE: Final = re.compile(r"[“\"‘'「](?P<inner>[^“”\"‘’'「」]+)[”\"’'」]")


def _target(phrase: str) -> Target | None:
    # 年度目标为“持续提高”: a standard quoted in prose; the marks are no part of it
    if quoted := _QUOTED_RE.fullmatch(phrase):
        phrase = quoted["inner"]
    target = _parsed(phrase)
    if target is not None and _written_whole(phrase, target):
        return _as_written(phrase)  # 较上年提高2个百分点, 全市前3名: no figure alone says it
    if target is not None and target.kind is not TargetKind.QUALITATIVE:
        return target
    # 2020年12月31日前兑付完毕: a deadline, then what is to be done by it
    if (done := _DEADLINE_DONE_RE.fullmatch(phrase)) is not None:
        deadline = _parsed(done["target"])
        if deadline is not None and deadline.kind is TargetKind.PERIOD:
            return deadline
    if target is not None:
        return target
    # ≥1100台(套): a unit and its alternative, read with the first (as a table's cell is)
    alternative = _ALTERNATIVE_UNIT_RE.fullmatch(phrase)
    if alternative is not None and canonical_unit(alternative["other"]) is not None:
        return _parsed(alternative["target"])
    return None


def _as_written(phrase: str) -> Target:
    return Target(kind=TargetKind.QUALITATIVE, text=phrase.strip(), standard=phrase.strip())


def _written_whole(phrase: str, target: Target) -> bool:
    """A change's size alone or a rank among the first few: the words as written are the
    standard (as a table's cell is read)."""
    return is_bare_change(phrase, target) or is_top_rank(phrase, target)


def standard_from_name_end(read: tuple[str, str, Target]) -> tuple[str, str, Target]:
    """``机械化水平较上年提高2个百分点`` split as ``…较上年提高`` | ``2个百分点``, ``考核排名全市
    前3名`` as ``…全市前`` | ``3名``: the change against its base (a size alone, no bound) or the
    rank is the standard as written and no part of the name; any other split stays."""
    name, phrase, target = read
    match = _STANDARD_HEAD_RE.search(name)
    if match is None or match.start() < _MIN_NAME:
        return read
    whole = match.group(0) + phrase.strip()
    if not _written_whole(whole, target):
        return read
    return name[: match.start()], whole, _as_written(whole)


# the words a change against its base or a rank opens with, left at the name's end
_STANDARD_HEAD_RE: Final = re.compile(
    r"(?:(?:较上年度?|比上年度?|较去年|比去年|同比)(?:提高|提升|增长|增加|上升|下降|降低|减少)"
    r"|(?:进入|位居|位列|保持|排在)?(?:全国|全省|全市|全州|全盟|全县|全区|全旗|同级|同类)"
    r"(?:排名|排位)?前)$"
)


def _alternative_unit(clause: str) -> tuple[str, str, Target] | None:
    """``购置农机具24台(套)``: a name and its target whose unit has its alternative in
    brackets, read with the first unit (as a table's cell is)."""
    alternative = _ALTERNATIVE_UNIT_RE.fullmatch(clause)
    if alternative is None or canonical_unit(alternative["other"]) is None:
        return None
    return split_name_target(alternative["target"])


def _parsed(phrase: str) -> Target | None:
    try:
        return parse_target(phrase)
    except TargetSyntaxError:
        return None


_DEADLINE_DONE_RE: Final = re.compile(
    r"(?P<target>.+?[前内])(?:全部|全额|足额)?[\u4e00-\u9fff]{0,4}?(?:完毕|完成|完工|到位|结束)"
)
_ALTERNATIVE_UNIT_RE: Final = re.compile(r"(?P<target>.+?\d[^()]*?)\((?P<other>[^()]{1,4})\)")
