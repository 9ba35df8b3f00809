"""What one cell of an indicator table holds, judged by its text alone.

The reader aligns a row's cells with the columns its header names (:mod:`.align`); this
module says which columns a cell could belong to: a 一级/二级 label, an operator alone
(指标性质), a unit word (度量单位), a plain number (分值, 得分), a target (``≥95%``,
``280人次``, ``良好``, ``12月底前``), a status (``已完成``), a direction (``正向指标``), a
name, or a sentence (偏差原因, 指标解释).
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum
from typing import Final

from jixiao.domain.framework import subcategory_from_label
from jixiao.domain.placeholders import is_placeholder
from jixiao.domain.target import (
    CYCLE_DAY_DUE,
    CYCLE_DUE,
    DEADLINE_VERBS,
    RELATIVE_STANDARD_RE,
    RETURN_PERIOD_RE,
    Target,
    TargetKind,
    is_as_needed_phrase,
    is_frequency_phrase,
    is_time_limit_phrase,
)
from jixiao.domain.target.lexicon import EVENT_NOUN_ALTERNATION, PER_HEAD_WORDS
from jixiao.domain.target.standards import is_material_grade, is_water_class
from jixiao.domain.units import canonical_unit
from jixiao.ingest.cells import (
    category_label,
    clean_target_text,
    label_key,
    labelled_amounts,
    range_floor,
    remarked_target,
    squashed,
    subcategory_label,
)
from jixiao.ingest.general.vocabulary import header_role


class Kind(StrEnum):
    EMPTY = "empty"
    PLACEHOLDER = "placeholder"  # / — * ……
    NUMBERING = "numbering"  # 指标1, 1、 (an empty template row)
    CATEGORY = "category"
    SUBCATEGORY = "subcategory"
    HEADER = "header"
    OPERATOR = "operator"  # ≥ alone, or 定性/定量
    UNIT = "unit"
    NUMBER = "number"  # a plain number: 分值, 得分, a bare target
    QUANTITY = "quantity"  # a number with an operator or a unit
    QUALITATIVE = "qualitative"  # a short standard: 良好, 提高, 是
    PERIOD = "period"  # a deadline: 12月底前
    STATUS = "status"  # 已完成 / 未完成 / 达成
    DIRECTION = "direction"  # 正向指标 / 反向指标
    LIKELIHOOD = "likelihood"  # 确定能 / 有可能 / 不可能
    NAME = "name"  # a short text: an indicator's name (or a project's)
    SENTENCE = "sentence"  # a long text: reasons, definitions, goals


OPERATOR_CHARS: Final = "≥≤=><≧≦﹦═≠"
_OP: Final = r"(?:>=|<=|=>|=<|[≥≤=><≧≦﹦═])"
_NUM: Final = r"\d+(?:,\d{3})*(?:\.\d+)?"
NUMBER_RE: Final = re.compile(rf"[+-]?{_NUM}")
_PLACEHOLDER_RE: Final = re.compile(r"[/\\*×xX—–\-_.…·、\u2500-\u254f]+|无|空|XX|xx|\*\*")
_NUMBERING_RE: Final = re.compile(
    r"(?:指标|目标)\d{1,2}[::、.]?|\d{1,2}[、.]|[一二三四五六七八九十]{1,3}、|[①-⑳]"
    # 项目二: the heading of a several-project document's next project, no indicator's name
    r"|项目[一二三四五六七八九十]{1,3}[::、.]?"
)
_OPERATOR_ALONE_RE: Final = re.compile(
    rf"{_OP}|大于等于|小于等于|大于|小于|等于|定性(?:指标)?|定量(?:指标)?|区间"
)
# a change over a base year (较上年下降20%以上, 同比增长5%) or bounded (下降10%以上): the
# change is the target; a bare change (下降4.3%) is left a name, an actual as often
_CHANGE_VERB: Final = r"(?:下降|降低|减少|压减|提高|提升|增长|增加|上升)"
_CHANGE: Final = (
    rf"(?:(?:较上年|比上年|较去年|比去年|较上年度|同比|环比){_CHANGE_VERB}"
    rf"|{_CHANGE_VERB}(?=.*(?:以上|以内|以下)$))?"
)
# a rate of money counted per head before its number (每生每天5元): the rate's unit
QUANTITY_RE: Final = re.compile(
    rf"(?:{PER_HEAD_WORDS})?{_CHANGE}(?:{_OP}|不低于|不少于|不高于|不超过|不大于|不小于|大于等于|小于等于|大于|小于|低于|"
    # 控制在7个工作日以内, 至少3次, 超过90%: the genre's other words for a comparison
    rf"控制在|保持在|维持在|至少|至多|不超出|超过|不多于|多于|少于|不足|"
    # 按106元/亩: a rate the subsidy is paid at
    rf"高于|达到|达|约|按)?(?:预计值|预期值|目标值|计划值)?\s*{_NUM}\s*(?P<unit>[^\d\s].{{0,8}})?"
)
PERIOD_RE: Final = re.compile(
    # a date's year by its number or as the form's own (当年12月底前, 本年度6月底前)
    r"(?:(?:\d{4}年|[当本]年度?)?(?:\d{1,2}月)(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?"
    r"(?:前|之前|以前|内|到位|完成|前完成)?|(?:\d{4}年|[当本])?(?:年底|年末)(?:前|之前)?(?:完成)?"
    # a deadline that recurs: 每月25日前, 每季度末(前), 每学期开学后1个月内, 每季度首月发放
    r"|每(?:个)?(?:月|季度?|年|周|半年|学期|学年)(?:首月|末月)?"
    r"(?:(?:\d{1,2}(?:日|号))?(?:底|末)?(?:前|之前|以前|内)|\d{1,2}(?:日|号)|底|末"
    r"|[\u4e00-\u9fff]{1,4}后\d{1,3}(?:个)?(?:月|日|天|工作日|周)(?:前|之前|以前|内))"
    rf"|每(?:个)?(?:月|季度?|年|半年|学期|学年)(?:首月|末月)(?={DEADLINE_VERBS})"
    # a cycle's end or day and the action due by it (季度末前拨付, 每月10日前发放)
    rf"|{CYCLE_DUE}|{CYCLE_DAY_DUE}"
    # a time limit counted from an event: 验收合格后20个工作日内, 立案之日起90日内, 发现后72小时内
    r"|(?:[\u4e00-\u9fff]{2,12}(?:后|起)|(?:收到|接到|接收)[\u4e00-\u9fff]{1,12})"
    r"\d{1,3}(?:个)?(?:月|日|天|工作日|周|小时|分钟)(?:前|之前|以前|内|以内))"
    # with what is done by it: 每季度首月发放, 收到资金后30日内拨付, 6月底前下达
    rf"(?:{DEADLINE_VERBS})?"
)
# ``<=9月15日``, ``≤2024年11月``: a ceiling on a date (a day, or a year's month) is a
# deadline, as the target grammar reads it; ``≤12月`` alone is a count of months
_CEILING_DATE_RE: Final = re.compile(
    r"(?:<=|[≤<])(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月(?:底|末)?)"
)
# A rate due by a date (2021年9月30日前达到100%, 6月底前完成80%): a deadline's target, the
# share done by then said with it
_DUE_RATE_RE: Final = re.compile(
    r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日|底|末)?(?:之前|以前|前)"
    r"(?:达到|完成|达)\d+(?:\.\d+)?%"
)
# A deadline's words are at most this long (2024年12月31日前完成), tried longest first.
_PERIOD_SIZES: Final = range(16, 2, -1)


def period_at(text: str, start: int = 0) -> int:
    """The length of the deadline or date that opens ``text`` at ``start`` (``2024年3月1日前``
    before the figures glued after it); 0 where none does."""
    return next(
        (
            size
            for size in _PERIOD_SIZES
            if start + size <= len(text) and PERIOD_RE.fullmatch(text, start, start + size)
        ),
        0,
    )


# A time limit counted from an event, cut in two by a line or a cell's end: the event's
# words (验收合格后, 立案之日起) and the limit (20个工作日内).
EVENT_END_RE: Final = re.compile(r"[\u4e00-\u9fff]{2,16}(?:后|起)")
WITHIN_RE: Final = re.compile(r"\d{1,3}个?(?:工作日|日|天|周|月|小时|分钟)(?:内|以内|之内)")


# The operators written in words (不少于, 控制在 …), as the reader finds them before a figure.
WORDED_OPERATORS: Final = (
    "不少于|不低于|不高于|不超过|不大于|不小于|大于等于|小于等于|大于|小于|达到|超过|控制在"
)
_STATUS_RE: Final = re.compile(r"(?:已|未|基本|全部|部分)?(?:完成|达成|达到|实现)|未达成|未达到")
_DIRECTION_RE: Final = re.compile(r"(?:正向|反向|逆向|负向|中性)(?:指标)?")
_LIKELIHOOD_RE: Final = re.compile(r"确定能|有可能|不可能|完全不可能")
# Short standards that a qualitative target states (a name would say what is measured);
# 得到 may stand before the degree (得到有效保障, 得到有效维护: rights upheld); 有 before a
# few verbs alone (有保障, 有改善: met, not by how much); a field kept in peace (和谐稳定).
# The base of a change may be the year before or the state before the project was built or
# carried out (较建设前提高), or before its works (较改造前提升, 较治理前改善).
_QUALITATIVE_RE: Final = re.compile(
    r"[=≥≤﹦＝═]?(?:较上年|比上年|同比|较(?:项目)?(?:建设|实施|改造|治理|整治)前)?(?:得到(?=明显|显著|有效|全面|进一步))?(?:明显|显著|有效|逐步|稳步|有序|持续|不断|有所|有(?=保障|改善|提升|提高|增强)|进一步|全面|基本|较大|大幅|得到|长期|稳中|总体|平稳|逐年|更加|稳定|保持)?"
    r"(?:提高|提升|向好|有升|有增|有进|平稳|丰富|加强|巩固|扩大|降低|下降|减少|减轻|缓解|增加|增长|改善|增强|优化|完善|良好|优秀|优良|优|良|中|合格|达标|是|否|"
    # a duty carried out in full (落实到位, 兑现到位, 整改到位): 到位 after the verb it ends
    r"(?:落实|执行|保障|发放|兑现|兑付|整改)到位|"
    # a duty placed down to whom bears it (落实到人, 落实到村到户): 到 the village, the home
    r"落实到[村户人岗组](?:到[村户人岗组])?|"
    # a change kept from happening (林地面积不减少, 较上年不增加): the bound is the standard
    r"不(?:减少|降低|下降|增加|增长|扩大)|"
    r"有效|保障|维护|保护|规范|满意|明显|显著|达到|符合|无|正常|稳定|较好|实现|落实|到位|完成|按时完成|及时|按期|"
    r"按时|健全|安全|合规|和谐(?:稳定|有序)?|长期|较高|高|好|不发生|未发生|零发生|零增长|只减不增|只降不升|杜绝|缩小|缩短|遏制|(?:长期)?可持续|"
    # 持续 alone: an effect that lasts, the 可持续影响 standard as 长期 is
    r"持续|"
    # 建立健全, 建立完善 (a mechanism set up and bettered), 持续推进 (work carried on)
    r"(?:建立|建成|健全|巩固)(?:完善|健全|提升|提高)|建立|建成|形成|长效|推进|延伸|深化|拓展)(?:运行|运转)?(?:及以上|以上|水平)?"
)
# Standards whose verb says too little alone (防范, 发挥) and reads as one only after its
# degree: a risk guarded against (有效防范, 有效防止), a conflict settled (及时化解), a role
# played (持续发挥, 长期发挥), a climate grown (更加浓厚), a count kept at nought (动态清零),
# a thing kept going (持续运行, 长期保持, 持续运营), a harm removed or held (基本消除,
# 有效控制), a state regained (逐步恢复), work carried on (持续开展, 常态化开展), an
# emergency handled (有效处置, 及时处置), a cause helped on (有效促进, 持续推动, 有效带动);
# two degrees may stand before the verb (持续稳定运行, 全面有效开展)
_DEGREE_STANDARD_RE: Final = re.compile(
    r"(?:有效|持续|充分|进一步|全面|更加|日益|逐步|有序|动态|基本|长期|稳定|及时|明显|显著|常态化)"
    r"{1,2}"
    r"(?:防范|防止|化解|发挥|浓厚|清零|运行|运营|保持|实施|消除|控制|恢复|开展|处置|壮大|坚持|促进|推动|带动"
    # a practice spread or a policy kept in force (持续推广, 全面推广, 持续执行)
    r"|推广|执行)"
    # a role or a benefit it plays (持续发挥效益, 充分发挥作用); a body grown (队伍持续壮大)
    r"(?:(?<=发挥)(?:效益|作用|效能|实效))?"
)

# An event kept from happening, as a target cell states it (无安全事故, 不发生责任事故,
# 零投诉), the thing kept safe before the negation too (安全无事故, 运行无事故): a standard, no
# name (a name says what is measured: 安全事故发生次数). 有无 (反映有无事故) asks, not states.
_NEGATED_EVENT_RE: Final = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:不发生|未发生|杜绝|没有|(?<!有)(?:无|零))"
    rf"[\u4e00-\u9fff、]{{0,8}}?(?:{EVENT_NOUN_ALTERNATION})(?:发生)?"
)

# Data's quality as a standard (统计数据质量: 真实准确, 准确无误, 完整可靠): two of the
# words a statistics or archives office states its data's quality with, one saying 准确,
# 可靠, 有效 or 无误 (as the target grammar reads them)
_DATA_QUALITY_RE: Final = re.compile(r"(?:真实|准确|完整|可靠)(?:准确|可靠|有效|无误)|准确完整")


def is_weak_verb_standard(text: str) -> bool:
    """Whether ``text`` is a standard only by its degree (有效防范, 持续发挥): a verb that
    says too little alone, so a name before it must say more than a word."""
    return _DEGREE_STANDARD_RE.fullmatch(squashed(text)) is not None


# A standard that compares with a level elsewhere (``低于全省平均水平``, ``高于上年同期``,
# ``达到国家标准``): the target of a rate whose figure is not known when the form is written
_COMPARED_RE: Final = re.compile(
    r"(?:低于|高于|不低于|不高于|优于|达到|接近|持平于?|不超过)"
    # a level set from above: the task or target the higher authority handed down
    r"(?:全国|全省|全市|全区|全县|国家|省|市|区|县|上年|同期|上年同期|往年"
    r"|上级下达(?:的)?(?:任务|目标|指标|计划)?)"
    r"(?:平均)?(?:水平|值|标准)?"
)
# where a standard compared with a level opens: its comparison in words
COMPARED_START_RE: Final = re.compile(r"(?:不低于|不高于|低于|高于|优于|不超过)")


def compared_standard_end(text: str) -> tuple[str, str] | None:
    """(name, standard) where a name ends with a standard compared with a level in words
    (``耕地保有量不低于上级下达任务``), the name at least a measure's few words; None else."""
    for match in COMPARED_START_RE.finditer(text, _MIN_COMPARED_NAME):
        name, standard = text[: match.start()], text[match.start() :]
        if _COMPARED_RE.fullmatch(standard) and kind_of(name) is Kind.NAME:
            return name, standard
    return None


