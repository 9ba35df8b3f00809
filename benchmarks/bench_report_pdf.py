"""Benchmark: the official forms as PDF (WeasyPrint). One project's 项目支出绩效目标申报表, the
whole Xingtai document (3 forms, 7 pages), and a region's batch (forms per second).

Each single figure is the median CPU time of ``RUNS`` renders after a warm-up (fonts, imports),
building the form from the model included (the model already in memory); the baseline in the
same process is reading the same PDF back with the importer (text layer), so the ratio says what
printing costs against reading. The PDF renderer lays a page out again when a merged cell
runs over a page break (`jixiao.report.pdf`), so the whole document costs more than its forms
alone. The region's batch runs ``jixiao report project-target --region … --format pdf``
in-process on a synthetic province (``--units`` budget units of 5 projects, SQLite in a
temporary directory), database reads included, in forms per second of wall time and per
CPU-second.

    .venv/bin/python benchmarks/bench_report_pdf.py [--runs N] [--units N] [--ocr [--dpi N]]

``--ocr`` measures the scan round trip instead (minutes: RapidOCR on 7 pages): the whole
document printed, rasterised by ``pdftoppm -r DPI -gray`` (``--dpi``, 200 by default, as
tests/test_report_pdf_scan.py scans), wrapped into an image-only PDF (as
the scan fixtures are) and imported through OCR; it counts the indicators read exactly (name,
一级/二级, target's operator, value, unit and standard, definition up to full-width
punctuation) against the model, and lists the others.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from jixiao.app.reports import ReportOptions
from jixiao.domain.model import Indicator, PerformanceDocument
from jixiao.ingest.pipeline import parse_file
from jixiao.interchange.json_document import load_document_file
from jixiao.report.builders.document import document_forms
from jixiao.report.builders.targets import project_target_form
from jixiao.report.html import render_html
from jixiao.report.pdf import render_pdf
from jixiao.report.templates import load_template
from jixiao.tools.synth import ProvinceSpec
from jixiao.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
XINGTAI = ROOT / "tests" / "fixtures" / "xingtai-2020.json"


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm-up: WeasyPrint's and pango's first font look-ups, the imports
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


def singles(runs: int, folder: Path) -> None:
    document = load_document_file(XINGTAI)
    template = load_template()
    project = document.projects[0]

    def one_pdf() -> bytes:
        return render_pdf([project_target_form(document, project, template)])

    path = folder / "project.pdf"
    path.write_bytes(one_pdf())
    baseline = median_ms(lambda: parse_file(path), runs)
    print(f"baseline: reading that PDF back (parse_file, text layer): {baseline:.1f} ms CPU")
    cases = {
        "one project, html (28 indicators)": lambda: render_html(
            [project_target_form(document, project, template)]
        ),
        "one project, pdf": one_pdf,
        "whole document, pdf (3 forms, 7 pages)": lambda: render_pdf(
            document_forms(document, template)
        ),
    }
    for name, work in cases.items():
        ms = median_ms(work, runs)
        print(f"  {name:40} {ms:7.1f} ms CPU  {ms / baseline:5.2f}x the read")


def batch(units: int, folder: Path) -> None:
    workspace = Workspace(f"sqlite:///{folder / 'province.sqlite3'}")
    workspace.init()
    workspace.synthesize(ProvinceSpec(units=units, seed=1, year=2024))
    target = folder / "batch"
    target.mkdir()
    start, cpu = time.perf_counter(), time.process_time()
    written = workspace.report_region("project-target", 2024, None, "pdf", target, ReportOptions())
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    forms = sum(w.forms for w in written)
    print(
        f"region batch, pdf: {len(written)} files, {forms} forms in {wall:.1f} s wall"
        f" ({cpu:.1f} s CPU) = {forms / wall:.2f} forms/s wall, {forms / cpu:.2f} per CPU-s"
    )


def _indicators(document: PerformanceDocument) -> list[tuple[str, Indicator]]:
    return [
        *((f"目标{g.number}", i) for g in document.department_goals for i in g.indicators),
        *((s.title, i) for s in document.goal_sections for i in s.indicators),
        *((p.name, i) for p in document.projects for i in p.indicators),
    ]


def _exact(owner: str, indicator: Indicator) -> tuple[object, ...]:
    target = indicator.target
    said = None if target is None else (target.operator, target.value, target.unit, target.standard)
    definition = unicodedata.normalize("NFKC", indicator.definition or "")
    return (owner, indicator.name, indicator.category, indicator.subcategory, said, definition)


def scan_round_trip(folder: Path, dpi: int) -> None:
    document = load_document_file(XINGTAI)
    printed = folder / "document.pdf"
    printed.write_bytes(render_pdf(document_forms(document, load_template())))
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(printed), str(folder / "p")], check=True
    )
    pages = [Image.open(p).convert("L") for p in sorted(folder.glob("p-*.png"))]
    scan = folder / "scan.pdf"
    pages[0].save(scan, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    start, cpu = time.perf_counter(), time.process_time()
    read, _ = parse_file(scan)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    found = {_exact(*pair) for pair in _indicators(read)}
    expected = [_exact(*pair) for pair in _indicators(document)]
    missed = [item for item in expected if item not in found]
    exact = len(expected) - len(missed)
    print(
        f"scan of {len(pages)} pages at {dpi} dpi read by OCR in {seconds:.0f} s wall,"
        f" {cpu_seconds:.0f} s CPU: {exact}/{len(expected)}"
        f" indicators exactly ({100 * exact / len(expected):.1f}%)"
    )
    for item in missed:
        print("  missed:", item[:2], item[4])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--units", type=int, default=20)
    parser.add_argument("--ocr", action="store_true", help="measure the scan round trip")
    parser.add_argument("--dpi", type=int, default=200, help="the scan's resolution (--ocr)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.ocr:
            scan_round_trip(Path(folder), args.dpi)
            return 0
        singles(args.runs, Path(folder))
        batch(args.units, Path(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
