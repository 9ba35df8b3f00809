"""JSON records in a text (an open-data portal's API answer) read as the table they serve:
the records' keys its header (through the data dictionary printed beside the answer or
served in it, or Chinese keys as they are), one line per record, the head object's fields as
``label：value`` lines. Any other JSON is left as text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from general_support import read_form
from jixiao.errors import JixiaoError
from jixiao.ingest.pipeline import parse_file
from jixiao.ingest.readers import read_source
from jixiao.ingest.readers.json_records import json_lines


def _rows(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.splitlines(), start=1))


def _cells(text: str) -> list[tuple[str, ...]]:
    lines = json_lines(_rows(text))
    assert lines is not None
    return [line.cells for line in lines]


_CODED = """江门市开放数据平台 数据集：2024年项目支出绩效目标表（新会区卫生健康局）
数据字典：a1=一级指标，a2=二级指标，a3=三级指标，a4=指标值，a5=备注，xmmc=项目名称，zgbm=主管部门
返回结果：{"success": true, "result": {"header": {"xmmc": "基层医疗机构设备更新",
"zgbm": "江门市新会区卫生健康局"}, "list": [
{"a1": "产出指标", "a2": "数量指标", "a3": "更新DR设备台数", "a4": "≥6台", "a5": ""},
{"a1": "产出指标", "a2": "质量指标", "a3": "设备验收合格率", "a4": "100%", "a5": null},
{"a1": "满意度指标", "a2": "服务对象满意度指标", "a3": "就诊群众满意度", "a4": "≥90%"}]}}
"""


def test_coded_keys_are_read_through_the_dictionary_printed_beside_the_answer() -> None:
    cells = _cells(_CODED)
    assert ("一级指标", "二级指标", "三级指标", "指标值", "备注") in cells
    assert ("产出指标", "质量指标", "设备验收合格率", "100%") in cells
    assert ("项目名称：基层医疗机构设备更新",) in cells
    assert not any("success" in cell for row in cells for cell in row)


def test_the_text_around_the_answer_is_kept_and_each_record_has_its_line() -> None:
    lines = json_lines(_rows(_CODED))
    assert lines is not None
    assert lines[0].number == 1 and lines[1].number == 2
    assert lines[2].text == "返回结果："
    numbers = {line.cells[2]: line.number for line in lines if len(line.cells) > 2}
    assert numbers == {"三级指标": 4, "更新DR设备台数": 5, "设备验收合格率": 6, "就诊群众满意度": 7}


def test_the_answer_reads_as_the_form_it_serves(tmp_path: Path) -> None:
    document = read_form(tmp_path, _CODED)
    targets = {i.name: i.target.text for _, i in document.all_indicators() if i.target}
    assert targets == {"更新DR设备台数": "≥6台", "设备验收合格率": "100%", "就诊群众满意度": "≥90%"}
    assert document.projects[0].name == "基层医疗机构设备更新"
    assert document.fiscal_year == 2024


def test_chinese_keys_and_a_tree_of_records_are_read_one_line_per_leaf() -> None:
    text = """{"code": 0, "data": [
 {"一级指标": "产出指标", "children": [
   {"二级指标": "数量指标", "children": [
     {"三级指标": "培训基层干部人次", "指标值": "≥800人次"},
     {"三级指标": "编印培训教材", "指标值": "3种"}]}]},
 {"一级指标": "效益指标", "children": [
   {"二级指标": "社会效益指标", "children": [
     {"三级指标": "干部履职能力", "指标值": "有所提升"}]}]}]}
"""
    assert _cells(text) == [
        ("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "数量指标", "培训基层干部人次", "≥800人次"),
        ("产出指标", "数量指标", "编印培训教材", "3种"),
        ("效益指标", "社会效益指标", "干部履职能力", "有所提升"),
    ]


def test_a_dictionary_served_in_the_answer_names_its_columns() -> None:
    text = """{"columns": [{"field": "c1", "title": "三级指标"},
  {"field": "c2", "title": "年度指标值"}, {"field": "c3", "title": "实际完成值"}],
 "rows": [{"c1": "河道保洁长度", "c2": "≥45公里", "c3": "47公里"},
  {"c1": "水质达标率", "c2": "≥95%", "c3": "96.2%"}]}
