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

_CATEGORIES: Final = ("决策", "过程", "产出", "效益", "满意度")
_SUBCATEGORIES: Final = (
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
