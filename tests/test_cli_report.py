"""``jixiao report`` as a user runs it: one department's forms, a region's batch, and bad input
refused with one Chinese line and nothing left behind."""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from cli_support import run_cli
from jixiao.app.synth import load_province
from jixiao.ingest.pipeline import parse_file
from jixiao.store import db
from jixiao.tools.synth import ProvinceSpec
from report_support import XINGTAI, XINGTAI_DEPARTMENT

SPEC = ProvinceSpec(units=3, seed=2)


@pytest.fixture(scope="module")
def xingtai_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli-report') / 'j.sqlite3'}"
    assert run_cli("load", str(XINGTAI), db=url).returncode == 0
    return url


@pytest.fixture(scope="module")
def province_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("province") / "province.sqlite3"
    url = f"sqlite:///{path}"
    engine = db.create_engine_for(url)
    db.upgrade(engine)
    load_province(engine, SPEC)
    engine.dispose()
    return url


def test_the_document_is_written_where_asked_and_reads_back(
    xingtai_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "邢台.docx"
    result = run_cli(
        "report", "document", XINGTAI_DEPARTMENT, "--year", "2020", "-o", str(path), db=xingtai_url
    )

    assert result.returncode == 0, result.stderr
    assert "已写入" in result.stdout
    read, _ = parse_file(path)
    assert read.department.name == XINGTAI_DEPARTMENT
    assert len(read.projects[0].indicators) == 28


def test_the_format_follows_the_option_and_the_template_is_used(
    xingtai_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "project.out"
    result = run_cli(
        "report",
        "project-target",
        XINGTAI_DEPARTMENT,
        "--format",
        "xlsx",
        "--template",
        "hebei",
        "-o",
        str(path),
        db=xingtai_url,
    )

    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(io.BytesIO(path.read_bytes())).worksheets[0]
    values = {c.value for row in sheet.iter_rows() for c in row}
    assert {"指标性质", "度量单位", "效果指标"} <= values


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope", XINGTAI_DEPARTMENT], "未知的表单“nope”"),
        (["document", XINGTAI_DEPARTMENT, "--format", "odt"], "未知的输出格式“odt”"),
        (["document", "没有这个部门"], "没有这个部门"),
        (["document", XINGTAI_DEPARTMENT, "--template", "guangdong"], "未知的模板“guangdong”"),
        (["project-monitoring", XINGTAI_DEPARTMENT, "--as-of", "6月"], "不是日期"),
        (["document"], "请给出部门名称"),
    ],
)
def test_bad_input_is_one_chinese_line(
    xingtai_url: str, tmp_path: Path, args: list[str], message: str
) -> None:
    result = run_cli("report", *args, "-o", str(tmp_path / "out.xlsx"), db=xingtai_url)

    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_missing_directory_leaves_nothing(xingtai_url: str, tmp_path: Path) -> None:
    path = tmp_path / "no" / "such.xlsx"
    result = run_cli("report", "document", XINGTAI_DEPARTMENT, "-o", str(path), db=xingtai_url)

    assert result.returncode == 1
    assert "不存在" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_region_gets_one_file_per_department(province_url: str, tmp_path: Path) -> None:
    result = run_cli(
        "report",
        "project-target",
        "--region",
        "99",
        "--year",
        "2024",
        "-o",
        str(tmp_path),
        db=province_url,
    )

    assert result.returncode == 0, result.stderr
    files = sorted(tmp_path.glob("*.xlsx"))
    assert len(files) == SPEC.units
    workbook = openpyxl.load_workbook(files[0])
    assert len(workbook.worksheets) == SPEC.projects_per_unit  # one sheet per project
    assert f"已写入 {SPEC.units} 个文件" in result.stdout


def test_a_region_summary_lists_its_departments(province_url: str, tmp_path: Path) -> None:
    path = tmp_path / "summary.xlsx"
    result = run_cli(
        "report",
        "region-evaluation",
        "--region",
        "99",
        "--year",
        "2024",
        "-o",
        str(path),
        db=province_url,
    )

    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(path).worksheets[0]
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert values[0] == "项目支出绩效自评结果汇总表"
    assert sum(1 for v in values if isinstance(v, str) and v.endswith("局")) >= SPEC.units


def test_a_region_needs_a_year_and_an_existing_directory(province_url: str, tmp_path: Path) -> None:
    no_year = run_cli("report", "document", "--region", "99", "-o", str(tmp_path), db=province_url)
    no_dir = run_cli(
        "report",
        "document",
        "--region",
        "99",
        "--year",
        "2024",
        "-o",
        str(tmp_path / "x"),
        db=province_url,
    )

    assert no_year.returncode == 1 and "--year" in no_year.stderr
    assert no_dir.returncode == 1 and "目录不存在" in no_dir.stderr


def test_a_report_beyond_the_file_size_limit_leaves_no_truncated_file(
    xingtai_url: str, tmp_path: Path
) -> None:
    target = tmp_path / "document.docx"
    target.write_bytes(b"old")

    def limit() -> None:
        # above the database's own files (-shm is 32 KB), below the Word document (~45 KB)
        resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))

    env = {k: v for k, v in os.environ.items() if not k.startswith("JIXIAO_")}
    env["JIXIAO_DATABASE_URL"] = xingtai_url
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "jixiao",
            "report",
            "document",
            XINGTAI_DEPARTMENT,
            "-o",
            str(target),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        preexec_fn=limit,
    )

    assert result.returncode == 1
    assert "ulimit -f" in result.stderr and "Traceback" not in result.stderr
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["document.docx"]


@pytest.mark.parametrize(("suffix", "magic"), [(".pdf", b"%PDF"), (".html", b"<!DOCTYPE html>")])
def test_pdf_and_html_come_from_the_renderers_registered_by_name(
    xingtai_url: str, tmp_path: Path, suffix: str, magic: bytes
) -> None:
    path = tmp_path / f"project{suffix}"
    result = run_cli(
        "report", "project-target", XINGTAI_DEPARTMENT, "-o", str(path), db=xingtai_url
    )

    assert result.returncode == 0, result.stderr
    assert path.read_bytes()[: len(magic)].lower() == magic.lower()
