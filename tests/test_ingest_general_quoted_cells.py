"""A spreadsheet's rows copied as tab-separated text, a cell of several lines between
double quotes: the row's cells after it are read with it, the quotes dropped."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, table_rows, text_source
from jixiao.ingest.general.quoted_cells import join_quoted_cells, unquote_whole_cells
from jixiao.ingest.general.vocabulary import Role

_HEAD = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
_FIRST = "产出指标\t数量指标\t改造农村户厕数量\t≥2400户\t2510户\t20\t20\n"
_LAST = "满意度指标\t服务对象满意度指标\t改厕农户满意度\t≥90%\t93%\t10\t10\n"


def _rows(middle: str) -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(_HEAD + _FIRST + middle + _LAST)}


def test_a_quoted_target_of_two_lines_keeps_its_rows_later_cells() -> None:
    rows = _rows('\t时效指标\t奖补资金兑付时限\t"验收合格后\n20个工作日内"\t18个工作日\t10\t9\n')
    row = rows["奖补资金兑付时限"]
    assert row[Role.TARGET] == "验收合格后20个工作日内"
    assert (row[Role.ACTUAL], row[Role.WEIGHT], row[Role.SCORE]) == ("18个工作日", "10", "9")


def test_a_quoted_name_of_three_lines_is_one_name_without_its_quotes() -> None:
    rows = _rows('\t质量指标\t"改厕后粪污\n无害化处理\n达标率"\t≥95%\t96.1%\t10\t10\n')
    assert rows["改厕后粪污无害化处理达标率"][Role.TARGET] == "≥95%"


def test_a_quote_no_line_closes_is_left_as_it_is() -> None:
    text = _HEAD + '产出指标\t数量指标\t"改造农村户厕数量\t≥2400户\n说明:数据来源于统计\n'
    assert join_quoted_cells(text_source(text).lines) is None


def test_inner_doubled_quotes_are_one_quote() -> None:
    text = '质量指标\t"达到""三格式""\n标准户数"\t≥2000户\n'
    joined = join_quoted_cells(text_source(text).lines)
    assert joined is not None
    assert joined[0].cells == ("质量指标", '达到"三格式"标准户数', "≥2000户")
    assert joined[1].text == ""


# a project's self-evaluation saved from Excel as "Unicode text": its amounts in 元 with
# thousands separators, each quoted as Excel quotes a cell holding a comma
_YUAN_FORM = (
    "2023年度项目支出绩效自评表\n"
    "项目名称\t乡村学校取暖设施改造\t\t\t\t\t\n"
    "主管部门\t某县教育局\t\t\t实施单位\t某县教育局\n"
    "项目资金(元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    '\t年度资金总额\t"2,450,000.00"\t"2,618,400.00"\t"2,503,190.50"\t10\t95.60%\t9.56\n'
    '\t其中：当年财政拨款\t"2,450,000.00"\t"2,618,400.00"\t"2,503,190.50"\t\t\t\n'
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t改造取暖学校数\t≥14所\t15所\t20\t20\n"
    "满意度指标\t服务对象满意度指标\t师生满意度\t≥90%\t94%\t10\t10\n"
)


def test_quoted_amounts_with_thousands_separators_are_the_funding_rows_figures(
    tmp_path: Path,
) -> None:
    document = read_form(tmp_path, _YUAN_FORM)
    execution = document.projects[0].funding_execution[0]
    assert execution.full_year_budget == Decimal("261.84")
    assert execution.executed == Decimal("250.31905")
    assert execution.execution_rate == Decimal("95.60")


def test_a_whole_quoted_cell_of_a_tab_row_is_its_text() -> None:
    text = '\t合计\t"1,306.20"\t"明细见附表,共3项"\t"说""达标""即可"\n'
    bare = unquote_whole_cells(text_source(text).lines)
    assert bare is not None
    assert bare[0].cells == ("", "合计", "1,306.20", "明细见附表,共3项", '说"达标"即可')
    assert bare[0].text == '\t合计\t1,306.20\t明细见附表,共3项\t说"达标"即可'


def test_quotes_inside_a_cells_text_are_kept() -> None:
    # a name quoting a programme's title: the quotes are the text's own, not a field's
    text = '产出指标\t"放管服"改革"一网通办"事项数\t≥120项\n'
    assert unquote_whole_cells(text_source(text).lines) is None


def test_a_quoted_cell_of_a_line_without_tabs_is_not_a_field() -> None:
    text = '项目名称 | "智慧校园"建设 | 合计 | "1,200.00"\n'
    assert unquote_whole_cells(text_source(text).lines) is None
