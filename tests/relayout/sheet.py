"""A document laid out as the rows of cells of its printed form, before a capture class
writes them as text: a budget table before the form (optional), the title, the labelled
fields, the funds block, the goal, the indicator header (one or two lines) and rows (with the
chosen column set, header words, target wording and merge style), and the 总分 row.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from relayout import wording
from relayout.model import Document, Row

# the columns after the three levels, by column set; the form's own columns come after
COLUMN_SETS: dict[str, tuple[str, ...]] = {
    "basic": ("target",),
    "split": ("nature", "value", "unit"),  # 指标性质 ≥ | 指标值 95 | 度量单位 %
    "unit": ("bare", "unit"),  # 指标值 ≥95 | 度量单位 %
    "explain": ("explain", "target"),  # a 指标解释 column before the target
    "standard": ("target", "perf_standard"),  # a 绩效标准 column after it
    "scoring": ("weight", "target", "scoring"),  # 分值 first, a 评分标准 after the target
    "weighted": ("nature", "value", "unit", "weight", "direction"),  # 权重 and 指标方向
    "longterm": ("longterm", "target"),  # 长期指标值 before the year's 年度指标值
}
# column sets a modifier imposes (never drawn, so the drawn sets' renderings stay as they were):
# a 绩效评价 score table (分值 before the target, 实际完成值 and 得分 after; with a 评分标准 in
# words), a 部门预算 table laid out 部门职责 → 工作活动 → 绩效指标 → 指标值
IMPOSED_COLUMN_SETS: dict[str, tuple[str, ...]] = {
    "evaluation": ("weight", "target"),
    "evaluation-scoring": ("weight", "scoring", "target"),
    "duties": ("target",),
    # 权重 after the target (山西 hold-out h174: name | target | weight; a self-evaluation keeps
    # its own name | target | actual | weight | score; run together on
    # https://dyrmt.com/article-132779-22.html: ``足额保障率=100% 22.5 科目调整次数≤10次 22.5``)
    "after": ("target", "weight"),
    # 中期指标值 before the year's 年度指标值 and a 权重 (陕西 hold-out h194, a 项目支出绩效目标表
    # of a three-year project: the truth the year's target)
    "midterm": ("midterm", "target", "weight"),
}
_EVALUATION_FORM_COLUMNS = ("actual", "score")
_FORM_COLUMNS = {
    "self": ("actual", "weight", "score", "reason"),
    "monitor": ("actual", "forecast", "likelihood", "reason"),
    "target": (),
}
_ROLE_WORDS = {
    "lead": "绩效指标",
    "project": "项目名称",
    "amount": "项目金额(万元)",
    "nature": "指标性质",
    "unit": "度量单位",
    "explain": "指标解释",
    "scoring": "评分标准",
    "direction": "指标方向",
    "likelihood": "完成目标可能性",
    "duty": "部门职责",
    "activity": "工作活动",
}
# the columns whose cells merge over a span of rows (a project, a level)
_MERGED = ("lead", "project", "amount", "category", "subcategory", "duty", "activity")
# the words a form prints as labels of its fields (a PDF layer spaces their glyphs)
LABELS = {
    "项目名称", "转移支付(项目)名称", "主管部门", "实施单位", "部门名称", "项目属性", "项目类型",
    "年初预算数", "全年预算数", "全年执行数", "1-6月执行数", "分值", "执行率", "得分",
    "年度资金总额", "其中:当年财政拨款", "其中:财政拨款", "年度总体目标", "总分",
}  # fmt: skip


@dataclass
class Sheet:
    """The form as rows of cells; ``roles`` name the indicator table's columns, ``row_roles``
    each body row's (a row whose merged cells are absent, as an HTML rowspan leaves it, is
    shorter)."""

    title: str
    subtitle: str | None
    fields: list[list[str]]
    header: list[str]
    roles: list[str]
    body: list[list[str]]
    row_roles: list[list[str]]
    trailer: list[list[str]] = field(default_factory=list)
    header_above: list[str] | None = None  # a two-line header's first line
    preamble: list[list[str]] = field(default_factory=list)  # a budget table before the form
    breaks: list[int] = field(default_factory=list)  # body rows a new table starts at
    cut: bool = False
    # body rows holding only the wrapped tails of the row above's cells (a name's last glyphs)
    continued: list[int] = field(default_factory=list)
    # ``around``: a PDF's wrapped name half above, half below its row; ``interleaved``: a score
    # table's cells by their y position; ``centred``: merged labels centred on their span's lines
    valign: str | None = None
    spans: list[int] = field(default_factory=list)  # body rows a 一级 label's span starts at

    def table_continued(self) -> list[bool]:
        """For each row of ``table()``: whether it only holds the row above's wrapped tails."""
        flags = [False] * len(self.headers())
        for index in range(len(self.body)):
            if index in self.breaks:
                flags += [False] * len(self.headers())
            flags.append(index in self.continued)
        return flags + [False] * len(self.trailer)

    def headers(self) -> list[list[str]]:
        return ([self.header_above] if self.header_above else []) + [self.header]

    def titles(self) -> list[str]:
        """The title and the line under it, if any."""
        return [self.title] + ([self.subtitle] if self.subtitle else [])

    def above_table(self) -> list[list[str]]:
        """The rows before the indicator table's header."""
        return [*self.preamble, *([title] for title in self.titles()), *self.fields]

    def table(self) -> list[list[str]]:
        """The header, the body with the header again where a new table starts, the trailer."""
        rows = list(self.headers())
        for index, row in enumerate(self.body):
            if index in self.breaks:
                rows += self.headers()
            rows.append(row)
        return rows + self.trailer

    def all_rows(self) -> list[list[str]]:
        return self.above_table() + self.table()

    def mapped(self, change: Callable[[str, str], str]) -> Sheet:
        """Every cell passed through ``change(text, role)``; roles: title, field, header, or
        the column's role in the body."""
        return replace(
            self,
            title=change(self.title, "title"),
            subtitle=change(self.subtitle, "title") if self.subtitle else None,
            preamble=[[change(cell, "field") for cell in row] for row in self.preamble],
            fields=[[change(cell, "field") for cell in row] for row in self.fields],
            header=[change(cell, "header") for cell in self.header],
            header_above=(
                [change(cell, "header") for cell in self.header_above]
                if self.header_above
                else None
            ),
            body=[
                [change(cell, role) for cell, role in zip(row, roles, strict=True)]
                for row, roles in zip(self.body, self.row_roles, strict=True)
            ],
            trailer=[[change(cell, "field") for cell in row] for row in self.trailer],
        )


