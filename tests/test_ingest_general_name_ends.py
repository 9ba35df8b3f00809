"""A name whose last words are 机制 (长效管护机制, 运行管理机制) ends as a whole name does: a
qualitative indicator's, as a measure's 率 or 数量 ends one; a name cut before it is no whole."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.kinds import ends_as_name
from jixiao.ingest.general.vocabulary import Role


def test_a_mechanism_ends_a_name() -> None:
    assert ends_as_name("农村人居环境长效管护机制")
    assert ends_as_name("村级公益设施运行管理机制")


def test_a_name_cut_before_its_mechanism_does_not_end_as_one() -> None:
    assert not ends_as_name("农村人居环境长效管护")


# a web table copied one cell a line, a name wrapped before its last word
_ONE_A_LINE = """\
一级指标
二级指标
三级指标
指标值
产出指标
数量指标
新建村级妇女儿童之家数量
≥30个
效益指标
可持续影响指标
农村人居环境长效管护
机制
逐步建立
满意度指标
服务对象满意度指标
受益家庭满意度
≥90%
"""


def test_a_name_wrapped_before_its_mechanism_is_read_whole() -> None:
    assert [(row[Role.NAME], row.get(Role.TARGET)) for row in table_rows(_ONE_A_LINE)] == [
        ("新建村级妇女儿童之家数量", "≥30个"),
        ("农村人居环境长效管护机制", "逐步建立"),
        ("受益家庭满意度", "≥90%"),
    ]