_MIN_COMPARED_NAME: Final = 3


# A cost kept within its budget, a cost-control rate's standard (``不超预算``, ``控制在预算内``),
# or the ceiling signed before the budget it names (``≤年初预算``, ``≤预算批复金额``): a sign
# before words a target grammar keeps as a standard, so the cell is a target, not a name
BUDGET_BOUND_RE: Final = re.compile(
    r"不超(?:过|出)?(?:年度)?预算|控制在(?:年度)?预算(?:以)?内|不超支"
    r"|[≤<](?:年初|年度|批复|核定)?预算(?:批复)?(?:数|金额|资金)?"
)
# a bound sign before a baseline told in words (≤上年支出, ≥上年水平, ≤省定补助标准): a
# standard, the sign kept in it; no name opens with a sign
_BASELINE_BOUND_RE: Final = re.compile(
    r"[≤≥<>][\u4e00-\u9fff]{0,12}?(?:上年|去年|同期|标准|水平|定额|限额)"
    r"(?:度)?(?:支出|水平|数|数额|金额|标准|同期)?"
)
# how a 评分标准 scores (``建立并有效运行得满分``, ``每少1%扣0.5分``, ``未完成不得分``; a
# condition and its points, ``细化、可衡量得3分``)
_SCORING_RULE_RE: Final = re.compile(
    r"得满分|扣\d+(?:\.\d+)?分|不得分|酌情扣分|[\u4e00-\u9fff]得\d+(?:\.\d+)?分"
)
_SENTENCE_MIN: Final = 26
# a thing done by its cycle (wages paid 按月, a subsidy 按季足额发放): the standard a
# 时效指标 states where it sets no date, the cycle alone or with what is done
_BY_CYCLE_RE: Final = re.compile(
    r"按(?:月|季度?|年度?|周|半年|学期)(?:足额|及时)?(?:预拨|发放|拨付|支付|兑付|兑现|报送|结算)?"
)

