"""Figures and key parts in the layouts met by the sixteenth session: a 项目资金 header whose
column words are wrapped over two lines of their own (年初 / 预算数), the other columns' words
between or beside them; a month range with another dash; run-on figures before prose; a
部门整体 form's budget block run together with single spaces, and the unit's name before it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import read_form, text_source
from jixiao.ingest.general.fields import FundingFigures, _figures_after, read_funding
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.prose_budget import read_prose_budget
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.source import SourceLine


def _funding(text: str) -> list[FundingFigures]:
    return read_funding(cells_of(normalise_source(text_source(text))[0].lines))


def test_a_money_header_wrapped_column_by_column_over_tabbed_lines_is_read() -> None:
    text = (
        "项目名称\t乡村道路维护\t\t\n"
        "主管部门\t某县交通运输局\t\t实施单位\t某县公路养护站\t\n"
        "项目资金\t年初\t全年\t全年\t分值\t执行率\t得分\n"
        "(万元)\t预算数\t预算数\t执行数\t\t\t\n"
        "\t年度资金总额\t240\t260\t247\t10\t95%\t9.5\n"
        "\t其中:当年财政拨款\t240\t260\t247\t\t\t\n"
    )
    total = _funding(text)[0]
    assert total.figures == {
        Role.PRIOR: Decimal("240"),
        Role.BUDGET: Decimal("260"),
        Role.ACTUAL: Decimal("247"),
        Role.WEIGHT: Decimal("10"),
        Role.TARGET: Decimal("95"),
        Role.SCORE: Decimal("9.5"),
    }


def test_a_money_header_wrapped_with_other_columns_between_its_halves_is_read() -> None:
    # a PDF's layer printed with its layout: the 分值 line between the wrapped words' halves
    text = (
        "   项目名称        城区路灯改造\n"
        "                       年初        全年        全年\n"
        "                                                       分值    执行率    得分\n"
        "                      预算数      预算数      执行数\n"
        "   年度资金总额         88.00       92.50       90.10      20     97.41%    19.48\n"
        "   其中:财政拨款        88.00       92.50       90.10       -        -        -\n"
    )
    total = _funding(text)[0]
    assert (total.figures[Role.PRIOR], total.figures[Role.BUDGET]) == (
        Decimal("88.00"),
        Decimal("92.50"),
    )
    assert (total.figures[Role.ACTUAL], total.figures[Role.WEIGHT]) == (
        Decimal("90.10"),
        Decimal("20"),
    )
    assert total.figures[Role.SCORE] == Decimal("19.48")


def test_a_header_whose_halves_name_one_column_only_is_not_joined_by_place() -> None:
    # 年初 over 预算数 alone names a column; 资金 over 来源 names none: no pair of wrapped
    # lines, the one-line header beside them read as it is printed
    text = (
        "资金\t年初\t\n"
        "来源\t预算数\t\n"
        "项目资金\t全年预算数\t全年执行数\t执行率\n"
        "年度资金总额\t130\t117\t90%\n"
    )
    total = _funding(text)[0]
    assert total.figures[Role.BUDGET] == Decimal("130")
    assert total.figures[Role.ACTUAL] == Decimal("117")
    assert Role.PRIOR not in total.figures


def test_a_monitoring_header_whose_month_range_has_a_long_dash_is_read() -> None:
    # a Word table's 1—9月 (an em dash), 1～9月 likewise: the months' spending and its rate
    for dash in ("—", "～"):
        text = (
            "项目资金(万元)\t年初预算数\t"
            f"1{dash}9月执行数\t1{dash}9月执行率\t全年预计执行数\n"
            "年度资金总额\t520.00\t301.60\t58%\t520.00\n"
        )
        total = _funding(text)[0]
        assert total.figures[Role.ACTUAL] == Decimal("301.60")
        assert total.figures[Role.TARGET] == Decimal("58")


def test_run_on_figures_after_their_labels_are_read_up_to_the_prose_after_them(
    tmp_path: Path,
) -> None:
    # an OCR text run on: the columns' figures stand together, the goal's prose after them
    # holds amounts of its own (每亩800元) within the reach of the labels
    text = (
        "文本内容:\n"
        "苗木补植项目绩效目标自评表(2022年度)项目名称苗木补植项目实施单位某县林业站"
        "主管部门某县林业局资金情况(万元)年度资金总额全年预算数(A)全年执行数(B)执行率(B/A)"
        "其中中央补助\n"
        "210万元\n"
        "198.5万元\n"
        "94.52%年度总体目标按每亩800元标准补植苗木,完成补植2500亩"
        "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分"
        "产出指标数量指标补植面积20≥2500亩2510亩20\n"
    )
    project = read_form(tmp_path, text).projects[0]
    total = project.funding_execution[0]
    assert (total.executed, total.execution_rate) == (Decimal("198.5"), Decimal("94.52"))


def test_run_on_figures_parted_by_words_are_not_taken_as_the_columns() -> None:
    # the first figures stand apart (words between them): a run of two is not three columns
    assert _figures_after("共210万元,已拨付198.5万元,完成94.52%,另有5万元", 3) is None
    assert _figures_after("210万元198.5万元94.52%年度目标每亩800元", 3) == [
        "210万元",
        "198.5万元",
        "94.52%",
    ]


_SPACED_BLOCK = (
    "某省部门整体支出绩效目标申报表 (2025年度) 填报单位(盖公章):某县文化馆 部门名称 某县文化馆 "
    "年度收入预算 合计 一般公共预算拨入 政府基金预算拨入 上年结转 单位自有收入 "
    "年度预算(万元) 642.30 600.30 42.00 年度支出预算 合计 人员经费支出 正常公用支出 "
    "项目支出 其它支出 642.30 388.10 54.20 200.00 年度整体支出目标 保障场馆免费开放,"
    "全年举办公益展览12场以上。"
)


def test_a_budget_block_run_together_with_single_spaces_is_read_side_by_side() -> None:
    budget = read_prose_budget([SourceLine(1, _SPACED_BLOCK, (_SPACED_BLOCK,))])
    assert budget is not None
    income, spending = budget.income, budget.expenditure
    assert (income.total, income.general_public_budget) == (Decimal("642.30"), Decimal("600.30"))
    assert income.government_fund_budget == Decimal("42.00")
    assert (spending.total, spending.personnel) == (Decimal("642.30"), Decimal("388.10"))
    assert (spending.operating, spending.project) == (Decimal("54.20"), Decimal("200.00"))
    assert spending.other is None


def test_a_spaced_block_whose_parts_do_not_add_up_gives_its_total_alone() -> None:
    # three of four parts, not summing to the 合计: which columns are empty is not known
    text = (
        "年度支出预算(万元) 合计 人员经费支出 正常公用支出 项目支出 其它支出 "
        "500.00 300.00 50.00 100.00"
    )
    budget = read_prose_budget([SourceLine(1, text, (text,))])
    assert budget is not None
    assert budget.expenditure.total == Decimal("500.00")
    assert budget.expenditure.personnel is None


def test_a_spaced_block_without_a_unit_is_not_read() -> None:
    text = "年度收入预算 合计 一般公共预算拨入 上年结转 820 800 20"
    assert read_prose_budget([SourceLine(1, text, (text,))]) is None


def test_the_unit_filling_a_form_run_together_ends_at_the_next_forms_labels(
    tmp_path: Path,
) -> None:
    document = read_form(tmp_path, _SPACED_BLOCK + "\n")
    assert document.department is not None
    assert document.department.name == "某县文化馆"


def test_a_department_named_before_its_budget_request_run_together_ends_there(
    tmp_path: Path,
) -> None:
    text = (
        "部门整体支出绩效目标表(2025年度)部门名称某市档案馆年度预算申请资金总额416.80万元"
        "其中:财政拨款416.80万元其他资金0万元年度总体目标做好档案接收与数字化工作。\n"
    )
    document = read_form(tmp_path, text)
    assert document.department is not None
    assert document.department.name == "某市档案馆"


_DAMAGED_FORM = (
    "文本内容:\n"
    "{title}绩效目标自评表(2022年度)项目总得分95分项目名称{field}实施单位某县水务局"
    "主管部门某县水务局资金情况(万元)年度资金总额全年预算数(A)300全年执行数(B)执行率(B/A)"
    "年度总体目标完成灌区渠道{work}12公里,改善灌溉面积3000亩绩效指标一级指标二级指标三级指标"
    "分值年度指标值全年实际值得分产出指标数量指标渠道{work}长度20≥12公里12.5公里20\n"
)


def test_a_project_name_with_ocr_damaged_glyphs_is_read_as_its_title_gives_it(
    tmp_path: Path,
) -> None:
    # 衬砌 → 衫砌 in the 项目名称 cell; the title and the goal's words write it clean
    text = _DAMAGED_FORM.format(
        title="灌区渠道衬砌改造项目", field="灌区渠道衫砌改造项目", work="衬砌"
    )
    assert read_form(tmp_path, text).projects[0].name == "灌区渠道衬砌改造项目"


def test_a_name_differing_from_the_titles_in_words_the_text_uses_is_kept(
    tmp_path: Path,
) -> None:
    # 县 / 市: both glyphs are the text's own words, not a stray of a damaged reading
    text = _DAMAGED_FORM.format(
        title="某市灌区渠道改造项目", field="某县灌区渠道改造项目", work="某市"
    )
    assert read_form(tmp_path, text).projects[0].name == "某县灌区渠道改造项目"


def test_a_name_whose_last_words_differ_from_a_heads_phrase_is_kept(tmp_path: Path) -> None:
    # 还田工程 / 还田作业: two glyphs side by side are another word, not a damaged reading
    text = _DAMAGED_FORM.format(title="秸秆还田作业", field="秸秆还田工程", work="作业")
    assert read_form(tmp_path, text).projects[0].name == "秸秆还田工程"


def _report(sentence: str) -> str:
    return (
        "某乡绩效运行监控情况报告\n"
        f"为加强财政资金管理,提高资金使用效益,{sentence},现将有关情况报告如下:\n"
        "一、绩效目标设定情况\n"
        "1.数量指标:新修村组道路≥6公里。\n"
        "2.质量指标:工程验收合格率100%。\n"
    )


def test_the_project_a_reports_sentence_names_after_its_units_duty_is_read(
    tmp_path: Path,
) -> None:
    for sentence in (
        "某乡人民政府对2025年度实施的石门村道路硬化项目开展绩效目标运行监控",
        "某乡人民政府对2025年石门村道路硬化项目1-6月绩效目标实现情况开展了监控",
        "某乡人民政府对2025年实施的石门村道路硬化项目开展了1-6月绩效运行监控",
    ):
        document = read_form(tmp_path, _report(sentence))
        assert document.projects[0].name == "石门村道路硬化项目", sentence


def test_a_reports_sentence_naming_no_project_gives_none(tmp_path: Path) -> None:
    # the unit's whole year is monitored: no project's word before the genre's
    document = read_form(tmp_path, _report("某乡人民政府对2025年度部门整体支出开展绩效运行监控"))
    assert not document.projects or document.projects[0].name is None


def test_a_years_department_budget_stated_without_a_total_word_is_read() -> None:
    for sentence in (
        "2025年市档案局全年部门预算865.20万元,围绕档案资源建设开展工作。",
        "本局2025年部门预算865.20万元,较上年有所增加。",
    ):
        budget = read_prose_budget([SourceLine(1, sentence, (sentence,))])
        assert budget is not None, sentence
        assert budget.income.total == Decimal("865.20")


def test_a_department_budget_without_its_year_or_whole_is_not_the_budget() -> None:
    # 部门预算 inside a clause on a project's share: no year's, no whole's word before it
    sentence = "本项目占部门预算320万元的比例较高。"
    assert read_prose_budget([SourceLine(1, sentence, (sentence,))]) is None


def test_the_money_sent_under_the_projects_own_name_is_its_budget(tmp_path: Path) -> None:
    text = (
        _report("某乡人民政府对2025年度实施的石门村道路硬化项目开展绩效目标运行监控")
        + "县交通运输局下达石门村道路硬化项目资金64万元,其中:县级资金64万元。\n"
    )
    assert read_form(tmp_path, text).projects[0].budget == Decimal("64")


def test_the_money_of_a_batch_of_projects_is_no_ones_budget(tmp_path: Path) -> None:
    text = (
        _report("某乡人民政府对2025年度实施的石门村道路硬化项目开展绩效目标运行监控")
        + "县交通运输局下达各村道路项目资金640万元。\n"
    )
    assert read_form(tmp_path, text).projects[0].budget is None


def _transfer_form(league_row: str) -> str:
    return (
        "草原生态保护补助奖励资金区域绩效目标表\n"
        "(2025年度)\n"
        "转移支付名称\t草原生态保护补助奖励资金\n"
        "省级财政部门\t内蒙古自治区财政厅\t省级主管部门\t内蒙古自治区林业和草原局\n"
        f"{league_row}\n"
        "资金情况(万元)\t年度金额:\t52300\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t禁牧面积\t≥1200万亩\n"
    )


def test_a_leagues_supervising_department_is_the_transfers_unit(tmp_path: Path) -> None:
    text = _transfer_form("盟市财政部门\t锡林郭勒盟财政局\t盟市主管部门\t锡林郭勒盟林业和草原局")
    document = read_form(tmp_path, text)
    assert document.department is not None
    assert document.department.name == "锡林郭勒盟林业和草原局"


def test_a_leagues_finance_bureau_is_no_supervising_department(tmp_path: Path) -> None:
    text = _transfer_form("盟市财政部门\t锡林郭勒盟财政局")
    document = read_form(tmp_path, text)
    assert document.department is not None
    assert document.department.name == "内蒙古自治区林业和草原局"


def test_a_town_government_written_in_full_after_its_county_is_read_so(tmp_path: Path) -> None:
    text = (
        "石门县龙池镇2025年衔接资金项目绩效运行监控报告\n"
        "发布时间:2025-09-10 来源:石门县龙池镇人民政府\n"
        "为加强衔接资金管理,龙池镇人民政府对2025年实施的青山村茶园提升项目开展了"
        "1-8月绩效运行监控,现将有关情况报告如下:\n"
        "1.数量指标:新建茶园步道≥2公里。\n"
    )
    document = read_form(tmp_path, text)
    assert document.department is not None
    assert document.department.name == "石门县龙池镇人民政府"


def test_a_county_bureau_is_not_lengthened_by_a_county_before_it(tmp_path: Path) -> None:
    # only a town's government takes its county: a bureau named after 县 stays as read
    text = (
        "某县水务局2025年项目绩效运行监控报告\n"
        "来源:甲乙县某县水务局\n"
        "为加强资金管理,某县水务局对2025年实施的河道清淤项目开展了绩效运行监控。\n"
        "1.数量指标:清淤河道≥5公里。\n"
    )
    document = read_form(tmp_path, text)
    assert document.department is not None
    assert document.department.name == "某县水务局"
