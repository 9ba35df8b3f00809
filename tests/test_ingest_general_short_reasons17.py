"""A table copied one cell a line whose last column (偏差原因) some rows fill and some leave
out: a short reason of two clauses (``受雨季影响工期延后,已督促加快进度``) is its row's,
not the next row's name, and a row that has one sets no larger size for the rows after
it, whose names open rows of their own (session 17)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.domain.model import Indicator

_TEXT = "\n".join(
    [
        "2022年度部门整体支出绩效自评表",
        "部门名称", "祥云县城乡环境卫生管理站",
        "一级指标", "二级指标", "指标内容", "指标解释", "目标值", "全年完成值", "权重",
        "评分", "偏差原因分析及改进措施",
        "产出指标", "数量指标", "垃圾清运覆盖行政村数", "纳入运营范围的全部行政村", "≥86个",
        "86个", "10", "10",
        "新增垃圾转运车辆", "以采购合同为准", "≥6辆", "4辆", "10", "6",
        "受疫情影响交付延后,已督促加快进度",
        "公厕保洁座数", "以保洁合同为准", "≥120座", "126座", "10", "10",
        "质量指标", "垃圾无害化处理率", "无害化处理量/清运总量", "≥95%", "96.5%", "10", "10",
        "道路保洁达标率", "抽检达标数/抽检总数", "≥90%", "92%", "10", "10",
        "满意度指标", "服务对象满意度指标", "沿线群众满意度", "第三方调查结果", "≥90%",
        "93%", "10", "10",
    ]
)  # fmt: skip


def _read(tmp_path: Path) -> dict[str, Indicator]:
    document = read_form(tmp_path, _TEXT)
    return {indicator.name: indicator for _, indicator in document.all_indicators()}


def test_a_short_reason_of_two_clauses_is_its_rows(tmp_path: Path) -> None:
    read = _read(tmp_path)
    late = read["新增垃圾转运车辆"]
    assert late.result is not None
    assert late.result.deviation_explanation == "受疫情影响交付延后,已督促加快进度"
    assert read["公厕保洁座数"].definition == "以保洁合同为准"


def test_every_row_after_a_row_with_a_reason_keeps_its_name(tmp_path: Path) -> None:
    assert list(_read(tmp_path)) == [
        "垃圾清运覆盖行政村数",
        "新增垃圾转运车辆",
        "公厕保洁座数",
        "垃圾无害化处理率",
        "道路保洁达标率",
        "沿线群众满意度",
    ]