@dataclass(frozen=True)
class Options:
    """The dimensions of one rendering besides the capture class."""

    columns: str = "basic"
    target_style: str = "symbol"
    merge: str = "blank"
    words: wording.Headers | None = None  # None: the most common header words
    checkboxes: bool = False
    lead: bool = False  # a first column under a merged 绩效指标 label
    two_line_header: bool = False  # 年度指标值 over 指标性质 | 指标值 | 度量单位
    nature_in_value: bool = False  # 指标性质 定量 | 指标值 ≥420 (the operator in the value)
    budget_table: bool = False  # a 部门收支预算总表 before the form
    year_below: bool = False  # the title's year on a line of its own: (2021年度)
    cut_at: int | None = None  # the row the capture stops in


def draw_options(form: str, rng: random.Random, columns: str | None = None) -> Options:
    """Options drawn at random for a form (a column set may be imposed)."""
    columns = columns or rng.choice(tuple(COLUMN_SETS))
    split = "value" in (COLUMN_SETS.get(columns) or IMPOSED_COLUMN_SETS[columns])
    return Options(
        columns=columns,
        target_style=rng.choice(wording.TARGET_STYLES),
        merge=rng.choice(wording.MERGES),
        words=wording.headers(form, rng),
        checkboxes=rng.random() < 0.3,
        lead=rng.random() < 0.3,
        two_line_header=(split or columns == "unit") and rng.random() < 0.5,
        nature_in_value=split and rng.random() < 0.25,
        year_below=rng.random() < 0.4,
    )


