"""A form's labelled fields (项目名称, 主管部门, 实施单位 …) and its 项目资金 figures.

Labels are matched by meaning (:data:`.vocabulary.FIELD_LABELS`): ``项目名称``,
``项目支出名称``, ``专项名称`` and ``转移支付(项目)名称`` are one field. A field's value is
the next cell that is not itself a label; in text run together, the words up to the next
label. The year is the form's ``(2022年度)``, else the first year its title names.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as default_field
from decimal import Decimal
from typing import Final, overload

from jixiao.domain.model import FundingSource
from jixiao.ingest.cells import half_width, label_key, read_number, squashed
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.vocabulary import (
    FIELD_LABELS,
    FUNDING_COLUMNS,
    FUNDING_OTHER_RE,
    FUNDING_TOTAL_RE,
    Field,
    Role,
    field_of,
    funding_role,
)
from jixiao.ingest.source import SourceLine


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@dataclass(frozen=True)
class FieldValue:
    field: Field
    label: str
    value: str
    line: int
    raw: str | None = None  # the value as its cell holds it, before cleaning


# a project printed after its code: ``[3]``, ``0012-``, ``51152923R000000041207-`` (a budget
# system's code: digits with a letter for the project's class)
_CODE_PREFIX_RE: Final = re.compile(
    r"^\s*(?:\[\d+\]|\d{3,}[-—]|\d{6,}[A-Z]\d{6,}[-—]|\([^()]{1,6}\)[::]?)\s*"
)
# a unit printed with its code after it, in brackets (主管部门及代码 | 某局(405001)): the
# digits are the code, no part of the name
_CODE_SUFFIX_RE: Final = re.compile(r"\s*[(（\[]\s*\d{3,12}\s*[)）\]]\s*$")
_MAX_LABEL: Final = 16


def _label_field(cell: Cell) -> Field | None:
    key = label_key(cell.text).rstrip(":")
    if not key or len(key) > _MAX_LABEL:
        return None
    return field_of(key)


def read_fields(cells: Sequence[Cell]) -> list[FieldValue]:
    """Label and value pairs, in order (a label without a value is left out)."""
    cells = _labels_unglued(_years_in_values(cells))
    found: list[FieldValue] = []
    notes: set[int] = set()  # lines of a form's 注: (its words explain the fields, fill none)
    for index, cell in enumerate(cells):
        if _NOTE_RE.match(cell.text):
            notes.add(cell.line)
        if cell.line in notes:
            continue
        field = _label_field(cell)
        pair = (
            (_colon_pair(cell) or _label_with_figure(cell) or _bracketed_amount(cell))
            if (field is None)
            else None
        )
        if pair is not None:
            found.append(pair)
            found.extend(_evaluated_project(cells, index, pair))
            continue
        if field is None:
            found.extend(_clause_fields(cell))
            continue
        if _breadcrumb_step(cells, index):
            continue  # 首页 > 财政信息 > 部门预算: a page's column, no label of the form's
        if field in _GOAL_FIELDS and (goal := _goal_table(cells, index, field)):
            found.extend(goal)
            continue
        value = _value_after(cells, index)
        if value is not None and field in _MONEY_FIELDS and label_key(value.text) in _TOTALS:
            # 预算金额 | 合计 | 1650.00 | 其中:财政资金 …: the total's figure after its word
            at = next(i for i in range(index + 1, len(cells)) if cells[i] is value)
            value = _value_after(cells, at)
        if (
            value is not None
            and _MEANINGFUL_RE.search(value.text)
            and not _UNIT_NOTE_RE.match(value.text)
        ):
            text = _boxes(cells, value) if field in _BOX_FIELDS else value.text
            found.append(FieldValue(field, cell.text, _clean(text), value.line, text))
    return found


_BREADCRUMB_ARROWS: Final = frozenset({">", "›", "»", "＞"})


def _breadcrumb_step(cells: Sequence[Cell], index: int) -> bool:
    """A cell after a web page's breadcrumb arrow on its line: the step of a path."""
    before = cells[index - 1] if index > 0 else None
    return (
        before is not None
        and before.line == cells[index].line
        and (before.text.strip() in _BREADCRUMB_ARROWS)
    )


# a year as a word of a name (某学院2020年学科建设专项资金), not a date: words follow it
_NAMED_YEAR_RE: Final = re.compile(r"(?:19|20)\d{2}年")
_NOT_NAME_AFTER_YEAR: Final = tuple("度底末前内初")
_NAME_START_RE: Final = re.compile(r"[\u4e00-\u9fff]")


def _years_in_values(cells: Sequence[Cell]) -> Sequence[Cell]:
    """Cells of text run together with a year cut out of a field's value (``项目名称某学院``
    | ``2020年`` | ``学科建设专项资金主管部门…``: the vocabulary cuts a year as a quantity)
    put back together, where a field's label opens the text before the year and words of a
    name follow it; the cells as they are else."""
    out: list[Cell] = []
    index = 0
    while index < len(cells):
        cell = cells[index]
        if (
            out
            and index + 1 < len(cells)
            and cell.glued
            and _NAMED_YEAR_RE.fullmatch(cell.text)
            and _runs_on_with(out[-1], cell, cells[index + 1])
        ):
            following = cells[index + 1]
            out[-1] = replace(out[-1], text=out[-1].text + cell.text + following.text)
            index += 2
            continue
        out.append(cell)
        index += 1
    return out


def _runs_on_with(before: Cell, year: Cell, after: Cell) -> bool:
    return (
        before.glued
        and after.glued
        and before.line == year.line == after.line
        and _RUNON_RE.search(squashed(before.text)) is not None
        and _NAME_START_RE.match(after.text) is not None
        and not after.text.startswith(_NOT_NAME_AFTER_YEAR)
    )


def _labels_unglued(cells: Sequence[Cell]) -> Sequence[Cell]:
    """The cells with a value that holds the next field's label after a space (``主管部门 |
    某县交通运输局 实施单位 | 某县公路管理所``: a scan's OCR losing the ruling between them)
    cut in two, when that label's value follows on the line; the cells as they are else."""
    out: list[Cell] | None = None
    for index, cell in enumerate(cells):
        pieces = _glued_label(cell, cells[index + 1] if index + 1 < len(cells) else None)
        if pieces is not None and out is None:
            out = list(cells[:index])
        if out is not None:
            out += pieces or [cell]
    return cells if out is None else out


def _glued_label(cell: Cell, after: Cell | None) -> list[Cell] | None:
    if " " not in cell.text.strip() or after is None or after.line != cell.line:
        return None
    value, _, label = cell.text.strip().rpartition(" ")
    value = value.strip()
    if len(value) < _MIN_GLUED_VALUE or _label_field(replace(cell, text=value)) is not None:
        return None
    if _label_field(replace(cell, text=label)) is None or _label_field(after) is not None:
        return None
    return [replace(cell, text=value, column=-1), replace(cell, text=label, column=-1)]


_MIN_GLUED_VALUE: Final = 2
_TOTALS: Final = frozenset({"合计", "总计", "小计"})
_BOX_FIELDS: Final = frozenset({Field.ATTRIBUTE, Field.PROJECT_TYPE})
_BOX_RE: Final = re.compile(r"[□■☐☑√✓✔☒▇]")


def _boxes(cells: Sequence[Cell], first: Cell) -> str:
    """A row of boxes a text cut into cells (``□常年性项目 | ■延续性项目 | □一次性项目``): the
    options on the first's line, together."""
    at = cells.index(first)
    options = [first.text]
    for cell in cells[at + 1 :]:
        if cell.line != first.line or not _BOX_RE.search(cell.text) or _label_field(cell):
            break
        options.append(cell.text)
    return " ".join(options)


def is_field_label(cell: Cell) -> bool:
    """A field's label (with its value or before it), or a 项目资金 row's."""
    key = label_key(cell.text).rstrip(":")
    return (
        _label_field(cell) is not None
        or _colon_pair(cell) is not None
        or _funding_source(key) is not None
    )


def is_unit_note(text: str) -> bool:
    """``单位:万元``: the unit of a table's figures, no field's value."""
    return _UNIT_NOTE_RE.match(text) is not None


def is_note(text: str) -> bool:
    """The start of a form's 注 (说明, 填表说明): words to the form-filler."""
    return _NOTE_RE.match(text) is not None


def read_empty_fields(cells: Sequence[Cell]) -> list[FieldValue]:
    """The labels a form prints and leaves empty (项目负责人 followed by the next label), each
    with its label's line and an empty value."""
    found: list[FieldValue] = []
    for index, cell in enumerate(cells):
        field = _label_field(cell)
        if field is None or field in _GOAL_FIELDS:
            continue
        value = _value_after(cells, index)
        if value is None or not _MEANINGFUL_RE.search(value.text):
            found.append(FieldValue(field, cell.text, "", cell.line))
    return found


_NOTE_RE: Final = re.compile(r"\s*(?:注|说明|填表说明)\s*[::]")
_MEANINGFUL_RE: Final = re.compile(r"[\u4e00-\u9fff0-9]")
_UNIT_NOTE_RE: Final = re.compile(r"\s*(?:金额)?单位[::]")  # 单位:万元 is no field's value


def _goal_table(cells: Sequence[Cell], index: int, field: Field) -> list[FieldValue]:
    """``年度总体目标 | 预期目标 | 实际完成情况`` then the two texts: the goal is the text
    under 预期目标, the achievement the one under 实际完成情况."""
    columns = cells[index + 1 : index + 3]
    if not columns or not _EXPECTED_RE.fullmatch(label_key(columns[0].text)):
        return []
    achieved = len(columns) > 1 and _ACHIEVED_RE.fullmatch(label_key(columns[1].text)) is not None
    width = 2 if achieved else 1
    texts = cells[index + 1 + width : index + 1 + 2 * width]
    found = []
    for cell, named in zip(texts, (field, Field.ACHIEVEMENT), strict=False):
        # a goal is a text, or as the form writes it (a figure: 43.2 | 37.24)
        if cell.kind in _GOAL_KINDS:
            found.append(FieldValue(named, cells[index].text, _clean(cell.text), cell.line))
    return found


_GOAL_KINDS: Final = frozenset({Kind.SENTENCE, Kind.NAME, Kind.NUMBER, Kind.QUANTITY})
_GOAL_FIELDS: Final = frozenset({Field.GOAL, Field.OVERALL_GOAL, Field.YEAR_GOAL})
_EXPECTED_RE: Final = re.compile(r"预期目标|预期|目标")
_ACHIEVED_RE: Final = re.compile(r"实际完成情况|完成情况|实际完成")


def _colon_pair(cell: Cell) -> FieldValue | None:
    """``项目名称:社区养老服务补助``: a label and its value in one cell; also bracketed
    whole under a title (``(项目名称:某项目)``, the form's subtitle)."""
    bracketed = _BRACKETED_PAIR_RE.fullmatch(cell.text)
    text = bracketed["pair"] if bracketed is not None else cell.text
    label, colon, value = text.partition(":")
    if not colon or not value.strip() or _UNIT_NOTE_RE.match(value):
        return None  # no value, or the table's unit (项目单位(盖章):单位:万元)
    key = label_key(label)
    field = field_of(key) if key and len(key) <= _MAX_LABEL else None
    if field is None and _EVALUATED_LABEL_RE.fullmatch(key):
        # 评价单位:某局(委托第三方): how it was evaluated, no part of the unit's name
        value = _HOW_EVALUATED_RE.sub("", value)
        field = _evaluated(_clean(value))
    if field is None:
        return None
    return FieldValue(field, label, _clean(value), cell.line, value)


_BRACKETED_PAIR_RE: Final = re.compile(r"\s*[(（](?P<pair>[^()（）:]{2,16}:[^()（）]+)[)）]\s*")


def _bracketed_amount(cell: Cell) -> FieldValue | None:
    """``项目一:校舍维修改造项目(项目金额:860.00万元)``: a heading's amount in brackets after
    it, a money field's label and its value."""
    match = _BRACKETED_RE.search(cell.text.strip())
    if match is None:
        return None
    field = field_of(label_key(match["label"]))
    if field is None or field not in _MONEY_FIELDS:
        return None
    return FieldValue(field, match["label"], _clean(match["value"]), cell.line)


_BRACKETED_RE: Final = re.compile(
    r"[(（](?P<label>[^:：()（）]{2,10})[:：]\s*(?P<value>\d[\d,.]*\s*(?:万元|元))[)）]$"
)


# 评价对象: a score table's or a report's head names what was evaluated, a unit or a project
_EVALUATED_LABEL_RE: Final = re.compile(r"评价对象|被评价单位|评价单位")


_HOW_EVALUATED_RE: Final = re.compile(r"\s*[(（](?:委托|聘请)?第三方(?:机构)?(?:评价)?[)）]\s*$")


def _evaluated(value: str) -> Field | None:
    """The unit when the value is a body's name (某局), the project when it names one."""
    if re.fullmatch(rf"[\u4e00-\u9fff()]{{2,30}}?{_UNIT_END}", value):
        return Field.UNIT_NAME
    return Field.PROJECT if value.endswith(_PROJECT_ENDS) else None


def _evaluated_project(cells: Sequence[Cell], index: int, pair: FieldValue) -> list[FieldValue]:
    """``评价对象:某中心 某某运维经费(预算资金126.00万元)``: the unit evaluated, then on the
    same line the project of its that was evaluated (its amount's note left off)."""
    if pair.field is not Field.UNIT_NAME or not _EVALUATED_LABEL_RE.fullmatch(
        label_key(pair.label)
    ):
        return []
    after = cells[index + 1] if index + 1 < len(cells) else None
    if after is None or after.line != cells[index].line:
        return []
    project = _AMOUNT_NOTE_RE.sub("", _clean(after.text))
    if not re.fullmatch(r"[\u4e00-\u9fff()]{4,40}", project) or not project.endswith(_PROJECT_ENDS):
        return []
    return [FieldValue(Field.PROJECT, pair.label, project, after.line)]


# a project's amount in brackets after its name (某经费(预算资金126.00万元))
_AMOUNT_NOTE_RE: Final = re.compile(r"\s*[(（][^()（）]{0,12}?\d[\d,.]*\s*(?:万元|元)[)）]$")


def _label_with_figure(cell: Cell) -> FieldValue | None:
    """A label run into its amount (``其中:财政拨款2480.00``, ``项目资金(万元)年度资金总额:
    2480.00``): the field the label, or the label it ends with, names."""
    match = _GLUED_FIGURE_RE.fullmatch(cell.text.strip())
    if match is None:
        return None
    key = label_key(match["label"]).rstrip(":")
    field = field_of(key) if len(key) <= _MAX_LABEL else None
    if field is None:
        ending = [word for word in _RUNON_RE.findall(key) if key.endswith(word)]
        field = field_of(label_key(ending[-1])) if ending else None
    if field not in _MONEY_FIELDS:
        return None
    return FieldValue(field, match["label"], match["figure"], cell.line)


_GLUED_FIGURE_RE: Final = re.compile(
    r"(?P<label>[^\d\s][^\d]{1,30}?)\s*(?P<figure>\d+(?:,\d{3})*(?:\.\d+)?(?:万元|元)?)"
)
_MONEY_FIELDS: Final = frozenset({Field.AMOUNT, Field.FISCAL_FUNDS, Field.OTHER_FUNDS})


def _value_after(cells: Sequence[Cell], index: int) -> Cell | None:
    for cell in cells[index + 1 : index + 3]:
        if (
            _label_field(cell) is not None
            or cell.kind is Kind.HEADER
            or _NOTE_RE.match(cell.text)
            or funding_role(label_key(cell.text)) is not None  # 年度资金总额 | 1-9月执行数
            or _NOTE_RE.match(cell.text)
        ):
            return None
        if cell.kind not in (Kind.EMPTY, Kind.PLACEHOLDER) and not _LABEL_NOTE_RE.fullmatch(
            cell.text.strip()
        ):
            return cell
    return None


# a label's note in its own cell (``实施单位 (盖章)``): what the form asks for, not the value
_LABEL_NOTE_RE: Final = re.compile(r"\((?:盖章|签章|签字|签名|公章|万元|元)\)")


# a label's gloss in Latin letters (项目名称 (xiàng mù míng chēng): …, 项目名称 (Project
# Name)): the label's, not its value's first words; its opening alone where the cell was cut
# at the gloss's first space
# (lower-case letters or words apart: ``(PPP)`` is a name's own)
_GLOSS_RE: Final = re.compile(
    r"[(（](?=[^)）]*[a-z\u00c0-\u024f\s])[a-zA-Z\u00c0-\u024f\s]+(?:[)）]\s*[:：]?\s*|$)"
)


def _clean(value: str) -> str:
    if value.startswith(("(", "（")):
        value = _GLOSS_RE.sub("", value, count=1)
    value = _SIGNATURE_RE.split(value)[0]  # 填报单位:某局 填报人:… : the unit, not the signer
    value = _CODE_PREFIX_RE.sub("", " ".join(value.split()))
    return _CODE_SUFFIX_RE.sub("", value).strip(" :")


_SIGNATURE_RE: Final = re.compile(
    r"\s*(?:填报人|填表人|联系人|联系电话|(?:填报|填表)(?:日期|时间)|审核人|负责人)\s*[:：]"
)


_RUNON_LABELS: Final = [
    "转移支付(项目)名称",
    "项目支出名称",
    "专项名称",
    "项目名称",
    "项目编码",
    "项目实施单位/项目负责人",
    "项目实施单位",
    "项目执行单位",
    "资金使用单位",
    "实施单位",
    "自治区主管部门",
    # a transfer payment's two departments (中央主管部门财政部地方主管部门某厅): 中央 and 地方
    # are no words of the value before them
    "中央主管部门",
    "地方主管部门",
    "市县主管部门",
    "省级主管部门",
    "市级主管部门",
    "主管部门",
    "项目负责人",
    "项目属性",
    "项目类别",
    "项目类型",
    "专项实施期",
    "项目起止时间",
    "项目单位",
    "填报单位",
    "部门(单位)名称",
    "部门名称",
    "单位名称",
    # the budget block's label after the unit (部门(单位)名称某局年度预算资金(万元)…,
    # 年度预算申请, 年度预算(万元)): it ends the unit's name, and names no field of its own;
    # so do a 部门整体支出 form's income and spending rows (部门名称某局年度收入预算合计…)
    "年度预算资金",
    "年度预算情况",
    "年度预算(万元)",
    "年度预算(元)",
    "年度预算申请",
    "年度收入预算",
    "年度支出预算",
    # the money block's own label (实施单位某局项目资金(万元)年初预算数…): it ends the unit too
    "项目资金",
    "资金情况",
    "项目概况",
    "立项情况",
    "年度资金总额",
    "资金额度",
    "资金总额",
    "年度金额",
    "预算数",
    "市县财政部门",
    "财政部门",
    "联系电话",
    "联系电目",
    "填报日期",
    "填报时间",
    "填表时间",
    "总分",
    "年度总体目标",
    "年度目标",
    "项目绩效目标",
]
_RUNON_RE: Final = re.compile("|".join(re.escape(squashed(word)) for word in _RUNON_LABELS))
_RUNON_MIN: Final = 40


