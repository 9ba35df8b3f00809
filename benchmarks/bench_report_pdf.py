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

    .venv/bin/python benchmarks/bench_report_pdf.py [--runs N] [--units N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from jixiao.app.reports import ReportOptions
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--units", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        singles(args.runs, Path(folder))
        batch(args.units, Path(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
