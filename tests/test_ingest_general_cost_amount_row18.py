"""A 监控表's cost row with no name of its own (``成本 | 运维经费28万元 | 按合同进度支付 |
确定能``): the amount glued to its words is the row's target, the words its name, and the
cell in the target column, worded as no target is, the actual."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_HEAD = (
    "某县项目支出绩效监控表 (污水设施运维) |\n"
    "||||||\n"
    "(2021年度)\n"
    "项目单位(盖章): 单位:万元 | ||||||\n"
    "项目名称 | 乡镇污水处理设施运维经费 | |||||\n"
    "主管部门 | 某县生态环境局 | 项目执行单位 | 某县环境监测站 | |||\n"
    "项目资金 (万元) | 年初预算数 | 1-6月执行数 | 全年预计执行数 | |||\n"
    "年度资金总额: | 28 | 11.5 | 28 | |||\n"
    "绩效指标 | 一级 指标 | 指标名称 | 指标值 |\n"
    "半年度 指标执行情况 |\n"
    "完成目标可能性(确定能、有可能、不可能) | 备注 |\n"
    "产 出 指 标 |\n"
    "数量 | 运维污水处理站数量 | 14座 | 14座 | 确定能 | |||\n"
    "质量 | 出水水质达标率 | ≥90% | 已达标 | 确定能 | |||\n"
    "时效 | 季度巡检完成时间 | 每季度末前 | 已完成两次 | 确定能 | |||\n"
)


def _rows(tmp_path: Path, cost: str) -> dict[str, tuple[str, str | None]]:
    document = read_form(
        tmp_path,
        _HEAD + cost + "效 益 指 标 |\n满意度 | 周边居民满意度 | ≥85% | 年底调查 | 确定能 | |||\n",
    )
    read: dict[str, tuple[str, str | None]] = {}
    for _, indicator in document.all_indicators():
        target = indicator.target_in_force
        actual = indicator.result.actual_text if indicator.result else None
        read[indicator.name] = (target.text if target else "", actual)
    return read


def test_a_cost_rows_glued_amount_is_its_target_and_the_words_its_actual(
    tmp_path: Path,
) -> None:
    read = _rows(tmp_path, "成本 | 运维经费28万元 | 按合同进度支付 | 确定能 | |||\n")
    assert read["运维经费"][0] == "28万元"
    assert "按合同进度支付" in (read["运维经费"][1] or "")


def test_a_glued_amount_before_a_target_is_left_as_read(tmp_path: Path) -> None:
    read = _rows(tmp_path, "成本 | 运维经费28万元 | ≤28万元 | 14万元 | 确定能 | |||\n")
    assert "运维经费" not in read
