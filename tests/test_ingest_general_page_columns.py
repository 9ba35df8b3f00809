"""A two-column page printed with its layout kept (a gazette's PDF through ``pdftotext
-layout``): the right column's notice is cut off every line, so the left column's table reads
whole, a wrapped name's end included; a one-column table whose last column holds values or
reasons keeps them."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.page_columns import cut_right_column

_PAGE = """某市人民政府公报                                               2021年第6期
某县2021年农村饮水安全巩固提升工程          请各乡镇于4月底前将排查结果报县
绩效目标表                                  水利局汇总，逾期未报的予以通报。
资金总额（万元）：950.00                    二、工作要求
一级   二级    三级指标          指标值     （一）落实责任。各乡镇要明确分管
产出   数量    新建集中供水工程  12处       领导和具体人员，确保排查到位。
指标   指标    改造供水管网长    ≥85公里    （二）加强督导。县水利局将对各乡
               度                           镇排查情况进行抽查，发现问题及时
       质量    水质检测达标率    ≥95%       督促整改到位。
       指标
效益   社会    受益人口          ≥3.2万人   某县人民政府办公室
指标   效益                                 2021年3月8日
"""

_ONE_COLUMN = """项目绩效自评表
一级   二级    三级指标          指标值     偏差原因
产出   数量    新建集中供水工程  12处       部分工程因雨季施工进度有所滞后
指标   指标    改造供水管网长度  ≥85公里    管材价格上涨导致招标时间有所延长
       质量    水质检测达标率    ≥95%       无
效益   社会    受益人口          ≥3.2万人   无
年度总体目标完成情况说明          全年完成主要建设任务，农村供水保障水平明显提升
项目实施中存在的主要问题          个别乡镇管网老化问题仍然比较突出需要持续改造
"""


def test_the_left_columns_table_reads_whole(tmp_path: Path) -> None:
    document = read_form(tmp_path, _PAGE)
    read = {i.name: i for _, i in document.all_indicators()}
    pipes = read["改造供水管网长度"]
    assert pipes.target is not None and str(pipes.target.value) == "85"
    people = read["受益人口"]
    assert people.target is not None and people.target.unit == "万人"
    assert not any("办公室" in name or "督导" in name for name in read)


def test_the_right_column_is_cut_off_each_line() -> None:
    lines = cut_right_column(text_source(_PAGE).lines)
    assert lines is not None
    texts = [line.text for line in lines]
    assert all("乡镇" not in text and "通报" not in text for text in texts)
    assert any(text.rstrip().endswith("≥85公里") for text in texts)


def test_a_one_column_table_with_reasons_is_left_alone() -> None:
    assert cut_right_column(text_source(_ONE_COLUMN).lines) is None
