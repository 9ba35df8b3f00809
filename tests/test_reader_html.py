"""HTML read as the lines of cells the general reader reads: a page's source saved as a
file (a Word document "saved as web page", a site's page), or a table's source pasted into a
text. Spans expanded as the Word reader expands them, entities decoded, a cell's wrapped
lines joined, scripts, styles and comments dropped."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.readers import read_source
from jixiao.ingest.readers.html import html_lines, join_pieces, markup_runs

_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>绩效目标</title>
<style>td { border: 1px solid; } p.x { margin: 0 }</style>
<script>var rows = "<tr><td>三级指标</td></tr>";</script>
</head>
<body>
<!-- 页面导航：首页 > 信息公开 -->
<div class="title"><strong>2024年度项目支出绩效目标表</strong></div>
<p>单位：万元</p>
<table border="1">
<tr><td>项目名称</td><td colspan="3">城乡学校校舍维修改造</td></tr>
<tr><td>主管部门</td><td colspan="3">平阳县教育局</td></tr>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td>
<td>维修改造<br/>
校舍面积</td><td>&ge;1.8万平方米</td></tr>
<tr><td>更新<span lang="EN-US">课桌椅</span>套数</td><td>&gt;=600套</td></tr>
<tr><td>质量指标</td><td>工程验收合格率</td><td>100%</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>师生安全&nbsp;隐患</td><td>明显减少</td></tr>
</table>
<p>&nbsp;</p>
</body></html>
"""


def test_a_page_source_file_is_read_as_its_table(tmp_path: Path) -> None:
    document = read_form(tmp_path, _PAGE)
    targets = {
        indicator.name: indicator.target.text if indicator.target else None
        for _, indicator in document.all_indicators()
    }
    assert targets == {
        "维修改造校舍面积": "≥1.8万平方米",
        "更新课桌椅套数": ">=600套",
        "工程验收合格率": "100%",
        "师生安全 隐患": "明显减少",
    }
    assert document.fiscal_year == 2024


def test_a_rowspan_cell_is_empty_below_its_first_row_and_a_colspan_cell_is_one() -> None:
    lines = [cells for _, cells in html_lines(_PAGE)]
    assert ("项目名称", "城乡学校校舍维修改造") in lines
    assert ("产出指标", "数量指标", "维修改造校舍面积", "≥1.8万平方米") in lines
    assert ("", "", "更新课桌椅套数", ">=600套") in lines
    assert ("", "质量指标", "工程验收合格率", "100%") in lines


def test_scripts_styles_and_comments_are_no_text_of_the_page() -> None:
    text = " ".join(cell for _, cells in html_lines(_PAGE) for cell in cells)
    assert "var rows" not in text
    assert "border" not in text
    assert "页面导航" not in text
    assert "2024年度项目支出绩效目标表" in text


def test_each_line_keeps_the_number_of_the_line_it_starts_on() -> None:
    numbers = dict((cells[0], number) for number, cells in html_lines(_PAGE))
    assert numbers["2024年度项目支出绩效目标表"] == 8
    assert numbers["项目名称"] == 11
    assert numbers["产出指标"] == 14


def test_a_page_named_html_is_read_by_its_content(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_PAGE, encoding="utf-8")
    cells = [line.cells for line in read_source(path).lines]
    assert ("", "", "更新课桌椅套数", ">=600套") in cells


def test_a_table_source_pasted_into_a_text_is_read_and_the_text_around_kept(
    tmp_path: Path,
) -> None:
    text = (
        "2023年度部门整体支出绩效目标表\n"
        "部门名称：武宁县水利局\n"
        '<table class="t"><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td>'
        "<td>指标值</td></tr>\n"
        "<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>堤防加固长度</td>"
        "<td>&ge;12公里</td></tr>\n"
        "<tr><td>时效指标</td><td>汛前完工时间</td><td>2023年5月底前</td></tr>\n"
        "</table>\n"
        "注：以上指标为年初设定。\n"
    )
    path = tmp_path / "pasted.txt"
    path.write_text(text, encoding="utf-8")
    lines = [(line.number, line.cells) for line in read_source(path).lines]
    assert lines[0] == (1, ("2023年度部门整体支出绩效目标表",))
    assert (4, ("产出指标", "数量指标", "堤防加固长度", "≥12公里")) in lines
    assert (5, ("", "时效指标", "汛前完工时间", "2023年5月底前")) in lines
    assert lines[-1] == (7, ("注：以上指标为年初设定。",))
    document = read_form(tmp_path, text)
    names = [indicator.name for _, indicator in document.all_indicators()]
    assert names == ["堤防加固长度", "汛前完工时间"]