# a rate paid or a rule kept by the standard set above (按国家规定标准, 按标准执行, 符合省定
# 标准, 按批复标准足额拨付): a 成本 or 质量 target in words; a name says what is measured
# (补助标准, 按标准配备率, 按户补助标准: a subsidy's standard per household)
_BY_STANDARD_RE: Final = re.compile(
    # who set the standard (国家, 省定, 上级) or how (规定, 批复): no thing counted (按户)
    r"(?:按|按照|依照|符合)(?:国家|中央|省级|省定|省|市级|市|州|县级|县|区|上级|政策|有关|相关"
    r"|规定|核定|批复|国定|统一|既定)*的?标准(?:足额|及时)?"
    r"(?:执行|发放|拨付|兑付|兑现|落实|补助|到位)?"
)


def is_negated_event(text: str) -> bool:
    """Whether ``text`` says an event does not happen (``全年不发生安全事故``)."""
    return _NEGATED_EVENT_RE.fullmatch(squashed(text)) is not None


def is_scoring_rule(text: str) -> bool:
    return _SCORING_RULE_RE.search(text) is not None


_HEADER_MAX: Final = 16
_SENTENCE_MARKS: Final = "。;;!?"


# Characters a complete indicator name ends with (率, 次数, 成本, 满意度, 面积 …; 机制 a
# qualitative indicator's: 长效管护机制).
_NAME_FINALS: Final = frozenset(
    "率数量度本积额次值况间果绩性标效期费人户件项条个册场天米位力能级比例长制"
)