def read_line_fields(lines: Sequence[SourceLine]) -> list[FieldValue]:
    """Fields of lines run together (a form served as one paragraph)."""
    found: list[FieldValue] = []
    for line in lines:
        if len(line.cells) == 1 and "|" not in line.text and not _header_line(line.text):
            figures = _figure_clauses(line)
            # a figure its clause gives (项目资金(万元):年度资金总额 176.00,…) is read once
            given = {(item.field, item.value) for item in figures}
            clauses = _clause_fields(Cell(line.text, line.number, line.page))
            found += [item for item in clauses if (item.field, item.value) not in given]
            found += figures
    return found


def _figure_clauses(line: SourceLine) -> list[FieldValue]:
    """``项目资金(万元):年度资金总额 176.00,其中财政资金 176.00,其他资金 0``: after a label
    and its colon, clauses of a money label and its figure."""
    text = half_width(line.text)
    if ":" not in text.split(",")[0]:
        return []
    found = []
    for clause in _CLAUSE_CUT_RE.split(_GAP_AFTER_FIGURE_RE.sub(";", text)):
        if (item := _clause_figure(clause.strip(), line)) is not None:
            found.append(item)
    return found


def _clause_figure(clause: str, line: SourceLine) -> FieldValue | None:
    """A clause's money label and figure, after the labels of the line or block it opens
    (``行2:资金情况(万元):年度金额:386.00``: a row's marker, the block's label, the field)."""
    while clause:
        words = _WHICH_RE.sub("", clause)
        if words and (item := _label_with_figure(Cell(words, line.number, line.page))):
            return item
        _, colon, clause = clause.partition(":")
        if not colon:
            return None
    return None


_CLAUSE_CUT_RE: Final = re.compile(r"[,;](?![0-9]{3})")
# 年度金额2,460.00　其中:中央补助2,200.00: a figure, a gap, the next label (not its unit)
_GAP_AFTER_FIGURE_RE: Final = re.compile(r"(?<=\d)\s+(?=[\u4e00-\u9fff])(?![万元])")
_WHICH_RE: Final = re.compile(r"^其中[::]?")


def _header_line(text: str) -> bool:
    """A table's header with its words parted by spaces (项目名称 项目金额 年度绩效目标 …): no
    label run into its value."""
    words = text.split()[:_HEADER_WORDS]
    return len(words) == _HEADER_WORDS and all(kind_of(word) is Kind.HEADER for word in words)


_HEADER_WORDS: Final = 3


def _clause_fields(cell: Cell) -> list[FieldValue]:
    """Fields of a cell run together; in prose a field's words end with their clause."""
    prose = _PROSE_MARKS_RE.search(cell.text) is not None
    found = []
    for item in _runon_fields(cell):
        value = _PROSE_MARKS_RE.split(item.value)[0] if prose else item.value
        if prose:  # 实施单位为某中心: the sentence's 为 is no part of the value
            value = _COPULA_RE.sub("", value)
        # 项目名称 ｜ 某项目: a line of one label and its value parted by a single rule,
        # which no splitter took for a table's row: the rule is no part of the value
        value = _LEADING_RULE_RE.sub("", value)
        if value:
            found.append(FieldValue(item.field, item.label, value, item.line))
    return found


# (a comma parting an amount's thousands, 1,320.00, ends no clause)
_PROSE_MARKS_RE: Final = re.compile(r"[,，](?![0-9]{3})|[;。；]")
_LEADING_RULE_RE: Final = re.compile(r"^\s*[|｜丨]\s*")
_COPULA_RE: Final = re.compile(r"^(?:为|是)")
_COVER_RE: Final = re.compile(r"(?P<before>\S{3,60}?)编制\s*(?P<bureau>\S{2,20}?财政局)审核")
_COVER_CUT_RE: Final = re.compile(r".*(?:文本|年|\d|、|:)")
# 某镇人民政府对2022年度实施的项目进行绩效运行监控: the unit a report is by
_REPORTER_RE: Final = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{2,24}?(?:人民政府|局|委员会|中心|办公室|委|院|站|所))"
    # the months it covers may follow its verb (开展了1-8月绩效运行监控)
    r"对\S{0,40}?(?:进行|开展)了?(?:\d{1,2}[-—~至]\d{1,2}月份?)?(?:绩效)?(?:目标)?(?:运行)?"
    r"(?:监控|评价|自评)"
)
# the project a report's own sentence names after its unit's 对: its year, 实施的, then the
# project, then the months or the genre's words (…项目1-7月绩效…, …项目开展绩效运行监控)
_REPORTED_PROJECT_RE: Final = re.compile(
    r"对(?:(?:19|20)\d{2}年度?)?(?:实施的|的)?"
    r"(?P<project>[\u4e00-\u9fff()]{2,40}?(?:项目|资金|经费|工程))"
    r"(?=\d{1,2}[-—~至]\d{1,2}月|绩效|(?:进行|开展)了?(?:\d{1,2}[-—~至]\d{1,2}月份?)?"
    r"(?:绩效|目标|运行|监控|评价|自评))"
)
# 对2022年度实施的衔接资金项目某村饮水工程开展…: the kind of money the project is of, before
# its own name, is no part of that name
_FUND_KIND_RE: Final = re.compile(r"^[\u4e00-\u9fff]{2,8}?资金项目(?=[\u4e00-\u9fff()]{4,})")
_EVALUATED_RE: Final = re.compile(
    r"对(?P<unit>[\u4e00-\u9fff]{2,24}?(?:局|委员会|委|中心|办公室|院|站|所|政府))?"
    r"[“\"](?P<project>[^”\"]{4,60})[”\"](?:项目)?(?:进行|开展)了?(?:重点)?(?:绩效)?(?:再)?评价"
)
# 协会, 联合会: a people's organisation (科协, 残联, 妇联) budgets and reports as a unit
_UNIT_END: Final = r"(?:人民政府|局|委员会|中心|办公室|协会|联合会|委|院|站|所|厅|馆|队)"
# 对某局2022年某专项资金开展了绩效评价: the evaluated unit named before its year and project
# without quotes (a third party's report, commissioned by the 财政局 named before it)
_EVALUATED_UNIT_RE: Final = re.compile(
    rf"对(?P<unit>[\u4e00-\u9fff]{{2,24}}?{_UNIT_END})(?:19|20)\d{{2}}年度?"
    r"[\u4e00-\u9fff()]{2,40}?(?:进行|开展)了?(?:重点)?(?:绩效)?(?:再)?评价"
)
# the months or the part of the year a monitoring report covers, between its project and its
# genre's words (某项目1-8月绩效运行监控情况的报告, 某项目上半年绩效监控报告)
_REPORT_PERIOD: Final = r"(?:\d{1,2}[-—~至]\d{1,2}月份?|上半年|前三季度|第?[一二三四1-4]季度)?"
# 某局2024年某项目绩效运行监控报告: the unit before the year, the project after it; 关于
# may open the title (关于某局2024年…的报告)
_TITLE_RE: Final = re.compile(
    rf"^(?:关于)?(?:(?P<unit>[\u4e00-\u9fff]{{2,24}}?{_UNIT_END})|[\u4e00-\u9fff]{{1,12}}?[省市区县州旗盟])?"
    # the months covered may follow the year (关于2024年1-6月某项目绩效运行监控情况的报告)
    r"(?:关于)?(?:19|20)\d{2}年度?"
    + _REPORT_PERIOD
    + r"(?P<project>[\u4e00-\u9fff()]{2,40}?)"
    + _REPORT_PERIOD
    + r"(?:重点)?(?:绩效)?(?:运行)?"
    r"(?:监控|评价|自评|目标文本|文本)"
)
# 某市某补助资金2022年度绩效评价报告: a project named before the year, after its place
_PROJECT_FIRST_TITLE_RE: Final = re.compile(
    r"^(?P<project>[\u4e00-\u9fff()]{4,40}?)(?:19|20)\d{2}年度?"
    + _REPORT_PERIOD
    + r"(?:项目)?(?:支出)?(?:绩效)?(?:运行)?(?:监控|评价|自评)"
)
# a place before a title's project (某市, 某县某区): the region of a unit the text names
_PLACE_RE: Final = re.compile(r"[\u4e00-\u9fff]{1,8}?[省市县区旗盟州]")
# 项目名称甲路项目和某镇乙路项目: prose naming projects; two joined, the first (as the
# first project of a table of several is the document's)
# (a year inside the name: 项目名称某镇2023年某路项目)
_PROSE_PROJECT_RE: Final = re.compile(
    r"项目名称(?:为|是|:)?"
    r"(?P<project>(?:[\u4e00-\u9fff()]|(?:19|20)\d{2}年度?){1,40}?项目)(?=和|与|及|、|,|;|。|$)"
)
# 下达某局某项资金…万元: the unit the money was sent to
_SENT_TO_RE: Final = re.compile(
    rf"下达(?P<unit>[\u4e00-\u9fff]{{2,24}}?{_UNIT_END})\S{{0,16}}?资金\d"
)
# 某局2017年某专项资金年初预算42万元: a unit opening a sentence, its year, the project's
# money and its budget
_BUDGETED_RE: Final = re.compile(
    rf"(?<![\u4e00-\u9fff])(?P<unit>[\u4e00-\u9fff]{{2,24}}?{_UNIT_END})(?:19|20)\d{{2}}年度?"
    r"(?P<project>[\u4e00-\u9fff()]{2,30}?(?:资金|经费))(?:年初|全年|年度)?预算(?:安排)?\d"
)
# “某某项目”年初预算2,450万元: a project quoted, its budget right after it
_QUOTED_BUDGETED_RE: Final = re.compile(
    r"[“\"](?P<project>[\u4e00-\u9fff()]{2,40}(?:项目|资金|经费|工程))[”\"]"
    r"(?:年初|全年|年度)?预算(?:安排)?(?:资金)?(?:为|是)?\d"
)
# 2026年度我局某某项目年初预算安排资金460万元: the unit naming itself, its project, its budget
_SELF_BUDGETED_RE: Final = re.compile(
    r"(?:19|20)\d{2}年度?(?:我|本)(?:局|单位|部门|委|中心|院|站|所)(?!部门|整体)"
    r"(?P<project>[\u4e00-\u9fff()]{2,40}?(?:项目|资金|经费|工程))"
    r"(?:年初|全年|年度)?预算(?:安排)?(?:资金)?(?:为|是)?\d"
)
# 由某局主管; 某局作为项目主管部门 (the unit before 作为, after the sentence's last stop)
_SUPERVISED_RE: Final = re.compile(
    rf"由(?P<unit>[\u4e00-\u9fff]{{2,30}}?{_UNIT_END})主管"
    rf"|(?<![\u4e00-\u9fff])(?P<acting>[\u4e00-\u9fff]{{2,30}}?{_UNIT_END})作为(?:本)?项目主管(?:部门|单位)"
)
_IMPLEMENTED_RE: Final = re.compile(
    # (not from a year's 年: 2021年某局实施… names 某局)
    rf"[,,]?(?<!\d)(?P<unit>[\u4e00-\u9fff]{{2,30}}?{_UNIT_END})(?:负责|具体)?实施"
)
# 2018年我局实施…: the writer naming itself (我局, 本单位) names no unit (本溪市… is a place:
# the word must be all the unit)
_SELF_RE: Final = re.compile(r"[我本该](?:局|委|院|中心|单位|部门|办|所|站|厅|馆|队)")
# 某项目由某局组织实施: the unit after 由, whatever the sentence says before it
_BY_UNIT_RE: Final = re.compile(
    rf"由(?P<unit>[\u4e00-\u9fff]{{2,30}}?{_UNIT_END})(?:负责|具体|牵头)?(?:组织)?实施"
)
# an amount as prose writes it, its thousands parted by commas or not (1,650万元)
_WORDS_AMOUNT: Final = r"(?P<amount>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:万元|元))"
# each with a word its pattern cannot match without, looked for before the pattern
_PROSE_AMOUNTS: Final = (
    (re.compile(rf"(?:项目)?总投资\s*{_WORDS_AMOUNT}"), Field.AMOUNT, "总投资"),
    (
        re.compile(rf"(?:涉及|其中[::]?)\S{{0,8}}?财政(?:拨款|衔接)?资金\s*{_WORDS_AMOUNT}"),
        Field.FISCAL_FUNDS,
        "财政",
    ),
)


def _line_text(line: SourceLine) -> str:
    """A line's text; a CSV export's line of one field is that field, without the quotes
    and the empty fields around it (``"某县2024年某资金绩效评价指标体系及评分表",,,,``)."""
    if len(line.cells) == 1 and line.text.startswith('"') and line.cells[0] != line.text:
        return line.cells[0]
    return line.text


def read_prose_fields(lines: Sequence[SourceLine]) -> list[FieldValue]:
    """What prose says of the key and the money: a cover's ``X编制 Y财政局审核``, a report's
    ``对“…项目”进行绩效评价``, ``项目总投资157万元``, ``涉及财政拨款资金300万元``."""
    found: list[FieldValue] = []
    fallback: list[FieldValue] = []
    titled: list[FieldValue] = []  # projects titles name before their year
    charged: list[FieldValue] = []  # 某局负责…: the unit in charge, where none other is named
    above = ""  # the line before, a title's first line where its year and genre follow
    texts: list[tuple[int, str]] = []  # the lines, where the title's project is looked for
    found += _project_heading(lines)
    before = ""  # the line before, squashed
    for line in lines:
        text = squashed(_line_text(line))
        texts.append((line.number, text))
        # 本单位对 / 2019年某项目开展绩效自评: a sentence a text PDF broke right after its 对
        reported = before + text if before.endswith("对") else text
        before = text
        if above and _YEAR_AND_GENRE_RE.fullmatch(text):
            # 某某维护项目 / 2022年度绩效评价报告: one title over two lines
            titled += _project_first_title(above + text, line.number)
            above = ""
            continue
        if above and _GENRE_TAIL_RE.fullmatch(text) and _TITLE_YEAR_RE.search(above):
            # 某局关于2023年某某项目 / 绩效运行监控情况的报告: one title over two lines
            found += _title_fields(above + text, line.number)
            fallback += _about_title_project(above + text, line.number)
            above = ""
            continue
        above = text if 0 < len(text) <= _MAX_TITLE_LINE else ""
        if "负责" in text and (match := _IN_CHARGE_RE.search(text)) is not None:
            unit = match["unit"]
            if "财政" not in unit:
                # a unit's name, not its 实施单位: a form's own fields stay first
                charged.append(FieldValue(Field.UNIT_NAME, "负责", unit, line.number))
        fallback += _about_title_project(text, line.number)
        # the patterns' own words looked for first: a lazy name before them made each
        # search try every place in every line (a twentieth of the reading)
        if "财政局审核" in text and (match := _COVER_RE.search(text)) is not None:
            # the words right before 编制, after the title they may follow on the cover
            department = _COVER_CUT_RE.sub("", match["before"])
            if len(department) >= 3:
                found.append(FieldValue(Field.UNIT_NAME, "编制", department, line.number))
        if "对" in text and (match := _REPORTER_RE.search(text)) is not None:
            unit = _after_preposition(match["unit"])
            found.append(FieldValue(Field.UNIT_NAME, "报告单位", unit, line.number))
            if (about := _REPORTED_PROJECT_RE.search(match.group(0))) is not None:
                # 某镇对2024年度实施的某项目开展绩效运行监控: the project, where nothing
                # else names it (a title of no year, a form of no 项目名称)
                reported = _FUND_KIND_RE.sub("", about["project"])
                fallback.append(FieldValue(Field.PROJECT, "报告对象", reported, line.number))
        elif "对" in reported and (named := _self_reported_project(reported)) is not None:
            # 本部门对2018年某项目开展绩效自评: the unit unnamed, its project the same
            fallback.append(FieldValue(Field.PROJECT, "报告对象", named, line.number))
        # both patterns say 对 … 评价: a line without either word is searched by neither
        evaluated = "对" in text and "评价" in text
        if evaluated and (match := _EVALUATED_RE.search(text)) is not None:
            found.append(FieldValue(Field.PROJECT, "评价对象", match["project"], line.number))
            if match["unit"]:
                found.append(FieldValue(Field.UNIT_NAME, "评价对象", match["unit"], line.number))
        elif evaluated and (match := _EVALUATED_UNIT_RE.search(text)) is not None:
            found.append(FieldValue(Field.UNIT_NAME, "评价对象", match["unit"], line.number))
        found += _title_fields(text, line.number)
        if "年" in text and any(word in text for word in _REPORT_WORDS):
            titled += _project_first_title(text, line.number)
        if "项目名称" in text and (match := _PROSE_PROJECT_RE.search(text)) is not None:
            found.append(FieldValue(Field.PROJECT, "正文", match["project"], line.number))
        if "下达" in text and (match := _SENT_TO_RE.search(text)) is not None:
            found.append(FieldValue(Field.IMPLEMENTING, "下达", match["unit"], line.number))
        if "主管" in text and (match := _SUPERVISED_RE.search(text)) is not None:
            unit = match["unit"] or match["acting"]
            found.append(FieldValue(Field.SUPERVISING, "主管", unit, line.number))
        match = (
            (_BY_UNIT_RE.search(text) or _IMPLEMENTED_RE.search(text)) if "实施" in text else None
        )
        if match is not None and not ("等" in match["unit"] or _SELF_RE.fullmatch(match["unit"])):
            unit = _after_preposition(match["unit"])
            found.append(FieldValue(Field.IMPLEMENTING, "实施", unit, line.number))
        for pattern, field, needs in _PROSE_AMOUNTS:
            if needs in text and (match := pattern.search(text)) is not None:
                found.append(FieldValue(field, "正文", match["amount"], line.number))
        if "预算" in text and (match := _BUDGETED_RE.search(text)) is not None:
            # 某局2017年某专项资金年初预算42万元: the unit and its project, where nothing
            # else names them
            charged.append(FieldValue(Field.UNIT_NAME, "预算", match["unit"], line.number))
            fallback.append(FieldValue(Field.PROJECT, "预算", match["project"], line.number))
        elif "预算" in text and (
            (match := _QUOTED_BUDGETED_RE.search(text)) is not None
            or (match := _SELF_BUDGETED_RE.search(text)) is not None
        ):
            # 纳入监控的“某某项目”年初预算2450万元, 2026年度我局某某项目年初预算安排资金460
            # 万元: the project whose budget the prose states
            fallback.append(FieldValue(Field.PROJECT, "预算", match["project"], line.number))
    if not any(item.field in _UNIT_FIELDS for item in found):
        found += charged[:1]
    found = [_as_the_text_names(item, texts) for item in found]
    return found + _placed_projects(titled, found) + fallback[:1]


