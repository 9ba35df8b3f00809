"""parse, import and review take any published document the reader reads; a key the text
does not give is asked for by name, with the option that gives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import run_cli
from corpus_check import CORPUS

NO_YEAR = CORPUS / "p09_hubei-gongchengxueyuan-xueshengzizhu-yearunknown-project-selfeval.txt"
WHOLE = CORPUS / "p11_shizuishan-jikong-2020-project-target-approval.txt"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")


def test_parse_prints_a_document_without_its_year_and_says_so() -> None:
    result = run_cli("parse", str(NO_YEAR), "--report-json")
    assert result.returncode == 0, result.stderr
    assert '"fiscal_year": null' in result.stdout
    assert '"field": "fiscal_year"' in result.stderr


def test_import_asks_for_the_missing_year_and_writes_nothing(db_url: str) -> None:
    result = run_cli("import", str(NO_YEAR), db=db_url)
    assert result.returncode != 0
    assert "找不到预算年度" in result.stderr and "--year" in result.stderr
    assert "Traceback" not in result.stderr
    listed = run_cli("list", db=db_url)
    assert "湖北工程学院" not in listed.stdout


def test_import_with_the_year_given_stores_what_was_read(db_url: str) -> None:
    result = run_cli("import", str(NO_YEAR), "--year", "2019", "--partial", db=db_url)
    assert result.returncode == 0, result.stderr
    listed = run_cli("list", db=db_url)
    assert "湖北工程学院" in listed.stdout and "2019" in listed.stdout


def test_review_reads_a_published_text(tmp_path: Path) -> None:
    result = run_cli("review", str(WHOLE), "--json")
    assert result.returncode in (0, 1), result.stderr  # 1: the review found errors
    assert '"findings"' in result.stdout


def test_review_asks_for_a_missing_year() -> None:
    result = run_cli("review", str(NO_YEAR))
    assert result.returncode != 0
    assert "未审核" in result.stderr and "--year" in result.stderr
