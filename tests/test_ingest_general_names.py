"""Names as published documents set them: wrapped onto a line of their own after the row's
values (in pipe rows, in a PDF's text columns, past a page marker), set off in 【】 in prose
or in the quotes an Excel cell with a line break is copied in."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form as _read
from jixiao.domain.model import PerformanceDocument
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.prose import read_prose_targets
from jixiao.ingest.general.reader import clean_name
from jixiao.ingest.general.words import unwrapped
from jixiao.ingest.source import SourceLine


def _names(document: PerformanceDocument) -> list[str]:
    return [indicator.name for _, indicator in document.all_indicators()]


_PIPE_TAIL = """某县某局2025年项目绩效目标表
项目名称 | 某某修复工程 |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 产出指标 | 数量指标 | 河道清淤长度 | ≥12公里 |
|  | 数量指标 | 沿河护栏更新 | ≥800米 |
| | | 长度 | |
|  | 质量指标 | 工程验收合格率 | 100% |
"""


def test_a_short_line_under_the_name_column_after_a_full_row_ends_that_name(
    tmp_path: Path,
) -> None:
    assert _names(_read(tmp_path, _PIPE_TAIL)) == [
        "河道清淤长度",
        "沿河护栏更新长度",
        "工程验收合格率",
    ]


_COLUMNS_TAIL = """某县项目绩效目标批复表
项目名称    某某示范工程
一级指标    二级指标    三级指标                指标值
产出指标    数量指标    标准化养殖                ≥6个
                        示范场
            质量指标    动物免疫密度              ≥95%
效益指标    生态效益    粪污资源化                ≥85%
            指标        利用率
"""


def test_a_name_wrapped_in_text_columns_keeps_its_second_line_not_the_next_label(
    tmp_path: Path,
) -> None:
    assert _names(_read(tmp_path, _COLUMNS_TAIL)) == [
        "标准化养殖示范场",
        "动物免疫密度",
        "粪污资源化利用率",
    ]


_PAGE_TAIL = """某区某局2023年度部门整体支出绩效自评报告
一级指标 二级指标 三级指标 年度目标值 全年实际完成值
产出指标 数量指标 城市绿道建设 ≥20公里 21公里
数量指标 新建口袋 ≥10个 10个

— 3 —

公园
质量指标 绿化苗木成活率 ≥95% 96%
"""


def test_a_name_wrapped_over_a_page_break_is_joined_past_the_page_marker(
    tmp_path: Path,
) -> None:
    names = _names(_read(tmp_path, _PAGE_TAIL))
    assert names[:3] == ["城市绿道建设", "新建口袋公园", "绿化苗木成活率"]
    assert "— 3 —" not in names


_CUT_LABEL = """某项目绩效自评表
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |
效益指标 | 社会效益指标 | 受益农户数 | 5000户 | 5000户 |
生态
"""


def test_the_first_words_of_a_label_cut_off_are_no_end_of_a_name(tmp_path: Path) -> None:
    assert _names(_read(tmp_path, _CUT_LABEL))[0] == "受益农户数"


def test_brackets_or_quotes_around_a_whole_name_are_dropped() -> None:
    assert unwrapped("【培训合格率】") == "培训合格率"
    assert clean_name('"政策范围内住院费用基金支付比例"') == "政策范围内住院费用基金支付比例"
    assert clean_name("“三公”经费支出") == "“三公”经费支出"
    assert unwrapped("“三公”经费与“两费”") == "“三公”经费与“两费”"


def test_a_bracketed_name_in_prose_is_read_without_its_brackets() -> None:
    line = "2.质量指标。【培训合格率】年度指标值为≥95%,1-6月实际为96.4%。"
    found = read_prose_targets([SourceLine(1, line, (line,))])
    assert [(item.name, item.phrase) for item in found] == [("培训合格率", "≥95%")]


def test_standards_and_recurring_deadlines_are_target_cells() -> None:
    assert kind_of("基本建立") is Kind.QUALITATIVE
    assert kind_of("每季度末") is Kind.PERIOD
    assert kind_of("每学期开学后1个月内") is Kind.PERIOD
    assert kind_of("5元/生·天") is Kind.QUANTITY
    assert kind_of("每月") is Kind.NAME


_CONTENT_COLUMN = """某市某委2023年项目支出绩效目标申报表
项目名称 | 某某服务项目 | |
一级指标 | 二级指标 | 三级指标 | 指标内容 | 指标性质 | 指标值 | 度量单位 | 权重
产出指标 | 数量指标 | 免费检查人数 | 为计划人群提供免费检查的人数 | ≥ | 5200 | 人 | 10
满意度指标 | 服务对象满意度指标 | 服务对象满意度 | 抽样调查服务对象满意程度 | ≥ | 90 | % | 10
"""


def test_beside_a_third_level_column_the_content_column_says_what_is_counted(
    tmp_path: Path,
) -> None:
    assert _names(_read(tmp_path, _CONTENT_COLUMN)) == ["免费检查人数", "服务对象满意度"]


def test_a_name_that_speaks_of_a_cause_is_no_column_of_reasons() -> None:
    assert kind_of("因路况原因引发的交通事故") is Kind.NAME
    assert kind_of("偏差原因分析及改进措施") is Kind.HEADER
    assert kind_of("未完成原因") is Kind.HEADER


_PAGE_BREAK = """某县2024年项目支出绩效运行监控表
| 项目名称 | 某某项目 | | |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-10月完成值 |
| 产出指标 | 数量指标 | 受益学生人数 | ≥4.2万人 | 4.26万人 |
|  | 质量指标 | 食品安全事故 | 0起 | 0起 |
第 1 页
续表
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-10月完成值 |
|  | 质量指标 | 供餐学校食堂达标率 | ≥95% | 96% |
"""


def test_a_page_footer_and_a_continued_tables_line_are_no_rows(tmp_path: Path) -> None:
    assert _names(_read(tmp_path, _PAGE_BREAK)) == [
        "受益学生人数",
        "食品安全事故",
        "供餐学校食堂达标率",
    ]