def ends_as_name(name: str) -> bool:
    """Whether a name ends as a whole indicator's name does (a measure: 率, 次数, 成本 …),
    not cut inside a word, nor at a degree that qualifies the noun after it (长效 of
    长效机制, 高效 of 高效运行: 效 ends 成效 and 实效, no such word)."""
    return bool(name) and name[-1] in _NAME_FINALS and not name.endswith(_QUALIFYING_ENDS)


_QUALIFYING_ENDS: Final = ("长效", "高效", "有效")


def is_unit_word(text: str) -> bool:
    word = squashed(text)
    if not word or len(word) > 8 or word.isdigit():
        return False
    if canonical_unit(word) is not None:
        return True
    # a 度量单位 cell giving a unit and its alternative (台(套), 个(家)): both must be units,
    # so a name with a bracketed note (人员(含临聘)) stays a name
    pair = _UNIT_PAIR_RE.fullmatch(word)
    return pair is not None and all(canonical_unit(unit) for unit in pair.groups())


_UNIT_PAIR_RE: Final = re.compile(r"([^()]+)\(([^()]+)\)")


_INCLUSIVE_RE: Final = re.compile(r"[(（]含[)）](?=及?以[上下内])")


@functools.lru_cache(maxsize=16384)
def kind_of(text: str) -> Kind:
    """The kind of a cell, from its text alone."""
    word = squashed(text)
    if not word:
        return Kind.EMPTY
    if _PLACEHOLDER_RE.fullmatch(word) or is_placeholder(word):
        return Kind.PLACEHOLDER
    if _NUMBERING_RE.fullmatch(word):
        return Kind.NUMBERING
    if _OPERATOR_ALONE_RE.fullmatch(word):
        return Kind.OPERATOR
    if NUMBER_RE.fullmatch(word):
        return Kind.NUMBER
    if _DIRECTION_RE.fullmatch(word):
        return Kind.DIRECTION
    if _LIKELIHOOD_RE.fullmatch(word):
        return Kind.LIKELIHOOD
    key = label_key(word)
    if category_label(key) is not None:
        return Kind.CATEGORY
    if subcategory_label(key) is not None or _is_subcategory_like(key):
        return Kind.SUBCATEGORY
    if len(key) <= _HEADER_MAX and header_role(key) is not None:  # the length first: quick
        return Kind.HEADER
    if is_unit_word(word):
        return Kind.UNIT
    quantity = clean_target_text(word)[0]  # as read once OCR slips are undone (1OO%)
    quantity = _INCLUSIVE_RE.sub("", quantity)  # 6800元/人·年(含)以上: the bound included
    if (match := QUANTITY_RE.fullmatch(quantity)) and _unit_ok(match["unit"]):
        return Kind.QUANTITY
    if is_deadline(quantity):  # 12月31曰前: OCR's 曰 undone
        return Kind.PERIOD
    if is_time_limit_phrase(quantity) or _CEILING_DATE_RE.fullmatch(quantity):
        return Kind.PERIOD  # 春节前完成, <=9月15日: a deadline in words or as a ceiling
    if quantity.endswith("%") and _DUE_RATE_RE.fullmatch(quantity):
        return Kind.PERIOD  # 6月底前完成80%: a share due by a date
    if range_floor(word) is not None or remarked_target(word) is not None:
        return Kind.QUANTITY
    if _STATUS_RE.fullmatch(word):
        return Kind.STATUS
    if (
        _QUALITATIVE_RE.fullmatch(word)
        or _COMPARED_RE.fullmatch(word)
        or _DEGREE_STANDARD_RE.fullmatch(word)
        or _NEGATED_EVENT_RE.fullmatch(word)
    ):
        return Kind.QUALITATIVE
    if _standard_pair(word):  # 及时有效, 规范有效: two standards said as one
        return Kind.QUALITATIVE
    if RELATIVE_STANDARD_RE.fullmatch(word):  # 不低于当地低保标准1.3倍
        return Kind.QUALITATIVE
    if RETURN_PERIOD_RE.fullmatch(word) or _DATA_QUALITY_RE.fullmatch(word):
        return Kind.QUALITATIVE  # 达到10-20年一遇; 真实准确
    if is_water_class(word):
        return Kind.QUALITATIVE  # 达到Ⅲ类水质标准: a water body's class
    if is_frequency_phrase(word) or _BY_CYCLE_RE.fullmatch(word) or _BY_STANDARD_RE.fullmatch(word):
        return Kind.QUALITATIVE  # 日产日清, 随到随办, 按月: a frequency as a standard
    if is_as_needed_phrase(word):
        return Kind.QUALITATIVE  # 据实结算: as the facts call for
    if word[:1].isascii() and is_material_grade(word):
        return Kind.QUALITATIVE  # C25: a concrete's strength grade, no count
    if BUDGET_BOUND_RE.fullmatch(word) or labelled_amounts(word):  # 小学1000元,初中1250元
        return Kind.QUALITATIVE
    if _BASELINE_BOUND_RE.fullmatch(word):  # ≤上年支出: a bound against words, no figure
        return Kind.QUALITATIVE
    if len(word) >= _SENTENCE_MIN or any(mark in word for mark in _SENTENCE_MARKS):
        return Kind.SENTENCE
    if is_scoring_rule(word):
        return Kind.SENTENCE  # a 评分标准's rule, however short: no name and no target
    return Kind.NAME


