"""The closed vocabularies of form cells: 完成目标可能性, 偏差原因 categories, 是否核心指标,
指标值确定依据 names, 指标性质 and how far a qualitative target was reached."""

from __future__ import annotations

from typing import Final

from jixiao.domain.model import AchievementLevel, DeviationCause, Likelihood
from jixiao.ingest.cells import squash

# Longest first: 不可能 holds 可能, 完全不可能 holds 不可能.
_LIKELIHOODS: Final = (
    ("完全不可能", Likelihood.IMPOSSIBLE),
    ("不可能", Likelihood.IMPOSSIBLE),
    ("不能", Likelihood.IMPOSSIBLE),
    ("有可能", Likelihood.POSSIBLE),
    ("可能", Likelihood.POSSIBLE),
    ("确定能", Likelihood.CERTAIN),
    ("确定", Likelihood.CERTAIN),
    ("能", Likelihood.CERTAIN),
)
_LIKELIHOOD_TAILS: Final = ("完成", "实现", "达成", "完成目标", "实现目标")


def read_likelihood(text: str) -> Likelihood | None:
    """``确定能`` / ``有可能`` / ``不可能`` (also ``完全不可能``, ``确定能完成``)."""
    compact = squash(text)
    for tail in _LIKELIHOOD_TAILS:
        if compact.endswith(tail) and len(compact) > len(tail):
            compact = compact[: -len(tail)]
            break
    for word, likelihood in _LIKELIHOODS:
        if compact == word:
            return likelihood
    return None


_CAUSES: Final = (
    ("经费保障", DeviationCause.FUNDING),
    ("资金保障", DeviationCause.FUNDING),
    ("制度保障", DeviationCause.SYSTEM),
    ("人员保障", DeviationCause.STAFFING),
    ("硬件条件保障", DeviationCause.HARDWARE),
    ("硬件保障", DeviationCause.HARDWARE),
    ("其他", DeviationCause.OTHER),
    ("其它", DeviationCause.OTHER),
)


def read_causes(text: str) -> list[DeviationCause]:
    """The 偏差原因 categories a cell names, in the form's order, each once."""
    compact = squash(text)
    found = [cause for word, cause in _CAUSES if word in compact]
    return list(dict.fromkeys(found))


def only_causes(text: str) -> bool:
    """Whether a cell names categories and nothing else (``人员保障、其他``)."""
    rest = squash(text)
    for word, _cause in _CAUSES:
        rest = rest.replace(word, "")
    return not rest.strip("、,;:/ ")


_YES: Final = frozenset({"是", "√", "✓", "✔", "Y", "y", "核心"})
_NO: Final = frozenset({"否", "×", "✗", "N", "n", "非核心"})


def read_yes_no(text: str) -> bool | None:
    compact = squash(text)
    if compact in _YES:
        return True
    if compact in _NO:
        return False
    return None


_BASIS_NAMES: Final = frozenset(
    {"计划标准", "历史标准", "行业标准", "预算支出标准", "其他标准", "其他", "计划", "历史", "行业"}
)


def is_basis_name(text: str) -> bool:
    """The cell is just one of the standard bases (not a sentence that mentions one)."""
    return squash(text) in _BASIS_NAMES


_OPERATOR_CELLS: Final = frozenset(
    [
        "≥",
        ">",
        "=",
        "<",
        "≤",
        "≧",
        "≦",
        ">=",
        "<=",
        "大于等于",
        "小于等于",
        "大于",
        "小于",
        "等于",
        "不低于",
        "不高于",
        "不少于",
        "不多于",
        "不超过",
        "不小于",
        "不大于",
        "高于",
        "低于",
        "达到",
        "定性",
        "定量",
        "定性指标",
        "定量指标",
    ]
)


# OCR of a scanned 指标性质 column reads ≤ and ≥ as the angle quotes; in that column they
# cannot mean anything else.
OPERATOR_OCR: Final = {"《": "≤", "》": "≥"}


def is_operator_cell(text: str) -> bool:
    """A 指标性质 cell: a comparison (``≥``, ``大于等于``) or ``定性``/``定量``."""
    compact = squash(text)
    return compact in _OPERATOR_CELLS or compact in OPERATOR_OCR


_LEVELS: Final = (
    ("未达成", AchievementLevel.NOT_ACHIEVED),
    ("未完成", AchievementLevel.NOT_ACHIEVED),
    ("部分达成", AchievementLevel.PARTIAL),
    ("部分完成", AchievementLevel.PARTIAL),
    ("基本达成", AchievementLevel.PARTIAL),
    ("达成", AchievementLevel.ACHIEVED),
)


def read_level(text: str) -> AchievementLevel | None:
    """How far a qualitative target was reached, when the actual says so in the standard words
    (``达成年度指标``, ``部分达成并具有一定效果``, ``未达成且效果较差``)."""
    compact = squash(text)
    for word, level in _LEVELS:
        if compact.startswith(word):
            return level
    return None


# A name set off as a whole: 【名称】 in a report's prose, "名称" from an Excel cell that held a
# line break, “名称” quoted. Only a pair around the whole name is dropped: “三公”经费 keeps its.
_ENCLOSING: Final = {
    "【": "】",
    "〖": "〗",
    "〔": "〕",
    "[": "]",
    '"': '"',
    "“": "”",
    "'": "'",
    "‘": "’",
    "「": "」",
    "《": "》",
}


def unwrapped(name: str) -> str:
    """A name less the brackets or quotes enclosing all of it (``【培训合格率】``)."""
    text = name.strip()
    closing = _ENCLOSING.get(text[:1])
    if closing is None or len(text) < 3 or text[-1] != closing:
        return name
    inner = text[1:-1]
    if text[0] in inner or closing in inner:
        return name  # “三公”经费与“两费”: two quoted words, not one quoted name
    return inner.strip()
