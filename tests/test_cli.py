"""The command line as a user runs it: a real process, real exit codes, Chinese messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_support import run_cli
from jixiao.domain.model import PerformanceDocument
from jixiao.interchange import dump_document, load_document_file

FIXTURE = Path(__file__).parent / "fixtures" / "xingtai-2020.json"
DEPARTMENT = "邢台市归国华侨联合会"


def test_target_json_shows_operator_value_and_unit() -> None:
    result = run_cli("target", "不高于1.1万元", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["operator"], data["value"], data["unit"]) == ("≤", "1.1", "万元")
    assert data["canonical"] == "≤1.1万元"
    assert data["direction"] == "reverse"


def test_target_table_names_the_parts_in_chinese() -> None:
    result = run_cli("target", "良好及以上")
    assert result.returncode == 0, result.stderr
    assert "定性" in result.stdout and "良好" in result.stdout


def test_unreadable_target_is_one_chinese_line_and_exit_1() -> None:
    result = run_cli("target", "≥abc")
    assert result.returncode == 1
    assert "无法识别指标值" in result.stderr and "≥abc" in result.stderr
    assert "Traceback" not in result.stderr


def test_schema_is_a_json_schema_of_the_document() -> None:
    result = run_cli("schema")
    assert result.returncode == 0, result.stderr
    schema = json.loads(result.stdout)
    assert {"department", "fiscal_year", "projects"} <= set(schema["properties"])
    assert "Indicator" in schema["$defs"]


def test_load_list_show_export_round_trip(db_url: str, tmp_path: Path) -> None:
    assert run_cli("init", db=db_url).returncode == 0
    loaded = run_cli("load", str(FIXTURE), db=db_url)
    assert loaded.returncode == 0, loaded.stderr
    assert "已导入" in loaded.stdout

    listed = run_cli("list", db=db_url)
    assert DEPARTMENT in listed.stdout and "2020" in listed.stdout

    shown = run_cli("show", DEPARTMENT, "--year", "2020", db=db_url)
    assert shown.returncode == 0, shown.stderr
    assert "侨群满意度" in shown.stdout and "≤1.1万元" in shown.stdout

    out = tmp_path / "export.json"
    exported = run_cli("export", DEPARTMENT, "--json", "-o", str(out), db=db_url)
    assert exported.returncode == 0, exported.stderr
    expected = dump_document(load_document_file(FIXTURE))
    assert out.read_text(encoding="utf-8") == expected


def test_loading_again_replaces_the_department_year(db_url: str) -> None:
    for _ in range(2):
        assert run_cli("load", str(FIXTURE), db=db_url).returncode == 0
    listed = run_cli("list", db=db_url)
    assert listed.stdout.count(DEPARTMENT) == 1
    assert "已替换为第 3 版" in run_cli("load", str(FIXTURE), db=db_url).stdout


def test_invalid_document_names_file_and_field_and_writes_nothing(
    db_url: str, tmp_path: Path
) -> None:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["projects"][0]["indicators"][2]["target"] = "≥abc"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    result = run_cli("load", str(bad), db=db_url)
    assert result.returncode == 1
    assert str(bad) in result.stderr
    assert "projects[0].indicators[2].target" in result.stderr
    assert "Traceback" not in result.stderr
    assert "还没有文档" in run_cli("list", db=db_url).stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [("", "不是有效的 JSON"), ('{"fiscal_year": 2020}', "department"), ("[1,", "第1行")],
)
def test_broken_files_give_a_clear_message(
    tmp_path: Path, db_url: str, content: str, message: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    result = run_cli("load", str(path), db=db_url)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_missing_file_and_unknown_department_exit_1(db_url: str) -> None:
    missing = run_cli("load", "/nonexistent/doc.json", db=db_url)
    assert missing.returncode == 1 and "/nonexistent/doc.json" in missing.stderr
    run_cli("init", db=db_url)
    unknown = run_cli("show", "不存在的部门", db=db_url)
    assert unknown.returncode == 1 and "不存在的部门" in unknown.stderr


def test_fixture_is_a_valid_document() -> None:
    assert isinstance(load_document_file(FIXTURE), PerformanceDocument)


def test_show_and_export_reach_a_project_form_by_kind_and_project(db_url: str) -> None:
    form = Path(__file__).parent / "fixtures" / "documents"
    imported = run_cli(
        "import", str(form / "zhejiang-donghu-2022-project-selfeval-tabs.txt"), db=db_url
    )
    assert imported.returncode == 0, imported.stderr
    args = ("东湖市文化馆", "--kind", "project_self_evaluation")
    shown = run_cli("show", *args, "--project", "公共文化服务数字化提升项目", db=db_url)
    assert shown.returncode == 0, shown.stderr
    assert "公共文化服务数字化提升项目" in shown.stdout
    exported = json.loads(run_cli("export", *args, db=db_url).stdout)
    assert exported["kind"] == "project_self_evaluation"
    # The department has no 部门预算绩效文本: the default kind is not found, and says so.
    missing = run_cli("show", "东湖市文化馆", db=db_url)
    assert missing.returncode == 1 and "部门预算绩效文本" in missing.stderr
