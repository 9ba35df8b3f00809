"""Where a name ends and its target starts: the genre's standards of a degree and a verb
(有效防范, 持续发挥, 日益浓厚, 动态清零, 稳定提高) read as standards, a table run together on
one line whose standard is glued to the next row's name cut there, and a name's last glyph
spaced off it (an OCR, a text layer) joined back."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form, table_rows
from jixiao.domain.target import TargetKind
from jixiao.ingest.cells import read_target_cell
from jixiao.ingest.general.glued_words import standards_between_names
from jixiao.ingest.general.kinds import Kind, kind_of
from jixiao.ingest.general.vocabulary import Role


def test_a_degree_before_a_weak_verb_makes_a_standard() -> None:
    for standard in (
        *("有效防范", "充分发挥", "日益浓厚", "动态清零", "稳定提高", "更加完善"),
        *("全面消除", "稳定运营", "明显恢复", "及时防止", "显著控制", "长期实施"),
    ):
        assert kind_of(standard) is Kind.QUALITATIVE, standard
        target = read_target_cell(standard).target
        assert target is not None and target.kind is TargetKind.QUALITATIVE, standard


def test_a_weak_verb_alone_or_inside_a_name_stays_a_name() -> None:
    for text in ("防范", "发挥", "浓厚", "清零", "控制", "风险防范能力", "作用发挥情况", "恢复"):
        assert kind_of(text) is Kind.NAME, text


def test_work_done_the_same_day_is_a_standard() -> None:
    target = read_target_cell("当天清运").target
    assert target is not None and target.kind is TargetKind.QUALITATIVE
    assert target.standard == "当天清运"


def _pieces(*texts: str) -> list[tuple[str, bool]]:
    return [(text, True) for text in texts]


def test_a_standard_glued_to_the_next_name_is_cut_where_a_target_follows() -> None:
    cut = standards_between_names(_pieces("群众出行条件明显改善农村公路优良路率", "≥75%"))
    assert [text for text, _ in cut] == ["群众出行条件", "明显改善", "农村公路优良路率", "≥75%"]


def test_two_qualitative_rows_glued_before_a_label_are_cut_into_both() -> None:
    cut = standards_between_names(
        _pieces("群众出行条件明显改善农村交通安全水平有效提升", "可持续影响指标")
    )
    texts = [text for text, _ in cut]
    assert texts == ["群众出行条件", "明显改善", "农村交通安全水平", "有效提升", "可持续影响指标"]


def test_one_qualitative_row_before_a_label_is_left_to_the_table() -> None:
    pieces = _pieces("农村公路管护机制长效运行", "满意度指标")
    assert standards_between_names(pieces) == pieces


def test_a_name_with_a_degree_word_of_its_own_is_left_whole() -> None:
    # 有效灌溉 is no standard; 改善率 leaves no name after the standard; no value after
    for pieces in (
        _pieces("农田有效灌溉面积", "≥1200亩"),
        _pieces("人居环境持续改善率", "≥90%"),
        _pieces("群众出行条件明显改善农村公路优良路率", "社会效益指标"),
    ):
        assert standards_between_names(pieces) == pieces


def test_a_table_run_together_reads_both_rows_of_a_glued_standard(tmp_path: Path) -> None:
    text = (
        "某县交通运输局2025年项目绩效目标表 项目名称农村公路提升工程项目资金（万元）"
        "年度资金总额1500.00一级指标二级指标三级指标指标值产出指标数量指标改造农村公路里程"
        "≥60公里效益指标社会效益指标群众出行条件明显改善农村公路优良路率≥75%"
        "满意度指标服务对象满意度指标沿线群众满意度≥90%\n"
    )
    document = read_form(tmp_path, text)
    read = {
        indicator.name: indicator.target.canonical if indicator.target else None
        for _, indicator in document.all_indicators()
    }
    assert read["群众出行条件"] == "明显改善"
    assert read["农村公路优良路率"] == "≥75%"


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(row[Role.NAME], row.get(Role.UNIT)) for row in table_rows(text) if Role.NAME in row]


def test_a_names_last_glyph_spaced_off_before_its_target_ends_the_name() -> None:
    text = (
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 新建排水管道长 度 ≥12公里 12.5公里 10 10\n"
        "质量指标 资金到位 率 100% 100% 10 10\n"
    )
    assert [name for name, _ in _names(text)] == ["新建排水管道长度", "资金到位率"]


def test_a_unit_columns_glyph_after_a_whole_name_stays_the_unit() -> None:
    text = (
        "一级指标 二级指标 三级指标 计量单位 指标值\n"
        "产出指标 数量指标 培训农民人数 人 500\n"
        "质量指标 农网线路改造电量 度 1200\n"
    )
    assert _names(text) == [("培训农民人数", "人"), ("农网线路改造电量", "度")]


def test_a_sites_fold_mark_between_pipe_rows_leaves_a_broken_row_whole() -> None:
    text = (
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 数量指标 | 义诊活动场次 | ≥40场 | 46场 | 10 | 10 |\n"
        "点击展开全文\n"
        "| | 质量指标 | 慢性病患者规范管理\n"
        "率 | ≥60% | 64% | 10 | 10 |\n"
        "| | 时效指标 | 体检报告反馈时限 | ≤10个工作\n"
        "展开阅读全文 ∨\n"
        "日 | 8个工作日 | 10 | 10 |\n"
    )
    rows = table_rows(text)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("义诊活动场次", "≥40场"),
        ("慢性病患者规范管理率", "≥60%"),
        ("体检报告反馈时限", "≤10个工作日"),
    ]


def test_a_line_that_says_more_than_the_fold_mark_is_kept() -> None:
    text = (
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
        "| 产出指标 | 数量指标 | 义诊活动场次 | ≥40场 |\n"
        "| | | 展开阅读全文宣传次数 | ≥12次 |\n"
    )
    names = [row[Role.NAME] for row in table_rows(text)]
    assert names == ["义诊活动场次", "展开阅读全文宣传次数"]


_SPACED_HEADER = (
    "  一级指标  二级指标    三级指标                 年度指标值          实际完成值"
    "         分值   得分\n"
    "  产出      数量指标    改造农村危房              =320户             320户"
    "              10     10\n"
)


def test_a_cut_names_end_between_two_rows_goes_up_to_it() -> None:
    # the 一级 label's 指标 beside the end; the name below is whole without it
    text = _SPACED_HEADER + (
        "  效益      社会效益指标    农村低收入群体住房安全有            =100%"
        "               100%                  10     10\n"
        "  指标                    保障的户数比例\n"
        "                    群众居住条件              明显改善              明显改善"
        "                10      10\n"
    )
    names = [row[Role.NAME] for row in table_rows(text)]
    assert names[1:] == ["农村低收入群体住房安全有保障的户数比例", "群众居住条件"]


def test_a_names_first_line_over_its_row_still_heads_it() -> None:
    # the name above is whole, the words are the start of the name below
    text = _SPACED_HEADER + (
        "            质量指标    竣工验收合格率            =100%               100%"
        "                  10     10\n"
        "                        农村公共服务设施\n"
        "                        运行维护率                ≥95%              97%"
        "                10      10\n"
    )
    names = [row[Role.NAME] for row in table_rows(text)]
    assert names[1:] == ["竣工验收合格率", "农村公共服务设施运行维护率"]


_LAYOUT_HEAD = (
    "  一级指标      二级指标          三级指标                          指标值\n"
    "  产出指标        数量指标            改造农村户厕数量                    ≥2600户\n"
)


def test_a_last_row_cut_off_under_its_own_label_is_no_wrap_of_the_row_above() -> None:
    # a capture that stops at the next row's name: its 二级 label heads a row of its own
    text = _LAYOUT_HEAD + (
        "              时效指标            户厕改造完工时间                       2023年10月底前\n"
        "              成本指标            每户改厕补助标准\n"
    )
    rows = [(row.get(Role.SUBCATEGORY), row[Role.NAME]) for row in table_rows(text)]
    assert rows[1:] == [("时效指标", "户厕改造完工时间"), ("成本指标", "每户改厕补助标准")]


def test_a_labels_wrapped_end_still_completes_the_label_above() -> None:
    text = _LAYOUT_HEAD + (
        "  效益指标        社会效益            农村人居环境                    明显改善\n"
        "                  指标\n"
    )
    rows = [(row.get(Role.SUBCATEGORY), row[Role.NAME]) for row in table_rows(text)]
    assert rows[1:] == [("社会效益指标", "农村人居环境")]


_RUNON_HEAD = (
    "某县人社局2025年项目绩效目标表 项目名称就业补助资金项目资金（万元）年度资金总额640.00"
    "一级指标二级指标三级指标指标值产出指标数量指标职业技能培训人次≥1800人次时效指标"
)
_RUNON_TAIL = "满意度指标服务对象满意度指标参训人员满意度≥90%\n"


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    return {
        indicator.name: indicator.target.text if indicator.target else None
        for _, indicator in document.all_indicators()
    }


def test_a_table_run_together_after_a_title_and_a_space_keeps_a_deadline_whole(
    tmp_path: Path,
) -> None:
    read = _targets(tmp_path, _RUNON_HEAD + "补贴发放时间每月20日前发放" + _RUNON_TAIL)
    assert read["补贴发放时间"] == "每月20日前发放"
    assert read["参训人员满意度"] == "≥90%"


def test_a_deadlines_closing_words_glued_to_the_next_name_end_the_deadline(
    tmp_path: Path,
) -> None:
    recurring = _targets(
        tmp_path, _RUNON_HEAD + "补贴发放时间每月15日前补贴申领办结时限≤20个工作日" + _RUNON_TAIL
    )
    assert recurring["补贴发放时间"] == "每月15日前"
    assert recurring["补贴申领办结时限"] == "≤20个工作日"
    dated = _targets(
        tmp_path,
        _RUNON_HEAD + "培训完成时间2025年11月底前补贴申领办结时限≤20个工作日" + _RUNON_TAIL,
    )
    assert dated["培训完成时间"] == "2025年11月底前"
    assert dated["补贴申领办结时限"] == "≤20个工作日"


def _space_table(row: str) -> str:
    return (
        "一级指标 二级指标 三级指标 指标值\n"
        "产出指标 数量指标 新建村级文化广场 ≥25个\n"
        f"效益指标 社会效益指标 {row}\n"
        "满意度指标 服务对象满意度指标 村民满意度 ≥90%\n"
    )


def test_a_standard_glued_to_a_name_with_no_target_is_the_target() -> None:
    rows = table_rows(_space_table("农村文化生活明显丰富"))
    assert (rows[1][Role.NAME], rows[1].get(Role.TARGET)) == ("农村文化生活", "明显丰富")


def test_a_name_ending_in_a_bare_verb_or_with_its_cell_kept_is_left_whole() -> None:
    rows = table_rows(_space_table("农村人居环境改善"))
    assert (rows[1][Role.NAME], rows[1].get(Role.TARGET)) == ("农村人居环境改善", None)
    piped = (
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
        "| 产出指标 | 数量指标 | 新建村级文化广场 | ≥25个 |\n"
        "| 效益指标 | 社会效益指标 | 农村文化生活明显丰富 | |\n"
    )
    rows = table_rows(piped)
    assert (rows[1][Role.NAME], rows[1].get(Role.TARGET)) == ("农村文化生活明显丰富", None)
