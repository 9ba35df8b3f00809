"""A document laid out as the rows of cells of its printed form, before a capture class
writes them as text: the title, the labelled fields, the funds block, the goal, the indicator
header and rows (with the chosen column set, header words, target wording and merge style),
and the 总分 row.
"""

from __future__ import annotations

import random
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
}
_FORM_COLUMNS = {
    "self": ("actual", "weight", "score", "reason"),
    "monitor": ("actual", "reason"),
    "target": (),
}
_ROLE_WORDS = {
    "nature": "指标性质",
    "unit": "度量单位",
    "explain": "指标解释",
    "perf_standard": "绩效标准",
    "scoring": "评分标准",
    "direction": "指标方向",
}


# the words a form prints as labels of its fields (a PDF layer spaces their glyphs)
LABELS = {
    "项目名称",
    "转移支付(项目)名称",
    "主管部门",
    "实施单位",
    "部门名称",
    "项目属性",
    "项目类型",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "1-6月执行数",
    "分值",
    "执行率",
    "得分",
    "年度资金总额",
    "其中:当年财政拨款",
    "其中:财政拨款",
    "年度总体目标",
    "总分",
}


@dataclass
class Sheet:
    """The form as rows of cells; ``roles`` name the indicator table's columns."""

    title: str
    subtitle: str | None
    fields: list[list[str]]
    header: list[str]
    roles: list[str]
    body: list[list[str]]
    trailer: list[list[str]] = field(default_factory=list)
    cut: bool = False

    def all_rows(self) -> list[list[str]]:
        rows = [[self.title]] + ([[self.subtitle]] if self.subtitle else [])
        return rows + self.fields + [self.header] + self.body + self.trailer

    def mapped(self, change: object) -> Sheet:
        """Every cell passed through ``change(text, role)``; roles: title, field, header, or
        the column's role in the body."""
        assert callable(change)
        return replace(
            self,
            title=change(self.title, "title"),
            subtitle=change(self.subtitle, "title") if self.subtitle else None,
            fields=[[change(cell, "field") for cell in row] for row in self.fields],
            header=[change(cell, "header") for cell in self.header],
            body=[
                [change(cell, role) for cell, role in zip(row, self.roles, strict=False)]
                for row in self.body
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
    cut_at: int | None = None  # the row the capture stops in


def draw_options(form: str, rng: random.Random, columns: str | None = None) -> Options:
    """Options drawn at random for a form (a column set may be imposed)."""
    return Options(
        columns=columns or rng.choice(tuple(COLUMN_SETS)),
        target_style=rng.choice(wording.TARGET_STYLES),
        merge=rng.choice(wording.MERGES),
        words=wording.headers(form, rng),
        checkboxes=rng.random() < 0.3,
    )


def roles_of(document: Document, columns: str) -> list[str]:
    extra = COLUMN_SETS[columns]
    form = _FORM_COLUMNS[document.form]
    if "weight" in extra:
        form = tuple(role for role in form if role != "weight")
    return ["category", "subcategory", "name", *extra, *form]


def _cell(row: Row, role: str, options: Options, rng: random.Random) -> str:
    target = row.target
    if role in ("category", "subcategory", "name"):
        return str(getattr(row, role))
    if role == "target":
        return wording.target_text(target, options.target_style, rng)
    if role == "bare":
        return wording.target_without_unit(target, rng)
    if role == "nature":
        return wording.nature(target)
    if role == "value":
        return (
            wording.target_text(target, "symbol", rng)
            if not target.quantitative
            else (target.value or "")
        )
    if role == "unit":
        return (target.unit or "") if target.quantitative else ""
    if role == "explain":
        return wording.explanation(row, rng)
    if role == "perf_standard":
        return wording.performance_standard(row, rng)
    if role == "scoring":
        return wording.scoring_rule(row, rng)
    if role == "direction":
        return wording.direction(target)
    if role == "weight":
        return row.weight or ""
    if role == "score":
        return row.score or ""
    if role == "actual":
        return row.actual or ""
    return ""  # reason: the hold-outs keep none


def _header(roles: list[str], words: wording.Headers) -> list[str]:
    named = {
        "category": words.levels[0],
        "subcategory": words.levels[1],
        "name": words.levels[2],
        "target": words.target,
        "bare": words.target,
        "value": "指标值",
        "actual": words.actual,
        "weight": words.weight,
        "score": words.score,
        "reason": words.reason,
    }
    return [named.get(role) or _ROLE_WORDS[role] for role in roles]


def _fields(document: Document, options: Options) -> list[list[str]]:
    name = {"project": "项目名称", "transfer": "转移支付(项目)名称"}.get(document.kind)
    rows: list[list[str]] = []
    if name and document.project:
        rows.append([name, document.project])
        rows.append(["主管部门", document.department, "实施单位", document.department])
    else:
        rows.append(["部门名称", document.department])
    if options.checkboxes and document.kind == "project":
        rows.append(
            ["项目属性", "☑持续性项目 □新增性项目", "项目类型", "☑部门预算项目 □转移支付项目"]
        )
    return rows + _funds(document) + _goal(document)


def _funds(document: Document) -> list[list[str]]:
    funds = document.funds
    if funds is None:
        return []
    label = (
        f"项目资金({funds.unit})" if document.kind != "department" else f"年度预算({funds.unit})"
    )
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
    return rows


def _goal(document: Document) -> list[list[str]]:
    if not document.goal:
        return []
    return [["年度总体目标", document.goal + "。"]]


def build(document: Document, options: Options, rng: random.Random) -> Sheet:
    """The document's form with these options; with ``cut_at``, the rows after it dropped and
    the cut row printed up to the start of the cell after its name."""
    roles = roles_of(document, options.columns)
    words = options.words or wording.headers(document.form, rng, plain=True)
    rows = document.rows
    body = [[_cell(row, role, options, rng) for role in roles] for row in rows]
    for index, role in ((0, "category"), (1, "subcategory")):
        labels = wording.merged([getattr(row, role) for row in rows], options.merge)
        for cells, label in zip(body, labels, strict=True):
            cells[index] = label
    sheet = Sheet(
        title=f"{document.year}年度{document.title}",
        subtitle=None,
        fields=_fields(document, options),
        header=_header(roles, words),
        roles=roles,
        body=body,
    )
    if document.total_score is not None and "score" in roles:
        total = [""] * len(roles)
        total[0] = "总分"
        total[roles.index("score")] = document.total_score
        if "weight" in roles:
            total[roles.index("weight")] = "100"
        sheet.trailer.append(total)
    if options.cut_at is not None:
        sheet = _cut(sheet, options.cut_at)
    return sheet


def _cut(sheet: Sheet, shown: int) -> Sheet:
    """The sheet as a capture that stops in row ``shown``: after its name and the first
    characters of the next cell (at least one, at most half)."""
    row = sheet.body[shown]
    after = sheet.roles.index("name") + 1
    following = row[after] if after < len(row) else ""
    partial = row[:after] + ([following[: max(1, len(following) // 2)]] if following else [])
    return replace(sheet, body=[*sheet.body[:shown], partial], trailer=[], cut=True)
