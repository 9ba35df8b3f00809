"""Tables in damaged layouts: a form run together on one line by a document-sharing site's
preview (a 指标解释 glued to its name, a recurring deadline cut by the vocabulary, a money
block's label glued to the unit before it); a text PDF's layer whose narrow columns wrap
cells onto the line below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from general_support import table_rows, text_source
from jixiao.domain.model import FundingSource
from jixiao.domain.target import Operator, parse_target
from jixiao.domain.units import canonical_unit
from jixiao.ingest.cells import read_target_cell
from jixiao.ingest.general.doubts import share_over_whole
from jixiao.ingest.general.fields import read_funding, read_total_score
from jixiao.ingest.general.glued import split_glued_row
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.normalise import ocr_digits
from jixiao.ingest.general.stream import cells_of
from jixiao.ingest.general.table import split_glued_target
from jixiao.ingest.general.vocabulary import Role
from jixiao.ingest.pipeline import parse_file

_RUNON = (
    "某县2025年农村饮水安全维修养护项目支出绩效目标表\n"
    "项目名称农村饮水安全维修养护主管部门某县水务局实施单位某县农村供水站"
    "项目资金(万元)年度资金总额86.50其中:财政拨款86.50其他资金0"
    "年度总体目标完成农村供水工程维修养护,保障群众饮水安全。"
    "一级指标二级指标三级指标指标解释指标值"
    "产出指标数量指标维修养护供水工程处数反映维修养护工作量≥35处"
    "质量指标维修工程验收合格率衡量工程建设质量100%"
    "时效指标维修资金拨付时限反映资金拨付及时性每季度结束后15日内"
    "效益指标可持续影响指标供水工程运行管护机制是指管护制度的建立长期有效"
    "满意度指标服务对象满意度指标受益群众满意度反映群众满意程度≥90%\n"
)


def test_a_name_glued_to_its_explanation_is_cut_before_the_explanations_opening_word() -> None:
    rows = table_rows(_RUNON)
    assert [(row[Role.NAME], row.get(Role.DEFINITION)) for row in rows] == [
        ("维修养护供水工程处数", "反映维修养护工作量"),
        ("维修工程验收合格率", "衡量工程建设质量"),
        ("维修资金拨付时限", "反映资金拨付及时性"),
        ("供水工程运行管护机制", "是指管护制度的建立"),
        ("受益群众满意度", "反映群众满意程度"),
    ]


def test_a_recurring_deadline_cut_at_its_duration_is_one_target_again() -> None:
    rows = table_rows(_RUNON)
    assert rows[2][Role.TARGET] == "每季度结束后15日内"


def test_a_standard_glued_after_the_explanation_is_the_rows_target() -> None:
    rows = table_rows(_RUNON)
    assert rows[3][Role.TARGET] == "长期有效"


def test_a_lasting_standard_is_a_qualitative_target() -> None:
    assert kind_of("长期有效") is Kind.QUALITATIVE
    assert kind_of("长期稳定") is Kind.QUALITATIVE


def test_a_quality_that_keeps_improving_is_a_standard() -> None:
    for words in ("稳中向好", "持续向好", "总体向好", "稳中有升"):
        assert kind_of(words) is Kind.QUALITATIVE
        target = read_target_cell(words).target
        assert target is not None and target.standard == words


def test_a_form_run_together_in_a_preview_reads_its_unit_and_indicators(tmp_path: Path) -> None:
    path = tmp_path / "preview.txt"
    path.write_text(_RUNON, encoding="utf-8")
    document, _ = parse_file(path)
    project = document.projects[0]
    assert project.implementing_unit == "某县农村供水站"
    assert {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in document.all_indicators()
    } == {
        "维修养护供水工程处数": "≥35处",
        "维修工程验收合格率": "100%",
        "维修资金拨付时限": "每季度结束后15日内",
        "供水工程运行管护机制": "长期有效",
        "受益群众满意度": "≥90%",
    }


# A text PDF's layer: narrow columns wrap a name and its target onto the line below, each
# under its own cell; a unit one space after its number; a target with a remark after it.
_PDF_LAYER = """\
一级指标  二级指标    三级指标                  指标值
产出指标  数量指标    农村公路养护里程达标公    ≥ 260 公里
                      里数                      (含村道)
                      危桥改造座数              ≥ 6 座
          质量指标    路面技术状况指数达标      ≥ 85%，优于
                      率                        省定标准
          时效指标    养护资金拨付完成时间      2025年6月
                                                30日前
          成本指标    每公里日常养护补助        ≤ 0.8 万元/公
                                                里
