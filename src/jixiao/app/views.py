"""Plain-data views of what the use cases return: the one JSON shape of a monitoring report,
a self-evaluation, a region's reports and a parsed target, shared by the CLI's ``--json`` and
the REST API so the two never drift apart.

:func:`plain` turns a view into JSON-ready values: Decimals exact as text, enums by value,
dates ISO, dataclasses as dicts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from typing import Any

from jixiao.app.evaluation import Evaluation
from jixiao.app.region import RegionEvaluation, RegionMonitoring
from jixiao.domain.monitoring import Colour, MonitoringReport
from jixiao.domain.monitoring.indicators import IndicatorStatus
from jixiao.domain.scoring import ScoreSheet
from jixiao.domain.target import Target, format_target, infer_direction

__all__ = [
    "evaluation_json",
    "json_value",
    "monitoring_json",
    "plain",
    "region_evaluation_json",
    "region_monitoring_json",
    "sheet_json",
    "target_json",
]


def json_value(value: Any) -> Any:
    """The JSON form of one value ``json.dumps`` cannot write itself (its ``default``)."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(type(value).__name__)


def plain(data: Any) -> Any:
    """``data`` with every value JSON can hold as it is (what ``json.dumps(default=json_value)``
    would write), for a web response."""
    if isinstance(data, dict):
        return {_key(k): plain(v) for k, v in data.items()}
    if isinstance(data, list | tuple | set | frozenset):
        return [plain(v) for v in data]
    if data is None or isinstance(data, bool | int | float | str):
        return data
    if isinstance(data, Enum):
        return plain(data.value)
    return plain(json_value(data))


def _key(key: Any) -> str:
    return str(plain(key))


# --- self-evaluation and monitoring of a department -----------------------------------------


def sheet_json(sheet: ScoreSheet) -> dict[str, Any]:
    """The sheet as plain data, with its exact total and the total as printed (2 decimals)."""
    return {
        **dataclasses.asdict(sheet),
        "total": sheet.total,
        "total_presented": sheet.total_presented,
    }


def evaluation_json(result: Evaluation) -> dict[str, Any]:
    """``jixiao evaluate --json``: the profile and every score sheet."""
    return {"profile": result.profile, "sheets": [sheet_json(s) for s in result.sheets]}


def _status_json(status: IndicatorStatus) -> dict[str, Any]:
    target = status.indicator.target
    return {
        "where": status.where,
        "indicator": status.name,
        "target": target.text if target else None,
        "rule": status.path.value,
        "reported": status.reported,
        "value": status.value,
        "progress": status.progress,
        "colour": status.colour,
        "projected": status.projected,
        "note": status.note,
    }


def monitoring_json(report: MonitoringReport) -> dict[str, Any]:
    """``jixiao monitor --json`` (Decimal and enums are turned into text by :func:`plain` or
    the caller's ``json_value``)."""
    return {
        "department": report.department,
        "as_of": report.as_of,
        "profile": report.profile,
        "projects": [
            {
                "name": p.name,
                "budget": p.budget,
                "colour": p.colour,
                "indicators": [_status_json(s) for s in p.indicators],
                "form": p.form,
            }
            for p in report.projects
        ],
        "goals": [
            {
                "number": g.number,
                "colour": g.colour,
                "indicators": [_status_json(s) for s in g.indicators],
            }
            for g in report.goals
        ],
        "warnings": list(report.warnings),
    }


# --- a region --------------------------------------------------------------------------------


def _decimal(value: Decimal | None) -> str | None:
    """Exactly as computed (scores are already presented to 0.01)."""
    return None if value is None else format(value, "f")


def _hundredths(value: Decimal | None) -> str | None:
    """Amounts (万元) and percentages, rounded to 0.01 for output."""
    if value is None:
        return None
    return format(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), "f")


def _colour_value(colour: Colour | None) -> str | None:
    return None if colour is None else colour.value


def region_evaluation_json(report: RegionEvaluation) -> dict[str, Any]:
    """``jixiao region evaluate --json``: the summary and every project's total and rating."""
    return {
        "fiscal_year": report.fiscal_year,
        "profile": report.profile,
        "region_code": report.region_code,
        "summary": {
            "projects": len(report.projects),
            "ratings": report.ratings,
            "mean": _decimal(report.mean),
            "by_project_rules": report.by_project_rules,
        },
        "projects": [
            {
                "department": p.department,
                "project": p.score.project,
                "project_id": p.score.project_id,
                "total": _decimal(p.total),
                "rating": p.score.rating,
                "by_project_rules": p.by_project_rules,
            }
            for p in report.projects
        ],
    }


def region_monitoring_json(report: RegionMonitoring) -> dict[str, Any]:
    """``jixiao region monitor --json``: the summary and every project's figures and colours."""
    return {
        "fiscal_year": report.fiscal_year,
        "as_of": report.as_of.isoformat(),
        "profile": report.profile,
        "region_code": report.region_code,
        "summary": {
            "projects": len(report.projects),
            "colours": {_colour_value(c) or "none": n for c, n in report.colours.items()},
            "warnings": {c.value: n for c, n in report.warnings.items()},
            "unsupported": report.unsupported,
        },
        "projects": [
            {
                "department": p.department,
                "project": s.project,
                "project_id": s.project_id,
                "budget": _hundredths(s.budget),
                "executed": _hundredths(s.executed),
                "rate": _hundredths(s.rate),
                "planned": _hundredths(s.planned),
                "behind_plan": _hundredths(s.behind_plan),
                "time_colour": _colour_value(s.time_colour),
                "plan_colour": _colour_value(s.plan_colour),
                "checkpoint_colour": _colour_value(s.checkpoint_colour),
                "target_colour": _colour_value(s.target_colour),
                "target_progress": _hundredths(s.target_progress),
                "colour": _colour_value(s.colour),
                "indicators": {c.value: n for c, n in s.indicator_colours.items()},
                "warnings": {c.value: n for c, n in s.warnings.items()},
                "unsupported": s.unsupported,
            }
            for p in report.projects
            for s in (p.status,)
        ],
    }


# --- a target --------------------------------------------------------------------------------


def target_json(target: Target) -> dict[str, Any]:
    """``jixiao target --json``: the parsed target, its canonical text and its direction."""
    data = target.model_dump(mode="json", exclude_none=True)
    data["canonical"] = format_target(target)
    data["direction"] = infer_direction(target).value
    return data
