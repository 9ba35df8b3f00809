"""A document rendered in a capture class, read by the pipeline and compared with its truth.

A capture class is named ``layout[+modifier…]``: a layout of ``captures.LAYOUTS`` and any of
the cell damages (``ocr``, ``ocr2``, ``wingdings``, ``fullwidth``, ``thousands``), wrappers
(``web``, ``sharing``), page damages (``trad``, ``trad-plain``), a column set of
``sheet.COLUMN_SETS`` (drawn per seed when none is named), a merge style (``blank``,
``repeat``, ``middle``, ``absent``; else drawn), ``lead`` (a 绩效指标 first column),
``budget`` (a 部门收支预算总表 before the form), ``multi`` (one or two other hold-outs'
projects of the same form in the same table, with 项目名称 and 项目金额 columns) and ``cut``
(the capture stops inside a row in the second half of the table). The session-10, session-11
and session-12 shapes (``shapes``, ``ninth``, ``tenth``) add layouts and modifiers of their own
(see ``SESSION10_CLASSES``, ``SESSION11_CLASSES`` and ``SESSION12_CLASSES``). The same document,
class and seed always give the same text.
"""

from __future__ import annotations

import random
import re
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from corpus_check import DocumentCheck, IndicatorCheck, _check_one, _figures, _key, norm_name
from jixiao.ingest.pipeline import parse_file
from relayout import captures, damages, ninth, shapes, tenth, wording
from relayout.model import Document, all_documents, combine
from relayout.sheet import COLUMN_SETS, Options, Sheet, build, draw_options

