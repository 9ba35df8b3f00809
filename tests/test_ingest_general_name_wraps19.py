"""A name its cell wrapped onto the next line, told from two rows of their own.

In a table printed with spaces, a name's first words alone on a line under a whole label
(``质量指标``) or under a whole name with its own target start the name below; a name's
end under a name cut short stays that name's end. In a table whose rows open with their
numbering (``指标2``), a numbered line holding a name and no value goes on with the next
line, which has no numbering: its first words end the name, unless the name is whole and
those words are the 指标解释 cell alone before the values."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_SPACED = (
    "某县交通运输局2023年项目支出绩效目标表\n"
    "项目名称 乡村道路养护\n"
    "一级指标 二级指标 三级指标 指标值\n"
    "产出指标 数量指标 养护道路里程 ≥120公里\n"
    "质量指标 路面完好率 ≥90%\n"
    "{head}桥梁隐患排查\n"
    "{head}整改率 100%\n"
    "时效指标 养护任务完成时间 2023年12月底前\n"
)

_CUT_NAMES = (
    "某县农业农村局2023年项目支出绩效目标表\n"
    "项目名称 动物防疫补助\n"
    "一级指标 二级指标 三级指标 指标值\n"
    "产出指标 数量指标 口蹄疫强制免疫数 ≥120万头\n"
    "                  量\n"
    "质量指标 新建无害化处理 ≥4座\n"
    "                  设施数量\n"
    "时效指标 疫苗发放时间 2023年6月底前\n"
)

_NUMBERED = (
    "某县科学技术协会2023年部门整体支出绩效自评表\n"
    "一级\n指标\n二级\n指标\n"
    "三级指标 指标解释 绩效目标值 实际完成值 指标分值 得分\n"
    "产出\n指标\n(60分)\n数量\n指标\n"
    " 指标1  青少年科技创新大赛 参赛人数 ≥300人 320人 10 10\n"
    " 指标2  农村实用技术\n"
    "培训场次 全年开展技术培训 ≥20场 24场 10 10\n"
    " 指标3  科普志愿者注册人数 \n"
    "人数 ≥500人 530人 10 10\n"
    "质量\n指标\n"
    " 指标1  科普设施\n"
    "完好率 ≥95% 97% 10 10\n"
)


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    return {
        indicator.name: (indicator.target_in_force.text if indicator.target_in_force else None)
        for _, indicator in read_form(tmp_path, text).all_indicators()
    }


def test_words_under_a_whole_label_start_the_name_below(tmp_path: Path) -> None:
    read = _targets(tmp_path, _SPACED.format(head=""))
    assert read["桥梁隐患排查整改率"] == "100%"
    assert read["路面完好率"] == "≥90%"


def test_words_under_a_whole_name_with_its_target_start_the_name_below(tmp_path: Path) -> None:
    read = _targets(tmp_path, _SPACED.format(head="         "))
    assert read["桥梁隐患排查整改率"] == "100%"
    assert read["路面完好率"] == "≥90%"


def test_a_name_cut_short_keeps_its_end_under_it(tmp_path: Path) -> None:
    read = _targets(tmp_path, _CUT_NAMES)
    assert read["口蹄疫强制免疫数量"] == "≥120万头"
    assert read["新建无害化处理设施数量"] == "≥4座"


def test_a_numbered_name_goes_on_with_the_unnumbered_line_below(tmp_path: Path) -> None:
    read = _targets(tmp_path, _NUMBERED)
    assert read["农村实用技术培训场次"] == "≥20场"
    assert read["科普设施完好率"] == "≥95%"


def test_a_whole_numbered_name_keeps_its_explanation_apart(tmp_path: Path) -> None:
    read = _targets(tmp_path, _NUMBERED)
    assert read["科普志愿者注册人数"] == "≥500人"
    assert "科普志愿者注册人数人数" not in read
