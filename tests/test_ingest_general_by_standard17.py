"""A target in words saying a rate is paid or a rule kept by the standard set above
(``按国家规定标准``, ``按省定标准足额发放``): a 成本 target cell, not a second name, also in a
pipe row whose 一级 label is left to the row above (session 17)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role

# a transfer self-evaluation's indicator table as pipes, its header cut over two lines, the
# 一级 label printed once
_PIPES = """\
绩效指标 | 一级 指标 |
二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 | |
产出指标 | 数量指标 | 资助家庭经济困难学生人数 | ≥1200人 | 1236人 | |
质量指标 | 资助对象认定准确率 | 100% | 100% | |
成本指标 | 寄宿生生活补助标准 | 按省定标准足额发放 | 按省定标准足额发放 | |
效益指标 | 社会效益指标 | 因贫失学学生人数 | 0人 | 0人 | |
满意度指标 | 服务对象满意度指标 | 受助学生满意度 | ≥95% | 97% | |
"""


def test_a_rate_by_the_standard_set_above_is_the_rows_target() -> None:
    read = {row[Role.NAME]: row.get(Role.TARGET) for row in table_rows(_PIPES)}
    assert read["寄宿生生活补助标准"] == "按省定标准足额发放"
    assert "按省定标准足额发放" not in read
    assert read["受助学生满意度"] == "≥95%"


def test_by_the_standard_phrases_are_targets_and_a_measure_a_name() -> None:
    for phrase in ("按国家规定标准", "按标准执行", "符合省定标准", "按批复标准拨付"):
        assert kind_of(phrase) is Kind.QUALITATIVE, phrase
    for name in ("寄宿生生活补助标准", "按标准配备率", "符合标准的校舍面积", "按人补助标准"):
        assert kind_of(name) is Kind.NAME, name
