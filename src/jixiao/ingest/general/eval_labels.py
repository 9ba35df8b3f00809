"""The 绩效评价 framework's level labels at the front of a row run together.

A 绩效评价指标体系及评分表 has its own 一级 (决策, 过程, 产出, 效益, 满意度, often with their
points: ``过程（20分）``) and 二级 labels (项目立项, 资金管理, 产出数量 …), none ending in 指标.
Several are also words of prose or field labels (绩效目标, 资金管理) and may open a name
(``资金管理制度健全性``, ``绩效目标合理性``), so they are cut off a row only at its front and
only where what follows reads as a name of its own.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.vocabulary import header_role

_CATEGORIES: Final = ("决策", "过程", "产出", "效益", "满意度")
# the 二级 labels no name ends with: the framework's own terms (the 效益 and 满意度 ones
# end names as often: 群众 / 满意度)
_OWN_SUBCATEGORIES: Final = frozenset(
    {
        "项目立项",
        "绩效目标",
        "资金投入",
        "资金管理",
        "组织实施",
        "产出数量",
        "产出质量",
        "产出时效",
        "产出成本",
        "项目效益",
    }
)
_SUBCATEGORIES: Final = (
    *sorted(_OWN_SUBCATEGORIES),
    "社会效益",
    "经济效益",
    "生态效益",
    "可持续影响",
    "满意度",
)
_POINTS: Final = r"(?:\(\d+(?:\.\d+)?分\))"
_POINTS_RE: Final = re.compile(_POINTS)
# words that, after a 二级 label, make one name with it (资金管理制度健全性, 项目立项规范性)
_COMPOUNDS: Final = (
    "制度",
    "办法",
    "规范",
    "合规",
    "情况",
    "执行",
    "使用",
    "调查",
    "的",
    "及",
    "和",
)
_NAME_REST_MIN: Final = 4  # 绩效目标合理性: a three-glyph rest is the label's own suffix


@functools.lru_cache(maxsize=1)
def _category_re() -> re.Pattern[str]:
    words = "|".join(_CATEGORIES)
    return re.compile(rf"(?:{words}){_POINTS}")


@functools.lru_cache(maxsize=1)
def _bare_category_re() -> re.Pattern[str]:
    words = "|".join(_CATEGORIES)
    return re.compile(rf"(?:{words})")


@functools.lru_cache(maxsize=1)
def _subcategory_re() -> re.Pattern[str]:
    words = "|".join(sorted(_SUBCATEGORIES, key=len, reverse=True))
    return re.compile(rf"(?:{words}){_POINTS}?")


def is_evaluation_label(compact: str) -> bool:
    """Whether the words are a 绩效评价 label alone (``过程``, ``产出质量``, ``决策(20分)``),
    or a 一级 label's word opening a 二级 one (``产出经济``, ``效益社会效益``); a name that only
    starts like one (``过程管理规范性``, ``产出物验收合格率``) is none."""
    if _category_re().fullmatch(compact) or _bare_category_re().fullmatch(compact):
        return True
    if _subcategory_re().fullmatch(compact):
        return True
    return _joined_label_re().fullmatch(compact) is not None


# the 二级 words a 一级 word may open: the framework's own (数量, 经济, 社会效益, 可持续影响 …)
_SECOND_WORDS: Final = "数量|质量|时效|成本|经济|效率|效果|效益|社会|生态|可持续|服务对象|满意度"


@functools.lru_cache(maxsize=1)
def _joined_label_re() -> re.Pattern[str]:
    words = "|".join(_CATEGORIES)
    return re.compile(rf"(?:{words})(?:{_SECOND_WORDS})(?:效益|影响|满意度)?(?:指标)?{_POINTS}?")


def evaluation_labels(compact: str) -> list[str]:
    """The 绩效评价 labels a row run together opens with (``过程(20分)``, ``资金管理``): a 一级
    label with its points, or bare before a 二级 label; then a 二级 label where a name of its
    own follows. Empty where the row opens with none (or with a name that starts like one)."""
    labels: list[str] = []
    position = 0
    if (match := _category_re().match(compact)) is not None:
        labels.append(match.group(0))
        position = match.end()
    elif (bare := _bare_category_re().match(compact)) is not None:
        second = _subcategory_re().match(compact, bare.end())
        if second is not None and _names_follow(compact, second.end()):
            labels.append(bare.group(0))
            position = bare.end()
    second = _subcategory_re().match(compact, position)
    if second is not None and _names_follow(compact, second.end()):
        labels.append(second.group(0))
    return labels


def _names_follow(compact: str, end: int) -> bool:
    """Whether the text after a label is a name of its own, not the label's name going on."""
    rest = compact[end:]
    head = re.match(r"[\u4e00-\u9fff]+", rest)
    if head is None or len(head.group(0)) < _NAME_REST_MIN:
        return False
    return not rest.startswith(_COMPOUNDS)


def is_points(text: str) -> bool:
    """Whether a cell is a label's points alone (``(60分)`` under ``产出指标``)."""
    return _POINTS_RE.fullmatch("".join(text.split())) is not None


