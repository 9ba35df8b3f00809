"""What an OCR'd source leaves in doubt about a value read from it.

A scan's reader gives each line its confidence; a value read from a line it was unsure of is
reported as uncertain. OCR reads ``≥`` as ``2`` (``≥5项`` as ``25 项``): the target is read as
written, and the other reading proposed for a person to check.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from jixiao.domain.target import Target, TargetSyntaxError, ocr_ge_candidates, parse_target
from jixiao.ingest.source import SourceDocument, SourceFormat

# The OCR reader's own threshold for a line worth a look (readers.ocr.LOW_CONFIDENCE).
LOW_CONFIDENCE: Final = 0.8
_OCR_FORMATS: Final = frozenset({SourceFormat.PDF_OCR, SourceFormat.IMAGE_OCR})


def low_confidence_lines(source: SourceDocument) -> dict[int, float]:
    """The lines of an OCR'd source read with a low confidence, with it."""
    if source.format not in _OCR_FORMATS:
        return {}
    return {
        line.number: line.confidence
        for line in source.lines
        if line.confidence is not None and line.confidence < LOW_CONFIDENCE
    }


def is_ocr(source: SourceDocument) -> bool:
    return source.format in _OCR_FORMATS


def low_confidence(confidence: float) -> str:
    return f"识别置信度低({confidence:.2f}),请核对"


def ge_read_as_two(text: str) -> tuple[str, str] | None:
    """The reason and the other reading of a target whose leading ``2`` may be ``≥``."""
    candidate = ocr_ge_candidates(text)
    if candidate is None:
        return None
    return f"“{text}”可能是“{candidate.canonical}”(≥ 被识别为 2),请核对", candidate.canonical


# The names of a share of a whole (达标率, 合格率, 满意度): a rate of at most 100 %
_SHARE_NAME_RE: Final = re.compile(
    r".*(?:合格|达标|覆盖|完成|成活|及时|准确|知晓|到位|执行|普及|发放|办结|通过|支付|达成|验收"
    r"|满意|签约|出勤|治愈|处置|整改|落实)[率度]"
)
# any rate or proportion (监测数据有效率, 资金使用比例, 贫困人口占比) is a share as well, unless
# it names a change, a multiple or a rate that may pass 100 % (增长率, 投资回报率, 资金放大倍数,
# 社会资金撬动比例, 配套比例, 粮食自给率, 病床使用率)
_RATE_NAME_RE: Final = re.compile(r".*(?:率|比例|占比|比重)")
_MAY_PASS_WHOLE_RE: Final = re.compile(
    r".*(?:增长|增幅|增速|增加|提高|提升|上升|回报|收益|利润|产出|周转|杠杆|容积|放大|带动|拉动"
    r"|撬动|引导|吸引|配套|自给|病床使用|负债|溢价|超额|变化|变动|同比|环比|倍)"
)
_PERCENT: Final = "%"
_WHOLE: Final = Decimal(100)


def _is_share(name: str) -> bool:
    if _SHARE_NAME_RE.fullmatch(name):
        return True
    return bool(_RATE_NAME_RE.fullmatch(name)) and not _MAY_PASS_WHOLE_RE.match(name)


_ACTUAL_PERCENT_RE: Final = re.compile(r"(?P<value>\d{1,3}(?:\.\d+)?)%")
_ACTUAL_SLACK: Final = Decimal(20)  # an actual this far from the target is still its own


def _actual_shows_share(name: str, actual: str | None, other: Target) -> bool:
    """``监测数据有效 290% | 96.4%``: a row whose actual is a share near the other reading
    (within 20 points of it, at most 100 %) measures a share, whatever its name says."""
    if actual is None or other.value is None or _MAY_PASS_WHOLE_RE.match(name):
        return False
    found = _ACTUAL_PERCENT_RE.fullmatch(actual.strip())
    if found is None:
        return False
    value = Decimal(found["value"])
    return other.value - _ACTUAL_SLACK <= value <= min(other.value + _ACTUAL_SLACK, _WHOLE)


def share_over_whole(name: str, target: Target, actual: str | None = None) -> Target | None:
    """``绿地养护达标率 295%``: a share of a whole (by its name, or by its row's actual)
    above 100 %, that reads as a share with its leading ``2`` as ``≥`` (a capture or
    conversion that lost the glyph): that reading, else None. Unlike a doubtful ``25项`` the
    written reading is impossible, so the other stands."""
    if target.unit != _PERCENT or target.operator is not None or target.value is None:
        return None
    if target.value <= _WHOLE:
        return None
    other = ocr_ge_candidates(target.text)
    if other is None or other.value is None or other.value > _WHOLE:
        return None
    return other if _is_share(name) or _actual_shows_share(name, actual, other) else None


# an actual this near the ``≥`` reading (from a fifth under it to half over it) is that
# reading's completion; the written reading is at least three times the actual
_NEAR_UNDER: Final = Decimal("0.8")
_NEAR_OVER: Final = Decimal("1.5")


def _amount(text: str) -> Target | None:
    try:
        read = parse_target(text)
    except TargetSyntaxError:
        return None
    return read if read.operator is None and read.value is not None else None


def count_near_actual(target: Target, actual: str | None) -> Target | None:
    """``康复服务人次 26500人次 | 6830人次``: a count with a leading ``2`` whose row's actual,
    in the same unit, lies near the count without it (``≥6500人次``) and far under the
    count as written: an OCR that read ``≥`` as ``2``. That reading, else None; a count its
    actual matches as written (``25个 | 26个``) stays."""
    if actual is None or target.operator is not None or target.value is None:
        return None
    if target.unit is None or target.unit == _PERCENT:
        return None
    other = ocr_ge_candidates(target.text)
    done = _amount(actual.strip())
    if other is None or other.value is None or done is None or done.value is None:
        return None
    if other.unit != target.unit or done.unit != target.unit:
        return None
    near = other.value * _NEAR_UNDER <= done.value <= other.value * _NEAR_OVER
    return other if near else None


# a word of a standard: as long as a degree and its verb, at most a short phrase
_TWIN_SIZES: Final = range(3, 9)


def ocr_twin(damaged: str, clean: str) -> bool:
    """Whether ``damaged`` is ``clean`` with one glyph inside it misread (``持绩推广`` for
    ``持续推广``: an OCR's look-alike): as long, the same first and last glyphs, exactly one
    Chinese glyph between them different. An edge glyph differing is another word (规范管理,
    规范管控)."""
    if len(damaged) != len(clean) or len(clean) not in _TWIN_SIZES:
        return False
    differ = [at for at in range(len(clean)) if damaged[at] != clean[at]]
    if len(differ) != 1 or not 0 < differ[0] < len(clean) - 1:
        return False
    return all("\u4e00" <= text[differ[0]] <= "\u9fff" for text in (damaged, clean))
