"""A table padded to its columns by characters (a CJK glyph counted one, as some exports
count), a cell wrapped onto the next line under its own column."""

from __future__ import annotations

from general_support import table_rows as _rows
from jixiao.domain.target import TargetKind, parse_target
from jixiao.ingest.general.vocabulary import Role

_WIDTHS = (8, 10, 16, 6, 14, 12, 10, 6)


def _line(*cells: str) -> str:
    return "".join(cell.ljust(width) for cell, width in zip(cells, _WIDTHS, strict=False))


def _table(wrapped_at: int) -> str:
    lines = [
        _line("一级指标", "二级指标", "三级指标", "分值", "指标值", "实际值", "评分标准", "得分"),
        _line("产出", "产出数量", "入户核查户数", "10", "≥2400户", "2512户", "按比例计分", "10"),
        _line("", "产出时效", "整改问题办结时限", "6", "交办后15个", "均按期办结", "超期扣分", "6"),
        " " * wrapped_at + "工作日内",
        _line("效益", "社会效益", "群众投诉下降率", "8", "≥10%", "12.5%", "按比例计分", "8"),
    ]
    return "\n".join(lines) + "\n"


def _targets(text: str) -> list[tuple[str, str]]:
    return [(row[Role.NAME], row[Role.TARGET]) for row in _rows(text)]


def test_a_target_wrapped_under_its_column_counted_in_characters_is_joined() -> None:
    column = sum(_WIDTHS[:4])  # the 指标值 column's start, in characters
    found = dict(_targets(_table(column)))
    assert found["整改问题办结时限"] == "交办后15个工作日内"
    assert parse_target(found["整改问题办结时限"]).kind is TargetKind.QUALITATIVE
    assert found["入户核查户数"] == "≥2400户"


def test_a_piece_standing_under_no_column_is_no_cells_wrapped_end() -> None:
    column = sum(_WIDTHS[:4]) + 5  # inside the 指标值 column, at no cell's start
    found = dict(_targets(_table(column)))
    assert found.get("整改问题办结时限") != "交办后15个工作日内"
