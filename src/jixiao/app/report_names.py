"""The names of the official forms and of their file formats: the choices of ``jixiao report``.

Apart from :mod:`jixiao.app.reports` (which re-exports them) so that the command line can show
them in its help without importing the form builders and the database layer at start-up.
"""

from __future__ import annotations

from typing import Final

from jixiao.report import formats

# FORM → its name on the forms (the CLI's choices, in the order)
FORMS: Final[dict[str, str]] = {
    "department-target": "部门整体支出绩效目标申报表",
    "project-target": "项目支出绩效目标申报表",
    "project-approval": "项目支出绩效目标批复表",
    "project-monitoring": "项目支出绩效监控表",
    "project-self-evaluation": "项目支出绩效自评表",
    "department-self-evaluation": "部门整体支出绩效自评表",
    "review": "预算绩效目标审核意见",
    "region-evaluation": "项目支出绩效自评结果汇总表",
    "document": "部门预算绩效文本",
}
FORMATS: Final = tuple(formats.FORMATS)
