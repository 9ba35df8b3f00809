"""A prose target stating a part of the target before it in the same sentence (``受益人口
不少于860人,其中脱贫人口不少于150人``): its 其中 joins the sentence, it is no part of the
name."""

from __future__ import annotations

from jixiao.ingest.general.prose import ProseTarget, read_prose_targets
from jixiao.ingest.source import SourceLine


def _read(*texts: str) -> list[ProseTarget]:
    lines = [SourceLine(n, text, (text,)) for n, text in enumerate(texts, start=1)]
    return read_prose_targets(lines)


def _named(found: list[ProseTarget]) -> list[tuple[str, str]]:
    return [(item.name, item.target.canonical) for item in found]


def test_a_part_after_its_whole_in_one_sentence_is_named_without_its_which() -> None:
    found = _read("3.数量指标:培训农民不少于1200人次,其中女性学员不少于400人次。")
    assert _named(found) == [("培训农民", "≥1200人次"), ("女性学员", "≥400人次")]


def test_a_part_with_a_colon_is_read_after_its_lead_as_before() -> None:
    found = _read("2.社会效益指标:帮扶农户不少于300户,其中:监测户不少于45户。")
    assert _named(found) == [("帮扶农户", "≥300户"), ("监测户", "≥45户")]


def test_a_which_after_a_clause_with_no_target_is_left_as_written() -> None:
    # near miss: the clause before states no target, so nothing says 其中 joins a part
    found = _read("1.数量指标:本年度开展巡回义诊活动,其中义诊场次不少于24场。")
    assert _named(found) == [("其中义诊场次", "≥24场")]


def test_a_which_opening_a_new_sentence_is_left_as_written() -> None:
    # near miss: after a full stop the clause is no part of the sentence before
    found = _read("1.数量指标:培训农民不少于1200人次。其中女性学员不少于400人次。")
    assert _named(found)[1] == ("其中女性学员", "≥400人次")
