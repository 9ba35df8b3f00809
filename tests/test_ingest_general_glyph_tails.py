"""A name's last glyph wrapped alone onto the next line of a table laid out by spaces or
tabs (``…管理服务`` then ``率``): it ends the name above; a label printed down the side one
glyph a line, or a glyph after a name that already ends in its measure, does not."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_SPACED = """\
一级指标  二级指标  三级指标  指标值  实际完成值  分值  得分
产出指标  数量指标  孕产妇健康管理服务  ≥90%  92.5%  10  10
率
产出指标  质量指标  产前筛查阳性随访率  100%  100%  10  10
满意度指标  服务对象满意度指标  孕产妇对保健服务满意  ≥85%  90.1%  10  10
度
"""

_TABS = (
    "一级指标\t二级指标\t三级指标\t指标值\n"
    "产出指标\t数量指标\t老年人健康体检服务\t≥70%\n"
    "率\n"
    "产出指标\t质量指标\t体检报告反馈及时率\t100%\n"
)

_SIDE_LABEL = """\
一级指标  二级指标  三级指标  指标值
产出指标  数量指标  新建村级卫生室数量  ≥12个
年
度
产出指标  质量指标  卫生室验收合格率  100%
"""


def _names(text: str) -> list[str]:
    return [row[Role.NAME] for row in table_rows(text)]


def test_a_measure_glyph_alone_under_a_space_aligned_row_ends_its_name() -> None:
    assert _names(_SPACED) == [
        "孕产妇健康管理服务率",
        "产前筛查阳性随访率",
        "孕产妇对保健服务满意度",
    ]


def test_a_measure_glyph_alone_under_a_tab_row_ends_its_name() -> None:
    assert _names(_TABS) == ["老年人健康体检服务率", "体检报告反馈及时率"]


def test_glyphs_printed_down_the_side_one_a_line_end_no_name() -> None:
    names = _names(_SIDE_LABEL)
    assert names[0] == "新建村级卫生室数量"
    assert "卫生室验收合格率" in names


def test_a_name_that_ends_in_its_measure_takes_no_second_glyph() -> None:
    text = "一级指标  二级指标  三级指标  指标值\n产出指标  数量指标  疫苗接种率  ≥95%\n度\n"
    assert _names(text)[0] == "疫苗接种率"


# a text copy wraps a long line to its start: the name's end stands under the level labels
_WRAPPED_TO_START = """\
一级指标    二级指标            三级指标              年度指标值
                                                      指标值      度量单位
            数量指标            家庭医生签约服务人数  ≥3200       人
产出指标                        慢性病随访管理对象    ≥860        人
人数
            质量指标            随访记录规范填写准确  =100        %
率
效益指标    社会效益指标        居民健康管理水平      有所提高
满意度指标  服务对象满意度指标  签约居民满意          ≥90         %
度
"""


def test_a_names_end_wrapped_to_the_lines_start_ends_the_name_not_the_label() -> None:
    rows = table_rows(_WRAPPED_TO_START)
    assert [row[Role.NAME] for row in rows] == [
        "家庭医生签约服务人数",
        "慢性病随访管理对象人数",
        "随访记录规范填写准确率",
        "居民健康管理水平",
        "签约居民满意度",
    ]
    assert rows[1][Role.CATEGORY] == "产出指标"
    assert rows[4][Role.CATEGORY] == "满意度指标"
