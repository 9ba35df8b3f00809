"""`jixiao workflow …` as a user runs it: one process per command, on a SQLite file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cli_support import run_cli

XINGTAI = Path(__file__).parent / "fixtures" / "xingtai-2020.json"
DEPARTMENT = "邢台市归国华侨联合会"


@pytest.mark.slow  # some twenty processes; the library API tests cover the same rules
def test_a_declaration_through_the_whole_workflow_from_the_command_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'jixiao.sqlite3'}"
    assert run_cli("load", str(XINGTAI), db=db).returncode == 0

    blocked = run_cli("workflow", "submit", DEPARTMENT, db=db)
    assert blocked.returncode == 1 and "尚未说明,不能提交" in blocked.stderr
    keys = re.findall(r"\[([A-Z_.]+@[^\]]+)\]", blocked.stderr)
    assert keys and "Traceback" not in blocked.stderr
    explain = [arg for key in keys for arg in ("--explain", f"{key}=原文如此")]
    submitted = run_cli("workflow", "submit", DEPARTMENT, *explain, db=db)
    assert submitted.returncode == 0, submitted.stderr
    assert "已提交,版本 2" in submitted.stdout

    assert run_cli("workflow", "review", DEPARTMENT, db=db).returncode == 0
    bad = run_cli("workflow", "return", DEPARTMENT, "--reason", "没有等号", db=db)
    assert bad.returncode == 1 and "位置=内容" in bad.stderr
    approved = run_cli("workflow", "approve", DEPARTMENT, db=db)
    assert "已批复" in approved.stdout and "第 1 版" in approved.stdout
    assert run_cli("workflow", "publish", DEPARTMENT, db=db).returncode == 0
    stale = run_cli("workflow", "adjust", DEPARTMENT, "--reason", "调整", "--version", "3", db=db)
    assert stale.returncode == 1 and "版本已过期" in stale.stderr and "公开" in stale.stderr
    adjusted = run_cli("workflow", "adjust", DEPARTMENT, "--reason", "年中调整", db=db)
    assert "草稿 (调整中)" in adjusted.stdout

    # Edit the draft: a target of the first project changes, then compare with version 1.
    exported = json.loads(run_cli("export", DEPARTMENT, db=db).stdout)
    indicator = exported["projects"][0]["indicators"][0]
    indicator["weight"] = "99"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    assert run_cli("load", str(edited), db=db).returncode == 0
    compared = run_cli("workflow", "compare", DEPARTMENT, "1", "当前", db=db)
    assert compared.returncode == 0, compared.stderr
    assert f"指标“{indicator['name']}”:分值由" in compared.stdout and "“99”" in compared.stdout

    versions = run_cli("workflow", "versions", DEPARTMENT, db=db)
    assert "第 1 版" in versions.stdout and "未公开" not in versions.stdout
    status = run_cli("workflow", "status", DEPARTMENT, db=db)
    assert "现行批复版本:第 1 版,已公开第 1 版" in status.stdout
    assert "提交人说明" in status.stdout
    verified = run_cli("audit", "verify", db=db)
    assert verified.returncode == 0 and "审计链完整" in verified.stdout


def test_a_monitoring_round_needs_its_round(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'jixiao.sqlite3'}"
    assert run_cli("load", str(XINGTAI), db=db).returncode == 0
    missing = run_cli("workflow", "submit", DEPARTMENT, "--stage", "监控", db=db)
    assert missing.returncode == 1 and "--round" in missing.stderr
    done = run_cli("workflow", "submit", DEPARTMENT, "--stage", "监控", "--round", "1-6月", db=db)
    assert done.returncode == 0 and "监控 1-6月:已提交" in done.stdout
