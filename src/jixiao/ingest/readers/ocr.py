"""OCR reader: a scanned page image → lines of cells, with RapidOCR (ONNX, models in the wheel).

A page is read in steps:

1. RapidOCR's detector finds the text boxes.
2. Ruling lines are found with morphological filters and assembled into table cells by
   pdfplumber's own table finder, as for a PDF's drawn lines.
3. The lines and specks of dust are wiped, each box is widened a little (the detector
   leaves out a leading 一, taken for a line) and RapidOCR's recogniser reads the box's ink
   from a crop of one shape: tight to the ink, with white margins in proportion to its
   height. A doubtful read is tried again stretched sideways and as the detector cut it.
4. A ruled cell with ink but no box (a lone 1, a dash) is read from its ink.
5. The boxes are laid out like the words of a PDF text layer
   (:mod:`jixiao.ingest.readers.layout`): each goes to the table cell under its centre, so
   columns and empty cells survive; elsewhere boxes are grouped into rows by their vertical
   centres and split into cells at wide gaps.

Text is kept as read, full- or half-width: the two look alike on paper and the recogniser
picks either, so code that compares OCR text with a label should compare NFKC forms. A
line's ``confidence`` is the lowest score of its boxes; a line below
:data:`LOW_CONFIDENCE` is reported so that a person checks it.

The engine is built once per process, on first use, limited to the machine's 2 cores.
"""

from __future__ import annotations

import os
import statistics
from functools import cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray
from pdfplumber.table import (
    cells_to_tables,
    edges_to_intersections,
    intersections_to_cells,
    merge_edges,
)
from PIL import Image, ImageOps, UnidentifiedImageError

from jixiao.ingest.readers import SourceFileError, bounds
from jixiao.ingest.readers.layout import Box, Grid, Rect, Spacing, page_lines, ruled_grids
from jixiao.ingest.source import ReaderNote, SourceDocument, SourceFormat, SourceLine

# Box heights include the detector's margin (about 1.3 × the glyphs): a gap of more than
# half a box height inside a cell is a space, of more than one box height a new cell.
OCR_SPACING = Spacing(word=0.5, cell=1.0)
# Lines whose weakest box scored below this are worth a look (measured on the fixtures:
# correct cells score above 0.9, misread ones mostly below 0.8).
LOW_CONFIDENCE = 0.8
# Boxes scoring below this are kept and flagged rather than dropped (RapidOCR drops < 0.5).
MIN_BOX_SCORE = 0.3
# RapidOCR shrinks larger images to this; an A4 page at 200 dpi (2339 px) keeps its detail.
MAX_SIDE_PX = 2400
OCR_THREADS = 2
# Detected boxes are widened by this many box heights on each side before reading.
WIDEN = 0.6
# Ink blobs this small outside the detected text are dust (a 。 at 150 dpi is about 20 px).
MAX_SPECK_PIXELS = 8
# A crop is the box's ink with white margins of these fractions of the ink's height above and
# below, and to each side. The recogniser reads text that fills its crop as in its training
# lines: cut at a ruling line with ≥ against the edge, or taller than its text, a cell read
# ≥5 as 25 and a lone ≤0 as nothing. Measured on the Xingtai print scanned at 200 dpi (379
# boxes): the detector's widened crops misread 3 ≥ and lost ≤0; framed so, none is misread
# (≤0 is read ≤O, which the target cell repairs). A vertical margin above 0.2 brings 25 for
# ≥5 back; at 150 dpi ≥ stays a coin toss whatever the margins.
CROP_MARGIN_Y = 0.1
CROP_MARGIN_X = 0.5
# The ink of a box is taken as at least this share of the box's height, so that a lone dash
# is read in a crop a line high (its own thin crop would be read as 1).
MIN_INK_HEIGHT = 0.5
# A doubtful read is tried again stretched sideways by this, and, if it is a short run of
# glyphs, with gaps between them: Latin glyphs alone in a cell (≤0) read better wide and apart
# (the print's ≤0 at 150 dpi: 0.47 as framed, 0.92 stretched; in Noto Sans CJK nothing
# stretched, 0.74 stretched and apart).
STRETCH = 1.5
SHORT_RUN = 3.0  # the run's ink is no wider than this many times its height
GLYPH_GAP = 0.2  # of the run's height

