"""A target table run together (a document-sharing site's text of a ``.docx``) where a row's
standard in words is glued to its name with no target column filled: the standard opens
with a word the genre's standards open with, a level to reach (``达到Ⅲ类水质标准``), a
cycle kept (``按季度预拨``), a duty placed (``落实到村到户``), a water class (``Ⅳ类及以上``)
or a yearly degree (``逐年减少``), and is cut off the name as its target (session 19)."""

from __future__ import annotations

from general_support import table_rows
from jixiao.domain.target import parse_target
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role

_TABLE = (
    "年度绩效指标一级指标二级指标指标内容指标值备注"
    "产出指标数量指标改造供水管网长度12公里"
    "时效指标补助资金拨付及时性按季度预拨"
    "效益指标生态效益指标出境断面水质达到Ⅱ类水质标准"
    "生态效益指标支流河道水质Ⅲ类及以上"
    "生态效益指标畜禽养殖粪污排放量逐年减少"
    "可持续影响指标河道保洁责任落实到村到户"
    "满意度指标服务对象满意度指标沿河群众满意度≥90%"
)


def _rows(text: str) -> dict[str, dict[Role, str]]:
    return {row[Role.NAME]: row for row in table_rows(text) if Role.NAME in row}


def test_a_level_to_reach_glued_to_its_name_is_the_target() -> None:
    assert _rows(_TABLE)["出境断面水质"][Role.TARGET] == "达到Ⅱ类水质标准"


def test_a_water_class_glued_to_its_name_is_the_target() -> None:
    assert _rows(_TABLE)["支流河道水质"][Role.TARGET] == "Ⅲ类及以上"


def test_a_cycle_kept_glued_to_its_name_is_the_target() -> None:
    assert _rows(_TABLE)["补助资金拨付及时性"][Role.TARGET] == "按季度预拨"


def test_a_duty_placed_glued_to_its_name_is_the_target() -> None:
    assert _rows(_TABLE)["河道保洁责任"][Role.TARGET] == "落实到村到户"


def test_a_yearly_degree_glued_to_its_name_is_the_target() -> None:
    assert _rows(_TABLE)["畜禽养殖粪污排放量"][Role.TARGET] == "逐年减少"


def test_a_water_class_or_better_keeps_its_words_as_the_standard() -> None:
    # the numerals rank the other way from the water's quality: kept as written
    target = parse_target("Ⅲ类及以上")
    assert (target.standard, target.or_better) == ("Ⅲ类及以上", False)


def test_a_name_saying_a_class_or_a_duty_is_left_whole() -> None:
    text = _TABLE.replace("出境断面水质达到Ⅱ类水质标准", "达到Ⅱ类水质断面比例≥80%").replace(
        "河道保洁责任落实到村到户", "河道保洁责任落实情况"
    )
    rows = _rows(text)
    assert rows["达到Ⅱ类水质断面比例"][Role.TARGET] == "≥80%"
    assert Role.TARGET not in rows["河道保洁责任落实情况"]
    assert kind_of("水质达标率") is Kind.NAME


def test_a_measure_after_the_opening_word_is_left_whole() -> None:
    # 按时 opens the name's own measure (按时拨付率): no standard ends the name
    rows = _rows(_TABLE.replace("补助资金拨付及时性按季度预拨", "补助资金按季度拨付率100%"))
    assert rows["补助资金按季度拨付率"][Role.TARGET] == "100%"


def test_an_equals_sign_run_into_the_name_is_folded_away() -> None:
    # a 指标性质 column's ``=`` between the name and its standard in words
    text = _TABLE.replace("畜禽养殖粪污排放量逐年减少", "村民环境卫生意识=逐步增强")
    assert _rows(text)["村民环境卫生意识"][Role.TARGET] == "逐步增强"


def test_the_next_goals_tables_title_is_no_word_of_the_standard_before_it() -> None:
    text = (
        "长期绩效指标一级指标二级指标指标内容指标值备注效益指标生态效益指标"
        "畜禽养殖粪污排放量逐年减少年度绩效指标一级指标二级指标指标内容指标值备注"
        "产出指标数量指标改造供水管网长度12公里"
    )
    rows = _rows(text)
    assert rows["畜禽养殖粪污排放量"][Role.TARGET] == "逐年减少"
    assert rows["改造供水管网长度"][Role.TARGET] == "12公里"
