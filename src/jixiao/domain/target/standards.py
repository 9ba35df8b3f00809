"""Qualitative standards: grades (``良好``, ``合格``) and other phrases (``按时完成``), with
``及以上`` read as ``or_better``."""

from __future__ import annotations

import re
from typing import Final

from jixiao.domain.target.lexicon import (
    _CJK,
    _LADDER_RE,
    _OPERATOR_WORDS,
    _OR_BETTER_RE,
    _QUALITY_GRADES,
    _QUALITY_STANDARDS,
    _REFERENCE_WORDS,
    _SHORT_STANDARDS,
    _STANDARD_KEYWORDS,
    CYCLE_DAY_DUE,
    CYCLE_DUE,
    DEADLINE_VERBS,
)
from jixiao.domain.target.model import Target, TargetKind


def _is_standard_phrase(phrase: str) -> bool:
    """Whether free text states a standard (按时完成, 不低于上年水平) rather than debris."""
    if phrase in _SHORT_STANDARDS or _ALL_DUE_RE.search(phrase) or _QUALITY_RE.fullmatch(phrase):
        return True
    if _NO_OUTBREAK_RE.fullmatch(phrase) or _MATERIAL_GRADE_RE.fullmatch(phrase):
        return True
    if is_frequency_phrase(phrase) or is_as_needed_phrase(phrase):
        return True
    if len(re.findall(_CJK, phrase)) < 2:
        return False
    if phrase.endswith("指标") or (
        _MEASURE_NAME_RE.fullmatch(phrase) and not phrase.startswith(_LEADING_VERBS)
    ):
        return False  # 资金到位率, 受益群众满意度, 社会效益指标: what is measured, not a standard
    names_reference = any(word in phrase for word in _REFERENCE_WORDS)
    starts_with_comparison = any(phrase.startswith(w) for w in _OPERATOR_WORDS)
    if (starts_with_comparison or re.search(r"[≥≤<>=]", phrase)) and not names_reference:
        return False  # 不低于 / ≥ with no value and nothing to compare with
    return names_reference or any(word in phrase for word in _STANDARD_KEYWORDS)


# A disease's or a pest's outbreak kept from happening (无暴发流行, 不发生区域性重大疫情暴发,
# 无大面积爆发): a control target's standard, no count of events to compare an actual with
_NO_OUTBREAK_RE = re.compile(
    r"(?:无|未|不|杜绝|避免)(?:发生)?(?:重大|大规模|大面积|区域性)*"
    r"(?:(?:重大)?(?:动物)?(?:疫情|疫病|病虫害|有害生物))?(?:暴发|爆发)(?:流行)?"
    r"|无(?:疫情|疫病)?(?:流行|传播|扩散)"
)


# A building material's strength grade (C25 concrete, M7.5 mortar, HRB400 rebar): a grade
# the work must reach, a standard as written, no count of anything. Only grades as the
# codes print them (concrete's in fives from C15, mortar's with its decimal or from M7.5):
# an indicator's code in a tree (C2, C21, M5) is none
MATERIAL_GRADE_LETTERS: Final = "C|M|HRB|HPB"
_MATERIAL_GRADE_RE = re.compile(r"C(?:1[5]|[2-8][05])|M(?:7\.5|[12][05]|30)|HRB[3-6]00|HPB300")


# 充分, 较明确, 基本合规: a 绩效评价 quality as a row's standard or its graded actual
_QUALITY_RE = re.compile(
    "(?:{})?(?:{})".format("|".join(_QUALITY_GRADES), "|".join(_QUALITY_STANDARDS))
)


# A measure's name (资金到位率, 受益群众满意度, 社会效益指标) carries a keyword inside its
# noun (到位, 满意, 效益) and is no standard; one that leads with a verb or an adverb of
# change (提高覆盖率, 有效提升满意度) is.
_MEASURE_NAME_RE = re.compile(r".*(?:率|度)")
_LEADING_VERBS = (*_STANDARD_KEYWORDS, "较", "不断", "大幅", "确保", "保证", "力争", "实现")


# 应保尽保, 应补尽补, 应收尽收: everyone due is covered, a standard in four characters
_ALL_DUE_RE = re.compile(r"应(\w)尽\1")


# A frequency as the genre's four-character phrases (日产日清, 周查周清, 日清日结, 随到随办,
# 一日一清, 即收即办): work done within each day or at once, a standard as written.
_CLEARED_RE = re.compile(
    r"([日周月天])\w\1[清结]|([日周月])清\2结|随\w随[清办结运]|[一每][日周月天]一清|即\w即办"
)


# As the facts call for (据实结算, 按需调配, 据实补助): a count or sum the events decide, not
# one planned, with the act done so; a standard as written
_AS_NEEDED_RE = re.compile(
    r"(?:据实|按实|按需|据需)(?:足额|及时)?"
    r"(?:扑杀|结算|发放|拨付|支付|兑付|补助|补贴|核定|核拨|采购|安排|列支|处置|申报|调配)"
)