# the classes measured by default: every layout, then damages, wrappers and combinations
DEFAULT_CLASSES = (
    "pipe",
    "pipe-wrapped",
    "markdown",
    "tabs",
    "spaces",
    "rows-glued",
    "lines",
    "bars",
    "paragraphs",
    "runon",
    "runon-spaced",
    "pdf",
    "pipe+trad",
    "spaces+trad",
    "pdf+trad",
    "pipe+ocr",
    "spaces+ocr",
    "spaces+ocr+ocr2",
    "pipe+wingdings",
    "pipe+web+cut",
    "lines+web+cut",
    "runon+sharing",
    "runon+explain",
    "pdf+cut",
    "pdf+split",
    "pdf-raw",
    "pdf-raw+trad",
    "pipe+trad+absent",
    "lines+absent",
    "paragraphs+lead",
    "pdf+trad+lead+middle",
    "pipe-wrapped+trad",
    "lines+trad+cut",
    "runon+standard",
    "rows-glued+explain",
    "paragraphs+scoring",
    "pipe+multi",
    "tabs+multi",
    "spaces+multi",
    "pipe+budget",
    "pipe+fullwidth",
    "tabs+thousands",
    "markdown+web",
    "csv",
    "fullwidth-bars",
    "ideographic",
    "boxes",
    "cards",
    "csv+thousands",
    "fullwidth-bars+fullwidth+trad",
    "ocr-columns",
    "ocr-columns+ocr",
    "tabs+longterm",
    "pipe+longterm",
)
# the shapes the eighth hold-out set brought (session 10, tests/relayout/shapes.py): names whose
# tails wrap onto a line of their own (and, as their negative, 一级 labels printed a glyph a row),
# the 绩效评价 score table, a 指标解释 column in free words, 部门职责 → 工作活动 tables, 其中：
# names and count units, a PDF name wrapped around its row's line
SESSION10_CLASSES = (
    "pipe+tails",
    "grid+tails",
    "markdown+tails",
    "spaces+tails",
    "tabs+tails",
    "lines+tails",
    "bars+tails",
    "rows-glued+tails",
    "pipe+vertical",
    "spaces+vertical",
    "lines+vertical",
    "pipe+tails+vertical",
    "grid+eval",
    "grid+eval+tails",
    "pipe+eval",
    "spaces+eval",
    "tabs+eval",
    "lines+eval",
    "paragraphs+eval",
    "rows-glued+eval",
    "runon+eval",
    "pdf+eval",
    "boxes+eval",
    "markdown+eval",
    "csv+eval",
    "cards+eval",
    "pdf-raw+eval",
    "pipe-wrapped+eval",
    "bars+eval",
    "runon-spaced+eval",
    "fullwidth-bars+eval",
    "ideographic+eval",
    "ocr-columns+eval",
    "runon+free",
    "rows-glued+free",
    "pipe+free",
    "spaces+free",
    "lines+free",
    "pdf+free",
    "runon+free+scoring",
    "rows-glued+eval+scoring",
    "spaces+duties+cut",
    "pipe+duties",
    "tabs+duties",
    "lines+duties",
    "pdf+duties",
    "pipe+duty-rows",
    "lines+duty-rows",
    "pdf+duty-rows",
    "pipe+units",
    "spaces+units",
    "lines+units",
    "pdf+units",
    "pdf+around",
    "pdf+units+around",
    "pdf-raw+around",
)
# the shapes the ninth hold-out set brought (session 11, tests/relayout/ninth.py): a sharing
# preview cut into fixed-width lines (and its negatives, wrapped between cells or padded to one
# width), Markdown from Word whose cells' second paragraphs became rows, worded 决策/过程
# criteria, a PDF score table's interleaved multi-line cells, labels centred on their span's
# lines, the 权重 after the target, funds blocks in every capture, the cards' 合计 card. New
# classes go at the END: each class reads a window of the test file's sample by its place here
SESSION11_CLASSES = (
    "fixed",
    "fixed+preview",
    "fixed+preview+cut",
    "fixed+eval",
    "fixed-cells",
    "fixed-cells+preview",
    "prn",
    "prn+funds",
    "word-md",
    "word-md+paras",
    "word-md+eval+worded+paras",
    "markdown+paras",
    "pipe+paras",
    "tabs+paras",
    "pdf+interleaved",
    "pdf+eval+interleaved",
    "pdf+eval+scoring+interleaved",
    "pdf+eval+worded+scoring+interleaved",
    "pdf-raw+eval+worded+interleaved",
    "rows-glued+after",
    "runon+after",
    "rows-glued+eval+worded",
    "pdf+after",
    "tabs+after",
    "pdf+centred",
    "pdf+centred+split",
    "pdf+centred+trad",
    "pdf-raw+centred",
    "pdf+centred+cut",
    "runon+funds",
    "rows-glued+funds",
    "grid+funds",
    "lines+funds",
    "spaces+funds",
    "pdf+funds",
    "fixed+funds",
    "cards+funds",
    "pipe+funds-prose",
    "lines+funds-prose",
    "runon+funds-prose",
    "cards+funds+total",
    "cards+eval+total",
    "pipe+funds",
    "paragraphs+funds",
    "word-md+funds",
)
# the shapes the tenth hold-out set brought (session 12, tests/relayout/tenth.py): a text PDF's
# row values on a wrapped name's last line, pdftotext without -layout one cell a line (wrapped
# cells as several lines), several forms in one file, a 监控表's 是否能完成目标 check boxes and
# 全年预计执行数, a time limit counted from an event (wrapped after the event, or glued to the
# weight after it), OCR's 2 for ≥ glued to a rate, 中期/年度 targets and funds, a 部门预算 text
# around its form and a department's 年度主要任务 block. New classes go at the END (each class
# reads a window of the test file's sample by its place here)
SESSION12_CLASSES = (
    "pdf+lower",
    "pdf+lower+lead+middle",
    "pdf+lower+split",
    "pdf-raw+lower",
    "pdf+lower+trad",
    "pdf-cells",
    "pdf-cells+forms",
    "pdf-cells+funds",
    "pdf-cells+event",
    "pdf-cells+tails",
    "pdf-cells+split",
    "pipe+forms",
    "pipe+monitor+yesno",
    "pipe+monitor+yesno+wingdings+tails",
    "tabs+monitor+yesno+funds",
    "rows-glued+monitor+yesno+basic+funds",
    "rows-glued+monitor+yesno+basic",
    "lines+event",
    "pipe+event",
    "spaces+event",
    "pdf+event",
    "rows-glued+event+after",
    "runon+event+after",
    "spaces+ocr+ocr-ge",
    "pipe+ocr-ge",
    "runon-spaced+ocr-ge",
    "pipe-wrapped+midterm",
    "pipe+midterm+funds",
    "tabs+midterm",
    "pdf+budget-doc",
    "pdf+budget-doc+lead+middle",
    "pdf-raw+budget-doc",
    "lines+budget-doc",
    "pdf+budget-doc+tasks+lead+middle",
    "pipe+tasks",
)
LAYOUTS: dict[str, captures.Renderer] = {
    **captures.LAYOUTS,
    "fixed": ninth.fixed_width,
    "fixed-cells": ninth.fixed_cells,
    "prn": ninth.prn,
    "word-md": ninth.word_markdown,
    "pdf-cells": tenth.pdf_cells,
}
_WRAPPERS = {**damages.WRAPPERS, "preview": ninth.preview, "budget-doc": tenth.budget_document}
_CELL_DAMAGES = {**damages.CELL_DAMAGES, "ocr-ge": tenth.ocr_glued_two}
_SHEET_MODIFIERS = {"tails", "free", "around"}
_DOCUMENT_MODIFIERS = {"eval", "duties", "duty-rows", "units"}
_MODIFIERS = _SHEET_MODIFIERS | _DOCUMENT_MODIFIERS | {"vertical"}
_MODIFIERS |= {"paras", "interleaved", "worded", "after", "centred", "funds", "funds-prose"}
_MODIFIERS |= {"total"}
_MODIFIERS |= {"lower", "forms", "monitor", "yesno", "event", "midterm", "tasks"}
# layouts that print no row of cells a second paragraph could make (one cell a line, run
# together, columns read apart) or wrap cells of their own (a PDF)
_NO_PARAGRAPH_ROWS = {"cards", "ocr-columns", "lines", "bars", "paragraphs", "runon"}
_NO_PARAGRAPH_ROWS |= {"runon-spaced", "fixed", "fixed-cells", "pdf", "pdf-raw", "prn"}
_NO_PARAGRAPH_ROWS |= {"pdf-cells"}
# one cell a line: a wrapped name's tail is the line after its head, inside its cell (a PDF
# read without -layout prints a cell's lines one after the other too)
_CELL_LINES = {"lines", "bars", "paragraphs", "pdf-cells"}
# layouts where a target counted from an event wraps inside its cell (a PDF's cell, one cell a
# line) and layouts that print it whole (run together, glued, one field a card, a fixed width)
_EVENT_INLINE = _CELL_LINES | {"pdf", "pdf-raw"}
_EVENT_WHOLE = {"rows-glued", "runon", "runon-spaced", "fixed", "fixed-cells", "prn", "cards"}
_EVENT_WHOLE |= {"ocr-columns", "csv"}