def test_a_wrapped_chinese_word_joins_without_a_space_and_other_words_keep_one() -> None:
    assert join_pieces(["受益", "群众满意度"]) == "受益群众满意度"
    assert join_pieces(["PM2.5", "年均浓度"]) == "PM2.5 年均浓度"
    assert join_pieces(["\u00a0", "  "]) == ""


def test_text_with_comparison_signs_or_a_stray_tag_is_no_markup(tmp_path: Path) -> None:
    text = "三级指标 | 指标值\n废水排放达标率 | <5%\n处理量 | >3<b>万吨</b>\n"
    assert markup_runs(text.splitlines()) == []
    path = tmp_path / "plain.txt"
    path.write_text(text, encoding="utf-8")
    cells = [line.cells for line in read_source(path).lines]
    assert cells[1] == ("废水排放达标率", "<5%")
    assert cells[2] == ("处理量", ">3<b>万吨</b>")


def test_a_page_body_copied_without_its_head_is_read_as_markup() -> None:
    body = [
        "<p class=MsoNormal><b>2022年度转移支付绩效目标表</b></p>",
        "<p class=MsoNormal>单位：万元</p>",
        "<table><tr><td>三级指标</td><td>指标值</td></tr>",
        "<tr><td>农村公路养护里程</td><td>&ge;320公里</td></tr></table>",
        "<p class=MsoNormal>&nbsp;</p>",
    ]
    assert markup_runs(body) == [(0, 4)]
    assert [cells for _, cells in html_lines("\n".join(body))] == [
        ("2022年度转移支付绩效目标表",),
        ("单位：万元",),
        ("三级指标", "指标值"),
        ("农村公路养护里程", "≥320公里"),
    ]


def test_a_huge_span_is_capped_and_read_in_bounded_time() -> None:
    markup = '<table><tr><td rowspan="99999999" colspan="99999999">甲</td><td>乙</td></tr>'
    markup += "<tr><td>丙</td></tr></table>"
    assert [cells for _, cells in html_lines(markup)] == [("甲", "乙"), ("", "丙")]


def test_a_form_inside_a_page_layout_table_is_read_as_its_own_rows() -> None:
    markup = """<table width="980"><tr><td class="nav">首页 &gt; 信息公开</td></tr>
<tr><td class="content"><p>2021年度项目支出绩效自评表</p>
<table border="1">
<tr><td>三级指标</td><td>年度指标值</td><td>实际完成值</td></tr>
<tr><td>改造老旧管网长度</td><td>&ge;15公里</td><td>16.2公里</td></tr>
</table>
<p>填报人：李明</p></td></tr></table>"""
    assert [cells for _, cells in html_lines(markup)] == [
        ("首页 > 信息公开",),
        ("2021年度项目支出绩效自评表",),
        ("三级指标", "年度指标值", "实际完成值"),
        ("改造老旧管网长度", "≥15公里", "16.2公里"),
        ("填报人：李明",),
    ]


def test_a_table_caption_is_a_line_above_its_rows() -> None:
    markup = "<table><caption>2020年度整体支出绩效目标表</caption><tr><td>一级指标</td>"
    markup += "<td>三级指标</td></tr></table>"
    assert [cells for _, cells in html_lines(markup)] == [
        ("2020年度整体支出绩效目标表",),
        ("一级指标", "三级指标"),
    ]


def test_rows_copied_without_their_table_tag_are_a_table_until_the_text_goes_on() -> None:
    markup = "<p>附表</p>\n<tr><td>三级指标</td><td>指标值</td></tr>\n"
    markup += "<tr><td>村级道路硬化里程</td><td>&ge;8公里</td></tr>\n<p>注：数据截至年底。</p>"
    assert html_lines(markup) == [
        (1, ("附表",)),
        (2, ("三级指标", "指标值")),
        (3, ("村级道路硬化里程", "≥8公里")),
        (4, ("注：数据截至年底。",)),
    ]


def test_preformatted_text_keeps_its_lines_and_their_spaces() -> None:
    markup = "<html><body><pre>三级指标    指标值\n入户<b>走访率</b>  100%</pre></body></html>"
    assert html_lines(markup) == [(1, ("三级指标    指标值",)), (2, ("入户走访率  100%",))]
