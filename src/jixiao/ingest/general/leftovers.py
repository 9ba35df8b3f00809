"""What a form holds after its indicator table that no part of the genre explains.

A form closes with rows the reader knows (总分, 评价等级, 偏差原因, 相关建议或举措, the fields of a
second head), its furniture (signatures, dates, contact lines, stamps) and a 注 to the
form-filler. Any other line there (``审核意见 | 同意…``) is text the reader did not take: the
import report lists it as unrecognised, so that nothing is dropped unseen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import groupby
from typing import Final

from jixiao.ingest.cells import label_key, squashed
from jixiao.ingest.general.fields import is_field_label, is_note
from jixiao.ingest.general.kinds import Kind
from jixiao.ingest.general.stream import Cell

# Form furniture: a signature or stamp, a date or contact line to fill in, an attachment
# number, the page's address. None of it is data.
_FURNITURE_RE: Final = re.compile(
    r"(?:盖章|签字|签章|签名)"
    r"|^(?:填报人|填表人|审核人|经办人|联系人|联系电话|电话|填报日期|填表日期|日期|单位负责人"
    r"|财务负责人|项目负责人签字|附件[0-9一二三四五六七八九十]*|单位:(?:万元|元))"
    r"|年月日$"
    r"|^(?:source:|来源:|网址:)?https?://\S+$"
)
# The page a form was published on: its links, buttons and footer.
_PAGE_RE: Final = re.compile(
    r"扫一扫|打印本页|关闭窗口|【打印】|【关闭】|返回顶部|电脑版|^上一篇|^下一篇|^主办:|ICP备"
    r"|^相关链接|^相关附件|版权|举报|镜像站点|^关于本文$|^本文标题|^链接地址"
)
# The closing rows a form's genre has: read by the reader of fields and scores.
_CLOSING_RE: Final = re.compile(
    r"总分|总得分|自评总分|综合得分|合计得分|自评得分合计|项目总得分|合计"
    r"|评价等[级次]|自评等[级次]|评价结果|绩效等[级次]|等级评定"
)
# Cells that hold nothing to read: empty, a placeholder, a lone list number, a figure
# (a score beside its label).
_NOTHING: Final = frozenset({Kind.EMPTY, Kind.PLACEHOLDER, Kind.NUMBERING, Kind.NUMBER})
_VALUE_SPAN: Final = 2  # a label's value is one of the two cells after it


def unrecognised_lines(cells: Sequence[Cell]) -> list[list[Cell]]:
    """The lines of ``cells`` (what follows a form's indicator table) that hold text no part
    of the form explains; everything from a 注 on is the form's note."""
    explained: set[int] = set()
    for index, cell in enumerate(cells):
        if is_note(cell.text):
            break
        if _is_label(cell):
            explained.update(range(index, index + 1 + _VALUE_SPAN))
    else:
        index = len(cells)
    lines: list[list[Cell]] = []
    numbered = list(enumerate(cells[:index]))
    for _, group in groupby(numbered, key=lambda entry: entry[1].line):
        entries = list(group)
        line = [cell for _, cell in entries]
        if any(_is_furniture(squashed(cell.text)) for cell in line):
            continue
        if any(at not in explained and cell.kind not in _NOTHING for at, cell in entries):
            lines.append(line)
    return lines


def _is_furniture(text: str) -> bool:
    return bool(_FURNITURE_RE.search(text) or _PAGE_RE.search(text))


def _is_label(cell: Cell) -> bool:
    """A field's label, or a closing row's (written alone or with its value: ``总分:99.82``)."""
    label = label_key(cell.text).partition(":")[0]
    return is_field_label(cell) or bool(_CLOSING_RE.fullmatch(label))
