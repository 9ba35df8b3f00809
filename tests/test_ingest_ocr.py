"""The OCR reader (RapidOCR) on the scanned fixtures, and the layout rules it shares with PDFs.

The scans are the text PDFs rasterised at 150 dpi, turned by up to 0.4°, blurred and
specked (``scripts/make-fixtures.py``). Measured when written (docs/benchmarks.md):
character accuracy 0.982 to 1.000 over the cell texts (difflib ratio, whitespace removed,
NFKC), about 4 s a page on two cores. The bound below leaves room for another onnxruntime
build. Each scan is read once per session (shared with the end-to-end tests).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ingest_support import (
    SCAN_DIR,
    char_accuracy,
    read_scan,
    source_rows,
    squeezed,
    text_fixtures,
)
from jixiao.ingest.cells import read_target_cell
from jixiao.ingest.readers import read_source
from jixiao.ingest.readers.layout import Box, Spacing, page_lines, ruled_grids
from jixiao.ingest.readers.ocr import LOW_CONFIDENCE, confidence_notes
from jixiao.ingest.source import SourceFormat, SourceLine

MIN_CHAR_ACCURACY = 0.97
TEXTS = text_fixtures()
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
NOTO_CJK_SC = 2  # the face's index in the collection


def _scan(stem: str) -> list[SourceLine]:
    return read_scan(SCAN_DIR / f"{stem}.pdf").lines


def _row_with(lines: list[SourceLine], label: str) -> tuple[str, ...]:
    """The first row with a cell ``label``, in NFKC form (OCR picks full- or half-width :)."""
    return next(squeezed(line.cells) for line in lines if label in squeezed(line.cells))


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS, ids=[path.stem for path in TEXTS])
def test_scan_is_read_with_high_character_accuracy(text: Path) -> None:
    document = read_scan(SCAN_DIR / f"{text.stem}.pdf")

    assert document.format is SourceFormat.PDF_OCR
    read = "".join("".join(line.cells) for line in document.lines)
    expected = "".join("".join(row) for row in source_rows(text))
    assert char_accuracy(read, expected) >= MIN_CHAR_ACCURACY
    assert all(line.confidence is not None for line in document.lines)


@pytest.mark.slow
def test_scanned_table_rows_keep_labels_and_targets_together() -> None:
    lines = _scan("xingtai-project")

    assert _row_with(lines, "举办联谊活动次数")[-1] == "≥5次"
    assert _row_with(lines, "接待费成本")[-1] == "≤1.1万元"
    assert _row_with(lines, "侨群满意度")[-1] == "≥90%"
    # The ruling lines of the scan make the columns: merged cells read as empty cells.
    assert _row_with(lines, "接待海外侨胞人数")[:3] == ("", "", "接待海外侨胞人数")
    budget = _row_with(lines, "预算数")
    assert budget[budget.index("预算数") + 1] == "8万元"


@pytest.mark.slow
def test_scanned_rows_match_the_source_rows() -> None:
    lines = _scan("huangshi-approval")
    read = [squeezed(line.cells) for line in lines]
    expected = [squeezed(row) for row in source_rows_of("huangshi-approval")]

    # OCR misreads a character here and there (■ as 口); nearly every row is exact.
    exact = sum(1 for row in expected if row in read)
    assert exact >= len(expected) - 2
    assert _row_with(lines, "项目金额") == (
        "项目金额",
        "164万元",
        "其中:当年市级财政资金",
        "132万元",
    )
    assert _row_with(lines, "满意度指标")[-1] == "≥95%"


def source_rows_of(stem: str) -> list[tuple[str, ...]]:
    text = next(path for path in TEXTS if path.stem == stem)
    return source_rows(text, tables_only=True)


@pytest.mark.slow
def test_image_file_is_read_by_ocr(tmp_path: Path) -> None:
    # The top of a scanned page saved as PNG: a photo or scan sent as an image.
    document = read_scan(SCAN_DIR / "huangshi-monitoring.pdf")
    assert document.lines
    import pdfplumber

    with pdfplumber.open(SCAN_DIR / "huangshi-monitoring.pdf") as scanned:
        page = scanned.pages[0].to_image(resolution=150).original
    path = tmp_path / "page.png"
    page.crop((0, 0, page.width, page.height // 3)).save(path)

    image = read_source(path)

    assert image.format is SourceFormat.IMAGE_OCR
    assert ("项目名称", "申遗经费") in [line.cells for line in image.lines]
    assert all(line.page == 1 for line in image.lines)


def test_unreadable_image_is_refused(tmp_path: Path) -> None:
    from jixiao.ingest.readers import SourceFileError

    path = tmp_path / "坏图.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)

    with pytest.raises(SourceFileError, match=r"坏图\.png"):
        read_source(path)


def test_low_confidence_lines_get_a_note() -> None:
    cells = [("接待费成本", "≤1.1万元", 0.99), ("会议费成本", "€2万元", 0.61)]
    lines = [
        SourceLine(number, "\t".join(row[:2]), row[:2], page=2, confidence=row[2])
        for number, row in enumerate(cells, start=3)
    ]

    notes = confidence_notes(lines)

    assert LOW_CONFIDENCE > 0.61
    assert [(note.page, note.line) for note in notes] == [(2, 4)]
    assert "置信度低(0.61)" in notes[0].message
    assert "会议费成本" in notes[0].message


# --- the shared layout rules, on boxes as OCR returns them -------------------------------

OCR_LIKE = Spacing(word=0.5, cell=1.0)


def _box(text: str, x0: float, top: float, width: float, score: float = 0.99) -> Box:
    return Box(text, x0, top, x0 + width, top + 20, score)


def test_boxes_are_grouped_into_rows_by_their_centres_whatever_their_order() -> None:
    boxes = [
        _box("≥95%", 400, 103, 60),  # a little lower, and listed first
        _box("侨群满意度", 50, 100, 100, score=0.7),
        _box("≥20人", 400, 141, 60),
        _box("接待海外侨胞人数", 50, 140, 160),
    ]

    lines = page_lines(boxes, [], OCR_LIKE, page=1)

    assert [line.cells for line in lines] == [("侨群满意度", "≥95%"), ("接待海外侨胞人数", "≥20人")]
    assert [line.text for line in lines] == ["侨群满意度\t≥95%", "接待海外侨胞人数\t≥20人"]
    assert lines[0].confidence == 0.7


def test_close_boxes_make_one_cell_and_wide_gaps_new_cells() -> None:
    boxes = [
        _box("侨联网站", 50, 100, 80),
        _box("正常运行率", 133, 100, 100),
        _box("≥95%", 400, 100, 60),
    ]

    (line,) = page_lines(boxes, [], OCR_LIKE, page=1)

    assert line.cells == ("侨联网站正常运行率", "≥95%")


def test_a_box_running_over_a_ruling_line_is_shared_between_the_cells() -> None:
    # Two ruled cells, 三级指标 | 指标值, read as one box across the line at x=180.
    grid = ruled_grids([[(100.0, 90.0, 180.0, 130.0), (180.0, 90.0, 240.0, 130.0)]])
    boxes = [_box("三级指标指标值", 104, 100, 7 * 19)]

    (line,) = page_lines(boxes, grid, OCR_LIKE, page=1)

    assert line.cells == ("三级指标", "指标值")


def test_wrapped_prose_is_rejoined_into_one_line() -> None:
    boxes = [
        _box("绩效目标:保障必要办公条件,提高工作", 80, 100, 400),  # indented first line
        _box("效率,确保各项工作正常运转。", 50, 124, 280),
        _box("二、分项绩效目标", 50, 170, 160),  # after a paragraph gap
    ]

    lines = page_lines(boxes, [], OCR_LIKE, page=1)

    assert [line.text for line in lines] == [
        "绩效目标:保障必要办公条件,提高工作效率,确保各项工作正常运转。",
        "二、分项绩效目标",
    ]
    assert [line.number for line in lines] == [1, 3]


def test_images_of_any_kind_reach_the_engine_as_rgb(monkeypatch: pytest.MonkeyPatch) -> None:
    from jixiao.ingest.readers import ocr

    shapes: list[tuple[int, ...]] = []

    class FakeEngine:
        def __call__(self, pixels: object, **options: object) -> tuple[None, None]:
            shapes.append(getattr(pixels, "shape", ()))
            return None, None

    monkeypatch.setattr(ocr, "_engine", lambda: FakeEngine())

    assert ocr.ocr_image(Image.new("L", (40, 30), 255)) == []
    assert shapes == [(30, 40, 3)]


def _ruled_table(rows: list[tuple[str, str]], size: int = 19, pad: int = 6) -> Image.Image:
    """A two-column ruled table as a 150 dpi scan prints 9 pt text: the value set close to
    its cell's left rule, as a form prints it."""
    font = ImageFont.truetype(str(NOTO_CJK), size, index=NOTO_CJK_SC)
    widths = [max(int(font.getlength(row[c])) for row in rows) + 2 * pad + 40 for c in (0, 1)]
    row_height, margin = int(size * 2.2), 20
    xs = [margin, margin + widths[0], margin + sum(widths)]
    image = Image.new("L", (xs[-1] + margin, row_height * len(rows) + 2 * margin), 255)
    draw = ImageDraw.Draw(image)
    for index in range(len(rows) + 1):
        y = margin + index * row_height
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
    for x in xs:
        draw.line([(x, margin), (x, margin + row_height * len(rows))], fill=0, width=2)
    for index, row in enumerate(rows):
        middle = margin + index * row_height + row_height / 2
        for column, text in enumerate(row):
            draw.text((xs[column] + pad, middle), text, font=font, fill=0, anchor="lm")
    return image


