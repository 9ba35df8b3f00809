"""The indicator library: the built-in entries, explained fuzzy matching, and a bureau's Excel
sheet (read, merged, and rejected with errors naming sheet, row and column)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from jixiao.domain.framework import Category, Subcategory
from jixiao.domain.library import IndicatorLibrary, Scope, normalise_name, standard_library
from jixiao.domain.target import Direction
from jixiao.interchange.library_excel import LibrarySheetError, read_library_sheet

LIBRARY = standard_library()
HEADER = ["指标名称", "一级指标", "二级指标", "指标解释", "方向", "单位", "典型值", "别名"]


def test_the_built_in_library_has_the_department_wide_and_common_indicators() -> None:
    names = {entry.name for entry in LIBRARY.entries}
    assert len(LIBRARY) >= 40
    for name in (
        "预算执行率",
        "结转结余率",
        "在职人员控制率",
        "“三公”经费控制率",
        "服务对象满意度",
    ):
        assert name in names
    for item in ("接待费", "会议费", "差旅费", "培训费", "印刷费", "办公费"):
        assert f"{item}成本" in names


def test_every_entry_states_direction_and_a_readable_typical_value() -> None:
    for entry in LIBRARY.entries:
        assert entry.definition
        if entry.typical:
            assert entry.typical_target is not None
    control = LIBRARY.get("D03")
    assert control is not None and control.direction is Direction.REVERSE
    assert control.scope is Scope.DEPARTMENT


def test_names_are_compared_without_punctuation_and_with_rate_synonyms() -> None:
    assert normalise_name("“三公” 经费 控制比例") == "三公经费控制率"
    assert normalise_name("全年举办活动次数") == "举办活动次数"


def test_an_exact_name_matches_with_full_score() -> None:
    match = LIBRARY.match("预算执行率", "%")
    assert match is not None and match.entry.code == "D01" and match.score == 1.0
    assert "一致" in match.explanation


def test_a_name_containing_an_alias_matches_and_says_so() -> None:
    match = LIBRARY.match("侨群满意度", "%")
    assert match is not None and match.entry.name == "服务对象满意度"
    assert "包含" in match.explanation and "满意度" in match.explanation


def test_a_similar_name_matches_by_shared_bigrams_with_the_score_explained() -> None:
    match = LIBRARY.match("举办联谊活动次数", "次")
    assert match is not None and match.entry.name == "举办活动次数"
    assert "二字组" in match.explanation and "相似度" in match.explanation


def test_a_unit_that_cannot_be_the_librarys_lowers_the_score() -> None:
    fitting = LIBRARY.match("预算执行率", "%")
    clashing = LIBRARY.match("预算执行率", "次")
    assert fitting is not None and clashing is not None
    assert clashing.score < fitting.score and "不一致" in clashing.explanation


def test_an_unrelated_name_does_not_match_and_the_threshold_is_a_setting() -> None:
    assert LIBRARY.match("取暖面积", "平方米") is None
    assert LIBRARY.match("举办联谊活动次数", "次", threshold=0.9) is None


def test_search_lists_candidates_best_first() -> None:
    found = LIBRARY.search("预算执行")
    assert found[0].entry.code == "D01"
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)


def _sheet(tmp_path: Path, rows: list[list[object]], title: str = "指标库") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    sheet.append(["某市财政局绩效指标库"])  # a title row above the header
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    path = tmp_path / "bureau.xlsx"
    workbook.save(path)
    return path


GOOD_ROWS: list[list[object]] = [
    [
        "图书借阅率",
        "产出指标",
        "质量指标",
        "借阅图书数/馆藏图书数×100%",
        "正向",
        "%",
        "≥30%",
        "借阅比例",
    ],
    ["预算执行率", "产出指标", "时效指标", "实际支出/预算×100%", "", "%", "≥98%", ""],
    [None, None, None, None, None, None, None, None],
    ["非遗项目保护数量", "效益", "社会效益", "", "", "项", "", "非遗保护数、非遗项目数"],
]


def test_a_bureau_sheet_is_read_with_codes_aliases_and_inferred_direction(tmp_path: Path) -> None:
    entries = read_library_sheet(_sheet(tmp_path, GOOD_ROWS))
    assert [e.name for e in entries] == ["图书借阅率", "预算执行率", "非遗项目保护数量"]
    assert [e.code for e in entries] == ["B001", "B002", "B003"]
    first = entries[0]
    assert first.subcategory is Subcategory.QUALITY and first.aliases == ("借阅比例",)
    assert entries[2].category is Category.OUTCOME and entries[2].aliases == (
        "非遗保护数",
        "非遗项目数",
    )
    assert entries[1].direction is Direction.POSITIVE and first.source == "bureau.xlsx"


def test_a_bureau_entry_replaces_the_built_in_one_of_the_same_name(tmp_path: Path) -> None:
    extended = LIBRARY.extended(read_library_sheet(_sheet(tmp_path, GOOD_ROWS)))
    assert isinstance(extended, IndicatorLibrary)
    assert len(extended) == len(LIBRARY) + 2
    match = extended.match("预算执行率", "%")
    assert match is not None and match.entry.typical == "≥98%"
    assert extended.match("图书借阅比例", "%") is not None


@pytest.mark.parametrize(
    ("row", "column", "reason"),
    [
        (["借阅率", "投入指标", "", "", "", "%", "", ""], "一级指标", "投入指标"),
        (["借阅率", "产出", "社会效益", "", "", "%", "", ""], "二级指标", "社会效益"),
        (["借阅率", "产出", "", "", "向上", "%", "", ""], "方向", "正向"),
        (["借阅率", "产出", "", "", "", "公尺", "", ""], "单位", "公尺"),
        (["借阅率", "产出", "", "", "", "%", "大约30%", ""], "典型值", "大约30%"),
        (["", "产出", "", "", "", "%", "", ""], "指标名称", "为空"),
    ],
)
def test_a_bad_row_is_a_chinese_error_naming_sheet_row_and_column(
    tmp_path: Path, row: list[object], column: str, reason: str
) -> None:
    with pytest.raises(LibrarySheetError) as caught:
        read_library_sheet(_sheet(tmp_path, [GOOD_ROWS[0], row]))
    message = caught.value.message
    assert "工作表“指标库”第 4 行" in message and f"“{column}”列" in message
    assert reason in message


def test_a_duplicated_name_is_reported_with_both_rows(tmp_path: Path) -> None:
    with pytest.raises(LibrarySheetError, match="与第 3 行重复"):
        read_library_sheet(_sheet(tmp_path, [GOOD_ROWS[0], GOOD_ROWS[0]]))


def test_a_sheet_without_the_required_header_is_reported(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["指标名称", "说明"])
    path = tmp_path / "no-category.xlsx"
    workbook.save(path)
    with pytest.raises(LibrarySheetError, match="缺少“一级指标”列"):
        read_library_sheet(path)


def test_an_unknown_sheet_or_a_file_that_is_not_excel_is_reported(tmp_path: Path) -> None:
    path = _sheet(tmp_path, GOOD_ROWS)
    with pytest.raises(LibrarySheetError, match="没有工作表“其他”"):
        read_library_sheet(path, "其他")
    text = tmp_path / "notes.xlsx"
    text.write_text("不是表格", encoding="utf-8")
    with pytest.raises(LibrarySheetError, match="不是可读取的 Excel"):
        read_library_sheet(text)
