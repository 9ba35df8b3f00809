"""The genre's words as published pages write them, read as a finance reviewer reads them.

Three lists gathered from real published pages of the genre (2019–2025, several provinces:
项目支出绩效自评表, 绩效目标申报表/批复表, 部门整体支出绩效目标表, 专项资金绩效目标自评表,
绩效运行监控表 and their 填报说明), each with the reading written by hand:

* target cells (指标值 as written) → operator, value and unit; standard; period;
* header cells of indicator tables → the column's role;
* field labels of a form's head → the field.

Beside each list, the words that must NOT be read so (a category's name is no target, a
signature's label is no field): a wrong but plausible reading is worse than none.

Where the words came from (pages consulted through the session's search tool, not copied):
https://www.hh.gov.cn/info/11481/1179592.htm (红河州 2024 自评报告),
http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2 (池州 2022 项目支出绩效自评表),
https://dyrmt.com/article-132779-22.html (自评表 run together),
http://ndfzw.com/ggl/2019-12-31/7211.html (宁德 2019 部门整体支出绩效目标表),
https://pdf.chddh.cn/archives/m536dx2vr743xlkg7098.html (广水 2021 部门整体支出绩效目标申报表),
https://desk33.com/d-245426.html (鄂州 2022 项目支出绩效目标表),
https://renrendoc.com/paper/307484460.html (宁乡 2021 项目绩效目标表),
https://docx.baby/p/20793843881926.html (佳县 项目绩效目标申报表及填报说明),
https://m.1wenmi.com/doc/435845.html (绩效目标申报表填写要求),
https://taowenge.com/p-72820237.html (衡山 2020 县级专项资金绩效目标自评表),
https://gdyinping.com/wwwgdyinpingcom/007329896/0801/201904/fdb5a052be7e4616a3536a4af16269b8.htm
(东莞 2019 财政项目支出绩效目标批复表), http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html
(岳阳 2018 部门整体支出绩效自评), 天长市水利局 2022 项目支出绩效自评表 (2023 page),
黄冈 2020 水土保持监测项目绩效自评表, m.jinchutou.com 云南省对下专项转移支付绩效目标申报表填报说明.
Words the pages share with every form of the genre (≥95%, 按时完成, 年度指标值 …) are listed
with them; no page's indicator, department or figure is used as a rule.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from general_support import table_rows
from jixiao.domain.target import (
    Direction,
    Operator,
    TargetKind,
    TargetSyntaxError,
    parse_target,
    parse_target_parts,
)
from jixiao.ingest.cells import label_key, read_target_cell
from jixiao.ingest.general.vocabulary import Field, Role, field_of, funding_role, header_role
from jixiao.ingest.pipeline import parse_file

GE, GT, EQ, LT, LE = Operator.GE, Operator.GT, Operator.EQ, Operator.LT, Operator.LE

# --- (a) target cells -----------------------------------------------------------------------

# (cell as written, operator, value, unit); operator None is a bare value (its direction
# comes from the indicator). A range reads as ≥ its floor, a note in brackets is left aside.
QUANTITIES: list[tuple[str, Operator | None, str, str | None]] = [
    ("≥50个", GE, "50", "个"),
    ("≥100百分比", GE, "100", "%"),
    ("≤90万元", LE, "90", "万元"),
    ("=100%", EQ, "100", "%"),
    ("≤10次", LE, "10", "次"),
    ("≤5%", LE, "5", "%"),
    ("≥60%", GE, "60", "%"),
    ("2280次", None, "2280", "次"),
    (">92%", GT, "92", "%"),
    ("95%", None, "95", "%"),
    ("±3%以内", LE, "3", "%"),
    ("≥90%", GE, "90", "%"),
    ("0%", None, "0", "%"),
    ("0起", None, "0", "起"),
    ("100%", None, "100", "%"),
    ("≥95%", GE, "95", "%"),
    ("不低于95%", GE, "95", "%"),
    ("95%以上", GE, "95", "%"),
    ("≤3天", LE, "3", "天"),
    ("≥1.1万元/人", GE, "1.1", "万元/人"),
    ("≥90分", GE, "90", "分"),
    ("95%及以上", GE, "95", "%"),
    ("不少于10次", GE, "10", "次"),
    ("不超过50万元", LE, "50", "万元"),
    ("低于5%", LT, "5", "%"),
    ("小于等于3%", LE, "3", "%"),
    ("大于等于95%", GE, "95", "%"),
    ("≥95", GE, "95", None),
    ("≧95％", GE, "95", "%"),
    ("＞90%", GT, "90", "%"),
    ("＜5%", LT, "5", "%"),
    ("零投诉", LE, "0", "次"),
    ("无重大安全事故", LE, "0", "次"),
    ("未发生安全事故", LE, "0", "次"),
    ("0次", None, "0", "次"),
    ("≥1.5万元/亩", GE, "1.5", "万元/亩"),
    ("≤3000元/平方米", LE, "3000", "元/平方米"),
    ("≥20公里", GE, "20", "公里"),
    ("≥5000平方米", GE, "5000", "平方米"),
    ("≥200亩", GE, "200", "亩"),
    ("≥50吨", GE, "50", "吨"),
    ("≥30户", GE, "30", "户"),
    ("≥1000人次", GE, "1000", "人次"),
    ("≥2000册", GE, "2000", "册"),
    ("≥6场", GE, "6", "场"),
    ("≥12期", GE, "12", "期"),
    ("≤15个工作日", LE, "15", "工作日"),
    ("≤30日", LE, "30", "日"),
    ("≥3年", GE, "3", "年"),
    ("≤2小时", LE, "2", "小时"),
    ("≥99.5%", GE, "99.5", "%"),
    ("20-30万元", GE, "20", "万元"),
    ("90%-95%", GE, "90", "%"),
    ("3~5个", GE, "3", "个"),
    ("≥85分", GE, "85", "分"),
    ("≤100%", LE, "100", "%"),
    ("完成率100%", None, "100", "%"),
    ("≤1.2万元/人·年", LE, "1.2", "万元/人·年"),
    ("≥80%以上", GE, "80", "%"),
    ("95%以上(含95%)", GE, "95", "%"),
    ("≥4次/年", GE, "4", "次/年"),
    ("每年≥2次", GE, "2", "次"),
    ("1次/年", None, "1", "次/年"),
    ("≥1个", GE, "1", "个"),
    ("1项", None, "1", "项"),
    ("≥10家", GE, "10", "家"),
    ("≥3所", GE, "3", "所"),
    ("≥2座", GE, "2", "座"),
    ("≥5台", GE, "5", "台"),
    ("≥100套", GE, "100", "套"),
    ("≥20辆", GE, "20", "辆"),
    ("≥8处", GE, "8", "处"),
    ("≥300盏", GE, "300", "盏"),
    ("≥40间", GE, "40", "间"),
    ("≥10平方公里", GE, "10", "平方公里"),
    ("≥500公顷", GE, "500", "公顷"),
    ("≥1000立方米", GE, "1000", "立方米"),
    ("≥2万人", GE, "2", "万人"),
    ("≥5000人", GE, "5000", "人"),
    ("≤8%", LE, "8", "%"),
    ("≤0.5%", LE, "0.5", "%"),
    ("≥3.5亿元", GE, "3.5", "亿元"),
    ("≤120元/吨", LE, "120", "元/吨"),
    ("≥10000元", GE, "10000", "元"),
    ("≥90%（抽样调查）", GE, "90", "%"),
    ("满意度≥90%", GE, "90", "%"),
    ("满意度达90%以上", GE, "90", "%"),
    ("群众满意度达到95%", GE, "95", "%"),
    ("3个工作日内", LE, "3", "工作日"),
    ("1个月内", LE, "1", "个月"),
    ("≥1次/季度", GE, "1", "次/季度"),
    ("≥1次/月", GE, "1", "次/月"),
    ("1次/季", None, "1", "次/季度"),
    ("≤10万元/公里", LE, "10", "万元/公里"),
    ("≥3个百分点", GE, "3", "个百分点"),
    ("≥10%(同比)", GE, "10", "%"),
    ("≥95%。", GE, "95", "%"),
    ("≥95%;", GE, "95", "%"),
    ("＝100％", EQ, "100", "%"),
    ("≥ 95 %", GE, "95", "%"),
    ("≥95 %", GE, "95", "%"),
    ("> = 95%", GE, "95", "%"),
    ("≥0.95", GE, "0.95", None),
    ("100.00%", None, "100", "%"),
    ("≥100.00%", GE, "100", "%"),
    ("≤1.5万元", LE, "1.5", "万元"),
    ("≥1.5万", GE, "1.5", "万"),
    ("≤30分钟", LE, "30", "分钟"),
    ("≤48小时", LE, "48", "小时"),
    ("24小时内", LE, "24", "小时"),
    ("≤7个工作日", LE, "7", "工作日"),
    ("7个工作日内", LE, "7", "工作日"),
    ("≥2000万元", GE, "2000", "万元"),
    ("≤2000元/人", LE, "2000", "元/人"),
    ("≥6000元/人·年", GE, "6000", "元/人·年"),
    ("≥30元/平方米·月", GE, "30", "元/平方米·月"),
    ("≥1万人次", GE, "1", "万人次"),
    ("≥8000㎡", GE, "8000", "平方米"),
    ("≥100m²", GE, "100", "平方米"),
    ("≥5km", GE, "5", "公里"),
    ("≥60 km", GE, "60", "公里"),
    ("≥1.2公里", GE, "1.2", "公里"),
    ("≥3处", GE, "3", "处"),
    ("≥1部", GE, "1", "部"),
    ("≥1份", GE, "1", "份"),
    ("≥1篇", GE, "1", "篇"),
    ("≥1套", GE, "1", "套"),
    ("≥1批", GE, "1", "批"),
    ("≥2轮", GE, "2", "轮"),
    ("≥5个村", GE, "5", "个村"),
    ("≥10个乡镇", GE, "10", "个乡镇"),
    ("≥12个月", GE, "12", "个月"),
    ("≥1万元/户", GE, "1", "万元/户"),
    ("≥500元/户", GE, "500", "元/户"),
    ("≤5万元/个", LE, "5", "万元/个"),
    ("达标率100%", None, "100", "%"),
    ("合格率≥95%", GE, "95", "%"),
    ("≥10年", GE, "10", "年"),
    ("5年", None, "5", "年"),
    # a second spelling of the same operator, full-width digits, a per-mille, a rate per 10万
    ("≥95%以上", GE, "95", "%"),
    ("不低于95％以上", GE, "95", "%"),
    ("95%(含)以上", GE, "95", "%"),
    ("≥95%（含）", GE, "95", "%"),
    ("≥95.00％", GE, "95", "%"),
    ("＞＝95%", GE, "95", "%"),
    ("≥９５％", GE, "95", "%"),
    ("95％以上", GE, "95", "%"),
    ("≤ 5 %", LE, "5", "%"),
    ("≥30 天", GE, "30", "天"),
    (">=90%", GE, "90", "%"),
    ("=<5%", LE, "5", "%"),
    ("≥3‰", GE, "3", "‰"),
    ("≤15/10万", LE, "15", "/10万"),
    ("≥80分(良好)", GE, "80", "分"),
    ("优良率≥90%", GE, "90", "%"),
    ("大于95%", GT, "95", "%"),
    ("超过90%", GT, "90", "%"),
    ("至少3次", GE, "3", "次"),
    ("不少于3次/年", GE, "3", "次/年"),
    ("每月不少于1次", GE, "1", "次"),
    ("全年不少于12次", GE, "12", "次"),
    ("累计≥100人次", GE, "100", "人次"),
    ("新增≥10个", GE, "10", "个"),
    ("3个以上", GE, "3", "个"),
    ("3次及以上", GE, "3", "次"),
    ("1次以上", GE, "1", "次"),
    ("2次/年以上", GE, "2", "次/年"),
    ("按时100%", None, "100", "%"),
    ("≥0", GE, "0", None),
    ("=0", EQ, "0", None),
    ("≤0", LE, "0", None),
    ("0例", None, "0", "例"),
    ("0件", None, "0", "件"),
    ("无事故", LE, "0", "次"),
    ("杜绝安全事故", LE, "0", "次"),
    # a count in Chinese numerals before a known unit
    ("一次", None, "1", "次"),
    ("三次", None, "3", "次"),
    ("不少于三次", GE, "3", "次"),
    ("两次", None, "2", "次"),
    ("十个", None, "10", "个"),
    ("一年", None, "1", "年"),
    ("不少于十二次", GE, "12", "次"),
    # a place numeral that begins a unit is the unit's: 三千克 is 3 千克, 五百万元 500 万元
    ("三千克", None, "3", "千克"),
    ("五百万元", None, "500", "万元"),
]

# (cell as written, the standard kept, or_better): a level or a standard in words.
STANDARDS: list[tuple[str, str, bool]] = [
    ("严格执行相关制度规定", "严格执行相关制度规定", False),
    ("在项目计划完成时间内完成", "在项目计划完成时间内完成", False),
    ("符合相关规定", "符合相关规定", False),
    ("效果明显", "效果明显", False),
    ("不超预算", "不超预算", False),
    ("及时", "及时", False),
    ("高", "高", False),
    ("控制在预算范围内", "控制在预算范围内", False),
    ("达到国家标准", "达到国家标准", False),
    ("较上年提高", "较上年提高", False),
    ("有效提升", "有效提升", False),
    ("显著改善", "显著改善", False),
    ("按时完成", "按时完成", False),
    ("及时足额发放", "及时足额发放", False),
    ("足额发放", "足额发放", False),
    ("持续发挥作用", "持续发挥作用", False),
    ("逐步提高", "逐步提高", False),
    ("明显提升", "明显提升", False),
    ("有所提高", "有所提高", False),
    ("稳步提升", "稳步提升", False),
    ("较上年有所提高", "较上年有所提高", False),
    ("不低于上年", "不低于上年", False),
    ("高于全省平均水平", "高于全省平均水平", False),
    ("符合国家标准", "符合国家标准", False),
    ("达到国家二级标准", "达到国家二级标准", False),
    ("全覆盖", "全覆盖", False),
    ("按计划推进", "按计划推进", False),
    ("优", "优", False),
    ("良好及以上", "良好", True),
    ("合格", "合格", False),
    ("达标", "达标", False),
    ("是", "是", False),
    ("有", "有", False),
    ("有效保障", "有效保障", False),
    ("得到保障", "得到保障", False),
    ("显著提高", "显著提高", False),
    ("逐年提高", "逐年提高", False),
    ("不断提升", "不断提升", False),
    ("进一步提升", "进一步提升", False),
    ("大幅提升", "大幅提升", False),
    ("持续改善", "持续改善", False),
    ("明显改善", "明显改善", False),
    ("明显降低", "明显降低", False),
    ("有效降低", "有效降低", False),
    ("逐步减少", "逐步减少", False),
    ("保持稳定", "保持稳定", False),
    ("基本满意", "基本满意", False),
    ("满意", "满意", False),
    ("较满意", "较满意", False),
    ("提高", "提高", False),
    ("降低", "降低", False),
    ("完成", "完成", False),
    ("当年完成", "当年完成", False),
    ("年内完成", "年内完成", False),
    ("次年3月底前", "次年3月底前", False),
    ("国家标准", "国家标准", False),
    ("国家二级标准", "国家二级标准", False),
    ("符合设计要求", "符合设计要求", False),
    ("符合要求", "符合要求", False),
    ("符合规定", "符合规定", False),
    ("验收合格", "验收合格", False),
    ("一次性验收合格", "一次性验收合格", False),
    ("质量合格", "质量合格", False),
    ("优良", "优良", False),
    ("优秀", "优秀", False),
    ("良好以上", "良好", True),
    ("合格以上", "合格", True),
    ("中等以上", "中等", True),
    ("较好", "较好", False),
    ("好", "好", False),
    ("较高", "较高", False),
    ("明显", "明显", False),
    ("显著", "显著", False),
    ("有效", "有效", False),
    ("逐步完善", "逐步完善", False),
    ("不断完善", "不断完善", False),
    ("长期有效", "长期有效", False),
    ("长效", "长效", False),
    ("可持续", "可持续", False),
    ("稳定运行", "稳定运行", False),
    ("正常运转", "正常运转", False),
    ("正常运行", "正常运行", False),
    ("安全运行", "安全运行", False),
    ("持续运行", "持续运行", False),
    ("长期", "长期", False),
    ("持续", "持续", False),
    ("不发生", "不发生", False),
    ("无", "无", False),
    ("否", "否", False),
    ("按规定", "按规定", False),
    ("按标准执行", "按标准执行", False),
    ("按要求完成", "按要求完成", False),
    ("严格执行", "严格执行", False),
    ("及时拨付", "及时拨付", False),
    ("足额保障", "足额保障", False),
    ("应保尽保", "应保尽保", False),
    ("应补尽补", "应补尽补", False),
    ("全部完成", "全部完成", False),
    ("如期完成", "如期完成", False),
    ("保质保量完成", "保质保量完成", False),
    ("确保完成", "确保完成", False),
    ("力争完成", "力争完成", False),
    ("基本完成", "基本完成", False),
    ("较上年增长", "较上年增长", False),
    ("≥上年", "≥上年", False),
    ("不低于上年水平", "不低于上年水平", False),
    ("≥全省平均水平", "≥全省平均水平", False),
    ("不低于国家标准", "不低于国家标准", False),
    ("达到省级标准", "达到省级标准", False),
    ("符合《城市道路养护技术规范》", "符合《城市道路养护技术规范》", False),
    ("执行国家标准", "执行国家标准", False),
    ("≥2023年水平", "≥2023年水平", False),
    ("高于上年", "高于上年", False),
    ("低于上年", "低于上年", False),
    ("较上年下降", "较上年下降", False),
    ("较上年减少", "较上年减少", False),
    ("持平", "持平", False),
    ("与上年持平", "与上年持平", False),
    ("基本持平", "基本持平", False),
    ("100%按时", "100%按时", False),
]

# (cell as written, start, end): a date, a deadline (no start) or a year.
PERIODS: list[tuple[str, str | None, str | None]] = [
    ("2025年底前", None, "2025-12"),
    ("12月31日前", None, "--12-31"),
    ("2024年12月31日前", None, "2024-12-31"),
    ("2024年6月底前完成", None, "2024-06"),
    ("年底前", None, "--12"),
    ("12月前", None, "--12"),
    ("2024年12月", "2024-12", "2024-12"),
    ("2024年", "2024-01", "2024-12"),
    ("2024年度", "2024-01", "2024-12"),
]

# Cells a form holds that are no target: a category's or an indicator's name, a header, a
# label. Read as a standard, they would give an indicator a target it never had.
NOT_TARGETS = [
    "产出指标",
    "数量指标",
    "质量指标",
    "时效指标",
    "成本指标",
    "效益指标",
    "社会效益指标",
    "经济效益指标",
    "生态效益指标",
    "可持续影响指标",
    "满意度指标",
    "服务对象满意度指标",
    "受益群众满意度",
    "资金到位率",
    "项目完成及时率",
    "预算执行率",
    "指标值",
    "年度指标值",
    "项目名称",
    "备注",
    "主管部门",
    "一级指标",
    "合计",
    "总分",
    "联系电话",
    "填报人",
    "万元",
    "基础设施建设",
    "第1页",
    # Chinese numerals inside a word are no count
    "一次性",
    "三公经费",
    "四好农村路",
    "一般性支出",
]


def test_the_lists_are_as_broad_as_the_genre_asks() -> None:
    assert len(QUANTITIES) + len(STANDARDS) + len(PERIODS) >= 150
    assert len(HEADERS) >= 80
    assert len(FIELDS) >= 60


@pytest.mark.parametrize(("cell", "operator", "value", "unit"), QUANTITIES)
def test_a_quantity_is_read_with_its_operator_value_and_unit(
    cell: str, operator: Operator | None, value: str, unit: str | None
) -> None:
    target = read_target_cell(cell).target
    assert target is not None, read_target_cell(cell).error
    assert target.kind is TargetKind.QUANTITATIVE
    assert (target.operator, target.value, target.unit) == (operator, Decimal(value), unit)


@pytest.mark.parametrize(("cell", "standard", "or_better"), STANDARDS)
def test_a_standard_in_words_is_kept_as_written(cell: str, standard: str, or_better: bool) -> None:
    target = read_target_cell(cell).target
    assert target is not None, read_target_cell(cell).error
    assert (target.kind, target.standard, target.or_better) == (
        TargetKind.QUALITATIVE,
        standard,
        or_better,
    )


@pytest.mark.parametrize(("cell", "start", "end"), PERIODS)
def test_a_date_or_deadline_is_read_as_a_period(
    cell: str, start: str | None, end: str | None
) -> None:
    target = read_target_cell(cell).target
    assert target is not None, read_target_cell(cell).error
    assert (target.kind, target.start, target.end) == (TargetKind.PERIOD, start, end)


def test_a_unit_alone_is_no_count_in_chinese_numerals() -> None:
    # 千克 alone (a unit column's cell) was read as 1000 克 once counts in Chinese numerals
    # were read; a reader that takes a unit for a target glues the operator to the definition
    for unit in ("千克", "千米", "百分点"):
        with pytest.raises(TargetSyntaxError):
            parse_target(unit)


@pytest.mark.parametrize("cell", NOT_TARGETS)
def test_a_name_or_a_label_is_no_target(cell: str) -> None:
    assert read_target_cell(cell).target is None


def test_a_tolerance_holds_the_deviation_under_its_value() -> None:
    target = read_target_cell("±3%以内").target
    assert target is not None and target.canonical == "≤3%"
    assert target.text == "±3%以内"  # the text as written stays


def test_a_note_in_brackets_keeps_its_text_and_is_reported() -> None:
    cell = read_target_cell("≥90%(抽样调查)")
    assert cell.target is not None and cell.target.text == "≥90%(抽样调查)"
    assert [reason for _, _, reason in cell.repairs] == ["指标值后附括号说明,按数值读出(原文保留)"]


def test_a_unit_in_brackets_is_no_note() -> None:
    # 1350台(套): the unit and its alternative, which the reader reads with its own report
    assert read_target_cell("1350台(套)").target is None


# --- (b) header cells -----------------------------------------------------------------------

# (header cell as written, the column's role)
HEADERS: list[tuple[str, Role]] = [
    ("一级指标", Role.CATEGORY),
    ("一级", Role.CATEGORY),
    ("二级指标", Role.SUBCATEGORY),
    ("二级", Role.SUBCATEGORY),
    ("三级指标", Role.NAME),
    ("三级", Role.NAME),
    ("指标名称", Role.NAME),
    ("指标内容", Role.NAME),
    ("具体指标", Role.NAME),
    ("年度指标值", Role.TARGET),
    ("年度指标 值", Role.TARGET),
    ("指标值", Role.TARGET),
    ("指标值（包含数字及文字描述）", Role.TARGET),
    ("指标值(或计划水平)", Role.TARGET),
    ("指标值(定量)", Role.TARGET),
    ("目标值", Role.TARGET),
    ("年初目标值(A)", Role.TARGET),
    ("年度目标值", Role.TARGET),
    ("全年目标值", Role.TARGET),
    ("绩效目标值", Role.TARGET),
    ("绩效指标值", Role.TARGET),
    ("年度绩效指标值", Role.TARGET),
    ("年初指标值", Role.TARGET),
    ("预期指标值", Role.TARGET),
    ("指标目标值", Role.TARGET),
    ("预期值", Role.TARGET),
    ("当年预期实现值", Role.TARGET),
    ("预期2024年实现值", Role.TARGET),
    ("计划指标值(或计划水平)", Role.TARGET),
    ("年度计划值", Role.TARGET),
    ("计划值", Role.TARGET),
    ("目标值及单位", Role.TARGET),
    ("指标值及计量单位", Role.TARGET),
    ("调整后指标值", Role.ADJUSTED),
    ("长期指标值", Role.LONG_TERM),
    ("中长期指标值", Role.LONG_TERM),
    ("中期指标值", Role.LONG_TERM),
    ("实际完成值", Role.ACTUAL),
    ("实际完成值(B)", Role.ACTUAL),
    ("全年实际完成值", Role.ACTUAL),
    ("年度实际完成值", Role.ACTUAL),
    ("实际完成指标值", Role.ACTUAL),
    ("实际完成数", Role.ACTUAL),
    ("实际完成", Role.ACTUAL),
    ("全年完成值", Role.ACTUAL),
    ("完成值", Role.ACTUAL),
    ("实际值", Role.ACTUAL),
    ("实际完成情况", Role.ACTUAL),
    ("实际执行情况", Role.ACTUAL),
    ("1-6月完成情况", Role.ACTUAL),
    ("1-6月执行情况", Role.ACTUAL),
    ("1-6月实际完成情况", Role.ACTUAL),
    ("1-9月实际完成值", Role.ACTUAL),
    ("截至6月底完成情况", Role.ACTUAL),
    ("1-7月指标执行情况", Role.ACTUAL),
    ("全年预计完成值", Role.PROJECTED),
    ("全年预计完成情况", Role.PROJECTED),
    ("预计完成值", Role.PROJECTED),
    ("上年实际值", Role.PRIOR),
    ("上年完成值", Role.PRIOR),
    ("2023年实际完成值", Role.PRIOR),
    ("分值", Role.WEIGHT),
    ("分值(分)", Role.WEIGHT),
    ("指标分值", Role.WEIGHT),
    ("权重", Role.WEIGHT),
    ("权重(%)", Role.WEIGHT),
    ("指标权重", Role.WEIGHT),
    ("满分", Role.WEIGHT),
    ("得分", Role.SCORE),
    ("得分(分)", Role.SCORE),
    ("自评得分", Role.SCORE),
    ("评价得分", Role.SCORE),
    ("实际得分", Role.SCORE),
    ("指标性质", Role.NATURE),
    ("指标类型", Role.NATURE),
    ("计量单位", Role.UNIT),
    ("度量单位", Role.UNIT),
    ("单位", Role.UNIT),
    ("指标方向性", Role.DIRECTION),
    ("指标方向", Role.DIRECTION),
    ("指标解释", Role.DEFINITION),
    ("指标说明", Role.DEFINITION),
    ("指标值说明", Role.DEFINITION),
    ("评（扣）分标准", Role.DEFINITION),
    ("评分标准", Role.DEFINITION),
    ("评分依据", Role.DEFINITION),
    ("指标解释及评分标准", Role.DEFINITION),
    ("绩效标准", Role.BASIS),
    ("评价标准", Role.BASIS),
    ("指标值确定依据", Role.BASIS),
    ("指标值设定依据", Role.BASIS),
    ("偏差原因分析及改进措施", Role.REASON),
    ("未完成原因和改进措施", Role.REASON),
    ("原因分析及改进措施", Role.REASON),
    ("偏差原因", Role.REASON),
    ("扣分原因", Role.REASON),
    ("改进措施", Role.REASON),
    ("偏差原因类型", Role.CAUSE),
    ("纠偏措施", Role.RECTIFICATION),
    ("整改措施", Role.RECTIFICATION),
    ("完成目标可能性", Role.LIKELIHOOD),
    ("是否核心指标", Role.CORE),
    ("是否完成", Role.REMARK),
    ("预警等级", Role.REMARK),
    ("备注", Role.REMARK),
    ("序号", Role.SERIAL),
    ("编号", Role.SERIAL),
    ("项目名称", Role.PROJECT),
    ("单位名称", Role.UNIT_NAME),
    ("预算金额", Role.BUDGET),
    ("年度目标", Role.GOAL),
]

# Cells that must not be read as a header: the genre's categories and indicators (rows of
# the table), a block's label, and columns whose figure the model keeps none of (完成率,
# 扣分: read as the actual or the score they would give a wrong figure).
NOT_HEADERS = [
    "产出指标",
    "数量指标",
    "效益指标",
    "满意度指标",
    "服务对象满意度指标",
    "绩效指标",
    "年度绩效指标",
    "预期目标",
    "完成率",
    "指标完成率",
    "完成比例",
    "扣分",
    "受益群众满意度",
    "因路况原因引发的交通事故次数",
    "资金到位率",
    "年度总体目标",
]


@pytest.mark.parametrize(("cell", "role"), HEADERS)
def test_a_header_cell_names_its_columns_role(cell: str, role: Role) -> None:
    assert header_role(label_key(cell)) is role


@pytest.mark.parametrize("cell", NOT_HEADERS)
def test_a_row_or_a_block_label_is_no_header(cell: str) -> None:
    assert header_role(label_key(cell)) is None


def test_a_table_headed_with_the_new_words_reads_its_target_and_actual() -> None:
    text = (
        "一级指标 | 二级指标 | 三级指标 | 当年预期实现值 | 实际完成指标值 | 满分 | 得分\n"
        "产出指标 | 数量指标 | 维修维护次数 | ≥200次 | 226次 | 10 | 10\n"
        "产出指标 | 质量指标 | 验收合格率 | ±3%以内 | 2% | 10 | 10\n"
    )
    rows = table_rows(text)
    assert [
        (row[Role.NAME], row[Role.TARGET], row[Role.ACTUAL], row[Role.WEIGHT]) for row in rows
    ] == [
        ("维修维护次数", "≥200次", "226次", "10"),
        ("验收合格率", "±3%以内", "2%", "10"),
    ]


# --- (c) field labels -----------------------------------------------------------------------

# (label as written, the field it names)
FIELDS: list[tuple[str, Field]] = [
    ("项目名称", Field.PROJECT),
    ("项目支出名称", Field.PROJECT),
    ("专项名称", Field.PROJECT),
    ("专项资金名称", Field.PROJECT),
    ("资金名称", Field.PROJECT),
    ("专项转移支付名称", Field.PROJECT),
    ("转移支付名称", Field.PROJECT),
    ("主管部门", Field.SUPERVISING),
    ("县级主管部门", Field.SUPERVISING),
    ("省级主管部门", Field.SUPERVISING),
    ("市级主管部门", Field.SUPERVISING),
    ("中央主管部门", Field.SUPERVISING),
    ("一级主管部门名称", Field.SUPERVISING),
    ("项目主管单位", Field.SUPERVISING),
    ("主管部门及代码", Field.SUPERVISING),
    ("实施单位", Field.IMPLEMENTING),
    ("项目实施单位", Field.IMPLEMENTING),
    ("项目执行单位", Field.IMPLEMENTING),
    ("项目单位", Field.IMPLEMENTING),
    ("资金使用单位", Field.IMPLEMENTING),
    ("项目申报单位名称", Field.IMPLEMENTING),
    ("申报单位", Field.IMPLEMENTING),
    ("项目承担单位", Field.IMPLEMENTING),
    ("预算单位", Field.UNIT_NAME),
    ("单位名称", Field.UNIT_NAME),
    ("部门(单位)名称", Field.UNIT_NAME),
    ("部门名称", Field.UNIT_NAME),
    ("填报单位", Field.UNIT_NAME),
    ("填报单位(盖章)", Field.UNIT_NAME),
    ("资金用途", Field.PURPOSE),
    ("年度总体目标", Field.YEAR_GOAL),
    ("总体目标", Field.OVERALL_GOAL),
    ("实施期目标", Field.OVERALL_GOAL),
    ("项目期目标", Field.OVERALL_GOAL),
    ("长期目标", Field.OVERALL_GOAL),
    ("中长期目标", Field.OVERALL_GOAL),
    ("年度目标", Field.GOAL),
    ("年度绩效目标", Field.GOAL),
    ("绩效目标", Field.GOAL),
    ("项目绩效目标", Field.GOAL),
    ("项目负责人", Field.MANAGER),
    ("项目责任人", Field.MANAGER),
    ("项目负责人及电话", Field.MANAGER),
    ("项目负责人及联系电话", Field.MANAGER),
    ("负责人及电话", Field.MANAGER),
    ("项目实施责任人", Field.MANAGER),
    ("项目属性", Field.ATTRIBUTE),
    ("项目类型", Field.PROJECT_TYPE),
    ("项目类别", Field.PROJECT_TYPE),
    ("项目性质", Field.PROJECT_TYPE),
    ("项目期", Field.PERIOD),
    ("项目起止时间", Field.PERIOD),
    ("项目实施期", Field.PERIOD),
    ("实施周期", Field.PERIOD),
    ("项目期限", Field.PERIOD),
    ("项目编码", Field.CODE),
    ("项目代码", Field.CODE),
    ("部门预算编码", Field.BUDGET_CODE),
    ("预算编码", Field.BUDGET_CODE),
    ("年度资金总额", Field.AMOUNT),
    ("资金总额", Field.AMOUNT),
    ("项目总金额", Field.AMOUNT),
    ("预算金额", Field.AMOUNT),
    ("项目预算", Field.AMOUNT),
    ("其中:本年财政拨款", Field.FISCAL_FUNDS),
    ("其中:财政拨款", Field.FISCAL_FUNDS),
    ("财政拨款", Field.FISCAL_FUNDS),
    ("其他资金", Field.OTHER_FUNDS),
    ("自筹资金", Field.OTHER_FUNDS),
    ("评价等级", Field.RATING),
    ("自评等级", Field.RATING),
    ("偏差原因分析", Field.DEVIATION),
    ("未完成原因分析", Field.DEVIATION),
    ("相关建议或举措", Field.MEASURES),
]

# Labels of a form's head that name no field the model keeps: read as one, their value (a
# phone number, a signature, a code, a date) would take a field's place.
NOT_FIELDS = [
    "联系电话",
    "填报人",
    "填报日期",
    "单位负责人",
    "财务负责人",
    "负责人",
    "主管部门编码",
    "立项依据",
    "项目概况",
    "部门职能概述",
    "年度履职目标",
    "存在问题",
    "评价结论",
    "上年结转资金",
    "中期资金总额",
    "项目资金",
]


@pytest.mark.parametrize(("cell", "field"), FIELDS)
def test_a_label_names_its_field(cell: str, field: Field) -> None:
    assert field_of(label_key(cell)) is field


@pytest.mark.parametrize("cell", NOT_FIELDS)
def test_a_label_of_no_kept_field_names_none(cell: str) -> None:
    assert field_of(label_key(cell)) is None


# --- (d) columns of the funds table (项目资金 / 预算执行情况) ---------------------------------

FUNDING_HEADERS: list[tuple[str, Role]] = [
    ("年初预算数", Role.PRIOR),
    ("年初预算", Role.PRIOR),
    ("全年预算数(A)", Role.BUDGET),
    ("全年预算数（万元）", Role.BUDGET),
    ("调整后预算数", Role.BUDGET),
    ("预算数(A)", Role.BUDGET),
    ("预算安排数", Role.BUDGET),
    ("小计", Role.BUDGET),
    ("全年执行数(B)", Role.ACTUAL),
    ("执行数(B)", Role.ACTUAL),
    ("1-6月执行数(万元)", Role.ACTUAL),
    ("截至6月30日执行数", Role.ACTUAL),
    ("截至6月底执行数", Role.ACTUAL),
    ("已执行金额", Role.ACTUAL),
    ("实际支出数", Role.ACTUAL),
    ("拨付金额", Role.ACTUAL),
    ("执行率(B/A)", Role.TARGET),
    ("预算执行率", Role.TARGET),
    ("1-6月执行率", Role.TARGET),
    ("执行进度", Role.TARGET),
    ("支出进度", Role.TARGET),
    ("全年预计执行数", Role.REMARK),
    ("预计执行率", Role.REMARK),
    ("分值", Role.WEIGHT),
    ("得分", Role.SCORE),
]

# Funds that arrived are not funds spent; a carry-over or a balance is no budget.
NOT_FUNDING_HEADERS = [
    "到位资金",
    "实际到位资金",
    "资金到位率",
    "结余率",
    "年中调整数",
    "上年结转资金",
]


@pytest.mark.parametrize(("cell", "role"), FUNDING_HEADERS)
def test_a_funds_column_is_named_by_its_header(cell: str, role: Role) -> None:
    assert funding_role(label_key(cell)) is role


@pytest.mark.parametrize("cell", NOT_FUNDING_HEADERS)
def test_funds_arrived_or_left_over_are_no_funds_column(cell: str) -> None:
    assert funding_role(label_key(cell)) is None


_FORM = """项目支出绩效自评表
项目名称 | 农村道路养护项目
主管部门 | 某县交通运输局
实施单位 | 某县公路事业发展中心
项目资金(万元) | 年初预算数 | 预算安排数 | 截至12月31日执行数 | 支出进度 | 分值 | 得分
年度资金总额 | 120 | 120 | 114 | 95% | 10 | 9.5
一级指标 | 二级指标 | 三级指标 | 当年预期实现值 | 实际完成指标值 | 满分 | 得分 | 原因分析及改进措施
产出指标 | 数量指标 | 养护道路里程 | ≥120公里 | 126公里 | 20 | 20 | 无
产出指标 | 质量指标 | 养护质量合格率 | ≥95%(抽样检查) | 97% | 20 | 20 | 无
产出指标 | 成本指标 | 养护成本 | 不超预算 | 114万元 | 10 | 10 | 无
效益指标 | 社会效益指标 | 群众出行条件 | 有效改善 | 已改善 | 20 | 20 | 无
满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 93% | 10 | 10 | 无
"""


def test_a_form_in_the_pages_words_reads_whole(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(_FORM, encoding="utf-8")
    document, _ = parse_file(path)
    project = document.projects[0]
    assert (project.name, project.supervising_department, document.department.name) == (
        "农村道路养护项目",
        "某县交通运输局",
        "某县公路事业发展中心",
    )
    funds = project.funding_execution[0]
    assert (funds.initial_budget, funds.full_year_budget, funds.executed, funds.execution_rate) == (
        Decimal(120),
        Decimal(120),
        Decimal(114),
        Decimal(95),
    )
    read = {
        indicator.name: (
            indicator.target.canonical if indicator.target else None,
            indicator.result.actual_text if indicator.result else None,
        )
        for _, indicator in document.all_indicators()
    }
    assert read == {
        "养护道路里程": ("≥120公里", "126公里"),
        "养护质量合格率": ("≥95%", "97%"),
        "养护成本": ("不超预算", "114万元"),
        "群众出行条件": ("有效改善", "已改善"),
        "沿线群众满意度": ("≥90%", "93%"),
    }


_DIRECTIONS = """项目绩效目标表
项目名称 | 某某补助项目
一级指标 | 二级指标 | 三级指标 | 指标方向 | 指标性质 | 指标值 | 计量单位
产出指标 | 时效指标 | 审核办结时限 | 逆向指标 | 定量指标 | 15 | 个工作日
产出指标 | 质量指标 | 补助发放准确率 | 正向指标 | 定量指标 | 100 | %
效益指标 | 社会效益指标 | 群众生活条件 | 正向指标 | 定性指标 | 有效改善 |
"""


def test_direction_and_nature_columns_in_their_long_words(tmp_path: Path) -> None:
    # 逆向指标 is 反向 (lower is better); 定量指标 / 定性指标 are 定量 / 定性
    path = tmp_path / "form.txt"
    path.write_text(_DIRECTIONS, encoding="utf-8")
    document, _ = parse_file(path)
    read = {
        indicator.name: (
            indicator.target.canonical if indicator.target else None,
            indicator.direction,
        )
        for _, indicator in document.all_indicators()
    }
    assert read == {
        "审核办结时限": ("15工作日", Direction.REVERSE),
        "补助发放准确率": ("100%", Direction.POSITIVE),
        "群众生活条件": ("有效改善", Direction.POSITIVE),
    }


@pytest.mark.parametrize(
    ("nature", "value", "unit", "canonical"),
    [
        ("定量指标", "10", "个", "10个"),
        ("定性指标", "优", "", "优"),
        ("大于等于", "95", "%", "≥95%"),
    ],
)
def test_a_nature_column_word_is_read(nature: str, value: str, unit: str, canonical: str) -> None:
    assert parse_target_parts(nature, value, unit).canonical == canonical
