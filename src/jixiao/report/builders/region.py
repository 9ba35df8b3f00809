"""A region's evaluation summary (区域绩效自评汇总表): departments, ratings, the lowest projects.

The application hands over what its region evaluation computed (set-based, in SQL) as plain
rows; this module lays them out: the totals, one row per department (lowest mean first) and the
projects with the lowest totals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.report.layout import Block, Cell, Form, Heading, Paragraph, Signature, Table

POINTS = "0.00"


@dataclass(frozen=True)
class DepartmentLine:
    department: str
    projects: int
    mean: Decimal
    lowest: Decimal
    ratings: Mapping[str, int]


@dataclass(frozen=True)
class ProjectLine:
    department: str
    project: str
    total: Decimal
    rating: str


@dataclass(frozen=True)
class RegionSummary:
    fiscal_year: int
    profile: str
    region: str  # the 行政区划 code or name as asked for; "" for every region
    projects: int
    mean: Decimal
    ratings: Mapping[str, int]  # 优/良/中/差 → count, in that order
    departments: Sequence[DepartmentLine]
    lowest: Sequence[ProjectLine]


def _points(value: Decimal) -> Cell:
    return Cell(value, "number", number_format=POINTS)


def region_evaluation_form(summary: RegionSummary) -> Form:
    ratings = list(summary.ratings)
    shares = "，".join(f"{r}{summary.ratings[r]}个" for r in ratings)
    blocks: list[Block] = [
        Paragraph(
            f"共评价项目{summary.projects}个,平均得分{summary.mean:.2f}分;评价等级:{shares}。"
        ),
        Heading("各部门汇总", 2),
    ]
    header = tuple(
        Cell(text, "header") for text in ("序号", "部门", "项目数", "平均分", "最低分", *ratings)
    )
    rows = tuple(
        (
            Cell(n, "number"),
            Cell(line.department),
            Cell(line.projects, "number"),
            _points(line.mean),
            _points(line.lowest),
            *(Cell(line.ratings.get(r, 0), "number") for r in ratings),
        )
        for n, line in enumerate(summary.departments, start=1)
    )
    widths = (6.0, 30.0, 8.0, 10.0, 10.0, *(6.0 for _ in ratings))
    blocks.append(Table(widths, (header,), rows))
    if summary.lowest:
        blocks.append(Heading("得分最低的项目", 2))
        low_header = tuple(Cell(t, "header") for t in ("序号", "部门", "项目", "总分", "评价等级"))
        low_rows = tuple(
            (
                Cell(n, "number"),
                Cell(p.department),
                Cell(p.project),
                _points(p.total),
                Cell(p.rating, "label"),
            )
            for n, p in enumerate(summary.lowest, start=1)
        )
        blocks.append(Table((6.0, 30.0, 36.0, 10.0, 10.0), (low_header,), low_rows))
    blocks.append(Signature(("填报人:", "单位负责人(签字):", "汇总单位(盖章):", "填报日期:")))
    where = f"行政区划 {summary.region}" if summary.region else "全部地区"
    return Form(
        title="项目支出绩效自评结果汇总表",
        subtitle=f"({summary.fiscal_year}年度)",
        meta=(("范围", where), ("评分方案", summary.profile)),
        blocks=tuple(blocks),
        sheet_name="自评结果汇总",
    )
