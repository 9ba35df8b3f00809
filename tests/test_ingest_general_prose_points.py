"""An evaluation report's paragraph per indicator: the name with its points in brackets, then
its labelled columns (``（2）灌溉面积（8分）。目标值：≥1.5万亩；实际完成值：1.6万亩；得分8分。``).
The bracketed points are the indicator's weight, not words of its name."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from jixiao.domain.target import Operator
from jixiao.ingest.general.prose import ProseTarget, read_prose_targets
from jixiao.ingest.source import SourceLine


def _read(*texts: str) -> list[ProseTarget]:
    lines = [SourceLine(n, text, (text,)) for n, text in enumerate(texts, start=1)]
    return read_prose_targets(lines)


def test_points_bracketed_after_a_name_are_its_weight_not_its_words() -> None:
    found = _read("（2）高效节水灌溉面积（8分）。目标值：≥1.5万亩；实际完成值：1.6万亩；得分8分。")
    assert [(item.name, item.target.operator, item.target.value) for item in found] == [
        ("高效节水灌溉面积", Operator.GE, Decimal("1.5"))
    ]
    assert (found[0].weight, found[0].score, found[0].actual) == (
        Decimal("8"),
        Decimal("8"),
        "1.6万亩",
    )


def test_points_named_as_a_weight_in_the_brackets_are_read_as_well() -> None:
    found = _read("（4）农机作业补贴发放准确率（分值4.5分）。目标值：100%；实际完成值：99%。")
    assert [(item.name, item.weight) for item in found] == [
        ("农机作业补贴发放准确率", Decimal("4.5"))
    ]


def test_a_bracketed_note_that_is_no_points_stays_in_the_name() -> None:
    found = _read("（3）贫困户危房改造（含加固）。目标值：≥120户；实际完成值：126户。")
    assert [(item.name, item.weight) for item in found] == [("贫困户危房改造(含加固)", None)]


def test_points_of_a_name_do_not_carry_to_a_later_name_without_them() -> None:
    found = _read(
        "（1）新建村级文化广场（6分）。目标值：≥12个；实际完成值：12个。",
        "（2）文化活动场次。目标值：≥40场；实际完成值：44场。",
    )
    assert [(item.name, item.weight) for item in found] == [
        ("新建村级文化广场", Decimal("6")),
        ("文化活动场次", None),
    ]


_REPORT = """\
某县农业农村局2022年度高标准农田建设项目绩效评价报告

三、绩效分析
（三）产出情况
1.产出数量
（1）新建高标准农田面积（7分）。目标值：≥2.4万亩；实际完成值：2.45万亩；得分7分。
2.产出质量
（2）工程验收合格率（6分）。目标值：100%；实际完成值：100%；得分6分。
（四）效益情况
1.经济效益
（3）亩均粮食增产（5分）。目标值：≥50公斤；实际完成值：46公斤；得分4分。
"""


def test_a_reports_paragraphs_read_as_indicators_with_their_weights(tmp_path: Path) -> None:
    document = read_form(tmp_path, _REPORT)
    found = [
        (item.name, item.target.canonical if item.target else None, item.weight)
        for _, item in document.all_indicators()
    ]
    assert found == [
        ("新建高标准农田面积", "≥2.4万亩", Decimal("7")),
        ("工程验收合格率", "100%", Decimal("6")),
        ("亩均粮食增产", "≥50千克", Decimal("5")),
    ]