def _self_reported_project(text: str) -> str | None:
    """The project a report's sentence names after 本部门对, 我单位对 (a unit naming itself,
    not by name); none where it is the department's own budget (部门预算项目, 整体支出)."""
    if _SELF_REPORTER_RE.search(text) is None:
        return None
    about = _REPORTED_PROJECT_RE.search(text)
    if about is None:
        return None
    project = _FUND_KIND_RE.sub("", about["project"])
    return None if "部门" in project or "整体" in project else project


# a unit naming itself before its 对 (本部门, 我单位, 本局)
_SELF_REPORTER_RE: Final = re.compile(r"(?:本|我)(?:部门|单位|局|委|中心|院|站|所)对")


def _project_heading(lines: Sequence[SourceLine]) -> list[FieldValue]:
    """A budget text's projects each under a heading of their own (``(一)某某补助资金``),
    the project's money stated right below it (``项目资金:480万元``, ``资金安排:该项目…预算
    安排…``): the first heading names the project whose targets follow, and its money."""
    for index, line in enumerate(lines):
        if line.text.lstrip()[:1] not in _OPENING_BRACKETS:
            continue  # (most lines open otherwise: no heading, nothing squashed)
        heading = _PROJECT_HEADING_RE.fullmatch(_plain(line))
        if heading is None:
            continue
        filled = (other for other in lines[index + 1 :] if other.text.strip())
        below = [(other.number, _plain(other)) for other in itertools.islice(filled, _BELOW)]
        money = [(at, after) for at, after in below if _PROJECT_MONEY_RE.match(after)]
        if money:
            named = FieldValue(Field.PROJECT, "项目标题", heading["project"], line.number)
            return [named, *_heading_money(*money[0])]
    return []


def _plain(line: SourceLine) -> str:
    return squashed(half_width(_line_text(line)))


_OPENING_BRACKETS: Final = "(（"
_BELOW: Final = 2  # the money's line, or the project's summary before it


def _heading_money(number: int, text: str) -> list[FieldValue]:
    """The project's money as the line under its heading states it: the first amount its
    whole, the amount after 其中 its fiscal part (``480万元,其中:一般公共预算拨款480万元``)."""
    out: list[FieldValue] = []
    if (whole := re.search(_WORDS_AMOUNT, text)) is not None:
        out.append(FieldValue(Field.AMOUNT, "正文", whole["amount"], number))
    if (fiscal := _HEADING_FISCAL_RE.search(text)) is not None:
        out.append(FieldValue(Field.FISCAL_FUNDS, "正文", fiscal["amount"], number))
    return out


_HEADING_FISCAL_RE: Final = re.compile(
    rf"其中:?(?:一般公共预算|财政)(?:拨款|资金)?(?:资金)?{_WORDS_AMOUNT}"
)


# (一)某某经费: a heading of the text's own numbering, a name and nothing else
_PROJECT_HEADING_RE: Final = re.compile(
    r"\([一二三四五六七八九十]{1,3}\)(?P<project>[\u4e00-\u9fff()]{4,40})"
)
# the line stating a project's money: its label (项目资金:, 资金安排:), numbered or not
_PROJECT_MONEY_RE: Final = re.compile(
    r"(?:\d{1,2}[.、])?(?:项目资金|资金安排|资金情况|项目预算)(?:\(万元\))?:"
)


def _as_the_text_names(item: FieldValue, texts: Sequence[tuple[int, str]]) -> FieldValue:
    """A title's fund as the report's own sentences name it: without the 项目 the title adds
    to it (某某发展资金项目绩效…报告, its sentences naming 某某发展资金680万元)."""
    if item.field is not Field.PROJECT or item.label != "标题":
        return item
    # (not the title itself, which may stand over two lines)
    body = "\n".join(text for number, text in texts if number not in (item.line - 1, item.line))
    fund = item.value.removesuffix("项目")
    named = fund != item.value and fund.endswith(("资金", "经费"))
    if named and re.search(rf"{re.escape(fund)}(?!项目)", body) is not None:
        return replace(item, value=fund)
    return item


# (a budget's words name none either: 某局2023年上半年预算绩效运行监控情况报告 is about the
# unit's budget, its project named in its prose)
_GENRE_WORDS: Final = frozenset(
    {"绩效", "项目", "支出", "项目支出", "项目绩效", "支出绩效", "预算", "项目预算", "预算支出"}
)
# a title's second line: its year and the genre's words alone (2022年度绩效评价报告)
_YEAR_AND_GENRE_RE: Final = re.compile(
    r"(?:19|20)\d{2}年度?(?:项目)?(?:支出)?(?:绩效)?(?:运行)?(?:监控|评价|自评)(?:情况)?的?(?:报告|结果)"
)
_MAX_TITLE_LINE: Final = 40
# a title's second line: the genre's words alone, its year and project on the line above
_GENRE_TAIL_RE: Final = re.compile(
    r"(?:项目)?(?:支出)?绩效(?:运行)?(?:监控|评价|自评)(?:工作)?(?:情况)?的?(?:报告|结果)"
)
_TITLE_YEAR_RE: Final = re.compile(r"(?:19|20)\d{2}年")
# 某局负责辖区…的日常维护: a sentence opening with the unit in charge of the work
_IN_CHARGE_RE: Final = re.compile(
    r"(?:^|[。;:)])(?P<unit>[\u4e00-\u9fff]{2,24}?(?:局|委员会|人民政府|中心|办公室))负责"
)


def _after_preposition(unit: str) -> str:
    """A unit a sentence names without the words before its preposition (对某局实施的,
    评价组对某局实施的, 由某局对…): the name is what follows the last one."""
    cuts = [match.end() for match in _PREPOSITION_RE.finditer(unit)]
    return unit[cuts[-1] :] if cuts else unit


# 对, 由, 受 before a unit's name of four characters at least; never the words of a name
# holding them (对口支援办公室, 对台工作办公室, 自由贸易试验区, 受理中心)
_PREPOSITION_RE: Final = re.compile(
    r"(?:对(?![口外台])|(?<!自)由|受(?!理))(?=[\u4e00-\u9fff()]{4})"
)


def _title_project(words: str) -> str:
    """The project a title names: without the 的 before the genre's words, nor the 支出 of
    its 项目支出绩效自评报告 (某某补贴项目支出绩效自评报告 is about 某某补贴项目)."""
    project = words.removesuffix("的")
    return project.removesuffix("支出") if project.endswith("项目支出") else project


def _about_title_project(text: str, line: int) -> list[FieldValue]:
    """``关于2024年某项目绩效运行监控情况的报告``: the project such a title names, for when
    nothing else in the text names it (read after every other field)."""
    if "关于" not in text or not _may_be_title(text):
        return []
    match = _TITLE_RE.match(text)
    if match is None or match["unit"] or "关于" not in match.group(0):
        return []
    if not _REPORT_TITLE_RE.search(text):
        return []
    project = _title_project(match["project"])
    if "部门" in project or "整体" in project or not project.endswith(_PROJECT_ENDS):
        return []
    return [FieldValue(Field.PROJECT, "标题", project, line)]


_PROJECT_ENDS: Final = ("项目", "资金", "经费", "工程", "计划")


def _may_be_title(text: str) -> bool:
    """Whether ``_TITLE_RE`` may match: it needs a year's 年 and a genre's word (监控, 评价,
    自评, 文本); most lines of prose lack one, and the literal look is far cheaper."""
    return "年" in text and any(word in text for word in _TITLE_WORDS)


_TITLE_WORDS: Final = ("监控", "评价", "自评", "文本")


def _title_fields(text: str, line: int) -> list[FieldValue]:
    """A report's title: ``某局2023年某项目绩效运行监控报告`` names the unit and the project
    (a department's own report names no project: 部门整体支出)."""
    if not _may_be_title(text):
        return []
    match = _TITLE_RE.match(text)
    if match is None or not _REPORT_TITLE_RE.search(text):
        return []
    if "关于" in match.group(0) and (not match["unit"] or "财政" in match["unit"]):
        # 某区财政局关于…的公告: the finance bureau publishes another's result; 关于… alone
        # names no unit, and prose names the project better
        return []
    found = []
    unit, project = match["unit"], _title_project(match["project"])  # 关于某项目的…报告
    if not unit and (opening := _UNIT_OPENING_RE.fullmatch(project)) is not None:
        # 2021年度某市某局某某经费绩效评价得分表: the year first, the unit after it, before
        # its project
        unit, project = opening["unit"], opening["project"]
    if not unit and (whole := _WHOLE_SPENDING_UNIT_RE.fullmatch(project)) is not None:
        # 2019年某县统计局部门整体支出绩效评价得分表: the unit between the year and the
        # department's whole spending, the department's own evaluation
        unit = _placed_unit(text[: match.start("project")], whole["unit"])
    if unit:
        found.append(FieldValue(Field.UNIT_NAME, "标题", unit, line))
    if project in _GENRE_WORDS:
        return found  # 2023年度绩效评价报告: the genre's words, no project
    if "部门" not in project and "整体" not in project:
        found.append(FieldValue(Field.PROJECT, "标题", project, line))
    return found


# a unit's name (its region, then a bureau, a commission, a government, an office or an
# association) opening a title's project that ends as projects do: 某市审计局某某服务经费;
# 局 of 布局, 格局, 开局 is no bureau's
_UNIT_OPENING_RE: Final = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{1,8}?[省市县区旗盟州][\u4e00-\u9fff]{1,16}?"
    r"(?:(?<![布格开结大全])局|委员会|人民政府|办公室|协会|联合会))"
    r"(?P<project>[\u4e00-\u9fff()]{4,40}(?:项目|资金|经费|工程|计划))"
)


def _placed_unit(before: str, unit: str) -> str:
    """The unit with the place its title opens with before the year (``某县2019年农业农村局
    部门整体支出…``: 某县农业农村局), where the unit does not name it itself."""
    place = _YEAR_TAIL_RE.sub("", before.removeprefix("关于"))
    if _PLACE_RE.fullmatch(place) is None or unit.startswith(place):
        return unit
    return place + unit


_YEAR_TAIL_RE: Final = re.compile(r"(?:19|20)\d{2}年度?$")


# a unit's name before its 部门整体支出 (or 整体支出) in a title's words after the year
_WHOLE_SPENDING_UNIT_RE: Final = re.compile(
    rf"(?P<unit>[\u4e00-\u9fff]{{2,24}}?{_UNIT_END})(?:部门)?整体支出"
)


def _project_first_title(text: str, line: int) -> list[FieldValue]:
    """``某市某补助资金2022年度绩效评价报告``: the project a title names before its year (its
    place, if any, still before it: :func:`_placed_projects` takes it off)."""
    match = _PROJECT_FIRST_TITLE_RE.match(text)
    if match is None:
        return []
    if _TITLE_RE.match(text) is not None or not _REPORT_TITLE_RE.search(text):
        return []
    project = _title_project(match["project"])
    if "部门" in project or "整体" in project or not project.endswith(_PROJECT_ENDS):
        return []
    return [FieldValue(Field.PROJECT, "标题", project, line)]


_REPORT_WORDS: Final = ("监控", "评价", "自评")


def _placed_projects(titled: list[FieldValue], found: list[FieldValue]) -> list[FieldValue]:
    """The projects titles name before their year without the place they open with where a
    unit the text names opens with that place too (某市某资金…, 对某市某局实施的): the place
    is the unit's region, no part of the project's name."""
    units = [item.value for item in found if item.field in _UNIT_FIELDS]
    out = []
    for item in titled:
        place = _PLACE_RE.match(item.value)
        if (
            place is not None
            and any(unit.startswith(place.group()) for unit in units)
            and len(item.value) - place.end() >= _MIN_PROJECT
        ):
            item = FieldValue(item.field, item.label, item.value[place.end() :], item.line)
        out.append(item)
    return out


_UNIT_FIELDS: Final = frozenset({Field.UNIT_NAME, Field.IMPLEMENTING, Field.SUPERVISING})
_MIN_PROJECT: Final = 4


_REPORT_TITLE_RE: Final = re.compile(
    r"(?:监控|评价|自评)(?:情况)?的?(?:报告|结果)|绩效(?:目标)?文本"
    r"|评价指标体系(?:及|和)?(?:评分|得分)表|评价(?:评分|得分)表"
)


def _runon_fields(cell: Cell) -> list[FieldValue]:
    """Fields of text run together: a label, then its words up to the next label."""
    text = squashed(cell.text)
    if len(text) < _RUNON_MIN and _RUNON_RE.match(text) is None:
        return []  # a short text is read only where a label opens it: not scanned whole
    matches = list(_RUNON_RE.finditer(text))
    # a line that opens with a label glued to its value (项目名称就业补助资金) is one too
    opens = bool(matches) and matches[0].start() == 0 and not _PROSE_MARKS_RE.search(text)
    if not opens and (len(text) < _RUNON_MIN or len(matches) < 2):
        return []
    found: list[FieldValue] = []
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(text)
        value = text[match.end() : end]
        field = field_of(label_key(match.group(0)))
        if field is None or not value:
            continue
        following = matches[number + 1].group(0) if number + 1 < len(matches) else ""
        if (
            field is Field.PROJECT
            and _SHARED_PROJECT_WORD_RE.match(following)
            and not value.endswith(_FUNDED_NAME_ENDS)
        ):
            # 某补助项目实施单位: the name's 项目, then 实施单位 (both spellings are labels);
            # a name ending in its own 项目, or already whole as its funds (某补助经费, 某资金),
            # before 项目实施单位 gets no second one: the 项目 is the label's
            value += _PROJECT_WORD
        if "/" in match.group(0):  # 实施单位/项目负责人: the unit before the slash
            value = value.split("/")[0]
        if field in _NAME_FIELDS:  # a name ends with its clause (项目名称:某项目;主管部门:…)
            value = _PROSE_MARKS_RE.split(value)[0]
        if value:
            found.append(FieldValue(field, match.group(0), _clean(value), cell.line))
    return found


_PROJECT_WORD: Final = "项目"
_FUNDED_NAME_ENDS: Final = (_PROJECT_WORD, "资金", "经费")
_SHARED_PROJECT_WORD_RE: Final = re.compile(r"项目(?=实施单位|执行单位)")
_NAME_FIELDS: Final = frozenset(
    {Field.PROJECT, Field.SUPERVISING, Field.IMPLEMENTING, Field.UNIT_NAME}
)


_ALLOCATION_UNIT: Final = frozenset({"单位", "单位名称", "资金使用单位", "项目单位", "补助单位"})


def read_allocation(cells: Sequence[Cell]) -> list[FieldValue]:
    """An allocation table (资金安排表) of one unit: a header ``单位 | 全年…资金 | …`` and one
    row, the unit's name and its amounts. The unit, and the amount under the header's first
    money column (a count of those served may stand before it), its money. Of several units,
    none is the document's; their 合计 row, where it stands first or last, is the money of
    them all (the allocation the document's form is about)."""
    for index, cell in enumerate(cells):
        if label_key(cell.text) not in _ALLOCATION_UNIT:
            continue
        row = [c for c in cells[index + 1 :] if c.row == cell.row]
        money = next((k for k, c in enumerate(row, 1) if "资金" in c.text or "金额" in c.text), 0)
        if not money:
            continue
        data = [
            (at, c)
            for at, c in enumerate(cells[index + 1 :], start=index + 1)
            if c.kind is Kind.NAME
            and at + 1 < len(cells)
            and cells[at + 1].kind is Kind.NUMBER
            and cells[at + 1].row == c.row
        ]
        rows = [(at, c) for at, c in data if _numbers_after(cells, at)]
        if not rows:
            return []
        if len(rows) > 1 and rows[1][1].row == rows[0][1].row + 1:
            # several units: none is the document's, their 合计 row the money of them all
            if (at := _total_row(rows)) is None:
                return []
            amount = _allocated(cells, at, money)
            return [FieldValue(Field.AMOUNT, "资金安排表", amount.text, amount.line)]
        at, unit = rows[0]
        amount = _allocated(cells, at, money)
        return [
            FieldValue(Field.UNIT_NAME, "资金安排表", unit.text, unit.line),
            FieldValue(Field.AMOUNT, "资金安排表", amount.text, amount.line),
        ]
    return []


_TOTAL_ROW: Final = frozenset({"合计", "总计"})


def _total_row(rows: Sequence[tuple[int, Cell]]) -> int | None:
    """Where the 合计 row of the units' rows (one after another from the first) stands, at
    their head or their foot; None where neither is one."""
    block = [rows[0]]
    for item in rows[1:]:
        if item[1].row != block[-1][1].row + 1:
            break
        block.append(item)
    totals = [at for at, cell in (block[0], block[-1]) if cell.text in _TOTAL_ROW]
    return totals[0] if totals else None


def _allocated(cells: Sequence[Cell], at: int, column: int) -> Cell:
    """The row's amount ``column`` cells after its name, where that is its number; else the
    first after it."""
    if at + column < len(cells):
        cell = cells[at + column]
        if cell.row == cells[at].row and cell.kind is Kind.NUMBER:
            return cell
    return cells[at + 1]


_YEAR_OF_FORM_RE: Final = re.compile(r"((?:19|20)\d{2})\s*年度")
_YEAR_RE: Final = re.compile(r"((?:19|20)\d{2})\s*年")


def read_year(lines: Sequence[str]) -> tuple[int, int] | None:
    """The fiscal year and the line it was read from (1-based index into ``lines``). The
    date a form was filled in (填报日期:2021年3月10日, a self-evaluation filed the year
    after) names its year only where no other year is written."""
    for pattern, dated in ((_YEAR_OF_FORM_RE, False), (_YEAR_RE, False), (_YEAR_RE, True)):
        for number, line in enumerate(lines, start=1):
            # a year spaced out glyph by glyph (2 0 2 4 年) read as written together
            for text in (line, "".join(line.split())):
                if (year := _year_in(pattern, text, dated)) is not None:
                    return year, number
    return None


