"""A deadline's action words are one list for the grammar and the reader's cell kinds: a
recurring deadline reads alike whatever payment it names (拨付, 兑付, 结算 …)."""

from __future__ import annotations

import pytest

from jixiao.domain.target import TargetKind, parse_target
from jixiao.ingest.general.kinds import Kind, kind_of

_VERBS = ("拨付", "发放", "兑付", "兑现", "支付", "下达", "结算", "上报", "报送")


@pytest.mark.parametrize("verb", _VERBS)
def test_a_cycles_end_with_any_payment_verb_is_a_recurring_deadline(verb: str) -> None:
    for text in (f"季度末前{verb}", f"每月底前{verb}", f"每月10日前{verb}"):
        assert parse_target(text).kind is TargetKind.QUALITATIVE, text
        assert kind_of(text) is Kind.PERIOD, text


@pytest.mark.parametrize("verb", _VERBS)
def test_a_time_limit_after_an_event_with_any_payment_verb_is_a_deadline(verb: str) -> None:
    assert kind_of(f"收到资金后30日内{verb}") is Kind.PERIOD


def test_a_cycles_end_with_no_payment_and_no_each_stays_a_names_end() -> None:
    # 月底前完成 is as often the wrapped end of a date: no recurring deadline without 每
    assert kind_of("月底前完成") is not Kind.PERIOD
    assert kind_of("兑付率") is not Kind.PERIOD


def test_a_day_given_by_its_weekday_in_a_month_is_a_time_limit() -> None:
    from jixiao.domain.target.standards import is_time_limit_phrase

    assert is_time_limit_phrase("11月第二个星期三")
    assert is_time_limit_phrase("每年4月第1个周日前")
    assert is_time_limit_phrase("6月第四周")
    # a weekday with no month, or a batch of a month: no day of the year
    assert not is_time_limit_phrase("第二个星期三")
    assert not is_time_limit_phrase("6月第四批")