def _standard_pair(word: str) -> bool:
    """Two words of a state reached said as one standard (``及时有效``, ``规范有效``,
    ``安全稳定``); a name of four characters has a thing in it (``安全保障``, ``有效投诉``)."""
    half = len(word) // 2
    parts = (word[:half], word[half:])
    return (
        len(word) == _PAIR_SIZE
        and parts[0] != parts[1]
        and all(part in _STATE_WORDS for part in parts)
    )


_PAIR_SIZE: Final = 4
# adjectives of a state a standard names (及时, 有效, 规范, 准确 …); no thing (保障, 投诉)
_STATE_WORDS: Final = frozenset(
    [
        "及时",
        "有效",
        "规范",
        "安全",
        "稳定",
        "良好",
        "到位",
        "合规",
        "达标",
        "合格",
        "正常",
        "完善",
        "健全",
        "准确",
        "高效",
    ]
)


def is_deadline(word: str) -> bool:
    """A deadline's words (``12月底前``), or several listed (``2022年5月底、10月底前``)."""
    if PERIOD_RE.fullmatch(word):
        return True
    parts = [part for part in word.split("、") if part] if "、" in word else []
    return len(parts) > 1 and all(PERIOD_RE.fullmatch(part) for part in parts)


def _is_subcategory_like(key: str) -> bool:
    """``社会效益效益指标``: a 二级 label with a slip in it (a stem, ending in 指标, short)."""
    return (
        key.endswith("指标")
        and len(key) <= _LABEL_MAX
        and subcategory_from_label(key) is not None
        and key.startswith(_SUBCATEGORY_STEMS)
    )


