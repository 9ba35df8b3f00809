"""OCR of a scanned form reads the lower half of a tall row's glyphs as a line of debris
under the name (bare components of characters, letters and digits spaced among them); the
row's other cells wrapped onto that line are joined, the debris is no part of the name."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.general.wraps import is_ocr_debris

_SCAN = (
    "一级指标\t二级指标\t三级指标\t指标解释\t指标值\n"
    "产出指标\t数量指标\t举办招聘会场次\t全年举办招聘会场次\t≥6场\n"
    "满意度\t服务对象满意度\t求职人员满意度\t满意人数/调查\t≥85%\n"
    "指标\t指标\t亻卄 2 扌i丕\t总人数\t\n"
)


def test_the_debris_under_a_name_is_dropped_and_the_other_wraps_joined() -> None:
    rows = {row[Role.NAME]: row for row in table_rows(_SCAN) if Role.NAME in row}
    row = rows["求职人员满意度"]
    assert row[Role.TARGET] == "≥85%"
    assert row.get(Role.SUBCATEGORY) == "服务对象满意度指标"


def test_debris_is_told_from_words() -> None:
    assert is_ocr_debris("亻卄 2 扌i丕")
    assert not is_ocr_debris("量 (只)")  # a name's wrapped end
    assert not is_ocr_debris("率 2")  # no bare component
    assert not is_ocr_debris("扌")  # a component alone, nothing spaced among it