"""
    assert _cells(text) == [
        ("三级指标", "年度指标值", "实际完成值"),
        ("河道保洁长度", "≥45公里", "47公里"),
        ("水质达标率", "≥95%", "96.2%"),
    ]


def test_numbers_are_written_as_json_wrote_them_and_null_is_empty() -> None:
    text = '[{"名称": "甲", "分值": 10, "得分": 9.5, "完成": true, "原因": null}, {"名称": "乙"}]'
    assert _cells(text) == [
        ("名称", "分值", "得分", "完成", "原因"),
        ("甲", "10", "9.5", "是"),
        ("乙",),
    ]


def test_json_without_records_is_left_as_text() -> None:
    assert json_lines(_rows('配置：{"theme": "dark", "pageSize": 20}\n其他说明')) is None
    assert json_lines(_rows("指标值{≥95%}按[年度]计\n")) is None
    assert json_lines(_rows('{"rows": [{"a": 1}, \n')) is None  # cut off: not JSON


def test_records_with_no_indicator_content_read_no_form(tmp_path: Path) -> None:
    path = tmp_path / "api.txt"
    path.write_text(
        '{"rows": [{"站点": "城东", "PM2.5": 31, "日期": "2024-05-01"},'
        ' {"站点": "城西", "PM2.5": 28, "日期": "2024-05-01"}]}\n',
        encoding="utf-8",
    )
    assert next(line.cells for line in read_source(path).lines) == ("站点", "PM2.5", "日期")
    with pytest.raises(JixiaoError):
        parse_file(path)


def test_a_table_served_by_columns_names_each_row_by_its_column_list() -> None:
    text = """{"meta": {"columns": [{"fieldName": "zb3", "name": "三级指标"},
    {"fieldName": "mbz", "name": "目标值"}]},
 "result": {"fields": ["zb3", "mbz"],
  "values": [
   ["垃圾清运量", "≥3.6万吨"],
   ["清运及时率", "≥98%"]]}}
"""
    lines = json_lines(_rows(text))
    assert lines is not None
    assert [(line.number, line.cells) for line in lines] == [
        (4, ("三级指标", "目标值")),
        (5, ("垃圾清运量", "≥3.6万吨")),
        (6, ("清运及时率", "≥98%")),
    ]


def test_records_served_as_a_string_of_json_are_decoded() -> None:
    inner = json.dumps([{"三级指标": "新建充电桩数量", "指标值": "≥40个"}], ensure_ascii=False)
    text = json.dumps({"code": 0, "data": inner}, ensure_ascii=False)
    assert _cells(text) == [("三级指标", "指标值"), ("新建充电桩数量", "≥40个")]
    assert json_lines(_rows(json.dumps({"note": '{"a": 1}'}))) is None


_CODE_MAP = """某市数据开放平台 > 项目支出绩效运行监控
{"code": 0, "meta": {"dict": {"XM": "项目名称", "A1": "一级指标", "A2": "二级指标",
"A3": "三级指标", "ZB": "年度指标值", "YS": "年度预算数", "ZX": "1-8月执行数"}},
"money": {"YS": "926.50", "ZX": "410.30"},
"rows": [{"XM": "城区公厕维护", "A1": "产出指标", "A2": "数量指标", "A3": "维护公厕座数",
"ZB": "≥45座"}, {"XM": "城区公厕维护", "A1": "满意度指标", "A2": "服务对象满意度指标",
"A3": "群众满意度", "ZB": "≥90%"}]}
"""


def test_a_dictionary_served_as_one_object_of_codes_names_the_columns_and_fields() -> None:
    cells = _cells(_CODE_MAP)
    assert ("项目名称", "一级指标", "二级指标", "三级指标", "年度指标值") in cells
    assert ("年度预算数：926.50",) in cells and ("1-8月执行数：410.30",) in cells
    # the dictionary itself is no form's fields
    assert ("项目名称：项目名称",) not in cells


def test_a_head_object_of_the_records_values_is_no_dictionary() -> None:
    # near miss: codes to Chinese strings that are the records' own values, not labels
    text = """数据字典：xm=项目名称，a1=一级指标，a2=二级指标，a3=三级指标，zb=指标值，dw=实施单位
{"head": {"xm": "乡村学校食堂改造", "dw": "某县教育局", "a1": "产出指标"},
"list": [{"xm": "乡村学校食堂改造", "a1": "产出指标", "a2": "数量指标", "a3": "改造食堂数",
"zb": "≥12所", "dw": "某县教育局"}]}
"""
    cells = _cells(text)
    assert ("项目名称：乡村学校食堂改造",) in cells
    assert ("实施单位：某县教育局",) in cells
