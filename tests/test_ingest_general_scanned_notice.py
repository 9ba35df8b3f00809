"""A scanned 发文 read by an OCR: its table's columns kept by spaces, ``O`` and ``l`` read
for the digits 0 and 1 (also a month or a day alone between a date's words, ``年lO月``), and
the narrow level columns wrapping their labels onto the next row's line (``社会效益`` over
``指  标``), a target of work carried on by degree (``持续开展``) beside a wrapped label."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form
from jixiao.domain.framework import Category as C
from jixiao.domain.framework import Subcategory as S
from jixiao.domain.target import TargetKind
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.normalise import ocr_digits

_SCANNED = """某县文化广电和旅游局文件
县文旅〔2O25〕l7号
关于公开2O25年度项目支出绩效目标的通知
项目支出绩效目标表
项目名称  农家书屋提质增效项目
一级指标  二级指标  三级指标                  指标值
产出指标  数量指标  新建农家书屋数量          ≧l8个
                    配送图书册数              ≧4OOO册
          质量指标  图书入库验收合格率        l00%
          时效指标  书屋建设完成时间          2O25年lO月l5日前
效益指标  社会效益  年度借阅人次              ≧3万人次
          指  标    全民阅读活动              持续开展
          可持续影  书屋长效管理机制          常态化开展
          响指标
满意度    服务对象  读者满意度                ≧9O%
指  标    满意度
县文化广电和旅游局办公室            2O25年3月l2日印发
"""


def test_a_scanned_notices_table_reads_every_row_with_its_levels(tmp_path: Path) -> None:
    document = read_form(tmp_path, _SCANNED)
    read = {
        i.name: (i.category, i.subcategory, i.target.text if i.target else None)
        for i in document.projects[0].indicators
    }
    assert read == {
        "新建农家书屋数量": (C.OUTPUT, S.QUANTITY, "≧18个"),
        "配送图书册数": (C.OUTPUT, S.QUANTITY, "≧4000册"),
        "图书入库验收合格率": (C.OUTPUT, S.QUALITY, "100%"),
        "书屋建设完成时间": (C.OUTPUT, S.TIMELINESS, "2025年10月15日前"),
        "年度借阅人次": (C.OUTCOME, S.SOCIAL, "≧3万人次"),
        "全民阅读活动": (C.OUTCOME, S.SOCIAL, "持续开展"),
        "书屋长效管理机制": (C.OUTCOME, S.SUSTAINABILITY, "常态化开展"),
        "读者满意度": (C.SATISFACTION, S.BENEFICIARY_SATISFACTION, "≧90%"),
    }


def test_a_month_or_day_read_as_letters_between_a_dates_words_is_digits() -> None:
    assert ocr_digits("2O24年lO月l日前") == "2024年10月1日前"
    assert ocr_digits("每月l5日") == "每月15日"


def test_letters_beside_a_dates_words_that_are_no_month_or_day_stay() -> None:
    assert ocr_digits("2024年lll月") == "2024年lll月"  # three: no month
    assert ocr_digits("IT月报") == "IT月报"


def test_work_carried_on_by_degree_is_a_standard() -> None:
    assert kind_of("持续开展") is Kind.QUALITATIVE
    assert kind_of("常态化开展") is Kind.QUALITATIVE
    assert kind_of("开展") is not Kind.QUALITATIVE
    assert kind_of("持续开展巡查次数") is not Kind.QUALITATIVE


def test_a_whole_label_under_a_cut_one_opens_its_own_row(tmp_path: Path) -> None:
    text = (
        "项目支出绩效目标表\n项目名称  河道保洁项目\n"
        "一级指标  二级指标  三级指标                  指标值\n"
        "产出指标  数量指标  保洁河道长度              ≥42公里\n"
        "效益指标  社会效益  沿河群众受益人数          ≥1.5万人\n"
        "          生态效益  河道水质达标率            ≥90%\n"
    )
    document = read_form(tmp_path, text)
    levels = {i.name: i.subcategory for i in document.projects[0].indicators}
    assert levels["沿河群众受益人数"] is S.SOCIAL
    assert levels["河道水质达标率"] is S.ECOLOGICAL
    targets = {i.name: i.target for i in document.projects[0].indicators}
    target = targets["河道水质达标率"]
    assert target is not None and target.kind is TargetKind.QUANTITATIVE