def _year_in(pattern: re.Pattern[str], text: str, dated: bool) -> int | None:
    """The first year the pattern finds in the text, a filing date's only when ``dated``."""
    for match in pattern.finditer(text):
        if dated or _FILING_DATE_RE.search(text, 0, match.start()) is None:
            return int(match.group(1))
    return None


_FILING_DATE_RE: Final = re.compile(r"(?:填报|填表|报送|编制)(?:日期|时间)[:：]?\s*$")

# A budget system's project code (预算管理一体化): the region's six digits (a province's two
# first), the year's two, then the project's serial (``131127 24 0000000012307``).
_PROJECT_CODE_YEAR_RE: Final = re.compile(
    r"项目(?:编码|代码)\D{0,12}?(?<!\d)(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])\d{4}"
    r"(?P<year>[12]\d)\d{10,16}(?!\d)"
)
# A date of the budget's year written with its month (a deadline ``2021年11月底前``, a
# period's start): a budget form's dates fall in its year.
_DATED_YEAR_RE: Final = re.compile(r"((?:19|20)\d{2})年(?:1[0-2]|0?[1-9])月")


# 本单位对2019年某项目开展绩效自评: the year of the project a report evaluates, written in
# its own sentence
_REPORTED_YEAR_RE: Final = re.compile(
    r"(?:本|我)(?:部门|单位|局|委|中心|院|站|所)对((?:19|20)\d{2})年度?[\u4e00-\u9fff()]{2,40}?"
    r"(?:进行|开展)了?绩效(?:自评|评价)"
)


def read_reported_year(lines: Sequence[str]) -> tuple[int, int] | None:
    """The year a report's own sentence names for what it evaluates (本单位对2019年某项目
    开展绩效自评), its line with it: a text served from mid-table writes its year only there,
    after the table. The sentence may break right after its 对."""
    before = ""
    for number, line in enumerate(lines, start=1):
        text = "".join(line.split())
        joined = before + text if before.endswith("对") else text
        before = text
        if "对" in joined and (match := _REPORTED_YEAR_RE.search(joined)) is not None:
            return int(match.group(1)), number
    return None


def read_unstated_year(lines: Sequence[str]) -> tuple[int, int, str] | None:
    """Where no line writes the year, the year the form names otherwise, with its line and
    how: its project code's year, else the one year all its month dates fall in (more years
    than one: none, a wrong key is worse than none)."""
    dated: dict[int, int] = {}
    for number, line in enumerate(lines, start=1):
        text = "".join(line.split())
        if "项目" in text and (code := _PROJECT_CODE_YEAR_RE.search(text)) is not None:
            return 2000 + int(code["year"]), number, "项目编码"
        if "月" in text:
            for match in _DATED_YEAR_RE.finditer(text):
                dated.setdefault(int(match.group(1)), number)
    if len(dated) != 1:
        return None
    ((year, number),) = dated.items()
    return year, number, "日期"


@dataclass(frozen=True)
class FundingFigures:
    """One row of a 项目资金 table: which row (年度资金总额, 其中:财政拨款 …) and its figures
    by column (年初预算数 → PRIOR, 全年预算数 → BUDGET, 执行数 → ACTUAL, 执行率 → TARGET,
    分值 → WEIGHT, 得分 → SCORE)."""

    source: FundingSource
    label: str
    line: int
    figures: dict[Role, Decimal]
    texts: dict[Role, str]
    lines: dict[Role, int] = default_field(default_factory=dict)  # each figure's line


_FUNDING_HEADER_SPAN: Final = 14
_FUNDING_ROWS: Final = (
    (FUNDING_TOTAL_RE, FundingSource.TOTAL),
    (
        # 财政 / 财政拨: 财政拨款 cut at its column's width, its rest on the line under it
        # (as 年度资金总 is the total's); 一般公共预算 under 按收入性质分: the fiscal row
        re.compile(
            r"(?:当年|本年)?(?:财政拨款|一般公共预算(?:拨款|资金)?|财政资金|中央财政资金|中央补助|"
            r"财政拨?)"
        ),
        FundingSource.FISCAL,
    ),
    (re.compile(r"上年结转(?:资金)?"), FundingSource.CARRY_OVER),
    (re.compile(r"其他资金"), FundingSource.OTHER),
)
_POINTS_RE: Final = re.compile(r"\((\d{1,3})分")


# A header cell that is a column's number or formula alone (``①``, ``④=①+②+③``, ``(%)``):
# a spreadsheet shown one cell a line prints it under its column's words, a cell of its own
_FORMULA_CELL_RE: Final = re.compile(r"[(（]?%[)）]?|[①-⑳][①-⑳=＝+＋\-－/÷×\s]*")


def _header_above(cells: Sequence[Cell], end: int) -> Sequence[Cell]:
    """The cells of the money table's header before ``end``: as many words as a header
    holds, its columns' numbers and formulas on cells of their own not counted (one cell
    a line they would crowd its first columns' words out)."""
    start, words = end, 0
    while start > 0 and words < _FUNDING_HEADER_SPAN:
        start -= 1
        if _FORMULA_CELL_RE.fullmatch(cells[start].text.strip()) is None:
            words += 1
    return cells[start:end]


@functools.lru_cache(maxsize=4096)  # asked of every cell's key, often the same
def _funding_source(key: str) -> FundingSource | None:
    for pattern, source in _FUNDING_ROWS:
        if pattern.fullmatch(key):
            return source
    return None


def funding_row_of(text: str) -> FundingSource | None:
    """The source of money a 项目资金 row's label names (年度资金总额, 其中：财政拨款 …)."""
    return _funding_source(label_key(text))


# a money table's sum row named as any table's (合计, 总计): its 年度资金总额 only under a
# header naming its money columns, elsewhere it sums a table's scores or weights
_SUM_RE: Final = re.compile(r"合计|总计")
_MONEY_ROLES: Final = frozenset({Role.PRIOR, Role.BUDGET, Role.ACTUAL})
_BUDGET_ROLES: Final = frozenset({Role.PRIOR, Role.BUDGET})


def _total_at(cells: Sequence[Cell], index: int) -> bool:
    key = label_key(cells[index].text).rstrip(":")
    if _funding_source(key) is FundingSource.TOTAL:
        return True
    if _SUM_RE.fullmatch(key) is None:
        return False
    above = cells[max(index - _FUNDING_HEADER_SPAN, 0) : index]
    return len({funding_role(label_key(cell.text)) for cell in above} & _MONEY_ROLES) >= 2


def _bracket_tails_cut(cells: Sequence[Cell]) -> list[Cell]:
    """``*执行率)年度财政资金总额``: in text run together, the header's last bracket
    (``得分(10分*执行率)``) cut open before its end, which ran into the first row's label;
    the label alone where what follows the lone closing bracket names a row of money."""
    out: list[Cell] = []
    for cell in cells:
        tail = _BRACKET_TAIL_RE.match(cell.text)
        if tail is not None and _funding_source(label_key(tail["label"]).rstrip(":")):
            cell = replace(cell, text=tail["label"])
        out.append(cell)
    return out


_BRACKET_TAIL_RE: Final = re.compile(r"^[^()]{1,12}\)(?P<label>[\u4e00-\u9fff][^()]{1,20})$")


def _header_in_words(cells: Sequence[Cell], total: int, header: list[_Column]) -> list[_Column]:
    """The header's columns, or, where the cells above name fewer columns than the total's
    figures (the header run together into the words before it: ``预算数(A)执行数(B)执行率
    (B/A)``), the columns those words name in order, when they name one a figure."""
    figures = len(_numbers_after(cells, total))
    if len([column for column in header if column.role is not None]) >= figures:
        return header
    order = _glued_order(cells[max(total - _FUNDING_HEADER_SPAN, 0) : total])
    if len(order) != figures:
        return header
    return [_Column(role, role is Role.TARGET) for role in order]


def read_funding(cells: Sequence[Cell]) -> list[FundingFigures]:
    """The rows of the 项目资金 table, from its 年度资金总额 row on, with the columns its
    header names (年初预算数, 全年预算数, 执行数, 执行率, 分值, 得分), aligned by kind: the rate
    is the figure with a ``%``. A 分值 printed in the header (``预算执行情况 (20分)``) is the
    row's 分值 when the row has none."""
    cells = _months_joined(_figure_runs_split(_glued_amounts_split(_bracket_tails_cut(cells))))
    total = next(
        (
            index
            for index, cell in enumerate(cells)
            if _total_at(cells, index) and _numbers_after(cells, index)
        ),
        None,
    )
    if total is None:
        total = _sum_row_total(cells)
    rows: list[FundingFigures] = []
    if total is None:
        led = (
            _header_led_total(cells)
            or _figures_above_total(cells)
            or _label_under_header(cells)
            or _figures_under_header(cells)
        )
        if led is None:
            return _sources_over_figures(cells)
        index, header, row = led
        rows.append(row)
        points = None
    else:
        header, points = _funding_header(_header_above(cells, total))
        header = _header_in_words(cells, total, header)
        index = total
    paired = total is not None and _after_term_total(cells, total)
    stacked = total is not None and _under_term_total(cells, total)
    while index < len(cells) and len(rows) < len(_FUNDING_ROWS):
        label, glued = _label_and_figure(cells[index])
        source = _funding_source(label_key(label.text).rstrip(":"))
        if index == total and source is None:
            source = FundingSource.TOTAL  # the 合计 row of a money table (_sum_row_total)
        if source is None and rows and _remark_before_row(cells, index, rows):
            index += 1  # the last row's words in a column of its own (原因, 备注)
            continue
        if source is None or any(row.source is source for row in rows):
            break
        if paired:
            index, label, glued = _years_own(cells, index, source, label, glued)
        numbers = _numbers_after(cells, index)
        if stacked and len(numbers) == _TERM_AND_YEAR:
            # the term's figure, then the year's: the row is the year's
            index, numbers = index + 1, numbers[1:]
        if (checked := _rate_checked_row(cells, total, index, source, label, numbers)) is not None:
            rows.append(checked)  # figures a stream cut out of text run together, cut again
            index += 1 + len(numbers)
            continue
        if any(cell.text == "." for cell in numbers):
            # a decimal point alone: figures run together, cut in the wrong places
            first = total if total is not None else index
            order = _glued_order(cells[max(first - _FUNDING_HEADER_SPAN, 0) : first])
            glued_row = _glued_row(source, label, numbers, order) if order else None
            if glued_row is None:
                return []
            rows.append(glued_row)
            index += 1 + len(numbers)
            continue
        if any(cell.kind is not Kind.PLACEHOLDER for cell in numbers) or glued:
            row = _funding_row(source, label, glued + numbers, header)
            if not glued and (placed := _by_paragraph(numbers, header, cells)) is not None:
                row = _funding_row(source, label, placed, header)
            before = cells[max(index - _FUNDING_HEADER_SPAN, 0) : index]
            midyear = any(_MIDYEAR_RE.search(squashed(cell.text)) for cell in before)
            rows.append(_rate_aligned(row, numbers, header, midyear))
        index += 1 + len(numbers)
    if any(_RUN_TOGETHER_RE.search(text) for row in rows for text in row.texts.values()):
        return []  # figures run together into one number: no cells to read (see the prose)
    if rows and points is not None and Role.WEIGHT not in rows[0].figures:
        rows[0].figures[Role.WEIGHT] = points
    return rows


_LABEL_UNIT_RE: Final = re.compile(r"\((?:万元|元)\)")
# the money of a project's whole term beside its year's (中期资金总额 | 12600 | 年度资金总额
# | 4200, 实施期资金总额): the term's rows come first, each row's label printed twice
_TERM_TOTAL_RE: Final = re.compile(
    r"(?:中期|实施期|项目期|项目周期|绩效期|整体)(?:资金)?(?:总额|合计|总计|总数)"
)
_TERM_GAP: Final = 3  # the term's label, its amount and an empty cell before the year's


def _after_term_total(cells: Sequence[Cell], total: int) -> bool:
    """Whether the 年度资金总额 follows the term's total in its row: a label, then only
    figures or empty cells up to it."""
    for back in range(1, _TERM_GAP + 1):
        if back > total:
            return False
        cell = cells[total - back]
        if _TERM_TOTAL_RE.fullmatch(label_key(cell.text).rstrip(":")):
            return True
        if cell.kind not in (Kind.NUMBER, Kind.QUANTITY, Kind.PLACEHOLDER, Kind.EMPTY):
            return False
    return False


_TERM_AND_YEAR: Final = 2


def _under_term_total(cells: Sequence[Cell], total: int) -> bool:
    """Whether the 年度资金总额 label stands right under the term's, neither with a figure
    (``中期资金总额:`` / ``年度资金总额:`` / ``68000.00`` / ``15200.00``, a PDF's layer one
    cell a line): each row's two figures are then the term's and the year's, in that order."""
    before = cells[total - 1] if total > 0 else None
    return (
        before is not None
        and _TERM_TOTAL_RE.fullmatch(label_key(before.text).rstrip(":")) is not None
    )


def _years_own(
    cells: Sequence[Cell], index: int, source: FundingSource, label: Cell, glued: list[Cell]
) -> tuple[int, Cell, list[Cell]]:
    """In a block of the term's money beside the year's, a row's label printed twice with
    its figures (其中:财政拨款 | 12600 | 其中:财政拨款 | 4200): the second, the year's."""
    after = index + 1 + len(_numbers_after(cells, index))
    if glued or after >= len(cells):
        return index, label, glued
    second, figures = _label_and_figure(cells[after])
    if _funding_source(label_key(second.text).rstrip(":")) is not source:
        return index, label, glued
    return after, second, figures


def _months_joined(cells: Sequence[Cell]) -> Sequence[Cell]:
    """The cells with a month range a text PDF's layer spaced from its word (``1-6 | 月执行数``)
    joined back into one header word; the cells as they are where none is."""
    if not any(_MONTHS_RE.fullmatch(cell.text.strip()) for cell in cells):
        return cells
    out: list[Cell] = []
    for cell in cells:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.line == cell.line
            and _MONTHS_RE.fullmatch(previous.text.strip())
            and cell.text.startswith("月")
        ):
            out[-1] = replace(previous, text=previous.text.strip() + cell.text)
        else:
            out.append(cell)
    return out


_MONTHS_RE: Final = re.compile(r"1\s*[-－—~]\s*\d{1,2}")


def _figure_runs_split(cells: Sequence[Cell]) -> Sequence[Cell]:
    """The cells with a cell holding a row's figures parted by spaces (``年度资金总额 | 520.00
    520.00 498.36 10 95.84% 9.58``: a scan's OCR keeping the ruling after the label alone)
    cut into one cell per figure; the cells as they are where none does."""
    if not any(_is_figure_run(cell.text) for cell in cells):
        return cells
    out: list[Cell] = []
    for cell in cells:
        if _is_figure_run(cell.text):
            out += [replace(cell, text=word, column=-1) for word in cell.text.split()]
        else:
            out.append(cell)
    return out


def _glued_amounts_split(cells: Sequence[Cell]) -> Sequence[Cell]:
    """The cells with a funding row copied with no spaces between its cells (``年度资金总额
    320.00198.4662.02%``, a PDF viewer's copy) cut into its label and one cell per figure:
    amounts in 万元 are printed with two decimals, so each ends two digits after its point."""
    if not any(_GLUED_AMOUNTS_RE.fullmatch(squashed(cell.text)) for cell in cells):
        return cells
    out: list[Cell] = []
    after_glued = False  # the cell before was a glued row of its own, already cut
    for cell in cells:
        match = _GLUED_AMOUNTS_RE.fullmatch(squashed(cell.text))
        if match is None or _funding_source(label_key(match["label"]).rstrip(":")) is None:
            out.append(cell)
            after_glued = False
            continue
        if out and not after_glued:
            # the header's line over the first glued row, its words glued likewise
            line = out[-1].line
            first = next(i for i, each in enumerate(out) if each.line == line)
            out[first:] = [word for each in out[first:] for word in _glued_header_words(each)]
        figures = _GLUED_AMOUNT_RE.findall(match["figures"])
        out += [replace(cell, text=match["label"], column=-1)]
        out += [replace(cell, text=figure, column=-1) for figure in figures]
        after_glued = True
    return out


def _glued_header_words(cell: Cell) -> list[Cell]:
    """``项目资金(万元)年初预算数1-9月执行数执行进度``: a funding header's words glued, one
    cell per column word where two or more are found; the cell as it is otherwise."""
    key = label_key(cell.text)
    words = [m for m in _funding_words_re().finditer(key) if m.group(0)]
    if len(words) < _GLUED_HEADER_MIN:
        return [cell]
    head = key[: words[0].start()]
    cut = [head] if head else []
    return [replace(cell, text=word, column=-1) for word in [*cut, *(m.group(0) for m in words)]]


_GLUED_HEADER_MIN: Final = 2


@functools.lru_cache(maxsize=1)
def _funding_words_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in FUNDING_COLUMNS))


# a label, then two or more amounts of two decimals glued, a rate last perhaps
_GLUED_AMOUNTS_RE: Final = re.compile(
    r"(?P<label>[^\d]{2,16}?)(?P<figures>(?:\d+\.\d{2}){2,}(?:\d{1,3}(?:\.\d{1,2})?%)?)"
)
_GLUED_AMOUNT_RE: Final = re.compile(r"\d{1,3}(?:\.\d{1,2})?%|\d+\.\d{2}")


def _is_figure_run(text: str) -> bool:
    """Three or more figures parted by spaces, none a piece of a number whose thousands a
    space parts (``1 846.48``)."""
    if " " not in text or _FIGURE_RUN_RE.fullmatch(text.strip()) is None:
        return False
    words = text.split()
    return not any(
        _THOUSANDS_HEAD_RE.fullmatch(a) and _THOUSANDS_TAIL_RE.fullmatch(b)
        for a, b in itertools.pairwise(words)
    )


# (an amount may part its thousands by commas: 1,480.00)
_FIGURE_WORD: Final = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?%?|[—\-/])"
_FIGURE_RUN_RE: Final = re.compile(rf"{_FIGURE_WORD}(?:\s+{_FIGURE_WORD}){{2,}}")
_THOUSANDS_HEAD_RE: Final = re.compile(r"\d{1,3}")
_THOUSANDS_TAIL_RE: Final = re.compile(r"\d{3}(?:\.\d+)?")


