"""An OCR'd 项目绩效目标表 flattened to tab-separated cells, its 绩效指标描述 header merged over
two columns: a description whose last words ran on into the 指标值 column over the empty
column beside it (``免费义诊 | | 服务人数 | ≥500 人``) ends there; the target is the cell
after."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_HEAD = (
    "某县卫生健康局2021年项目绩效目标表\n"
    "项目名称\t乡村巡回医疗\t\t\t\t\t\t\n"
    "一级指标\t二级指标\t三级指标\t绩效指标描述\t\t指标值\t指标值确定依据\t\n"
    "产出指标\t数量指标\t巡回医疗覆盖村数\t为偏远行政村提供巡回医疗村数\t\t≥45 个\t\t\n"
)


def _found(tmp_path: Path, rows: str) -> dict[str, tuple[str | None, str | None]]:
    document = read_form(tmp_path, _HEAD + rows)
    return {
        item.name: (item.target.text if item.target else None, item.definition)
        for _, item in document.all_indicators()
    }


def test_a_descriptions_last_words_in_the_target_column_end_the_description(
    tmp_path: Path,
) -> None:
    found = _found(
        tmp_path,
        "\t\t义诊服务人数\t为偏远乡村群众提供免费义诊\t\t服务人数\t≥500 人\t\n"
        "\t质量指标\t巡诊记录完整率\t巡诊记录完整份数/巡诊总次数\t\t≥95%\t\n",
    )
    assert found["义诊服务人数"] == ("≥500人", "为偏远乡村群众提供免费义诊服务人数")
    assert found["巡诊记录完整率"][0] == "≥95%"


def test_a_word_in_the_target_column_with_no_target_after_it_is_the_target(
    tmp_path: Path,
) -> None:
    found = _found(
        tmp_path,
        "\t时效指标\t巡诊完成时限\t按季度开展巡回医疗\t\t按计划\t上年工作安排\n",
    )
    assert found["巡诊完成时限"][0] == "按计划"
