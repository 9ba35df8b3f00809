"""Where a form's parts begin and end: the cells that open a table or a closing row, and the
form furniture (signatures, dates, stamps, notes, list numbers) that carries no data."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Final

from jixiao.ingest.cells import label_lookup, squash


class Section(StrEnum):
    FUNDING = "funding"  # 项目资金 (万元) | 年初预算数 | …
    GOAL_TABLE = "goal_table"  # 年度总体目标 | 预期目标 | 实际完成情况
    INDICATORS = "indicators"  # 绩效指标 | 一级指标 | 二级指标 | 三级指标 | …
    TOTAL_SCORE = "total_score"  # 总分
    RATING = "rating"  # 评价等级
    DEVIATION = "deviation"  # 偏差或不能完成目标原因分析
    MEASURES = "measures"  # 相关建议或举措 / 整改措施
    OPINION = "opinion"  # 主管部门/财政部门审核意见: ends the table, not read into the model


_STARTS: Final[tuple[tuple[re.Pattern[str], Section], ...]] = (
    (
        re.compile(
            r"(?:项目)?资金(?:情况|投入|执行情况|使用情况)?|年度预算(?:申请|执行情况)?"
            r"|预算执行情况|项目资金投入情况"
        ),
        Section.FUNDING,
    ),
    (re.compile(r"年度总体目标(?:完成情况)?|总体目标完成情况"), Section.GOAL_TABLE),
    (re.compile(r"绩效指标|(?:绩效指标)?一级指标.*|三级指标.*"), Section.INDICATORS),
    (re.compile(r"总分|总得分|自评总分|综合得分|合计得分"), Section.TOTAL_SCORE),
    (re.compile(r"评价等级|自评等级|评价结果|绩效等级|等级评定"), Section.RATING),
    (
        re.compile(r"偏差(?:或不能完成目标)?原因(?:分析)?|(?:未完成|不能完成目标)原因(?:分析)?"),
        Section.DEVIATION,
    ),
    (re.compile(r"相关建议(?:或举措)?|(?:整改|改进)(?:措施|建议)|建议或举措"), Section.MEASURES),
    (re.compile(r"(?:主管部门|财政部门|财政局)?(?:审核|审批|批复|评审)意见"), Section.OPINION),
)


def section_of(text: str) -> Section | None:
    """The part of the form a cell opens, or None."""
    return label_lookup(text, _STARTS)


_FURNITURE_RE: Final = re.compile(
    r"(?:盖章|签字|签章|签名)"
    r"|^(?:填报人|填表人|审核人|经办人|联系人|联系电话|电话|填报日期|填表日期|日期|单位负责人"
    r"|财务负责人|项目负责人签字|附件[0-9一二三四五六七八九十]*|单位:(?:万元|元))"
    r"|^注[0-9]*:"
    r"|年月日$"
    r"|^(?:source:|来源:|网址:)?https?://\S+$"  # where the page was found, not its content
)
_NUMBER_ONLY_RE: Final = re.compile(r"[0-9一二三四五六七八九十]{1,3}[、.]")
_PLACEHOLDER_RE: Final = re.compile(r"[…\.·]{2,}|—+|-+|/|无")


def is_furniture(text: str) -> bool:
    """Form furniture: a signature or stamp line, a date to fill in, a contact line, a note
    to the form-filler, an attachment number, a lone list number or the page's address. None
    of it is data."""
    compact = squash(text)
    return bool(_FURNITURE_RE.search(compact)) or bool(_NUMBER_ONLY_RE.fullmatch(compact))


def is_placeholder(text: str) -> bool:
    """An empty template entry (``……``, ``—``, ``/``, ``无``): a cell with nothing to read."""
    return bool(_PLACEHOLDER_RE.fullmatch(squash(text)))