@pytest.mark.skipif(not NOTO_CJK.exists(), reason="fonts-noto-cjk not installed")
def test_short_cells_of_a_ruled_table_keep_their_comparison_symbols() -> None:
    """A lone ≤0 (the detector's box is barely wider than the two glyphs) was read as ≤
    alone; values against their cell's rule must keep ≥ (read as 2: 25项 for ≥5项)."""
    from jixiao.ingest.readers.ocr import ocr_image

    rows = [
        ("安全事故发生次数", "≤0"),
        ("新增基层侨联组织数量", "≥2个"),
        ("促成合作项目数量", "≥5项"),
        ("举办联谊活动次数", "≥5次"),
        ("走访慰问侨企、侨群户数", "≥60户"),
    ]

    lines = ocr_image(_ruled_table(rows))

    read = [squeezed(line.cells) for line in lines]
    assert [cells[0] for cells in read] == [name for name, _ in rows]
    targets = [read_target_cell(cells[-1]).target for cells in read]
    assert [target.canonical if target else None for target in targets] == [
        "≤0",
        "≥2个",
        "≥5项",
        "≥5次",
        "≥60户",
    ]


def test_a_crop_is_framed_tight_to_its_ink_and_a_short_run_is_set_apart() -> None:
    from jixiao.ingest.readers.ocr import CROP_MARGIN_X, CROP_MARGIN_Y, _framed, _inked, _spaced

    page = np.full((60, 100), 255, np.uint8)
    page[20:40, 30:40] = 0  # two glyphs 20 px high, 5 px apart
    page[20:40, 45:55] = 0
    ink = np.asarray(page == 0, dtype=np.uint8) * 255

    box = (10.0, 10.0, 90.0, 50.0)
    tight, tight_ink = _inked(page, ink[10:50, 10:90], box)
    framed = _framed(tight, box)

    assert tight.shape == (20, 25)
    assert framed.shape == (20 + 2 * round(CROP_MARGIN_Y * 20), 25 + 2 * round(CROP_MARGIN_X * 20))
    assert (framed[:, : round(CROP_MARGIN_X * 20)] == 255).all()
    spaced = _spaced(tight, tight_ink)
    assert spaced.shape[1] > tight.shape[1]
    assert int((spaced == 0).sum()) == int((tight == 0).sum())


def test_a_box_the_detector_overlaps_with_its_neighbour_is_read_without_the_neighbours_glyphs() -> (
    None
):
    from jixiao.ingest.readers.ocr import _own_ink

    ink = np.zeros((40, 200), np.uint8)
    ink[10:30, 20:60] = 255  # the first box's glyphs, running past its box to x=60
    ink[10:30, 70:150] = 255  # the second box's glyphs
    found = [(20.0, 10.0, 75.0, 30.0), (55.0, 10.0, 150.0, 30.0)]  # overlapping boxes
    widened = (40.0, 10.0, 160.0, 30.0)  # the second box widened left

    own = _own_ink(ink, found, 1, widened)

    columns = np.flatnonzero(own.any(axis=0)) + int(widened[0])
    assert columns.min() >= 55  # nothing of the first box left of the second's own box
    assert columns.max() == 149
