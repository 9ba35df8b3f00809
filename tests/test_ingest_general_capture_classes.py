"""Capture classes the relayout generator (tests/relayout) showed the reader missing, each
read here in a small text of its own: a Markdown table whose header is printed on two lines
(the alignment row between them), and a table one cell per line whose header is two lines."""

from __future__ import annotations

import pytest

from general_support import table_rows
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.normalise import is_alignment_row
from jixiao.ingest.general.vocabulary import Role

_MARKDOWN = """| 一级指标 | 二级指标 | 三级指标 | 年度指标值 |  | 实际完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- | --- | --- |
|  |  |  | 指标值 | 度量单位 |  |  |  |
| 产出指标 | 数量指标 | 新建供水管网长度 | ≥30 | 公里 | 32公里 | 20 | 20 |
| 产出指标 | 质量指标 | 供水水质达标率 | ≥95 | % | 97% | 20 | 20 |
"""


def test_a_markdown_alignment_row_is_no_row() -> None:
    assert is_alignment_row(("---", ":---:", "---:"))
    assert not is_alignment_row(("---",))  # a rule alone is another matter
    assert not is_alignment_row(("-", "2"))


def test_a_markdown_header_on_two_lines_names_the_split_target_columns() -> None:
    rows = table_rows(_MARKDOWN)
    assert [(row[Role.NAME], row[Role.TARGET], row[Role.UNIT]) for row in rows] == [
        ("新建供水管网长度", "≥30", "公里"),
        ("供水水质达标率", "≥95", "%"),
    ]


# One cell a line, empty cells kept as blank lines: the header's target word spans two
# columns whose names (指标值, 度量单位) stand on the header's second line.
_CELL_LINES_TWO_HEADER_LINES = "\n".join(
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "",
        "实际完成值",
        "",
        "",
        "",
        "指标值",
        "度量单位",
        "",
        "产出指标",
        "数量指标",
        "新建供水管网长度",
        "≥30",
        "公里",
        "32公里",
        "",
        "质量指标",
        "供水水质达标率",
        "≥95",
        "%",
        "97%",
        "效益指标",
        "社会效益指标",
        "受益人口数量",
        "≥1.2",
        "万人",
        "1.3万人",
    ]
)


def test_one_cell_a_line_under_a_header_of_two_lines_reads_by_position() -> None:
    rows = table_rows(_CELL_LINES_TWO_HEADER_LINES)
    assert [
        (row[Role.NAME], row[Role.TARGET], row[Role.UNIT], row[Role.ACTUAL]) for row in rows
    ] == [
        ("新建供水管网长度", "≥30", "公里", "32公里"),
        ("供水水质达标率", "≥95", "%", "97%"),
        ("受益人口数量", "≥1.2", "万人", "1.3万人"),
    ]