# A water body's quality class as the standard an environmental target sets (Ⅳ类及以上,
# 达到Ⅲ类水质标准, 稳定在Ⅱ类): a class, no count. Its numerals rank the other way from its
# quality (Ⅰ类 the cleanest), so ``及以上`` is kept in the standard as written, not read as
# a grade's or_better.
_WATER_CLASS_RE = re.compile(
    r"(?:达到|优于|保持|稳定在?)?(?:地表水)?(?:[ⅠⅡⅢⅣⅤ]|I{1,3}|IV|V)类(?:水质?)?(?:标准)?"
    r"(?:及以上|以上)?(?:标准|水平)?"
)


# A grade in letters an assessment gives (a bridge's 技术状况 B级, a credit rating AA级): the
# grade is the standard, ``及以上`` its or_better as a worded grade's (良好及以上); a letter
# alone (A, B) is no grade
_LETTER_GRADE_RE = re.compile(
    r"(?:达到|评为|评定为|保持)?(?P<grade>[A-E]{1,3}级)(?P<better>及其以上|及以上|或以上|以上)?"
)


def is_water_class(text: str) -> bool:
    """Whether ``text`` states a water body's quality class as a standard (Ⅳ类及以上)."""
    return _WATER_CLASS_RE.fullmatch(text) is not None


def is_material_grade(text: str) -> bool:
    """Whether ``text`` is a building material's strength grade alone (``C30``, ``M7.5``)."""
    return _MATERIAL_GRADE_RE.fullmatch(text) is not None


def is_as_needed_phrase(text: str) -> bool:
    """Whether ``text`` says a thing is done as the facts call for (据实结算)."""
    return _AS_NEEDED_RE.fullmatch(text) is not None


def is_frequency_phrase(text: str) -> bool:
    """Whether ``text`` is one of the genre's four-character frequencies (日产日清)."""
    return _CLEARED_RE.fullmatch(text) is not None


# A deadline that recurs (每月25日前, 每季度末前, 每季度末): no one date, so a standard as
# written.
_CYCLE = r"每(?:个)?(?:月|季度?|年|周|半年|学期|学年)"
_BEFORE = r"(?:前|之前|以前|内)"
_DAILY_HOUR = (
    r"每(?:日|天) ?(?:早上?|上午|中午|下午|晚上?)? ?[0-9]{1,2} ?(?:时|点)(?:[0-9]{1,2}分|半)?"
)
_RECURRING_RE = re.compile(
    rf"(?:{_CYCLE} ?(?:首月|末月)?(?:[0-9]{{1,2}} ?(?:日|号))? ?(?:底|末)?{_BEFORE}"
    rf"|{_CYCLE} ?(?:首月|末月)?(?:(?:[0-9]{{1,2}} ?(?:日|号))|底|末)"
    # the first month of each quarter, with what is done in it (每季度首月发放)
    rf"|{_CYCLE} ?(?:首月|末月)(?={DEADLINE_VERBS})"
    # an hour of each day (每日7时前, 每天早8点前清运): a work shift's deadline
    rf"|{_DAILY_HOUR}{_BEFORE})(?:{DEADLINE_VERBS})?"
)


# A time limit counted from an event (每学期开学后30日内, 资金下达后2个月内, 立案之日起90日内,
# 发现后72小时内; 收到省级资金30日内, the receipt itself the event, no 后 written; 每月集中
# 采样15日内, an event that recurs each cycle, its 后 left out too):
# no date and no quantity to compare an actual with, so a standard as written.
# what a service does within its limit after a call or a report (接警后30分钟内出动, 接到诉求
# 后24小时内响应, 报修后2小时内到场)
_RESPONSES = "出动|到场|到达|响应|处置|答复|回复|反馈"
_AFTER_EVENT_RE = re.compile(
    rf"(?:{_CJK}{{2,16}}(?:后|起)|(?:收到|接到|接收){_CJK}{{1,12}}|{_CYCLE}{_CJK}{{2,10}}) ?"
    r"(?:[0-9]+|[一二两三四五六七八九十]{1,2}) ?个?"
    rf"(?:工作日|日|天|周|星期|月|季度|小时|分钟)(?:内|以内|之内)(?:{DEADLINE_VERBS}|{_RESPONSES})?"
)


# A deadline in the year after the document's (次年3月底前, 下年度1月15日前): the document
# rarely states its own year beside it, so a standard as written, not a date.
_NEXT_YEAR_RE = re.compile(
    r"(?:次年|下年|下一年|翌年|来年)度? ?[0-9]{1,2} ?月"
    r"(?:[0-9]{1,2} ?(?:日|号)|底|末|初|中旬|上旬|下旬)?"
    rf"(?:{_BEFORE})?(?:完成)?"
)


