"""A department's self-evaluation states figures of the department as a whole (its
资金安排和使用情况, its 总分): the general reader reads them into the document's
:class:`DepartmentEvaluation`, whatever columns the funding table adds around them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.domain.model import DocumentKind, FundingSource
from jixiao.ingest.pipeline import parse_file
from jixiao.interchange.json_document import dump_document, parse_document_json

# A funding table with a two-row header: groups (预算安排, 拨付情况, 结余情况) above the columns
# that repeat their words, columns the model keeps no figure of (结转, 调整, 结余, 结余率)
# between the ones it keeps, and formulas with circled column numbers.
_FORM = """部门整体支出绩效自评表
(2021年度)
部门(单位)名称\t某县农业农村局
资金安排和使用情况(万元)
预算安排\t拨付情况\t结余情况
年初部门预算安排金额①\t历年结余结转②\t年中调整金额③\t小计④=①+②+③\t年度拨付金额⑤\t支出实现率⑥=⑤/④\t本年度结余金额⑦\t资金结余率⑧
财政资金小计\t1200\t30\t-10\t1220\t1100\t90.16%\t120\t9.84%
一级指标\t二级指标\t三级指标\t绩效目标值\t实际完成值\t分值\t得分
产出指标\t数量指标\t培训农民人次\t≥500人次\t520人次\t10\t10
效益指标\t社会效益指标\t农民收入增长\t≥5%\t6%\t10\t10
满意度指标\t服务对象满意度指标\t农户满意度\t≥90%\t95%\t10\t10
"""


def test_the_funding_table_is_read_column_by_column_past_the_columns_it_does_not_keep(
    tmp_path: Path,
) -> None:
    path = tmp_path / "form.txt"
    path.write_text(_FORM, encoding="utf-8")
    document, _report = parse_file(path)
    assert document.kind is DocumentKind.DEPARTMENT_SELF_EVALUATION
    evaluation = document.department_evaluation
    assert evaluation is not None
    row = evaluation.funding_execution[0]
    assert row.source is FundingSource.TOTAL
    assert (row.initial_budget, row.full_year_budget, row.executed, row.execution_rate) == (
        Decimal("1200"),
        Decimal("1220"),
        Decimal("1100"),
        Decimal("90.16"),
    )
    assert row.provenance["row"].line == 7


def test_a_score_stated_in_prose_wrapped_before_its_figure_is_the_total(tmp_path: Path) -> None:
    prose = "三、自评开展情况。本部门对全年整体支出开展绩效自评,自评得分\n92 分,存在的问题:无。\n"
    text = _FORM + prose
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    document, _report = parse_file(path)
    assert document.department_evaluation is not None
    assert document.department_evaluation.total_score == Decimal("92")


def test_the_departments_figures_survive_the_canonical_json(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(_FORM, encoding="utf-8")
    document, _report = parse_file(path)
    again = parse_document_json(dump_document(document))
    assert again.department_evaluation == document.department_evaluation
    assert "department_evaluation" in again.model_json_schema()["properties"]
