"""项目支出绩效自评表: a project's year-end actuals, weights, scores and rating."""

from __future__ import annotations

import re

from jixiao.domain.model import DocumentKind
from jixiao.ingest.genres import GenreParser
from jixiao.ingest.genres.forms.detect import FormSignature, patterns
from jixiao.ingest.genres.forms.form import FormParser, FormSpec, Results
from jixiao.ingest.genres.forms.project import read_project_form
from jixiao.ingest.genres.forms.sections import Section

SPEC = FormSpec(
    kind=DocumentKind.PROJECT_SELF_EVALUATION,
    signature=FormSignature(
        title=re.compile(r"项目(?:支出)?绩效自评(?:价)?(?:结果)?表"),
        labels=patterns(
            "项目名称",
            "全年执行数|执行数",
            "实际完成值|完成值",
            "分值",
            "得分",
            "总分|评价等级",
            "年度总体目标",
        ),
        others=patterns("完成目标可能性", "得分系数|是否核心指标", "部门名称"),
    ),
    results=Results.EVALUATION,
    closing=(Section.TOTAL_SCORE, Section.RATING),
)

PARSERS: list[GenreParser] = [FormParser(SPEC, read_project_form)]