_LABEL_MAX: Final = 10
_SUBCATEGORY_STEMS: Final = ("数量", "质量", "时效", "经济效益", "社会效益", "生态效益", "可持续")


def _unit_ok(unit: str | None) -> bool:
    if unit is None:
        return True
    word = _BOUND_SUFFIX_RE.sub("", squashed(unit)) or "%"
    alternative = _UNIT_ALTERNATIVE_RE.fullmatch(word)  # 台(套): a unit and its alternative
    return canonical_unit(word) is not None or (
        alternative is not None and canonical_unit(alternative["unit"]) is not None
    )


# A bound written after the unit (``1,200亩以上``, ``1000元/亩以内``, ``85%及以上``), and
# a duration's limit (``24小时内``, ``5个工作日内``: at most so long, as the grammar reads it).
_BOUND_SUFFIX_RE: Final = re.compile(
    r"(?:及|或)?以[上下内]$|(?:(?<=[时日天周年钟])|(?<=个月))之?内$"
)
_UNIT_ALTERNATIVE_RE: Final = re.compile(r"(?P<unit>[^()]+)\([^()]+\)")


VALUE_KINDS: Final = frozenset(
    {
        Kind.OPERATOR,
        Kind.UNIT,
        Kind.NUMBER,
        Kind.QUANTITY,
        Kind.QUALITATIVE,
        Kind.PERIOD,
        Kind.STATUS,
        Kind.DIRECTION,
        Kind.LIKELIHOOD,
        Kind.PLACEHOLDER,
    }
)
TARGET_KINDS: Final = frozenset({Kind.NUMBER, Kind.QUANTITY, Kind.QUALITATIVE, Kind.PERIOD})


