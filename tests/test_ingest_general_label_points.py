"""A 一级 label's points wrapped onto a line of their own under its words (``效益`` /
``指标`` / ``(40分)``, a spreadsheet's merged cell exported line by line) belong to the
label: no indicator is named ``(40分)``. An indicator whose name holds a bracket of its own
(培训课时(学时)) is read as before."""

from __future__ import annotations

from pathlib import Path

from jixiao.ingest.pipeline import parse_file

_FORM = """部门整体支出绩效自评表
(2022年度)
部门(单位)名称 古田县科学技术协会
年度
绩效
指标
完成
情况
一级
指标
二级
指标
三级指标 指标解释 绩效目标值 实际完成值 指标分值 得分
产出
指标
(50分)
数量
指标
 指标1  科普讲座场次 反映全年举办讲座场次 ≥24场 27场 25 25
 指标2  青少年培训课时(学时) 反映科技教育培训课时 ≥120学时 126学时 25 25
效益
指标
(40分)
社会效益
指标
 指标1  公众科学素质达标率 抽样调查达标人数/调查人数 ≥12% 12.6% 40 38
满意度
指标
(10分)
服务对象
满意度指标
 指标1  参与群众满意度 满意人数/调查人数 ≥90% 93% 10 10
"""


def _names(tmp_path: Path) -> list[str]:
    path = tmp_path / "selfeval.txt"
    path.write_text(_FORM, encoding="utf-8")
    return [ind.name for _, ind in parse_file(path)[0].all_indicators()]


def test_a_labels_points_on_a_line_of_their_own_name_no_indicator(tmp_path: Path) -> None:
    names = _names(tmp_path)
    assert not [name for name in names if name.endswith("分)")]
    assert "公众科学素质达标率" in names
    assert "参与群众满意度" in names


def test_a_name_with_a_bracket_of_its_own_is_read(tmp_path: Path) -> None:
    assert "青少年培训课时(学时)" in _names(tmp_path)
