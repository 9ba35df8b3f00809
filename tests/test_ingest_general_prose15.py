"""Reports' and department texts' prose and run-on forms met by session 15: a project's money
as a monitoring report's prose states it (the fund's own name between the place it is sent to
and the amount, ``下达我市…资金``; the money named before how much of it is paid out,
``补助资金已支付…万元``), and a time limit's name run together with the event its limit is
counted from (``办结时限受理之日起15个工作日内``); a report's line under a heading of its
label opening with the target (``(三)满意度指标`` over ``…满意度≥90%,…``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.department_fiscal import read_department_fiscal
from jixiao.ingest.general.fields import read_prose_funding
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.prose import read_prose_targets
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.source import SourceLine


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


_RUNON_FORM = (
    "某县行政审批局2025年部门整体支出绩效目标表 部门名称某县行政审批局年度预算(万元)"
    "资金总额820.00其中:财政拨款820.00其他资金0一级指标二级指标三级指标指标值"
    "产出指标数量指标办理审批事项≥6000件质量指标审批材料归档率100%时效指标{limit}"
    "成本指标窗口运行经费≤45万元满意度指标服务对象满意度指标办事群众满意度≥95%\n"
)


def _targets(tmp_path: Path, limit: str) -> dict[str, str]:
    document = read_form(tmp_path, _RUNON_FORM.format(limit=limit))
    return {item.name: item.target.text for _, item in document.all_indicators() if item.target}


def test_a_time_limits_name_then_the_event_its_limit_counts_from(tmp_path: Path) -> None:
    targets = _targets(tmp_path, "审批事项办结时限受理之日起15个工作日内")
    assert targets["审批事项办结时限"] == "受理之日起15个工作日内"
    assert targets["窗口运行经费"] == "≤45万元"


def test_a_term_counted_from_an_event_after_its_name(tmp_path: Path) -> None:
    targets = _targets(tmp_path, "补贴资金拨付期限审核通过后20日内")
    assert targets["补贴资金拨付期限"] == "审核通过后20日内"


def test_a_time_limit_with_a_ceiling_keeps_its_name_whole(tmp_path: Path) -> None:
    # near miss: the name then a quantity, no event between them
    targets = _targets(tmp_path, "审批事项办结时限≤15个工作日")
    assert targets["审批事项办结时限"] == "≤15个工作日"


def test_a_recurring_deadline_after_a_time_limits_name_stays(tmp_path: Path) -> None:
    # near miss: the deadline opens with 每 (the older reading), not with the event
    targets = _targets(tmp_path, "补贴资金拨付时限每季度结束后10个工作日内")
    assert targets["补贴资金拨付时限"] == "每季度结束后10个工作日内"


def _prose(text: str) -> list[tuple[str, str, str | None]]:
    lines = [SourceLine(n, raw, (raw,)) for n, raw in enumerate(text.splitlines(), start=1)]
    return [
        (item.name, item.phrase, item.category.value if item.category else None)
        for item in read_prose_targets(lines)
    ]


def test_a_line_under_a_label_heading_opens_with_its_target() -> None:
    text = "(二)效益指标\n(三)满意度指标\n参训学员满意度不低于92%,培训结束后组织问卷测评。\n"
    assert _prose(text) == [("参训学员满意度", "不低于92%", "satisfaction")]


def test_a_line_of_progress_under_a_label_heading_is_no_target() -> None:
    # near miss: the figure achieved so far, no comparison stating a target
    text = "(一)数量指标\n改造农村危房320户,完成率64%。\n"
    assert _prose(text) == []


def test_a_line_under_a_paragraph_is_no_target() -> None:
    # near miss: the same sentence under prose, not under a heading of a label
    text = "项目总体进展顺利。\n参训学员满意度不低于92%,培训结束后组织问卷测评。\n"
    assert _prose(text) == []


def test_a_units_alternative_in_brackets_after_a_prose_target() -> None:
    text = "1.数量指标:配发应急救援装备48台(套);培训救援队员300人次。\n"
    assert _prose(text)[0] == ("配发应急救援装备", "48台", "output")


def test_a_note_in_brackets_after_a_prose_figure_is_no_unit() -> None:
    # near miss: the bracket holds words, not a unit
    assert _prose("1.数量指标:新建应急物资仓库1座(含附属用房)。\n") == []


def test_a_lists_line_of_one_name_and_target_under_a_heading_is_left_to_the_list() -> None:
    # near miss: a name and its target alone, no sentence going on past it (a table's or a
    # list's row, read as the rows of its kind)
    assert _prose("(一)数量指标\n新建村级文化广场≥4处\n") == []


def test_a_branch_of_a_drawn_tree_under_a_heading_is_left_to_the_tree() -> None:
    assert _prose("(一)数量指标\n├─新建村级文化广场≥4处,按计划推进\n") == []


_RUNON_SELF_EVALUATION = (
    "某县水利局2023年度农村饮水安全工程项目绩效自评报告 一、项目基本情况 具体完成情况详见下表:"
    "一级指标二级指标三级指标指标值实际完成值产出指标数量指标新建集中供水工程>=12处12处"
    "质量指标水质检测合格率>=95%97%效益指标社会效益指标{row}"
    "满意度指标服务对象满意度指标受益群众满意度>=90%93%\n二、存在问题\n"
)


def _runon_rows(tmp_path: Path, row: str) -> dict[str, tuple[str, str | None]]:
    document = read_form(tmp_path, _RUNON_SELF_EVALUATION.format(row=row))
    return {
        item.name: (item.target.text, item.target.standard)
        for _, item in document.all_indicators()
        if item.target is not None
    }


def test_an_equals_sign_before_a_standard_parts_it_from_its_name(tmp_path: Path) -> None:
    rows = _runon_rows(tmp_path, "农村群众饮水条件=明显改善已完成供水保证率>=95%96%")
    assert rows["农村群众饮水条件"][1] == "明显改善"
    assert rows["供水保证率"][0] == ">=95%"


def test_a_signed_standard_and_its_actual_repeating_it(tmp_path: Path) -> None:
    rows = _runon_rows(tmp_path, "饮水安全保障水平=稳步提升稳步提升供水保证率>=95%96%")
    assert rows["饮水安全保障水平"][1] == "稳步提升"
    assert rows["供水保证率"][0] == ">=95%"


def test_an_equals_sign_before_a_figure_stays_a_quantity(tmp_path: Path) -> None:
    # near miss: the sign before a number, the comparison it is
    rows = _runon_rows(tmp_path, "供水工程建成率=100%100%")
    assert rows["供水工程建成率"][0] == "=100%"


def _department_fiscal(text: str) -> Decimal | None:
    found = read_department_fiscal(normalise_source(text_source(text))[0].lines)
    return found.amount if found is not None else None


def test_a_fiscal_part_glued_after_the_total_of_a_form_run_together() -> None:
    text = (
        "部门整体支出绩效目标表(2024年度)部门名称某县林业局年度预算(万元)资金总额962.40"
        "其中:财政拨款915.40其他资金47.00年度总体目标加强森林资源保护。\n"
    )
    assert _department_fiscal(text) == Decimal("915.40")


def test_another_part_glued_after_the_total_is_no_fiscal_sum() -> None:
    # near miss: the total's part is another source of money
    text = "年度预算(万元)资金总额962.40其中:上级补助915.40其他资金47.00年度总体目标…\n"
    assert _department_fiscal(text) is None


def test_progress_opening_with_what_is_done_so_far_is_the_actual() -> None:
    text = "1.数量指标。年度目标:新建村级卫生室≥6所,已建成4所;培训乡村医生≥120人次,已培训95人次。\n"
    lines = [SourceLine(1, text, (text,))]
    found = [(item.name, item.phrase, item.actual) for item in read_prose_targets(lines)]
    assert found == [("新建村级卫生室", "≥6所", "4所"), ("培训乡村医生", "≥120人次", "95人次")]


def test_a_name_opening_with_already_and_no_figure_after_the_verb_stays_a_name() -> None:
    # near miss: 已 then a name's words, its target after them
    text = "1.数量指标:已脱贫人口参保人数≥3200人。\n"
    found = [item.name for item in read_prose_targets([SourceLine(1, text, (text,))])]
    assert found == ["已脱贫人口参保人数"]