def read_tasks_total(cells: Sequence[Cell]) -> Cell | None:
    """The 金额合计 of a 部门整体 form's 年度履职任务 (``金额合计 | | 8131.70 | 8131.70``): the
    first figure after the row's label, in a table whose header names its tasks (任务名称);
    the department's budget where no other row states it."""
    tasks = False
    for index, cell in enumerate(cells):
        key = label_key(cell.text)
        tasks = tasks or _TASKS_HEADER_RE.fullmatch(key) is not None
        if tasks and _TASKS_TOTAL_RE.fullmatch(key):
            following = [c for c in cells[index + 1 : index + 4] if c.line == cell.line]
            figures = [c for c in following if c.kind is Kind.NUMBER]
            return figures[0] if figures else None
    return None


_TASKS_HEADER_RE: Final = re.compile(r"(?:履职)?任务名称")
_TASKS_TOTAL_RE: Final = re.compile(r"(?:金额|预算|资金)?合计")


def _remark_before_row(cells: Sequence[Cell], index: int, rows: Sequence[FundingFigures]) -> bool:
    """A row's words after its figures (``年中追加危桥改造资金16.50万元`` under a 原因 or 备注
    column) with the next row's label after them: no figure, and that label a row not read."""
    if index + 1 >= len(cells) or cells[index].kind in _FIGURE_KINDS:
        return False
    label, _ = _label_and_figure(cells[index + 1])
    source = _funding_source(label_key(label.text).rstrip(":"))
    return source is not None and all(row.source is not source for row in rows)


def _glued_order(header: Sequence[Cell]) -> list[Role]:
    """The columns of a 项目资金 header run together (年初预算数全年预算数全年执行数分值执行率
    得分), in order; empty where the cells before the rows hold no such header."""
    joined = "".join(squashed(cell.text) for cell in header)
    found = _GLUED_HEADER_RE.search(joined)
    if found is None:
        return []
    order = [_glued_role(word) for word in _GLUED_WORD_RE.findall(found.group(0))]
    return order if len(order) == len(set(order)) else []


def _glued_row(
    source: FundingSource, label: Cell, numbers: Sequence[Cell], order: Sequence[Role]
) -> FundingFigures | None:
    """A 项目资金 row whose figures ran together (``1180.001264.001238.72—98.00%``), cut by
    each column's grammar in the header's order; a trailing column may be missing (its
    placeholder glued to the next row's label). None where the figures cannot be so read."""
    joined = "".join(squashed(cell.text) for cell in numbers)
    pattern = "".join(
        f"(?:(?P<{role.value}>{_GLUED_FIGURE[role]})|{_GLUED_BLANK})" + ("?" if at else "")
        for at, role in enumerate(order)
    )
    match = re.fullmatch(pattern, joined)
    if match is None:
        return None
    texts = {role: text.removesuffix("%") for role in order if (text := match.group(role.value))}
    figures = {role: Decimal(text) for role, text in texts.items()}
    name = _ROW_LABEL_NOISE_RE.sub("", label.text.strip())
    lines = dict.fromkeys(texts, label.line)
    return FundingFigures(source, name, label.line, figures, texts, lines)


_GLUED_BLANK: Final = r"[—\-/]"


_SUM_LABELS: Final = frozenset({"合计", "总计"})
_SUM_HEADER_COLUMNS: Final = 3


def _sum_row_total(cells: Sequence[Cell]) -> int | None:
    """``资金类别 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率`` over ``合计 | 38,652.40 |
    …``: a money table whose total row says 合计 (总计), right under a header naming three
    of its columns at least, on the line above. Its index, or None."""
    for index, cell in enumerate(cells):
        if label_key(cell.text) not in _SUM_LABELS or not _numbers_after(cells, index):
            continue
        above = list(cells[max(index - _FUNDING_HEADER_SPAN, 0) : index])
        header = [other for other in above if other.line == above[-1].line] if above else []
        roles = {funding_role(label_key(other.text)) for other in header} - {None}
        if len(roles) >= _SUM_HEADER_COLUMNS:
            return index
    return None


def _header_led_total(cells: Sequence[Cell]) -> tuple[int, list[_Column], FundingFigures] | None:
    """``项目资金 | 年度资金总额 | 1-9月执行数 | 执行率`` or ``资金情况 | 年度预算数 | 执行数``
    over a row of figures with no label: the figures under the header are the total's (a
    total's label before the columns heads the budget column). The index after them, the
    columns and the total's row; None when no header leads so."""
    for index, cell in enumerate(cells):
        key = label_key(cell.text).rstrip(":")
        total = _funding_source(key) is FundingSource.TOTAL
        if not total and _FUNDING_GROUP_RE.fullmatch(key) is None:
            continue
        words = list(itertools.takewhile(_names_a_column, cells[index + 1 :]))
        # the total's label is a column itself (its budget's); a block's label is none
        if len(words) + (1 if total else 0) < _LEAST_COLUMNS:
            continue
        last = index + len(words)
        # columns the model keeps none of after the kept ones (全年预计执行数, 偏差原因)
        last += len(_header_words_after(cells, last))
        header_line = cells[last].line
        if last + 1 < len(cells) and _LABEL_UNIT_RE.fullmatch(squashed(cells[last + 1].text)):
            last += 1  # the label's unit wrapped onto the figures' line: 项目资金 / (万元)
        numbers = _numbers_after(cells, last)
        if not numbers or numbers[0].line == header_line:
            continue
        columns, _ = _funding_header(words)
        lead = [_Column(Role.BUDGET, rate=False, place=cell.column)] if total else []
        if lead and _label_of_row(columns, numbers):
            lead = []
        header = [*lead, *columns]
        row = _funding_row(FundingSource.TOTAL, cell, numbers, header)
        return last + 1 + len(numbers), header, row
    return None


def _label_of_row(columns: Sequence[_Column], numbers: Sequence[Cell]) -> bool:
    """Whether a total's label before the columns is the row's label, no column of its own:
    a column names the budget itself (``年度资金总额 | 年初预算数 | 全年预算数 | 全年执行数 |
    分值 | 执行率 | 得分``, a table one cell a line) and the figures under the header are no
    more than its columns."""
    budget_named = any(column.role in _BUDGET_ROLES for column in columns)
    return budget_named and len(numbers) <= len(columns)


def _header_words_after(cells: Sequence[Cell], last: int) -> list[Cell]:
    """The words on a funding header's line after its last kept column: further columns'
    names (``全年预计执行数 | 偏差原因``), which the figures on the next line stand under too."""
    line = cells[last].line
    return list(
        itertools.takewhile(
            lambda cell: cell.line == line and cell.kind in _HEADER_WORD_KINDS,
            cells[last + 1 : last + 1 + _MAX_FURTHER_COLUMNS],
        )
    )


_HEADER_WORD_KINDS: Final = frozenset({Kind.NAME, Kind.HEADER})
_MAX_FURTHER_COLUMNS: Final = 3


def _figures_above_total(
    cells: Sequence[Cell],
) -> tuple[int, list[_Column], FundingFigures] | None:
    """``项目资金 | 3620.00 | 3788.40 | …`` over ``(万元) | 年度资金总额``: a text PDF's layer
    printing the total's label under its row's line (the label's cell taller than the
    figures'); the figures led by the block's label on the line above are the total's. The
    index after the label, the columns (the header before them) and the total's row."""
    for index, cell in enumerate(cells):
        if _funding_source(label_key(cell.text).rstrip(":")) is not FundingSource.TOTAL:
            continue
        if _numbers_after(cells, index):
            return None
        above = [c for c in cells[:index] if c.line < cell.line]
        lead = next((c for c in reversed(above) if c.kind not in _FIGURE_KINDS), None)
        if lead is None or _FUNDING_GROUP_RE.fullmatch(label_key(lead.text)) is None:
            return None
        at = cells.index(lead)
        numbers = _numbers_after(cells, at)
        if not numbers or any(c.line != lead.line for c in numbers):
            return None
        header, _ = _funding_header(cells[max(at - _FUNDING_HEADER_SPAN, 0) : at])
        return index + 1, header, _funding_row(FundingSource.TOTAL, cell, numbers, header)
    return None


_FIGURE_KINDS: Final = frozenset({Kind.NUMBER, Kind.QUANTITY, Kind.PLACEHOLDER})


def _label_under_header(
    cells: Sequence[Cell],
) -> tuple[int, list[_Column], FundingFigures] | None:
    """``年度预算数 | 1-6月执行数 | 执行率`` over ``资金 | 2650.00 | 624.30 | 23.56%``: the
    block's label leads a line of figures under a line of the columns' words alone (a text
    PDF's layer, the label's merged cell printed beside the figures). The index after the
    figures, the columns and the total's row."""
    for index, cell in enumerate(cells):
        if _FUNDING_GROUP_RE.fullmatch(label_key(cell.text)) is None:
            continue
        numbers = _numbers_after(cells, index)
        if len(numbers) < _LEAST_COLUMNS or any(c.row != cell.row for c in numbers):
            continue
        above = [c for c in cells[:index] if c.row == cell.row - 1]
        if len(above) < _LEAST_COLUMNS or not all(_names_a_column(c) for c in above):
            continue
        header, _ = _funding_header(above)
        row = _funding_row(FundingSource.TOTAL, cell, numbers, header)
        return index + 1 + len(numbers), header, row
    return None


def _figures_under_header(
    cells: Sequence[Cell],
) -> tuple[int, list[_Column], FundingFigures] | None:
    """``年初预算数(万元) | 1-8月执行数(万元) | 执行率`` over ``1,480.00 | 826.88 | 55.87%``: a
    line of the money columns' words alone (the block's label may lead it: 预算执行情况(万元)),
    a line of as many figures under it and no row label (a monitoring form's one row of
    money): the total's row. The index after the figures, the columns and the row (its label
    empty: none is printed)."""
    for index, cell in enumerate(cells):
        if index and cells[index - 1].row == cell.row:
            continue  # a line's first cell opens it
        block = _MONEY_BLOCK_RE.fullmatch(label_key(cell.text)) is not None
        if not block and not _names_a_column(cell):
            continue
        line = _row_from(cells, index)
        if len(line) == 1 and not block:
            if (down := _figures_down_lines(cells, index)) is not None:
                return down
            continue
        words = _without_remark_columns(line[1:] if block else line)
        after = index + len(line)
        figures = _row_from(cells, after) if after < len(cells) else []
        if figures and figures[0].row != cell.row + 1:
            continue
        if len(words) <= _LEAST_COLUMNS or len(figures) != len(words):
            continue
        if not all(map(_names_a_column, words)) or any(
            c.kind not in _FIGURE_KINDS for c in figures
        ):
            continue
        header, _ = _funding_header(words)
        if not any(column.role in _MONEY_ROLES for column in header):
            continue
        row = _funding_row(FundingSource.TOTAL, Cell("", figures[0].line), figures, header)
        return after + len(figures), header, row
    return None


def _without_remark_columns(words: list[Cell]) -> list[Cell]:
    """A header line's words without the columns of words after its money columns
    (``… | 全年预计执行数 | 偏差原因``): the figures under it stop at the last one they fill."""
    end = len(words)
    while end and len(words) - end < _MAX_FURTHER_COLUMNS and not _names_a_column(words[end - 1]):
        end -= 1
    return words[:end] if 0 < end < len(words) and _names_a_column(words[end - 1]) else words


def _figures_down_lines(
    cells: Sequence[Cell], index: int
) -> tuple[int, list[_Column], FundingFigures] | None:
    """``年度预算数(万元)`` / ``全年执行数(万元)`` / ``执行率`` / ``286.42`` / ``279.15`` /
    ``97.46%``: a table given one cell a line, the money columns' words down the lines and as
    many figures down the lines after them (or each word followed by its figure), no row
    label. None unless the figures match the words one for one and a word names money."""
    if index and _names_a_column(cells[index - 1]):
        return None  # the run's first word opens it
    words = list(itertools.takewhile(_names_a_column, cells[index:]))
    if len(words) == 1:  # each word over its own figure
        words, figures = _pairs_down_lines(cells, index)
    else:
        after = index + len(words)
        figures = list(itertools.takewhile(_is_figure, cells[after : after + len(words) + 1]))
    if len(words) <= _LEAST_COLUMNS or len(figures) != len(words):
        return None
    if len({cell.row for cell in (*words, *figures)}) != 2 * len(words):
        return None  # each cell a line of its own
    header, _ = _funding_header(words)
    if not any(column.role in _MONEY_ROLES for column in header):
        return None
    row = _funding_row(FundingSource.TOTAL, Cell("", figures[0].line), figures, header)
    return index + 2 * len(words), header, row


def _pairs_down_lines(cells: Sequence[Cell], index: int) -> tuple[list[Cell], list[Cell]]:
    """``全年预算数(万元)`` / ``236.48`` / ``全年支出数(万元)`` / ``229.37`` / …: each column's
    word and its figure on the lines after it, one cell a line; the words and the figures."""
    words: list[Cell] = []
    figures: list[Cell] = []
    while index + 1 < len(cells) and _names_a_column(cells[index]) and _is_figure(cells[index + 1]):
        words.append(cells[index])
        figures.append(cells[index + 1])
        index += 2
    return words, figures


def _is_figure(cell: Cell) -> bool:
    return cell.kind in _FIGURE_KINDS


def _row_from(cells: Sequence[Cell], index: int) -> list[Cell]:
    """The cells of the row the cell at ``index`` stands on, from it to the row's end."""
    row = cells[index].row
    return list(itertools.takewhile(lambda c: c.row == row, itertools.islice(cells, index, None)))


# the money block's label before its columns' words (资金情况, 预算执行情况(万元))
_MONEY_BLOCK_RE: Final = re.compile(r"(?:项目|年度)?(?:资金|预算执行|预算资金)(?:情况|投入|安排)?")


def _sources_over_figures(cells: Sequence[Cell]) -> list[FundingFigures]:
    """``年度预算申请 | 资金总额 | 财政拨款 | 其他资金`` over a line of as many figures: the
    rows' labels printed as a header, each over its budget; or led by the block's label
    (:func:`_sources_block`)."""
    for index, cell in enumerate(cells):
        # (a literal test first: the label's key is asked of the few cells naming 来源)
        if (
            _SOURCES_WORD in cell.text
            and _SOURCES_LABEL_RE.fullmatch(label_key(cell.text))
            and (block := _sources_block(cells, index))
        ):
            return block
        labels = list(itertools.takewhile(_names_a_source, cells[index:]))
        sources = [_funding_source(label_key(label.text).rstrip(":")) for label in labels]
        if len(labels) < _LEAST_COLUMNS or FundingSource.TOTAL not in sources:
            continue
        after = cells[index + len(labels) :]
        if not after or after[0].line == cell.line:
            continue
        line = after[0].line
        numbers = [number for number in after[: len(labels) + 1] if number.line == line]
        if len(numbers) != len(labels):
            continue
        if any(number.kind is not Kind.NUMBER for number in numbers):
            continue
        return [
            _funding_row(source, label, [number], [_Column(Role.BUDGET, rate=False)])
            for label, source, number in zip(labels, sources, numbers, strict=True)
            if source is not None
        ]
    return []


def _sources_block(cells: Sequence[Cell], index: int) -> list[FundingFigures]:
    """``资金来源(万元) | 合计 | 一般公共预算 | 政府性基金 | 上级补助`` over a line of as many
    figures: the block's label, its sum first (合计, the total) and the sources after it,
    each over its budget; a source the model keeps none of (上级补助) holds its place."""
    labels = _row_from(cells, index)[1:]
    after = index + 1 + len(labels)
    if len(labels) < _LEAST_COLUMNS or after >= len(cells):
        return []
    if _SUM_RE.fullmatch(label_key(labels[0].text)) is None:
        return []
    numbers = _row_from(cells, after)
    if numbers[0].row != cells[index].row + 1 or len(numbers) != len(labels):
        return []
    if any(number.kind is not Kind.NUMBER for number in numbers):
        return []
    if (unit := money_unit([cells[index].text], default=None)) is not None:
        numbers = [replace(number, text=number.text + unit) for number in numbers]  # 资金来源(元)
    sources = [FundingSource.TOTAL] + [_funding_source(label_key(c.text)) for c in labels[1:]]
    return [
        _funding_row(source, label, [number], [_Column(Role.BUDGET, rate=False)])
        for label, source, number in zip(labels, sources, numbers, strict=True)
        if source is not None
    ]


# a money table's label over its sources (资金来源(万元), 资金来源构成)
_SOURCES_LABEL_RE: Final = re.compile(r"(?:项目)?资金来源(?:构成|情况)?")
_SOURCES_WORD: Final = "来源"


def _names_a_source(cell: Cell) -> bool:
    return _funding_source(label_key(cell.text).rstrip(":")) is not None


def _names_a_column(cell: Cell) -> bool:
    return funding_role(label_key(cell.text)) is not None


# a funding block's label before its columns (资金情况(万元) | 年度预算数 | 执行数 | 执行率;
# 预算执行情况 | 年初预算数 | 1-8月执行数 | 执行率, a monitoring table's)
_FUNDING_GROUP_RE: Final = re.compile(
    r"(?:项目)?资金(?:情况|投入|安排)?(?:情况)?|(?:项目)?预算执行(?:情况)?"
)
_LEAST_COLUMNS: Final = 2


def _label_and_figure(cell: Cell) -> tuple[Cell, list[Cell]]:
    """A row's label with its first figure in the same cell (``其中:财政拨款 1520.00``): the
    label, and the figure as a cell in the label's place."""
    match = _LABEL_FIGURE_RE.fullmatch(cell.text.strip())
    if match is None:
        return cell, []
    return replace(cell, text=match["label"]), [replace(cell, text=match["figure"])]


_LABEL_FIGURE_RE: Final = re.compile(
    r"(?P<label>[^\d\s]{2,16}?)\s*(?P<figure>\d+(?:,\d{3})*(?:\.\d+)?)"
)


@dataclass(frozen=True)
class _Column:
    """A column of the 项目资金 header: its role (None: a figure the model keeps none of)
    and whether it holds a rate (the figures written with ``%``)."""

    role: Role | None
    rate: bool
    place: int = -1  # the header cell's place in its line (tabs, pipes); -1 unknown