效益指标  社会效益指标 公路交通事故发生         0 起
                       次数
满意度指标 服务对象满意 沿线群众满意度          ≥ 90%
           度指标
"""


def test_cells_wrapped_under_their_own_cells_in_a_pdf_layer_are_joined_back() -> None:
    rows = table_rows(_PDF_LAYER)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("农村公路养护里程达标公里数", "≥260公里(含村道)"),
        ("危桥改造座数", "≥6座"),
        ("路面技术状况指数达标率", "≥85%,优于省定标准"),
        ("养护资金拨付完成时间", "2025年6月30日前"),
        ("每公里日常养护补助", "≤0.8万元/公里"),
        ("公路交通事故发生次数", "0起"),
        ("沿线群众满意度", "≥90%"),
    ]
    assert rows[-1][Role.SUBCATEGORY] == "服务对象满意度指标"


def test_a_row_after_a_one_cell_a_line_row_is_no_wrapped_line() -> None:
    header = "一级指标\n二级指标\n三级指标\n指标值\n"
    text = header + "产出指标\n数量指标\n培训人数\n≥120人\n培训天数\n5天\n"
    rows = table_rows(text)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("培训人数", "≥120人"),
        ("培训天数", "5天"),
    ]


def test_a_money_rows_label_under_the_one_above_is_no_wrapped_line() -> None:
    text = (
        "三级指标  指标值\n"
        "项目资金  年度资金总额    500.00    480.00\n"
        "          其中:财政拨款   500.00    480.00\n"
        "          上年结转资金\n"
    )
    cells = [cell.text for cell in cells_of(text_source(text).lines)]
    assert "上年结转资金" in cells
    assert "其中:财政拨款" in cells


def test_a_target_with_a_remark_after_a_comma_is_read_as_its_quantity() -> None:
    target = read_target_cell("≥70%,高于国家标准").target
    assert target is not None
    assert (target.operator, target.value, target.unit) == (Operator.GE, Decimal(70), "%")
    assert target.text == "≥70%,高于国家标准"
    assert kind_of("≥70%,高于国家标准") is Kind.QUANTITY
    assert kind_of("达标,高于国家标准") is not Kind.QUANTITY


def test_concentrations_doses_and_steam_tonnes_are_units() -> None:
    assert canonical_unit("微克/立方米") == "微克/立方米"
    assert canonical_unit("mg/L") == "毫克/升"
    assert canonical_unit("元/头份") == "元/头份"
    assert canonical_unit("万元/蒸吨") == "万元/蒸吨"


# A cell taller than its row's other cells: the text layer prints its first words above the
# row's line, or the label's second half (指标) under it beside the name's end.
_CENTRED = """\
一级    二级        三级指标                 年度指标值    实际完成值    分值    得分
                    城市生活垃圾无害化处理
产出    数量指标    量                       ≥3.5万吨      3.6万吨       10      10
                    公共厕所新建座数         ≥12座         12座          10      10
效果    社会效益    生活垃圾分类覆盖         ≥80%          76%           10      8
指标    指标        率
                    餐厨垃圾资源化利
        生态效益指标                         ≥60%          65%           10      10
                    用率
                    环卫作业机械化率         ≥70%          72%           10      10