# The block's label (绩效指标) over a column of its own, repeated on every row.
_CELL_LINES_LEAD = "\n\n".join(
    [
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        *("绩效指标", "产出指标", "数量指标", "新建供水管网长度", "≥30公里"),
        *("绩效指标", "产出指标", "质量指标", "供水水质达标率", "≥95%"),
        *("绩效指标", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ]
)


def test_the_blocks_label_over_its_own_column_holds_nothing_of_a_row() -> None:
    rows = table_rows(_CELL_LINES_LEAD)
    assert [(row[Role.CATEGORY], row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("产出指标", "新建供水管网长度", "≥30公里"),
        ("产出指标", "供水水质达标率", "≥95%"),
        ("满意度指标", "受益群众满意度", "≥90%"),
    ]


# Columns parted by spaces, one name wrapped onto a second line (so the layout's relay reads
# the table), and a row whose target is in words (优良) under a row of figures.
_SPACED_WITH_A_WORD_TARGET = """\
一级指标    二级指标            指标内容                  分值  指标值                评分标准                               实际完成情况  得分
产出指标    数量指标            农村公路日常养护里程      15    大于等于1320公里      达到目标值得满分,否则不得分            1320          15
                                生命安全防护工程实施      5     大于等于85公里        每低于目标值1个百分点扣0.5分,扣完为止  86.4          5
                                里程
            质量指标            养护路段优良路率          10    达到80%               完成目标得满分,未完成按比例扣分        82.6          10
                                养护工程质量              5     优良                  每低于目标值1个百分点扣0.5分,扣完为止  优良          5
            时效指标            养护资金拨付及时率        10    =100%                 每低于目标值1个百分点扣0.5分,扣完为止  100           10
"""  # noqa: E501


def test_a_spaced_row_with_its_target_in_words_is_a_row_of_its_own() -> None:
    rows = table_rows(_SPACED_WITH_A_WORD_TARGET)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("农村公路日常养护里程", "大于等于1320公里"),
        ("生命安全防护工程实施里程", "大于等于85公里"),
        ("养护路段优良路率", "达到80%"),
        ("养护工程质量", "优良"),
        ("养护资金拨付及时率", "=100%"),
    ]


# A self-evaluation's table with its 权重 and 得分 left blank, every row's levels printed:
# rows whose target is a standard in words (不超过上年, 持续推进) are rows of their own, not
# pieces of the row below (relayout's spaces class, h128).
_SPACED_WORD_TARGETS_NO_SCORE = """\
一级指标     二级指标             指标名称                   指标值           绩效标准   实际完成情况     权重   得分   偏差原因分析及改进措施
产出指标     数量指标             耕地保护补偿面积           ≥ 52.8万亩       历史标准   53.06万亩                      无偏差
产出指标     数量指标             地质灾害隐患点巡查排查     ≥1960处次        其他标准   2104处次
产出指标     数量指标             不动产登记办件量           ≥4.5万件         计划标准   4.87万件
产出指标     质量指标             不动产登记办件准确率       ≥ 99.5%          其他标准   99.8%                          无
产出指标     质量指标             卫片图斑核查整改率         100%             行业标准   96.4%
产出指标     时效指标             不动产一般登记办理时限     ≤3个工作日       行业标准   2.6个工作日
产出指标     成本指标             部门“三公”经费             不超过上年       其他标准   较上年下降6.2%
效益指标     社会效益指标         地质灾害造成人员伤亡       0人              计划标准   0人
效益指标     生态效益指标         耕地保有量                 不低于下达任务   行业标准   达到下达任务
效益指标     可持续影响指标       国土空间规划“一张图”应用   持续推进         其他标准   已上线运行
满意度指标   服务对象满意度指标   办事群众满意度             ≥95%             计划标准   97.2%                          无偏差
总分                                                                                                      100    96.5

"""  # noqa: E501


def test_a_spaced_row_whose_target_is_a_standard_in_words_is_a_row_of_its_own() -> None:
    rows = table_rows(_SPACED_WORD_TARGETS_NO_SCORE)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows][-6:] == [
        ("不动产一般登记办理时限", "≤3个工作日"),
        ("部门“三公”经费", "不超过上年"),
        ("地质灾害造成人员伤亡", "0人"),
        ("耕地保有量", "不低于下达任务"),
        ("国土空间规划“一张图”应用", "持续推进"),
        ("办事群众满意度", "≥95%"),
    ]