def _funding_header(cells: Sequence[Cell]) -> tuple[list[_Column], Decimal | None]:
    """The header's columns in order, and a 分值 it prints (``预算执行情况 (20分)``). A
    header over two rows names a group (预算安排, 拨付情况) above the columns that repeat its
    words (年初部门预算安排金额, 年度拨付金额): the group holds no column of its own."""
    cells, keys = _joined_header(cells)
    columns: list[_Column] = []
    points: Decimal | None = None
    for index, (cell, key) in enumerate(zip(cells, keys, strict=True)):
        if (match := _POINTS_RE.search(cell.text)) is not None and "预算" in cell.text:
            points = Decimal(match.group(1))
        role = funding_role(key)
        other = role is None and FUNDING_OTHER_RE.fullmatch(key) is not None
        if (role is None and not other) or _is_group(key, cells[index].line, cells, keys, index):
            continue
        if role is not None and any(column.role is role for column in columns):
            # a word over the columns of its span (年度预算数 over 年初预算 | 调整后预算数):
            # the column printed later is the one the figures stand under
            columns = [column for column in columns if column.role is not role]
        rate = role is Role.TARGET or (other and key.endswith("率"))
        columns.append(_Column(role, rate, cell.column))
    return columns or list(_DEFAULT_COLUMNS), points


def _joined_header(cells: Sequence[Cell]) -> tuple[list[Cell], list[str]]:
    """The header's cells with a word that names no column (``年初``, ``全年``: a header
    cell wrapped over two lines) joined to the next one, when together they name one."""
    out: list[Cell] = []
    keys: list[str] = []
    for cell in _wrapped_words_joined(cells):
        key = _CIRCLED_RE.sub("", label_key(cell.text))
        if keys and _names_nothing(keys[-1]) and funding_role(keys[-1] + key) is not None:
            out[-1] = replace(out[-1], text=out[-1].text + cell.text)
            keys[-1] += key
            continue
        out.append(cell)
        keys.append(key)
    return out, keys


def _names_nothing(key: str) -> bool:
    return funding_role(key) is None and FUNDING_OTHER_RE.fullmatch(key) is None


def _wrapped_words_joined(cells: Sequence[Cell]) -> Sequence[Cell]:
    """The header's cells with each column's words wrapped over two lines of their own
    (``年初 | 全年 | 全年`` over ``预算数 | 预算数 | 执行数``, the lines apart when the other
    columns' words stand between them) joined, the upper word's place kept: the line of
    upper halves pairs in order with a later line of as many cells, one under each; the
    cells as they are where no such pair of lines is found."""
    keys = [_key_of(cell) for cell in cells]
    nothing = [_names_nothing(key) for key in keys]
    lines: dict[int, list[int]] = {}
    for index, cell in enumerate(cells):
        lines.setdefault(cell.line, []).append(index)
    if len(lines) < _WRAPPED_MIN or sum(nothing) < _WRAPPED_MIN:
        return cells
    joined: dict[int, Cell] = {}
    dropped: set[int] = set()
    for upper in lines.values():
        halves = [i for i in upper if i not in dropped and nothing[i]]
        if len(halves) < _WRAPPED_MIN:
            continue
        for line, lower in lines.items():
            if line <= cells[upper[0]].line or any(i in dropped for i in lower):
                continue
            pairs = _wrapped_pairs(cells, halves, lower)
            if pairs is None:
                continue
            for top, bottom in pairs:
                joined[top] = replace(cells[top], text=cells[top].text + cells[bottom].text)
                dropped.add(bottom)
            break
    if not joined:
        return cells
    return [joined.get(i, cell) for i, cell in enumerate(cells) if i not in dropped]


_WRAPPED_MIN: Final = 2  # columns named by the join: one alone may be any two words
_WRAPPED_SHIFT: Final = 3  # how far apart a PDF's layer prints a column's two halves


def _key_of(cell: Cell) -> str:
    return _CIRCLED_RE.sub("", label_key(cell.text))


def _wrapped_pairs(
    cells: Sequence[Cell], halves: Sequence[int], lower: Sequence[int]
) -> list[tuple[int, int]] | None:
    """The (upper, lower) pairs that each name a column joined, when the lower line's cells
    are as many as the upper halves, each under its half (the same column or place where
    the layer gives them) and two or more pairs name a column; a pair of words that names
    none joined (项目资金 over (万元)) is left as it is."""
    if len(halves) != len(lower) or len(lower) < _WRAPPED_MIN:
        return None
    pairs: list[tuple[int, int]] = []
    for top, bottom in zip(halves, lower, strict=True):
        above, below = cells[top], cells[bottom]
        if below.kind not in (Kind.HEADER, Kind.NAME) or not _under(above, below):
            return None
        if funding_role(_key_of(above) + _key_of(below)) is not None:
            pairs.append((top, bottom))
        elif not _names_nothing(_key_of(below)):
            return None  # a column's own word under a half: not the half's rest
    return pairs if len(pairs) >= _WRAPPED_MIN else None


def _under(above: Cell, below: Cell) -> bool:
    if above.column >= 0 and below.column >= 0:
        return above.column == below.column
    if above.offset >= 0 and below.offset >= 0:
        return abs(above.offset - below.offset) <= _WRAPPED_SHIFT
    return True


def _is_group(key: str, line: int, cells: Sequence[Cell], keys: Sequence[str], index: int) -> bool:
    stem = key.removesuffix("情况")
    return len(stem) >= _GROUP_STEM and any(
        stem in later and later != key and cell.line != line
        for cell, later in zip(cells[index + 1 :], keys[index + 1 :], strict=True)
    )


_GROUP_STEM: Final = 2
_DEFAULT_COLUMNS: Final = (
    _Column(Role.BUDGET, rate=False),
    _Column(Role.ACTUAL, rate=False),
    _Column(Role.TARGET, rate=True),
)
# 年中调整金额③, 小计④=①+②+③: the column's number and its formula
_CIRCLED_RE: Final = re.compile(r"[①-⑳].*$")


def _numbers_after(cells: Sequence[Cell], index: int) -> list[Cell]:
    numbers = []
    for following in cells[index + 1 : index + 10]:
        if following.kind not in (Kind.NUMBER, Kind.QUANTITY, Kind.PLACEHOLDER):
            break
        numbers.append(following)
    return numbers


_ROW_LABEL_NOISE_RE: Final = re.compile(r"^其中\s*[::]?\s*|\s*[::]\s*$")


def _by_paragraph(
    numbers: list[Cell], header: list[_Column], cells: Sequence[Cell]
) -> list[Cell] | None:
    """A row written one cell per paragraph, an empty cell as a paragraph holding a space
    (two more blank lines before the next cell than between the others): its cells in
    their places, each empty one a placeholder, when they fill the header's columns."""
    if not numbers or _paragraph_gap(cells) != 1:
        return None
    placed: list[Cell] = []
    for cell in numbers:
        skipped = (cell.gap - 1) // 2 if cell.gap > 1 and cell.gap % 2 == 1 else 0
        placed += [replace(cell, text="—")] * skipped + [cell]  # an empty cell, as printed
    if len(placed) == len(numbers) or len(placed) != len(header):
        return None
    return [replace(cell, column=place) for place, cell in enumerate(placed)]


def _paragraph_gap(cells: Sequence[Cell]) -> int:
    """The blank lines most cells follow: 1 where every cell is a paragraph of its own."""
    gaps = Counter(cell.gap for cell in cells)
    return gaps.most_common(1)[0][0] if gaps else 0


def _funding_row(
    source: FundingSource, label: Cell, numbers: list[Cell], header: list[_Column]
) -> FundingFigures:
    figures_only = [cell for cell in numbers if cell.kind is not Kind.PLACEHOLDER]
    chosen = _by_place(_shifted(figures_only, label, header), header)
    if chosen is None and all(cell.column >= 0 for cell in numbers) and len(numbers) == len(header):
        chosen = {  # a row in its places (one cell per paragraph): each figure its column's
            column.role: cell
            for column, cell in zip(header, numbers, strict=True)
            if column.role is not None and cell.kind is not Kind.PLACEHOLDER
        }
    if chosen is None:
        chosen = _align_funding(figures_only, header)
    figures: dict[Role, Decimal] = {}
    texts: dict[Role, str] = {}
    lines: dict[Role, int] = {}
    for role, cell in chosen.items():
        number = read_number(cell.text)
        if number is not None:
            figures[role] = number.value
            texts[role] = cell.text
            lines[role] = cell.line
    # the row's label as printed, without the colon some forms end it with (年度资金总额:)
    # and the 其中: that says it is part of the total (the source says that)
    name = _ROW_LABEL_NOISE_RE.sub("", label.text.strip())
    return FundingFigures(source, name, label.line, figures, texts, lines)


# an amount in words states its unit; one after a label (预算数 5,860,000.00) is in the form's
# (an amount per head or per mu, 1800元/人, is a standard of cost, no sum of money)
_PROSE_AMOUNT: Final = (
    r"(?P<amount>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<unit>万元|元)(?![/／])"
)
_LABEL_AMOUNT: Final = (
    # a column's letter may follow its label: 全年预算数(A)450; or its unit: 执行数(万元)596.40
    r"(?:\([A-Z/]{1,5}\)|\((?P<label_unit>万元|元)\))?[::]?(?P<amount>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<unit>万元|元)?"
    r"(?![-－—~至]\d)"  # 全年预算数1-6月执行数: the next column's months, no amount
)
_DIGIT_RE: Final = re.compile(r"\d")
# a receiver of money sent (下达): a place or its office, not 各乡镇 or a 第一批
_RECEIVER: Final = r"(?:(?![各批等])[\u4e00-\u9fff]){1,16}?[省市州县区旗乡镇局]"
# one part of money sent: its receiver and fund, then its amount
_SENT_PART: Final = r"[^,，。;；]{2,60}?\d[\d.,]*万元"
# What a report's prose says of the money, in the order tried: the first statement of each.
_PROSE_FUNDING: Final = (
    (
        Role.PRIOR,
        re.compile(rf"年初(?:部门)?预算(?:安排)?(?:资金)?(?:数)?(?:为|[::])?{_PROSE_AMOUNT}"),
    ),
    (
        Role.BUDGET,
        re.compile(
            # 下达某县某局中央某资金432.00万元,下达某县某局省级某资金288.00万元,共计720.00万元:
            # the money sent in parts, then its sum (共计下达资金1,682.40万元 alike)
            rf"(?:下达(?<![已累]下达){_SENT_PART}(?:[,，、]下达{_SENT_PART})+[,，](?:共计|合计|总计)(?:下达)?(?:资金)?|"
            rf"(?:调整后|追加调整后)?全年预算(?:数|资金)?|调整后(?:的)?预算(?:数|资金)?|"
            rf"(?:安排|预算|全年下达)资金|项目预算(?:资金|金额|数)?|(?:项目)?总预算(?:资金|金额)?|"
            # (政府采购预算总额: what the budget buys through procurement, a part of it)
            rf"(?:部门)?(?<!采购)预算总额|部门预算(?:总)?收入(?:总计|合计)?"
            # 下达补贴资金3860万元: the money allocated to the project (what is 已下达 may be
            # a part of it, paid so far)
            rf"|(?<![已累])(?:下达|安排)[\u4e00-\u9fff]{{0,4}}?资金"
            # 下达我县少数民族发展资金680万元: the fund's own name after the place it is sent
            # to (我县, 本区); the receiver is what says the money is the project's whole
            rf"|(?<![已累])下达(?:我|本)[省市州县区旗乡镇][\u4e00-\u9fff]{{2,20}}?资金"
            # 下达某村某基地项目资金96万元: the project's own name after 下达 (not 各村, a
            # batch's 第一批 or 等: the money of several projects)
            rf"|(?<![已累])下达(?:(?![各批等])[\u4e00-\u9fff]){{2,20}}?项目资金"
            # 下达某镇衔接资金96万元, 下达某县某局中央某补贴资金2,318.00万元: the receiver (a
            # place or its office) named, then its fund; not a part of a list of them (another
            # 下达 part before or after it)
            rf"|下达(?<![已累]下达)(?<!万元[,，、]下达)(?!{_SENT_PART}[,，、]下达){_RECEIVER}[\u4e00-\u9fff]{{0,24}}?资金(?:\([^()]{{1,12}}\))?"
            # 统筹安排衔接推进乡村振兴补助资金(产业发展)3850.00万元: a fund's own name after
            # 安排, its use noted in brackets before the amount
            rf"|(?<![已累])安排[\u4e00-\u9fff]{{5,16}}?(?:补助|专项|补贴)资金(?:\([^()]{{1,8}}\))?"
            # 该项目2022年预算安排1460.00万元 (a 年初预算安排 is the prior's: read first)
            rf"|预算安排(?:资金|金额)?"
            # 项目2022年预算2,360.00万元: the year's budget, its year before the word
            rf"|(?:(?<=\d年)|(?<=\d年度))预算(?:资金|金额)?"
            # 某某建设项目年度预算3580万元: the project's year budget, no year before it
            rf"|(?<=项目)年度预算(?:金额|数)?"
            rf"|(?:项目)?(?:年度)?资金总额"
            # 项目资金共计1765.8万元: the project's money summed, its sources listed after
            rf"|项目资金(?=共计|合计|总计))"
            rf"(?:调整为|调整至|共计|合计|总计|为|共)?"
            rf"{_PROSE_AMOUNT}"
        ),
    ),
    (
        Role.ACTUAL,
        re.compile(
            r"(?:实际支出|实际执行|全年执行|全年(?:实际|累计)?支出|已完成投资|已支出|累计支出|"
            r"1-\d{1,2}月(?:累计)?执行"
            # 截至6月30日执行1,176.00万元, 截至9月底已拨付62.4万元: what is spent by a date
            r"|截至(?:\d{1,2}月(?:底|末|\d{1,2}日)|年底|年末)(?:共|累计|已)?(?:支出|执行|拨付|支付)"
            r"|实际使用"
            # 项目预算200万元,执行180万元, 项目资金共96万元,已拨付48万元: a clause opening
            # with 执行 (or what is paid out so far) and its amount
            r"|(?:^|(?<=[,，;；。]))(?:(?:已|累计)?执行|(?:已|累计)(?:拨付|支付))"
            # 已兑付补贴资金1737.60万元: money paid out so far is the money spent
            r"|(?:已|累计)(?:兑付|拨付|支付)[\u4e00-\u9fff]{0,4}?资金"
            # 项目资金已拨付306万元: the money named first, then how much of it is paid out
            r"|(?<=资金)(?:已|累计)(?:兑付|拨付|支付))"
            # 全年执行数为7204.18万元: the column's word, then the amount
            rf"(?:资金|数|金额)?(?:为|共|:)?{_PROSE_AMOUNT}"
        ),
    ),
    # labels in a line of their own kind: 项目资金(元):预算数 … 执行数 … 执行率 …
    (Role.PRIOR, re.compile(rf"年初预算数{_LABEL_AMOUNT}")),
    # 年度预算(万元) 1680.00: the year's budget named without 数, its unit after it
    (
        Role.BUDGET,
        re.compile(rf"(?<!年初)(?:(?:全年)?预算数|年度预算(?=\((?:万元|元)\))){_LABEL_AMOUNT}"),
    ),
    (Role.ACTUAL, re.compile(rf"(?:全年)?执行数{_LABEL_AMOUNT}")),
    (
        Role.TARGET,
        re.compile(
            r"(?:(?:预算|资金)?执行率|支出进度"
            # 已拨付96万元,拨付率80%; 已支付5472万元,资金支付进度57%: the rate of what is
            # paid, right after the amount paid (alone, 资金拨付率100% is a target); the
            # amount looked for behind the words, so that each alternative opens with a word
            r"|[拨支]付(?<=元[,，][拨支]付)(?:率|进度)|资金[拨支]付(?<=元[,，]资金[拨支]付)(?:率|进度))"
            r"(?:\([A-Z/]{1,5}\))?(?:为|达到?|[::])?"
            r"(?P<amount>\d+(?:\.\d+)?)%"
        ),
    ),
)
# what each statement's pattern cannot match without: an amount in 元 or 万元 (the first
# three), its label's word (the next three: 预算数, or 年度预算 before its bracketed unit), a
# rate's % (the last); a line without it is not searched for that statement
_PROSE_FUNDING_NEEDS: Final = ("元", "元", "元", "年初预算数", "预算", "执行数", "%")


def read_prose_funding(lines: Sequence[SourceLine]) -> FundingFigures | None:
    """A report's statement of its money in prose (``年初预算860万元……1-6月执行371.52万元,
    预算执行率43.20%``): the year's figures as one 年度资金总额 row."""
    figures: dict[Role, Decimal] = {}
    texts: dict[Role, str] = {}
    first: int | None = None
    for index, line in enumerate(lines):
        # a table's cells kept apart (a workbook's row is its cells joined by a tab, which
        # squashing removes): a label cell and the amount in the next is a row, not prose
        text = "|".join(squashed(cell) for cell in line.cells) if line.cells else ""
        text = text or squashed(line.text)
        own = len(text)
        text += _wrapped_on(line, lines[index + 1] if index + 1 < len(lines) else None)
        taken: list[tuple[int, int]] = []  # a statement read is no other's (年初预算安排资金…)
        # each statement ends in its figure: a line with no digit is read by none
        statements = _PROSE_FUNDING if _DIGIT_RE.search(text) else ()
        for (role, pattern), needs in zip(
            statements, _PROSE_FUNDING_NEEDS[: len(statements)], strict=True
        ):
            if role in texts or needs not in text:
                continue
            if (match := _untaken(pattern, text, taken, own)) is None:
                continue
            taken.append(match.span())
            texts[role] = match["amount"].replace(",", "") + _unit_stated(match)
            figures[role] = Decimal(match["amount"].replace(",", ""))
            first = line.number if first is None else first
            if role is Role.TARGET:
                _points_after_rate(lines[index + 1 : index + 1 + _POINTS_SPAN], figures, texts)
                _weight_before_rate(lines[max(index - 1, 0) : index], figures, texts)
        _points_in_words(text, figures, texts)
    if Role.ACTUAL not in texts:
        first = _labels_then_figures(lines, figures, texts) or first
    if first is None or set(texts) == {Role.TARGET}:
        return None
    return FundingFigures(FundingSource.TOTAL, "正文", first, figures, texts)


def _unit_stated(match: re.Match[str]) -> str:
    """The money unit an amount states: after it (860万元), else in brackets after its label
    (执行数(万元)596.40); empty where neither does (the form's unit is meant)."""
    found = match.groupdict()
    return found.get("unit") or found.get("label_unit") or ""


