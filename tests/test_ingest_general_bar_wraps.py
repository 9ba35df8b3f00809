"""A bar table's value wrapped inside its cell (antiword's ``.doc`` text), its row joined."""

from __future__ import annotations

from general_support import table_rows, text_source
from jixiao.ingest.general.bar_wraps import join_bar_wraps
from jixiao.ingest.general.vocabulary import Role

_WRAPPED = """\
|一级指标  |二级指标    |三级指标        |指标值    |
|产出指标  |数量指标    |新建污水管网长度|≥12公里   |
|          |            |                |          |
|          |时效指标    |管网工程竣工验收|≤20个工作 |
|          |            |时限            |日        |
|          |成本指标    |每公里管网建设成|≤180万元/ |
|          |            |本              |公里      |
|效益指标  |生态效益指标|污水收集率      |≥85%      |
"""


def test_a_value_wrapped_in_its_bar_cell_is_joined_with_its_row() -> None:
    rows = table_rows(_WRAPPED)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("新建污水管网长度", "≥12公里"),
        ("管网工程竣工验收时限", "≤20个工作日"),
        ("每公里管网建设成本", "≤180万元/公里"),
        ("污水收集率", "≥85%"),
    ]


def test_a_row_of_its_own_under_a_bar_row_is_not_joined() -> None:
    # each line's value is one alone: no piece completes the value above it
    text = """\
|一级指标  |二级指标    |三级指标        |指标值    |
|产出指标  |数量指标    |改造农贸市场数量|≥4个      |
|          |            |摊位规范率      |100%      |
|          |            |新增冷链设施    |配备到位  |
"""
    assert join_bar_wraps(text_source(text).lines) is None


def test_a_line_with_a_label_of_its_own_starts_a_row() -> None:
    text = """\
|一级指标  |二级指标    |三级指标        |指标值    |
|产出指标  |时效指标    |设备安装完成时限|≤30个工作 |
|满意度指标|            |                |日        |
"""
    assert join_bar_wraps(text_source(text).lines) is None


def test_a_field_label_wrapped_in_its_bar_record_is_joined() -> None:
    text = """\
|项目名称    |城区公厕提标改造补助资金  |
|资金总额(万|3,120.50                  |
|元)        |                          |
|其中:财政拨|2,900.00                  |
|款          |                          |
"""
    lines = join_bar_wraps(text_source(text).lines)
    assert lines is not None
    assert [line.cells for line in lines if line.cells] == [
        ("项目名称", "城区公厕提标改造补助资金"),
        ("资金总额(万元)", "3,120.50"),
        ("其中:财政拨款", "2,900.00"),
    ]


def test_a_line_under_a_whole_field_label_is_not_its_end() -> None:
    text = """\
|主管部门    |某县文化广电旅游局        |
|实施单位    |                          |
"""
    assert join_bar_wraps(text_source(text).lines) is None


_LISTED = """\
|一级指标  |二级指标    |三级指标        |指标值    |实际完成值|
|产出指标  |时效指标    |垃圾清运响应时长|48小时    |36小时    |
|          |            |                |以内      |          |
|效益指标  |生态效益指标|河道水体环境    |水质达标、|达标      |
|          |            |                |持续改善  |          |
|满意度指标|服务对象满意|沿河居民满意度  |≥85%      |91%       |
"""


def test_a_cell_cut_after_a_lists_mark_goes_on_below() -> None:
    rows = table_rows(_LISTED)
    found = {row[Role.NAME]: row.get(Role.TARGET) for row in rows}
    assert found["河道水体环境"] == "水质达标、持续改善"
    assert "持续改善" not in found


def test_a_bounds_word_pushed_under_its_figure_is_joined() -> None:
    rows = table_rows(_LISTED)
    found = {row[Role.NAME]: row.get(Role.TARGET) for row in rows}
    assert found["垃圾清运响应时长"] == "48小时以内"


def test_a_whole_value_over_a_row_of_its_own_is_not_joined() -> None:
    # a value ending in no list's mark, a cell below that is no bound's word: two rows
    text = """\
|一级指标  |二级指标    |三级指标        |指标值    |
|产出指标  |质量指标    |保洁覆盖率      |100%      |
|          |            |垃圾分类准确率  |≥90%      |
"""
    assert join_bar_wraps(text_source(text).lines) is None
