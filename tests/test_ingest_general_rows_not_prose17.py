"""Rows of a table whose cells one space parts (a web page's table as indented text), many
of one length by chance: no prose cut at a fixed width, so no row is joined onto the row
above it (``…≥90% 91.2% 10 10`` then ``指标2:…``); prose cut so is still joined."""

from __future__ import annotations

from general_support import text_source
from jixiao.ingest.general.wrapped_prose import join_wrapped_prose

# six rows of one length (28 characters), each closing with its 分值 and 得分
_ROWS = [
    "指标1:新建村级文化广场数 ≥12个 13个 10 10",
    "指标2:送文化下乡演出场次 ≥40场 42场 10 10",
    "指标3:图书室图书更新数量 ≥900册 960册 5 5",
    "指标1:文化设施验收合格率 =100% 100% 5 5",
    "指标2:演出活动安全事故发生数 ≤0起 0起 10 10",
    "指标1:群众文化活动参与率 ≥60% 66% 10 10",
]


def test_rows_of_one_length_ending_in_figures_are_not_joined_as_prose() -> None:
    assert len({len(row) for row in _ROWS}) == 1
    lines = text_source("\n".join(["    二级指标 三级指标 指标值 实际值 分值 得分", *_ROWS])).lines
    assert join_wrapped_prose(lines) is None


def test_prose_cut_at_one_width_is_still_joined() -> None:
    text = (
        "二、绩效目标完成情况:全年新建村级文化广场13个,送文化下乡演出42场,图书室更新图书960"
        "册;文化设施验收合格率100%,群众文化活动参与率66%,均达到年初设定的绩效目标。下一步将"
        "继续加大基层文化设施投入,提升公共文化服务效能,丰富群众精神文化生活,巩固提升成效。"
    )
    cut = [text[at : at + 24] for at in range(0, len(text), 24)]
    joined = join_wrapped_prose(text_source("\n".join(cut)).lines)
    assert joined is not None and joined[0].text == text