def with_points_in_prose(
    rows: list[FundingFigures], lines: Sequence[SourceLine]
) -> list[FundingFigures]:
    """The table's rows with the total's 分值 and 得分, when the table has none and a sentence
    states them (``预算执行率指标分值10分，得分9.78分``, under a table of the money alone)."""
    if not rows or rows[0].source is not FundingSource.TOTAL or Role.WEIGHT in rows[0].figures:
        return rows
    for line in lines:
        text = squashed(line.text)
        if "得分" not in text:
            continue  # one look at the line before the patterns
        figures, texts = dict(rows[0].figures), dict(rows[0].texts)
        _points_in_words(text, figures, texts)
        if Role.WEIGHT in figures:
            at = dict(rows[0].lines) | {Role.WEIGHT: line.number, Role.SCORE: line.number}
            total = replace(rows[0], figures=figures, texts=texts, lines=at)
            return [total, *rows[1:]]
    return rows


def read_prose_sources(lines: Sequence[SourceLine]) -> list[FundingFigures]:
    """The parts of a budget stated in prose after its amount (``全年预算数1432.80万元,其中
    财政拨款1402.80万元、其他资金30.00万元``): a 财政拨款 and an 其他资金 row, each its amount
    in the column of the budget it is part of (the 年初 or the year's budget)."""
    rows: dict[FundingSource, FundingFigures] = {}
    for line in lines:
        text = squashed(line.text)
        if (labelled := _labelled_source(text, line.number)) is not None:
            rows.setdefault(labelled.source, labelled)
        for which in _PARTS_AFTER_RE.finditer(text):
            end = _CLAUSE_END_RE.search(text, which.end())
            clause = text[which.end() : end.start() if end else len(text)]
            role = _budget_before(text[: which.start()])
            for source, pattern in _SOURCE_PARTS:
                if source in rows or (part := pattern.search(clause)) is None:
                    continue
                amount = part["amount"].replace(",", "")
                texts = {role: amount + part["unit"]}
                rows[source] = FundingFigures(
                    source, "正文", line.number, {role: Decimal(amount)}, texts
                )
        if FundingSource.FISCAL not in rows and (whole := _ALL_FISCAL_RE.search(text)):
            rows[FundingSource.FISCAL] = _all_fiscal(whole, text, line.number)
    return list(rows.values())


def _labelled_source(text: str, line: int) -> FundingFigures | None:
    """``其中:财政拨款:全年预算数 1,688.40 全年执行数 1,620.86``: a line of a part's labelled
    figures under the total's (a form's rows served as labelled lines)."""
    match = _SOURCE_LINE_RE.match(text)
    source = funding_row_of(match["label"]) if match is not None else None
    if match is None or source in (None, FundingSource.TOTAL):
        return None
    figures: dict[Role, Decimal] = {}
    texts: dict[Role, str] = {}
    for role, pattern in _LABELLED_FUNDING:
        if (found := pattern.search(text, match.end())) is not None:
            figures[role] = Decimal(found["amount"].replace(",", ""))
            texts[role] = found["amount"] + (found["label_unit"] or "")
    return FundingFigures(source, "正文", line, figures, texts) if figures else None


_SOURCE_LINE_RE: Final = re.compile(r"^其中:?(?P<label>[\u4e00-\u9fff]{2,10}?):")
# the labelled figures of a line of their own kind (年初预算数 …, 全年预算数 …, 执行数 …)
_LABELLED_FUNDING: Final = _PROSE_FUNDING[3:6]


# ``全年预算数260万元,全部为财政拨款``: the budget stated just before is the fiscal part whole
_ALL_FISCAL_RE: Final = re.compile(
    rf"{_PROSE_AMOUNT}[,]?(?:资金)?(?:全部|均|全额)(?:为|系|是|来源于|来自)?"
    r"(?:当年|本级|[省市县区]级)?财政(?:拨款|资金|补助资金|性资金)"
)


def _all_fiscal(whole: re.Match[str], text: str, line: int) -> FundingFigures:
    role = _budget_before(text[: whole.end("unit")])
    amount = whole["amount"].replace(",", "")
    texts = {role: amount + whole["unit"]}
    return FundingFigures(FundingSource.FISCAL, "正文", line, {role: Decimal(amount)}, texts)


def _budget_before(text: str) -> Role:
    """The budget a 其中 clause parts: the one stated last before it, else the year's."""
    ends = [
        (match.end(), role)
        for role, pattern in _PROSE_FUNDING[:2]
        for match in pattern.finditer(text)
    ]
    return max(ends)[1] if ends else Role.BUDGET


_PARTS_AFTER_RE: Final = re.compile(r"(?<=元)[,(]?其中[::]?")
_CLAUSE_END_RE: Final = re.compile(r"[。;)]|全年执行|实际支出|执行率")
_SOURCE_PARTS: Final = (
    (
        FundingSource.FISCAL,
        re.compile(
            rf"^(?:当年|本级|[省市县区]级|中央|地方)?财政(?:拨款|资金|补助资金)(?:为)?{_PROSE_AMOUNT}"
        ),
    ),
    (FundingSource.OTHER, re.compile(rf"[,、]其他资金(?:为)?{_PROSE_AMOUNT}")),
)


def _untaken(
    pattern: re.Pattern[str], text: str, taken: Sequence[tuple[int, int]], own: int
) -> re.Match[str] | None:
    """The first statement the pattern finds in the text outside those read already, that
    starts in the line's own text (before ``own``; the next line's start completes it)."""
    return next(
        (
            match
            for match in pattern.finditer(text)
            if match.start() < own
            and not any(match.start() < end and start < match.end() for start, end in taken)
        ),
        None,
    )


# A paragraph hard-wrapped at the page's width (a PDF's text without its layout) breaks a
# statement anywhere (``年初`` / ``预算数为486.00万元``): a long line of prose that ends no
# sentence is read with the start of the next line of prose after it.
_WRAPPED_LINE_MIN: Final = 24
_WRAP_REACH: Final = 24
_SENTENCE_ENDS: Final = "。;!?"


def _wrapped_on(line: SourceLine, following: SourceLine | None) -> str:
    text = squashed(line.text)
    if following is None or len(line.cells) > 1 or len(following.cells) > 1:
        return ""
    if len(text) < _WRAPPED_LINE_MIN or text[-1] in _SENTENCE_ENDS:
        return ""
    return squashed(following.text)[:_WRAP_REACH]


def _points_in_words(text: str, figures: dict[Role, Decimal], texts: dict[Role, str]) -> None:
    """The budget's 分值 and 得分 in a sentence (``预算执行率10分,得分9.75分``)."""
    # every pattern below says 执行 and a score's 得: a line without both is searched by none
    if Role.WEIGHT in figures or "执行" not in text or "得" not in text:
        return
    match = _POINTS_IN_WORDS_RE.search(text) or _SCORE_THEN_WEIGHT_RE.search(text)
    if match is None and (rate := _RATE_STATED_RE.search(text)) is not None:
        # 预算执行率97.75%,该项分值10分,得分9.78分: the points right after the rate
        match = _POINTS_AFTER_RATE_RE.match(text, rate.end())
    if match is None or _more_than_weight(match):
        return
    for role, name in ((Role.WEIGHT, "weight"), (Role.SCORE, "score")):
        written = match[name] or match.groupdict().get("got")  # 得9.69分: the score
        if role not in figures and written is not None:
            figures[role] = Decimal(written)
            texts[role] = written


def _more_than_weight(match: re.Match[str]) -> bool:
    """A score over the weight before it is no score of that weight (the text's 总得分)."""
    score = match["score"] or match.groupdict().get("got")
    return score is not None and Decimal(score) > Decimal(match["weight"])


_RATE_STATED_RE: Final = re.compile(r"执行率[:为达到]{0,2}\d+(?:\.\d+)?%")
# (the score may be said 得9.69分, the points' 分 after the figure)
_POINTS_AFTER_RATE_RE: Final = re.compile(
    # (a labelled line drops the 分: 执行率 96.00% 分值 10 得分 9.60)
    r"[,;]?(?:该项|此项|本项)?(?:分值|权重)[:为]?(?P<weight>\d{1,3}(?:\.\d+)?)(?:分|(?=得分))"
    r"[,、;]?(?:实际)?(?:得分[:为]?(?P<score>\d{1,3}(?:\.\d{1,2})?)分?|得(?P<got>\d{1,3}(?:\.\d{1,2})?)分)"
)
# 预算执行率得分9.7分(分值10分): the score first, its weight in brackets after it; the rate
# alone names the budget's too (执行率得分9.8分), and the score may say how it was reached
# (按预算执行率计算得分…, 执行率折算得分…)
_SCORE_THEN_WEIGHT_RE: Final = re.compile(
    r"(?:(?:预算|资金)执行(?:率|情况)?|执行率)(?:指标)?(?:计算|折算|换算|核算)?"
    r"得分[:为]?(?P<score>\d{1,3}(?:\.\d+)?)分?"
    r"\((?:分值|权重|满分)[:为]?(?P<weight>\d{1,3}(?:\.\d+)?)分?\)"
)
_POINTS_IN_WORDS_RE: Final = re.compile(
    r"(?:预算|资金)执行(?:率|情况)?(?:指标)?(?:分值)?[:为]?(?P<weight>\d{1,3}(?:\.\d+)?)分"
    # a short aside between the two (分值10分另计,得分…: scored apart from the table's)
    r"(?:(?![得总])[\u4e00-\u9fff]){0,4}[,、;]?(?:实际)?得分[:为]?(?P<score>\d{1,3}(?:\.\d+)?)分?"
)


def _points_after_rate(
    lines: Sequence[SourceLine], figures: dict[Role, Decimal], texts: dict[Role, str]
) -> None:
    """``执行率:98.21%`` then ``分值:10`` and ``得分:9.82`` on lines of their own (a form
    served as ``label:value`` lines): the budget's 分值 and 得分."""
    for line in lines:
        text = squashed(line.text)
        if _POINTS_LINES_RE.fullmatch(text) is None:
            return
        # 分值:10 得分:9.67 (a card's cells on one line) as well as one a line
        for match in _POINTS_LINE_RE.finditer(text):
            role = Role.SCORE if match["label"] == "得分" else Role.WEIGHT
            if role in figures:
                return
            figures[role] = Decimal(match["points"])
            texts[role] = match["points"]


def _weight_before_rate(
    lines: Sequence[SourceLine], figures: dict[Role, Decimal], texts: dict[Role, str]
) -> None:
    """``分值:10`` on the line right before ``执行率:97.75%`` (a form's columns served as
    ``label:value`` lines in the header's order: 分值 | 执行率 | 得分): the budget's 分值."""
    for line in lines:
        match = _POINTS_LINE_RE.fullmatch(squashed(line.text))
        if match is not None and match["label"] != "得分" and Role.WEIGHT not in figures:
            figures[Role.WEIGHT] = Decimal(match["points"])
            texts[Role.WEIGHT] = match["points"]


# the label may name the rate it scores (执行率分值 10, 执行率得分 9.83: a data set's fields)
_POINTS_LINE_RE: Final = re.compile(
    r"(?:(?:预算)?执行率)?(?P<label>分值|权重|得分)[::]?(?P<points>\d{1,3}(?:\.\d+)?)分?"
)
_POINTS_LINES_RE: Final = re.compile(rf"(?:{_POINTS_LINE_RE.pattern}[,;]?)+")
_POINTS_SPAN: Final = 2


_FIGURE_LABEL_RE: Final = re.compile(
    r"(?P<label>全年预算数|预算数|全年执行数|执行数|执行率)(?:\([A-Za-z/]{1,5}\))?"
    r"(?P<own>\d+(?:\.\d+)?(?=[^\d.%]|$))?"
)
_FIGURE_ROLES: Final = {"预算数": Role.BUDGET, "执行数": Role.ACTUAL, "执行率": Role.TARGET}
_FIGURE_RE: Final = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?(?:万元|元|%)")
_FIGURES_SPAN: Final = 80


def _labels_then_figures(
    lines: Sequence[SourceLine], figures: dict[Role, Decimal], texts: dict[Role, str]
) -> int | None:
    """Text run together that lists the columns (全年预算数(A)…全年执行数(B)执行率(B/A)) and
    then their figures (300万元 259.45万元 86.5%): the figures in the columns' order."""
    joined = ""
    starts: list[tuple[int, int]] = []  # (offset in joined, line number)
    for line in lines:
        starts.append((len(joined), line.number))
        joined += squashed(line.text)
    if (found := _glued_figures(joined, figures, texts)) is not None:
        return next(number for offset, number in reversed(starts) if offset <= found)
    run = _first_cluster(list(_FIGURE_LABEL_RE.finditer(joined)))
    roles = [_FIGURE_ROLES[m["label"].removeprefix("全年")] for m in run]
    if len(set(roles)) < _MIN_FIGURE_LABELS or len(roles) != len(set(roles)):
        return None
    after = _figures_after(joined[run[-1].end() : run[-1].end() + _FIGURES_SPAN], len(roles))
    if after is None:
        return None
    for role, text in zip(roles, after, strict=True):
        if role not in texts and (role is Role.TARGET) == text.endswith("%"):
            texts[role] = text.removesuffix("%")
            figures[role] = Decimal(text.rstrip("%万元").replace(",", ""))
    return next(number for offset, number in reversed(starts) if offset <= run[0].start())


def _figures_after(text: str, count: int) -> list[str] | None:
    """The ``count`` figures the labels' columns hold: every figure of ``text`` when it has
    as many, else its first figures standing one right after another, when they are as many
    (``640万元612.8万元95.75%`` then the goal's prose, its own amounts later)."""
    found = list(_FIGURE_RE.finditer(text))
    if len(found) == count:
        return [match.group(0) for match in found]
    run = found[:1]
    for match in found[1:]:
        if text[run[-1].end() : match.start()].strip(_FIGURE_GAP):
            break
        run.append(match)
    return [match.group(0) for match in run] if len(run) == count else None


_FIGURE_GAP: Final = " ,，;；、/"
_MIN_FIGURE_LABELS: Final = 2
# figures run together into one number: more decimals than any amount has (万元 to the 元)
_RUN_TOGETHER_RE: Final = re.compile(r"\.\d{7,}")


def _glued_figures(joined: str, figures: dict[Role, Decimal], texts: dict[Role, str]) -> int | None:
    """``年初预算数全年预算数全年执行数分值执行率得分年度资金总额38652.1741208.93…`` (a table
    run together with its figures): the 年度资金总额's figures cut by the columns' grammar
    (an amount with its two decimals, a 分值 of at most 100, a rate with ``%``, a 得分). Where
    the header starts; None when the text is not so."""
    header = _GLUED_HEADER_RE.search(joined)
    if header is None:
        return None
    roles = [_glued_role(word) for word in _GLUED_WORD_RE.findall(header.group(0))]
    if len(roles) != len(set(roles)) or Role.ACTUAL not in roles:
        return None
    total = FUNDING_TOTAL_RE.search(joined, header.end(), header.end() + _FIGURES_SPAN)
    # the label may keep a colon before its figures (年度资金总额:460448.597.5%)
    colon = _TOTAL_COLON_RE.match(joined, total.end()) if total is not None else None
    start = colon.end() if colon is not None else 0
    pattern = "".join(f"(?P<{role.value}>{_GLUED_FIGURE[role]})" for role in roles)
    match = re.match(pattern + r"(?![\d.])", joined[start:]) if total else None
    run = _FIGURE_RUN_CHARS_RE.match(joined, start) if total is not None else None
    midyear = _MIDYEAR_RE.search(header.group(0)) is not None
    found = {role: match.group(role.value) for role in roles} if match is not None else {}
    if run is not None and (not found or _rate_broken(found)):
        # no cut by the grammar, or one whose 执行数 over the budget is not the rate stated
        # (186.0180.0296.78% read 186.01 | 80.02): the cut that keeps the rate, if one does
        bare = _BARE_RATE_HEADER in header.group(0)
        found = _rate_checked_cut(run.group(0), roles, midyear, bare) or found
    if not found:
        return None
    if Role.WEIGHT not in found and (formula := _SCORE_FORMULA_RE.search(header.group(0))):
        found[Role.WEIGHT] = formula["weight"]  # 得分(10分*执行率): the 分值 the score is of
    for role, text in found.items():
        if role not in texts:
            texts[role] = text.removesuffix("%")
            figures[role] = Decimal(text.removesuffix("%"))
    return header.start()


_TOTAL_COLON_RE: Final = re.compile(r"[:：]?")
_SCORE_FORMULA_RE: Final = re.compile(r"得分\((?P<weight>100|[1-9]\d?)分[*×]执行率\)")


def _rate_aligned(
    row: FundingFigures, numbers: Sequence[Cell], header: Sequence[_Column], midyear: bool
) -> FundingFigures:
    """A row whose empty cells left no trace (``年度资金总额 186.00 79.52 42.75%`` under 年初
    预算数 全年预算数 执行数 分值 执行率 得分) and whose figures, placed by kind, break the rate
    they state: each figure given the column, in the header's order, where the 执行数 over
    the budget is the rate; the row as it is where its figures keep the rate or none does."""
    roles = [column.role for column in header if column.role is not None]
    texts = {role: text.removesuffix("%") for role, text in row.texts.items()}
    if Role.TARGET not in texts or _rate_holds(_with_rate_mark(texts)):
        return row
    figures = [cell for cell in numbers if cell.kind is not Kind.PLACEHOLDER]
    if not _LEAST_COLUMNS <= len(figures) < len(roles) or len(set(roles)) != len(roles):
        return row
    cuts = []
    for places in itertools.combinations(range(len(roles)), len(figures)):
        cut = {roles[at]: squashed(cell.text) for at, cell in zip(places, figures, strict=True)}
        kinds_fit = all((role is Role.TARGET) == text.endswith("%") for role, text in cut.items())
        if kinds_fit and _rate_holds(cut):
            cuts.append(cut)
    if not cuts:
        return row
    best = max(_preference(cut, midyear) for cut in cuts)
    chosen = [cut for cut in cuts if _preference(cut, midyear) == best]
    if len(chosen) != 1:
        return row
    aligned = {role: text.removesuffix("%") for role, text in chosen[0].items()}
    values = {role: _value(text) for role, text in aligned.items()}
    return replace(
        row,
        figures={role: value for role, value in values.items() if value is not None},
        texts=aligned,
        lines=dict.fromkeys(aligned, row.line if not figures else figures[0].line),
    )


