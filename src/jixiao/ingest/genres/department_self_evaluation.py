"""部门整体支出绩效自评表: a department's year-end self-evaluation as a whole."""

from __future__ import annotations

import re

from jixiao.domain.model import DocumentKind
from jixiao.ingest.genres import GenreParser
from jixiao.ingest.genres.forms.department import read_department_form
from jixiao.ingest.genres.forms.detect import FormSignature, patterns
from jixiao.ingest.genres.forms.form import FormParser, FormSpec, Results
from jixiao.ingest.genres.forms.sections import Section

SPEC = FormSpec(
    kind=DocumentKind.DEPARTMENT_SELF_EVALUATION,
    signature=FormSignature(
        title=re.compile(r"部门(?:\(单位\))?整体(?:支出)?绩效自评(?:价)?(?:结果)?表"),
        labels=patterns(
            "部门名称|单位名称",
            "全年完成值|实际完成值|完成值",
            "得分系数",
            "指标权重|权重|分值",
            "是否核心指标|核心指标",
            "调整指标值|调整后指标值",
            "总分|评价等级",
        ),
        others=patterns("项目名称", "完成目标可能性"),
    ),
    results=Results.EVALUATION,
    closing=(Section.TOTAL_SCORE, Section.RATING),
)

PARSERS: list[GenreParser] = [FormParser(SPEC, read_department_form)]
