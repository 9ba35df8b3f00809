"""Province templates as data: which columns an indicator table has, in which order.

A template is a TOML file (``default.toml``, ``hebei.toml``, ``sichuan.toml`` ship here; a
bureau may pass its own file): for each table (``project``, ``department``,
``self_evaluation``) a list of column names from :data:`COLUMNS`, and optional ``labels``
that rename the 一级 categories (``outcome = "效果指标"``). Errors name the file and the key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Final

from jixiao.errors import JixiaoError

# column name → the header the forms print
COLUMNS: Final[dict[str, str]] = {
    "category": "一级指标",
    "subcategory": "二级指标",
    "name": "三级指标",
    "definition": "绩效指标描述",
    "target": "指标值",
    "nature": "指标性质",
    "value": "指标值",
    "unit": "度量单位",
    "target_basis": "指标值确定依据",
    "weight": "权重",
    "direction": "指标方向性",
    "remark": "备注",
    "actual": "实际完成值",
    "score": "得分",
    "score_coefficient": "得分系数",
    "deviation": "偏差原因分析及改进措施",
    "adjusted_target": "调整指标值",
    "core": "是否核心指标",
}
# relative widths (characters) of each column
WIDTHS: Final[dict[str, float]] = {
    "category": 12,
    "subcategory": 12,
    "name": 22,
    "definition": 30,
    "target": 14,
    "nature": 8,
    "value": 10,
    "unit": 8,
    "target_basis": 12,
    "weight": 8,
    "direction": 10,
    "remark": 12,
    "actual": 14,
    "score": 8,
    "score_coefficient": 8,
    "deviation": 24,
    "adjusted_target": 12,
    "core": 8,
}
TABLES: Final = ("project", "department", "self_evaluation")
# 部门整体支出绩效自评表 (docs/domain.md §7): a template may set it; else this
DEPARTMENT_SELF_EVALUATION: Final = (
    "category",
    "subcategory",
    "name",
    "target",
    "adjusted_target",
    "actual",
    "score_coefficient",
    "weight",
    "score",
    "core",
    "deviation",
)
_LABEL_KEYS: Final = frozenset({"output", "outcome", "satisfaction", "cost"})


class TemplateError(JixiaoError):
    """A template file that cannot be used: the message names the file and the key."""


@dataclass(frozen=True)
class Template:
    name: str
    label: str
    project: tuple[str, ...]
    department: tuple[str, ...]
    self_evaluation: tuple[str, ...]
    category_labels: tuple[tuple[str, str], ...] = ()
    department_self_evaluation: tuple[str, ...] = DEPARTMENT_SELF_EVALUATION

    def columns(self, table: str) -> tuple[str, ...]:
        return {
            "project": self.project,
            "department": self.department,
            "self_evaluation": self.self_evaluation,
            "department_self_evaluation": self.department_self_evaluation,
        }[table]

    def category_label(self, code: str, default: str) -> str:
        return dict(self.category_labels).get(code, default)


def builtin_names() -> list[str]:
    """The templates that ship with jixiao."""
    folder = resources.files(__package__)
    return sorted(
        entry.name.removesuffix(".toml")
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    )


def load_template(name_or_path: str | None = None) -> Template:
    """A shipped template by name (None: ``default``) or a template file by path."""
    chosen = name_or_path or "default"
    if chosen in builtin_names():
        text = (resources.files(__package__) / f"{chosen}.toml").read_text(encoding="utf-8")
        return parse_template(text, f"{chosen}.toml")
    path = Path(chosen)
    if path.suffix.lower() != ".toml" or not path.is_file():
        known = "、".join(builtin_names())
        raise TemplateError(f"未知的模板“{chosen}”:可用 {known},或给出 .toml 模板文件的路径")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateError(f"{path}:无法读取模板文件({type(error).__name__})") from error
    return parse_template(text, str(path))


def parse_template(text: str, source: str) -> Template:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TemplateError(f"{source}:不是有效的 TOML({error})") from error
    tables = {table: _columns(data, table, source) for table in TABLES}
    if "department_self_evaluation" in data:
        department = _columns(data, "department_self_evaluation", source)
    else:
        department = DEPARTMENT_SELF_EVALUATION
    labels = data.get("labels", {})
    if not isinstance(labels, dict) or not all(
        key in _LABEL_KEYS and isinstance(value, str) and value.strip()
        for key, value in labels.items()
    ):
        raise TemplateError(
            f"{source}:labels 只能给 output、outcome、satisfaction、cost 指定非空的名称"
        )
    name = data.get("name", Path(source).stem)
    label = data.get("label", name)
    if not isinstance(name, str) or not isinstance(label, str):
        raise TemplateError(f"{source}:name 和 label 必须是文本")
    return Template(
        name=name,
        label=label,
        project=tables["project"],
        department=tables["department"],
        self_evaluation=tables["self_evaluation"],
        category_labels=tuple(sorted(labels.items())),
        department_self_evaluation=department,
    )


def _columns(data: dict[str, Any], table: str, source: str) -> tuple[str, ...]:
    section = data.get(table)
    if not isinstance(section, dict) or not isinstance(section.get("columns"), list):
        raise TemplateError(f"{source}:缺少 [{table}] 的 columns 列表")
    columns = section["columns"]
    unknown = [c for c in columns if not isinstance(c, str) or c not in COLUMNS]
    if unknown:
        known = "、".join(COLUMNS)
        raise TemplateError(f"{source}:[{table}].columns 含未知的列 {unknown}(可用:{known})")
    if "name" not in columns:
        raise TemplateError(f"{source}:[{table}].columns 必须包含 name(三级指标)")
    if len(set(columns)) != len(columns):
        raise TemplateError(f"{source}:[{table}].columns 有重复的列")
    return tuple(columns)
