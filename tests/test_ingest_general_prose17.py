"""Targets a budget text or a report states in prose (session 17): a project's paragraph
whose first 二级 label follows the goal's lead and its colon (``绩效目标:数量指标:…``), and the
unit such a text is about when it is an office named 处 (``某某管理处2025年部门预算公开说明``),
a task opening with its verb and bounded (``完成…不少于800户``), a deadline before the task due
by it (``…月底前拨付…``), a goal section's standard glued to its name (``…能力有所提高``), and
a change's size alone against last year (``较上年提高1.5个百分点``) and a rank among the first
few (``全省前5名``), each read as a table's cell is: the standard as written."""

from __future__ import annotations

from jixiao.domain.framework import Category
from jixiao.domain.target import TargetKind
from jixiao.ingest.general.issuer import issuing_unit
from jixiao.ingest.general.prose import ProseTarget, read_prose_targets
from jixiao.ingest.general.prose_parts import read_prose_parts
from jixiao.ingest.source import SourceLine


def _read(*texts: str) -> list[ProseTarget]:
    lines = [SourceLine(n, text, (text,)) for n, text in enumerate(texts, start=1)]
    return read_prose_targets(lines)


def _named(found: list[ProseTarget]) -> list[tuple[str, str]]:
    return [(item.name, item.target.canonical) for item in found]


def test_a_label_after_the_goals_lead_and_its_colon_opens_the_projects_first_item() -> None:
    found = _read(
        "2.城区绿道养护经费(84万元)。绩效目标:数量指标:养护绿道长度≥36公里;新植行道树"
        "≥500株。质量指标:苗木成活率≥90%。"
    )
    assert _named(found) == [
        ("养护绿道长度", "≥36公里"),
        ("新植行道树", "≥500株"),
        ("苗木成活率", "≥90%"),
    ]
    assert found[0].subcategory is not None and found[0].category is Category.OUTPUT


def test_a_label_after_a_lead_at_the_lines_start_is_an_item_too() -> None:
    found = _read("年度绩效目标:时效指标:设备采购完成时间2025年6月底前。")
    assert _named(found) == [("设备采购完成时间", "2025年6月底前")]


def test_a_goal_sentence_after_the_lead_opens_no_item() -> None:
    # near miss: the lead's colon stands before a sentence that names 指标 but no label
    found = _read("总体目标:全面完成年度各项绩效指标。群众满意度较高。")
    assert found == []


def test_an_office_named_before_the_titles_year_is_the_unit() -> None:
    lines = ["新宁县崀山风景名胜区管理处2025年部门预算公开说明", "来源:本站"]
    assert issuing_unit(lines) == "新宁县崀山风景名胜区管理处"


def test_a_title_whose_words_hold_the_glyph_before_no_year_names_no_office() -> None:
    # near miss: 处 inside a word (污水处理) before other words, not before the year
    assert issuing_unit(["城区污水处理厂运行经费2025年绩效目标表", "单位:万元"]) is None


def test_a_task_opening_with_its_verb_and_bounded_is_a_target_not_the_achieved() -> None:
    found = _read("1.数量指标:新建污水管网长度12公里;完成农户改厕不少于800户;培训管护人员60人。")
    assert _named(found) == [
        ("新建污水管网长度", "12公里"),
        ("完成农户改厕", "≥800户"),
        ("培训管护人员", "60人"),
    ]
    assert found[0].actual is None


def test_a_figure_after_the_verb_alone_is_still_what_was_achieved() -> None:
    # near miss: 完成 then a figure, no object and no bound: the target above, achieved
    found = _read("1.数量指标:新建污水管网长度≥12公里,完成9.6公里。")
    assert _named(found) == [("新建污水管网长度", "≥12公里")]
    assert found[0].actual == "9.6公里"


def test_a_deadline_before_the_task_due_by_it_is_the_tasks_target() -> None:
    found = _read(
        "3.时效指标:2025年11月底前拨付全部奖补资金。", "4.时效指标:6月30日前完成设备安装调试。"
    )
    assert _named(found) == [
        ("拨付全部奖补资金", "2025年11月底前"),
        ("完成设备安装调试", "6月30日前"),
    ]