# a label's points with a space before 分 or after the bracket, as a text PDF spaces digits
# off glyphs: (15 分), ( 10 分), ( 10分)
_SPACED_POINTS_RE: Final = re.compile(r"\( ?(\d+(?:\.\d+)?) ?分\)")
# a label cut by a space inside its words (部门决 策(15分), 可持续影 响(5分)): the words
# before the space, and the rest of the label with its points
_LABEL_HEAD_RE: Final = re.compile(r"[\u4e00-\u9fff]{1,5}")
_LABEL_REST_RE: Final = re.compile(rf"[\u4e00-\u9fff]{{1,4}}{_POINTS}")


def spaced_points_joined(text: str) -> str:
    """``决策(15 分)``, ``资金管理( 10 分)`` as ``决策(15分)``: points spaced inside their
    brackets are one cell."""
    if "分)" not in text:
        return text  # most lines: no points at all
    return _SPACED_POINTS_RE.sub(r"(\1分)", text)


def labels_cut_by_spaces(parts: list[str]) -> list[str]:
    """``部门决`` ``策(15分)``: a label with its points that a text PDF broke where its
    column wrapped, the break printed as a space, joined back. The head is words alone, no
    label or points of its own; the rest a few glyphs before the points, no label itself
    (``决策`` ``项目立项(5分)`` are two labels)."""
    out: list[str] = []
    for part in parts:
        if out and (_cut_label(out[-1], part) or _points_spaced_off(out[-1], part)):
            out[-1] += part
        else:
            out.append(part)
    return out


def _cut_label(head: str, rest: str) -> bool:
    if not rest.endswith("分)") or not _LABEL_REST_RE.fullmatch(rest):
        return False
    if not _LABEL_HEAD_RE.fullmatch(head):
        return False
    # the header's last word (``得分`` before the first row's ``投入(20分)``) is a cell of
    # its own, not the head of a label broken by a space
    if header_role(label_key(head)) is not None:
        return False
    return not is_evaluation_label(head) and not is_evaluation_label(rest)


def _points_spaced_off(label: str, points: str) -> bool:
    """``过程 (10分)``: a label's points the text layer spaced off its words, no header
    word before them (the header's ``得分`` is a column of its own)."""
    if _POINTS_RE.fullmatch(points) is None or not _LABEL_HEAD_RE.fullmatch(label):
        return False
    return header_role(label_key(label)) is None


def is_framework_subcategory(compact: str) -> bool:
    """Whether the words are one of the framework's own 二级 labels (产出质量, 项目立项),
    with or without its points: no name's last words."""
    return _POINTS_RE.sub("", compact) in _OWN_SUBCATEGORIES


# the 一级 labels of the 项目支出绩效评价 framework before 2020 (项目决策, 项目管理, 项目绩效,
# with 项目产出 and 项目效益 as its parts or in their stead), beside the newer ones
_PROJECT_CATEGORIES: Final = ("项目决策", "项目管理", "项目过程", "项目绩效", "项目产出")
# a label's points as a text PDF leaves them: whole (15分), or cut where the line ended (40
_GROUP_POINTS: Final = r"(?:\(\d+(?:\.\d+)?(?:分\)|$))?"
_WRAPPED_CLOSE: Final = "分)"  # the close of a label's points wrapped from the line above


@functools.lru_cache(maxsize=1)
def _group_label_re() -> re.Pattern[str]:
    words = {*_CATEGORIES, *_PROJECT_CATEGORIES, *_SUBCATEGORIES}
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"(?P<word>{alternatives}){_GROUP_POINTS}")


def group_fronts(compact: str, opened: bool = False) -> list[tuple[str, bool]] | None:
    """A score table's labels run into the row's name by a text PDF, after the close of the
    points wrapped from the line above (``分)项目管理(5分)资金管理资金到位率``), after a
    lone bracket of them (``(产出质量``), or, when ``opened`` (the cell before held labels
    alone), from the cell's front (``项目产出补贴机具数量``): each label (``True``) and the
    name after them (``False``); None where the cell opens with none. A label's points cut
    by the line's end (``项目产出(40``) are left off it."""
    if not (opened or compact.startswith((_WRAPPED_CLOSE, "("))):
        return None  # most cells
    compact = spaced_points_joined(compact).replace(" ", "")
    if compact.startswith(_WRAPPED_CLOSE):
        rest = compact[len(_WRAPPED_CLOSE) :]
    elif compact.startswith("(") and len(compact) > 1:
        rest = compact[1:]
    elif opened:
        rest = compact
    else:
        return None
    pieces: list[tuple[str, bool]] = []
    while (match := _group_label_re().match(rest)) is not None:
        end = match.end()
        if end < len(rest) and not (_group_label_re().match(rest, end) or _names_follow(rest, end)):
            break  # the label's words go on as a name's (资金管理制度健全性)
        label = match.group(0) if match.group(0).endswith("分)") else match["word"]
        pieces.append((label, True))
        rest = rest[end:]
    if not pieces or (rest and compact[0] == "(" and not opened):
        return None  # a bracket before a name's words: no label's
    return [*pieces, (rest, False)] if rest else pieces


def group_level_is_first(label: str, first: bool) -> bool:
    """Whether a label cut by :func:`group_fronts` is a 一级 one: the first of its cell,
    unless it is one of the framework's own 二级 labels (组织实施, 产出质量)."""
    return first and _POINTS_RE.sub("", label) not in _OWN_SUBCATEGORIES - {"项目效益"}