@dataclass(frozen=True)
class Rendering:
    document: Document
    capture: str
    seed: int
    options: Options
    text: str
    truth: Document  # the document as the text shows it in full (a cut drops rows)

    @property
    def expectation(self) -> dict[str, Any]:
        return self.truth.expectation()


def parse_capture(capture: str) -> tuple[str, list[str]]:
    """The layout and the modifiers of a class name; a ValueError names an unknown part."""
    layout, *modifiers = capture.split("+")
    known = set(_CELL_DAMAGES) | set(_WRAPPERS) | set(damages.TEXT_DAMAGES)
    known |= set(COLUMN_SETS) | set(wording.MERGES) | {"cut", "budget", "multi", "lead"}
    known |= _MODIFIERS
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}: {sorted(LAYOUTS)}")
    _refuse_session11(layout, modifiers)
    _refuse_session12(layout, modifiers)
    if "tails" in modifiers and layout in ("cards", "ocr-columns"):
        raise ValueError(f"{layout} prints no wrapped cell: no tails")
    if "around" in modifiers and not layout.startswith("pdf"):
        raise ValueError(f"around is a PDF layer's shape, not {layout}'s")
    for modifier in modifiers:
        if modifier not in known:
            raise ValueError(f"unknown modifier {modifier!r}: {sorted(known)}")
    return layout, modifiers


def _refuse_session11(layout: str, modifiers: list[str]) -> None:
    """The session-11 modifiers where their shape exists (a ValueError says why not)."""
    for shape in ("interleaved", "centred"):
        if shape in modifiers and not layout.startswith("pdf"):
            raise ValueError(f"{shape} is a PDF layer's shape, not {layout}'s")
    if "centred" in modifiers and {"interleaved", "around", "tails"} & set(modifiers):
        raise ValueError("centred lays out the rows itself: not with interleaved, around, tails")
    if "paras" in modifiers and (layout in _NO_PARAGRAPH_ROWS or "tails" in modifiers):
        raise ValueError(f"{layout} prints no row a second paragraph could make: no paras")
    if "worded" in modifiers and "eval" not in modifiers:
        raise ValueError("worded words the 绩效评价 criteria: it needs eval")
    if "after" in modifiers and ({"eval", "duties"} & set(modifiers) or _named_columns(modifiers)):
        raise ValueError("after is a column set of its own")
    funds = {"funds", "funds-prose"} & set(modifiers)
    if funds and {"eval", "duties", "duty-rows", "multi"} & set(modifiers):
        raise ValueError("a score table, a duties table or several projects print no funds block")
    if "total" in modifiers and layout != "cards":
        raise ValueError("total is the cards layout's last card")