Image8 = NDArray[np.uint8]


def read_image(path: Path) -> SourceDocument:
    """Read a scanned page image (PNG, JPEG) at ``path``."""
    try:
        with Image.open(path) as opened:  # reads the header only
            bounds.image_pixels(path, *opened.size)
            image = ImageOps.exif_transpose(opened).convert("RGB")
    except Image.DecompressionBombError as error:
        raise bounds.ReaderLimitError(
            f"{path}:图片像素过多({error}),超过上限(设置 JIXIAO_MAX_PAGE_PIXELS 可调整)"
        ) from error
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise SourceFileError(f"{path}:图片文件已损坏或格式不支持,无法识别") from error
    lines = ocr_image(image, page=1)
    return SourceDocument(
        name=path.name, format=SourceFormat.IMAGE_OCR, lines=lines, notes=confidence_notes(lines)
    )


def ocr_image(image: Image.Image | Image8, page: int = 1) -> list[SourceLine]:
    """OCR one page image into numbered lines of cells (tab-joined in ``text``)."""
    pixels = _rgb(image)
    found = _detect(pixels)
    if not found:
        return []
    text_height = statistics.median(bottom - top for _, top, _, bottom in found)
    gray = _u8(cv2.cvtColor(pixels, cv2.COLOR_RGB2GRAY))
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    horizontal, vertical = _ruling_lines(_u8(ink), text_height)
    grids = _ruled_grids(horizontal, vertical, text_height)
    clean, text_ink = _wiped(gray, _u8(ink), horizontal | vertical, found)
    boxes = _recognise(clean, text_ink, found, _widened(found, vertical))
    boxes += _unseen(clean, text_ink, grids, boxes, text_height)
    return page_lines(boxes, grids, OCR_SPACING, page)


def confidence_notes(lines: list[SourceLine]) -> list[ReaderNote]:
    """A note for each line read with a low OCR score."""
    return [
        ReaderNote(
            f"第 {line.page} 页第 {line.number} 行识别置信度低({line.confidence:.2f}),"
            f"请核对:{line.text[:40]}",
            page=line.page,
            line=line.number,
        )
        for line in lines
        if line.confidence is not None and line.confidence < LOW_CONFIDENCE
    ]


@cache
def _engine() -> Any:
    # Imported here: loading onnxruntime and the models takes a second, and only scans need it.
    from rapidocr_onnxruntime import RapidOCR

    threads = min(OCR_THREADS, os.cpu_count() or 1)
    return RapidOCR(
        intra_op_num_threads=threads,
        inter_op_num_threads=1,
        text_score=MIN_BOX_SCORE,
        max_side_len=MAX_SIDE_PX,
        # No text-direction classifier: a page's lines are upright, and on short crops the
        # classifier guesses "upside down" and turns 90 into 06.
        use_cls=False,
    )


def _rgb(image: Image.Image | Image8) -> Image8:
    if isinstance(image, Image.Image):
        return np.asarray(image.convert("RGB"), dtype=np.uint8)
    if image.ndim == 2:
        return _u8(cv2.cvtColor(image, cv2.COLOR_GRAY2RGB))
    return image


def _u8(array: Any) -> Image8:
    return np.asarray(array, dtype=np.uint8)


def _detect(pixels: Image8) -> list[Rect]:
    """Text boxes found by the detector, as upright rectangles (the page is nearly straight)."""
    # RapidOCR takes BGR like OpenCV: an RGB array would swap the channels it was trained on.
    found, _ = _engine()(cv2.cvtColor(pixels, cv2.COLOR_RGB2BGR), use_rec=False)
    rects = []
    for points in found or []:
        xs = [float(point[0]) for point in points]
        ys = [float(point[1]) for point in points]
        rects.append((min(xs), min(ys), max(xs), max(ys)))
    return rects


