"""A table copied one cell a line whose names wrapped inside their cells: a name's last
glyphs on the line after its first words, before the row's values (``供热管网改造长`` /
``度`` / ``≥12公里``), joined back, whether the table is then read by position or by
names. A unit column after the name, a row's target and actual in words, the words of the
row above before a name, and the 绩效评价 framework's labels stay apart."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_HEAD = """某市2025年度项目支出绩效自评表
项目名称
城区集中供热改造工程
主管部门
某市住房和城乡建设局
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
偏差原因
"""


def _targets(tmp_path: Path, text: str) -> dict[str, str | None]:
    document = read_form(tmp_path, text)
    return {
        i.name: i.target.text if i.target else None
        for project in document.projects
        for i in project.indicators
    }


_WRAPPED = """产出指标
数量指标
供热管网改造长
度
≥12公里
12.4公里
10
10
产出指标
数量指标
换热站改造数
量
≥6座
6座
10
10
产出指标
质量指标
工程验收一次合
格率
100%
100%
10
10
产出指标
成本指标
居民供热价格补贴保障
标准
≤26元/平方米
26元/平方米
10
10
效益指标
社会效益指标
冬季室温达
标户数占比
≥98%
98.6%
10
10
效益指标
可持续影响指标
供热设施运维长效机
制
持续健全
已建立
10
10
满意度指标
服务对象满意度指标
供热用户满意度
≥90%
93%
10
10
"""


def test_names_wrapped_one_cell_a_line_are_joined(tmp_path: Path) -> None:
    read = _targets(tmp_path, _HEAD + _WRAPPED)
    assert read["供热管网改造长度"] == "≥12公里"
    assert read["换热站改造数量"] == "≥6座"
    assert read["工程验收一次合格率"] == "100%"
    assert read["居民供热价格补贴保障标准"] == "≤26元/平方米"
    assert read["冬季室温达标户数占比"] == "≥98%"
    assert read["供热设施运维长效机制"] == "持续健全"
    assert read["供热用户满意度"] == "≥90%"


def test_a_unit_column_after_the_name_keeps_its_unit(tmp_path: Path) -> None:
    head = _HEAD.replace("年度指标值\n", "计量单位\n年度指标值\n")
    rows = "产出指标\n数量指标\n新建供热管网长度\n公里\n≥12\n12.4\n10\n10\n"
    rows += "产出指标\n数量指标\n改造换热站数\n座\n≥6\n6\n10\n10\n"
    read = _targets(tmp_path, head + rows)
    assert "新建供热管网长度" in read
    assert "改造换热站数" in read


def test_a_target_and_actual_in_words_are_no_wrapped_name(tmp_path: Path) -> None:
    head = _HEAD.replace("年度指标值\n", "分值\n年度指标值\n").replace("分值\n得分", "得分", 1)
    rows = "效益指标\n可持续影响指标\n供热设施运维机制\n10\n持续运行\n运行良好\n10\n"
    rows += "满意度指标\n服务对象满意度指标\n供热用户满意度\n10\n≥90%\n93%\n10\n"
    read = _targets(tmp_path, head + rows)
    assert "供热设施运维机制" in read
    assert not any("持续运行运行良好" in name for name in read)
    assert read["供热用户满意度"] == "≥90%"


def test_the_rows_last_words_before_a_name_stay_that_rows(tmp_path: Path) -> None:
    rows = "产出指标\n数量指标\n换热站改造数量\n≥6座\n5座\n10\n8\n设备到货延迟\n"
    rows += "热网水力平衡率\n≥95%\n96%\n10\n10\n"
    read = _targets(tmp_path, _HEAD + rows)
    assert read["换热站改造数量"] == "≥6座"
    assert read["热网水力平衡率"] == "≥95%"


_EXPLAINED_HEAD = """某县2024年度项目支出绩效自评表
项目名称
不动产登记服务经费
主管部门
某县自然资源局
一级指标
二级指标
指标内容
指标解释
目标值
实际完成情况
权重
评分
"""


def test_a_name_and_its_explanation_both_wrapped_one_cell_a_line(tmp_path: Path) -> None:
    rows = (
        "产出指标\n数量指标\n不动产登记办\n件量\n反映全年不动产登记办件\n数量情况。\n"
        "≥9000件\n9512件\n10\n10\n"
        "产出指标\n时效指标\n不动产登记办结时\n限\n考核不动产登记是否在承诺\n时限内办结。\n"
        "≤5个工作日\n3个工作日\n10\n10\n"
    )
    read = _targets(tmp_path, _EXPLAINED_HEAD + rows)
    assert read["不动产登记办件量"] == "≥9000件"
    assert read["不动产登记办结时限"] == "≤5个工作日"


def test_a_name_then_its_formula_after_the_rows_last_words_stay_apart(tmp_path: Path) -> None:
    head = _EXPLAINED_HEAD.replace("评分\n", "评分\n未完成原因\n")
    rows = (
        "产出指标\n质量指标\n耕地保有量\n反映耕地保有量情况。\n≥52万亩\n52.3万亩\n10\n10\n"
        "个别地块待核实\n"
        "违法用地查处率\n违法用地查处率=查处数/发现数×100%\n100%\n100%\n10\n10\n"
    )
    read = _targets(tmp_path, head + rows)
    assert read["耕地保有量"] == "≥52万亩"
    assert read["违法用地查处率"] == "100%"


_GRID = """某区2025年度项目支出绩效目标表
项目名称:老旧小区雨污分流改造
+--------+------------+------------------+-----------+
|一级指标|二级指标    |三级指标          |指标值     |
+--------+------------+------------------+-----------+
|产出指标|数量指标    |雨污分流改造小区  |≥14个      |
|        |            |数量              |           |
|        |质量指标    |改造工程竣工验收合|100%       |
|        |            |格率              |           |
|        |时效指标    |改造工程完工时间  |2025年11月底前|
+--------+------------+------------------+-----------+
|效益指标|社会效益指标|汛期小区积水点消除|≥90%       |
|        |            |比例              |           |
+--------+------------+------------------+-----------+
"""


def test_a_name_wrapped_before_a_grids_rule_between_groups_of_rows(tmp_path: Path) -> None:
    read = _targets(tmp_path, _GRID)
    assert not any(name.startswith("+") for name in read)  # a rule is no row
    assert read["改造工程竣工验收合格率"] == "100%"
    assert read["汛期小区积水点消除比例"] == "≥90%"
    assert read["改造工程完工时间"] == "2025年11月底前"


_WORD_MD = """**某县2024年度水利发展资金绩效评价得分表**

| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |
|---|---|---|---|---|---|---|
| 产出（40分） | 产出数量 | 新建灌溉渠道里程 | 10 | ≥15公里 | 15.6公里 | 10 |
|  |  | 改造提升街头游 | 10 | 8个 | 8个 | 10 |
|  |  | 园 |  |  |  |  |
|  |  | 病险水闸除险 | 10 | 6座 | 6座 | 10 |
|  |  | 加固座数 |  |  |  |  |
|  | 产出质量 | 监督检查机制 | 5 | 健全 | 健全 | 5 |
|  |  | 落实率 |  |  |  |  |
|  |  | 整改问题 | 5 | 100% | 100% | 5 |
|  |  | 销号率 |  |  |  |  |
"""


def test_a_names_last_words_in_a_row_of_their_own_under_a_word_table(
    tmp_path: Path,
) -> None:
    # Word converted to Markdown: a cell's second paragraph a row of its own under its
    # name, whether the two end as a name does or not (街头游 / 园), or the name above
    # seems whole without them (监督检查机制 / 落实率)
    read = _targets(tmp_path, _WORD_MD)
    assert read["改造提升街头游园"] == "8个"
    assert read["监督检查机制落实率"] == "健全"
    assert read["病险水闸除险加固座数"] == "6座"
    assert read["整改问题销号率"] == "100%"


def test_a_rows_own_long_name_under_a_whole_name_stays_a_row(tmp_path: Path) -> None:
    text = _WORD_MD.replace(
        "|  |  | 落实率 |  |  |  |  |", "|  |  | 工程质量抽检合格率 |  |  |  |  |"
    )
    read = _targets(tmp_path, text)
    assert "监督检查机制" in read
    assert "监督检查机制工程质量抽检合格率" not in read


def test_a_names_end_that_reads_as_a_labels_short_form_in_the_names_column(
    tmp_path: Path,
) -> None:
    text = _GRID.replace(
        "|产出指标|数量指标    |雨污分流改造小区  |≥14个      |\n"
        "|        |            |数量              |           |\n",
        "|产出指标|数量指标    |新建雨水调蓄池    |≥3座       |\n"
        "|        |            |数量              |           |\n"
        "|        |            |雨污分流改造小区数|≥14个      |\n",
    )
    read = _targets(tmp_path, text)
    assert read["新建雨水调蓄池数量"] == "≥3座"
    assert read["雨污分流改造小区数"] == "≥14个"