# One cell a line with the empty cells dropped: a header of two lines comes as one word a
# line, its second line (指标性质 指标值 度量单位) at the end; those columns take the place
# of the word they split (年度指标值), so the rows' cells are read in that order.
_CELL_LINES_NO_BLANKS = "\n".join(
    [
        *("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
        *("指标性质", "指标值", "度量单位"),
        *("产出指标", "数量指标", "新建供水管网长度", "≥", "30", "公里", "32", "20", "20"),
        *("质量指标", "供水水质达标率", "≥", "95", "%", "97", "20", "20"),
        *("效益指标", "社会效益指标", "受益人口数量", "≥", "1.2", "万人", "1.3", "10", "10"),
    ]
)


def test_one_cell_a_line_with_no_blanks_under_a_header_of_two_lines() -> None:
    rows = table_rows(_CELL_LINES_NO_BLANKS)
    read = [(row[Role.NAME], row[Role.NATURE], row[Role.TARGET], row[Role.UNIT]) for row in rows]
    assert read == [
        ("新建供水管网长度", "≥", "30", "公里"),
        ("供水水质达标率", "≥", "95", "%"),
        ("受益人口数量", "≥", "1.2", "万人"),
    ]


# One cell a line, no blanks, a 指标解释 column whose explanations ask what is checked
# (考核…是否达到预期目标): the explanation is the row's, not the next row's name.
_CELL_LINES_EXPLAINED = "\n".join(
    [
        *("一级指标", "二级指标", "三级指标", "指标解释", "年度指标值", "实际完成值"),
        *("分值", "得分", "未完成原因和改进措施"),
        *("产出指标", "数量指标", "新建高标准农田面积"),
        *("考核新建高标准农田面积是否达到预期目标。", ">=2.5万亩", "2.52万亩", "10", "10"),
        "无偏差",
        *("新建及改造灌溉渠道长度", "考核新建及改造灌溉渠道长度是否达到预期目标。"),
        *(">=38公里", "38.6公里", "10", "10"),
        *("时效指标", "项目完工时间", "考核项目完工时间是否达到预期目标。"),
        *("2022年11月底前", "2022年11月25日", "5", "5", "无"),
    ]
)


def test_an_explanation_that_asks_what_is_checked_stays_with_its_row() -> None:
    rows = table_rows(_CELL_LINES_EXPLAINED)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("新建高标准农田面积", ">=2.5万亩"),
        ("新建及改造灌溉渠道长度", ">=38公里"),
        ("项目完工时间", "2022年11月底前"),
    ]


# One cell a line, no blanks: targets in words (控制在7个工作日以内, 至少3次) are targets,
# not the next row's names.
_CELL_LINES_WORDED = "\n".join(
    [
        *("一级指标", "二级指标", "三级指标", "年度指标值", "绩效标准", "实际完成情况"),
        *("产出指标", "数量指标", "法律援助案件数", "至少420件", "历史标准", "436件"),
        *("时效指标", "法律援助申请审查时限", "控制在7个工作日以内", "历史标准", "5个工作日"),
        *("成本指标", "单件援助补贴", "控制在1000元/件以内", "计划标准", "980元/件"),
    ]
)


def test_targets_in_words_stand_in_the_target_column_one_cell_a_line() -> None:
    rows = table_rows(_CELL_LINES_WORDED)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("法律援助案件数", "至少420件"),
        ("法律援助申请审查时限", "控制在7个工作日以内"),
        ("单件援助补贴", "控制在1000元/件以内"),
    ]


@pytest.mark.parametrize("text", ["控制在7个工作日以内", "至少3次", "超过90%", "不多于2次"])
def test_a_comparison_in_words_before_a_figure_is_a_quantity_cell(text: str) -> None:
    assert kind_of(text) is Kind.QUANTITY


# A pipe table copied from a web page, a row broken inside its first cell (the level labels
# merged away): the pieces are one row again.
_PIPE_BROKEN_IN_FIRST_CELL = """\
| 一级指标 | 二级指标 | 指标内容 | 分值 | 指标值 |
| 产出指标 | 数量指标 | 食品安全监督
抽检批次 | 5 | ≥1850批次 |
| 农贸市场快检样
品数量 | 5 | ≥12000份 |
| 每千人食品
抽检量 | 20 | 5批次/千人 |
"""


def test_a_pipe_row_broken_in_its_first_cell_is_joined() -> None:
    rows = table_rows(_PIPE_BROKEN_IN_FIRST_CELL)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("食品安全监督抽检批次", "≥1850批次"),
        ("农贸市场快检样品数量", "≥12000份"),
        ("每千人食品抽检量", "5批次/千人"),
    ]