"""


def test_a_names_first_words_above_its_rows_line_are_its_start() -> None:
    rows = table_rows(_CENTRED)
    names = [row[Role.NAME] for row in rows]
    assert names[:3] == ["城市生活垃圾无害化处理量", "公共厕所新建座数", "生活垃圾分类覆盖率"]
    assert rows[0][Role.TARGET] == "≥3.5万吨"


def test_a_name_printed_over_and_under_a_nameless_line_starts_no_other_name() -> None:
    rows = table_rows(_CENTRED)
    assert rows[-1][Role.NAME] == "环卫作业机械化率"


def test_a_labels_second_line_completes_it_beside_a_names_end() -> None:
    rows = table_rows(_CENTRED)
    assert (rows[2][Role.CATEGORY], rows[2][Role.SUBCATEGORY]) == ("效果指标", "社会效益指标")


def test_letters_standing_as_a_number_after_a_comparison_or_before_a_percent_are_digits() -> None:
    assert ocr_digits("| 覆盖率 | ＝lOO％ | lOO％ |") == "| 覆盖率 | ＝100％ | 100％ |"
    assert ocr_digits(">=lO%") == ">=10%"
    assert ocr_digits("年初预算数 l-6月执行数") == "年初预算数 1-6月执行数"
    assert ocr_digits("IO项目 Il型") == "IO项目 Il型"  # letters that stand as no number


def test_a_single_letter_after_a_comparison_is_a_one_digit_number() -> None:
    assert ocr_digits("| 漏报率 | ≦l% |") == "| 漏报率 | ≦1% |"
    assert ocr_digits("安全事故 ═O起") == "安全事故 ═0起"
    assert ocr_digits("培训 ≥I") == "培训 ≥1"
    # a letter after a sign but inside a word, or alone without a sign, stays
    assert ocr_digits("≥ISO标准 l 类") == "≥ISO标准 l 类"
    assert ocr_digits("≥lx") == "≥lx"


def test_letters_with_an_o_standing_as_a_cell_of_their_own_are_a_number() -> None:
    assert (
        ocr_digits("旧桥拆除  ≧12座   O        13座   V") == "旧桥拆除  ≧12座   0        13座   V"
    )
    assert ocr_digits("| 其他资金 | O | O |") == "| 其他资金 | 0 | 0 |"
    assert ocr_digits("结余\tO") == "结余\t0"
    assert ocr_digits("年度资金总额  318.40  lO  96.2%") == "年度资金总额  318.40  10  96.2%"
    assert ocr_digits("总分  lOO  95.5") == "总分  100  95.5"
    assert ocr_digits("水质  II  类") == "水质  II  类"  # no O: a numeral, or rules
    # an O within words, or one space from them, is a letter
    assert ocr_digits("血型 O 型 占比") == "血型 O 型 占比"
    assert ocr_digits("OA 系统  O型 占比") == "OA 系统  O型 占比"


def test_a_days_ri_read_as_yue_in_a_date_is_repaired_and_reported() -> None:
    cell = read_target_cell("2023年12月31曰前")
    assert cell.target is not None and cell.target.canonical == "2023年12月31日前"
    assert [reason for _, _, reason in cell.repairs] == ["OCR 将日期中的“日”识别为“曰”(字形相近)"]


def test_a_totals_label_printed_under_its_figures_line_takes_those_figures() -> None:
    text = (
        "                    年初预算数    全年预算数    全年执行数    分值    执行率     得分\n"
        "项目资金            500.00        520.00        510.20        10      98.12%     9.81\n"
        "(万元)    年度资金总额\n"
        "          其中:财政拨款  500.00   520.00        510.20        —       98.12%     —\n"
    )
    rows = read_funding(cells_of(text_source(text).lines))
    assert [(row.source, row.figures) for row in rows] == [
        (
            FundingSource.TOTAL,
            {
                Role.PRIOR: Decimal("500.00"),
                Role.BUDGET: Decimal("520.00"),
                Role.ACTUAL: Decimal("510.20"),
                Role.WEIGHT: Decimal(10),
                Role.TARGET: Decimal("98.12"),
                Role.SCORE: Decimal("9.81"),
            },
        ),
        (
            FundingSource.FISCAL,
            {
                Role.PRIOR: Decimal("500.00"),
                Role.BUDGET: Decimal("520.00"),
                Role.ACTUAL: Decimal("510.20"),
                Role.TARGET: Decimal("98.12"),
            },
        ),
    ]


def test_a_total_rows_points_glued_to_its_score_leave_the_score() -> None:
    cells = cells_of(text_source("一级指标二级指标三级指标\n总分10097.79\n").lines)
    assert read_total_score(cells) == Decimal("97.79")
    cells = cells_of(text_source("总分 100 97.79\n").lines)
    assert read_total_score(cells) == Decimal("97.79")


def test_a_steady_standard_and_a_date_with_an_ocr_day_are_values() -> None:
    assert kind_of("平稳可持续") is Kind.QUALITATIVE
    assert kind_of("平稳") is Kind.QUALITATIVE
    assert kind_of("2023年12月31曰前") is Kind.PERIOD


def test_a_pipe_row_that_lost_its_empty_first_cell_is_aligned_by_kind() -> None:
    text = (
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 备注\n"
        "效益指标 | 社会效益指标 | 就医负担 | 有效减轻 | 有效减轻 | 15 | 15 |\n"
        "| 可持续影响指标 | 基金运行 | 平稳可持续 | 平稳 | 5 | 5 |\n"
    )
    row = table_rows(text)[-1]
    assert (row[Role.SUBCATEGORY], row[Role.NAME], row[Role.TARGET]) == (
        "可持续影响指标",
        "基金运行",
        "平稳可持续",
    )


# A web table's row copied with its cells glued: 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因
_ROW_ROLES = [Role.TARGET, Role.ACTUAL, Role.WEIGHT, Role.SCORE, Role.REASON]


def test_a_deadline_and_the_date_it_was_met_glued_to_a_name_are_cut_apart() -> None:
    assert split_glued_row("补贴资金兑付时间2023年9月底前9月20日", _ROW_ROLES) == [
        "补贴资金兑付时间",
        "2023年9月底前",
        "9月20日",
    ]


def test_a_reason_glued_after_the_figures_is_the_reason_column() -> None:
    assert split_glued_row("改造户数≥300户286户106受雨季影响工期顺延", _ROW_ROLES) == [
        "改造户数",
        "≥300户",
        "286户",
        "10",
        "6",
        "受雨季影响工期顺延",
    ]


def test_a_standard_and_an_actual_in_words_glued_to_a_name_are_cut_apart() -> None:
    assert split_glued_row("农药使用量逐年减少减少3.1%", _ROW_ROLES) == [
        "农药使用量",
        "逐年减少",
        "减少3.1%",
    ]
    assert split_glued_row("管护机制长效运行长效运行", _ROW_ROLES) == [
        "管护机制",
        "长效运行",
        "长效运行",
    ]


def test_an_amounts_thousands_spaced_apart_in_a_pdf_layer_are_one_number() -> None:
    line = "合  计                          1 926.48       项目支出      808.00"
    cells = [cell.text for cell in cells_of(text_source(line).lines)]
    assert cells == ["合计", "1926.48", "项目支出", "808.00"]
    assert [c.text for c in cells_of(text_source("分值 得分 10 100.00").lines)][-2:] == [
        "10",
        "100.00",
    ]


def test_a_money_rows_figures_run_together_are_cut_by_the_headers_columns() -> None:
    line = (
        "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分"
        "年度资金总额500.00520.00510.201098.08%9.81"
        "其中:财政拨款500.00520.00510.20—98.08%—上年结转资金000———"
    )
    rows = read_funding(cells_of(text_source(line).lines))
    assert [(row.source, row.figures.get(Role.BUDGET)) for row in rows][:2] == [
        (FundingSource.TOTAL, Decimal("520.00")),
        (FundingSource.FISCAL, Decimal("520.00")),
    ]
    assert rows[0].figures[Role.SCORE] == Decimal("9.81")


def test_a_names_own_fanying_is_no_explanation() -> None:
    text = (
        "一级指标 | 二级指标 | 三级指标 | 指标解释 | 指标值\n"
        "产出指标 | 质量指标 | 群众诉求反映办结率 | | ≥95%\n"
    )
    assert [row[Role.NAME] for row in table_rows(text)] == ["群众诉求反映办结率"]


def test_a_quantity_opened_by_an_operator_glyph_ends_the_name_it_is_glued_to() -> None:
    assert split_glued_target("危房改造户数≧230户") == ("危房改造户数", "≧230户")
    assert split_glued_target("户均补助标准≦2万元") == ("户均补助标准", "≦2万元")
    assert split_glued_target("验收合格率﹦100%") == ("验收合格率", "﹦100%")
    # a bare number (no unit) and a name's own figure (20户以上) are no target
    assert split_glued_target("补助人数≥230") is None
    assert split_glued_target("覆盖20户以上自然村数量") is None


_RUNON_NO_DEFINITION_TITLE = (
    "某市2024年项目支出绩效目标表\n"
    "项目名称城区道路清扫保洁项目类别本级支出"
    "一级指标二级指标绩效标准当年预期实现值"
    "产出指标数量指标道路清扫面积反映全年纳入清扫的道路面积≥320万平方米"
    "垃圾清运量反映生活垃圾清运工作量≥5.2万吨"
    "质量指标道路保洁达标率反映道路保洁质量考核情况≥95%"
    "满意度指标服务对象满意度指标市民满意度反映市民对市容环境的满意程度≥90%\n"
)


def test_names_all_glued_to_explanations_are_cut_where_the_header_names_no_such_column() -> None:
    rows = table_rows(_RUNON_NO_DEFINITION_TITLE)
    assert [(row[Role.NAME], row.get(Role.DEFINITION)) for row in rows] == [
        ("道路清扫面积", "反映全年纳入清扫的道路面积"),
        ("垃圾清运量", "反映生活垃圾清运工作量"),
        ("道路保洁达标率", "反映道路保洁质量考核情况"),
        ("市民满意度", "反映市民对市容环境的满意程度"),
    ]


def test_one_name_with_its_own_reflecting_word_is_not_cut_without_a_definition_column() -> None:
    rows = table_rows(
        "一级指标 二级指标 三级指标 指标值\n"
        "产出指标 数量指标 群众反映问题受理件数 ≥200件\n"
        "产出指标 质量指标 办结率 ≥95%\n"
        "满意度指标 服务对象满意度指标 群众满意度 ≥90%\n"
    )
    assert rows[0][Role.NAME] == "群众反映问题受理件数"


def test_a_second_level_label_glued_to_its_first_name_heads_the_row() -> None:
    rows = table_rows(
        "一级指标 二级指标 三级指标 指标值\n"
        "效益指标 社会效益指标 群众住房安全保障率 ≥95%\n"
        "         可持续影响指标农房安全管理长效机制  逐步建立\n"
    )
    assert (rows[1][Role.SUBCATEGORY], rows[1][Role.NAME]) == (
        "可持续影响指标",
        "农房安全管理长效机制",
    )


def test_bare_label_stems_are_cut_off_names_only_in_text_run_together() -> None:
    rows = table_rows(
        _RUNON_NO_DEFINITION_TITLE.replace("满意度指标服务对象满意度指标", "满意度服务对象满意度")
    )
    assert (rows[3][Role.CATEGORY], rows[3][Role.SUBCATEGORY], rows[3][Role.NAME]) == (
        "满意度",
        "服务对象满意度",
        "市民满意度",
    )
    spaced = table_rows(
        "一级指标 二级指标 三级指标 指标值\n"
        "满意度指标 服务对象满意度指标 群众满意度 ≥90%\n"
        "                  服务对象满意度调查覆盖率 ≥80%\n"
    )
    assert spaced[1][Role.NAME] == "服务对象满意度调查覆盖率"


def test_a_deadlines_date_glued_after_its_name_is_its_target() -> None:
    assert split_glued_target("改造任务完成时限2020年10月底前") == (
        "改造任务完成时限",
        "2020年10月底前",
    )
    assert split_glued_target("资金拨付时间6月底前") == ("资金拨付时间", "6月底前")
    # a name's own figures after a deadline word are no date
    assert split_glued_target("完成时限内办结件数") is None
    assert split_glued_target("完成时限2020年度考核") is None


def test_a_share_of_a_whole_above_a_hundred_percent_reads_its_leading_two_as_at_least() -> None:
    fixed = share_over_whole("绿地养护达标率", parse_target("295%"))
    assert fixed is not None
    assert (fixed.operator, fixed.value, fixed.unit) == (Operator.GE, Decimal(95), "%")
    # a growth may pass 100 %, a share with its operator or within 100 % is as written
    assert share_over_whole("园林产值增长率", parse_target("295%")) is None
    assert share_over_whole("绿地养护达标率", parse_target("≥95%")) is None
    assert share_over_whole("绿地养护达标率", parse_target("98%")) is None
    # 2 then a share above 100 % is no ≥ either
    assert share_over_whole("绿地养护达标率", parse_target("2150%")) is None


_GLUED_OCR = """\
某县2021年项目支出绩效目标表
项目名称：农村道路养护补助资金
一级指标 二级指标 三级指标 指标值
产出指标 数量指标 道路养护里程≧120公里
         质量指标 养护路段验收合格率﹦100%
效益指标 社会效益指标 群众出行条件明显改善
         可持续影响指标 道路管护机制 长效运行
"""


def test_in_a_table_that_glues_targets_to_names_a_standard_after_a_name_is_its_target(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ocr.txt"
    path.write_text(_GLUED_OCR, encoding="utf-8")
    document, _ = parse_file(path)
    assert {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in document.all_indicators()
    } == {
        "道路养护里程": "≥120公里",
        "养护路段验收合格率": "=100%",
        "群众出行条件": "明显改善",
        "道路管护机制": "长效运行",
    }
