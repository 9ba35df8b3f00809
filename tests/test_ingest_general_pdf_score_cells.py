"""A text PDF's 绩效评价 score table (pdftotext -layout) whose multi-line cells come out
interleaved: a 评分标准 cell's tail on a line of its own, a name whose values sit on its
middle line (its head beside the level's points, its note in brackets under it), and 决策
rows whose targets are the quality the name asks for in one word (合理, 明确, 科学)."""

from __future__ import annotations

from pathlib import Path

import pytest

from general_support import read_form, table_rows
from jixiao.domain.target import TargetKind, TargetSyntaxError, parse_target
from jixiao.ingest.general.vocabulary import Role

# columns 一级 | 二级 | 三级 | 权重 | 目标值 | 完成值 | 评分依据 | 得分, header words stacked
_SCORES = """\
一级    二级        三级指标                 权重   目标值       完成值       评分依据                              得分
指标    指标
决策    项目立项    立项依据充分性           5      充分         充分         依据充分得5分，否则不得分              5
(20)    绩效目标    绩效指标明确性           5      明确         较明确       指标清晰可衡量得5分，部分可            3
                                                                           衡量得3分
        资金投入    预算编制科学性           5      科学         科学         测算依据充分且与任务匹配得满分          5
过程    资金管理    资金使用合规性           10     合规         合规         无违规使用得满分，每发现一              10
                                                                           处问题扣2分
        组织实施    项目档案资料管理         10     完整         完整         资料齐全且归档及时得满分                10
                    完整性
产出    产出数量    新建城市绿道长度         10     ≥12公里      12公里       完成得满分，每少1公里扣1分              10
(40)                新建社区口袋公园                                       按完成比例得分
                    数量                     10     ≥8个         6个                                                7.5
                    （含街角游园）
                    补植行道树数量           10     ≥1500株      1620株       按完成比例得分                          10
"""  # noqa: E501


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [
        (row[Role.NAME], row[Role.TARGET], row.get(Role.DEFINITION, "")) for row in table_rows(text)
    ]


def test_a_score_standards_tail_narrower_than_the_next_rows_goes_with_the_row_above() -> None:
    # 处问题扣2分 stands over 资料齐全且归档及时得满分, which is wider: a cell's lines above
    # its last fill the column, so it is no first line of that cell
    rows = _rows(_SCORES)
    assert ("资金使用合规性", "合规", "无违规使用得满分,每发现一处问题扣2分") in rows
    assert ("项目档案资料管理完整性", "完整", "资料齐全且归档及时得满分") in rows


def test_a_name_whose_values_sit_on_its_middle_line_keeps_its_head_and_its_note() -> None:
    # 新建社区口袋公园 beside the level's points (40) heads the row under it; the bracketed
    # note under the values is that name's end, not the next name's head
    rows = _rows(_SCORES)
    assert ("新建城市绿道长度", "≥12公里", "完成得满分,每少1公里扣1分") in rows
    assert ("新建社区口袋公园数量(含街角游园)", "≥8个", "按完成比例得分") in rows
    assert ("补植行道树数量", "≥1500株", "按完成比例得分") in rows


def test_a_levels_points_stay_with_its_label() -> None:
    categories = [row.get(Role.CATEGORY) for row in table_rows(_SCORES)]
    assert [c for c in categories if c] == ["决策", "(20)", "过程", "产出", "(40)"]


def test_a_name_wrapped_under_a_short_line_still_begins_the_next_row() -> None:
    # no note, no points: a piece under a short name line heads the next row as before
    text = _SCORES.replace("（含街角游园）", "").replace("(40)", "    ")
    rows = _rows(text)
    assert ("新建社区口袋公园数量", "≥8个", "按完成比例得分") in rows
    assert ("新建城市绿道长度", "≥12公里", "完成得满分,每少1公里扣1分") in rows


def test_the_decision_rows_read_their_standard_in_one_word(tmp_path: Path) -> None:
    document = read_form(tmp_path, _SCORES)
    standards = {
        indicator.name: indicator.target.standard
        for _, indicator in document.all_indicators()
        if indicator.target is not None and indicator.target.kind is TargetKind.QUALITATIVE
    }
    assert standards == {
        "立项依据充分性": "充分",
        "绩效指标明确性": "明确",
        "预算编制科学性": "科学",
        "资金使用合规性": "合规",
        "项目档案资料管理完整性": "完整",
    }


@pytest.mark.parametrize("word", ["合理", "明确", "充分", "科学", "合规", "完整"])
def test_the_quality_a_decision_row_asks_for_is_a_standard(word: str) -> None:
    target = parse_target(word)
    assert (target.kind, target.standard) == (TargetKind.QUALITATIVE, word)


@pytest.mark.parametrize("text", ["科学普及率", "合理化建议采纳数"])
def test_a_name_opening_with_the_word_is_no_standard(text: str) -> None:
    with pytest.raises(TargetSyntaxError):
        parse_target(text)
