"""A project's money as the prose of a monitoring or evaluation report states it (session 15):
the fund's own name between the place it is sent to and the amount (``下达我市…资金``), and the
money named before how much of it is paid out (``补助资金已支付…万元``)."""

from __future__ import annotations

from decimal import Decimal

from general_support import text_source
from jixiao.ingest.general.fields import read_prose_funding
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.vocabulary import Role


def _money(text: str) -> dict[Role, Decimal]:
    funding = read_prose_funding(normalise_source(text_source(text))[0].lines)
    return dict(funding.figures) if funding is not None else {}


def test_a_funds_name_between_its_receiver_and_its_amount_is_the_budget() -> None:
    text = "2024年市财政局下达本区城乡供水一体化补助资金1,240.50万元，用于管网改造。\n"
    assert _money(text)[Role.BUDGET] == Decimal("1240.50")


def test_money_named_before_what_is_paid_out_is_the_executed_amount() -> None:
    text = "下达我镇人居环境整治资金96万元。截至9月底，补助资金已支付58.2万元，支出进度60.6%。\n"
    money = _money(text)
    assert money[Role.BUDGET] == Decimal("96")
    assert money[Role.ACTUAL] == Decimal("58.2")
    assert money[Role.TARGET] == Decimal("60.6")


def test_money_already_sent_to_the_place_is_no_budget() -> None:
    # near miss: 已下达 is a part paid so far, not the year's whole
    text = "上级已下达我县学生资助资金320万元，其余资金年底前到位。\n"
    assert Role.BUDGET not in _money(text)


def test_a_task_sent_to_the_place_without_money_is_no_budget() -> None:
    # near miss: the receiver and a target, no 资金 before the amount
    assert _money("省里下达我县造林任务3.5万亩，资金另行安排。\n") == {}


def test_money_paid_out_to_a_place_without_an_amount_is_nothing() -> None:
    # near miss: 资金已拨付 followed by where it went, no amount after it
    assert Role.ACTUAL not in _money("项目资金已拨付至各乡镇，共惠及农户1200户。\n")
