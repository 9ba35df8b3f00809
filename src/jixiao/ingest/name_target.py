"""A clause that states an indicator in words, split into its name and its target:
``职工出勤率不低于95%`` → 职工出勤率 | 不低于95%.

The target phrase starts where a comparison word (``不低于``, ``小于``, ``达``), a negated event
(``不发生``) or a bare number begins and the rest of the clause is a target the grammar reads;
the name is what precedes it. A negated event (``机关不发生安全事故``) has no name of its own, so
the whole clause names it. Shared by every reader of prose: the 部门预算绩效文本's 绩效指标
paragraphs and the general reader's reports.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from jixiao.domain.target import Operator, Target, TargetKind, TargetSyntaxError, parse_target
from jixiao.domain.target.lexicon import EVENT_NOUN_ALTERNATION, PER_HEAD_WORDS
from jixiao.ingest.cells import half_width


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_COMPARISONS: Final = _words(
    "不低于 不少于 不小于 不高于 不超过 不多于 不大于 不超出 大于等于 大于或等于 小于等于 "
    "小于或等于 高于或等于 低于或等于 大于 小于 高于 低于 多于 少于 超过 超出 不足 至少 最少 "
    "至多 最多 等于 >= <= ≥ ≤ > < = ≧ ≦ > < = ≪ €"
)
_VERBS: Final = ("达到", "达", "控制在", "保持在", "维持在")
_NEGATIONS: Final = ("不发生", "未发生", "杜绝", "无", "零")
_TOKENS: Final = sorted((*_COMPARISONS, *_VERBS, *_NEGATIONS), key=len, reverse=True)
_START_RE: Final = re.compile("|".join(re.escape(token) for token in _TOKENS) + "|[0-9]")
_COMPARISON_RE: Final = re.compile(
    r"\s*(?:" + "|".join(re.escape(word) for word in sorted(_COMPARISONS, key=len)[::-1]) + ")"
)


def split_name_target(clause: str) -> tuple[str, str, Target] | None:
    """(name, target phrase as written, parsed target) of one clause, or None."""
    for match in _START_RE.finditer(half_width(clause)):  # offsets are the clause's own
        phrase = clause[match.start() :].strip()
        target = _read_phrase(phrase, match.group())  # the token as matched (half-width)
        head = clause[: match.start()].strip()
        stated = _stated_by_copula(head)
        if target is None and stated and match.group().isdigit():
            target = _date_phrase(phrase)  # 完成时间为2021年11月底前: a date, after 为
        if target is None:
            continue
        name = clause.strip() if match.group() in _NEGATIONS else head
        if stated and name is head:
            name = head[: -len(_COPULA)].strip()
        if name:
            return _rate_in_phrase(name, phrase, target)
    return _done_by(clause)


# ``馆库安全事故发生次数为0次``: 为 between a name and its figure or date states it, as a
# form's cell does; it is no word of the name. A name's own 为 (违法行为, 作为) is kept.
_COPULA: Final = "为"
# the glyphs before a 为 that is a word's own (行为, 作为, 成为, 认为 …), no copula
BEFORE_OWN_WEI: Final = "行作成认视因更较最"


def _stated_by_copula(head: str) -> bool:
    return (
        head.endswith(_COPULA)
        and len(head) > len(_COPULA) + 1
        and head[-len(_COPULA) - 1] not in BEFORE_OWN_WEI
    )


def _date_phrase(phrase: str) -> Target | None:
    try:
        target = parse_target(phrase)
    except TargetSyntaxError:
        return None
    return target if target.kind is TargetKind.PERIOD else None


# ``一般登记业务3个工作日内办结``, ``规划编制于2023年10月底前完成报批``: a name, then the
# limit or the date it is done by, then the act done (办结, 完成报批)
_DONE_BY_RE: Final = re.compile(
    r"(?P<name>.+?)(?:于|於|在)?(?P<phrase>(?P<when>(?:19|20)\d{2}\s*年.+?前|\d+(?:\.\d+)?\s*个?"
    r"(?:工作日|日|天|小时|周|月)[以之]?内)(?:全部|全额|足额)?[\u4e00-\u9fff]{0,2}?"
    r"(?:完毕|完成|完工|竣工|建成|到位|结束|办结|报批|审批|验收)+)"
)


# ``2023年11月底前完成全年抽检任务``: the date first, then the task due by it (its name)
_DUE_FIRST_RE: Final = re.compile(
    r"(?P<when>(?:19|20)\d{2}\s*年[^,，;；。]{1,12}?前)(?P<name>[\u4e00-\u9fff]{4,20})"
)


def _done_by(clause: str) -> tuple[str, str, Target] | None:
    """A clause stating what is done by a date or within a limit, the act after it, or the
    task due by a date written after it: the name and the date (a period) or the limit (≤),
    as a table's cell states them."""
    text = clause.strip()
    if (match := _DONE_BY_RE.fullmatch(text)) is not None:
        name, phrase = match["name"].strip(), match["phrase"]
    elif (match := _DUE_FIRST_RE.fullmatch(text)) is not None:
        name, phrase = match["name"], match["when"]
    else:
        return None
    try:
        target = parse_target(match["when"])
    except TargetSyntaxError:
        return None
    if target.kind not in (TargetKind.PERIOD, TargetKind.QUANTITATIVE) or not name:
        return None
    return _completion_time(name, phrase, match["when"]), phrase, target


