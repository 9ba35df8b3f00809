"""Shapes of the genre first met in the seventh hold-out set: a 绩效标准 column after the
target, a 指标值及单位 header, pipe rows broken inside their cells, a cost per term, a
burden eased and a standard quoted in prose."""

from __future__ import annotations

from general_support import table_rows
from jixiao.domain.target import TargetKind, parse_target
from jixiao.domain.units import canonical_unit
from jixiao.ingest.general.broken_rows import rejoin_broken_rows
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.prose import read_prose_targets
from jixiao.ingest.general.vocabulary import Role, header_role
from jixiao.ingest.readers.text import split_cells
from jixiao.ingest.source import SourceLine

# one cell per line, each ending in `` |``, with runs of empty cells: a 湖南-style
# 绩效目标申报表 page with its 绩效标准 column after the target
_ONE_CELL_PER_LINE_WITH_BASIS = """\
|
一级指标 |
二级指标 |
三级指标 |
指标值及单位 |
绩效标准 |
|
|
产出指标 |
数量指标 |
改造道路长度 |
12公里 |
计划标准 |
||
|
路面平整度合格率 |
≥98% |
行业标准 |
||||
|
效益指标 |
社会效益指标 |
群众出行便利程度 |
明显改善 |
历史标准 |
|||
"""


def test_a_target_column_headed_with_its_unit_is_the_target() -> None:
    assert header_role("指标值及单位") is Role.TARGET
    assert header_role("目标值和计量单位") is Role.TARGET


def test_a_basis_cell_on_its_own_line_after_the_target_is_the_basis_not_the_names_end() -> None:
    rows = table_rows(_ONE_CELL_PER_LINE_WITH_BASIS)
    assert [(row[Role.NAME], row[Role.TARGET], row.get(Role.BASIS)) for row in rows] == [
        ("改造道路长度", "12公里", "计划标准"),
        ("路面平整度合格率", "≥98%", "行业标准"),
        ("群众出行便利程度", "明显改善", "历史标准"),
    ]


# a web page's pipe table whose long cells kept their line breaks: a row over several lines
_PIPE_ROWS_BROKEN_IN_CELLS = """\
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 偏差原因分析及改进措施 |
| 产出指标 | 数量指标 | 新建村级卫生
室数量 | ≥12个 | 12个 | |
| | 质量指标 | 乡村医生培训合格率 | ≥95% | 93% | 培训时间与农忙冲突，
下一步错峰安排 |
| 效益指标 | 社会效益指标 | 慢性病患者
规范管理率 | 高于上年
水平 | 高于上年
水平 | |
"""


def test_a_pipe_row_broken_inside_its_cells_reads_as_one_row() -> None:
    rows = table_rows(_PIPE_ROWS_BROKEN_IN_CELLS)
    assert [(row[Role.NAME], row[Role.TARGET], row[Role.ACTUAL]) for row in rows] == [
        ("新建村级卫生室数量", "≥12个", "12个"),
        ("乡村医生培训合格率", "≥95%", "93%"),
        ("慢性病患者规范管理率", "高于上年水平", "高于上年水平"),
    ]


def test_pipe_rows_that_never_close_are_not_joined_to_the_text_after_them() -> None:
    texts = ["| 三级指标 | 指标值", "| 受益人数 | ≥100人", "说明:数据来源于统计年报"]
    lines = [
        SourceLine(number=n, text=text, cells=split_cells(text))
        for n, text in enumerate(texts, start=1)
    ]
    assert rejoin_broken_rows(lines) == lines


def test_a_row_opening_with_an_empty_cell_in_a_table_without_end_bars_is_not_a_broken_row() -> None:
    texts = [
        "年度支出预算(万元) | 合计 | 人员经费 | 项目支出 |",
        " | 100 | 14 | 86",
        "年度整体支出目标 | 完成道路养护。",
        "道路养护 | 产出指标 | 数量指标 | 养护里程 | ≥30公里 |",
    ]
    lines = [
        SourceLine(number=n, text=text, cells=split_cells(text))
        for n, text in enumerate(texts, start=1)
    ]
    assert rejoin_broken_rows(lines) == lines


def test_a_cost_per_student_and_school_term_is_a_quantity() -> None:
    assert kind_of("≤300元/生·学期") is Kind.QUANTITY
    assert kind_of("1200元/生·学年") is Kind.QUANTITY
    assert canonical_unit("学期") == "学期"


def test_a_burden_eased_is_a_qualitative_standard_not_a_name() -> None:
    assert kind_of("有效减轻") is Kind.QUALITATIVE
    assert kind_of("明显缓解") is Kind.QUALITATIVE
    assert kind_of("家长接送负担") is Kind.NAME


def test_a_standard_quoted_in_a_reports_prose_is_read_without_its_quotation_marks() -> None:
    text = "社会效益指标:群众健康意识水平,年度目标为“明显提升”,目前进展顺利。"
    found = read_prose_targets([SourceLine(1, text, (text,))])
    assert [(item.name, item.target.text) for item in found] == [("群众健康意识水平", "明显提升")]


def test_things_counted_per_time_dealt_with_are_units_of_a_quantity() -> None:
    assert kind_of("≥1500台次") is Kind.QUANTITY
    assert kind_of("≥300辆次") is Kind.QUANTITY
    assert canonical_unit("台次") == "台次"