# A level relative to a reference's (不低于当地低保标准1.3倍, 不低于上年水平的90%,
# 高于全省平均水平10%): the reference's figure is not in the document, so a standard as
# written, not a quantity of its own
RELATIVE_STANDARD_RE = re.compile(
    r"(?:不低于|不高于|不少于|不超过|不超出|高于|低于|达到|超过|相当于)"
    rf"{_CJK}{{0,12}}?(?:标准|水平|平均数|平均值|上年|去年|同期)的? ?"
    r"[0-9]+(?:\.[0-9]+)? ?(?:倍|%)(?:以上|以内|以下)?"
)


def _read_relative(text: str, norm: str) -> Target | None:
    if RELATIVE_STANDARD_RE.fullmatch(norm) or RETURN_PERIOD_RE.fullmatch(norm):
        return Target(kind=TargetKind.QUALITATIVE, text=text, standard=norm.replace(" ", ""))
    return None


# A flood-control or drainage standard as a return period (达到10-20年一遇, 50年一遇,
# 不低于20年一遇标准): the years name a design standard, no quantity of years to compare an
# actual with, so a standard as written.
RETURN_PERIOD_RE = re.compile(
    r"(?:达到|不低于|满足|提高到|提升至)?(?:[0-9]+ ?[-~～至到] ?)?[0-9]+ ?年一遇(?:标准)?(?:以上)?"
)


# A cycle's end or day with the action due by it (季度末前拨付, 每月10日前发放): the payment's
# recurring deadline, a standard as written.
_CYCLE_DUE_RE = re.compile(f"{CYCLE_DUE}|{CYCLE_DAY_DUE}")


def _read_recurring(text: str, norm: str) -> Target | None:
    if is_time_limit_phrase(norm):
        return Target(kind=TargetKind.QUALITATIVE, text=text, standard=norm.replace(" ", ""))
    return None


def is_time_limit_phrase(text: str) -> bool:
    """Whether ``text`` is a time limit in words, with no date to read as a period: a deadline
    that recurs (每月25日前), one counted from an event (每学期开学后2个月内), one in the year
    after the document's (次年3月底前) or one set by a festival (春节前完成)."""
    compact = text.replace(" ", "")
    return any(
        pattern.fullmatch(compact)
        for pattern in (
            _RECURRING_RE,
            _CYCLE_DUE_RE,
            _AFTER_EVENT_RE,
            _NEXT_YEAR_RE,
            _FESTIVAL_DUE_RE,
            _WEEKDAY_OF_MONTH_RE,
        )
    )


# A day set by its weekday in a month (9月第三个星期六, 每年5月第二个周日, 10月第一周): the
# date moves from year to year, as a festival's does, so a standard as written.
_WEEKDAY_OF_MONTH_RE = re.compile(
    r"(?:每年|[0-9]{4}年)?[0-9]{1,2}月的?第[一二三四五1-5]个?(?:星期|周|礼拜)[一二三四五六日天1-7]?"
    rf"(?:{_BEFORE})?(?:{DEADLINE_VERBS})?"
)


# A deadline set by a festival or a season (春节前完成, 于2024年春节前完成, 在元旦、春节前发放,
# “两节”前, 中秋节前, 汛期前), the month it falls in said too (2018年9月开学前, 6月汛期前):
# the festival's date moves from year to year and the document does not state it, so a
# standard as written.
_FESTIVAL = (
    r"(?:[“\"]?两节[”\"]?|元旦|春节|元宵节?|清明节?|端午节?|中秋节?|国庆节?|重阳节?"
    r"|汛期|主汛期|汛|开学|秋季开学|春季开学)"
)
_FESTIVAL_DUE_RE = re.compile(
    rf"(?:于|在)?(?:[0-9]{{4}}年)?(?:[0-9]{{1,2}}月份?)?{_FESTIVAL}(?:[、和及]{_FESTIVAL})*"
    rf"(?:前|之前|以前)(?:{DEADLINE_VERBS})?"
)


def _read_standard(text: str, norm: str) -> Target | None:
    if is_water_class(norm):
        return Target(kind=TargetKind.QUALITATIVE, text=text, standard=norm)
    # a letter grade (B级及以上) or a rung of a ladder: the grade, "or better" kept apart
    for pattern, group in ((_LETTER_GRADE_RE, "grade"), (_LADDER_RE, "level")):
        if graded := pattern.fullmatch(norm):
            return Target(
                kind=TargetKind.QUALITATIVE,
                text=text,
                standard=graded[group],
                or_better=graded["better"] is not None,
            )
    phrase, or_better = norm, False
    if (better := _OR_BETTER_RE.fullmatch(norm)) and _is_standard_phrase(better["core"]):
        phrase, or_better = better["core"], True
    if not _is_standard_phrase(phrase):
        return None
    return Target(kind=TargetKind.QUALITATIVE, text=text, standard=phrase, or_better=or_better)
