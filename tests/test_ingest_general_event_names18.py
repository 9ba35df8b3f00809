"""An indented tree of targets, one cell a paragraph: a negated event with no name before it
and a count of none after it (``全年不发生较大道路交通事故`` / ``0起``) is the row's name, the
count its target; a negated event after a name stays that name's standard."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_TREE = (
    "某县交通运输局2023年项目绩效目标批复表\n\n单位:元\n\n项目\n\n指标值\n\n绩效金额\n\n"
    " 某县交通运输局\n\n  农村公路安全生命防护工程经费\n\n860000\n\n   产出指标\n\n"
    "    数量指标(必填)\n\n     安装波形护栏长度\n\n≥18公里\n\n"
    "    质量指标(必填)\n\n     工程验收合格率\n\n100%\n\n"
    "   效益指标\n\n    社会效益指标(必填)\n\n     全年不发生较大道路交通事故\n\n0起\n\n"
    "     道路运行安全\n\n无重大安全事故\n\n"
    "   满意度指标\n\n    服务对象满意度指标(必填)\n\n     沿线群众满意度\n\n≥90%\n"
)


def _targets(tmp_path: Path) -> dict[str, str | None]:
    return {
        indicator.name: (indicator.target_in_force.text if indicator.target_in_force else None)
        for _, indicator in read_form(tmp_path, _TREE).all_indicators()
    }


def test_a_negated_event_before_a_count_of_none_is_a_name(tmp_path: Path) -> None:
    assert _targets(tmp_path)["全年不发生较大道路交通事故"] == "0起"


def test_a_negated_event_after_a_name_stays_its_standard(tmp_path: Path) -> None:
    assert _targets(tmp_path)["道路运行安全"] == "无重大安全事故"
