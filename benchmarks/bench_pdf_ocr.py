"""Benchmark: reading PDFs: text-layer pages per second, and OCR of scans, RapidOCR vs Tesseract.

Text PDFs: every page of the text-PDF fixtures (``tests/fixtures/documents/pdf/``, made by
``scripts/make-fixtures.py``), read by :func:`jixiao.ingest.readers.pdf.read_pdf` (words,
ruled tables, rows and cells), median of ``--runs`` runs, against a baseline in the same
process: pdfplumber's bare ``extract_text`` of the same pages.

Scans: the same documents rasterised and soiled (``scan/``), one run each, on the machine's
2 cores: jixiao's OCR reader (RapidOCR, layout rebuilt) and Debian's ``tesseract`` CLI
(``-l chi_sim --psm 6``, ``OMP_THREAD_LIMIT=2``) on the very page images jixiao renders.
Character accuracy of each against the source text: difflib's ratio and 1 − normalised edit
distance, both on the text without whitespace, in NFKC form (full- and half-width brackets
and colons look alike on paper), over the cells in reading order.

Tesseract is only a yardstick here (``apt-get install tesseract-ocr tesseract-ocr-chi-sim``);
jixiao does not use it.

The machine may be shared: besides wall-clock times the script prints CPU times (this
process's for jixiao, the children's for Tesseract) and the load average, so that a busy
machine can be told from a slow reader. On an idle machine, single-threaded wall time equals
CPU time; two-threaded OCR takes between half its CPU time and all of it.

    .venv/bin/python benchmarks/bench_pdf_ocr.py [--runs 5] [--scans NAME ...]
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from jixiao.ingest.readers import ocr
from jixiao.ingest.readers.pdf import _ocr_resolution, read_pdf

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "tests" / "fixtures" / "documents"
sys.path.insert(0, str(ROOT / "tests"))
from ingest_support import source_rows, text_fixtures  # noqa: E402

SPECIAL = {"interleaved-columns", "encrypted", "truncated"}


def _pdfs() -> list[Path]:
    return sorted(path for path in (DOCUMENTS / "pdf").glob("*.pdf") if path.stem not in SPECIAL)


def _pages(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            total += len(pdf.pages)
    return total


def _bare_extract_text(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def _median_seconds(read: Callable[[Path], object], paths: list[Path], runs: int) -> Timing:
    for path in paths:  # warm-up: imports, font caches
        read(path)
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        for path in paths:
            read(path)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return Timing(statistics.median(walls), statistics.median(cpus))


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float


def bench_text_pdfs(runs: int) -> None:
    paths = _pdfs()
    pages = _pages(paths)
    ours = _median_seconds(read_pdf, paths, runs)
    bare = _median_seconds(_bare_extract_text, paths, runs)
    print(f"text PDFs: {len(paths)} files, {pages} pages, median of {runs} runs")
    print("| what | wall per run | CPU per run | pages/s (wall) | pages/s (CPU) |")
    print("|---|---|---|---|---|")
    for label, timing in (
        ("`read_pdf` (words, ruled tables, rows, cells)", ours),
        ("baseline: pdfplumber `extract_text`", bare),
    ):
        print(
            f"| {label} | {timing.wall * 1000:.0f} ms | {timing.cpu * 1000:.0f} ms "
            f"| {pages / timing.wall:.1f} | {pages / timing.cpu:.1f} |"
        )
    print(f"ratio (CPU) {ours.cpu / bare.cpu:.2f}×, (wall) {ours.wall / bare.wall:.2f}×")


def _normal(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _edit_accuracy(read: str, expected: str) -> float:
    previous = list(range(len(expected) + 1))
    for i, a in enumerate(read, start=1):
        current = [i]
        for j, b in enumerate(expected, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return 1 - previous[-1] / max(len(read), len(expected), 1)


def _accuracy(read: str, expected: str) -> tuple[float, float]:
    read, expected = _normal(read), _normal(expected)
    ratio = difflib.SequenceMatcher(None, read, expected, autojunk=False).ratio()
    return ratio, _edit_accuracy(read, expected)


def _tesseract(image_path: Path) -> str:
    environment = dict(os.environ, OMP_THREAD_LIMIT="2")
    done = subprocess.run(
        ["tesseract", str(image_path), "stdout", "-l", "chi_sim", "--psm", "6"],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    return done.stdout


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class OcrRow:
    document: str
    pages: int
    rapid: Timing
    rapid_accuracy: tuple[float, float]
    tesseract: Timing
    tesseract_accuracy: tuple[float, float]


def _ocr_document(text: Path, tmp: Path) -> OcrRow:
    expected = "".join("".join(row) for row in source_rows(text))
    with pdfplumber.open(DOCUMENTS / "scan" / f"{text.stem}.pdf") as pdf:
        images = [page.to_image(resolution=_ocr_resolution(page)).original for page in pdf.pages]
    wall, cpu = time.perf_counter(), time.process_time()
    read = "".join(
        "".join(line.cells)
        for number, image in enumerate(images, start=1)
        for line in ocr.ocr_image(image, page=number)
    )
    rapid = Timing(time.perf_counter() - wall, time.process_time() - cpu)
    paths = []
    for number, image in enumerate(images, start=1):
        paths.append(tmp / f"{text.stem}-{number}.png")
        image.save(paths[-1])
    wall, cpu = time.perf_counter(), _children_cpu()
    tesseract_text = "".join(_tesseract(path) for path in paths)
    tesseract = Timing(time.perf_counter() - wall, _children_cpu() - cpu)
    return OcrRow(
        text.stem,
        len(images),
        rapid,
        _accuracy(read, expected),
        tesseract,
        _accuracy(tesseract_text, expected),
    )


def _warm_up() -> None:
    scan = DOCUMENTS / "scan" / "huangshi-approval.pdf"
    with pdfplumber.open(scan) as pdf:
        page = pdf.pages[0].to_image(resolution=150).original
    ocr.ocr_image(page.crop((0, 0, page.width, page.height // 4)))


def bench_ocr(names: list[str]) -> None:
    if shutil.which("tesseract") is None:
        sys.exit("tesseract 未安装:apt-get install tesseract-ocr tesseract-ocr-chi-sim")
    texts = [path for path in text_fixtures() if not names or path.stem in names]
    _warm_up()  # the engine is built and first run once per process: not counted per page
    with tempfile.TemporaryDirectory() as tmp:
        rows = [_ocr_document(text, Path(tmp)) for text in texts]
    print(f"\nOCR: {sum(row.pages for row in rows)} scanned pages at 150 dpi, one run, 2 cores")
    print(
        "| document | pages | RapidOCR s/page wall / CPU | RapidOCR accuracy ratio / 1−edit "
        "| Tesseract s/page wall / CPU | Tesseract accuracy ratio / 1−edit |"
    )
    print("|---|---|---|---|---|---|")
    for row in rows:
        print(_ocr_line(row.document, row.pages, [row]))
    print(_ocr_line("**all**", sum(row.pages for row in rows), rows))


def _ocr_line(label: str, pages: int, rows: list[OcrRow]) -> str:
    def per_page(timings: list[Timing]) -> str:
        wall, cpu = sum(t.wall for t in timings), sum(t.cpu for t in timings)
        return f"{wall / pages:.2f} / {cpu / pages:.2f}"

    def mean(accuracies: list[tuple[float, float]]) -> str:
        return " / ".join(f"{statistics.fmean(a[i] for a in accuracies):.3f}" for i in (0, 1))

    return (
        f"| {label} | {pages} | {per_page([r.rapid for r in rows])} "
        f"| {mean([r.rapid_accuracy for r in rows])} | {per_page([r.tesseract for r in rows])} "
        f"| {mean([r.tesseract_accuracy for r in rows])} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of the text-PDF benchmark")
    parser.add_argument("--scans", nargs="*", default=[], help="only these documents (stems)")
    parser.add_argument("--skip-text", action="store_true", help="only the OCR benchmark")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} cores")
    if not args.skip_text:
        bench_text_pdfs(args.runs)
    bench_ocr(args.scans)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
