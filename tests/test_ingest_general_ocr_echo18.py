"""A 项目绩效目标表 OCR'd from a scan, tab-separated: a tall row's lower half read again as
garbled glyphs under its whole name (``纟训…`` opening with a bare component, ``又1友…`` a
digit glued among glyphs, ``… i两 志[X]`` a scan's mark) is no end of that name; a real wrap
under a name cut short (``…完成`` / ``时间``) still joins it."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_HEADER = (
    "一级指 标\t二级指标\t三级指标\t绩效指标描述\t\t指标值\t指标值确定依 据\t\n"
    "\t数量指标\t举办农技培训班期数\t全年举办农技培训班期数\t\t\t≥24 期\t\n"
    "产出指标\t质量指标\t培训考核合格率\t考核合格人数/参训人数\t\t≥92%\t\t\n"
)


def _names(tmp_path: Path, tail: str) -> list[str]:
    form = (
        "某县农业农村局2023年项目绩效目标表\n"
        + _HEADER
        + "满意度\t服务对象满意度\t 参训农民满意度\t调查样本中满意人数/样本\t≥91%\t\n"
        + f"指标\t指标\t{tail}\t总数\t\t\n"
    )
    document = read_form(tmp_path, form)
    return [indicator.name for _, indicator in document.all_indicators()]


def test_a_garbled_echo_opening_with_a_component_is_no_part_of_the_name(tmp_path: Path) -> None:
    assert "参训农民满意度" in _names(tmp_path, "纟训农民涡意度")


def test_a_garbled_echo_with_a_glued_digit_is_no_part_of_the_name(tmp_path: Path) -> None:
    assert "参训农民满意度" in _names(tmp_path, "乡3训农八满怠反")


def test_a_garbled_echo_with_a_scan_mark_is_no_part_of_the_name(tmp_path: Path) -> None:
    assert "参训农民满意度" in _names(tmp_path, "乡训 i农 志[X]")


def test_a_real_wrap_under_a_name_cut_short_still_joins_it(tmp_path: Path) -> None:
    form = (
        "某县农业农村局2023年项目绩效目标表\n"
        + _HEADER
        + "\t时效指标\t农技培训任务按时\t培训任务在年底前全部完成\t≥95%\t\n"
        + "\t\t完成率\t\t\t\n"
    )
    names = [indicator.name for _, indicator in read_form(tmp_path, form).all_indicators()]
    assert "农技培训任务按时完成率" in names
