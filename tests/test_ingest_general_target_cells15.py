"""Target cells of indicator tables (session 15, reader rd15d), each class written afresh
from a second instance, with the near misses the rule must leave alone:

* cells the reader took for names, so a pipe row that dropped its merged label cells lost
  its target: a deadline in the form's own year (``当年6月底前``), a rate paid at
  (``按150元/人``), a degree alone (``明显``), two standards said as one (``规范有效``);
* the year before's value left of the target (``上年实际值 | 年度指标值``) holding a deadline
  or a standard: the target is the right one;
* a 度量单位 cell giving a unit and its alternative (``辆(台)``), and 头只 as a unit;
* text run together: a standard ending with its actual's first word (``较上年降低降低6%``),
  a unit ending in a place not cut inside the next name's level word (``12个镇级…``);
* a form one cell a line, each row opened by the block's label, a row a cell short.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form
from jixiao.domain.target import TargetKind, parse_target
from jixiao.ingest.general.kinds import Kind, kind_of

# A county's transfer-payment target table re-served as pipe rows: each continuation row
# drops its merged 一级/二级 cells and keeps the empty result columns after its target.
_CONTINUATION_ROWS = """\
2020年水利发展资金区域绩效目标表 | ||||||
专项名称 | 水利发展资金 | |||||
年度金额 | 980 | ||||
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 未达到指标值原因 |
产出指标 | 数量指标 | 新建小型蓄水池 | ≥40座 | | |
整治山塘数量 | ≥12座 | | |
时效指标 | 工程完工时间 | 当年6月底前 | | |
成本指标 | 农户投工投劳补助标准 | 按150元/人 | | |
效益指标 | 经济效益指标 | 灌区农户种植收入 | 明显 | | |
社会效益指标 | 农村饮水安全保障水平 | ≥98% | | |
"""


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    return {
        str(indicator.name): indicator.target.text if indicator.target else None
        for _, indicator in document.all_indicators()
    }


def test_continuation_rows_keep_their_word_targets(tmp_path: Path) -> None:
    targets = _targets(tmp_path, _CONTINUATION_ROWS)
    assert targets["工程完工时间"] == "当年6月底前"
    assert targets["农户投工投劳补助标准"] == "按150元/人"
    assert targets["灌区农户种植收入"] == "明显"
    assert targets["整治山塘数量"] == "≥12座"


def test_a_deadline_in_the_forms_own_year_is_a_period() -> None:
    assert kind_of("当年6月底前") is Kind.PERIOD
    assert kind_of("本年度9月30日前") is Kind.PERIOD
    assert kind_of("当年底前") is Kind.PERIOD
    target = parse_target("本年度9月30日前")
    assert target.kind is TargetKind.PERIOD
    assert target.end == "--09-30"


def test_a_rate_paid_at_and_a_degree_alone_are_targets() -> None:
    assert kind_of("按150元/人") is Kind.QUANTITY
    assert kind_of("显著") is Kind.QUALITATIVE
    assert kind_of("明显") is Kind.QUALITATIVE


def test_near_misses_stay_names() -> None:
    # a year's word with no date, a name about on-time work, a name about significance
    assert kind_of("当年") is Kind.NAME
    assert kind_of("本年度") is Kind.NAME
    assert kind_of("按期完成率") is Kind.NAME
    assert kind_of("显著性检验样本数") is Kind.NAME
    assert kind_of("按标准配备人员数") is Kind.NAME


# A municipal approval form with the year before's value beside the target.
_PRIOR_COLUMNS = """\
项目支出绩效目标批复表 | |||||
项目名称 | 城区公厕运维经费 | ||||
项目金额 | 120万元 | ||||
一级指标 | 二级指标 | 三级指标 | 上年实际值 | 年度指标值 | 指标值确定依据 |
产出指标 | 数量指标 | 运维公厕座数 | 58座 | ≥60座 | |
时效指标 | 保洁巡查完成时间 | 每日10时 | 每日9时前 | |
时效指标 | 设施维修响应时间 | 11月底 | 10月31日前 | |
效益指标 | 可持续影响指标 | 公厕长效管护机制 | 基本建立 | 逐步健全 | |
满意度指标 | 服务对象满意度指标 | 如厕群众满意度 | 91% | ≥92% | |
效益指标 | 社会效益指标 | 市容环境卫生 | | 有效改善 | |
"""


def test_the_target_is_right_of_the_year_befores_value(tmp_path: Path) -> None:
    targets = _targets(tmp_path, _PRIOR_COLUMNS)
    assert targets["设施维修响应时间"] == "10月31日前"
    assert targets["公厕长效管护机制"] == "逐步健全"
    assert targets["运维公厕座数"] == "≥60座"


def test_a_lone_standard_under_the_target_stays_the_target(tmp_path: Path) -> None:
    # the year before's cell empty: the one standard is the target's, not the prior's
    assert _targets(tmp_path, _PRIOR_COLUMNS)["市容环境卫生"] == "有效改善"


# A self-evaluation whose target is written over three columns (性质 | 指标值 | 度量单位), a
# continuation row without its label cells, the unit given with its alternative.
_UNIT_COLUMN = """\
2022年度项目支出绩效自评表 | ||||||||
项目名称 | 农村客运补贴资金 | |||||||
一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |
产出指标 | 数量指标 | 补贴客运线路 | ≥ | 36 | 条 | 38 | 10 | 10 |
更新农村客运车辆 | ≥ | 45 | 辆(台) | 47 | 10 | 10 | | |
质量指标 | 补贴资金发放准确率 | = | 100 | % | 100 | 10 | 10 | |
"""


def test_a_unit_cell_with_its_alternative_is_the_unit(tmp_path: Path) -> None:
    document = read_form(tmp_path, _UNIT_COLUMN)
    found = {str(i.name): i.target for _, i in document.all_indicators()}
    vehicles = found["更新农村客运车辆"]
    assert vehicles is not None
    assert (vehicles.value, vehicles.unit) == (Decimal(45), "辆")
    assert kind_of("辆(台)") is Kind.UNIT
    assert kind_of("户（人）") is Kind.UNIT


def test_a_name_with_a_bracketed_word_is_no_unit() -> None:
    # one side of the brackets no unit: a name with its note
    assert kind_of("设备(台)") is Kind.NAME
    assert kind_of("人员(含临聘)") is Kind.NAME


# A monitoring form's pipe rows, the 二级 label printed once and the next row opening with a
# bar; a standard of two standards said as one.
_MONITORING_ROWS = """\
项目支出绩效监控表 |
项目名称 | 社区矫正信息化运维经费 | |||||
一级指标 | 二级指标 | 指标名称 | 指标值 | 1-6月执行情况 | 完成目标可能性 | 备注 |
效益指标 |
社会效益 | 矫正对象在册管控率 | 100% | 100% | 确定能 | |
| 矫正对象脱管漏管处置 | 规范有效 | 规范有效 | 确定能 | |
可持续影响 | 信息系统运行 | 稳定 | 稳定 | 确定能 | |
"""


def test_a_pair_of_standards_is_the_rows_target(tmp_path: Path) -> None:
    targets = _targets(tmp_path, _MONITORING_ROWS)
    assert targets["矫正对象脱管漏管处置"] == "规范有效"
    assert kind_of("及时有效") is Kind.QUALITATIVE


def test_a_four_character_name_with_one_standard_half_stays_a_name() -> None:
    assert kind_of("有效投诉") is Kind.NAME
    assert kind_of("提高效率") is Kind.NAME
    assert kind_of("安全生产") is Kind.NAME
    assert kind_of("安全保障") is Kind.NAME  # both halves standards, the second a thing
    # a result word twice is two cells run together (完成 | 完成), no standard
    assert kind_of("完成完成") is not Kind.QUALITATIVE


# A self-evaluation run together (a sharing site's text of the form): a standard that ends
# with the word the actual opens with (较上年降低 | 降低6%), and a name before a word twice.
_RUN_TOGETHER = (
    "2019年度农村公路养护项目绩效目标自评表项目名称农村公路养护项目主管部门某县交通运输局"
    "一级指标二级指标三级指标分值年初目标值实际完成值得分产出指标数量指标养护农村公路里程20"
    "≥300公里312公里20效益指标经济效益指标沿线群众出行成本15较上年降低降低6%14"
    "社会效益指标群众出行是否便利15是是15满意度指标服务对象满意度指标沿线群众满意度10≥90%95%10\n"
)


def test_a_standard_ending_with_the_actuals_first_word_is_whole(tmp_path: Path) -> None:
    targets = _targets(tmp_path, _RUN_TOGETHER)
    assert targets["沿线群众出行成本"] == "较上年降低"


def test_a_name_before_a_word_twice_keeps_the_word_as_target(tmp_path: Path) -> None:
    # 是是: the target and the actual; the name before them is no standard
    assert _targets(tmp_path, _RUN_TOGETHER)["群众出行是否便利"] == "是"


# A target form run together: a count whose unit may end in a place (个镇) before a name
# that opens with that place's level (镇级文化站…), and a count in 个村 before another name.
_RUN_TOGETHER_TARGETS = (
    "项目绩效目标表(2021年度)项目名称乡镇综合文化站运行项目主管部门某县文化旅游体育局"
    "年度绩效指标一级指标二级指标指标内容指标值备注产出指标数量指标覆盖乡镇数量12个"
    "镇级文化站免费开放天数≥300天质量指标设施完好率≥95%效益指标社会效益指标"
    "覆盖行政村≥16个村道路硬化里程≥20公里满意度指标服务对象满意度指标群众满意度≥90%\n"
)


def test_a_unit_is_not_cut_inside_the_next_names_level_word(tmp_path: Path) -> None:
    targets = _targets(tmp_path, _RUN_TOGETHER_TARGETS)
    assert targets["覆盖乡镇数量"] == "12个"
    assert targets["镇级文化站免费开放天数"] == "≥300天"


def test_a_unit_ending_in_a_place_before_another_name_is_kept(tmp_path: Path) -> None:
    targets = _targets(tmp_path, _RUN_TOGETHER_TARGETS)
    assert targets["覆盖行政村"] == "≥16个村"
    assert targets["道路硬化里程"] == "≥20公里"


def test_livestock_and_poultry_counted_together_is_a_unit() -> None:
    # 畜禽 counted a head or a bird each: a county's vaccination target
    target = parse_target("≥12.5万头只")
    assert (target.value, target.unit) == (Decimal("12.5"), "万头只")
    assert kind_of("≥12.5万头只") is Kind.QUANTITY


# A form captured one cell per line, each row opened by the block's label (绩效指标); a
# qualitative row has no unit, its empty cell dropped, so its row is a line short and the
# rows after it would stand a column off (most rows before it fit, so the grid is taken).
_LED_ROWS = [
    ("产出指标", "数量指标", "改造老旧小区个数", "≥14", "个"),
    ("产出指标", "数量指标", "加装电梯数量", "≥30", "部"),
    ("产出指标", "数量指标", "改造供水管网长度", "≥8.5", "公里"),
    ("产出指标", "数量指标", "新增停车位数量", "≥260", "个"),
    ("产出指标", "质量指标", "竣工验收合格率", "100", "%"),
    ("产出指标", "时效指标", "年度改造任务完成率", "100", "%"),
    ("产出指标", "成本指标", "户均改造成本", "≤3.2", "万元"),
    ("效益指标", "社会效益指标", "受益居民户数", "≥4100", "户"),
    ("效益指标", "社会效益指标", "居民居住条件", "明显改善"),
    ("效益指标", "可持续影响指标", "小区长效管理机制", "逐步建立"),
    ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90", "%"),
]
_LED_LINES = "\n".join(
    [
        "2021年度项目支出绩效目标表",
        "项目名称",
        "老旧小区改造补助资金",
        "年度总体目标",
        "完成全区老旧小区改造任务,改善居民居住条件。",
        *("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "度量单位"),
        *(cell for row in _LED_ROWS for cell in ("绩效指标", *row)),
    ]
)


def test_the_rows_label_starts_a_row_after_a_short_one(tmp_path: Path) -> None:
    targets = _targets(tmp_path, _LED_LINES + "\n")
    assert targets["居民居住条件"] == "明显改善"
    assert targets["小区长效管理机制"] == "逐步建立"
    assert targets["改造小区居民满意度"] == "≥90%"
    assert "绩效指标" not in targets  # the label is no row's name
