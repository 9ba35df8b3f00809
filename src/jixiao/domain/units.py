"""Units of measure (度量单位) written after a target value, and exact conversion between them.

Every unit is read into one canonical spelling (``平米``, ``㎡`` and ``m²`` are all ``平方米``).
A unit that is not in the table is not guessed: :func:`canonical_unit` returns None and the
caller reports it. Compound units are read part by part: ``元/人``, ``万元/公里``, ``元/人·天``,
and a count with a 万/亿 multiplier: ``万人次``.

Conversions are exact shifts of the decimal exponent (``万元`` → ``元``, ``%`` → ``‰``,
``公顷`` → ``平方米``); units whose ratio is not a power of ten (亩, 小时/分钟) only compare
with themselves, so no conversion ever rounds.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from jixiao.domain.money import MONEY_EXPONENTS, shift_exponent

# canonical unit → the spellings read as it (the canonical spelling itself is always read).
_ALIASES: dict[str, tuple[str, ...]] = {
    "%": ("﹪", "百分比"),
    "‰": (),
    "个百分点": ("百分点",),
    # a grade of a graded scale (耕地质量等级提升0.2个等级, or 0.5等 as a PDF's narrow
    # unit column prints it)
    "个等级": ("等级", "等"),
    "元": ("人民币元",),
    "千元": (),
    "万元": (),
    "亿元": (),
    # a bare multiplier (``250万``): kept as written, never taken for money
    "万": (),
    "亿": (),
    "平方米": ("平米", "㎡", "m²", "m2", "平方"),
    "平方公里": ("平方千米", "km²", "km2", "㎢"),
    "公顷": (),
    "亩": (),
    "米": ("m",),
    "厘米": ("cm",),
    "毫米": ("mm",),
    "公里": ("km", "KM", "Km", "千米", "㎞"),
    "立方米": ("m³", "m3", "方"),
    # an artificial reef's volume, the space its blocks enclose (人工鱼礁1.5万空方): no
    # cubic metre of matter, so it compares only with itself
    "空方": (),
    "千克": ("kg", "公斤"),
    # a 市斤 of grain (亩均粮食产能提高100斤): half a kilogram, so it compares only with itself
    "斤": ("市斤",),
    "克": ("g",),
    # air and water quality: PM2.5 in 微克/立方米, a pollutant in 毫克/升
    "毫克": ("mg",),
    "微克": ("μg", "µg", "ug"),
    "吨": ("t",),
    # energy use counted in standard coal (公共机构节能: 单位建筑面积能耗 千克标准煤/平方米)
    "吨标准煤": ("tce",),
    "千克标准煤": ("kgce",),
    "升": ("L",),
    "毫升": ("mL", "ml"),
    "千瓦": ("kW", "KW"),
    "千瓦时": ("kWh", "KWh", "kW·h"),
    # 度 stays 度: in targets it is usually a temperature, but it is also a kWh of electricity
    "度": (),
    "℃": ("°C", "摄氏度"),
    "天": (),
    "日": (),
    "工作日": ("个工作日",),
    "周": ("星期",),
    "月": (),
    "个月": (),
    "季度": ("个季度", "季"),  # 1次/季
    "年": (),
    # a date written as a number (物资入库时间 ≤ | 5.31 | 月.日, by 31 May): the 度量单位 says
    # how to read the figure, so it compares only with itself
    "月.日": (),
    "小时": ("h", "个小时"),
    "分钟": ("min",),
    "秒": ("s",),
    "岁": (),
    "M": (),
    "MB": (),
    "G": (),
    "GB": (),
    "T": (),
    "TB": (),
    "Mbps": ("Mb/s", "M/s"),
    "Gbps": ("Gb/s",),
    # OCR of scanned tables reads 个 as ↑; ↑ is never a unit, so the repair cannot mislead
    "个": ("↑",),
    # a rate per hundred thousand (孕产妇死亡率 ≤15/10万): compares only with itself
    "/10万": ("/十万",),
}


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Counted things: each is its own canonical unit (对: a couple, 补助240元/对).
_COUNT_UNITS = _words(
    "次 人 人次 户 户次 册 期 个次 项 项次 条 件 篇 篇次 场 场次 辆 批 批次 门 课时 学时 节 班 "
    "台 套 所 家 家次 名 位 处 座 间 栋 幢 床 张 份 本 部 盏 块 株 棵 头 只 羽 宗 起 例 单 笔 "
    "车次 趟 轮 届 种 类 组 队 支 首 幅 集 卷 艘 架 分 倍 级 星 星级 档 人天 人日 人月 "
    "粒 颗 袋 箱 瓶 剂 针 剂次 套次 村 镇 乡 校 园 所次 片 根 口 眼 亩次 样 个 批 户数 对 "
    # a dose for one animal (疫苗 元/头份), for one bird (禽流感疫苗 85万羽份), for one
    # sheep or goat (小反刍兽疫疫苗 10万只份), for either (强制免疫疫苗 420万头(只)份); a
    # boiler's rating in tonnes of steam (补助 万元/蒸吨)
    "头份 羽份 只份 头只份 蒸吨 "
    # livestock and poultry counted together, a head or a bird each (强制免疫120万头只,
    # 185万头(羽)次)
    "头只 头羽 "
    # things counted once per time they are dealt with (检查特种设备1500台次, 巡查车辆辆次)
    "台次 辆次 艘次 架次 件次 起次 处次 "
    # equipment counted in sets of machines (配套消毒设备46台套); instruments and their parts
    # counted together, as 计量器具 检定 counts them (强制检定9000台件)
    "台套 台件 "
    # meals served counted per serving (长者食堂日均供餐3000客)
    "客 客次 "
    # a student, as education's money is counted per head (1000元/生·年), and the school's
    # terms it is counted per (300元/生·学期)
    "生 学期 学年 "
    # pages scanned or printed (档案数字化扫描120万页, 印制宣传资料5000页), and an archive's
    # digitised images counted by the frame (数字化副本200万画幅)
    "页 画幅 "
    # small things counted one by one: rockets and shells (人影作业火箭弹300枚), medals,
    # badges and stamps (颁发纪念章1200枚)
    "枚 "
    # places counted with their measure word or without (覆盖180个行政村, 12个社区)
    "行政村 社区 乡镇 个村 个行政村 个社区 个乡镇 个镇 个乡"
)

_CANONICAL_BY_SPELLING: dict[str, str] = {}
for _canonical, _spellings in _ALIASES.items():
    for _spelling in (_canonical, *_spellings):
        _CANONICAL_BY_SPELLING[_spelling] = _canonical
for _count in _COUNT_UNITS:
    _CANONICAL_BY_SPELLING[_count] = _count

# 万人次, 亿元, 张/千人 … : a multiplier in front of a counted (or measured) unit
_MULTIPLIERS = {"千": 3, "万": 4, "亿": 8}

# dimension and power of ten for the units that convert into one another
_DIMENSIONS: dict[str, tuple[str, int]] = {
    **{unit: ("money", exp) for unit, exp in MONEY_EXPONENTS.items()},
    "%": ("ratio", -2),
    "‰": ("ratio", -3),
    "平方米": ("area", 0),
    "公顷": ("area", 4),
    "平方公里": ("area", 6),
    "米": ("length", 0),
    "厘米": ("length", -2),
    "毫米": ("length", -3),
    "公里": ("length", 3),
    "克": ("mass", -3),
    "毫克": ("mass", -6),
    "微克": ("mass", -9),
    "千克": ("mass", 0),
    "吨": ("mass", 3),
    # a temperature written 20度 in one column and 21℃ in another is the same scale
    "度": ("temperature", 0),
    "℃": ("temperature", 0),
}

_PRODUCT_SEPARATORS = ("·", "*", "×")


def known_units() -> tuple[str, ...]:
    """Every canonical simple unit, for documentation, pickers and tests."""
    return tuple(dict.fromkeys(_CANONICAL_BY_SPELLING.values()))


def unit_spellings() -> tuple[str, ...]:
    """Every spelling read as a simple unit (canonical or alias), longest first: what a reader
    of run-together text tries after a number."""
    return tuple(sorted(_CANONICAL_BY_SPELLING, key=len, reverse=True))


# A counted thing dealt with again and again, counted once per time (图书外借8万册次, 发放资料
# 1.2万份次): its unit then 次, as 人次, 户次, 台次 are written; not the words 次 makes of some
# (本次 this time, 首次 the first, 单次 once, 分次 in parts, 名次 and 位次 a rank, 档次 a grade).
_TIMES: Final = "次"
_COUNTED: Final = frozenset(_COUNT_UNITS)
_NOT_TIMES: Final = frozenset(
    {"本次", "首次", "单次", "分次", "名次", "位次", "座次", "档次", "级次"}
)


def _counted_times(raw: str) -> str | None:
    base = raw[: -len(_TIMES)]
    if not raw.endswith(_TIMES) or base.endswith(_TIMES) or raw in _NOT_TIMES:
        return None
    return raw if base in _COUNTED else None


def _canonical_simple(raw: str) -> str | None:
    if raw in _CANONICAL_BY_SPELLING:
        return _CANONICAL_BY_SPELLING[raw]
    # 万人次, 万平方米: a multiplier and a known unit (万元/亿元 are in the table already)
    if len(raw) > 1 and raw[0] in _MULTIPLIERS:
        base = _CANONICAL_BY_SPELLING.get(raw[1:])
        base = _counted_times(raw[1:]) if base is None and raw.endswith(_TIMES) else base
        if base is not None and base not in _MULTIPLIERS:
            return raw[0] + base
    # (most words asked about are no unit and do not end in 次: no call for them)
    return _counted_times(raw) if raw.endswith(_TIMES) else None


# What a rate is counted per and never counted alone: a site (巡查4次/点·年, 监测12次/点位),
# a head of the population a subsidy is paid per (补助5元/服务人口·年, 85元/常住人口).
# 点 alone is no unit, since 17点 is an hour of the day (每日17点前); 人口 alone is a word
_PER_ONLY_UNITS: Final = frozenset({"点", "点位", "人口", "服务人口", "常住人口", "户籍人口"})


def _canonical_product(raw: str, *, per: bool = False) -> str | None:
    """A product of units (人·年), each part known; ``per`` lets a part a rate is counted
    per and nothing counts alone (点) stand in the denominator."""
    text = raw
    for sep in _PRODUCT_SEPARATORS[1:]:
        text = text.replace(sep, "·")
    parts = [
        part if per and part in _PER_ONLY_UNITS else _canonical_simple(part)
        for part in text.split("·")
    ]
    if not parts or any(part is None for part in parts):
        return None
    return "·".join(part for part in parts if part is not None)


# a counted thing with its alternative inside the unit (头(只)次); one at the unit's end
# (台(套)) is the readers' to take as its first
_INNER_ALTERNATIVE_RE: Final = re.compile(
    r"(?P<head>[^()/]+)\((?P<other>[^()/]{1,2})\)(?P<tail>[^()/]+)"
)


def canonical_unit(raw: str) -> str | None:
    """The canonical spelling of a unit, or None when it is not a unit this table knows.

    ``canonical_unit("平米")`` → ``平方米``; ``canonical_unit("元/人")`` → ``元/人``;
    ``canonical_unit("永")`` → None (an OCR misreading, not a unit).
    """
    text = "".join(raw.split())
    if not text:
        return None
    if "(" in text and (inner := _INNER_ALTERNATIVE_RE.fullmatch(text)) is not None:
        # 万头(只)次: head or bird, counted per time, as 头只 counts livestock and poultry
        return canonical_unit(inner["head"] + inner["other"] + inner["tail"])
    whole = _canonical_simple(text)
    if whole is not None:  # Mb/s and the like are spellings of their own
        return whole
    if text.count("/") != 1:
        return _canonical_product(text) if "/" not in text else None
    numerator, denominator = text.split("/")
    top, bottom = _canonical_product(numerator), _canonical_product(denominator, per=True)
    if top is None or bottom is None:
        return None
    return f"{top}/{bottom}"


def _scale(unit: str) -> tuple[str, int]:
    """(dimension, power of ten) of a canonical simple unit; a unit alone is its own dimension."""
    if unit in _DIMENSIONS:
        return _DIMENSIONS[unit]
    if len(unit) > 1 and unit[0] in _MULTIPLIERS:
        dimension, exponent = _scale(unit[1:])
        return dimension, exponent + _MULTIPLIERS[unit[0]]
    if unit in _MULTIPLIERS:  # 250万 counts the same things as 2500000
        return "count", _MULTIPLIERS[unit]
    return f"unit:{unit}", 0


def _side_scale(side: str) -> tuple[tuple[str, ...], int]:
    scales = [_scale(part) for part in side.split("·")]
    return tuple(dim for dim, _ in scales), sum(exp for _, exp in scales)


def _compound_scale(unit: str) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    top, _, bottom = unit.partition("/")
    top_dims, top_exp = _side_scale(top)
    bottom_dims, bottom_exp = _side_scale(bottom) if bottom else ((), 0)
    return top_dims, bottom_dims, top_exp - bottom_exp


def convert_quantity(value: Decimal, from_unit: str, to_unit: str) -> Decimal:
    """Convert ``value`` from one canonical unit to another, exactly.

    Raises ValueError (in Chinese) when the units measure different things (``万元`` and ``%``).
    """
    if from_unit == to_unit:
        return value
    from_top, from_bottom, from_exp = _compound_scale(from_unit)
    to_top, to_bottom, to_exp = _compound_scale(to_unit)
    if (from_top, from_bottom) != (to_top, to_bottom):
        raise ValueError(f"单位“{from_unit}”与“{to_unit}”不是同一类量,无法换算比较")
    return shift_exponent(value, from_exp - to_exp)


def units_compatible(first: str, second: str) -> bool:
    """Whether a value in ``first`` can be converted into ``second``."""
    try:
        convert_quantity(Decimal(0), first, second)
    except ValueError:
        return False
    return True
