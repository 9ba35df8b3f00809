"""Benchmark: the official forms out. One project's 项目支出绩效目标申报表 as xlsx and docx, the
whole Xingtai document (3 forms), and a region's batch (forms per second).

Each single figure is the median CPU time of ``RUNS`` renders after a warm-up, building the form
from the model included (the model already in memory); the baseline in the same process is
reading the same xlsx back with the importer, so the ratio says what writing costs against
reading. The region's batch runs ``jixiao report project-target --region`` in-process on a
synthetic province (``--units`` budget units of 5 projects, SQLite in a temporary directory) and
reports forms (worksheets) per second of wall time and per CPU-second (on a shared machine the
wall time waits for the CPU), the database reads included.

    .venv/bin/python benchmarks/bench_report.py [--runs N] [--units N]
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
from jixiao.report.docx import render_docx
from jixiao.report.templates import load_template
from jixiao.report.xlsx import render_xlsx
from jixiao.tools.synth import ProvinceSpec
from jixiao.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
XINGTAI = ROOT / "tests" / "fixtures" / "xingtai-2020.json"


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm-up: imports, the workbook's and Word's templates
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

    def one_xlsx() -> bytes:
        return render_xlsx([project_target_form(document, project, template)])

    def one_docx() -> bytes:
        return render_docx([project_target_form(document, project, template)])

    path = folder / "project.xlsx"
    path.write_bytes(one_xlsx())
    baseline = median_ms(lambda: parse_file(path), runs)
    print(f"baseline: reading that xlsx back (parse_file): {baseline:.1f} ms CPU")
    cases = {
        "one project, xlsx (28 indicators)": one_xlsx,
        "one project, docx": one_docx,
        "whole document, xlsx (3 forms)": lambda: render_xlsx(document_forms(document, template)),
        "whole document, docx (3 forms)": lambda: render_docx(document_forms(document, template)),
    }
    for name, work in cases.items():
        ms = median_ms(work, runs)
        print(f"  {name:36} {ms:7.1f} ms CPU  {ms / baseline:5.2f}x the read")


def batch(units: int, folder: Path) -> None:
    workspace = Workspace(f"sqlite:///{folder / 'province.sqlite3'}")
    workspace.init()
    workspace.synthesize(ProvinceSpec(units=units, seed=1, year=2024))
    out = folder / "batch"
    out.mkdir()
    for fmt in ("xlsx", "docx"):
        target = out / fmt
        target.mkdir()
        start, cpu = time.perf_counter(), time.process_time()
        written = workspace.report_region(
            "project-target", 2024, None, fmt, target, ReportOptions()
        )
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        forms = sum(w.forms for w in written)
        print(
            f"region batch, {fmt}: {len(written)} files, {forms} forms in {wall:.1f} s wall"
            f" ({cpu:.1f} s CPU) = {forms / wall:.1f} forms/s wall, {forms / cpu:.1f} per CPU-s"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--units", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        singles(args.runs, Path(folder))
        batch(args.units, Path(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
