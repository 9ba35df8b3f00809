"""A score table's 评分标准 cell: how it scores, never a target (tab-separated export)."""

from __future__ import annotations

from general_support import table_rows as _rows
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role

_TABLE = (
    "一级指标\t二级指标\t三级指标\t分值\t指标解释\t评分标准\t指标值\t实际完成值\t得分\n"
    "决策\t项目立项\t申报资料完整性\t4\t申报材料是否齐全\t资料齐全、规范得4分\t齐全\t齐全\t4\n"
    "\t\t实施方案可行性\t3\t实施方案是否切实可行\t方案可行得3分，否则酌情扣分\t可行\t可行\t3\n"
)


def test_a_condition_with_its_points_is_a_scoring_rule() -> None:
    assert kind_of("资料齐全、规范得4分") is Kind.SENTENCE
    assert kind_of("按期完成得2.5分") is Kind.SENTENCE


def test_a_short_scoring_rule_in_its_column_leaves_the_target_its_own() -> None:
    rows = _rows(_TABLE)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("申报资料完整性", "齐全"),
        ("实施方案可行性", "可行"),
    ]


def test_points_or_a_score_word_without_a_condition_are_no_scoring_rule() -> None:
    assert kind_of("考核得分率") is Kind.NAME
    assert kind_of("≥90分") is not Kind.SENTENCE
