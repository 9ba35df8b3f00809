"""A document printed over pages (a PDF, a workbook's sheets): each page numbers its lines
from 1, a header is printed again for each goal, a page's footer falls inside a paragraph,
the signatures stand under the last table; and a workbook's row whose values are empty."""

from __future__ import annotations

from general_support import table_rows
from jixiao.domain.model import PerformanceDocument
from jixiao.ingest.general.places import in_reading_order, line_span, reading
from jixiao.ingest.general.reader import read_document
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.report import ImportReport
from jixiao.ingest.source import SourceDocument, SourceFormat, SourceLine

_HEADER = "项目名称及金额(万元) | 一级指标 | 二级指标 | 三级指标 | 指标值 | 备注"


def _paged(*pages: tuple[str, ...]) -> SourceDocument:
    """Rows cut at ``|``, each page's lines numbered from 1, as a PDF's reader gives them."""
    lines = [
        SourceLine(number=n, text=row, cells=tuple(c.strip() for c in row.split("|")), page=page)
        for page, rows in enumerate(pages, start=1)
        for n, row in enumerate(rows, start=1)
    ]
    return SourceDocument(name="t.pdf", format=SourceFormat.PDF_TEXT, lines=lines)


_FIRST_PAGE = (
    "某局2023年部门预算绩效文本",
    "某局编制 某县财政局审核",
    "第一部分 2023年部门整体绩效目标",
    "三、工作保障措施",
    "(一)加强领导,完善制度建设",
    "成立预算绩效工作领导小组,统筹协调、",
    "第 1 页 共 3 页",
)
_SECOND_PAGE = (
    "分工协作、合力推进。",
    "某局部门整体支出绩效目标申报表",
    "部门名称 | 某局",
    "年度收入预算(万元) | 合计 | 300 | 一般公共预算拨入 | 300",
    "年度整体支出目标1 | 保障机关正常运转。",
    _HEADER,
    "人员经费(100万元) | 产出指标 | | 职工出勤率 | ≥95% |",
    " | 效益指标 | | 单位年终考核成绩 | 良好",
    "第 2 页 共 3 页",
)
_THIRD_PAGE = (
    "年度整体支出目标2 | 保障侨务工作。",
    _HEADER,
    "侨务工作经费 | 产出指标 | | 举办联谊活动次数 | ≥5次 |",
    " | | | 接待海外侨胞人数 | ≥20人 |",
    " | | | 走访慰问侨企户数 | ≥60户 |",
    " | | | 召开工作会议次数 | ≥4次 |",
    " | 效益指标 | | 侨群满意度 | ≥90% |",
    "单位负责人(签字): | 财务负责人(签字): | 填报人:",
)


def _read(source: SourceDocument) -> tuple[PerformanceDocument, ImportReport]:
    report = ImportReport(source=source.name, format=source.format.value, genre="")
    return read_document(source, report), report


def test_rows_of_later_pages_are_kept_though_their_numbers_repeat_the_first_pages() -> None:
    document, _ = _read(_paged(_FIRST_PAGE, _SECOND_PAGE, _THIRD_PAGE))
    goals = [[i.name for i in goal.indicators] for goal in document.department_goals]
    assert goals == [
        ["职工出勤率", "单位年终考核成绩"],
        [
            "举办联谊活动次数",
            "接待海外侨胞人数",
            "走访慰问侨企户数",
            "召开工作会议次数",
            "侨群满意度",
        ],
    ]


def test_each_value_is_placed_on_its_page_and_its_line_there() -> None:
    document, _ = _read(_paged(_FIRST_PAGE, _SECOND_PAGE, _THIRD_PAGE))
    first = document.department_goals[1].indicators[0].provenance["row"]
    assert (first.page, first.line) == (3, 3)


def test_a_header_printed_again_for_each_goal_is_no_remark_of_the_row_above() -> None:
    document, _ = _read(_paged(_FIRST_PAGE, _SECOND_PAGE, _THIRD_PAGE))
    remarks = [i.remark for g in document.department_goals for i in g.indicators]
    assert remarks == [None] * 7


def test_the_signatures_under_the_table_are_no_part_of_the_goals_funding_block() -> None:
    document, _ = _read(_paged(_FIRST_PAGE, _SECOND_PAGE, _THIRD_PAGE))
    blocks = [g.funding_block and g.funding_block.name for g in document.department_goals]
    assert blocks == ["人员经费", "侨务工作经费"]


def test_a_pages_footer_inside_a_paragraph_is_no_text_of_it() -> None:
    document, _ = _read(_paged(_FIRST_PAGE, _SECOND_PAGE, _THIRD_PAGE))
    texts = [section.text for section in document.safeguards]
    assert texts == ["成立预算绩效工作领导小组,统筹协调、分工协作、合力推进。"]


def test_a_reason_names_a_line_by_its_page_where_pages_number_their_own() -> None:
    _, places = in_reading_order(_paged(("a", "b"), ("c", "d", "e")))
    with reading(places):
        assert line_span([4, 5]) == "第2页第2、3行"
        assert line_span([2, 3]) == "第1页第2行与第2页第1行"
    assert line_span([4, 5]) == "第4、5行"  # a text file's lines are its own


def test_a_text_files_lines_keep_their_numbers() -> None:
    source = _paged(("a", "b", "c"))
    assert in_reading_order(source) == (source, None)


_WHOLE_NAMES = """\
一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性
产出指标\t数量指标\t举办联谊活动次数\t≥\t5\t次
\t\t接待海外侨胞人数\t≥\t20\t人
\t\t开展侨法宣传活动次数\t≥\t2\t次
\t\t召开工作会议次数
\t\t组织干部学习培训次数\t≥\t2\t次
\t\t侨情简讯刊发期数\t≥\t24\t期
"""


def test_a_whole_name_with_empty_values_over_another_is_a_row_of_its_own() -> None:
    # a workbook's row whose 指标值 is left empty: not the first line of the name below
    names = [(row[Role.NAME], row.get(Role.TARGET)) for row in table_rows(_WHOLE_NAMES)]
    assert names[2:5] == [
        ("开展侨法宣传活动次数", "2"),
        ("召开工作会议次数", None),
        ("组织干部学习培训次数", "2"),
    ]
