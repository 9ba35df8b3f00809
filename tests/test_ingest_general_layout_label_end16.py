"""A table printed by ``pdftotext -layout``: a 二级 label's 指标 wrapped onto the next line
and printed under the name's column (session 16)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.vocabulary import Role

_HEAD = """\
  一级指标   二级指标   三级指标                  年度指标值     实际完成值     分值    得分
  产出指标   数量指标   新增城镇就业人数          ≥3200人        3418人         10      10
                        职业技能培训人次          ≥1500人次      1620人次       10      10
  效益指标   可持续影响 创业担保贷款发放          稳步增长       稳步增长       10      9
"""


def test_a_labels_wrapped_end_under_the_name_completes_the_label() -> None:
    rows = table_rows(_HEAD + "                        指标\n")
    by_name = {row[Role.NAME]: row for row in rows}
    assert "创业担保贷款发放" in by_name
    assert by_name["创业担保贷款发放"][Role.SUBCATEGORY] == "可持续影响指标"
    assert by_name["职业技能培训人次"][Role.TARGET] == "≥1500人次"


def test_a_names_wrapped_end_under_it_still_joins_the_name() -> None:
    rows = table_rows(_HEAD + "                        情况\n")
    names = [row[Role.NAME] for row in rows]
    assert "创业担保贷款发放情况" in names
