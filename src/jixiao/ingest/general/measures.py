"""Where a name ends and its 指标解释 begins when nothing marks the place.

A table run together on one line glues each name to its explanation; an explanation that
opens with 反映 / 衡量 / 是指 is cut there (table.py). One written in free words
(``运维设施数量纳入第三方运维的村级污水处理设施``, ``设施正常运行率正常运行天数/全年天数``,
``受益群众满意度抽样问卷调查``) has no such word; what marks the place is the name's last
word: an indicator's name says what it measures and ends with it (率, 数量, 长度, 时限,
费用, 满意度 …). The name ends at the first such word, and goes on over a short stretch
that ends with another (``化学需氧量`` ``年削减量``: one name, a measure of a measure);
a word followed by a formula's sign is the formula's (``正常运行天数/全年天数``), and the
explanation must have words of its own.
"""

from __future__ import annotations

import re
from typing import Final

from jixiao.ingest.general.kinds import Kind, kind_of

# The words a name ends with, longest first (数量 before 数 and 量)
_MEASURE_RE: Final = re.compile(
    r"满意度|知晓率|覆盖面|数量|人数|户数|次数|个数|件数|天数|人次|场次|长度|里程|面积|"
    r"时限|时间|周期|费用|成本|金额|标准|比例|占比|比重|指数|规模|"
    # one glyph, unless it opens a word of its own (数据, 量化, 率先)
    r"率(?!先|领)|度(?!假|过)|量(?!化|表|身)|数(?!据|字|值|码|额)"
)
_FORMULA: Final = "/=×÷*%（("  # a term of a formula: the explanation's
_STOPS: Final = re.compile(r"[/=×÷，,。；;：:、的]")  # marks no name holds before its end
_MIN_NAME: Final = 3
_MIN_EXPLANATION: Final = 4
_MAX_STRETCH: Final = 5  # 年削减量: a short stretch ending in a measure goes on the name


# How an explanation in free words says where its figure comes from, to the end of the
# cell: ``按自然年度统计``, ``按项目实施计划确定``, ``以验收报告确认的数量为准``,
# ``统计口径为年末数``, ``含续建和新建部分``
_SOURCE_PHRASE_RE: Final = re.compile(
    r"(?:按|依据|根据|参照)[^，。；]{1,20}?(?:统计|核算|确定|计算|测算|认定|执行|核定|填报)"
    r"|由[^，。；]{1,12}?(?:评估|认定|核定|统计|确认|提供|核实)"
    r"|以[^，。；]{1,20}?为准|统计口径为[^，。；]{1,12}|含[^，。；()（）]{2,12}"
)


# The phrases among those that close with a word of their own (统计, 为准 …): one opening
# a text shows where it ends
_CLOSED_PHRASE_RE: Final = re.compile(
    r"(?:按|依据|根据|参照)[^，。；]{1,20}?(?:统计|核算|确定|计算|测算|认定|执行|核定|填报)"
    r"|由[^，。；]{1,12}?(?:评估|认定|核定|统计|确认|提供|核实)|以[^，。；]{1,20}?为准"
)


def explanation_end(text: str) -> int | None:
    """Where an explanation that opens the text and closes with its own word ends, a name
    after it (``按自然年度统计农村特困人员救助人数``), or None."""
    match = _CLOSED_PHRASE_RE.match(text)
    if match is None or len(text) - match.end() < _MIN_NAME:
        return None
    return match.end() if kind_of(text[match.end() :]) is Kind.NAME else None


def explanation_cut(text: str) -> int | None:
    """Where the explanation glued after a name in free words starts, or None: where a
    phrase that says where the figure comes from runs to the end, else after the name's
    measure word."""
    for match in _SOURCE_PHRASE_RE.finditer(text, _MIN_NAME):
        rest = text[match.end() :]  # a standard glued after it (``…为准有效提高``)
        if (not rest or kind_of(rest) is Kind.QUALITATIVE) and not _STOPS.search(
            text, 0, match.start()
        ):
            return match.start()
    return measure_cut(text)


def measure_cut(text: str) -> int | None:
    """Where the explanation glued after a name in free words starts, after its measure
    word, or None."""
    ends = _measure_ends(text)
    cut = next((end for end in ends if end >= _MIN_NAME), None)
    if cut is None or _STOPS.search(text, 0, cut):
        return None
    for end in ends:
        longer = cut < end <= min(cut + _MAX_STRETCH, len(text) - _MIN_EXPLANATION)
        if longer and not _STOPS.search(text, cut, end):
            cut = end
    if len(text) - cut < _MIN_EXPLANATION:
        return None
    return cut


def _measure_ends(text: str) -> list[int]:
    """The places right after a measure word that ends a word there (数量, not its 数),
    no formula's sign after it."""
    spans = [m.span() for i in range(len(text)) if (m := _MEASURE_RE.match(text, i))]
    ends = sorted({end for _, end in spans})
    return [
        end
        for end in ends
        if not any(start < end < other for start, other in spans)
        and (end == len(text) or text[end] not in _FORMULA)
    ]


def is_measure_word(text: str) -> bool:
    """Whether the text is a measure word alone (数量, 面积, 人次)."""
    return _MEASURE_RE.fullmatch(text) is not None
