"""``jixiao review``, ``rules`` and ``library`` as a user runs them: real processes, exit codes
(1 when the review finds errors, for scripts), JSON for the API."""

from __future__ import annotations

import json
from pathlib import Path

from cli_support import run_cli
from jixiao.domain.target import parse_target
from jixiao.interchange import save_document_file
from review_helpers import clean_declaration

FIXTURE = Path(__file__).parent / "fixtures" / "xingtai-2020.json"


def test_reviewing_the_xingtai_file_exits_1_with_error_findings_in_json() -> None:
    result = run_cli("review", str(FIXTURE), "--json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["counts"]["error"] == 2
    codes = {f["code"] for f in report["findings"] if f["severity"] == "error"}
    assert codes == {"BUDGET.BALANCE", "INDICATOR.TARGET_MISSING"}
    assert "Traceback" not in result.stderr


def test_reviewing_a_clean_file_exits_0_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "clean.json"
    save_document_file(clean_declaration(), path)
    result = run_cli("review", str(path))
    assert result.returncode == 0, result.stderr
    assert "未发现问题" in result.stdout


def test_the_text_report_groups_findings_by_severity() -> None:
    result = run_cli("review", str(FIXTURE))
    assert result.returncode == 1
    text = result.stdout
    assert text.index("错误(2)") < text.index("警告(16)") < text.index("提示(4)")
    assert "BUDGET.BALANCE" in text


def test_a_profile_turns_errors_into_warnings_and_the_exit_code_follows(tmp_path: Path) -> None:
    profile = tmp_path / "lenient.toml"
    profile.write_text(
        '[rules."BUDGET.BALANCE"]\nseverity = "警告"\n'
        '[rules."INDICATOR.TARGET_MISSING"]\nenabled = false\n',
        encoding="utf-8",
    )
    result = run_cli("review", str(FIXTURE), "--profile", str(profile), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["profile"] == "lenient"


def test_a_bad_profile_is_one_chinese_line_and_exit_1(tmp_path: Path) -> None:
    profile = tmp_path / "bad.toml"
    profile.write_text('disable = ["NO.SUCH"]\n', encoding="utf-8")
    result = run_cli("review", str(FIXTURE), "--profile", str(profile))
    assert result.returncode == 1
    assert "bad.toml" in result.stderr and "NO.SUCH" in result.stderr
    assert "Traceback" not in result.stderr


def test_reviewing_a_department_in_the_database_uses_its_history(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'review.sqlite3'}"
    earlier = clean_declaration(fiscal_year=2023)
    stricter = earlier.model_copy(deep=True)
    # 预算执行率 last year
    stricter.department_goals[0].indicators[2].target = parse_target("≥99%")
    for year, document in (("2023", stricter), ("2024", clean_declaration())):
        path = tmp_path / f"{year}.json"
        save_document_file(document, path)
        assert run_cli("load", str(path), db=db).returncode == 0
    result = run_cli("review", "某市文化馆", "--year", "2024", "--json", db=db)
    assert result.returncode == 0, result.stderr
    codes = [f["code"] for f in json.loads(result.stdout)["findings"]]
    assert codes == ["TARGET.BELOW_HISTORY"]


def test_an_unknown_department_is_a_chinese_error(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    assert run_cli("init", db=db).returncode == 0
    result = run_cli("review", "不存在的部门", db=db)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip()


def test_rules_lists_every_rule_with_code_and_severity() -> None:
    result = run_cli("rules", "--json")
    assert result.returncode == 0, result.stderr
    rules = json.loads(result.stdout)
    assert len(rules) >= 30
    assert {"code": "BUDGET.BALANCE", "severity": "error"}.items() <= next(
        r for r in rules if r["code"] == "BUDGET.BALANCE"
    ).items()
    table = run_cli("rules")
    assert "BUDGET.BALANCE" in table.stdout and "勾稽关系" in table.stdout
    codes = {r["code"] for r in rules}
    assert {
        "SELFEVAL.BUDGET_SCORE",
        "SELFEVAL.INDICATOR_SCORE",
        "SELFEVAL.TOTAL_SUM",
        "SELFEVAL.TOTAL_RECOMPUTED",
        "TIME.DEADLINE_OUTSIDE",
        "GOAL.UNMEASURED",
        "PROJECT.UNITS_MISSING",
        "DISCLOSURE.AMOUNT",
    } <= codes
    assert "自评计分" in table.stdout


def test_library_search_explains_the_match() -> None:
    result = run_cli("library", "预算执行")
    assert result.returncode == 0, result.stderr
    assert "预算执行率" in result.stdout and "匹配理由" in result.stdout
    found = json.loads(run_cli("library", "预算执行", "--json").stdout)
    assert found[0]["code"] == "D01" and found[0]["explanation"]


def test_library_add_excel_checks_a_bureau_sheet(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["指标名称", "一级指标", "典型值"])
    sheet.append(["图书借阅率", "产出指标", "≥30%"])
    sheet.append(["预算执行率", "产出指标", "≥98%"])
    path = tmp_path / "bureau.xlsx"
    workbook.save(path)
    result = run_cli("library", "--add-excel", str(path))
    assert result.returncode == 0, result.stderr
    assert "新增 1 条" in result.stdout and "替换内置指标库中的 1 条" in result.stdout
    bad = tmp_path / "bad.xlsx"
    sheet.append(["借阅率", "投入"])
    workbook.save(bad)
    failed = run_cli("library", "--add-excel", str(bad))
    assert failed.returncode == 1 and "第 4 行" in failed.stderr and "一级指标" in failed.stderr


def test_a_missing_json_file_is_reported_as_a_file_not_a_department() -> None:
    result = run_cli("review", "no-such-declaration.json")
    assert result.returncode == 1
    assert "文件“no-such-declaration.json”不存在" in result.stderr
