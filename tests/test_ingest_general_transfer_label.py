"""A 区域绩效 form's first head cell 转移支付项目 labels the transfer's name."""

from __future__ import annotations

from pathlib import Path

from jixiao.ingest.pipeline import parse_file

_FORM = """中央对地方转移支付区域绩效目标表(2024年度)
| {label} | {value} | 中央主管部门 | 农业农村部 |
| 地方主管部门 | 某省农业农村厅 | 资金使用单位 | 某县农业农村局 |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 产出指标 | 数量指标 | 耕地地力保护补贴面积 | ≥32万亩 |
| 满意度指标 | 服务对象满意度指标 | 种粮农户满意度 | ≥90% |
"""


def _projects(tmp_path: Path, label: str, value: str) -> list[str | None]:
    path = tmp_path / "form.md"
    path.write_text(_FORM.format(label=label, value=value), encoding="utf-8")
    document, _ = parse_file(path)
    return [project.name for project in document.projects]


def test_the_cell_after_transfer_project_names_it(tmp_path: Path) -> None:
    assert _projects(tmp_path, "转移支付项目", "农业相关转移支付资金") == ["农业相关转移支付资金"]


def test_a_ticked_kind_of_project_names_none(tmp_path: Path) -> None:
    kinds = _projects(tmp_path, "项目类型", "□部门预算项目 ☑上级转移支付项目")
    assert "□部门预算项目 ☑上级转移支付项目" not in kinds
    assert "上级转移支付项目" not in kinds
