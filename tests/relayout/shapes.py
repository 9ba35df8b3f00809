"""Shapes of real captures the eighth hold-out set brought and the first classes did not render
(session 10): names whose last glyphs wrap onto a line of their own, the 绩效评价 framework's
score table, a 指标解释 column in free words, a 部门预算 table laid out 部门职责 → 工作活动 →
绩效指标, names beginning ``其中：`` and count units in a unit column.

Document transforms are ``(document, rng) -> document`` (the truth changes with them only where
the rendering prints another indicator, whose truth is a hold-out's); sheet modifiers
``(sheet, rng) -> sheet`` change how the form prints, never what a careful reader reads.
"""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from relayout.model import Document, Row, Target, all_documents
from relayout.sheet import Sheet

# --- a name's tail glyphs on a line of their own --------------------------------------------

# the long cells whose text a narrow column wraps with the name's (a reason, an explanation)
_WRAPPING = ("reason", "explain", "scoring", "perf_standard")


def name_tails(sheet: Sheet, rng: random.Random, inline: bool = False) -> Sheet:
    """Names whose last glyph or two (or a longer end) wrap onto a line of their own inside
    their cell, as a narrow 三级指标 column prints them: a plain-text grid whose cells keep
    their places (广西 hold-out h145: ``|        |          |量            |``), Markdown pipe
    rows (山东 h150: ``| | |积| |``), a space-separated copy of a Word table (安徽 h151: ``率``
    alone under a row, with half a reason), a text PDF (江西 h140). A wrapped long cell of the
    same row (a reason, an explanation) goes on in the same continuation row.

    ``inline``: one cell a line (an HTML ``<td>`` with a ``<br>``, 山西 h139's capture): the
    tail is the line after its head, inside the cell."""
    last = len(sheet.body) - 1
    candidates = [
        index
        for index, roles in enumerate(sheet.row_roles)
        if "name" in roles
        and len(sheet.body[index][roles.index("name")]) >= 5
        and not (sheet.cut and index == last)
    ]
    if not candidates:
        return sheet
    wrapped = {index for index in candidates if rng.random() < 0.5}
    wrapped.add(
        max(
            candidates,
            key=lambda index: len(sheet.body[index][sheet.row_roles[index].index("name")]),
        )
    )
    body: list[list[str]] = []
    row_roles: list[list[str]] = []
    breaks: list[int] = []
    spans: list[int] = []
    continued: list[int] = []
    for index, (row, roles) in enumerate(zip(sheet.body, sheet.row_roles, strict=True)):
        if index in sheet.breaks:
            breaks.append(len(body))
        if index in sheet.spans:
            spans.append(len(body))
        if index not in wrapped:
            body.append(row)
            row_roles.append(roles)
            continue
        heads, tails = list(row), [""] * len(row)
        for at, role in enumerate(roles):
            if role == "name":
                heads[at], tails[at] = _split_tail(row[at], rng)
            elif role in _WRAPPING and len(row[at]) >= 10 and rng.random() < 0.5:
                cut = rng.randint(len(row[at]) // 2, len(row[at]) - 3)
                heads[at], tails[at] = row[at][:cut], row[at][cut:]
        if inline:
            body.append([h + "\n" + t if t else h for h, t in zip(heads, tails, strict=True)])
            row_roles.append(roles)
            continue
        body += [heads, tails]
        row_roles += [roles, list(roles)]
        continued.append(len(body) - 1)
    return replace(
        sheet, body=body, row_roles=row_roles, breaks=breaks, spans=spans, continued=continued
    )


def _split_tail(name: str, rng: random.Random) -> tuple[str, str]:
    """A name cut where a narrow column wraps it: mostly its last glyph (``率``, ``度``,
    ``量``), else its last two or a longer end; the head keeps at least three glyphs."""
    draw = rng.random()
    size = 1 if draw < 0.55 else 2 if draw < 0.85 else rng.randint(3, max(3, len(name) // 2))
    size = min(size, len(name) - 3)
    return name[:-size], name[-size:]


# --- the 绩效评价 framework ------------------------------------------------------------------

# the 2020 framework's 一级 → 二级 for a 目标表's levels (财预〔2020〕10号's 产出/效益 with the
# 二级 as the score tables of the 广西, 贵州, 陕西, 宁夏 hold-outs word them)
_OUTPUT = {
    "数量指标": "产出数量",
    "质量指标": "产出质量",
    "时效指标": "产出时效",
    "成本指标": "产出成本",
}
_EFFECT = {
    "社会效益指标": "社会效益",
    "经济效益指标": "经济效益",
    "生态效益指标": "生态效益",
    "可持续影响指标": "可持续影响",
}
# the 决策 and 过程 rows every score table prints (scored by a 评分标准 in words, with ``—`` for
# a target): printed, never checked
_DECISION = (
    ("决策", "项目立项", "立项依据充分性"),
    ("决策", "项目立项", "立项程序规范性"),
    ("决策", "绩效目标", "绩效目标合理性"),
    ("决策", "绩效目标", "绩效指标明确性"),
    ("决策", "资金投入", "预算编制科学性"),
    ("决策", "资金投入", "资金分配合理性"),
)
_PROCESS_WORDS = (
    ("过程", "资金管理", "资金使用合规性"),
    ("过程", "组织实施", "管理制度健全性"),
    ("过程", "组织实施", "制度执行有效性"),
)
# 评分标准 in words, as the framework's tables word them (each with a figure or none)
_RULES = {
    "立项依据充分性": "项目立项符合法律法规、相关政策和部门职责，得满分；否则酌情扣分",
    "立项程序规范性": "按规定程序申请设立，审批文件、材料符合要求，得满分",
    "绩效目标合理性": "绩效目标与实际工作内容具有相关性，预期产出和效果符合正常业绩水平",
    "绩效指标明确性": "目标细化分解为具体指标，指标清晰、可衡量，得满分；每缺一项扣1分",
    "预算编制科学性": "预算编制经过论证，内容与项目内容匹配，测算依据充分",
    "资金分配合理性": "资金分配依据充分，额度与地方实际相适应，得满分",
    "资金使用合规性": "资金使用符合财务管理制度规定，无截留、挤占、挪用，得满分",
    "管理制度健全性": "已制定相应的项目管理制度和财务管理制度且合法合规，得满分",
    "制度执行有效性": "遵守相关法律法规和管理规定，资料齐全并及时归档，得满分",
}


# The rows of other hold-outs that count_units and evaluation add come from the hold-outs
# written before the fifteenth session's sets. Drawn from every hold-out, the pools grew with
# each blind set: landing h479–h558 changed which rows a sample got (and so what its class asked
# of the reader), and would have put a blind set's rows into the classes the reader is fixed by.
POOL_UP_TO = 478


def _process_pool() -> list[Row]:
    """The 过程 rows with a target the hold-outs' score tables hold (资金到位率 100%, 预算执行率
    ≥95% …), their truth the hold-outs' own."""
    seen: set[str] = set()
    pool = []
    for document in all_documents():
        if int(document.ident[1:]) > POOL_UP_TO:
            continue
        for row in document.rows:
            if row.category.startswith("过程") and row.target.quantitative and row.name not in seen:
                seen.add(row.name)
                pool.append(row)
    return pool


def evaluation(document: Document, rng: random.Random) -> Document:
    """The document's indicators as a 绩效评价 score table prints them (绩效评价指标体系及评分表,
    评价得分表: the 广西 h145, 贵州 h157, 陕西 h129, 宁夏 h130 hold-outs; the 湖南 岳阳
    ``绩效评价自评报告及评分表`` pages): 一级 决策/过程/产出/效益, with their points or not
    (``过程（20分）``), 二级 项目立项 … 资金管理, 组织实施, 产出数量 … 满意度, 三级, 分值, the
    target, 实际完成值, 得分 and a 合计 row. The 决策 and 过程 rows in words are printed with
    ``—`` and never checked; a 过程 row with a target comes from a hold-out's score table."""
    satisfaction_apart = rng.random() < 0.4  # 满意度 its own 一级 (h25, h41), else under 效益
    effect_one = rng.random() < 0.25  # every 效益 row under 项目效益 (h91)
    rows = [_framework_row(row, satisfaction_apart, effect_one) for row in document.rows]
    names = {row.name for row in rows}
    decision = [
        Row(cat, sub, name, Target(standard="—"), actual="—", checked=False)
        for cat, sub, name in _DECISION
        if rng.random() < 0.7
    ]
    process = [
        replace(row, category="过程", subcategory=row.subcategory or "资金管理")
        for row in _process_pool()
        if row.name not in names and row.subcategory in ("资金管理", "") and rng.random() < 0.6
    ][:2]
    process += [
        Row(cat, sub, name, Target(standard="—"), actual="—", checked=False)
        for cat, sub, name in _PROCESS_WORDS
        if rng.random() < 0.6
    ]
    if any(row.category.startswith("过程") for row in rows):  # a score table already
        process = []
    if any(row.category.startswith("决策") for row in rows):
        decision = []
    rows = decision + process + rows
    rows = [
        _scored(row, weight, rng) for row, weight in zip(rows, _hundred(len(rows)), strict=True)
    ]
    points = rng.choice(("none", "full", "ascii"))
    totals: dict[str, Decimal] = {}
    for row in rows:
        totals[row.category] = totals.get(row.category, Decimal(0)) + Decimal(row.weight or "0")
    rows = [replace(row, category=_with_points(row.category, totals, points)) for row in rows]
    score = sum((_decimal(row.score) for row in rows), Decimal(0))
    title = rng.choice(
        ("绩效评价指标体系及评分表", "绩效评价得分表", "项目支出绩效评价指标体系及得分")
    )
    return replace(
        document,
        genre="evaluation_score_table",
        form="self",
        rows=tuple(rows),
        funds=None,
        goal=None,
        figures=(),
        heading=f"{document.project or document.department}{title}",
        total_score=_plain(score),
        weight_total=_plain(sum(totals.values(), Decimal(0))),
    )


def _framework_row(row: Row, satisfaction_apart: bool, effect_one: bool) -> Row:
    category, sub = row.category, row.subcategory
    if category in ("决策", "过程", "产出", "效益", "满意度"):  # already a score table's
        return row
    if "满意" in category or "满意" in sub:
        if satisfaction_apart:
            return replace(row, category="满意度", subcategory="服务对象满意度")
        return replace(row, category="效益", subcategory="满意度")
    if category.startswith("效益") or sub in _EFFECT:
        return replace(
            row,
            category="效益",
            subcategory="项目效益" if effect_one else _EFFECT.get(sub, sub.removesuffix("指标")),
        )
    return replace(
        row, category="产出", subcategory=_OUTPUT.get(sub, "产出" + sub.removesuffix("指标")[:2])
    )


def _hundred(count: int) -> list[str]:
    """Whole points out of 100 over ``count`` rows, as even as they can be."""
    base, extra = divmod(100, count)
    return [str(base + (1 if index < extra else 0)) for index in range(count)]


def _scored(row: Row, weight: str, rng: random.Random) -> Row:
    """A row's 分值 (its share of 100) and 得分 (full marks or a little less), printed, never
    checked."""
    score = weight if rng.random() < 0.7 else _plain(Decimal(weight) - Decimal("0.5"))
    actual = row.actual
    if actual is None and row.target.quantitative:
        actual = f"{row.target.value or ''}{row.target.unit or ''}"
    return replace(row, weight=weight, score=score, actual=actual or row.target.standard)


def _with_points(category: str, totals: dict[str, Decimal], style: str) -> str:
    if style == "none":
        return category
    points = _plain(totals[category])
    return f"{category}（{points}分）" if style == "full" else f"{category}({points}分)"


def _decimal(text: str | None) -> Decimal:
    try:
        return Decimal(str(text or "0").replace(",", ""))
    except InvalidOperation:
        return Decimal(0)


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text


# --- a 指标解释 column in free words --------------------------------------------------------

# how real 指标解释 / 指标说明 cells word an indicator without 反映/考核 to start them (四川
# h143's ``纳入第三方运维的村级污水处理设施``, ``正常运行天数/全年天数``, ``抽样问卷调查``; 上海
# h156's column after the target): a scope, a formula, a source, a way of counting
_SCOPES = (
    "纳入本项目实施范围的全部对象",
    "全年累计完成数",
    "以验收报告确认的数量为准",
    "按自然年度统计",
    "含续建和新建部分",
    "统计口径为年末数",
    "以主管部门审核确认的名单为准",
)
_FORMULAS = (
    "{stem}数/应{stem}总数×100%",
    "实际完成数/计划完成数",
    "达标数量/抽检数量",
    "按监测数据核算",
    "以第三方检测报告为准",
)
_SOURCES = (
    "抽样问卷调查",
    "随机抽取不少于100名服务对象开展问卷调查",
    "通过电话回访、现场走访等方式调查",
    "第三方机构调查结果",
)
_COSTS = ("项目总支出/完成数量", "按实际支出核算", "以财政批复的标准为准", "依据合同约定金额")
_PERIODS = (
    "自预算批复之日起计算",
    "以合同签订日期为准",
    "按项目实施计划确定",
    "以竣工验收时间为准",
)
_STANDARDS = ("对照相关行业标准评定", "由主管部门组织评估", "以年度考核结果为准", "按有关规定执行")


def free_explanation(name: str, target: Target, rng: random.Random) -> str:
    """A 指标解释 cell in free words for an indicator (see ``_SCOPES`` … ``_STANDARDS``)."""
    stem = name.removesuffix("率")[-4:]
    forms: tuple[str, ...]
    if "满意" in name:
        forms = _SOURCES
    elif target.period is not None or "时" in name[-3:]:
        forms = _PERIODS
    elif target.standard is not None:
        forms = _STANDARDS
    elif target.unit and "元" in target.unit:
        forms = _COSTS
    elif name.endswith("率") or target.unit in ("%", "‰"):
        forms = _FORMULAS
    else:
        forms = _SCOPES
    return rng.choice(forms).format(stem=stem)


_FREE_RULES = (
    "完成目标值得满分，未完成按完成比例计分",
    "全部完成得满分，部分完成酌情扣分",
    "按时完成得满分，逾期不得分",
    "达到目标得满分，否则按实际完成比例得分",
    "未发生得满分，发生一起扣除全部分值",
)


def free_words(sheet: Sheet, rng: random.Random) -> Sheet:
    """The 指标解释 column (and a 评分标准 column) in free words, without 反映/考核 to start
    them, under a header of 指标解释, 指标说明 or 指标内容说明 (四川 h143's run-together capture,
    上海 h156's pipe rows; 北京 h152's 指标内容 | 指标值 | 评分标准); the column before or after
    the target."""
    header = rng.choice(("指标解释", "指标说明", "指标内容说明", "指标解释"))
    after = rng.random() < 0.4
    body = []
    for row, roles in zip(sheet.body, sheet.row_roles, strict=True):
        cells = list(row)
        name = cells[roles.index("name")] if "name" in roles else ""
        target = _target_of(cells, roles)
        for at, role in enumerate(roles):
            if role == "explain" and cells[at]:
                cells[at] = free_explanation(name, target, rng)
            elif role == "scoring" and cells[at]:
                cells[at] = rng.choice(_FREE_RULES)
        body.append(cells)
    out = replace(sheet, body=body)
    out = replace(out, header=[header if cell == "指标解释" else cell for cell in out.header])
    return move_after(out, "explain", "target") if after else out


def _target_of(cells: list[str], roles: list[str]) -> Target:
    """What a row's printed target says, roughly (a period, a standard or a quantity), to word
    its explanation: the explanation is never checked."""
    text = next(
        (cells[i] for i, role in enumerate(roles) if role in ("target", "bare", "value")), ""
    )
    if any(mark in text for mark in ("年", "月", "前", "天")):
        return Target(period=text)
    if not any(char.isdigit() for char in text):
        return Target(standard=text or "—")
    unit = "%" if "%" in text else "元" if "元" in text else None
    return Target(value="1", unit=unit)


def move_after(sheet: Sheet, role: str, anchor: str) -> Sheet:
    """The sheet with column ``role`` moved just after column ``anchor`` (both present)."""
    if role not in sheet.roles or anchor not in sheet.roles:
        return sheet

    def moved(cells: list[str], roles: list[str]) -> list[str]:
        if role not in roles or anchor not in roles:
            return cells
        order = [r for r in roles if r != role]
        order.insert(order.index(anchor) + 1, role)
        return [cells[roles.index(r)] for r in order]

    def moved_roles(roles: list[str]) -> list[str]:
        return moved(roles, roles)

    return replace(
        sheet,
        roles=moved_roles(sheet.roles),
        header=moved(sheet.header, sheet.roles),
        header_above=moved(sheet.header_above, sheet.roles) if sheet.header_above else None,
        body=[moved(row, roles) for row, roles in zip(sheet.body, sheet.row_roles, strict=True)],
        row_roles=[moved_roles(roles) for roles in sheet.row_roles],
    )


# --- 部门职责 → 工作活动 → 绩效指标 ----------------------------------------------------------

# duties and their activities as 2019–2021 部门预算 texts name them, by the department's field
# (河北 h155: 疾病预防控制 → 重大传染病防控; the 广水 部门整体支出绩效目标申报表's 部门职能概述);
# the first whose words the department's name holds, else the last
_DUTIES: tuple[tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    (
        ("卫生", "卫健", "疾控", "医保", "医疗"),
        (
            ("疾病预防控制", ("重大传染病防控", "慢性病管理")),
            ("卫生监督执法", ("公共场所监督检查", "医疗机构依法执业检查")),
            ("妇幼健康服务", ("孕产妇系统管理", "儿童健康管理")),
        ),
    ),
    (
        ("教育", "教体", "学校"),
        (
            ("义务教育保障", ("义务教育学校运转保障", "学生资助")),
            ("学前教育发展", ("普惠性幼儿园扶持",)),
            ("教师队伍建设", ("教师培训", "乡村教师生活补助")),
        ),
    ),
    (
        ("农业", "农村", "畜牧", "农牧", "林业", "林草"),
        (
            ("农业生产发展", ("耕地地力保护", "农作物病虫害防治")),
            ("乡村振兴", ("农村人居环境整治", "产业帮扶")),
            ("动物防疫", ("重大动物疫病强制免疫",)),
        ),
    ),
    (
        ("水利", "水务"),
        (
            ("水利工程建设管理", ("农村饮水安全巩固提升", "中小河流治理")),
            ("水资源管理", ("河湖长制落实", "水土保持监督")),
        ),
    ),
    (
        ("交通", "公路"),
        (
            ("交通基础设施建设", ("农村公路建设", "农村公路养护")),
            ("运输管理", ("道路运输安全监管",)),
        ),
    ),
    (
        ("司法",),
        (
            ("公共法律服务", ("人民调解", "法律援助")),
            ("普法依法治理", ("普法宣传教育",)),
            ("社区矫正", ("社区矫正对象监管",)),
        ),
    ),
    (
        ("民政", "退役", "残联"),
        (
            ("社会救助", ("城乡低保", "特困人员供养")),
            ("养老服务", ("居家养老服务", "养老机构运营补贴")),
            ("基层治理", ("社区建设",)),
        ),
    ),
    (
        ("人社", "人力", "社保", "就业"),
        (
            ("就业创业", ("职业技能培训", "创业担保贷款贴息")),
            ("社会保险", ("城乡居民养老保险",)),
        ),
    ),
    (
        ("文", "旅", "体育", "广电"),
        (
            ("公共文化服务", ("文化惠民演出", "公共文化场馆免费开放")),
            ("全民健身", ("体育场地设施建设",)),
        ),
    ),
    (
        ("城管", "城市管理", "住建", "住房", "环境", "园林"),
        (
            ("市容环境管理", ("环境卫生保洁", "城市照明设施维护")),
            ("生态环境保护", ("大气污染防治", "水污染防治")),
        ),
    ),
    (
        (),
        (
            ("履行部门基本职能", ("机关日常运转保障", "重点工作推进")),
            ("专项业务工作", ("专项业务开展", "监督检查")),
        ),
    ),
)


def duties(document: Document, rng: random.Random) -> Document:
    """The document as a 部门预算 text's 部门整体支出绩效目标表 laid out 部门职责 → 工作活动 →
    绩效指标 → 指标值 (河北 2019 h155; 2019–2021 部门预算 texts): the rows split in order
    into two or three duties of the department's field, each into one or two activities. The
    labels are printed, never checked; the indicators' truth stays the hold-out's."""
    fields = next(
        duties
        for words, duties in _DUTIES
        if not words or any(w in document.department for w in words)
    )
    count = min(len(fields), max(1, len(document.rows) // 3), rng.randint(2, 3))
    bounds = _chunks(len(document.rows), count)
    rows = []
    for (duty, activities), (start, end) in zip(fields, bounds, strict=False):
        halves = _chunks(end - start, min(len(activities), 2 if end - start >= 3 else 1))
        for activity, (first, last) in zip(activities, halves, strict=False):
            rows += [
                replace(row, duty=duty, activity=activity)
                for row in document.rows[start + first : start + last]
            ]
    return replace(
        document,
        genre="department_performance",
        kind="department",
        form="target",
        project=None,
        rows=tuple(rows),
        funds=None,
        goal=None,
        figures=(),
        total_score=None,
        amounts=(),
    )


def _chunks(count: int, parts: int) -> list[tuple[int, int]]:
    """``count`` items in ``parts`` runs as even as they can be: (start, end) pairs."""
    parts = max(1, min(parts, count))
    size, extra = divmod(count, parts)
    out, start = [], 0
    for index in range(parts):
        end = start + size + (1 if index < extra else 0)
        out.append((start, end))
        start = end
    return out


def duty_rows(sheet: Sheet, document: Document, rng: random.Random) -> Sheet:
    """``职责：`` and ``活动：`` rows above the indicators they head, each a row of one cell,
    the indicator table under them keeping its 一级/二级/三级 columns (the other layout of the
    部门预算 texts that group 绩效指标 by 部门职责 and 工作活动)."""
    words = rng.choice((("部门职责：", "工作活动："), ("职责：", "活动："), ("职责", "活动")))
    body: list[list[str]] = []
    row_roles: list[list[str]] = []
    breaks, spans = [], []
    last: tuple[str, str] = ("", "")
    for index, (row, roles) in enumerate(zip(sheet.body, sheet.row_roles, strict=True)):
        source = document.rows[index]
        if source.duty != last[0]:
            body.append([words[0] + source.duty])
            row_roles.append(["duty"])
        if (source.duty, source.activity) != last:
            body.append([words[1] + source.activity])
            row_roles.append(["activity"])
        last = (source.duty, source.activity)
        if index in sheet.breaks:
            breaks.append(len(body))
        if index in sheet.spans:
            spans.append(len(body))
        body.append(row)
        row_roles.append(roles)
    return replace(sheet, body=body, row_roles=row_roles, breaks=breaks, spans=spans)


# --- 其中： names and count units ------------------------------------------------------------

_COUNT_UNITS = ("斤", "等", "人次", "户", "亩", "公里", "户次", "吨", "座")


def _unit_pool() -> list[Row]:
    """The hold-outs' indicators counted in 斤, 等, 人次, 户, 亩, 公里 …, with their truth."""
    return [
        row
        for document in all_documents()
        if int(document.ident[1:]) <= POOL_UP_TO
        for row in document.rows
        if row.target.quantitative and row.target.unit in _COUNT_UNITS
    ]


def count_units(document: Document, rng: random.Random) -> Document:
    """Rows counted in 斤/等/人次/户/亩/公里 … from other hold-outs (with their truth) among the
    document's 数量 rows, two of one unit, the second named as a part of the first (``其中：``):
    江西 h140's ``其中：高效节水灌溉建设面积`` under the 高标准农田 area, its ``等`` of 耕地质量;
    for a form with a 度量单位 column."""
    names = {row.name for row in document.rows}
    pool = [row for row in _unit_pool() if row.name not in names]
    by_unit: dict[str, list[Row]] = {}
    for row in pool:
        by_unit.setdefault(row.target.unit or "", []).append(row)
    units = sorted(unit for unit, rows in by_unit.items() if len(rows) >= 2)
    unit = rng.choice(units)
    whole, part = rng.sample(by_unit[unit], 2)
    name = "其中：" + part.name
    part = replace(part, name=name, expected={**part.expected, "name": name})
    others = [row for row in pool if row.target.unit != unit]
    added = [whole, part, *rng.sample(others, min(len(others), rng.randint(0, 1)))]
    rows = list(document.rows)
    at = next((i + 1 for i, row in enumerate(rows) if "数量" in row.subcategory), 0)
    for row in reversed(added):
        rows.insert(at, replace(row, category="产出指标", subcategory="数量指标"))
    return replace(document, rows=tuple(rows))