# 提高0.5个等级, 较上年提高2个百分点: a change's size alone, with no bound (以上)
_BARE_CHANGE_RE: Final = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:提高|提升|增长|增加|上升|下降|降低|减少)\d[\d.]*\D*"
)
_CHANGE_BOUNDS: Final = ("以上", "以内", "以下")


def is_bare_change(text: str, target: Target) -> bool:
    """A target giving a change's size alone (``提高0.5个等级``, ``较上年提高2个百分点``), in a
    cell or after a name in prose: the grammar reads its figure with no operator, but the
    form asks for a rise of so much over what was, which no figure alone states; the words
    as written are the standard."""
    word = squashed(text)
    return (
        target.kind is TargetKind.QUANTITATIVE
        and target.operator is None
        and _BARE_CHANGE_RE.fullmatch(word) is not None
        and not word.endswith(_CHANGE_BOUNDS)
    )


# 全市前3名, 进入全省前5位: a rank among the region's units, no bound on a count
_TOP_RANK_RE: Final = re.compile(
    r"(?:进入|位居|位列|保持|排在|居)?(?:全国|全省|全市|全州|全盟|全县|全区|全旗|同级|同类)?"
    r"(?:排名|排位)?前\d{1,3}(?:名|位)?"
)


def is_top_rank(text: str, target: Target) -> bool:
    """A target that is a place among the first few (``全市前3名``): the grammar reads the
    count alone (3名), which says nothing of a rank; the words as written are the standard.
    A rank bounded in words (前10名以内) keeps the grammar's bound."""
    return (
        target.kind is TargetKind.QUANTITATIVE
        and target.operator is None
        and _TOP_RANK_RE.fullmatch(squashed(text)) is not None
    )


