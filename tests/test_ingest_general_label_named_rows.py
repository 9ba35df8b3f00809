"""A 三级 name in a 二级 label's words (社会公众满意度 under 社会公众满意度指标), printed on
its row's line before the row's 指标解释 (反映…, a ratio's formula), is the row's name, not
its label: the explanation stays the explanation. A label proper (…指标) before a name, or a
row whose next cell is no explanation, keeps its reading."""

from __future__ import annotations

from pathlib import Path

from jixiao.domain.model import PerformanceDocument
from jixiao.ingest.pipeline import parse_file

_FORM = """部门整体支出绩效自评表
(2021年度)
部门(单位)名称 长乐区文化馆
年度
绩效
指标
完成
情况
一级
指标
二级
指标
三级指标 指标解释 绩效目标值 实际完成值 指标分值 得分
产出
指标
数量
指标
 指标1  公益演出场次 反映全年送戏下乡场次 ≥40场 46场 20 20
 指标2  免费开放天数 反映场馆全年开放情况 ≥300天 310天 20 20
质量
指标
 指标1  演出活动安全率 无事故场次/演出场次 100% 100% 20 20
满意度
指标
社会公众
满意度
 指标1  社会公众满意度 满意样本数/有效样本数 ≥85% 88% 20 19
"""


def _read(tmp_path: Path, text: str) -> PerformanceDocument:
    path = tmp_path / "selfeval.txt"
    path.write_text(text, encoding="utf-8")
    return parse_file(path)[0]


def _names(document: PerformanceDocument) -> dict[str, str | None]:
    return {indicator.name: indicator.definition for _, indicator in document.all_indicators()}


def test_a_name_in_a_labels_words_before_its_explanation_is_the_rows_name(
    tmp_path: Path,
) -> None:
    names = _names(_read(tmp_path, _FORM))
    assert "社会公众满意度" in names
    assert "满意样本数/有效样本数" not in names
    assert names["公益演出场次"] is not None


def test_the_named_row_keeps_its_target_and_its_label(tmp_path: Path) -> None:
    document = _read(tmp_path, _FORM)
    found = [ind for _, ind in document.all_indicators() if ind.name == "社会公众满意度"]
    assert len(found) == 1
    assert found[0].target is not None and found[0].target.text == "≥85%"
    assert found[0].subcategory is not None


def test_a_label_proper_before_a_name_keeps_its_place(tmp_path: Path) -> None:
    text = _FORM.replace(
        "社会公众\n满意度\n 指标1  社会公众满意度 满意样本数/有效样本数",
        " 社会公众满意度指标 观众满意度 满意样本数/有效样本数",
    )
    names = _names(_read(tmp_path, text))
    assert "观众满意度" in names
    assert "社会公众满意度指标" not in names


def test_label_words_before_a_name_that_is_no_explanation_stay_a_label(tmp_path: Path) -> None:
    text = _FORM.replace("社会公众满意度 满意样本数/有效样本数", "社会公众满意度 观众满意度")
    assert "观众满意度" in _names(_read(tmp_path, text))
