"""Budget figures in the layouts of the genre met by the thirteenth session: a web page's
breadcrumb whose last step is a word the forms use as a label (部门预算) is no label."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.fields import read_fields
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Field

_PAGE = (
    "网站首页 > 信息公开 > 预决算公开 > 部门预算\n"
    "江北区民政局2024年项目支出绩效目标表（社区养老服务补助资金）\n"
    "发布日期：2024-03-06    来源：区民政局\n"
    "项目名称：社区养老服务补助资金\n"
    "主管部门：江北区民政局\n"
    "项目金额：312.60万元\n"
    "一级指标 | 二级指标 | 三级指标 | 指标值\n"
    "产出指标 | 数量指标 | 服务老年人数 | ≥2600人\n"
    "满意度指标 | 服务对象满意度指标 | 老年人满意度 | ≥90%\n"
)


def _fields(text: str) -> list[tuple[Field, str]]:
    source, _ = normalise_source(text_source(text))
    return [(item.field, item.value) for item in read_fields(cells_of(source.lines))]


def test_a_breadcrumbs_last_step_is_no_label_of_the_line_under_it(tmp_path: Path) -> None:
    amounts = [value for field, value in _fields(_PAGE) if field is Field.AMOUNT]
    assert amounts == ["312.60万元"]
    assert read_form(tmp_path, _PAGE).projects[0].budget == Decimal("312.60")


def test_a_label_opening_its_line_still_takes_the_next_lines_value() -> None:
    # near miss: the same word as a form's label of its own line, its value under it
    text = "部门预算\n1268.40万元\n"
    assert (Field.AMOUNT, "1268.40万元") in _fields(text)
