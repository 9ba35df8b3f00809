"""A standard in words the vocabulary lacks (妥善留存, 较往年压缩, 无遗失、无泄露), printed
one cell a line, one cell a paragraph or after its name on one line, is its name's target,
not a second indicator's name; a template whose targets are blank, a measure's name and a
numbered name below keep their rows."""

from __future__ import annotations

from pathlib import Path

from jixiao.domain.model import PerformanceDocument
from jixiao.domain.target import TargetKind
from jixiao.ingest.general.stream import Cell
from jixiao.ingest.general.table import Row
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.general.worded_rows import worded_targets_joined
from jixiao.ingest.pipeline import parse_file

_HEAD = """项目支出绩效目标表
(2024年度)
项目名称 水质自动监测站运维
主管部门 清河县生态环境局 实施单位 清河县环境监测站
项目资金(万元) 年度资金总额 58 其中:财政拨款 58
年度总体目标
完成全县8个水质自动监测站运行维护,保障监测数据连续有效。
"""

_ONE_CELL_A_LINE = (
    _HEAD
    + """|
一级指标 |
二级指标 |
三级指标 |
指标值 |
|
产出指标 |
数量指标 |
运维监测站数量 |
≥8个 |
|
|
质量指标 |
运维台账资料 |
妥善留存 |
|
|
|
监测数据有效率 |
≥90% |
|
|
时效指标 |
故障响应时间 |
≤24小时 |
|
效益指标 |
社会效益指标 |
水质异常预警时长 |
较往年压缩 |
|
满意度指标 |
服务对象满意度指标 |
周边群众满意度 |
≥90% |
"""
)

_PARAGRAPHS = (
    _HEAD
    + """绩效指标

   一级指标 二级指标 三级指标 指标值

   产出指标

    数量指标

     运维监测站数量

≥8个

    质量指标

     监测数据安全

无遗失、无泄露

     监测数据有效率

≥90%

   满意度指标

    服务对象满意度指标

     周边群众满意度

≥90%
"""
)

_ONE_LINE = (
    _HEAD
    + """绩效指标 一级指标 二级指标 三级指标 指标值
    产出指标
    数量指标 指标1:运维监测站数量 ≥8个
    质量指标 指标1:监测数据有效率 ≥90%
    效益指标
    可持续影响指标 指标1:监测站点运行 常年在线
    满意度指标
    服务对象满意度指标 指标1:周边群众满意度 ≥90%
"""
)


def _read(tmp_path: Path, text: str) -> PerformanceDocument:
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    return parse_file(path)[0]


def _targets(document: PerformanceDocument) -> dict[str, str | None]:
    return {
        indicator.name: (indicator.target.text if indicator.target else None)
        for _, indicator in document.all_indicators()
    }


def _standard(document: PerformanceDocument, name: str) -> str | None:
    for _, indicator in document.all_indicators():
        if indicator.name == name and indicator.target is not None:
            assert indicator.target.kind is TargetKind.QUALITATIVE
            return indicator.target.standard
    return None


def test_a_worded_standard_one_cell_a_line_is_its_names_target(tmp_path: Path) -> None:
    document = _read(tmp_path, _ONE_CELL_A_LINE)
    targets = _targets(document)
    assert _standard(document, "运维台账资料") == "妥善留存"
    assert _standard(document, "水质异常预警时长") == "较往年压缩"
    assert "妥善留存" not in targets and "较往年压缩" not in targets
    assert targets["故障响应时间"] == "≤24小时"
    assert len(targets) == 6


def test_a_worded_standard_in_a_paragraph_of_its_own_is_its_names_target(
    tmp_path: Path,
) -> None:
    document = _read(tmp_path, _PARAGRAPHS)
    assert _standard(document, "监测数据安全") == "无遗失、无泄露"
    assert "无遗失、无泄露" not in _targets(document)
    assert _targets(document)["监测数据有效率"] == "≥90%"


def test_a_worded_standard_after_its_name_on_one_line_is_its_target(tmp_path: Path) -> None:
    document = _read(tmp_path, _ONE_LINE)
    assert _standard(document, "监测站点运行") == "常年在线"
    assert "常年在线" not in _targets(document)


def test_a_template_whose_targets_are_blank_keeps_its_names(tmp_path: Path) -> None:
    blank = _PARAGRAPHS.replace("≥8个\n", "\n").replace("无遗失、无泄露\n", "台站环境整治\n")
    blank = blank.replace("≥90%\n", "\n")
    names = set(_targets(_read(tmp_path, blank)))
    assert {"监测数据安全", "台站环境整治"} <= names


def test_a_measures_name_below_a_name_without_target_stays_a_name(tmp_path: Path) -> None:
    text = _PARAGRAPHS.replace("无遗失、无泄露\n", "     设备完好率\n")
    targets = _targets(_read(tmp_path, text))
    assert "设备完好率" not in targets.values()
    assert targets["监测数据有效率"] == "≥90%"


def test_a_numbered_name_below_a_name_without_target_stays_a_name(tmp_path: Path) -> None:
    numbered = "指标1:监测站点运行\n    指标2:站房巡检"
    text = _ONE_LINE.replace("指标1:监测站点运行 常年在线", numbered)
    targets = _targets(_read(tmp_path, text))
    assert targets["监测站点运行"] is None
    assert "站房巡检" in targets


def _row(name: Cell, target: Cell | None = None) -> Row:
    cells = {Role.NAME: name, **({Role.TARGET: target} if target is not None else {})}
    return Row(cells=cells, category=None, subcategory=None, project=None, line=name.line)


def _rows(columns: tuple[int, int]) -> list[Row]:
    return [
        _row(Cell("宣传册发放数量", 3), Cell("≥500册", 3)),
        _row(Cell("志愿服务队伍", 4, column=columns[0])),
        _row(Cell("常态运转", 4, column=columns[1])),
        _row(Cell("活动参与人次", 5), Cell("≥800人次", 5)),
    ]


def test_a_worded_row_on_its_names_line_joins_where_cells_were_placed_by_kind() -> None:
    joined = worded_targets_joined(_rows((-1, -1)))
    assert [row.cells[Role.NAME].text for row in joined] == [
        "宣传册发放数量",
        "志愿服务队伍",
        "活动参与人次",
    ]
    assert joined[1].cells[Role.TARGET].text == "常态运转"


def test_cells_that_keep_their_columns_on_one_line_are_not_joined() -> None:
    # a tab or pipe line's cells stand in their columns: two texts are two columns' pieces
    assert len(worded_targets_joined(_rows((1, 2)))) == 4