# The same where the upper word is the very column it splits (指标值 over 指标性质 | 指标值 |
# 度量单位): it stays above, the three take its place.
_CELL_LINES_SPLIT_ITSELF = "\n".join(
    [
        *("一级指标", "二级指标", "指标名称", "指标值", "指标性质", "指标值", "度量单位"),
        *("产出指标", "数量指标", "保障在职人员数", "定量", "91", "人"),
        *("时效指标", "工资发放及时率", "定量", "100", "%"),
    ]
)


def test_a_header_word_split_into_itself_and_its_neighbours() -> None:
    rows = table_rows(_CELL_LINES_SPLIT_ITSELF)
    read = [(row[Role.NAME], row[Role.NATURE], row[Role.TARGET], row[Role.UNIT]) for row in rows]
    assert read == [("保障在职人员数", "定量", "91", "人"), ("工资发放及时率", "定量", "100", "%")]


# Cards (a mobile page: one card per indicator, each cell ``label:value``) whose first line
# is the block's label over a column of its own (绩效指标:绩效指标).
_CARDS_WITH_LEAD = """\
绩效指标：绩效指标
一级指标：产出指标
二级指标：数量指标
指标内容：社区矫正对象监管覆盖率
指标解释：社区矫正对象监管覆盖率=实际完成数/计划完成数×100%
全年指标值：100%
——————
绩效指标：绩效指标
一级指标：产出指标
二级指标：质量指标
指标内容：人民调解成功率
指标解释：人民调解成功率=实际完成数/计划完成数×100%
全年指标值：>=96%
"""


def test_cards_whose_first_line_is_the_blocks_label() -> None:
    rows = table_rows(_CARDS_WITH_LEAD)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("社区矫正对象监管覆盖率", "100%"),
        ("人民调解成功率", ">=96%"),
    ]


# Full-width bars (a Word table typed by hand): a whole row whose last cell holds a text and
# has no closing bar, then a row opening with its level's label without a bar: two rows.
_FULLWIDTH_ROW_WITHOUT_CLOSING_BAR = """\
一级指标｜二级指标｜三级指标｜目标值｜实际完成情况｜分值｜得分｜未完成原因和改进措施
　　　　｜　　｜博物馆纪念馆免费开放天数｜300天以上｜306天｜20｜20｜　　｜
　　　　｜数量指标｜送戏下乡场次｜40场以上｜43场｜10｜10｜按计划完成
产出指标｜　　｜公共数字文化服务点建设｜8个｜8个｜10｜10｜　　｜
　　｜质量指标｜文化馆评估定级达标率｜达到90%以上｜100%｜20｜20｜　　　　｜
"""


def test_a_row_without_its_closing_bar_before_a_levels_row_is_no_broken_row() -> None:
    rows = table_rows(_FULLWIDTH_ROW_WITHOUT_CLOSING_BAR)
    assert [row[Role.NAME] for row in rows] == [
        "博物馆纪念馆免费开放天数",
        "送戏下乡场次",
        "公共数字文化服务点建设",
        "文化馆评估定级达标率",
    ]


@pytest.mark.parametrize("text", ["优良", "建立健全", "持续推进", "健全完善", "巩固提升"])
def test_a_grade_or_a_standard_in_words_is_a_qualitative_cell(text: str) -> None:
    assert kind_of(text) is Kind.QUALITATIVE


@pytest.mark.parametrize("text", ["优良率", "建立健全机制", "巩固提升工程", "安全保障"])
def test_a_measures_name_is_no_qualitative_cell(text: str) -> None:
    assert kind_of(text) is Kind.NAME


@pytest.mark.parametrize("text", ["6800元/人·年(含)以上", "90%(含)以上", "36/10万（含）以内"])
def test_an_inclusive_bound_in_its_official_phrasing_is_a_quantity_cell(text: str) -> None:
    assert kind_of(text) is Kind.QUANTITY