def _refuse_session12(layout: str, modifiers: list[str]) -> None:
    """The session-12 modifiers where their shape exists (a ValueError says why not)."""
    chosen = set(modifiers)
    if "lower" in chosen and not layout.startswith("pdf"):
        raise ValueError(f"lower is a PDF layer's shape, not {layout}'s")
    if "lower" in chosen and {"centred", "interleaved", "around"} & chosen:
        raise ValueError("lower lays out the rows itself: not with centred, interleaved, around")
    single = {"multi", "cut", "eval", "duties", "duty-rows", "units", "funds", "funds-prose"}
    if "forms" in chosen and (single | {"total", "monitor", "worded"}) & chosen:
        raise ValueError("forms prints whole forms of the hold-outs as they are, one after another")
    if "yesno" in chosen and "monitor" not in chosen:
        raise ValueError("yesno is a 监控表's column: it needs monitor")
    if "monitor" in chosen and {"eval", "duties", "duty-rows", "multi"} & chosen:
        raise ValueError("a score table, a duties table or several projects are no 监控表")
    if "event" in chosen and {"eval", "duties", "duty-rows"} & chosen:
        raise ValueError("event words a 时效 row of a form, not of a score or duties table")
    if "midterm" in chosen and (_named_columns(modifiers) or {"eval", "duties", "after"} & chosen):
        raise ValueError("midterm is a column set of its own")
    if "tasks" in chosen and layout == "cards":
        raise ValueError("a card prints no block of five columns: no tasks")


def _named_columns(modifiers: list[str]) -> bool:
    return any(modifier in COLUMN_SETS for modifier in modifiers)