def _widened(rects: list[Rect], vertical: Image8) -> list[Rect]:
    """Boxes widened sideways by up to :data:`WIDEN` heights, to the nearest neighbour on the
    same line or the nearest vertical ruling line, whichever is closer.

    The detector leaves out thin characters at the ends of a run, above all 一 (one stroke,
    taken for a line): "一级指标" would be read "级指标". A little blank margin does no harm.
    """
    out = []
    for x0, top, x1, bottom in rects:
        height = bottom - top
        left, right = max(x0 - WIDEN * height, 0.0), x1 + WIDEN * height
        for ox0, otop, ox1, obottom in rects:
            if min(bottom, obottom) - max(top, otop) < 0.5 * height:
                continue  # not on the same line
            if ox1 <= x0:
                left = max(left, ox1 + 1)
            elif ox0 >= x1:
                right = min(right, ox0 - 1)
        band = np.asarray(vertical[int(top) : int(bottom) + 1].any(axis=0), dtype=bool)
        rules_left = np.flatnonzero(band[int(left) : int(x0)])
        rules_right = np.flatnonzero(band[int(x1) : int(right) + 1])
        if rules_left.size:
            left = int(left) + int(rules_left[-1]) + 1
        if rules_right.size:
            right = int(x1) + int(rules_right[0]) - 1
        out.append((left, top, max(right, x1), bottom))
    return out


def _recognise(gray: Image8, ink: Image8, found: list[Rect], widened: list[Rect]) -> list[Box]:
    """Read each box from its ink, framed (:func:`_framed`); a doubtful read is tried again
    stretched sideways, with a short run's glyphs set apart, and as the detector cut it, and
    the best-scored reading is kept.

    A lone symbol (≥ in a split 指标性质 column) may read better without margins. The box
    keeps the detector's rectangle for the layout.
    """
    inked = [
        _inked(gray, _own_ink(ink, found, index, rect), rect) for index, rect in enumerate(widened)
    ]
    framed = [_framed(region, rect) for (region, _), rect in zip(inked, widened, strict=True)]
    read = _read_crops(framed)
    doubtful = [index for index, (_, score) in enumerate(read) if score < LOW_CONFIDENCE]
    seconds = [
        _read_crops([_framed(_stretched(inked[i][0]), widened[i]) for i in doubtful]),
        _read_crops([_framed(_stretched(_spaced(*inked[i])), widened[i]) for i in doubtful]),
        _read_crops([_crop(gray, found[i]) for i in doubtful]),
    ]
    for index, *others in zip(doubtful, *seconds, strict=True):
        read[index] = max([read[index], *others], key=lambda reading: reading[1])
    return [
        Box(text, *rect, score=score)
        for rect, (text, score) in zip(found, read, strict=True)
        if text.strip() and score >= MIN_BOX_SCORE
    ]


def _crop(gray: Image8, rect: Rect) -> Image8:
    x0, top, x1, bottom = rect
    width = gray.shape[1]
    return gray[int(top) : int(np.ceil(bottom)), int(x0) : min(int(np.ceil(x1)), width)]


def _own_ink(ink: Image8, found: list[Rect], index: int, rect: Rect) -> Image8:
    """The ink inside ``rect`` (the widened box ``index``) less the columns that fall in
    another box of the same line and outside box ``index`` itself: the detector may cut one
    run into two overlapping boxes (``####`` and ``（一）保障…``), and each box's crop must not
    take the other's glyphs."""
    x0, top, x1, bottom = found[index]
    inside = _crop(ink, rect).copy()
    left = int(rect[0])
    for other, (ox0, otop, ox1, obottom) in enumerate(found):
        if other == index or min(bottom, obottom) - max(top, otop) < 0.5 * (bottom - top):
            continue
        for start, end in ((ox0, min(ox1, x0)), (max(ox0, x1), ox1)):
            if end > start:
                inside[:, max(int(start) - left, 0) : max(int(np.ceil(end)) - left, 0)] = 0
    return inside


