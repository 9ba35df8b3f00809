"""项目支出绩效监控表: a project's budget execution and target progress at 1-N月."""

from __future__ import annotations

import re

from jixiao.domain.model import DocumentKind
from jixiao.ingest.genres import GenreParser
from jixiao.ingest.genres.forms.detect import FormSignature, patterns
from jixiao.ingest.genres.forms.form import FormParser, FormSpec, Results
from jixiao.ingest.genres.forms.project import read_project_form
from jixiao.ingest.genres.forms.sections import Section

SPEC = FormSpec(
    kind=DocumentKind.PROJECT_MONITORING,
    signature=FormSignature(
        title=re.compile(r"项目(?:支出)?绩效(?:目标)?(?:运行|执行)?监控(?:情况)?表"),
        labels=patterns(
            "项目名称",
            "[0-9]{1,2}-[0-9]{1,2}月|半年",
            "执行数",
            "完成目标可能性|完成可能性",
            "执行情况|完成值",
            "偏差",
        ),
        others=patterns("评价等级|总分", "得分系数", "部门名称"),
    ),
    results=Results.MONITORING,
    closing=(Section.DEVIATION, Section.MEASURES),
)

PARSERS: list[GenreParser] = [FormParser(SPEC, read_project_form)]