def render(document: Document, capture: str, seed: int) -> Rendering:
    """The document written in this capture class, the draws seeded by (document, class, seed)."""
    layout, modifiers = parse_capture(capture)
    rng = random.Random(f"{document.ident}|{capture}|{seed}")
    if "monitor" in modifiers:  # the form decides the header words drawn with the options
        document = tenth.monitoring(document, rng)
    options = _options(document, layout, modifiers, rng)
    if "multi" in modifiers and document.project:
        document = combine(document, _partners(document, rng))
    if "eval" in modifiers:
        document = shapes.evaluation(document, rng)
    if "worded" in modifiers:
        document = ninth.worded(document, rng)
    if "duties" in modifiers or "duty-rows" in modifiers:
        document = shapes.duties(document, rng)
    if "units" in modifiers:
        document = shapes.count_units(document, rng)
    if "event" in modifiers:
        document = tenth.event_limits(document, rng)
    if "funds" in modifiers or "funds-prose" in modifiers:
        document = ninth.with_funds(document, rng)
    truth = document
    others = _partners(document, rng) if "forms" in modifiers and document.project else []
    if others:
        truth = tenth.forms_truth(document, others)
    if layout == "cards" and "total" not in modifiers:  # the cards print no 合计/总分 row
        truth = replace(truth, total_score=None)
    if "cut" in modifiers:
        shown = rng.randint(len(document.rows) // 2, len(document.rows) - 1)
        options = replace(options, cut_at=shown)
        truth = document.cut(shown)
    sheet = build(document, options, rng)
    if "funds" in modifiers or "funds-prose" in modifiers:
        prose = "funds-prose" in modifiers
        sheet = ninth.funds_rows(sheet, document, rng, prose, cards=layout == "cards")
    sheet = _session12_sheet(sheet, document, modifiers, rng)
    for modifier in modifiers:
        if modifier in _CELL_DAMAGES:
            sheet = _CELL_DAMAGES[modifier](sheet, rng)
    sheet = _shaped(sheet, document, layout, modifiers, rng)
    drawn = rng.getstate()  # the layout's own draws, for the file's other forms to repeat
    text = LAYOUTS[layout](sheet, rng)
    if others:
        forms = [_form_text(other, layout, modifiers, options, rng, drawn) for other in others]
        text = tenth.several_forms([text, *forms], rng)
    if "total" in modifiers:
        text = ninth.total_card(text, sheet)
    for modifier in modifiers:  # the page's own furniture first, then what a mirror does to it
        if modifier in _WRAPPERS:
            text = _WRAPPERS[modifier](text, rng, sheet)
    for modifier in modifiers:
        if modifier in damages.TEXT_DAMAGES:
            text = damages.TEXT_DAMAGES[modifier](text, rng, sheet)
    return Rendering(document, capture, seed, options, text + "\n", truth)


def _session12_sheet(
    sheet: Sheet, document: Document, modifiers: list[str], rng: random.Random
) -> Sheet:
    """The session-12 sheet changes made before the cells' damages (a Wingdings copy turns the
    check boxes into R and £ too): 中期/年度 funds, the 监控表's boxes and funds columns."""
    if "midterm" in modifiers:
        sheet = tenth.midterm_funds(sheet, document, rng)
    if "yesno" in modifiers:
        sheet = tenth.forecast_funds(tenth.yes_no(sheet, rng), document)
    if "tasks" in modifiers:
        sheet = tenth.main_tasks(sheet, document, rng)
    return sheet


def _form_text(
    document: Document,
    layout: str,
    modifiers: list[str],
    options: Options,
    rng: random.Random,
    drawn: tuple[Any, ...],
) -> str:
    """Another form of the file, in the same layout, options and damages as the first (its
    layout's draws the first's: the same separators, widths and spacing)."""
    sheet = _session12_sheet(build(document, options, rng), document, modifiers, rng)
    for modifier in modifiers:
        if modifier in _CELL_DAMAGES:
            sheet = _CELL_DAMAGES[modifier](sheet, rng)
    sheet = _shaped(sheet, document, layout, modifiers, rng)
    same = random.Random()
    same.setstate(drawn)
    return LAYOUTS[layout](sheet, same)


def _options(document: Document, layout: str, modifiers: list[str], rng: random.Random) -> Options:
    """The rendering's options: drawn, then what the class names imposed, then what its
    layout cannot show set back (a merged cell absent only from a flattened HTML table)."""
    columns = next((m for m in modifiers if m in COLUMN_SETS), None)
    options = draw_options(document.form, rng, columns)
    if layout.startswith("pdf") and rng.random() < 0.6:
        options = replace(options, merge="middle")  # a PDF centres a merged cell on its span
    merge = next((m for m in modifiers if m in wording.MERGES), None)
    if merge is not None:
        options = replace(options, merge=merge)
    if "lead" in modifiers:
        options = replace(options, lead=True)
    if "budget" in modifiers:
        options = replace(options, budget_table=True)
    if layout == "ocr-columns":  # each label read once, where it is printed; a column with
        # empty cells would leave the k-th name without its k-th cell: one target column
        options = replace(options, merge="blank", columns=columns or "basic")
    if options.merge == "absent" and layout not in _HTML_LAYOUTS:
        options = replace(options, merge="blank")
    options = _session10_options(options, modifiers, columns)
    options = _session11_options(options, layout, modifiers)
    if "midterm" in modifiers:  # 中期指标值 | 年度指标值 | 权重 (h194)
        options = replace(options, columns="midterm", two_line_header=False)
    return options


def _session10_options(options: Options, modifiers: list[str], columns: str | None) -> Options:
    """What the session-10 modifiers impose: a score table's columns, the 指标解释 column of
    free words, a merged 一级 printed a glyph a row; a wrapped tail's continuation row keeps
    its cells' places, so never with a rowspan's absent cells."""
    if "eval" in modifiers:
        chosen = "evaluation-scoring" if "scoring" in modifiers else "evaluation"
        options = replace(options, columns=chosen, two_line_header=False, lead=False)
    if "free" in modifiers and columns not in ("explain", "scoring"):
        options = replace(options, columns="explain")
    if "duties" in modifiers:
        options = replace(options, columns="duties", lead=False, two_line_header=False)
    if "duty-rows" in modifiers:  # a 职责/活动 row is one cell: no lead column beside it
        options = replace(options, lead=False)
    if "units" in modifiers and columns is None:
        options = replace(options, columns="unit")
    elif "around" in modifiers and columns is None:  # one line for every other cell
        options = replace(options, columns="basic")
    if "vertical" in modifiers:
        options = replace(options, merge="vertical")
    if "tails" in modifiers and options.merge == "absent":
        options = replace(options, merge="blank")
    return options


def _session11_options(options: Options, layout: str, modifiers: list[str]) -> Options:
    """What the session-11 layouts and modifiers impose: the 权重 column after the target; a
    Word table converted to Markdown leaves a merged cell empty under its label on its first
    row (a label named in the class aside), as a second paragraph's row must keep its cells'
    places (never absent)."""
    named = any(modifier in wording.MERGES for modifier in modifiers)
    if layout == "word-md" and not named:
        options = replace(options, merge="blank")
    if "after" in modifiers:
        options = replace(options, columns="after", two_line_header=False)
    if "paras" in modifiers and options.merge in ("absent", "vertical"):
        options = replace(options, merge="blank")
    if "centred" in modifiers:  # the label on its span's first row, centred when laid out
        options = replace(options, merge="blank")
    return options


def _shaped(
    sheet: Sheet, document: Document, layout: str, modifiers: list[str], rng: random.Random
) -> Sheet:
    """The session-10 sheet modifiers, in a fixed order: words first, then rows above the
    indicators, then the wrapping."""
    if "free" in modifiers:
        sheet = shapes.free_words(sheet, rng)
    if "duty-rows" in modifiers:
        sheet = shapes.duty_rows(sheet, document, rng)
    if "around" in modifiers:
        sheet = replace(sheet, valign="around")
    if "tails" in modifiers:
        sheet = shapes.name_tails(sheet, rng, inline=layout in _CELL_LINES)
    if "paras" in modifiers:
        sheet = ninth.second_paragraphs(sheet, rng)
    if "interleaved" in modifiers:
        sheet = replace(sheet, valign="interleaved")
        if "scoring" in modifiers and rng.random() < 0.5:  # 评分标准 after the actual (h173)
            sheet = shapes.move_after(sheet, "scoring", "actual")
    if "centred" in modifiers:
        sheet = replace(sheet, valign="centred")
    if "lower" in modifiers:
        sheet = replace(sheet, valign="lower")
    if "event" in modifiers and layout not in _EVENT_WHOLE:
        sheet = tenth.event_breaks(sheet, rng, inline=layout in _EVENT_INLINE)
    return sheet


# layouts that come from an HTML table flattened: a rowspan's cells absent from later rows
_HTML_LAYOUTS = {"pipe", "pipe-wrapped", "lines", "bars", "paragraphs", "runon", "runon-spaced"}
_HTML_LAYOUTS |= {"fullwidth-bars", "ideographic"}


# The partners of a several-project table come from the hold-outs written up to the ninth set.
# Drawn from every hold-out, the pool grew with each blind set: landing one changed the
# sample's renderings, and put a blind set's rows into the classes the reader's helpers fix by.
_PARTNERS_UP_TO = 178


def _partners(document: Document, rng: random.Random) -> list[Document]:
    """One or two other hold-outs of the same form with a project, to share the table."""
    pool = [
        other
        for other in all_documents()
        if other.form == document.form
        and other.project
        and other.ident != document.ident
        and int(other.ident[1:]) <= _PARTNERS_UP_TO
    ]
    return rng.sample(pool, min(len(pool), rng.randint(1, 2)))


def read(rendering: Rendering) -> DocumentCheck:
    """The rendering read by the pipeline (``parse_file`` on the text written to a temporary
    .txt) and checked as tests/corpus_check.py checks a hold-out."""
    spec = rendering.expectation
    result = DocumentCheck(
        source=f"{rendering.document.ident}/{rendering.capture}/{rendering.seed}",
        genre="",
        expected_genre=spec["genre"],
        layout=rendering.capture,
    )
    with tempfile.TemporaryDirectory(prefix="relayout-") as folder:
        path = Path(folder) / f"{rendering.document.ident}.txt"
        path.write_text(rendering.text, encoding="utf-8")
        try:
            document, report = parse_file(path)
        except Exception as error:  # a refusal or a crash: every indicator missed
            result.error = f"{type(error).__name__}: {error}"
            result.indicators = [IndicatorCheck(item, "missed") for item in spec["indicators"]]
            return result
    result.genre = report.genre or ""
    pool = [indicator for _, indicator in document.all_indicators()]
    result.indicators = [_check_one(item, pool) for item in spec["indicators"]]
    result.extra = [indicator.name for indicator in pool]
    result.key = _key(spec["key"], document, report)
    result.figures = _figures(spec["figures"], document)
    return result


def line_of(rendering: Rendering, name: str) -> str:
    """The rendered line that holds a name (or its first characters), for a miss's report."""
    lines = rendering.text.splitlines()
    for wanted in (norm_name(name), norm_name(name)[:4]):
        for line in lines:
            plain = norm_name(_GLOSS.sub("", line))  # a mirror's glosses out of the way
            if wanted and wanted in plain:
                start = max(0, plain.find(wanted) - 60)
                return line.strip()[start : start + 160]
    return ""


_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)")
