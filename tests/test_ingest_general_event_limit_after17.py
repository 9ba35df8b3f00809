"""A time limit counted from an event wrapped in its cell in a table copied one cell a line
(``验收合格后`` / ``15个工作日内``), after the row's 指标性质 (定性) or its 指标解释 rather than
right after its name: joined back into the row's target (session 17)."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

# a monitoring form with an 指标性质 column, one cell a line
_NATURE = "\n".join(
    [
        "项目支出绩效监控表",
        "项目名称", "农村饮水安全维修养护",
        "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "1-6月执行情况",
        "产出指标", "数量指标", "维修养护供水工程处数", "≥", "45", "处", "21处",
        "", "时效指标", "维修款项支付时限", "定性", "验收合格后", "15个工作日内", "", "未到期",
        "", "成本指标", "单处维修养护费用", "≤", "1.2", "万元", "1.1万元",
    ]
)  # fmt: skip

# a self-evaluation with an 指标解释 column between name and target, one cell a line
_EXPLAINED = "\n".join(
    [
        "项目支出绩效自评表",
        "项目名称", "社区养老服务补贴",
        "一级指标", "二级指标", "三级指标", "指标解释", "年度指标值", "实际完成值", "分值", "得分",
        "产出指标", "数量指标", "享受补贴老年人人数", "反映补贴覆盖人数。", "≥2600人", "2688人",
        "20", "20",
        "", "时效指标", "补贴发放时限", "反映补贴发放是否及时。", "名单公示后", "10日内",
        "已完成", "10", "10",
        "满意度指标", "服务对象满意度指标", "受助老年人满意度", "反映老年人满意程度。", "≥90%",
        "94%", "10", "10",
    ]
)  # fmt: skip


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    return {i.name: i.target.text if i.target else None for _, i in document.all_indicators()}


def test_an_event_limit_after_the_rows_nature_is_its_target(tmp_path: Path) -> None:
    read = _targets(tmp_path, _NATURE)
    assert read["维修款项支付时限"] == "验收合格后15个工作日内"
    assert list(read) == ["维修养护供水工程处数", "维修款项支付时限", "单处维修养护费用"]


def test_an_event_limit_after_the_rows_explanation_is_its_target(tmp_path: Path) -> None:
    read = _targets(tmp_path, _EXPLAINED)
    assert read["补贴发放时限"] == "名单公示后10日内"
    assert list(read) == ["享受补贴老年人人数", "补贴发放时限", "受助老年人满意度"]