# the base a change is measured against, glued before the change (较上年 | 有所下降)
_CHANGE_BASES: Final = ("较上年", "比上年", "较去年", "比去年", "同比")


_EQUALS: Final = ("=", "﹦", "＝", "═")
_MIN_SIGNED_NAME: Final = 2


def with_change_direction(name: str, target: str | None) -> str:
    """``化肥使用量较上年`` over ``减少5%以上``: a name ending with a change's base, its target
    opening with the change's direction and bounded, is the change's name cut before its
    direction; the direction is the name's (the genre's convention: the name keeps the
    comparison, 化肥使用量较上年减少, the bounded size ≥5% its target)."""
    if target is None or not name.endswith(_CHANGE_BASES):
        return name  # cheapest test first: few names end with a change's base
    word = squashed(target)
    match = _DIRECTION_OPENING_RE.match(word)
    if match is None or not word.endswith(_CHANGE_BOUNDS) or kind_of(word) is not Kind.QUANTITY:
        return name
    return name + match[0]


_DIRECTION_OPENING_RE: Final = re.compile(rf"{_CHANGE_VERB}(?=\d)")


def with_change_base(name: str, standard: str) -> tuple[str, str]:
    """(name, standard) with a change's base the name ends with (``能耗较上年`` | ``有所下降``)
    given to the standard it belongs to, where both still read so. An ``=`` the name ends
    with (``居民健康素养水平=`` | ``逐步提高``: a 指标性质 column's sign run into it) is no word
    of the name, and an ``=`` before words is folded away."""
    if name.endswith(_EQUALS) and len(name) > _MIN_SIGNED_NAME:
        name = name.rstrip("".join(_EQUALS))
    for base in _CHANGE_BASES:
        head = name.removesuffix(base)
        if head != name and len(head) >= 2 and kind_of(base + standard) is Kind.QUALITATIVE:
            return head, base + standard
    return name, standard