def roles_of(document: Document, options: Options) -> list[str]:
    extra = COLUMN_SETS.get(options.columns) or IMPOSED_COLUMN_SETS[options.columns]
    form = _FORM_COLUMNS[document.form]
    if options.columns == "after" and document.form == "self":
        extra = ("target",)  # the form's own actual | weight | score follow the target
    if options.columns.startswith("evaluation"):
        form = _EVALUATION_FORM_COLUMNS
    if "weight" in extra:
        form = tuple(role for role in form if role != "weight")
    lead = ["lead"] if options.lead else []
    projects = ["project", "amount"] if document.amounts else []
    levels = ["duty", "activity"] if options.columns == "duties" else ["category", "subcategory"]
    return [*lead, *projects, *levels, "name", *extra, *form]


def _filled(row: Row, form: str, rng: random.Random) -> Row:
    """A row with the cells a printed form always fills and the hold-out did not give: a
    weight, and on a self-evaluation the actual (the target's value: met) and the score (full
    marks). They are printed, never checked."""
    weight = row.weight or rng.choice(("5", "10", "10", "15", "20"))
    if form != "self":
        return replace(row, weight=weight)
    actual = row.actual or wording.quantity(row.target) or row.target.standard or "已完成"
    return replace(row, weight=weight, actual=actual, score=row.score or weight)


def _cell(row: Row, role: str, options: Options, rng: random.Random) -> str:
    target = row.target
    if role in ("category", "subcategory", "name", "project", "duty", "activity"):
        return str(getattr(row, role))
    if role == "target":
        return wording.target_text(target, options.target_style, rng)
    if role == "bare":
        return wording.target_without_unit(target, rng)
    if role == "nature":
        return "定量" if options.nature_in_value and target.quantitative else wording.nature(target)
    if role == "value":
        if not target.quantitative:
            return wording.target_text(target, "symbol", rng)
        if options.nature_in_value:
            return wording.target_without_unit(target, rng)
        return target.value or ""
    simple: dict[str, Callable[[], str]] = {
        "unit": lambda: (target.unit or "") if target.quantitative else "",
        "explain": lambda: wording.explanation(row, rng),
        "perf_standard": lambda: wording.performance_standard(row, rng),
        "longterm": lambda: wording.long_term(target, options.target_style, rng),
        "midterm": lambda: wording.long_term(target, options.target_style, rng),
        "scoring": lambda: wording.scoring_rule(row, rng),
        "direction": lambda: wording.direction(target),
        "weight": lambda: row.weight or "",
        "score": lambda: row.score or row.weight or "",
        "actual": lambda: row.actual or "",
        "forecast": lambda: wording.target_text(replace(target, operator=None), "symbol", rng),
        "likelihood": lambda: rng.choice(("确定能", "确定能", "有可能")),
        "reason": lambda: wording.reason(row, rng),
    }
    return simple[role]() if role in simple else ""  # lead: a merged label, set apart


def _header(roles: list[str], words: wording.Headers) -> list[str]:
    named = {
        "category": words.levels[0],
        "subcategory": words.levels[1],
        "name": words.levels[2],
        "target": words.target,
        "bare": words.target,
        "value": "指标值",
        "actual": words.actual,
        "forecast": "全年预计完成值",
        "weight": words.weight,
        "score": words.score,
        "reason": words.reason,
        "perf_standard": words.basis,
        "longterm": "长期指标值",
        "midterm": "中期指标值",
    }
    if "longterm" in roles or "midterm" in roles:  # the two targets told apart by their words
        named["target"] = "年度指标值"
    if "duty" in roles:  # 部门职责 | 工作活动 | 绩效指标 | 指标值, as the 河北 tables head them
        named["name"], named["target"] = "绩效指标", "指标值"
    return [named.get(role) or _ROLE_WORDS[role] for role in roles]


def _two_lines(header: list[str], roles: list[str], words: wording.Headers) -> list[str]:
    """A two-line header's first line: the target's word over its split columns, the other
    columns' words (the second line keeps only the split columns' words)."""
    above = []
    for index, role in enumerate(roles):
        if role in ("nature", "value", "unit", "bare"):
            first = index == min(roles.index(r) for r in ("nature", "value", "bare") if r in roles)
            above.append(words.target if first else "")
            if role == "bare":
                header[index] = "指标值"
        else:
            above.append(header[index])
            header[index] = ""
    return above


