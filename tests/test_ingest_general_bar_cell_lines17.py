"""A web table copied one cell a line, each cell ending its line with `` |`` (an empty cell
a bare ``|``), whose long cells wrapped inside them: a cell's first lines carry no bar, and
are joined to the line that ends it, so the row keeps its cells in place (session 17)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form, text_source
from jixiao.domain.model import Indicator
from jixiao.ingest.general.bar_wraps import join_bar_cell_lines


def _bars(*rows: tuple[str, ...]) -> str:
    """Rows written one cell a line with their bars; a cell holding a newline is wrapped."""
    return "\n".join(f"{cell} |" if cell else "|" for row in rows for cell in row)


_HEADER = (
    "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "评分标准", "实际完成值", "得分"
)  # fmt: skip
_TEXT = "\n".join(
    [
        "项目支出绩效自评表",
        "(2022年度)",
        _bars(
            ("项目名称", "乡村医生补助经费"),
            ("主管部门", "青川县卫生健康局", "实施单位", "青川县卫生健康局"),
            _HEADER,
            ("产出指标", "数量指标", "补助乡村医生人数", "20", "≥ 310人", "完成得满分",
             "318人", "20"),
            ("", "质量指标", "村卫生室标准化建设达\n标率", "20", "≥ 95%",
             "每低于目标值1个百分点\n扣0.5分,扣完为止", "96.2%", "20"),
            ("", "时效指标", "补助资金拨付及时率", "10", "100%", "完成得满分", "100%", "10"),
            ("效益指标", "社会效益指标", "村民基本医疗服务可及\n性", "20", "明显提高",
             "完成得满分", "明显提高", "20"),
            ("满意度指标", "服务对象满意度指标", "就诊村民满意度", "10", "≥ 90%", "完成得满分",
             "93%", "10"),
        ),
    ]
)  # fmt: skip


def _read(tmp_path: Path) -> dict[str, Indicator]:
    document = read_form(tmp_path, _TEXT)
    return {indicator.name: indicator for _, indicator in document.all_indicators()}


def test_a_wrapped_name_is_one_name_with_its_values(tmp_path: Path) -> None:
    read = _read(tmp_path)
    assert list(read) == [
        "补助乡村医生人数",
        "村卫生室标准化建设达标率",
        "补助资金拨付及时率",
        "村民基本医疗服务可及性",
        "就诊村民满意度",
    ]
    rate = read["村卫生室标准化建设达标率"]
    assert rate.target is not None and rate.target.canonical == "≥95%"
    assert rate.result is not None and rate.result.actual_text == "96.2%"


def test_the_rows_after_a_wrapped_cell_keep_their_places(tmp_path: Path) -> None:
    read = _read(tmp_path)
    timely = read["补助资金拨付及时率"]
    assert timely.target is not None and timely.target.value == 100
    assert timely.result is not None and timely.result.score == 10
    assert read["村民基本医疗服务可及性"].weight == 20


def test_a_title_before_the_table_is_no_cells_first_line() -> None:
    joined = join_bar_cell_lines(text_source(_TEXT).lines)
    assert joined is not None
    texts = [line.text for line in joined]
    assert texts[:3] == ["项目支出绩效自评表", "(2022年度)", "项目名称 |"]
    assert "村卫生室标准化建设达标率 |" in texts


def test_a_text_not_of_bar_cells_is_left_as_it_is() -> None:
    lines = "\n".join(["绩效目标表", "项目名称 | 乡村医生补助经费", "年度目标", "完成补助发放 |"])
    assert join_bar_cell_lines(text_source(lines).lines) is None