def test_a_year_before_the_task_is_no_deadline() -> None:
    # near miss: a year alone says when, not by when; nothing is read as a deadline
    assert _read("3.时效指标:2025年完成设备安装调试。") == []


def _goal_section_indicators(statement: str) -> list[tuple[str, str]]:
    texts = ["二、分项绩效目标", "(一)保障文化惠民工作", "绩效目标:丰富群众文化生活。", statement]
    lines = [SourceLine(n, text, (text,)) for n, text in enumerate(texts, start=1)]
    parts = read_prose_parts(lines, "budget.txt")
    return [
        (i.name, i.target.canonical if i.target else "") for i in parts.goal_sections[0].indicators
    ]


def test_a_goal_sections_standard_glued_to_its_name_is_read() -> None:
    found = _goal_section_indicators(
        "绩效指标:送戏下乡场次不少于60场,农家书屋图书更新率达到10%,基层文化服务能力有所增强。"
    )
    assert found == [
        ("送戏下乡场次", "≥60场"),
        ("农家书屋图书更新率", "≥10%"),
        ("基层文化服务能力", "有所增强"),
    ]


def test_a_goal_sections_clause_of_duty_stays_unread() -> None:
    # near miss: a clause saying what must be ensured, with no degree word, is no standard
    found = _goal_section_indicators("绩效指标:送戏下乡场次不少于60场,确保演出安全有序。")
    assert found == [("送戏下乡场次", "≥60场")]


def test_a_change_against_last_year_after_the_target_column_is_the_standard_as_written() -> None:
    found = _read(
        "1.经济效益指标:林下经济产值占比目标值较上年提高1.5个百分点,实际提高1.7个百分点。"
    )
    assert _named(found) == [("林下经济产值占比", "较上年提高1.5个百分点")]
    assert found[0].actual == "提高1.7个百分点"


def test_a_change_against_last_year_glued_to_its_name_is_cut_from_it() -> None:
    found = _read("2.社会效益指标:城乡居民参保率同比提升3个百分点;新增就业人数不少于900人。")
    assert _named(found) == [("城乡居民参保率", "同比提升3个百分点"), ("新增就业人数", "≥900人")]


def test_a_goal_sections_change_against_last_year_is_its_standard() -> None:
    found = _goal_section_indicators(
        "绩效指标:公共文化设施免费开放率达到100%,群众参与率较上年提高2个百分点。"
    )
    assert found == [("公共文化设施免费开放率", "≥100%"), ("群众参与率", "较上年提高2个百分点")]


def test_a_bounded_change_against_last_year_keeps_its_bound() -> None:
    # near miss: 以上 bounds the change, which the grammar reads as a floor (as in a table)
    found = _read("2.社会效益指标:农产品网络零售额较上年增长8%以上。")
    assert [item.target.canonical for item in found] == ["≥8%"]


def test_a_rank_among_the_first_few_after_the_target_column_is_the_standard() -> None:
    found = _read("1.社会效益指标:营商环境评价排名目标为全省前5名,实际全省第4名。")
    assert _named(found) == [("营商环境评价排名", "全省前5名")]
    assert found[0].target.kind is TargetKind.QUALITATIVE


def test_a_rank_glued_to_its_name_is_cut_from_it() -> None:
    found = _read("2.社会效益指标:文明城市测评成绩全市前10位;群众知晓率≥85%。")
    assert _named(found) == [("文明城市测评成绩", "全市前10位"), ("群众知晓率", "≥85%")]


def test_a_rank_bounded_in_words_keeps_its_bound() -> None:
    # near miss: 以内 bounds the place, which the grammar reads as a ceiling
    found = _read("2.社会效益指标:平安建设考评排名目标为前10名以内。")
    assert [item.target.canonical for item in found] == ["≤10名"]


def test_a_goal_sections_deadline_before_its_task_is_read() -> None:
    found = _goal_section_indicators("绩效指标:送戏下乡场次不少于60场,10月底前完成全部演出。")
    assert found == [("送戏下乡场次", "≥60场"), ("完成全部演出", "10月底前")]
