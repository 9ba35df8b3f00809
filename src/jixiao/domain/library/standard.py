# ruff: noqa: E501  (the library is a table: one indicator a line reads better than wrapped cells)
"""The built-in indicator library: department-wide indicators (docs/domain.md §4) and common
project indicators, with definition, direction, unit and typical target.

The table is written as a bureau's sheet would be (Chinese labels, one row a line), so that it
reads like the Excel sheets a bureau extends it with (``jixiao library --add-excel``). Typical
values are common floors and ceilings of published declarations, not rules.
"""

from __future__ import annotations

from typing import Final

from jixiao.domain.framework import (
    Category,
    Subcategory,
    category_from_label,
    subcategory_from_label,
)
from jixiao.domain.library.model import LibraryIndicator, Scope
from jixiao.domain.target import Direction

# 编码 | 指标名称 | 别名 | 一级 | 二级 | 指标解释 | 方向 | 单位 | 典型值 | 适用范围
_TABLE: Final = """
D01 | 预算执行率 | 部门预算执行率、预算支出执行率、资金执行率 | 产出 | 时效 | 实际支出数/支出预算数×100% | 正向 | % | ≥95% | 部门整体
D02 | 结转结余率 | 结余结转率 | 产出 | 质量 | 年末结转结余资金/支出预算数×100% | 反向 | % | ≤10% | 部门整体
D03 | 在职人员控制率 | 人员控制率、编制控制率 | 产出 | 数量 | 在职人员数/编制人数×100%,反映人员控制在编制以内 | 反向 | % | ≤100% | 部门整体
D04 | “三公”经费控制率 | 三公经费控制率、三公经费预算控制率 | 产出 | 成本 | “三公”经费实际支出数/预算安排数×100% | 反向 | % | ≤100% | 部门整体
D05 | “三公”经费变动率 | 三公经费变动率、三公经费增长率 | 产出 | 成本 | (本年“三公”经费-上年“三公”经费)/上年“三公”经费×100% | 反向 | % | ≤0% | 部门整体
D06 | 公用经费控制率 | 日常公用经费控制率 | 产出 | 成本 | 实际支出公用经费/预算安排公用经费×100% | 反向 | % | ≤100% | 部门整体
D07 | 机关运行经费变动率 | 运行经费变动率、机关运行经费增长率 | 产出 | 成本 | (本年机关运行经费-上年机关运行经费)/上年机关运行经费×100% | 反向 | % | ≤0% | 部门整体
D08 | 政府采购执行率 | 采购执行率 | 产出 | 质量 | 实际政府采购金额/政府采购预算数×100% | 正向 | % | ≥90% | 部门整体
D09 | 预决算信息公开 | 预决算公开、预决算信息公开及时性 | 产出 | 时效 | 按规定时限和内容公开部门预算、决算信息 | 正向 |  | 按时完成 | 部门整体
D10 | 固定资产利用率 | 资产利用率 | 产出 | 质量 | 实际在用固定资产/固定资产总额×100% | 正向 | % | ≥90% | 部门整体
D11 | 重点工作完成率 | 重点工作任务完成率 | 产出 | 数量 | 完成的重点工作数/计划重点工作数×100% | 正向 | % | ≥95% | 部门整体
D12 | 职工出勤率 | 出勤率 | 产出 | 质量 | 实际出勤人天/应出勤人天×100% | 正向 | % | ≥95% | 部门整体
D13 | 职工年度考核通过率 | 年度考核合格率、考核通过率 | 产出 | 质量 | 年度考核称职及以上人数/参加考核人数×100% | 正向 | % | ≥95% | 部门整体
D14 | 单位年终考核成绩 | 年度考核等次、单位年度考核结果 | 效益 | 社会效益 | 上级对单位年度工作的考核等次 | 正向 |  | 良好及以上 | 部门整体
D15 | 预算调整率 | 预算调整幅度 | 产出 | 质量 | 预算调整数/年初预算数×100% | 反向 | % | ≤10% | 部门整体
D16 | 公务用车正常运行率 | 车辆正常运行率、公务车辆正常运行率 | 产出 | 质量 | 正常运行天数/应运行天数×100% | 正向 | % | ≥95% | 部门整体
D17 | 车辆运行成本变动率 | 公务用车运行成本变动率、车辆运行费用变动率 | 产出 | 成本 | (本年车辆运行成本-上年车辆运行成本)/上年车辆运行成本×100% | 反向 | % | ≤0% | 部门整体
D18 | 财务管理制度健全性 | 财务制度健全性、内控制度健全性 | 效益 | 可持续 | 是否建立健全财务、资产、内控管理制度 | 正向 |  | 健全 | 部门整体
D19 | 人员经费保障率 | 工资福利保障率 | 产出 | 质量 | 足额发放的人员经费/应发放人员经费×100% | 正向 | % | =100% | 部门整体
P01 | 服务对象满意度 | 满意度、群众满意度、社会公众满意度、受益对象满意度、服务对象满意率 | 满意度 | 服务对象满意度 | 调查样本中满意的人数/样本总数×100% | 正向 | % | ≥90% | 通用
P02 | 工作任务完成率 | 任务完成率、项目完成率、完成率、计划完成率 | 产出 | 数量 | 实际完成的任务数/计划任务数×100% | 正向 | % | ≥95% | 项目
P03 | 工作任务及时完成率 | 及时完成率、按时完成率、完成及时率、及时率 | 产出 | 时效 | 按时完成的任务数/应完成任务数×100% | 正向 | % | ≥95% | 通用
P04 | 质量合格率 | 合格率、验收合格率、验收通过率、产品合格率 | 产出 | 质量 | 验收合格数/验收总数×100% | 正向 | % | ≥95% | 项目
P05 | 覆盖率 | 政策覆盖率、服务覆盖率 | 产出 | 数量 | 实际覆盖对象数/应覆盖对象数×100% | 正向 | % | ≥90% | 项目
P06 | 资金到位率 | 资金到位及时率 | 产出 | 时效 | 实际到位资金/计划到位资金×100% | 正向 | % | =100% | 项目
P07 | 资金拨付及时率 | 拨付及时率、资金支付及时率 | 产出 | 时效 | 按时拨付资金/应拨付资金×100% | 正向 | % | ≥95% | 项目
P08 | 系统正常运行率 | 网站正常运行率、系统可用率、平台正常运行率 | 产出 | 质量 | 正常运行天数/全年天数×100% | 正向 | % | ≥95% | 项目
P09 | 参会率 | 会议出席率、参会人员到会率 | 产出 | 质量 | 实际参会人数/应参会人数×100% | 正向 | % | ≥90% | 项目
P10 | 参训率 | 培训参训率、参加培训率、培训出勤率 | 产出 | 质量 | 实际参训人数/应参训人数×100% | 正向 | % | ≥90% | 项目
P11 | 问题办结率 | 办结率、按期办结率、信访办结率、咨询问题办结率 | 产出 | 时效 | 已办结数/应办结数×100% | 正向 | % | ≥95% | 通用
P12 | 设备完好率 | 设施完好率、设备正常使用率 | 产出 | 质量 | 完好设备数/设备总数×100% | 正向 | % | ≥95% | 项目
P13 | 培训合格率 | 培训考核合格率、结业率 | 产出 | 质量 | 考核合格人数/参训人数×100% | 正向 | % | ≥90% | 项目
P14 | 政策知晓率 | 知晓率、宣传知晓率 | 效益 | 社会效益 | 调查中知晓政策的人数/调查人数×100% | 正向 | % | ≥80% | 项目
P15 | 安全事故发生次数 | 安全事故次数、安全责任事故次数、不发生安全事故 | 产出 | 质量 | 全年发生的安全责任事故次数 | 反向 | 次 | ≤0次 | 通用
P16 | 有效投诉次数 | 投诉次数、群众投诉次数 | 效益 | 社会效益 | 全年被有效投诉的次数 | 反向 | 次 | ≤0次 | 项目
P17 | 培训人次 | 参训人次、培训人数 | 产出 | 数量 | 全年参加培训的人次 | 正向 | 人次 |  | 项目
P18 | 举办活动次数 | 活动场次、开展活动次数、举办活动场次 | 产出 | 数量 | 全年举办各类活动的次数 | 正向 | 次 |  | 项目
P19 | 召开会议次数 | 会议次数、召开工作会议次数 | 产出 | 数量 | 全年召开各类会议的次数 | 正向 | 次 |  | 项目
P20 | 宣传资料印制数量 | 印制宣传资料册数、宣传资料数量 | 产出 | 数量 | 全年印制的宣传资料数量 | 正向 | 册 |  | 项目
P21 | 信息简报刊发期数 | 简报期数、刊发期数 | 产出 | 数量 | 全年刊发的信息简报期数 | 正向 | 期 |  | 项目
P22 | 开展调研次数 | 调研次数、基层调研次数 | 产出 | 数量 | 全年开展调研的次数 | 正向 | 次 |  | 项目
P23 | 受益人数 | 惠及人数、受益群众人数 | 效益 | 社会效益 | 项目直接惠及的人数 | 正向 | 人 |  | 项目
P24 | 带动就业人数 | 新增就业人数、吸纳就业人数 | 效益 | 经济效益 | 项目带动的就业人数 | 正向 | 人 |  | 项目
P25 | 长效管理机制健全性 | 长效机制健全性、长效管理机制 | 效益 | 可持续 | 是否建立项目建成后持续发挥作用的管理机制 | 正向 |  | 健全 | 项目
P26 | 绿化覆盖率 | 绿地覆盖率 | 效益 | 生态效益 | 绿化面积/区域总面积×100% | 正向 | % |  | 项目
P27 | 资金使用合规性 | 资金使用合规率 | 产出 | 质量 | 资金使用符合财经法规和资金管理办法 | 正向 |  | 符合规定 | 项目
P28 | 人均培训成本 | 人均培训费、培训人均成本 | 产出 | 成本 | 培训费支出/培训人次 | 反向 | 元/人 |  | 项目
"""