def _with_rate_mark(texts: dict[Role, str]) -> dict[Role, str]:
    return {role: text + "%" if role is Role.TARGET else text for role, text in texts.items()}


def _rate_checked_row(
    cells: Sequence[Cell],
    total: int | None,
    index: int,
    source: FundingSource,
    label: Cell,
    numbers: Sequence[Cell],
) -> FundingFigures | None:
    """A 项目资金 row whose figures were cut out of text run together (``450438.69 | 7.5%``
    from ``450438.697.5%``): joined again and cut where the rate holds, by the header's
    columns in order; None where they were not so cut or no cut is so checked."""
    if len(numbers) < _LEAST_COLUMNS or not all(cell.glued for cell in numbers):
        return None
    first = total if total is not None else index
    before = cells[max(first - _FUNDING_HEADER_SPAN, 0) : first]
    order = _glued_order(before)
    if not order:
        return None
    midyear = any(_MIDYEAR_RE.search(squashed(cell.text)) for cell in before)
    cut = _rate_checked_cut("".join(squashed(cell.text) for cell in numbers), order, midyear)
    if cut is None:
        return None
    texts = {role: text.removesuffix("%") for role, text in cut.items()}
    figures = {role: Decimal(text) for role, text in texts.items()}
    name = _ROW_LABEL_NOISE_RE.sub("", label.text.strip())
    lines = dict.fromkeys(texts, label.line)
    return FundingFigures(source, name, label.line, figures, texts, lines)


def _rate_checked_cut(
    run: str, roles: Sequence[Role], midyear: bool = False, bare_rate: bool = False
) -> dict[Role, str] | None:
    """Figures run together with some columns left empty (``450438.697.5%`` under 年初预算数
    全年预算数 全年执行数 分值 执行率 得分): every cut by the columns' grammar, each column
    present or empty, kept where the 执行数 over the budget is the 执行率 stated (438.6 / 450 =
    97.5 %); the cut with the most columns, the year's budget before the 年初 one; None where
    no cut is so checked. A rate column headed ``执行率(%)`` holds its rates bare (``100``):
    ``bare_rate``."""
    grammar = _BARE_RATE_FIGURE if bare_rate else _LOOSE_FIGURE
    cuts = [cut for cut in _cuts(run, list(roles), grammar) if _rate_holds(cut)]
    if not cuts:
        return None
    best = max(_preference(cut, midyear) for cut in cuts)
    chosen = [cut for cut in cuts if _preference(cut, midyear) == best]
    return chosen[0] if len(chosen) == 1 else None


def _preference(cut: dict[Role, str], midyear: bool = False) -> tuple[bool, Decimal, int, bool]:
    """Amounts written alike (each with as many decimals: 13102.55, not 13102.5 and a 5 of
    the next column), then the rate met most closely, then the most columns, then the budget
    of record stated: the year's (全年预算数) at the year's end, the 年初预算数 in a
    monitoring form's months (1-6月执行数: no adjustment made yet)."""
    places = {
        len(text.partition(".")[2])
        for role, text in cut.items()
        if role in (Role.PRIOR, Role.BUDGET, Role.ACTUAL)
    }
    error = _rate_error(cut)
    return (
        len(places) == 1,
        -(error if error is not None else Decimal(100)),
        len(cut),
        (Role.PRIOR if midyear else Role.BUDGET) in cut,
    )


def _rate_error(cut: dict[Role, str]) -> Decimal | None:
    budget = _value(cut.get(Role.BUDGET) or cut.get(Role.PRIOR))
    actual, stated = _value(cut.get(Role.ACTUAL)), _value(cut.get(Role.TARGET))
    if budget is None or actual is None or stated is None or budget == 0:
        return None
    return abs(actual / budget * 100 - stated)


def _cuts(
    run: str, roles: list[Role], grammar: Mapping[Role, re.Pattern[str]]
) -> list[dict[Role, str]]:
    """Every cut of ``run`` into ``roles``' figures in order, each column present or empty.
    The cuts of a suffix under the last columns are the same whichever way the run's head
    was cut, so each (place, column) is cut once: a search of thousands of calls at most
    ``len(run) * len(roles)``."""
    known: dict[tuple[int, int], list[dict[Role, str]]] = {}

    def cuts_from(at: int, index: int) -> list[dict[Role, str]]:
        if (at, index) in known:
            return known[at, index]
        if index == len(roles):
            out: list[dict[Role, str]] = [{}] if at == len(run) else []
        else:
            role, figure = roles[index], grammar[roles[index]]
            out = list(cuts_from(at, index + 1))  # the column left empty
            for end in range(at + 1, min(len(run), at + _MAX_GLUED_FIGURE) + 1):
                if figure.fullmatch(run, at, end):
                    out += [{role: run[at:end], **cut} for cut in cuts_from(end, index + 1)]
        known[at, index] = out
        return out

    return cuts_from(0, 0)


def _rate_broken(cut: dict[Role, str]) -> bool:
    """Whether a cut states a budget, an 执行数 and a rate that do not agree."""
    stated = all(cut.get(role) for role in (Role.ACTUAL, Role.TARGET))
    return stated and bool(cut.get(Role.BUDGET) or cut.get(Role.PRIOR)) and not _rate_holds(cut)


def _rate_holds(cut: dict[Role, str]) -> bool:
    budget = _value(cut.get(Role.BUDGET) or cut.get(Role.PRIOR))
    actual, rate = _value(cut.get(Role.ACTUAL)), cut.get(Role.TARGET)
    if budget is None or actual is None or rate is None or budget == 0:
        return False
    places = len(rate.removesuffix("%").partition(".")[2])  # the rate's rounding
    error = _rate_error(cut)
    if error is None or error > Decimal(5).scaleb(-places - 1) + Decimal("0.01"):
        return False
    weight, score = _value(cut.get(Role.WEIGHT)), _value(cut.get(Role.SCORE))
    return weight is None or score is None or score <= weight


def _value(text: str | None) -> Decimal | None:
    number = read_number(text.removesuffix("%")) if text else None
    return number.value if number is not None else None


_MIDYEAR_RE: Final = re.compile(r"1[-－—~至]\d{1,2}月(?:份)?(?:累计)?执行")
_FIGURE_RUN_CHARS_RE: Final = re.compile(r"[\d.%]+")
_MAX_GLUED_FIGURE: Final = 12
_LOOSE_AMOUNT: Final = re.compile(r"(?:0|[1-9]\d*)(?:\.\d{1,4})?")
_LOOSE_FIGURE: Final = {
    Role.PRIOR: _LOOSE_AMOUNT,
    Role.BUDGET: _LOOSE_AMOUNT,
    Role.ACTUAL: _LOOSE_AMOUNT,
    Role.TARGET: re.compile(r"(?:100|[1-9]?\d)(?:\.\d{1,2})?%"),
    Role.WEIGHT: re.compile(r"100|[1-9]\d?"),
    Role.SCORE: re.compile(r"(?:100|[1-9]?\d)(?:\.\d{1,2})?"),
}

# the rate column headed with its unit (执行率(%)): its figures written without the sign
_BARE_RATE_HEADER: Final = "执行率(%)"
_BARE_RATE_FIGURE: Final = {
    **_LOOSE_FIGURE,
    Role.TARGET: re.compile(r"(?:100|[1-9]?\d)(?:\.\d{1,2})?%?"),
}


_GLUED_ROLES: Final = {
    "年初预算数": Role.PRIOR,
    "全年预算数": Role.BUDGET,
    "全年执行数": Role.ACTUAL,
    "预算数": Role.BUDGET,
    "执行数": Role.ACTUAL,
    "执行率": Role.TARGET,
    "预算执行率": Role.TARGET,  # 全年执行数(B)预算执行率(B/A): the rate named for the budget
    "分值": Role.WEIGHT,
    "得分": Role.SCORE,
}
# a monitoring form's 执行数 names its months (1-6月执行数); a column's mark or formula
# after its word (预算数(A), 执行率(B/A), 得分(10分*执行率)) is no word of its own
_GLUED_WORD_RE: Final = re.compile(
    "(?:" + "|".join(_GLUED_ROLES) + r"|1-\d{1,2}月执行数)(?:\([^()]{1,12}\))?"
)
_COLUMN_MARK: Final = "("


def _glued_role(word: str) -> Role:
    return _GLUED_ROLES.get(word.partition(_COLUMN_MARK)[0], Role.ACTUAL)


_GLUED_HEADER_RE: Final = re.compile(f"(?:{_GLUED_WORD_RE.pattern}){{3,}}")
_AMOUNT_2: Final = r"\d+\.\d{2}"
_POINTS: Final = r"(?:100|[1-9]\d?)(?:\.\d{1,2})?"
_GLUED_FIGURE: Final = {
    Role.PRIOR: _AMOUNT_2,
    Role.BUDGET: _AMOUNT_2,
    Role.ACTUAL: _AMOUNT_2,
    Role.TARGET: r"(?:100|[1-9]?\d)(?:\.\d{1,2})?%",
    Role.WEIGHT: r"(?:100|[1-9]\d?)",
    Role.SCORE: _POINTS,
}
_LABEL_GAP: Final = 12  # the labels of one header stand close together


def _first_cluster(labels: list[re.Match[str]]) -> list[re.Match[str]]:
    """The first run of column labels standing close together (at least two)."""
    cluster: list[re.Match[str]] = []
    for match in labels:
        if cluster and match.start() - cluster[-1].end() > _LABEL_GAP:
            if len(cluster) >= _MIN_FIGURE_LABELS:
                return cluster
            cluster = []
        cluster.append(match)
    return cluster if len(cluster) >= _MIN_FIGURE_LABELS else []


_TOTAL_SCORE_RE: Final = re.compile(
    # 项目得分 opening a clause (经综合评价,项目得分88.6分): the project's; inside one
    # (子项目得分) another's
    r"(?:项目总得分|自评总得分|自评得分|总得分|总分|综合评分|综合得分|(?:该|本)项目得分|评价得分"
    r"|(?:^|(?<=[,，。;；:：]))项目得分|最终(?:评价)?得分)"
    r"[::为]?\s*"
    r"(?P<score>\d+(?:\.\d+)?)\s*分"
)


def read_prose_total_score(lines: Sequence[SourceLine]) -> Decimal | None:
    """``经评价,该项目综合得分88.6分``: a score stated in a report's prose."""
    for line in lines:
        if (match := _TOTAL_SCORE_RE.search(squashed(line.text))) is not None:
            return Decimal(match["score"])
    return None


def read_total_score(cells: Sequence[Cell]) -> Decimal | None:
    """总分: the last figure of the 总分 row (its 分值 then its 得分), or a ``总得分99分``
    written in words."""
    found = read_total_score_at(cells)
    return found[0] if found is not None else None


def read_total_score_at(cells: Sequence[Cell]) -> tuple[Decimal, Cell] | None:
    """:func:`read_total_score` with the cell it is read from."""
    for index, cell in enumerate(cells):
        key = label_key(cell.text)
        head, colon, figure = key.partition(":")
        if colon and head in _SCORE_LABELS and (number := read_number(figure)) is not None:
            return number.value, cell  # 总分:99.82, a card's closing line
        if (card := _total_card(cells, index)) is not None:
            return card
        if key in ("总分", "合计得分", "自评得分合计", "合计"):
            numbers = [c for c in _points_after(cells, index) if c.kind is not Kind.PLACEHOLDER]
            if numbers and (number := read_number(numbers[-1].text)) is not None:
                # 合计 also totals money: a score is at most 100 points, written without %,
                # or its 分值 and 得分 run together under a score table's header
                if key == "合计" and not _scores(numbers) and not _glued_points(cells, index):
                    continue
                return _unglued_score(number.value, numbers), numbers[-1]
    for index, cell in enumerate(cells):
        if "分" not in cell.text:
            continue  # both patterns below end in 分 (squashing changes no 分): most cells lack it
        text = squashed(cell.text)
        if (match := _TOTAL_SCORE_RE.search(text)) is not None:
            return Decimal(match["score"]), cell
        # prose wrapped or spaced between the words and the figure (自评得分 | 90 | 分,…)
        if _SCORE_WORDS_END_RE.search(text):
            joined = "".join(squashed(c.text) for c in cells[index : index + _SCORE_SPAN])
            if (match := _TOTAL_SCORE_RE.search(joined)) is not None:
                return Decimal(match["score"]), cell
    return None


def _points_after(cells: Sequence[Cell], index: int) -> list[Cell]:
    """The figures of a 总分 row, its 分值 written as a sum (``90+10``: the parts' points)
    passed over."""
    numbers = []
    for following in cells[index + 1 : index + 10]:
        if _POINTS_SUM_RE.fullmatch(squashed(following.text)):
            continue
        if following.kind not in (Kind.NUMBER, Kind.QUANTITY, Kind.PLACEHOLDER):
            break
        numbers.append(following)
    # figures on the row's own line are its; a later line's lone figure is a page's number
    own = [number for number in numbers if number.line == cells[index].line]
    return own or numbers


def _total_card(cells: Sequence[Cell], index: int) -> tuple[Decimal, Cell] | None:
    """A card whose level names the total (``一级指标:总分`` then ``权重(%):100``,
    ``得分:96.5`` or ``评分:96.5``: a table served as cards, its 总分 row a card of its own):
    its score."""
    head, colon, value = label_key(cells[index].text).partition(":")
    if not colon or value not in ("总分", "合计") or not head.endswith("指标"):
        return None
    for following in cells[index + 1 : index + 1 + _CARD_SPAN]:
        label, colon, figure = label_key(following.text).partition(":")
        if colon and label in ("得分", "评分") and (number := read_number(figure)) is not None:
            return number.value, following
    return None


_CARD_SPAN: Final = 3


def _glued_points(cells: Sequence[Cell], index: int) -> bool:
    """A 合计 whose one figure is 100 and a score run together (``合计10095.5``) under a header
    naming both columns (分值 … 得分): the score table's total, not money."""
    numbers = _points_after(cells, index)
    if len(numbers) != 1 or (number := read_number(numbers[0].text)) is None:
        return False
    if _unglued_score(number.value, numbers) == number.value:
        return False
    return any(
        ("分值" in (text := squashed(cell.text)) and "得分" in text)
        or label_key(cell.text) == "分值"
        for cell in cells[:index]
    )


def _unglued_score(value: Decimal, numbers: Sequence[Cell]) -> Decimal:
    """``总分 10097.79``: the row's 分值 (100) and its 得分 run together with no mark between
    (a web table's cells copied without separators): the score is what follows the 100."""
    text = squashed(numbers[-1].text)
    if len(numbers) != 1 or value <= _MAX_SCORE or not text.startswith(_FULL_POINTS):
        return value
    rest = text.removeprefix(_FULL_POINTS)
    score = read_number(rest) if _SCORE_TEXT_RE.fullmatch(rest) else None
    return score.value if score is not None and score.value <= _MAX_SCORE else value


_FULL_POINTS: Final = "100"
_SCORE_TEXT_RE: Final = re.compile(r"(?:[1-9]\d?|0)(?:\.\d{1,2})?")
_POINTS_SUM_RE: Final = re.compile(r"\d{1,3}(?:\+\d{1,3})+")
_SCORE_SPAN: Final = 3  # the words, the figure, its 分
_SCORE_LABELS: Final = frozenset({"总分", "合计得分", "自评得分合计", "项目总得分", "自评得分"})
_MAX_SCORE: Final = 100


def _scores(cells: Sequence[Cell]) -> bool:
    numbers = [read_number(cell.text) for cell in cells]
    return all(
        number is not None and number.value <= _MAX_SCORE and not cell.text.endswith("%")
        for number, cell in zip(numbers, cells, strict=True)
    )


_SCORE_WORDS_END_RE: Final = re.compile(r"(?:总得分|自评得分|总分)[::为]?$")


def _by_place(numbers: list[Cell], header: list[_Column]) -> dict[Role, Cell] | None:
    """A row whose cells keep their places (tabs, pipes: an empty cell still counts) under
    a header that does: each figure is its column's. None when places are unknown."""
    places = {column.place: column for column in header}
    if not numbers or -1 in places or len(places) != len(header):
        return None
    if any(cell.column not in places for cell in numbers):
        return None
    return {
        column.role: cell for cell in numbers if (column := places[cell.column]).role is not None
    }


def _shifted(numbers: list[Cell], label: Cell, header: list[_Column]) -> list[Cell]:
    """The figures in the header's places where the row's label stands in the header's first
    column: the block's label (年度预算执行情况(万元), merged down the rows) printed on the
    header's line alone, each row's cells start a place further on."""
    places = [column.place for column in header if column.place >= 0]
    if label.column < 0 or not places or label.column < min(places):
        return numbers
    shift = label.column - min(places) + 1
    return [replace(cell, column=cell.column - shift) for cell in numbers]


def _align_funding(numbers: list[Cell], header: list[_Column]) -> dict[Role, Cell]:
    """The rates (figures written with a ``%``) fill the rate columns and the other figures
    the other columns, each from the left (a row that stops early leaves the last columns
    empty)."""
    chosen: dict[Role, Cell] = {}
    plain = [cell for cell in numbers if not cell.text.endswith("%")]
    rates = [cell for cell in numbers if cell.text.endswith("%")]
    for want_rate, figures in ((True, rates), (False, plain)):
        columns = [column for column in header if column.rate is want_rate]
        for column, cell in zip(columns, figures, strict=False):
            if column.role is not None:
                chosen[column.role] = cell
    return chosen


# a text PDF's layer may space the glyphs out: ( 元 ), 单 位 : 万 元; a 度量单位:元/人·年 is
# an indicator's unit, not the form's
_MONEY_UNIT_RE: Final = re.compile(
    r"(?:金\s?额\s?)?(?<!量)单\s?位\s?[:：]\s*(万\s?元|元)(?![/·])|[(（]\s?(万\s?元|元)\s?[)）]"
)


@overload
def money_unit(texts: Sequence[str]) -> str: ...
@overload
def money_unit(texts: Sequence[str], default: None) -> str | None: ...
def money_unit(texts: Sequence[str], default: str | None = "万元") -> str | None:
    """The unit a form states its amounts in: ``单位:元``, ``(万元)``; 万元 by default."""
    for text in texts:
        if (match := _MONEY_UNIT_RE.search(text)) is not None:
            return (match.group(1) or match.group(2)).replace(" ", "")
    return default


__all__ = ["FIELD_LABELS", "FieldValue", "FundingFigures", "money_unit", "read_fields"]
