"""Forms as HTML and PDF: escaping, print setup, repeated headers, page numbers, fonts."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from html.parser import HTMLParser

import pdfplumber
import pytest

from jixiao.report import html, pdf
from jixiao.report.layout import Cell, Form, Heading, Paragraph, Signature, Table

HOSTILE = ('=HYPERLINK("http://x","点")', "<script>alert(1)</script>", "@SUM(A1)")
SIGNATURE = ("填报单位(盖章):", "单位负责人:", "填报人:", "填报日期:")
HEADER = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
ROWS = 70  # more than a landscape page holds


def _long_form() -> Form:
    header = (tuple(Cell(text, "header") for text in HEADER),)
    body = []
    for i in range(ROWS):
        name = HOSTILE[i] if i < len(HOSTILE) else f"第{i}项指标"
        category = Cell("产出指标", "label", rowspan=ROWS) if i == 0 else None
        cells = (
            Cell("数量指标", "label"),
            Cell(name),
            Cell(f"≥{i}次"),
            Cell(Decimal(i) / 4, "number", number_format="0.00"),
        )
        body.append((category, *cells) if category else cells)
    table = Table((8, 8, 30, 10, 8), header, tuple(body))
    return Form(
        title="项目支出绩效目标申报表",
        subtitle="(2020年度)",
        meta=(("填报单位", HOSTILE[1]), ("单位", "万元")),
        blocks=(Heading(HOSTILE[0]), Paragraph(HOSTILE[2]), table, Signature(SIGNATURE)),
        landscape=True,
    )


def _short_form() -> Form:
    table = Table((10, 10), (), ((Cell("审核意见", "label"), Cell("同意")),))
    return Form("审核意见", None, (), (table,), landscape=False)


FORMS = (_long_form(), _short_form())


class _Text(HTMLParser):
    """The text a browser shows, and the elements it builds."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def page() -> str:
    return html.render_html(FORMS)


@pytest.fixture(scope="module")
def pages() -> list[tuple[float, float, str]]:
    with pdfplumber.open(io.BytesIO(pdf.render_pdf(FORMS))) as document:
        return [(p.width, p.height, p.extract_text() or "") for p in document.pages]


def test_html_shows_hostile_text_as_text(page: str) -> None:
    parser = _Text()
    parser.feed(page)
    shown = "".join(parser.text)
    for text in HOSTILE:
        assert text in shown  # a browser shows it literally
    assert "script" not in parser.tags and "a" not in parser.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page


def test_html_repeats_header_rows_in_thead_and_keeps_spans(page: str) -> None:
    thead = re.search(r"<thead>(.*?)</thead>", page, re.S)
    assert thead is not None
    assert all(text in thead.group(1) for text in HEADER)
    assert f'rowspan="{ROWS}"' in page
    assert page.count('<section class="form') == 2
    assert 'class="form landscape"' in page and 'class="form portrait"' in page


def test_html_print_css_numbers_pages_and_breaks_between_forms(page: str) -> None:
    assert 'counter(page) " 页 共 " counter(pages)' in page
    assert "size: A4 landscape" in page and "size: A4 portrait" in page
    assert "break-before: page" in page
    assert "Noto Sans CJK SC" in page and "Noto Serif CJK SC" in page


def test_pdf_repeats_the_header_and_numbers_every_page(
    pages: list[tuple[float, float, str]],
) -> None:
    assert len(pages) >= 3  # the long table spans pages, the second form has its own
    total = len(pages)
    for number, (_, _, text) in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {total} 页" in text
    table_pages = [text for _, _, text in pages if "数量指标" in text]
    assert len(table_pages) >= 2
    for text in table_pages:
        assert " ".join(HEADER) in text  # the thead on every page of the table
        assert "产出指标" in text  # the merged 一级 label, cut at the break and repeated


def test_a_merged_cell_is_cut_at_a_page_break_and_its_text_repeated() -> None:
    rows = (
        (Cell("A", rowspan=4), Cell("B", rowspan=2), Cell("1")),
        (Cell("2"),),
        (Cell("C", rowspan=2), Cell("3")),
        (Cell("4"),),
    )
    cut = html.cut_spans(rows, frozenset({1, 3}))
    assert [[(c.value, c.rowspan) for c in row] for row in cut] == [
        [("A", 1), ("B", 1), ("1", 1)],
        [("A", 2), ("B", 1), ("2", 1)],
        [("C", 1), ("3", 1)],
        [("A", 1), ("C", 1), ("4", 1)],
    ]
    table = Table((1, 1, 1), (), rows)
    assert html.spanned_cuts(table, frozenset({1, 2, 3})) == {1, 2, 3}
    assert html.spanned_cuts(Table((1,), (), ((Cell("x"),), (Cell("y"),))), frozenset({1})) == set()


def test_pdf_pages_are_a4_in_each_forms_orientation(
    pages: list[tuple[float, float, str]],
) -> None:
    long_side, short_side = pytest.approx(841.89, abs=1), pytest.approx(595.28, abs=1)
    *first, last = pages
    for width, height, _ in first:
        assert width == long_side and height == short_side  # landscape
    assert last[0] == short_side and last[1] == long_side  # the review opinion is portrait
    assert "审核意见" in last[2] and "数量指标" not in last[2]


def test_pdf_text_layer_has_hostile_text_literally_and_the_signature(
    pages: list[tuple[float, float, str]],
) -> None:
    text = "\n".join(t for _, _, t in pages)
    for hostile in HOSTILE:
        assert hostile in text
    signature_line = next(line for line in text.splitlines() if SIGNATURE[0] in line)
    assert all(label in signature_line for label in SIGNATURE)
    assert "第69项指标" in text and "17.25" in text  # the last row, its number formatted


def test_missing_font_is_a_chinese_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "_missing_fonts", lambda: ("Noto Sans CJK SC",))
    with pytest.raises(pdf.PdfError, match=r"找不到中文字体 Noto Sans CJK SC.*fonts-noto-cjk"):
        pdf.render_pdf(FORMS)


@pytest.mark.parametrize("url", ["http://example.com/x.png", "file:///etc/passwd"])
def test_the_pdf_fetches_nothing_but_data_urls(url: str) -> None:
    with pytest.raises(ValueError, match="disallowed protocol"):
        pdf.fetcher().fetch(url)


def test_a_chart_is_an_image_in_html_and_prints_in_the_pdf() -> None:
    from jixiao.domain.monitoring import Colour
    from jixiao.report import charts

    chart = charts.draw(charts.warnings_by_colour({Colour.RED: 2}, HOSTILE[1]))
    form = Form("绩效图表", None, (), (chart,), landscape=False)
    page = html.render_html([form])
    assert '<img src="data:image/svg+xml;base64,' in page
    assert 'alt="预警：&lt;script&gt;' in page and "<script" not in page
    with pdfplumber.open(io.BytesIO(pdf.render_pdf([form]))) as document:
        assert len(document.pages) == 1
        assert "绩效图表" in (document.pages[0].extract_text() or "")
        assert document.pages[0].curves or document.pages[0].rects  # the chart, as vectors