# 成本 by economic category of expenditure (政府支出经济分类): a ceiling in money whose value
# depends on the budget, so no typical value. 编码 | 支出项目 | 其他写法
_COST_TABLE: Final = """
C01 | 接待费 | 公务接待费
C02 | 会议费 |
C03 | 差旅费 |
C04 | 培训费 |
C05 | 印刷费 | 印刷费用
C06 | 办公费 | 办公经费
C07 | 劳务费 |
C08 | 维修(护)费 | 维修维护费、维修费、维护费
C09 | 专用材料费 | 材料费
C10 | 委托业务费 | 委托费
C11 | 公务用车运行维护费 | 车辆运行维护费、公车运维费
C12 | 邮电费 | 通讯费
C13 | 水电费 |
C14 | 取暖费 | 供暖费
C15 | 物业管理费 | 物业费
C16 | 租赁费 | 租金
"""

_DIRECTIONS: Final = {"正向": Direction.POSITIVE, "反向": Direction.REVERSE}
_SCOPES: Final = {scope.label: scope for scope in Scope}


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("|")]


def _split(aliases: str) -> tuple[str, ...]:
    return tuple(alias for alias in aliases.split("、") if alias)


def _from_line(line: str) -> LibraryIndicator:
    code, name, aliases, first, second, definition, direction, unit, typical, scope = _cells(line)
    category = category_from_label(first)
    if category is None:
        raise ValueError(f"标准库第“{code}”行的一级指标“{first}”无法识别")
    return LibraryIndicator(
        code=code,
        name=name,
        aliases=_split(aliases),
        category=category,
        subcategory=subcategory_from_label(second, category),
        definition=definition,
        direction=_DIRECTIONS[direction],
        unit=unit or None,
        typical=typical or None,
        scope=_SCOPES[scope],
    )


