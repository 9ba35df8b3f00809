"""A score table's row whose name is a word a 二级 label may be (``服务对象满意度`` under
``社会公众满意度``), the row's 一级 printed on a row above: with a target and no other name,
its second label is the name."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form

_HEADER = "  一级指标      二级指标        三级指标              分值  指标值   实际完成值  得分"
_ROWS = """  产出（40分）  履职效能        政策宣传覆盖率        20    ≥95%     97%         20
                                窗口办件及时率        20    100%     99.5%       19
  效果（20分）  社会效益        营商环境评价排名      10    提升     提升        10
                社会公众满意度  服务对象满意度        10    ≥85%     91.3%       10
  合计                                                60                         59
"""


def test_a_second_label_word_with_a_target_and_no_name_is_the_name(tmp_path: Path) -> None:
    text = f"某区政务服务中心2022年度部门整体支出绩效评价得分表\n{_HEADER}\n{_ROWS}"
    document = read_form(tmp_path, text)
    read = {i.name: i for _, i in document.all_indicators()}
    assert "服务对象满意度" in read
    satisfaction = read["服务对象满意度"]
    assert satisfaction.target is not None and satisfaction.target.value == Decimal("85")
    assert satisfaction.result is not None and satisfaction.result.actual == Decimal("91.3")
    assert "营商环境评价排名" in read


def test_a_label_row_with_a_name_keeps_its_labels(tmp_path: Path) -> None:
    text = f"某区政务服务中心2022年度部门整体支出绩效评价得分表\n{_HEADER}\n{_ROWS}"
    document = read_form(tmp_path, text)
    names = [i.name for _, i in document.all_indicators()]
    assert "社会公众满意度" not in names
    assert "社会效益" not in names
