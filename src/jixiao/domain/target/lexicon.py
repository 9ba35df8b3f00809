"""The grammar's vocabulary: operator words and symbols, grade ladders, standard keywords,
the number and quantity patterns, and the normalisation of a written target (full-width
forms, OCR damage that cannot mislead, spelled-out operators)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from jixiao.domain.target.model import Operator


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_MAX_LENGTH: Final = 200  # a target is a cell or a clause; longer text is a paragraph

_OPERATOR_WORDS: Final[dict[str, Operator]] = {
    "≥": Operator.GE,
    "大于等于": Operator.GE,
    "大于或等于": Operator.GE,
    "高于或等于": Operator.GE,
    "不低于": Operator.GE,
    "不少于": Operator.GE,
    "不小于": Operator.GE,
    "至少": Operator.GE,
    "最少": Operator.GE,
    "最低": Operator.GE,
    ">": Operator.GT,
    "大于": Operator.GT,
    "高于": Operator.GT,
    "多于": Operator.GT,
    "超过": Operator.GT,
    "超出": Operator.GT,
    "=": Operator.EQ,
    "等于": Operator.EQ,
    "<": Operator.LT,
    "小于": Operator.LT,
    "低于": Operator.LT,
    "少于": Operator.LT,
    "不足": Operator.LT,
    "不到": Operator.LT,
    "≤": Operator.LE,
    "小于等于": Operator.LE,
    "小于或等于": Operator.LE,
    "低于或等于": Operator.LE,
    "不高于": Operator.LE,
    "不超过": Operator.LE,
    "不多于": Operator.LE,
    "不大于": Operator.LE,
    "不超出": Operator.LE,
    "至多": Operator.LE,
    "最多": Operator.LE,
    "最高": Operator.LE,
    # OCR of scanned tables: ≤ comes out as ≪ or €; neither means anything else in a target
    "≪": Operator.LE,
    "€": Operator.LE,
}

# Verbs before a value: 达到 sets a floor unless a real operator follows (达不低于 90%),
# 控制在 a ceiling; 为/保持 only introduce the value.
_SOFT_WORDS: Final[dict[str, Operator | None]] = {
    "达到": Operator.GE,
    "达": Operator.GE,
    "控制在": Operator.LE,
    "保持在": None,
    "维持在": None,
    "保持": None,
    "为": None,
}

_SUFFIX_WORDS: Final[dict[str, Operator]] = {
    "及以上": Operator.GE,
    "或以上": Operator.GE,
    "以上": Operator.GE,
    "及以下": Operator.LE,
    "或以下": Operator.LE,
    "以下": Operator.LE,
    "以内": Operator.LE,
    "之内": Operator.LE,
    "内": Operator.LE,
}

_UPWARD: Final = frozenset({Operator.GE, Operator.GT})
_DOWNWARD: Final = frozenset({Operator.LE, Operator.LT})

# Grade ladders: a higher rank is a better result. 优良 (优 or 良) is reached by 良.
_LADDERS: Final[dict[str, dict[str, int]]] = {
    "grade": {
        "优秀": 4,
        "优": 4,
        "良好": 3,
        "良": 3,
        "优良": 3,
        "较好": 3,
        "中等": 2,
        "中": 2,
        "合格": 2,
        "及格": 2,
        "一般": 2,
        "较差": 1,
        "差": 1,
        "不合格": 1,
        "不及格": 1,
    },
    "satisfaction": {
        "非常满意": 4,
        "很满意": 4,
        "满意": 3,
        "比较满意": 3,
        "较满意": 3,
        "基本满意": 2,
        "不满意": 1,
    },
}
_LEVELS: Final = tuple(level for ladder in _LADDERS.values() for level in ladder)

# Standards that mean the same thing when a reviewer compares an actual with a target.
_SYNONYMS: Final[tuple[frozenset[str], ...]] = (
    frozenset({"按时完成", "按期完成", "如期完成", "及时完成", "按计划完成", "按进度完成"}),
    frozenset({"达标", "达到标准", "符合标准"}),
)

# Short standards accepted as written although they carry none of the keywords below.
_SHORT_STANDARDS: Final = frozenset(
    {"是", "否", "有", "完成", "达标", "全覆盖", "无", "不发生", "未发生", "零发生", "杜绝", "长效"}
    # a level in one word (可持续影响: 高; 社会效益: 较高)
    | {"高", "较高", "低", "较低", "好"}
    # a spending line capped at last year's (三公经费: 只减不增)
    | {"只减不增", "只降不升"}
)

# The qualities the 绩效评价 framework's 决策 and 过程 indicators are named after (立项依据充分性,
# 绩效目标明确性, 预算编制科学性, 资金分配合理性, 资金使用合规性, 管理制度健全性), each the
# standard of its own row (充分, 明确, 科学) and, graded (较明确, 基本合规), the row's actual:
# accepted as whole standards only, so a name with one of them inside stays a name.
_QUALITY_STANDARDS: Final = _words("充分 明确 科学 合理 合规 规范 健全 完整 清晰 严格 可行")
_QUALITY_GRADES: Final = _words("较为 比较 基本 十分 非常 较 不够 不")

# A free-text standard must say what is to happen; these are the words that do.
# Text with none of them (OCR debris such as 沙米长 仁) is not a target.
_STANDARD_KEYWORDS: Final = _words(
    "完成 达标 达到 达成 提升 提高 改善 增强 加强 保障 满意 合格 符合 有效 明显 显著 逐步 "
    "稳定 稳步 规范 健全 完善 落实 降低 减少 增加 增长 扩大 覆盖 持续 长期 正常 及时 按时 "
    "按期 如期 全面 顺利 确保 实现 促进 推动 优化 发挥 满足 通过 验收 运转 运行 良好 优秀 "
    "好转 上升 下降 控制 保持 维持 到位 取得 形成 建立 提供 开展 公开 公布 执行 办结 准确 "
    "安全 可靠 一致 无误 进一步 改进 缓解 减轻 节约 效益 效果 影响 作用 水平 缩小 杜绝 遏制 "
    "丰富 巩固 平衡 按月 按季 按季度 足额 向好 稳中 平稳 持平 "
    # a chain or a reform carried further (产业链条 不断延伸, 有所延伸; 改革 不断深化)
    "不断 有所 延伸 深化 拓展 "
    # a timeliness standard that is done at once (即时结算, 实时更新); a problem removed
    # (基本消除, 隐患全部消除)
    "即时 实时 消除 "
    # a climate grown stronger (氛围更加浓厚), a count kept at nought (动态清零), work done the
    # same day (当日清运, 当天办结)
    "浓厚 清零 当日 当天 "
    # a system or a network built in the main or at first (物流配送体系基本建成, 初步建成);
    # 建成 alone opens names (建成区绿化覆盖率) and stays out
    "基本建成 初步建成 建成投用 建成投运"
)

# A comparison with no number is still a standard when it names what it compares with
# (不低于上年, 高于全省平均水平, 不低于下达任务).
_REFERENCE_WORDS: Final = _words(
    "上年 去年 往年 上一年 历年 同期 平均 水平 标准 要求 规定 预期 计划 目标 同比 环比 任务 "
    # 不超预算: a cost held to the budget
    "预算 "
    # 不低于周边耕地, 高于同类地区: the land or places around, those of its kind
    "周边 同类"
)

_EVENT_NOUNS: Final = _words(
    "事故 事件 投诉 案件 差错 纠纷 违纪 违规 违法 伤亡 火灾 失误 舆情 问题 上访 失泄密"
)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation that tries longer words first (不低于 before 低于)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CJK: Final = r"[\u3400-\u4dbf\u4e00-\u9fff、()“”《》·]"
# What a deadline's words say is done by it (每季度首月发放, 收到资金后30日内拨付, 6月底前下达):
# the money paid or passed down, a report sent; the deadline is the target all the same
# One list for every reader of deadlines (the grammar, the general reader's cell kinds and
# its run-together cutter), so that 季度末前兑付 and 季度末前拨付 are read alike.
PAYMENT_VERBS: Final = "发放|拨付|下达|兑付|兑现|支付|到位|结算|上报|报送"
DEADLINE_VERBS: Final = rf"(?:{PAYMENT_VERBS}|完成|办结)(?:到位|完毕)?"
# A cycle's end with the action due by it, 每 left out as the genre often does (季度末前拨付,
# 每月底前发放); without 每 only an action of payment (月底前完成 is a date's wrapped end as
# often as not).
CYCLE_DUE: Final = (
    rf"(?:每个?(?:月|季度?|半年)(?:末|底)(?:前|之前)?(?:{PAYMENT_VERBS}|完成|办结)?"
    rf"|(?:月|季度?|半年)(?:末|底)(?:前|之前)(?:{PAYMENT_VERBS}))"
)
# A day of each cycle with the action due by it (每月10日前发放).
CYCLE_DAY_DUE: Final = (
    rf"每个?(?:月|季度?)[0-9]{{1,2}}(?:日|号)(?:前|之前)(?:{PAYMENT_VERBS}|完成|办结)"
)
# What a rate of money is counted by, written before its number (每生每天5元, 每人每月300元,
# 每亩200元): the head (or area) and the span of time
PER_HEAD: Final = (
    r"每(?:个|名)?(?P<head>学生|生|人次|人|户|亩|床|头)(?:每(?P<span>天|日|月|年|学期|学年))?"
)
PER_HEAD_WORDS: Final = re.sub(r"\(\?P<\w+>", "(?:", PER_HEAD)  # the same, no groups named
# A number as written: plain, with thousands commas, or with OCR spaces between its digits.
_NUMBER: Final = (
    r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]+(?: [0-9]+)*(?: ?\. ?[0-9]+(?: [0-9]+)*)?)"
)

_QUANTITY_RE: Final = re.compile(
    rf"(?P<subject>{_CJK}*?) ?(?P<soft>{_alternation(_SOFT_WORDS)})? ?"
    # 达到预计值2100: the value named between the verb and its number
    rf"(?P<op>{_alternation(_OPERATOR_WORDS)})? ?(?:预计值|预期值|目标值|计划值)? ?"
    rf"(?P<number>{_NUMBER}) ?"
    rf"(?P<unit>.*?) ?(?P<suffix>{_alternation(_SUFFIX_WORDS)})?"
)
_LADDER_RE: Final = re.compile(
    rf"(?:(?P<subject>{_CJK}*?)(?:达到|达|为|评为|被评为|评定为|获得|保持|确保|实现))?"
    rf"(?P<level>{_alternation(_LEVELS)})(?P<better>及其以上|及以上|或以上|以上)?"
    r"(?:等次|等级|档次|水平|级别|评价|结果|级|档)?"
)
_EVENT_RE: Final = re.compile(
    rf"(?:(?:{_CJK}{{0,12}}?)(?:不发生|未发生|杜绝)|(?:确保|保证|力争)?(?:全年)?(?:无|零|没有))"
    rf"(?P<event>{_CJK}{{0,12}}?(?:{_alternation(_EVENT_NOUNS)}))(?:发生)?"
)
# The event nouns as one alternation, for the general reader's cell kinds (a target cell
# stating a negated event, 安全无事故)
EVENT_NOUN_ALTERNATION: Final = _alternation(_EVENT_NOUNS)
_OR_BETTER_RE: Final = re.compile(r"(?P<core>.+?)(?:及其以上|及以上|或以上|以上)")

# --- normalisation ------------------------------------------------------------------------------

_TRANSLATION: Final = str.maketrans(
    {
        **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},  # full-width ASCII
        "\u3000": " ",
        "≧": "≥",
        "⩾": "≥",
        "≦": "≤",
        "⩽": "≤",
        "﹤": "<",
        "﹥": ">",
        "﹦": "=",
        "﹪": "%",
        "−": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "〜": "~",
        "•": "·",
        "・": "·",
        "‧": "·",
    }
)
_SPELLED_OPERATORS: Final = (
    ("≥=", "≥"),
    ("≤=", "≤"),
    (">=", "≥"),
    ("=>", "≥"),
    ("<=", "≤"),
    ("=<", "≤"),
    ("> =", "≥"),
    ("< =", "≤"),
)
# A tolerance (误差率 ±3%以内, 正负5%): the size of the deviation is held under the value.
_TOLERANCE_RE: Final = re.compile(r"^(?:±|\+/-|正负) ?(?=[0-9])")
_INCLUSIVE_RE: Final = re.compile(r"\(含\)(?=及?以[上下内])")


def _normalise(text: str) -> str:
    """Half-width, one spelling per operator symbol, single spaces, no trailing punctuation."""
    result = text.translate(_TRANSLATION)
    for spelled, symbol in _SPELLED_OPERATORS:
        result = result.replace(spelled, symbol)
    result = " ".join(result.split())
    result = _TOLERANCE_RE.sub("≤", result)
    result = _INCLUSIVE_RE.sub("", result)  # 95%(含)以上: the bound is included, as ≥ says
    # a space between two Chinese characters is layout or OCR, never meaning
    result = re.sub(rf"(?<={_CJK}) (?={_CJK})", "", result)
    return result.strip("。;,、 ")