def _fields(document: Document, options: Options) -> list[list[str]]:
    name = {"project": "项目名称", "transfer": "转移支付(项目)名称"}.get(document.kind)
    rows: list[list[str]] = []
    if name and document.project and not document.amounts:
        rows.append([name, document.project])
        rows.append(["主管部门", document.department, "实施单位", document.department])
    else:
        rows.append(["部门名称", document.department])
    if options.checkboxes and document.kind == "project" and not document.amounts:
        rows.append(
            ["项目属性", "☑持续性项目 □新增性项目", "项目类型", "☑部门预算项目 □转移支付项目"]
        )
    return rows + _funds(document) + _goal(document)


def _funds(document: Document) -> list[list[str]]:
    funds = document.funds
    if funds is None:
        return []
    what = "项目资金" if document.kind != "department" else "年度预算"
    label = f"{what}({funds.unit})"
    rate = f"{funds.rate}%" if funds.rate else ""
    if document.form == "target":
        rows = [[label, "年度资金总额", funds.budget or ""]]
        return rows + ([["", "其中:财政拨款", funds.fiscal]] if funds.fiscal else [])
    executed = "1-6月执行数" if document.form == "monitor" else "全年执行数"
    head = [label, "", "年初预算数", "全年预算数", executed, "分值", "执行率", "得分"]
    total = ["", "年度资金总额", funds.initial or "", funds.full_year or "", funds.executed or ""]
    total += [funds.weight or "", rate, funds.score or ""]
    rows = [head, total]
    if funds.fiscal:
        rows.append(["", "其中:当年财政拨款", "", funds.fiscal, "", "-", "", "-"])
        rows.append(["", "上年结转资金", "", "", "", "-", "", "-"])
        rows.append(["", "其他资金", "", "", "", "-", "", "-"])
    return rows


def _goal(document: Document) -> list[list[str]]:
    if not document.goal:
        return []
    return [["年度总体目标", document.goal + "。"]]


def _budget_table(rng: random.Random) -> list[list[str]]:
    """A 部门收支预算总表 as a 部门预算 text prints it before its performance tables."""
    parts = [round(rng.uniform(50, 3000), 2) for _ in range(3)]
    total = f"{sum(parts):.2f}"
    income = ("一般公共预算拨款收入", "政府性基金预算拨款收入", "上年结转")
    spending = ("一般公共服务支出", "社会保障和就业支出", "农林水支出")
    rows = [["部门收支预算总表"], ["单位:万元"], ["收入", "", "支出", ""]]
    rows.append(["项目", "预算数", "项目", "预算数"])
    rows += [[income[i], f"{parts[i]:.2f}", spending[i], f"{parts[2 - i]:.2f}"] for i in range(3)]
    return [*rows, ["收入总计", total, "支出总计", total]]


def _merge(body: list[list[str]], roles: list[str], document: Document, style: str) -> None:
    """The merged columns' labels as the merge style prints them (``absent`` as ``blank``
    here, the cells taken out afterwards)."""
    rows = document.rows
    keys: dict[str, list[tuple[str, ...]]] = {
        "lead": [("绩效指标",) for _ in rows],
        "project": [(row.project,) for row in rows],
        "amount": [(row.project,) for row in rows],
        # a level's span ends where a duty or an activity does (both empty but there)
        "category": [(row.project, row.duty, row.activity, row.category) for row in rows],
        "subcategory": [
            (row.project, row.duty, row.activity, row.category, row.subcategory) for row in rows
        ],
        "duty": [(row.duty,) for row in rows],
        "activity": [(row.duty, row.activity) for row in rows],
    }
    amounts = dict(document.amounts)
    for index, role in enumerate(roles):
        if role not in _MERGED:
            continue
        if style == "vertical" and role in ("lead", "category"):
            labels = [_merged_label(row, role, amounts) for row in rows]
            for cells, glyphs in zip(body, wording.vertical(labels, keys[role]), strict=True):
                cells[index] = glyphs
            continue
        if role == "lead" and style in ("blank", "absent"):
            places = [False] * len(rows)  # the header's cell spans the rows
        else:
            once = "blank" if style in ("absent", "vertical") else style
            places = wording.merged_places(keys[role], once)
        for cells, row, place in zip(body, rows, places, strict=True):
            cells[index] = _merged_label(row, role, amounts) if place else ""


