"""A money table's rows and points as reports print them: its sum row named 合计 under a
header of money columns (not a score table's 合计), a 调整预算 column, the 分值 and 得分
stated in a sentence beside a table that prints neither, and a 总分 row that takes no
stamp's words printed under it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from jixiao.domain.model import PerformanceDocument

_TABBED = """\
某市农业农村局2023年度部门整体支出绩效自评报告
一、部门整体支出情况
2023年度资金安排及执行情况如下（单位：万元）：
资金类别\t年初预算数\t全年预算数\t全年执行数\t执行率
合计\t12,480.00\t13,026.50\t12,611.84\t96.82%
财政拨款\t12,480.00\t13,026.50\t12,611.84\t96.82%
预算执行率指标分值10分，得分9.68分。
二、绩效指标完成情况
（1）农技培训人次：年度目标值≥3000人次，实际完成值3120人次，分值20分，得分20分。
（2）农户满意度：年度目标值≥90%，实际完成值93%，分值20分，得分20分。
"""


def _evaluation_rows(document: PerformanceDocument) -> list[tuple[object, ...]]:
    """The funding rows, the department's or (a report on one project) the project's."""
    evaluation = document.department_evaluation
    rows = evaluation.funding_execution if evaluation else document.projects[0].funding_execution
    return [
        (row.source.value, row.initial_budget, row.full_year_budget, row.executed, row.weight)
        for row in rows
    ]


def test_a_sum_row_named_heji_under_money_columns_is_the_years_total(tmp_path: Path) -> None:
    rows = _evaluation_rows(read_form(tmp_path, _TABBED))
    assert rows[0][:4] == ("total", Decimal(12480), Decimal("13026.5"), Decimal("12611.84"))
    assert rows[1][0] == "fiscal"


def test_the_points_a_sentence_states_go_to_a_table_that_prints_none(tmp_path: Path) -> None:
    evaluation = read_form(tmp_path, _TABBED).department_evaluation
    assert evaluation is not None
    total = evaluation.funding_execution[0]
    assert (total.weight, total.score) == (Decimal(10), Decimal("9.68"))


_ADJUSTED = """\
某区卫生健康局2022年度部门整体支出绩效评价报告
表1 资金执行情况（万元）
| 项目 | 年初预算 | 调整预算 | 实际支出 | 执行率 |
| :--- | ---: | ---: | ---: | ---: |
| 合计 | 3,210.40 | 3,486.20 | 3,402.75 | 97.61% |
| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 |
| 产出指标 | 数量指标 | 家庭医生签约人数 | ≥2.1万人 | 2.2万人 |
| 满意度指标 | 服务对象满意度 | 就诊群众满意度 | ≥90% | 92% |
"""


def test_an_adjusted_budget_column_is_the_years_budget(tmp_path: Path) -> None:
    document = read_form(tmp_path, _ADJUSTED)
    rows = _evaluation_rows(document)
    assert rows[0][:4] == ("total", Decimal("3210.4"), Decimal("3486.2"), Decimal("3402.75"))


_SCORES = """\
某县文旅局2021年度部门整体支出绩效自评表
一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分
产出指标  数量指标  送戏下乡场次  ≥40场  42场  50  50
满意度指标  服务对象满意度指标  群众满意度  ≥90%  93%  50  48
合计  100  98
"""


def test_a_sum_row_of_a_score_table_is_no_money(tmp_path: Path) -> None:
    evaluation = read_form(tmp_path, _SCORES).department_evaluation
    assert evaluation is None or evaluation.funding_execution == []


_STAMPED = """\
某县体育局2019年度部门整体支出绩效自评表
部门名称  某县体育局
项目资金   年初预算数  全年预算数  全年执行数  分值  执行率  得分
年度资金总额  210.00  236.40  230.12  10  97.34%  9.73
一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分
产出指标  数量指标  全民健身赛事场次  ≥12场  14场  40  40
满意度指标  服务对象满意度指标  参赛群众满意度  ≥90%  95%  50  50
总分  100  99.73
某  县  体  育
管  理  中  心
（公章）
"""


def test_a_total_row_takes_no_stamps_words_under_it(tmp_path: Path) -> None:
    document = read_form(tmp_path, _STAMPED)
    evaluation = document.department_evaluation
    assert evaluation is not None and evaluation.total_score == Decimal("99.73")
    names = [indicator.name for _, indicator in document.all_indicators()]
    assert names == ["全民健身赛事场次", "参赛群众满意度"]


_HARD_WRAPPED = """\
某县水利局2020年度小型水库除险加固项目支出绩效自评报告
一、项目基本情况。本项目由某县水利局组织实施，全年下达资金按计划拨付，年初
预算数为312.00万元，年中追加省级补助资金40.00万元，全年预算数
352.00万元，全年实际支出340.16万元，预算执行率为96.64%
。二、绩效目标。完成小型水库除险加固6座。
"""


def test_a_statement_of_money_broken_by_a_hard_wrapped_line_is_read(tmp_path: Path) -> None:
    document = read_form(tmp_path, _HARD_WRAPPED)
    rows = _evaluation_rows(document)
    assert rows[0][1:4] == (Decimal(312), Decimal(352), Decimal("340.16"))


_COLUMN_ORDER = """\
某县民政局
2021年度项目支出绩效自评表
项目名称
困难残疾人生活补贴
主管部门
某县民政局
项目资金
（万元）
年度资金总额
其中：财政拨款
其他资金
年初预算数
全年预算数
全年执行数
分值
执行率
得分
860.00
912.50
897.30
10
98.33%
9.83
860.00
912.50
897.30
—
—
—
0
0
0
—
—
—
年度总体目标
"""


def test_labels_then_header_then_figures_in_column_order_are_the_rows(tmp_path: Path) -> None:
    rows = _evaluation_rows(read_form(tmp_path, _COLUMN_ORDER))
    assert rows[0] == ("total", Decimal(860), Decimal("912.5"), Decimal("897.3"), Decimal(10))
    assert rows[1][:4] == ("fiscal", Decimal(860), Decimal("912.5"), Decimal("897.3"))
    assert rows[2][:2] == ("other", Decimal(0))


def test_labels_and_header_without_their_figures_make_no_rows(tmp_path: Path) -> None:
    cut = _COLUMN_ORDER.split("860.00")[0] + "年度总体目标\n"
    document = read_form(tmp_path, cut)
    evaluation = document.department_evaluation
    rows = evaluation.funding_execution if evaluation else document.projects[0].funding_execution
    assert all(row.initial_budget is None for row in rows)


_CSV = """\
2021年度省级转移支付区域绩效自评表,,,,,,,
转移支付名称,省级农村公路养护补助资金,,,,,,
资金情况（万元）,,预算数（A）,执行数（B）,执行率（B/A）,分值,得分,
,全年资金总额,"1,480.00","1,402.30",94.75%,10,9.48,
,其中：省级补助,"1,200.00","1,150.10",95.84%,—,—,
一级指标,二级指标,三级指标,年度指标值,全年实际完成值,分值,得分,
产出指标,数量指标,列养农村公路里程,≥620公里,628公里,20,20,
满意度指标,服务对象满意度指标,沿线群众满意度,≥90%,92%,10,10,
"""


def test_a_years_total_named_quannian_is_the_total_row(tmp_path: Path) -> None:
    rows = _evaluation_rows(read_form(tmp_path, _CSV))
    assert rows[0][:5] == ("total", None, Decimal(1480), Decimal("1402.3"), Decimal(10))


_LABEL_LINES = """\
【绩效公开】2022年度乡村道路安全提升项目绩效自评情况
项目名称：乡村道路安全提升项目
主管部门：某县交通运输局
二、资金执行情况（单位：万元）
年初预算数：96.00
全年预算数：104.20
全年执行数：101.35
执行率：97.26%
分值：10　得分：9.73
三级指标：安全护栏安装长度
年度指标值：≥12公里
实际完成值：12.4公里
"""


def test_a_label_lines_initial_budget_and_points_on_one_line_are_read(tmp_path: Path) -> None:
    document = read_form(tmp_path, _LABEL_LINES)
    (total,) = document.projects[0].funding_execution[:1]
    assert (total.initial_budget, total.full_year_budget) == (Decimal(96), Decimal("104.2"))
    assert (total.weight, total.score) == (Decimal(10), Decimal("9.73"))


_SCORE_FIRST = """\
某县农业农村局2023年度部门整体支出绩效自评报告
一、部门概况
2023年部门预算收入1268.40万元，其中财政拨款1200.40万元；全年支出1230.15万元，预算执行率96.98%。
二、自评结论
经自评，我局2023年度部门整体支出绩效自评得分为97.6分。其中预算执行率得分9.6分（分值10分），绩效指标得分88分（分值90分）。
三、绩效指标
序号　一级指标　二级指标　三级指标　年度指标值　实际完成值　分值　得分
1　产出指标　数量指标　农技培训人次　≥1200人次　1260人次　45　45
2　满意度指标　服务对象满意度指标　农户满意度　≥90%　93%　45　43
"""


def test_a_score_with_its_weight_in_brackets_and_the_budget_income_are_read(
    tmp_path: Path,
) -> None:
    rows = _evaluation_rows(read_form(tmp_path, _SCORE_FIRST))
    assert rows[0][2] == Decimal("1268.4")
    evaluation = read_form(tmp_path, _SCORE_FIRST).department_evaluation
    assert evaluation is not None
    total = evaluation.funding_execution[0]
    assert (total.weight, total.score) == (Decimal(10), Decimal("9.6"))
