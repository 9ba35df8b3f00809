"""Budget figures a report's prose states in the wordings met by the eighteenth session: the
rate of what is paid out (拨付率, 支付进度) right after the amount paid, an amount paid out so
far with no 资金 named (已拨付48万元), what is spent by a date (截至6月30日执行…), a project's
年度预算, money sent (下达) to a named receiver, and money sent in parts then summed."""

from __future__ import annotations

from decimal import Decimal

from general_support import text_source
from jixiao.ingest.general.fields import FundingFigures, read_prose_funding
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.vocabulary import Role


def _funding(text: str) -> FundingFigures | None:
    return read_prose_funding(normalise_source(text_source(text))[0].lines)


def _figure(text: str, role: Role) -> Decimal | None:
    funding = _funding(text)
    return funding.figures.get(role) if funding is not None else None


# the rate of what is paid, right after the amount paid


def test_a_payment_rate_after_the_amount_paid_is_the_execution_rate() -> None:
    text = "项目资金共计240万元,截至7月底资金已拨付150万元,拨付率62.5%。\n"
    assert _figure(text, Role.TARGET) == Decimal("62.5")
    assert _figure(text, Role.ACTUAL) == Decimal("150")


def test_a_payment_progress_named_for_the_funds_is_the_execution_rate() -> None:
    text = "截至9月30日,该项目资金已支付318万元,资金支付进度74%,其余资金待验收后支付。\n"
    assert _figure(text, Role.TARGET) == Decimal("74")


def test_a_payment_rate_with_no_amount_before_it_is_a_target_not_the_rate() -> None:
    # 资金拨付率100% alone: an indicator's target, not how much of the budget is paid
    text = "项目预算资金80万元。质量指标:补助资金拨付率100%,验收合格率100%。\n"
    assert _figure(text, Role.TARGET) is None
    assert _figure(text, Role.BUDGET) == Decimal("80")


# what is paid out so far, no 资金 named before or after 已拨付


def test_an_amount_paid_opening_a_clause_is_the_money_spent() -> None:
    text = "项目资金共75万元,已支付41.2万元,支出进度55%。\n"
    assert _figure(text, Role.ACTUAL) == Decimal("41.2")


def test_an_amount_paid_by_a_date_is_the_money_spent() -> None:
    text = "项目资金共75万元,截至10月底已拨付52.5万元,道路硬化已完工。\n"
    assert _figure(text, Role.ACTUAL) == Decimal("52.5")


def test_an_amount_paid_inside_a_clause_is_not_the_money_spent() -> None:
    # paid to the farmers by a cooperative: no clause opens with the payment
    text = "项目资金共75万元,合作社向农户已支付租金3万元。\n"
    assert _figure(text, Role.ACTUAL) is None


# what is executed by a date; a standard per head is no sum of money


def test_an_amount_executed_by_a_day_is_the_money_spent() -> None:
    text = "该项目年初预算860.00万元，截至9月30日执行512.40万元，预算执行率59.58%。\n"
    assert _figure(text, Role.ACTUAL) == Decimal("512.40")


def test_an_amount_per_head_is_no_money_spent() -> None:
    # a cost indicator's actual (实际执行900元/人) is a standard, not the money executed
    text = "该项目年初预算860.00万元。\n成本指标:补助标准≤900元/人,实际执行900元/人。\n"
    assert _figure(text, Role.ACTUAL) is None


# a project's 年度预算


def test_a_projects_year_budget_is_its_budget() -> None:
    text = "2024年村级道路提升项目年度预算1260万元,其中省级资金800万元。\n"
    assert _figure(text, Role.BUDGET) == Decimal("1260")


# money sent to a named receiver


def test_money_sent_to_a_town_is_the_budget() -> None:
    text = "县农业农村局下达石桥乡衔接推进乡村振兴补助资金135万元,用于新建冷库2座。\n"
    assert _figure(text, Role.BUDGET) == Decimal("135")


def test_money_sent_to_an_office_is_the_budget() -> None:
    text = "下达某某县林业局省级森林防火专项资金1,048.50万元,用于购置扑火装备。\n"
    assert _figure(text, Role.BUDGET) == Decimal("1048.50")


def test_money_sent_to_every_town_or_sent_already_is_not_the_budget() -> None:
    assert _figure("下达各乡镇衔接资金600万元,全部用于产业发展。\n", Role.BUDGET) is None
    assert _figure("已下达石桥乡衔接资金135万元。\n", Role.BUDGET) is None


def test_money_sent_in_parts_then_summed_is_the_sum() -> None:
    text = (
        "下达某某县民政局中央困难群众救助补助资金(临时救助)215.00万元,"
        "下达某某县民政局省级困难群众救助资金86.50万元,共计301.50万元,现报告如下。\n"
    )
    assert _figure(text, Role.BUDGET) == Decimal("301.50")


def test_money_sent_in_parts_then_sent_in_all_is_the_sum() -> None:
    text = (
        "下达某某县卫健委中央基本公共卫生服务补助资金612.80万元,"
        "下达某某县卫健委省级基本公共卫生服务补助资金153.20万元,共计下达资金766.00万元。\n"
    )
    assert _figure(text, Role.BUDGET) == Decimal("766.00")


def test_money_sent_in_parts_with_no_sum_is_no_budget() -> None:
    # no 共计: each part is a part of the money, none of them the whole
    text = "下达石桥乡衔接资金135万元,下达石桥乡以工代赈资金40万元。\n"
    assert _figure(text, Role.BUDGET) is None