def _merged_label(row: Row, role: str, amounts: dict[str, str]) -> str:
    if role == "lead":
        return "绩效指标"
    if role == "amount":
        return amounts.get(row.project, "")
    return str(getattr(row, role))


def build(document: Document, options: Options, rng: random.Random) -> Sheet:
    """The document's form with these options; with ``cut_at``, the rows after it dropped and
    the cut row printed up to the start of the cell after its name."""
    roles = roles_of(document, options)
    words = options.words or wording.headers(document.form, rng, plain=True)
    rows = [_filled(row, document.form, rng) for row in document.rows]
    body = [[_cell(row, role, options, rng) for role in roles] for row in rows]
    _merge(body, roles, document, options.merge)
    header = _header(roles, words)
    above = _two_lines(header, roles, words) if options.two_line_header else None
    if above is not None and "lead" in roles:
        above[0], header[0] = "绩效指标", ""
    row_roles = [list(roles) for _ in body]
    if options.merge == "absent":
        body, row_roles = _absent(body, row_roles, document)
    under = options.year_below
    sheet = Sheet(
        title=document.title if under else f"{document.year}年度{document.title}",
        subtitle=f"({document.year}年度)" if under else None,
        fields=_fields(document, options),
        header=header,
        roles=roles,
        body=body,
        row_roles=row_roles,
        header_above=above,
        preamble=_budget_table(rng) if options.budget_table else [],
        breaks=_breaks(document),
        spans=_spans(document),
    )
    if document.total_score is not None and "score" in roles:
        total = [""] * len(roles)
        total[0] = "合计" if document.heading else "总分"  # a score table sums up as 合计
        total[roles.index("score")] = document.total_score
        if "weight" in roles:
            total[roles.index("weight")] = document.weight_total or "100"
        sheet.trailer.append(total)
    if options.cut_at is not None:
        sheet = _cut(sheet, options.cut_at)
    return sheet


_LEVEL_RANK = {"产出指标": 0, "成本指标": 1, "效益指标": 2, "满意度指标": 3}


def _spans(document: Document) -> list[int]:
    """The rows a 一级 label's span starts at (a project's or a duty's too)."""
    keys = [(row.project, row.duty, row.category) for row in document.rows]
    return [index for index, key in enumerate(keys) if index == 0 or key != keys[index - 1]]


def _breaks(document: Document) -> list[int]:
    """Where a new table starts: a row whose 一级 comes before the previous row's (a 部门预算
    text's goals, each with its table of 产出…满意度; several projects' tables)."""
    ranks = [_LEVEL_RANK.get(row.category) for row in document.rows]
    return [
        index
        for index in range(1, len(ranks))
        if (rank := ranks[index]) is not None
        and (before := ranks[index - 1]) is not None
        and rank < before
    ]


def _absent(
    body: list[list[str]], row_roles: list[list[str]], document: Document
) -> tuple[list[list[str]], list[list[str]]]:
    """Rows whose merged cells are absent after the first row of their span, as an HTML
    table's rowspan leaves them when flattened (青海, 贵州 hold-outs: rows of varying length)."""
    out_body, out_roles = [], []
    for cells, roles in zip(body, row_roles, strict=True):
        keep = [not (role in _MERGED and not cell) for cell, role in zip(cells, roles, strict=True)]
        out_body.append([cell for cell, kept in zip(cells, keep, strict=True) if kept])
        out_roles.append([role for role, kept in zip(roles, keep, strict=True) if kept])
    return out_body, out_roles


def _cut(sheet: Sheet, shown: int) -> Sheet:
    """The sheet as a capture that stops in row ``shown``: after its name and the first
    characters of the next cell (at least one, at most half)."""
    row, roles = sheet.body[shown], sheet.row_roles[shown]
    after = roles.index("name") + 1
    following = row[after] if after < len(row) else ""
    partial = row[:after] + ([following[: max(1, len(following) // 2)]] if following else [])
    return replace(
        sheet,
        breaks=[index for index in sheet.breaks if index <= shown],
        body=[*sheet.body[:shown], partial],
        row_roles=[*sheet.row_roles[:shown], roles[: len(partial)]],
        trailer=[],
        cut=True,
    )
