"""Cells the general reader meets in published forms: OCR slips in targets, Word's
Wingdings check boxes, units written with an alternative."""

from __future__ import annotations

from decimal import Decimal

from jixiao.domain.model import ProjectAttribute
from jixiao.ingest.cells import read_target_cell
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.reader import _attribute


def test_the_letter_o_in_a_number_is_read_as_zero_and_reported() -> None:
    cell = read_target_cell("≥9O%")
    assert cell.target is not None and cell.target.value == Decimal(90)
    assert cell.repairs and "字母“O”" in cell.repairs[0][2]
    assert kind_of("1OO%") is Kind.QUANTITY


def test_a_name_with_the_letter_o_is_left_alone() -> None:
    assert kind_of("OA系统使用率") is not Kind.QUANTITY


def test_wingdings_boxes_say_which_attribute_is_ticked() -> None:
    assert _attribute("1、持续性项目 £ 2、新增性项目 R") is ProjectAttribute.NEW
    assert _attribute("1、持续性项目 R 2、新增性项目 £") is ProjectAttribute.CONTINUING
    assert _attribute("持续性项目■ 新增性项目口") is ProjectAttribute.CONTINUING
    assert _attribute("项目属性未填") is None


def test_a_unit_with_its_alternative_is_a_unit() -> None:
    assert kind_of("≧1350台(套)") is Kind.QUANTITY
