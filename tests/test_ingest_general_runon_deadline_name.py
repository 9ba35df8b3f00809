"""A row run together (an OCR'd form on a document-sharing site) of a time indicator named
by its deadline (``指标12023年6月30日前完成设备采购安装8按时完成按时完成8``): the row's
number, then a name opening with a date, its 分值 and a target in words."""

from __future__ import annotations

from general_support import text_source
from jixiao.ingest.general.kinds import Kind
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.stream import Cell, cells_of

_HEADER = "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施"


def _cells(row: str) -> list[Cell]:
    source, _ = normalise_source(text_source(_HEADER + row))
    return cells_of(list(source.lines))


def test_a_deadline_after_the_rows_number_opens_its_name() -> None:
    row = "产出指标(40分)时效指标指标12023年6月30日前完成设备采购安装8按时完成按时完成8"
    names = [cell.text for cell in _cells(row) if cell.kind is Kind.NAME]
    assert "2023年6月30日前完成设备采购安装" in names
    assert any(cell.kind is Kind.NUMBERING for cell in _cells(row))


def test_a_deadline_after_a_name_stays_its_target() -> None:
    row = "产出指标(40分)时效指标指标1设备采购安装时限2023年6月30日前完成8按时完成8"
    cells = _cells(row)
    assert any(cell.kind is Kind.PERIOD for cell in cells)
    assert not any(cell.kind is Kind.NAME and cell.text.startswith("2023年") for cell in cells)
