"""A 部门预算 from a PDF's text layer (spaced glyphs in its headings) whose 部门整体支出绩效目标表
follows the prose stating the budget and precedes the text's next part (``第 三 部 分 名 词
解 释``): the budget the prose states, a frequency written as the genre's four-character
phrase (``随到随办``), a whole 二级 label beside its row under a row holding its values (no
wrapped end of that row), and the next part's heading no row of the table."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.domain.target import TargetKind, is_frequency_phrase, parse_target
from jixiao.ingest.pipeline import parse_file

_TEXT = """\
宁 都 县 黄 陂 镇 人 民 政 府
2 0 2 1 年 部 门 预 算

                                   目   录
第一部分  黄陂镇人民政府概况
第二部分  2021年部门预算情况说明
第三部分  名词解释

第 二 部 分    2 0 2 1 年 部 门 预 算 情 况 说 明
    一、收支预算总体情况
    2021年收入预算1845.20万元，其中：一般公共预算拨款收入1760.20万元，政府性基金预算拨款收入85.00万元。支出预算1845.20万元，其中：基本支出1203.70万元，项目支出641.50万元。
    八、预算绩效情况说明
    部门整体支出绩效目标如下：

                       部 门 整 体 支 出 绩 效 目 标 表
    部门名称                    宁都县黄陂镇人民政府
                   任务名称                    主要内容            总额        财政拨款     其他资金
    年度主要       便民服务                   便民服务中心运行       260.00       260.00
    任务           集镇管理                   集镇环境卫生保洁       381.50       381.50
                   金额合计                                         641.50       641.50         0
                   一级指标       二级指标              指标内容                        指标值
                                  数量指标              便民服务事项办理件数            ≥6000件
                   产出指标       质量指标              集镇保洁覆盖率                  100%
                                  时效指标              便民服务事项办理时限            随到随办
                                  社会效益指标          集镇环境面貌                    明显改善
                   效益指标       经济效益指标          集镇商户经营额增长率            ≥3%
                                  可持续影响指标        便民服务运行机制                长期有效
                   满意度指标     服务对象满意度指标    办事群众满意度                  ≥90%

第 三 部 分    名 词 解 释
    一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的支出。
"""


def _read(tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "budget.txt"
    path.write_text(_TEXT, encoding="utf-8")
    document, _ = parse_file(path)
    self = {
        indicator.name: (indicator.target.standard or indicator.target.text)
        for _, indicator in document.all_indicators()
        if indicator.target is not None
    }
    self["budget"] = str(document.budget.income.total)
    return self


def test_the_budget_the_prose_states_before_the_table_is_the_departments(tmp_path: Path) -> None:
    assert _read(tmp_path)["budget"] == str(Decimal("1845.20"))


def test_every_row_is_read_and_the_next_parts_heading_is_none(tmp_path: Path) -> None:
    read = _read(tmp_path)
    assert read["便民服务事项办理时限"] == "随到随办"
    assert read["集镇商户经营额增长率"] == "≥3%"
    assert read["便民服务运行机制"] == "长期有效"
    assert read["办事群众满意度"] == "≥90%"
    assert not any("名词解释" in name for name in read)


def test_the_genres_frequency_phrases_are_standards_and_near_words_are_not() -> None:
    for text in ("日产日清", "周查周清", "日清日结", "随产随清", "一日一清", "即收即办"):
        assert is_frequency_phrase(text), text
        assert parse_target(text).kind is TargetKind.QUALITATIVE, text
    for text in ("日常清洁", "产日清", "日产日", "随时办理", "日产日清率"):
        assert not is_frequency_phrase(text), text