def _inked(gray: Image8, inside: Image8, rect: Rect) -> tuple[Image8, Image8]:
    """The page inside ``rect`` and ``inside``, the ink there, cut to the ink's bounding box
    (the whole rectangle if it has no ink)."""
    region = _crop(gray, rect)
    ys, xs = np.nonzero(inside)
    if xs.size == 0:
        return region, inside
    rows, columns = slice(ys.min(), ys.max() + 1), slice(xs.min(), xs.max() + 1)
    return region[rows, columns], inside[rows, columns]


def _framed(tight: Image8, rect: Rect) -> Image8:
    """``tight`` with white margins in proportion to its height (:data:`CROP_MARGIN_Y`,
    :data:`CROP_MARGIN_X`), taken as at least :data:`MIN_INK_HEIGHT` of the box's."""
    height = max(float(tight.shape[0]), MIN_INK_HEIGHT * (rect[3] - rect[1]))
    above = round((height - tight.shape[0]) / 2 + CROP_MARGIN_Y * height)
    below = max(round(height * (1 + 2 * CROP_MARGIN_Y)) - tight.shape[0] - above, 0)
    side = round(CROP_MARGIN_X * height)
    return _u8(cv2.copyMakeBorder(tight, above, below, side, side, cv2.BORDER_CONSTANT, value=255))


def _stretched(crop: Image8) -> Image8:
    width = max(round(crop.shape[1] * STRETCH), 1)
    return _u8(cv2.resize(crop, (width, crop.shape[0]), interpolation=cv2.INTER_CUBIC))


