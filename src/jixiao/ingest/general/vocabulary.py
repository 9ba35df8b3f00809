"""The genre's vocabulary: header words and their column roles, field labels by meaning.

Every published form of the genre names the same columns and fields in several ways
(``指标值``, ``年度指标值``, ``目标值``, ``年初目标值(A)``; ``项目名称``, ``项目支出名称``,
``专项名称``). The reader never looks for one layout: it finds these words wherever they
stand and works out each column's role from them. Patterns match a cell's label key
(:func:`jixiao.ingest.cells.label_key`: no spaces, numbering or bracketed notes).
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum
from typing import Final, TypeVar


class Role(StrEnum):
    """What a column of an indicator table holds."""

    UNIT_NAME = "unit_name"  # 单位名称 (tables of several units or projects)
    PROJECT = "project"  # 项目名称 inside the table (several projects in one table)
    BUDGET = "budget"  # 预算数 inside the table
    FISCAL = "fiscal"  # 财政资金 inside the table: the project's 财政拨款
    OTHER_FUNDS = "other_funds"  # 其他资金 inside the table
    SPENDING = "spending"  # 资金支出计划 (3月底 … 12月底) inside the table
    GOAL = "goal"  # 年度目标 inside the table
    CATEGORY = "category"  # 一级指标
    SUBCATEGORY = "subcategory"  # 二级指标
    NAME = "name"  # 三级指标 / 指标名称
    DEFINITION = "definition"  # 指标解释 / 指标值内容 / 评(扣)分标准
    WEIGHT = "weight"  # 分值 / 权重
    NATURE = "nature"  # 指标性质: ≥ ≤ = 定性
    PRIOR = "prior"  # 上年实际值
    TARGET = "target"  # 指标值 / 年度指标值 / 目标值
    ADJUSTED = "adjusted"  # 调整后指标值
    UNIT = "unit"  # 度量单位
    ACTUAL = "actual"  # 实际完成值 / 全年实际值 / 1-N月执行情况
    SCORE = "score"  # 得分
    LIKELIHOOD = "likelihood"  # 完成目标可能性
    REASON = "reason"  # 偏差原因分析及改进措施
    DIRECTION = "direction"  # 指标方向性
    BASIS = "basis"  # 指标值确定依据
    REMARK = "remark"  # 备注
    PROJECTED = "projected"  # 全年预计完成值
    LONG_TERM = "long_term"  # 长期指标值 (a multi-year project's target, beside the year's)
    COEFFICIENT = "coefficient"  # 得分系数
    CAUSE = "cause"  # 偏差原因类型 (经费保障 / 制度保障 …)
    RECTIFICATION = "rectification"  # 整改措施
    CORE = "core"  # 是否核心指标
    SERIAL = "serial"  # 序号: the row's number, nothing of the indicator
    # 部门职责 → 工作活动 (a 部门预算's 整体绩效目标, 2019–2021): what the indicators stand
    # under, printed once over their rows; neither an indicator nor a 一级/二级 label
    DUTY = "duty"  # 部门职责 / 职责名称
    ACTIVITY = "activity"  # 工作活动 / 活动名称
    # a column that holds nothing of the indicator (数据来源, 佐证材料), or one the vocabulary
    # does not name at all (a site's own 经办人意见): it keeps its place, its cells are read
    # as nothing, so the columns after it are not shifted onto it
    OTHER = "other"


_T = TypeVar("_T")


def _compile(pairs: list[tuple[str, _T]]) -> list[tuple[re.Pattern[str], _T]]:
    return [(re.compile(pattern), value) for pattern, value in pairs]


# Header words of indicator tables (label keys), most specific first.
HEADER_WORDS: Final = _compile(
    [
        (r"(?:预算)?单位名称|预算单位", Role.UNIT_NAME),
        # a budget system's flat export names its rows' codes (预算单位编码, 项目编码): columns
        # of no indicator's field, kept in place so the columns after them are not shifted
        (r"(?:预算)?单位(?:编码|代码)|项目(?:编码|代码)", Role.OTHER),
        (r"项目名称|项目支出名称", Role.PROJECT),
        (r"预算数|预算金额|项目预算|项目(?:总)?金额", Role.BUDGET),
        (r"年度目标|年度绩效目标", Role.GOAL),
        (r"一级指标|一级目标|一级", Role.CATEGORY),
        (r"二级指标|二级", Role.SUBCATEGORY),
        # 指标 alone: the 部门整体支出绩效目标申报表's 一级 | 二级 | 指标 | 指标值 | 备注
        (r"三级指标|指标名称|指标内容|具体指标|三级|指标", Role.NAME),
        (
            r"指标解释|指标说明|指标值内容|指标值说明|评扣?分标准|评分依据|(?:绩效)?指标描述|"
            r"(?:指标解释|指标说明)(?:及|和)评扣?分标准|"
            # how the indicator is computed or scored: 计算方法, 计分方法, 评分细则, 评分要点
            r"(?:指标)?计算(?:方法|公式)|计分(?:方法|规则)|评分(?:细则|要点|办法|规则)|考核(?:方式|方法)",
            Role.DEFINITION,
        ),
        (r"指标性质|指标值类型|指标类型|计算符号", Role.NATURE),
        (r"(?:全年)?预计(?:全年)?完成(?:值|情况)?|全年预计值", Role.PROJECTED),
        (r"是否(?:为)?核心指标|核心指标", Role.CORE),
        (r"(?:\d{4}年|上年)实际(?:实现|完成)?值|上年完成值|上年值", Role.PRIOR),
        (r"(?:中)?长期(?:绩效)?(?:指标|目标)值|中期(?:绩效)?(?:指标|目标)值", Role.LONG_TERM),
        (
            r"(?:年度|年初|绩效|预期|全年)?(?:\d{4}年)?(?:指标|目标)值|(?:当年|年度|本年)?预期(?:\d{4}年)?实现值|"
            # 计划指标值(或计划水平), 年度计划值, 预期值: the level planned for the year
            r"(?:年度|全年)?计划(?:指标|目标)?值|预期值|年度绩效指标值|指标目标值|"
            # 指标值及单位: the target's column, its unit written inside it
            r"绩效目标值|指标值|(?:指标|目标)值(?:及|和|与)(?:计量)?单位",
            Role.TARGET,
        ),
        (r"调整(?:后)?(?:的)?(?:指标|目标)值", Role.ADJUSTED),
        (r"度量单位|计量单位|(?:指标)?单位", Role.UNIT),
        (
            r"(?:全年|1-\d{1,2}月)?实际(?:完成)?值|(?:全年|1-\d{1,2}月)?完成值|实际完成情况|(?:半年度|1-\d{1,2}月)?指标执行情况|"
            # 实际完成指标值, 年度实际完成值, 1-9月实际完成值, 截至6月底完成情况, 实际完成数
            r"(?:年度|全年|1-\d{1,2}月)?实际完成(?:指标值|值|数|情况)?|实际执行情况|"
            r"(?:截至|截止)\d{1,2}月(?:底|末)?(?:实际)?完成(?:情况|值)|"
            r"1-\d{1,2}月(?:执行|完成)(?:情况|值)|执行情况",
            Role.ACTUAL,
        ),
        (r"(?:指标)?分值|权重|权重分|指标权重|满分", Role.WEIGHT),
        (r"得分系数|完成系数", Role.COEFFICIENT),
        (r"(?:自评|评价|指标|实际)?得分|评分", Role.SCORE),  # 分值 | 评分: the score given
        (r"完成目标可能性.*|完成可能性", Role.LIKELIHOOD),
        (r"偏差原因(?:类型|类别)", Role.CAUSE),
        # 完善措施: what is done where the year's target may be missed (a monitoring table)
        (
            r"整改措施|纠偏措施|完善措施|整改(?:完善|落实)措施|(?:下一步)?改进(?:完善)?举措",
            Role.RECTIFICATION,
        ),
        # a column of reasons (偏差原因分析及改进措施); 原因 inside a name is no header
        # (因路况原因引发的交通事故)
        # 扣分说明, 偏差说明, 完成情况说明: why a target was missed, in other words
        (
            r".*原因(?:分析|说明)?(?:及.*)?|.*改进措施|扣分(?:说明|理由|依据)|偏差(?:说明|分析)|"
            r"(?:未)?完成情况说明",
            Role.REASON,
        ),
        (r"指标方向性?|方向", Role.DIRECTION),
        (r"指标值?(?:确定|设定|设置)?依据|指标标准或依据|绩效标准|评价标准|评价依据", Role.BASIS),
        # where a figure comes from and what proves it: columns of no indicator's own field
        (
            r"数据来源|佐证(?:材料|资料)|证明材料|指标来源|(?:数据)?来源(?:及|和)佐证(?:材料)?",
            Role.OTHER,
        ),
        (r"备注|预警(?:等级|信号|情况|灯)?", Role.REMARK),  # 预警: a monitoring table's light
        # 是否完成 (是 / 否 / 部分完成): what the actual says of the target, no figure of its own
        (r"是否(?:完成|达成|达标|实现)(?:目标)?", Role.REMARK),
        (r"序号|编号", Role.SERIAL),
        # the qualified words only: a name's wrapped last words may be 活动 or 职责 alone
        (r"(?:部门|主要)职责|职责名称|部门职能", Role.DUTY),
        (r"(?:工作|主要)活动|活动名称", Role.ACTIVITY),
    ]
)

# Columns of a table of several projects before their indicators' (项目名称 | 预算数 | 财政资金
# | 其他资金 | 资金支出计划 over 3月底 … 12月底 | 年度绩效目标 | 一级 …): columns only in a header
# naming 项目名称; elsewhere the words are a form's fields or a money table's rows.
PROJECT_MONEY_WORDS: Final = _compile(
    [
        (r"财政资金|财政拨款", Role.FISCAL),
        (r"其他资金", Role.OTHER_FUNDS),
        (r"资金支出计划.*|支出计划.*|\d{1,2}月(?:底|末)", Role.SPENDING),
    ]
)


def project_money_role(key: str) -> Role | None:
    return next((role for pattern, role in PROJECT_MONEY_WORDS if pattern.fullmatch(key)), None)


# The label of the whole indicator block, printed as a header word over a column that
# repeats it (or leaves it blank) on every row: a column that holds nothing of its own.
LEAD_WORDS: Final = frozenset({"绩效指标", "年度绩效指标", "项目绩效指标"})

# The label of a line naming the duty or activity the rows below stand under (``职责：…``,
# ``活动名称：…``): a line of its own, so the bare words too
DUTY_LINE_LABEL_RE: Final = re.compile(r"(?:部门|主要)?职责(?:名称)?|(?:工作|主要)?活动(?:名称)?")

# Roles that only an indicator table has: a header needs one of them.
INDICATOR_ROLES: Final = frozenset({Role.NAME, Role.TARGET, Role.CATEGORY, Role.SUBCATEGORY})
# Roles whose cells come before the indicator's own columns (several projects in one table).
LEADING_ROLES: Final = frozenset(
    {
        Role.UNIT_NAME,
        Role.PROJECT,
        Role.BUDGET,
        Role.FISCAL,
        Role.OTHER_FUNDS,
        Role.SPENDING,
        Role.GOAL,
    }
)


class Field(StrEnum):
    """A labelled field of a form, outside its indicator table."""

    PROJECT = "project"
    SUPERVISING = "supervising_department"
    IMPLEMENTING = "implementing_unit"
    UNIT_NAME = "unit_name"  # 单位名称 / 填报单位 / 部门(单位)名称
    PERIOD = "period"
    AMOUNT = "amount"  # 项目金额 / 资金总额 / 资金额度 / 部门预算
    # 其中:本年度申请金额: a multi-year project's money for the year, its budget
    YEAR_AMOUNT = "year_amount"
    FISCAL_FUNDS = "fiscal_funds"  # 其中:当年财政拨款 (stated beside the amount)
    OTHER_FUNDS = "other_funds"  # 其他资金 (stated beside the amount)
    CODE = "code"  # 项目编码
    GOAL = "annual_goal"
    OVERALL_GOAL = "overall_goal"
    YEAR_GOAL = "year_goal"  # 年度总体目标: a project's annual goal, a department's overall one
    ACHIEVEMENT = "goal_achievement"  # 实际完成情况 beside the 年度总体目标's 预期目标
    ATTRIBUTE = "attribute"
    MANAGER = "manager"
    BUDGET_CODE = "budget_code"
    PROJECT_TYPE = "project_type"  # 项目类型 / 项目类别 (常年性, 一次性 …)
    RATING = "rating"  # 评价等级 (优/良/中/差)
    DEVIATION = "deviation_analysis"  # 偏差或不能完成目标原因分析
    MEASURES = "measures"  # 相关建议或举措
    PURPOSE = "purpose"  # 资金用途


# Field labels (label keys) and the field they name. A label is a whole cell, or, in text run
# together with no separators, a word found inside it.
FIELD_LABELS: Final = _compile(
    [
        (
            # 转移支付项目: the 区域绩效 forms' first head cell (转移支付项目 | 就业补助资金)
            r"(?:专项转移支付|转移支付|专项|项目支出|项目)(?:项目)?名称|(?:专项)?资金名称"
            r"|转移支付项目",
            Field.PROJECT,
        ),
        (
            # 盟市: the prefecture level of 内蒙古 (its leagues and cities), as 市级 elsewhere
            r"(?:项目|中央|地方|省级|市级|县级|自治区|市县|县区|区县|盟市|本级|一级)?主管部门"
            r"(?:及代码|名称)?|"
            r"项目主管单位",
            Field.SUPERVISING,
        ),
        (
            r"(?:项目)?(?:实施|执行)单位(?:/项目负责人)?|资金使用单位|项目单位|"
            r"(?:项目)?(?:申报|承担)单位(?:名称)?",
            Field.IMPLEMENTING,
        ),
        (r"单位名称|填报单位|部门名称|部门\(单位\)名称|预算单位|预算部门", Field.UNIT_NAME),
        (
            r"(?:项目|项目支出|专项)?(?:实施期|项目期|起止时间)|项目期限|(?:项目)?实施周期",
            Field.PERIOD,
        ),
        (
            r"项目(?:总)?金额|项目预算(?:资金|金额)?|(?:项目|年度)?资金总额|资金额度|部门预算|"
            r"年度(?:资金)?金额|"
            r"预算数|预算金额",
            Field.AMOUNT,
        ),
        (r"(?:其中)?(?:本年度|本年|当年)(?:申请|预算)(?:资金)?金额", Field.YEAR_AMOUNT),
        # 当年区级财政资金: the level's own money; 年度本级预算金额 beside 该项目支出上级资金
        # (a 湖南 form): the project's money from its own level's budget, part of its 部门预算
        (
            r"(?:其中)?(?:当年|本年)?财政拨款|(?:当年)?(?:[省市区县州旗]级)?财政资金|"
            r"(?:年度)?本级预算金额",
            Field.FISCAL_FUNDS,
        ),
        (r"其[他它]资金|自筹资金", Field.OTHER_FUNDS),
        (r"项目(?:编码|代码|编号)", Field.CODE),
        (r"(?:年度|项目)?(?:绩效)?目标(?:\(文字\))?|年度绩效目标|项目绩效目标", Field.GOAL),
        (r"年度总体目标", Field.YEAR_GOAL),
        # 实施期目标 / 长期目标: the goal of the project's whole term, beside the year's
        (r"总体目标|(?:项目)?(?:实施期|项目期|中长期|中期|长期)(?:绩效)?目标", Field.OVERALL_GOAL),
        (r"项目属性", Field.ATTRIBUTE),
        (
            r"项目(?:实施)?(?:负责人|责任人)(?:及(?:联系)?电话)?|负责人及(?:联系)?电话",
            Field.MANAGER,
        ),
        (r"项目类型|项目类别|项目性质", Field.PROJECT_TYPE),
        (r"(?:绩效|自评|综合)?评价等级|自评等级|评价结果等级", Field.RATING),
        (r"偏差或不能完成目标原因分析|偏差原因分析|未完成原因分析", Field.DEVIATION),
        (r"(?:部门)?预算编码|预算编码", Field.BUDGET_CODE),
        (r"相关建议(?:或举措)?|建议或举措|(?:整改|改进)建议", Field.MEASURES),
        (r"资金用途", Field.PURPOSE),
    ]
)

# Rows of a 项目资金 table and the columns of its header. A scan's OCR may lose the glyph at
# a cell's edge: 年度资金总 is the 年度资金总额 row. A department's table names the row for the
# department (部门预算资金总额, 部门年度资金总额).
FUNDING_TOTAL_RE: Final = re.compile(
    r"(?:部门)?(?:年度|全年)?(?:财政)?(?:预算)?资金总额|年度资金总|财政资金小计|资金总额合计|总额"
)
FUNDING_COLUMNS: Final = _compile(
    [
        (r"年初(?:部门)?预算(?:安排)?(?:数|金额)?", Role.PRIOR),  # initial budget
        # 小计 (④=①+②+③) sums the budget columns before it: the year's budget
        # 调整预算: the year's budget after its adjustments
        (
            r"(?:全年|调整后|年度)?预算数|调整后?预算(?:金额)?|预算安排(?:数)?|预算金额|小计",
            Role.BUDGET,
        ),
        (
            r"(?:全年|1-\d{1,2}月)?(?:预算)?(?:实际)?执行数|执行金额|拨付金额|年度拨付金额|"
            # 截至6月30日执行数, 已执行金额, 实际支出数: what was spent by the report's date
            r"(?:截至|截止)\d{1,2}月(?:\d{1,2}日|底|末)?(?:预算)?执行数|已执行金额|实际支出(?:数|金额)?|"
            # 全年支出数 beside 全年预算数: what the year spent
            r"全年支出(?:数|金额)",
            Role.ACTUAL,
        ),
        (r"全年预计执行(?:数|率)|预计执行率", Role.REMARK),  # projected
        # the rate; 执行进度 / 支出进度 are its names in monitoring tables
        (r"(?:1-\d{1,2}月)?(?:预算)?执行率|支出实现率|(?:预算)?(?:执行|支出)进度", Role.TARGET),
        (r"分值|权重", Role.WEIGHT),
        (r"得分.*", Role.SCORE),
    ]
)

# Columns of a 资金安排和使用情况 table that hold a figure the model keeps none of (the
# carry-over, the year's adjustment, the balance and its rate): each holds its place.
FUNDING_OTHER_RE: Final = re.compile(
    r"(?:历年|上年)?结余结转(?:金额|资金)?|(?:年中)?调整(?:金额|数)|(?:本年度?)?结余(?:金额|数)|"
    r"(?:资金)?结余率"
)

# Where an indicator table ends.
TABLE_END_RE: Final = re.compile(
    r"总分|合计得分|自评得分合计|注|(?:填[报表写])?说明|偏差或不能完成目标原因分析|相关建议或举措|"
    r"填报人.*|审核人.*|联系电话.*|财政资金管理科室.*|财政绩效管理科室.*|"
    r"(?:审核|审批|财政部门|主管部门|部门)意见.*|经办人.*|(?:审批|批复)(?:单位|机关|日期).*|项目责任人.*|单位负责人.*|"
    # a web page's buttons under the table (打印 关闭, 【打印】【关闭】)
    r"附件下载.*|扫一扫.*|分享到.*|打印(?:本页)?|关闭(?:窗口)?|返回顶部.*|上一篇.*|下一篇.*|阅读原文.*|(?:文章)?来源:.*|(?:责任)?编辑:.*|相关(?:推荐|文档|阅读).*|(?:绩效|自评)?评价等[级次].*|评价人员.*"
)
TOTAL_SCORE_RE: Final = re.compile(r"总分|合计得分|自评得分合计|项目总得分")


# HEADER_WORDS as one pattern, each entry an alternative named by its place, in the same
# order: the alternation tries them in turn, so the one a key matches whole is the first
# entry that does. One call into the regular expression engine instead of one an entry (a
# cell's kind is asked of every new text, and this was the costliest question).
_HEADER_ALTERNATIVES: Final = re.compile(
    "|".join(f"(?P<_{place}>{pattern.pattern})" for place, (pattern, _) in enumerate(HEADER_WORDS))
)


@functools.lru_cache(maxsize=16384)  # a reader asks of the same labels many times
def header_role(key: str) -> Role | None:
    """The column role a header cell names (its label key), or None."""
    match = _HEADER_ALTERNATIVES.fullmatch(key)
    if match is None or match.lastgroup is None:
        return None
    return HEADER_WORDS[int(match.lastgroup[1:])][1]


@functools.lru_cache(maxsize=16384)
def field_of(key: str) -> Field | None:
    for pattern, field in FIELD_LABELS:
        if pattern.fullmatch(key):
            return field
    return None


@functools.lru_cache(maxsize=16384)
def funding_role(key: str) -> Role | None:
    for pattern, role in FUNDING_COLUMNS:
        if pattern.fullmatch(key):
            return role
    return None
