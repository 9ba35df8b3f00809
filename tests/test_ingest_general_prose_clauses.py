"""Prose clauses in further wordings: a lead before a colon that is the indicator's name,
its rest the target alone (``完成时限:2022年6月30日前``), where a lead before a name and its
target names the part of the project the clause is about; a name run together with a
standard of a degree and one verb (``…风险有效防范``); a line naming its columns around
standards in words (``年度目标值全面覆盖，实际完成值全面覆盖，分值…``) is prose, no
table's header."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from jixiao.domain.target import TargetKind
from jixiao.ingest.general.prose import ProseTarget, read_prose_targets
from jixiao.ingest.source import SourceLine


def _read(*texts: str) -> list[ProseTarget]:
    lines = [SourceLine(n, text, (text,)) for n, text in enumerate(texts, start=1)]
    return read_prose_targets(lines)


def test_a_lead_before_a_deadline_alone_is_the_name() -> None:
    found = _read("3、时效指标：农机补贴资金发放期限：2022年6月30日前；档案归档及时率≥95%。")
    read = {item.name: item.target for item in found}
    assert read["农机补贴资金发放期限"].kind is TargetKind.PERIOD
    assert read["档案归档及时率"].value == Decimal("95")


def test_a_lead_before_a_figure_alone_is_the_name() -> None:
    found = _read("1.数量指标：新建村级便民服务站：≥14个。")
    assert [(item.name, item.target.value) for item in found] == [
        ("新建村级便民服务站", Decimal("14"))
    ]


def test_a_lead_before_a_name_and_its_target_is_the_part_it_is_about() -> None:
    found = _read("1.数量指标：东溪片区：新建供水管网4.5公里。")
    assert [(item.name, item.part) for item in found] == [("新建供水管网", "东溪片区")]


def test_a_name_run_together_with_a_degree_and_a_verb_is_a_standard() -> None:
    found = _read("社会效益指标：农村低收入人口返贫风险持续压降；村级集体经济收入稳步增长。")
    read = {item.name: item.target.standard for item in found}
    assert read == {"农村低收入人口返贫风险": "持续压降", "村级集体经济收入": "稳步增长"}


def test_a_short_word_before_a_degree_is_no_name() -> None:
    assert _read("社会效益指标：风险有效防范。") == []


def test_a_line_naming_its_columns_around_standards_is_prose_not_a_header(
    tmp_path: Path,
) -> None:
    text = """某县卫生健康局2022年度项目支出绩效自评报告
三、绩效指标完成情况
1.社会效益指标：
（1）居民电子健康档案建档率：年度目标值≥90%，实际完成值93.2%，分值10分，得分10分。
（2）基本公共卫生服务项目覆盖面：年度目标值全面覆盖，实际完成值全面覆盖，分值10分，得分10分。
"""
    document = read_form(tmp_path, text)
    read = {i.name: i.target for _, i in document.all_indicators()}
    coverage = read["基本公共卫生服务项目覆盖面"]
    assert coverage is not None and coverage.standard == "全面覆盖"
    assert "居民电子健康档案建档率" in read