def test_equipment_counted_in_sets_is_a_quantity() -> None:
    assert kind_of("≥46台套") is Kind.QUANTITY


def test_a_scoring_rule_is_a_text_never_a_name_or_a_target() -> None:
    assert kind_of("建立并有效运行得满分") is Kind.SENTENCE
    assert kind_of("每少1%扣0.5分") is Kind.SENTENCE
    assert kind_of("未按时完成不得分") is Kind.SENTENCE
    assert kind_of("建立并有效运行") is not Kind.SENTENCE


def test_a_score_tables_scoring_rule_is_not_read_as_the_rows_target() -> None:
    rows = table_rows(
        "| 二级指标 | 三级指标 | 分值 | 指标解释 | 评分标准 | 绩效目标值 | 实际完成值 | 得分 |\n"
        "| 可持续影响指标 | 长效管护机制 | 15 | 反映管护制度运行情况 | 建立并有效运行得满分 "
        "| 健全完善 | 基本健全 | 12 |\n"
        "| 满意度指标 | 群众满意度 | 10 | 反映满意程度 | 达到目标值得满分 | ≥90% | 93% | 10 |\n"
    )
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("长效管护机制", "健全完善"),
        ("群众满意度", "≥90%"),
    ]


def test_a_standard_compared_with_the_task_handed_down_is_a_qualitative_target() -> None:
    target = parse_target("不低于下达任务")
    assert target.kind is TargetKind.QUALITATIVE
    assert target.standard == "不低于下达任务"
    assert kind_of("≥1960处次") is Kind.QUANTITY


# a text PDF's layout kept: a 二级 label wrapped over two lines, its row's value printed
# on the label's second line
_VALUE_ON_THE_LABELS_SECOND_LINE = """\
 一级指标   二级指标      三 级 指 标                                        指 标 值
 产 出 指 标 时效指标      补助资金拨付到项目实施主体时间                     2025年11月
                                                                             底前
            成本指标      冷藏保鲜设施每立方米财政补助标准                   ≤300元/立方米
 效 益 指 标 经济效益指标  项目区特色产业产值增长率                           ≥8%
            社会效益指标  带动脱贫户(含监测户)户数                          ≥1800户
            生态效益指标  项目区化肥农药使用量                               较上年减少
            可持续影响    道路养护长效管护工作机制
            指标                                                             长期有效
 满意度指标 服务对象满    沿线群众满意度                                     ≥90%
            意度指标
"""


def test_a_rows_value_printed_beside_its_wrapped_labels_second_half_is_that_rows() -> None:
    rows = table_rows(_VALUE_ON_THE_LABELS_SECOND_LINE)
    found = {row[Role.NAME]: row.get(Role.TARGET) for row in rows}
    assert found["道路养护长效管护工作机制"] == "长期有效"
    assert found["沿线群众满意度"] == "≥90%"
    assert len(rows) == 7


# a score table pasted one cell per paragraph: its first row's explanation and scoring rule
# come before any row has told how many cells a row holds
_SCORE_TABLE_BY_PARAGRAPHS = "\n\n".join(
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "分值",
        "指标解释",
        "评分标准",
        "绩效目标值",
        "实际完成值",
        "得分",
        "产出指标(40分)",
        "数量指标",
        "改造农村危房户数",
        "10",
        "反映当年完成改造的危房户数",
        "达到目标值得满分,每少1户扣0.5分",
        "≥120户",
        "126户",
        "10",
        "公共厕所新建数量",
        "10",
        "反映当年新建的公共厕所数量",
        "达到目标值得满分",
        "≥15座",
        "15座",
        "10",
        "满意度指标(10分)",
        "服务对象满意度指标",
        "受益群众满意度",
        "10",
        "抽样调查受益群众的满意程度",
        "≥90%得满分,每降低1个百分点扣1分",
        "≥90%",
        "93.2%",
        "10",
        "预算执行(20分)",
        "预算执行率",
        "20",
        "全年执行数占全年预算数的比例",
        "100%得满分",
        "100%",
        "98.6%",
        "19.72",
    ]
)


def test_the_first_rows_explanation_and_scoring_rule_are_its_texts_not_a_new_row() -> None:
    rows = table_rows(_SCORE_TABLE_BY_PARAGRAPHS)
    assert [(row[Role.NAME], row.get(Role.TARGET)) for row in rows] == [
        ("改造农村危房户数", "≥120户"),
        ("公共厕所新建数量", "≥15座"),
        ("受益群众满意度", "≥90%"),
        ("预算执行率", "100%"),
    ]


def test_a_header_marked_required_with_an_asterisk_names_its_column() -> None:
    rows = table_rows(
        "一级指标 | 二级指标 | 三级指标 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | 备注 |\n"
        "产出指标 | 数量指标 | 培训退役军人人数 | 定量 | ≥420 | 人 | 反映培训人数 | |\n"
        "满意度指标 | 服务对象满意度指标 | 培训对象满意度 | 定量 | ≥95 | % | 反映满意程度 | |\n"
    )
    assert [(row[Role.NAME], row[Role.TARGET], row[Role.UNIT]) for row in rows] == [
        ("培训退役军人人数", "≥420", "人"),
        ("培训对象满意度", "≥95", "%"),
    ]
