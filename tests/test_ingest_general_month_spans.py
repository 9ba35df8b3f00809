"""A monitoring form's funds columns naming the months they cover with a dash or 至 other
than the hyphen (``1—6月执行数``, ``1～6月执行率``, ``1至6月``): the same columns as
``1-6月执行数``; a span of years (``2021—2023年``) is left as written."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from general_support import read_form
from jixiao.ingest.cells import label_key

_FORM = (
    "某县2022年农村饮水安全巩固提升项目绩效运行监控表\n"
    "项目名称\t农村饮水安全巩固提升项目\n"
    "主管部门\t某县水利局\t实施单位\t某县水利局\n"
    "项目资金（万元）\t年初预算数\t1～6月执行数\t1～6月执行率\t全年预计执行数\n"
    "年度资金总额\t640.00\t288.00\t45%\t640.00\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t1～6月执行情况\t全年预计完成情况\n"
    "产出指标\t数量指标\t新建集中供水工程\t≥8处\t5处\t8处\n"
)


def test_funds_columns_with_a_month_span_in_another_dash_are_read(tmp_path: Path) -> None:
    project = read_form(tmp_path, _FORM).projects[0]
    execution = project.funding_execution[0]
    assert execution.executed == Decimal("288")  # 万元, as the form states them
    assert execution.execution_rate == Decimal("45")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("1—7月执行数", "1-7月执行数"),
        ("1至9月执行率", "1-9月执行率"),
        ("2021—2023年", "2021—2023年"),
    ],
)
def test_a_month_span_is_keyed_with_a_hyphen(text: str, key: str) -> None:
    assert label_key(text) == key
