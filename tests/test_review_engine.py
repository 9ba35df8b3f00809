"""The review engine: findings sorted stably, profiles (TOML) switching rules off, changing
thresholds and severities, and clear errors for bad profiles."""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.domain.model import PerformanceDocument
from jixiao.domain.review import (
    Finding,
    ProfileError,
    ReviewProfile,
    Severity,
    all_rules,
    review,
)
from jixiao.interchange import load_document_file
from jixiao.interchange.review_profile import load_profile
from review_helpers import changed, clean_declaration, set_target

FIXTURE = Path(__file__).parent / "fixtures" / "xingtai-2020.json"
RULES_DIR = Path(__file__).resolve().parent.parent / "src" / "jixiao" / "domain" / "review"


def _broken() -> PerformanceDocument:
    document = changed(clean_declaration(), "budget.income.carry_over", Decimal("30"))
    document = set_target(document, "projects.0", "举办展览场次", None)
    document = set_target(document, "goal_sections.0", "重点工作完成率", "不低于90%")
    return changed(document, "projects.0.code", None)


def test_a_clean_declaration_has_no_findings_at_all() -> None:
    report = review(clean_declaration())
    assert report.findings == ()
    assert report.counts == {"error": 0, "warning": 0, "info": 0}
    assert not report.has_errors


def test_every_rule_has_a_unique_code_a_title_and_a_description() -> None:
    rules = all_rules()
    assert len({rule.code for rule in rules}) == len(rules) >= 30
    assert all(rule.title and rule.description for rule in rules)


def test_findings_are_sorted_by_severity_then_document_order_then_code() -> None:
    report = review(_broken())
    keys = [f.sort_key for f in report.findings]
    assert keys == sorted(keys)
    ranks = [f.severity.rank for f in report.findings]
    assert ranks == sorted(ranks) and ranks[0] == 0 and ranks[-1] == Severity.INFO.rank


def test_findings_are_the_same_whatever_the_rule_order(monkeypatch: pytest.MonkeyPatch) -> None:
    document = load_document_file(FIXTURE)
    expected = review(document).findings
    rules = list(all_rules())
    random.Random(4).shuffle(rules)
    monkeypatch.setattr("jixiao.domain.review.engine.all_rules", lambda: tuple(rules))
    assert review(document).findings == expected


def test_a_report_is_json_with_chinese_labels() -> None:
    report = review(_broken())
    data = json.loads(report.model_dump_json())
    assert data["counts"]["error"] >= 1
    first = data["findings"][0]
    assert first["severity"] == "error" and first["severity_label"] == "错误"
    assert first["location"]["label"]
    computed = {"severity_label"}
    stored = {k: v for k, v in first.items() if k not in computed}
    stored["location"] = {k: v for k, v in first["location"].items() if k != "label"}
    assert Finding.model_validate(stored) == report.findings[0]


def _profile(tmp_path: Path, text: str) -> ReviewProfile:
    path = tmp_path / "bureau.toml"
    path.write_text(text, encoding="utf-8")
    return load_profile(path)


def test_a_toml_profile_disables_rules(tmp_path: Path) -> None:
    profile = _profile(tmp_path, 'disable = ["PROJECT.CODE_MISSING"]\n')
    report = review(_broken(), profile)
    assert "PROJECT.CODE_MISSING" not in report.rules
    assert all(f.code != "PROJECT.CODE_MISSING" for f in report.findings)
    assert profile.name == "bureau"


def test_a_toml_profile_changes_a_threshold_and_a_severity(tmp_path: Path) -> None:
    profile = _profile(
        tmp_path,
        '[rules."BUDGET.INCOME_SUM"]\ntolerance = 20\n\n'
        '[rules."INDICATOR.TARGET_MISSING"]\nseverity = "警告"\n',
    )
    report = review(_broken(), profile)
    codes = {f.code: f.severity for f in report.findings}
    assert "BUDGET.INCOME_SUM" not in codes
    assert codes["INDICATOR.TARGET_MISSING"] is Severity.WARNING


def test_a_rule_switched_off_in_its_table_does_not_run(tmp_path: Path) -> None:
    profile = _profile(tmp_path, '[rules."CONSIST.TARGET_CONFLICT"]\nenabled = false\n')
    assert "CONSIST.TARGET_CONFLICT" not in review(_broken(), profile).rules


def test_the_library_match_threshold_is_a_profile_setting(tmp_path: Path) -> None:
    profile = _profile(tmp_path, "[library]\nmatch_threshold = 0.99\n")
    assert profile.match_threshold == pytest.approx(0.99)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('disable = ["NO.SUCH"]\n', "没有规则“NO.SUCH”"),
        ('[rules."BUDGET.BALANCE"]\ntolerance = "abc"\n', "tolerance"),
        ('[rules."BUDGET.BALANCE"]\nlimit = 1\n', "没有这个参数"),
        ('[rules."BUDGET.BALANCE"]\nseverity = "严重"\n', "不是 错误/警告/提示"),
        ("colour = 1\n", "不认识的配置项"),
        ("[library]\nmatch_threshold = 3\n", "match_threshold"),
        ("disable = [\n", "不是有效的 TOML"),
    ],
)
def test_a_bad_profile_is_a_chinese_error_naming_file_and_key(
    tmp_path: Path, text: str, expected: str
) -> None:
    with pytest.raises(ProfileError) as caught:
        _profile(tmp_path, text)
    assert "bureau.toml" in caught.value.message and expected in caught.value.message


def test_a_missing_profile_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="不存在"):
        load_profile(tmp_path / "absent.toml")


def test_no_rule_mentions_a_particular_documents_names_or_numbers() -> None:
    # The rules are general: nothing from the Xingtai fixture (names, amounts) is in them.
    specific = ["侨", "邢台", "88.29", "64.18", "14.11", "86.29", "救济", "维修维护"]
    for path in RULES_DIR.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert [word for word in specific if word in text] == [], path.name


def test_a_single_projects_form_is_not_asked_for_the_department_budget() -> None:
    from jixiao.domain.model import DocumentKind

    department = clean_declaration()
    form = PerformanceDocument(
        kind=DocumentKind.PROJECT_TARGET,
        fiscal_year=department.fiscal_year,
        department=department.department,
        projects=[
            project.model_copy(
                update={  # a project form's header names its units and its 实施期
                    "supervising_department": "某市文化和旅游局",
                    "implementing_unit": department.department.name,
                    "period": f"{department.fiscal_year}年1月-{department.fiscal_year}年12月",
                }
            )
            for project in department.projects
        ],
    )
    report = review(form)
    assert "BUDGET.TOTAL_MISSING" not in report.rules
    assert report.findings == ()