def _spaced(tight: Image8, ink: Image8) -> Image8:
    """A short run of glyphs (no wider than :data:`SHORT_RUN` heights) with a gap of
    :data:`GLYPH_GAP` heights added between its columns of ink; a longer run as it is (gaps
    would split Chinese characters into their parts)."""
    height = tight.shape[0]
    if tight.shape[1] > SHORT_RUN * height:
        return tight
    inked = np.flatnonzero(ink.any(axis=0))
    cuts = [int(inked[b] + inked[b + 1] + 1) // 2 for b in np.flatnonzero(np.diff(inked) > 1)]
    gap = np.full((height, max(round(GLYPH_GAP * height), 1)), 255, np.uint8)
    pieces = np.split(tight, cuts, axis=1)
    return _u8(np.hstack([part for piece in pieces for part in (gap, piece)][1:]))


def _read_crops(crops: list[Image8]) -> list[tuple[str, float]]:
    if not crops:
        return []
    read, _ = _engine().text_rec([_u8(cv2.cvtColor(crop, cv2.COLOR_GRAY2BGR)) for crop in crops])
    return [(str(text), float(score)) for text, score, *_ in read]


def _wiped(gray: Image8, ink: Image8, lines: Image8, found: list[Rect]) -> tuple[Image8, Image8]:
    """The page without ruling lines and specks of dust, and its remaining ink.

    Widened crops would read a ruling line as 1 or | and a speck as a colon. Specks are
    wiped only outside the detected boxes, where no decimal point can be lost.
    """
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    specks = np.flatnonzero(stats[:, cv2.CC_STAT_AREA] <= MAX_SPECK_PIXELS)
    dust = np.isin(labels, specks[specks > 0]) if count > 1 else np.zeros(ink.shape, bool)
    for x0, top, x1, bottom in found:
        dust[int(top) : int(np.ceil(bottom)), int(x0) : int(np.ceil(x1))] = False
    wipe = (cv2.dilate(lines, np.ones((3, 3), np.uint8)) > 0) | dust
    clean = gray.copy()
    clean[wipe] = 255
    text_ink = ink.copy()
    text_ink[wipe] = 0
    return clean, text_ink


def _unseen(
    clean: Image8, ink: Image8, grids: list[Grid], boxes: list[Box], text_height: float
) -> list[Box]:
    """Text in table cells the detector found nothing in: a lone 1, a dash, a 一.

    The detector takes a single thin stroke for a line; a ruled cell with ink in it but no
    box is read from the ink's own bounding box.
    """
    rects = []
    margin = 2
    for grid in grids:
        for rect in (cell for row in grid.rows for cell in row if cell is not None):
            if any(box.centre_in(rect) for box in boxes):
                continue
            x0, top = int(rect[0]) + margin, int(rect[1]) + margin
            inside = ink[top : max(int(rect[3]) - margin, top), x0 : max(int(rect[2]) - margin, x0)]
            ys, xs = np.nonzero(inside)
            if xs.size == 0 or max(np.ptp(xs), np.ptp(ys)) < 0.3 * text_height:
                continue
            # At least a line high: a dash's own thin box would be read as 1.
            middle = top + (float(ys.min()) + float(ys.max())) / 2
            half = max(float(np.ptp(ys)) / 2 + 0.2 * text_height, text_height / 2)
            pad = 0.2 * text_height
            rects.append(
                (
                    max(x0 + float(xs.min()) - pad, rect[0]),
                    max(middle - half, rect[1]),
                    min(x0 + float(xs.max()) + pad, rect[2]),
                    min(middle + half, rect[3]),
                )
            )
    return [
        Box(_LONE_DASHES.get(text.strip(), text), *rect, score=score)
        for rect, (text, score) in zip(
            rects, _read_crops([_crop(clean, rect) for rect in rects]), strict=True
        )
        if text.strip() and score >= MIN_BOX_SCORE
    ]


# Alone in a cell, a stroke read as 一 or a hyphen is the dash of an empty figure.
_LONE_DASHES = {"一": "—", "-": "—", "－": "—", "_": "—", "–": "—"}


def _ruling_lines(ink: Image8, text_height: float) -> tuple[Image8, Image8]:
    """Masks of the horizontal and vertical ruling lines of the scan.

    Lines are what survives a morphological opening with a long thin kernel: a horizontal
    rule is longer than 4 characters are wide (a dash is not), a vertical one taller than a
    line of text (a character's stroke is not).
    """
    long = max(int(4 * text_height), 20)
    tall = max(int(1.2 * text_height), 10)
    horizontal = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (long, 1))
    )
    vertical = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, tall))
    )
    return _u8(horizontal), _u8(vertical)


def _ruled_grids(horizontal: Image8, vertical: Image8, text_height: float) -> list[Grid]:
    """Tables drawn with ruling lines, as grids of cells (pixel coordinates), assembled by
    pdfplumber's table finder from the line segments as it does from a PDF's lines."""
    edges = _segments(horizontal, "h") + _segments(vertical, "v")
    if not edges:
        return []
    tolerance = max(3.0, 0.3 * text_height)
    merged = merge_edges(edges, tolerance, tolerance, tolerance, tolerance)
    intersections = edges_to_intersections(merged, tolerance, tolerance)
    cells = intersections_to_cells(intersections)
    return ruled_grids(cells_to_tables(cells))


def _segments(lines: Image8, orientation: str) -> list[dict[str, Any]]:
    count, _, stats, _ = cv2.connectedComponentsWithStats(lines, connectivity=8)
    edges = []
    for x, y, width, height, _area in stats[1:count].tolist():
        if orientation == "h":
            middle = y + height / 2
            x0, x1, top, bottom = x, x + width, middle, middle
        else:
            centre = x + width / 2
            x0, x1, top, bottom = centre, centre, y, y + height
        edges.append(
            {
                "x0": float(x0),
                "x1": float(x1),
                "top": float(top),
                "bottom": float(bottom),
                "doctop": float(top),
                "width": float(x1 - x0),
                "height": float(bottom - top),
                "orientation": orientation,
            }
        )
    return edges
