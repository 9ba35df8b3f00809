"""项目支出绩效目标申报表 / 批复表: a project's targets as declared or approved."""

from __future__ import annotations

import re

from jixiao.domain.model import DocumentKind
from jixiao.ingest.genres import GenreParser
from jixiao.ingest.genres.forms.detect import FormSignature, patterns
from jixiao.ingest.genres.forms.form import FormParser, FormSpec, Results
from jixiao.ingest.genres.forms.project import read_project_form

SPEC = FormSpec(
    kind=DocumentKind.PROJECT_TARGET,
    signature=FormSignature(
        title=re.compile(r"项目(?:支出)?绩效目标(?:申报|批复|审核|设定)?表"),
        labels=patterns(
            "项目名称",
            "年度绩效目标|年度目标",
            "指标值",
            "三级指标|指标名称",
            "项目属性|项目类型|项目期|实施期",
            "项目金额|预算数|财政资金",
        ),
        others=patterns("实际完成值|全年完成值", "执行数", "完成目标可能性", "得分"),
    ),
    results=Results.NONE,
)

PARSERS: list[GenreParser] = [FormParser(SPEC, read_project_form)]
