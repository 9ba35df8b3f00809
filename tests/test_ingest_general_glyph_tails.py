"""A name's last glyph wrapped alone onto the next line of a table laid out by spaces or
tabs (``…管理服务`` then ``率``): it ends the name above; a label printed down the side one
glyph a line, or a glyph after a name that already ends in its measure, does not."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.kinds import Kind, kind_of
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


_PIPE_TAILS = """\
| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 评分标准 |
| 产出指标 | 数量指标 | 困难学生资助人 | 10 | ≥800人次 | 全部完成得满分;完成80%以上 |
|  |  | 次 |  |  | 得50%分值 |
|  |  | 校舍维修改造 | 10 | 3所 | 达到目标值得满分 |
|  |  | 数量 |  |  |  |
|  | 质量指标 | 资助对象认定准确 | 10 | =100% | 达到目标值得满分 |
|  |  | 率 |  |  |  |
|  | 时效指标 | 资助资金发放时 | 10 | 2025年12月底前 | 按时完成得满分 |
|  |  | 间 |  |  |  |
|  | 成本指标 | 生均公用经费标准 | 10 | ≤850元 | 达到目标值得满分 |
| 效益指标 | 社会效益指标 | 学前三年毛入园率 | 20 | ≥92% | 达到目标值得满分 |
|  | 可持续影响指标 | 普惠性学前教育资源覆盖面 | 20 | 有效提升 | 达到目标值得满分 |
| 满意度指标 | 服务对象满意度指标 | 受助家庭满意度 | 10 | ≥90% | 达到目标值得满分 |
"""

_TAB_TAILS = (
    "一级指标\t二级指标\t指标内容\t指标性质\t指标值\t度量单位\n"
    "产出指标\t数量指标\t农村特困人员救助人\t定量\t≥5260\t人\n"
    "\t\t数\t\t\t\n"
    "产出指标\t质量指标\t生活自理能力评估覆\t定量\t=100\t%\n"
    "\t\t盖率\t\t\t\n"
)


def test_words_under_a_placed_rows_name_end_it_whatever_they_are_alone() -> None:
    rows = table_rows(_PIPE_TAILS)
    assert [row[Role.NAME] for row in rows][:4] == [
        "困难学生资助人次",
        "校舍维修改造数量",
        "资助对象认定准确率",
        "资助资金发放时间",
    ]
    assert len(rows) == 8
    assert rows[0][Role.DEFINITION] == "全部完成得满分;完成80%以上得50%分值"


def test_a_name_tail_under_a_row_whose_nature_stands_before_its_target() -> None:
    assert _names(_TAB_TAILS) == ["农村特困人员救助人数", "生活自理能力评估覆盖率"]


_SPARSE_PIPE = """\
|一级指标|二级指标|三级指标|指标值|
|---|---|---|---|
|产出指标|数量指标|城乡居民医保参保资助人|≥2600人次|
| | |次| |
| | |慢性病患者随访人数|≥900人|
| |质量指标|资助对象身份核验准确率|100%|
|满意度指标|服务对象满意度指标|参保群众满意度|≥90%|
"""


def test_a_name_end_grouped_with_the_row_above_from_its_own_line_ends_the_name() -> None:
    assert _names(_SPARSE_PIPE) == [
        "城乡居民医保参保资助人次",
        "慢性病患者随访人数",
        "资助对象身份核验准确率",
        "参保群众满意度",
    ]


_ONE_A_LINE = "\n".join(
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标值",
        "度量单位",
        "指标方向",
        "产出指标",
        "质量指标",
        "集中供养人员生活自理能力评估覆盖",
        "率",
        "=",
        "100",
        "%",
        "中性",
        "时效指标",
        "救助资金按月发放率",
        "定量",
        "100",
        "%",
        "正向",
    ]
)


def test_a_name_under_its_labels_cut_inside_a_word_ends_on_the_next_line() -> None:
    names = _names(_ONE_A_LINE + "\n")
    assert names == ["集中供养人员生活自理能力评估覆盖率", "救助资金按月发放率"]


def test_a_direction_word_after_a_row_ends_no_name() -> None:
    assert kind_of("中性") is Kind.DIRECTION


def test_an_evaluation_frameworks_label_over_its_row_heads_no_name() -> None:
    cells = "一级指标 二级指标 三级指标 分值 全年指标值 实际完成值 得分 "
    cells += "决策(20分) 项目立项 立项依据充分性 10 — — 10 立项程序规范性 10 — — 9.5 "
    cells += "过程(20分) 资金管理 预算执行率 10 达到95% 97.3% 10 资金使用合规性 10 — — 10 "
    cells += "产出(60分) 产出数量 受益群众人数 30 不低于1200人 1260人 30 "
    cells += "培训场次 30 不少于12场 12场 30"
    names = _names("\n".join(cells.split()) + "\n")
    assert "预算执行率" in names
    labels = ("资金管理", "项目立项", "产出数量")
    assert not any(name.startswith(labels) and name not in labels for name in names)