def _cost_item(line: str) -> LibraryIndicator:
    code, item, others = _cells(line)
    spellings = _split(others)
    return LibraryIndicator(
        code=code,
        name=f"{item}成本",
        aliases=(*(f"{spelling}成本" for spelling in spellings), *spellings),
        category=Category.OUTPUT,
        subcategory=Subcategory.COST,
        definition=f"全年{item}支出,不超过预算支出标准",
        direction=Direction.REVERSE,
        unit="万元",
        scope=Scope.BOTH,
    )


def _lines(table: str) -> list[str]:
    return [line for line in table.strip().splitlines() if line.strip()]


def standard_indicators() -> tuple[LibraryIndicator, ...]:
    """Every built-in library indicator: department-wide, project, then costs by item."""
    rows = tuple(_from_line(line) for line in _lines(_TABLE))
    return rows + tuple(_cost_item(line) for line in _lines(_COST_TABLE))


def _expense_spellings() -> dict[str, str]:
    spellings: dict[str, str] = {}
    for line in _lines(_COST_TABLE):
        _, item, others = _cells(line)
        for spelling in (item, *_split(others)):
            spellings[spelling] = item
    for item in ("救济费", "咨询费", "手续费", "福利费", "工会经费", "奖励金", "助学金", "抚恤金"):
        spellings[item] = item
    spellings.pop("维修(护)费")  # a heading, never written in a name
    return dict(sorted(spellings.items(), key=lambda pair: (-len(pair[0]), pair[0])))


# Items of expenditure (政府支出经济分类) by spelling, longest first, for rules that compare an
# indicator's name with its definition: a 接待费 cost defined as 会议费 is wrong in any document.
EXPENSE_ITEMS: Final[dict[str, str]] = _expense_spellings()
