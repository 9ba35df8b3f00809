"""A 时效 row's target that is a share due by a date (``2022年8月31日前完成90%``,
``10月底前达到100%``): a deadline's target kept whole, not a name."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.ingest.general.kinds import Kind, kind_of

_FORM = (
    "2022年农村饮水安全巩固提升项目绩效目标表\n"
    "一级指标 | 二级指标 | 三级指标 | 指标值 | 备注 |\n"
    "产出指标 | 数量指标 | 新建集中供水工程 | 9处 | |\n"
    "时效指标 | 工程开工率 | 2022年8月31日前完成90% | |\n"
    "管网铺设完成率 | 10月底前达到100% | |\n"
    "效益指标 | 社会效益指标 | 受益人口 | ≥1.6万人 | |\n"
)


def test_a_share_due_by_a_date_is_the_rows_target(tmp_path: Path) -> None:
    document = read_form(tmp_path, _FORM)
    read = {
        indicator.name: indicator.target_in_force.text if indicator.target_in_force else None
        for _, indicator in document.all_indicators()
    }
    assert read["工程开工率"] == "2022年8月31日前完成90%"
    assert read["管网铺设完成率"] == "10月底前达到100%"


def test_a_due_date_with_no_share_or_a_name_is_no_such_target() -> None:
    assert kind_of("10月底前完成90%") is Kind.PERIOD
    assert kind_of("10月底前完成率") is Kind.NAME  # a name: no share said
    assert kind_of("10月底前完成90户") is not Kind.PERIOD  # a count, not a share
