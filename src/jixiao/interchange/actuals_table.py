"""Actuals from a table (CSV or Excel ``.xlsx``): one record a row, a pure read, no database.

The first row names the columns (Chinese headers, any order; unknown columns are an error so
that a typo is not silently ignored). ``类型`` says what a row is:

========  ==========================================================================
类型      columns used
========  ==========================================================================
支出      日期, 金额 (万元), 经济分类, 项目 or 目标 (or neither: the department's), 备注
进度      日期, 项目 or 目标, 指标, 数值 + 单位 or 档次 or 文字, 偏差原因, 完成可能性,
          整改措施, 佐证, 填报人
年末      项目 or 目标, 指标, 数值 + 单位 or 档次 or 文字, 偏差原因, 偏差说明, 完成可能性,
          得分系数
========  ==========================================================================

* 日期: ``2020-06-30``, ``2020/6/30`` or ``2020年6月30日`` (or an Excel date).
* 目标: the number of a 部门整体支出目标 (``1``).
* 档次: 达成 / 部分达成 / 未达成 (or the full 达成年度指标 …).
* 偏差原因: 经费保障、制度保障、人员保障、硬件条件保障、其他, several separated by 、 or ,.
* 完成可能性: 确定能 / 有可能 / 不可能 (完全不可能).

Every error names the file, the line and the column, in Chinese.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final

from pydantic import ValidationError

from jixiao.domain.actuals import (
    CAUSE_LABELS,
    LEVEL_LABELS,
    LIKELIHOOD_LABELS,
    Actuals,
    IndicatorRef,
    ProgressRecord,
    SpendingRecord,
    YearEndActual,
)
from jixiao.domain.model import AchievementLevel, DeviationCause, Likelihood
from jixiao.errors import JixiaoError

COLUMNS: Final = (
    "类型",
    "日期",
    "项目",
    "目标",
    "指标",
    "金额",
    "经济分类",
    "数值",
    "单位",
    "档次",
    "文字",
    "偏差原因",
    "偏差说明",
    "完成可能性",
    "整改措施",
    "佐证",
    "填报人",
    "得分系数",
    "备注",
)
_LEVELS: Final = {
    **{label: level for level, label in LEVEL_LABELS.items()},
    "达成": AchievementLevel.ACHIEVED,
    "部分达成": AchievementLevel.PARTIAL,
    "未达成": AchievementLevel.NOT_ACHIEVED,
}
_LIKELIHOODS: Final = {
    **{label: value for value, label in LIKELIHOOD_LABELS.items()},
    "完全不可能": Likelihood.IMPOSSIBLE,
}
_CAUSES: Final = {label: cause for cause, label in CAUSE_LABELS.items()}
_DATE_RE: Final = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")

Row = dict[str, str]


class ActualsFileError(JixiaoError):
    """A table of actuals that cannot be read; the message names file, line and column."""


class _CellError(Exception):
    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column, self.reason = column, reason


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")  # 88.29, not 88.29000000000001
    return str(value).strip()


def _csv_rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        yield from csv.reader(handle)


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    import openpyxl  # an adapter dependency: imported only when an Excel file is read

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for row in workbook.worksheets[0].iter_rows(values_only=True):
            yield [_text(value) for value in row]
    finally:
        workbook.close()


def _rows(path: Path) -> Iterator[tuple[int, Row]]:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ActualsFileError(f"{path.name}:只能读取 .csv 或 .xlsx 文件")
    reader = _csv_rows(path) if suffix == ".csv" else _xlsx_rows(path)
    header: list[str] | None = None
    for line, cells in enumerate(reader, start=1):
        if header is None:
            header = [cell.strip() for cell in cells]
            unknown = [name for name in header if name and name not in COLUMNS]
            if unknown:
                raise ActualsFileError(f"{path.name} 第1行:不认识的列“{'、'.join(unknown)}”")
            if "类型" not in header:
                raise ActualsFileError(f"{path.name} 第1行:缺少“类型”列")
            continue
        if any(cell.strip() for cell in cells):
            yield line, {name: cell.strip() for name, cell in zip(header, cells, strict=False)}


def _date(row: Row) -> dt.date:
    text = row.get("日期", "")
    match = _DATE_RE.fullmatch(text)
    if match is None:
        raise _CellError("日期", f"“{text}”不是日期(如 2020-06-30)")
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise _CellError("日期", f"日期“{text}”不存在") from None


def _decimal(row: Row, column: str) -> Decimal | None:
    text = row.get(column, "").replace(",", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise _CellError(column, f"“{text}”不是数值") from None
    if not value.is_finite():
        raise _CellError(column, f"“{text}”不是有限数")
    return value


def _goal(row: Row) -> int | None:
    text = row.get("目标", "")
    if not text:
        return None
    if not text.isdigit():
        raise _CellError("目标", f"“{text}”不是整体支出目标的编号(如 1)")
    return int(text)


def _choice(row: Row, column: str, table: dict[str, Any]) -> Any:
    text = row.get(column, "")
    if not text:
        return None
    if text not in table:
        raise _CellError(column, f"“{text}”不是可用的值(可用:{'、'.join(table)})")
    return table[text]


def level_of(text: str, where: str) -> AchievementLevel:
    """An achievement level as users write it (达成 / 部分达成 / 未达成, or the full label)."""
    try:
        level: AchievementLevel = _choice({where: text.strip()}, where, _LEVELS)
    except _CellError as error:
        raise ActualsFileError(f"{where}:{error.reason}") from None
    return level


def _causes(row: Row) -> list[DeviationCause]:
    parts = [part.strip() for part in re.split(r"[、,,;;]", row.get("偏差原因", ""))]
    return [_choice({"偏差原因": part}, "偏差原因", _CAUSES) for part in parts if part]


def _owner(row: Row) -> dict[str, Any]:
    return {"project": row.get("项目") or None, "goal": _goal(row)}


def _reading(row: Row) -> dict[str, Any]:
    if not row.get("指标"):
        raise _CellError("指标", "进度和年末记录须写明指标名称")
    return {
        "ref": IndicatorRef(indicator=row["指标"], **_owner(row)),
        "value": _decimal(row, "数值"),
        "unit": row.get("单位") or None,
        "level": _choice(row, "档次", _LEVELS),
        "text": row.get("文字") or None,
        "deviation_causes": _causes(row),
        "likelihood": _choice(row, "完成可能性", _LIKELIHOODS),
    }


def _spending(row: Row) -> SpendingRecord:
    amount = _decimal(row, "金额")
    if amount is None:
        raise _CellError("金额", "支出记录须填写金额(万元)")
    return SpendingRecord(
        date=_date(row),
        amount=amount,
        economic_category=row.get("经济分类") or None,
        note=row.get("备注") or None,
        **_owner(row),
    )


def _progress(row: Row) -> ProgressRecord:
    return ProgressRecord(
        date=_date(row),
        evidence=row.get("佐证") or None,
        reported_by=row.get("填报人") or None,
        rectification=row.get("整改措施") or None,
        **_reading(row),
    )


def _year_end(row: Row) -> YearEndActual:
    return YearEndActual(
        deviation_explanation=row.get("偏差说明") or None,
        score_coefficient=_decimal(row, "得分系数"),
        **_reading(row),
    )


_KINDS: Final[dict[str, Callable[[Row], SpendingRecord | ProgressRecord | YearEndActual]]] = {
    "支出": _spending,
    "进度": _progress,
    "年末": _year_end,
}


def _validation_reason(error: ValidationError) -> str:
    first = error.errors()[0]
    return str(first.get("ctx", {}).get("error") or first["msg"]).removeprefix("Value error, ")


def load_actuals_file(
    path: Path, department: str | None = None, fiscal_year: int | None = None
) -> Actuals:
    """Read the actuals table at ``path`` (see the module docstring for its columns)."""
    actuals = Actuals(department=department, fiscal_year=fiscal_year)
    try:
        rows = list(_rows(path))
    except OSError as error:
        raise ActualsFileError(f"{path}:无法读取文件({error.strerror or error})") from error
    except (UnicodeDecodeError, csv.Error) as error:
        raise ActualsFileError(f"{path.name}:无法读取表格({error})") from error
    for line, row in rows:
        place = f"{path.name} 第{line}行"
        try:
            builder = _choice(row, "类型", _KINDS)
            if builder is None:
                raise _CellError("类型", "须填写“支出”“进度”或“年末”")
            record = builder(row)
        except _CellError as error:
            raise ActualsFileError(f"{place}“{error.column}”列:{error.reason}") from None
        except ValidationError as error:
            raise ActualsFileError(f"{place}:{_validation_reason(error)}") from None
        if isinstance(record, SpendingRecord):
            actuals.spending.append(record)
        elif isinstance(record, ProgressRecord):
            actuals.progress.append(record)
        else:
            actuals.year_end.append(record)
    return actuals
