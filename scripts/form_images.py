"""Page images of every form jixiao prints, for looking at (docs/forms/, issue 16).

The Xingtai document (tests/fixtures/xingtai-2020.json) with its year of actuals
(tests/fixtures/xingtai-2020-actuals.csv) is stored in a temporary SQLite database; each form
of `jixiao report` is made through the same use case (`Workspace.report_forms`), printed to
PDF by `jixiao.report.pdf` and rasterised by poppler's ``pdftoppm -png -r 60`` into
``docs/forms/<form>-<page>.png``. A last PDF shows the four charts of `jixiao.report.charts`.
The images are small (60 dpi) and meant for a person to check: Chinese renders, nothing is cut
at the page edge, the table headers repeat on every page, the page numbers count.

Usage: bash scripts/form-images [--out DIR] [--keep-pdf]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from jixiao.app.reports import FORMS, ReportOptions
from jixiao.domain.monitoring import monitor, monitoring_profile
from jixiao.domain.scoring import evaluate_project, scoring_profile
from jixiao.report import charts
from jixiao.report.layout import Form
from jixiao.report.pdf import render_pdf
from jixiao.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
DOCUMENT = FIXTURES / "xingtai-2020.json"
ACTUALS = FIXTURES / "xingtai-2020-actuals.csv"
AS_OF = date(2020, 10, 31)  # the 1-10月 monitoring round
DPI = "60"


def chart_form(workspace: Workspace, department: str) -> Form:
    document = workspace.document(department, 2020)
    actuals = workspace.actuals(department, 2020)
    project = document.projects[0]
    sheet = evaluate_project(project, actuals, scoring_profile("default"))
    report = monitor(document, actuals, AS_OF, monitoring_profile("default"))
    data = [
        charts.spending_against_plan(project, actuals, 2020),
        charts.achievement_by_category(sheet),
        charts.score_by_category(sheet),
        charts.warnings_by_colour(charts.warning_counts(report), department),
    ]
    return Form("绩效图表", "(2020年度)", (("单位", department),), charts.draw_all(data))


def rasterise(pdf: bytes, stem: str, out: Path, work: Path) -> list[Path]:
    source = work / f"{stem}.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", DPI, str(source), str(out / stem)], check=True)
    return sorted(out.glob(f"{stem}-*.png"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "forms")
    parser.add_argument("--keep-pdf", action="store_true", help="keep the PDFs beside the PNGs")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        workspace = Workspace(f"sqlite:///{work / 'forms.sqlite3'}")
        workspace.init()
        department = workspace.load_file(DOCUMENT).department
        workspace.import_actuals(ACTUALS, department, 2020)
        options = ReportOptions(fiscal_year=2020, as_of=AS_OF)
        made: list[Path] = []
        for form in FORMS:
            if form == "region-evaluation":
                target = work / f"{form}.pdf"
                workspace.report_region_summary(2020, None, "pdf", target, "default")
                pdf = target.read_bytes()
            else:
                pdf = render_pdf(workspace.report_forms(form, department, options))
            made += rasterise(pdf, form, args.out, work)
            if args.keep_pdf:
                shutil.copy(work / f"{form}.pdf", args.out / f"{form}.pdf")
        made += rasterise(render_pdf([chart_form(workspace, department)]), "charts", args.out, work)
    total = sum(path.stat().st_size for path in made)
    for path in made:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    print(f"{len(made)} 页,共 {total / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