def _completion_time(name: str, phrase: str, when: str | None) -> str:
    """``主体工程于2024年8月31日前竣工``: a subject done by a date with a bare act of finishing
    (完工, 竣工 …) after it: the indicator is the act's time (主体工程竣工时间), as a table names
    it; an act with its object (完成报批) or a limit in days keeps the name as it is."""
    if when is None or not phrase.startswith(when) or _TIME_NAME_END_RE.search(name):
        return name
    act = phrase[len(when) :]
    return name + act + "时间" if act in _FINISHING_ACTS else name


_FINISHING_ACTS: Final = frozenset({"完工", "竣工", "完成", "建成"})
_TIME_NAME_END_RE: Final = re.compile(r"(?:时间|时限|日期|期限)$")


def _rate_in_phrase(name: str, phrase: str, target: Target) -> tuple[str, str, Target]:
    """``补贴标准每人每月`` | ``80元``: what a rate of money is counted by (每人每月) ends the
    name before the number; it is the target's, so its unit is the rate's (80 元/人·月)."""
    per = _PER_HEAD_END_RE.search(name)
    if per is None or per.start() == 0:
        return name, phrase, target
    rate = name[per.start() :] + phrase
    try:
        read = parse_target(rate)
    except TargetSyntaxError:
        return name, phrase, target
    if read.kind is not TargetKind.QUANTITATIVE or read.unit == target.unit:
        return name, phrase, target  # 每人3次: no rate of money, the name kept as it is
    return name[: per.start()].strip(), rate, read


_PER_HEAD_END_RE: Final = re.compile(rf"{PER_HEAD_WORDS}$")


@functools.lru_cache(maxsize=4096)
def _read_phrase(phrase: str, token: str) -> Target | None:
    """The phrase's target, if it is one that starts with ``token`` and has no subject."""
    try:
        target = parse_target(phrase)
    except TargetSyntaxError:
        return None
    if token in _NEGATIONS:  # 不发生安全事故 reads as ≤0 次 with no number written
        return target if not any(ch.isdigit() for ch in phrase) else None
    if token.isdigit():
        return target if target.kind is TargetKind.QUANTITATIVE else None
    rest = half_width(phrase)[len(token) :]
    if token in _COMPARISONS and (relative := _RELATIVE_RE.fullmatch(rest)) is not None:
        return _relative(phrase, token, relative["bound"])
    if token in _VERBS and (comparison := _COMPARISON_RE.match(rest)):
        rest = rest[comparison.end() :]  # 达不低于 90%
    if rest.lstrip()[:1].isdigit():
        return target if target.kind is not TargetKind.QUALITATIVE else None
    # 达到良好及以上等次 / 不低于上年水平: a standard, not a name followed by a number
    return target if target.kind is TargetKind.QUALITATIVE else None


# 不超过同类机具市场平均价格的30%: a bound relative to a reference the phrase names
_RELATIVE_RE: Final = re.compile(r"[\u4e00-\u9fff“”]{2,20}的\s*(?P<bound>\d+(?:\.\d+)?\s*%)")


def _relative(phrase: str, token: str, bound: str) -> Target | None:
    """A relative bound read as its comparison and figure (≤30%), its words kept as the
    target's text."""
    try:
        target = parse_target(token + bound)
    except TargetSyntaxError:
        return None
    if target.operator is None:
        return None
    return target.model_copy(update={"text": phrase})


def state_kept_from_event(name: str, target: Target) -> bool:
    """A target in words alone saying an event does not happen (``无安全事故``) under a name
    that is a state, not the event (档案安全, 场馆安全运行): the standard the state is kept
    to, as written. The grammar reads the words as ``≤0次``, right where the name counts the
    event itself (食品安全事故 | 不发生食品安全事故, 安全事故发生次数 | 无安全事故)."""
    return (
        target.kind is TargetKind.QUANTITATIVE
        and target.operator is Operator.LE
        and target.value == 0
        and not any(char.isdigit() for char in target.text)
        and _EVENT_NOUN_RE.search(name) is None
    )


_EVENT_NOUN_RE: Final = re.compile(EVENT_NOUN_ALTERNATION)
