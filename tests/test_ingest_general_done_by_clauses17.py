"""A 绩效指标 clause in prose stating what is done within a limit or by a date, the act
after it (``危房鉴定申请5个工作日内办结``, ``村庄规划于2024年9月底前完成审批``), reads as
the name and the limit (≤) or the date (a period); so does the task due by a date written
before it (``2024年10月底前完成全部验收任务``). A date alone, or a clause with no act
after its limit, reads as before."""

from __future__ import annotations

from jixiao.ingest.name_target import split_name_target


def _read(clause: str) -> tuple[str, str] | None:
    read = split_name_target(clause)
    return (read[0], read[2].canonical) if read is not None else None


def test_a_limit_then_the_act_done_within_it() -> None:
    assert _read("危房鉴定申请5个工作日内办结") == ("危房鉴定申请", "≤5工作日")
    assert _read("补助资金拨付15日内到位") == ("补助资金拨付", "≤15日")


def test_a_date_then_the_act_done_by_it() -> None:
    assert _read("村庄规划于2024年9月底前完成审批") == ("村庄规划", "2024年9月底前")


def test_the_task_due_by_a_date_written_before_it() -> None:
    assert _read("2024年10月底前完成全部验收任务") == ("完成全部验收任务", "2024年10月底前")


def test_a_date_alone_or_a_limit_with_no_act_after_it_reads_as_before() -> None:
    assert _read("2024年10月底前") is None
    assert _read("群众满意度不低于90%") == ("群众满意度", "≥90%")
