"""A text PDF's table with its layout kept (pdftotext -layout): stacked header words, cells
wrapped above and below the line of their row's values, page furniture, relaid a row a line."""

from __future__ import annotations

from general_support import table_rows, text_source
from jixiao.ingest.general.layout_grid import relay_layout_tables
from jixiao.ingest.general.vocabulary import Role

# the values centred on a row's height: a three-line name's first piece above them, labels
# stacked (产出 / 指标, 满意 / 度指 / 标)
_CENTRED = """\
一级   二级                                  年度          1-6月实际     全年预计
指标   指标     三级指标                     指标值        完成值        完成值
                道路清扫保洁作业
产出   数量     面积                         ≥320万平方米  160万平方米   325万平方米
指标   指标     (含背街小巷)
                垃圾清运车辆配置数量         ≥45辆         46辆          46辆
       质量     道路保洁质量抽查
       指标     合格率                       ≥95%          96.2%         96%
       时效     生活垃圾日产日清
       指标     完成时限                     每日22时前    按时完成      按时完成
满意   服务对象 沿街商户满意度               ≥85%          —             90%
度指   满意度
标
"""


def test_a_centred_pdf_table_joins_each_cells_pieces_into_its_row() -> None:
    rows = table_rows(_CENTRED)
    assert [
        (row.get(Role.CATEGORY), row.get(Role.SUBCATEGORY), row[Role.NAME], row[Role.TARGET])
        for row in rows
    ] == [
        ("产出指标", "数量指标", "道路清扫保洁作业面积(含背街小巷)", "≥320万平方米"),
        (None, None, "垃圾清运车辆配置数量", "≥45辆"),
        (None, "质量指标", "道路保洁质量抽查合格率", "≥95%"),
        (None, "时效指标", "生活垃圾日产日清完成时限", "每日22时前"),
        ("满意度指标", "服务对象满意度", "沿街商户满意度", "≥85%"),
    ]


# the cells at their row's top, header words spaced out and stacked, a name and a target
# wrapped under their line, a page break with its number and the header printed again
_TOP = """\
一 级 指    二 级 指                                    实 际 完
 标          标          指 标 名 称     指 标 值       成 值         权 重    得 分
产出指标    数量指标    新建村级卫生    ≥12所          12所          10       10
                        室数量
            时效指标    项目完工时间    2023年11月底   2023年10月    10       10
                                        前             30日
                                     - 1 -
一 级 指    二 级 指                                    实 际 完
 标          标          指 标 名 称     指 标 值       成 值         权 重    得 分
效益指标    社会效益    村民就医便利    明显提升       明显提升      20       18
            指标        程度
"""


def test_a_top_aligned_pdf_table_with_a_page_break_reads_every_row_whole() -> None:
    rows = table_rows(_TOP)
    assert [(row[Role.NAME], row[Role.TARGET], row[Role.ACTUAL]) for row in rows] == [
        ("新建村级卫生室数量", "≥12所", "12所"),
        ("项目完工时间", "2023年11月底前", "2023年10月30日"),
        ("村民就医便利程度", "明显提升", "明显提升"),
    ]
    assert rows[2][Role.SUBCATEGORY] == "社会效益指标"


def test_a_name_over_a_short_line_begins_the_next_row() -> None:
    # the second row's name printed over its values' line: the line above it is short
    text = """\
一级指标   二级指标      三级指标                          指标值
产出指标   数量指标      培训人次                          ≥800人次
                         新建冷藏保鲜设施库容达到设
                         计标准比例                        100%
"""
    rows = table_rows(text)
    assert [row[Role.NAME] for row in rows] == ["培训人次", "新建冷藏保鲜设施库容达到设计标准比例"]


def test_a_table_whose_rows_do_not_wrap_is_left_as_it_stands() -> None:
    text = """\
一级指标      二级指标          指标                  指标值
产出指标      数量指标          耕地地力保护补贴面积  ≥56.3万亩
              质量指标          补贴资金兑付准确率    100%
"""
    assert relay_layout_tables(text_source(text).lines) is None


def test_rows_one_space_or_unevenly_apart_are_no_layout() -> None:
    text = """\
一级指标  二级指标  三级指标  指标值
产出指标  数量指标  区级群众体育赛事活动场次  ≥30场次
满意度指标  服务对象满意度指标  参赛群众满意度  ≥90%
参赛群众满意度
"""
    assert relay_layout_tables(text_source(text).lines) is None


def test_a_word_over_split_target_columns_names_none_of_them() -> None:
    # 年度目标值 printed over 指标性质 | 指标值 | 度量单位, as wide as the first of them
    text = """\
一 级      二 级      指 标 名 称            年 度 目                         实 际 完
指 标      指 标                             标 值                            成 值
                                             指 标      指 标 值   度 量
                                             性 质                 单 位
产出指标   数量指标   建设标准化出菇棚       ≥          120        座         126座
                      免费发放优质香菇菌     ≥          320        万袋       320万袋
                      种
"""
    rows = table_rows(text)
    assert [
        (row[Role.NAME], row[Role.NATURE], row[Role.TARGET], row[Role.UNIT]) for row in rows
    ] == [
        ("建设标准化出菇棚", "≥", "120", "座"),
        ("免费发放优质香菇菌种", "≥", "320", "万袋"),
    ]


def test_a_definitions_sentences_wrap_in_their_column_and_end_with_their_stop() -> None:
    text = """\
一 级     二 级     指 标 内 容         指 标 解 释           年 度 指
指 标     指 标                                               标 值
产出指标  数量指标  特困人员供养人数    考核特困人员供养人数  >=420人
                                        是否达到预期目标。
          质量指标  低保对象认定准确率  反映低保对象认定准确  >=98%
                                        率情况。
"""
    rows = table_rows(text)
    assert [(row[Role.NAME], row[Role.DEFINITION], row[Role.TARGET]) for row in rows] == [
        ("特困人员供养人数", "考核特困人员供养人数是否达到预期目标。", ">=420人"),
        ("低保对象认定准确率", "反映低保对象认定准确率情况。", ">=98%"),
    ]


def test_a_header_of_five_lines_names_the_columns_under_its_group_word() -> None:
    # 截至6月底完成情况 over three lines, 年度目标值 over 指标性质 | 指标值 | 度量单位
    text = """\
一 级      二 级      指 标 内 容        年 度 目                         截 至 6
指 标      指 标                         标 值                            月 底 完
                                                                          成 情 况
                                         指 标      指 标 值   度 量
                                         性 质                 单 位
产出指标   数量指标   完成除险加固小型   定量       4          座         4座
                      水库数量
           质量指标   单元工程质量合格   定量       =100       %          100%
                      率
"""
    rows = table_rows(text)
    assert [
        (row[Role.NAME], row[Role.TARGET], row[Role.UNIT], row[Role.ACTUAL]) for row in rows
    ] == [
        ("完成除险加固小型水库数量", "4", "座", "4座"),
        ("单元工程质量合格率", "=100", "%", "100%"),
    ]


def test_a_rows_cell_under_a_finished_header_word_is_no_header() -> None:
    # 部分资金12月才 stands under 偏差原因分析及 (a reason's column word, finished): the row's
    text = """\
一级指标    二级指标    指标名称            指标值      实际完成值    偏差原因分析及
                                                                      改进措施
                        人民调解案件受理                              部分资金12月才
产出指标    数量指标    数                  ≥1800件     1926件        下达
                        法律援助案件数      ≥420件      436件
"""
    rows = table_rows(text)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("人民调解案件受理数", "≥1800件"),
        ("法律援助案件数", "≥420件"),
    ]


# a name wrapped around its row's line: its last glyph printed beside the label of the
# column before it, one space apart (``成本指标 入``); the next page's first row after the
# page's number and the header printed again
_GLYPH_BESIDE_LABEL = """\
 一级指标   二级指标         三级指标                       指标值
            时效指标 当年项目开工率                         ≥95%
                     高标准农田亩均财政投
            成本指标 入                                     ≤3000元/亩

                                   — 7 —
 一级指标   二级指标         三级指标                       指标值
                     项目区亩均粮食产能提高                 ≥100斤
"""


def test_a_names_last_glyph_beside_the_label_before_it_ends_the_name() -> None:
    rows = table_rows(_GLYPH_BESIDE_LABEL)
    assert [(row.get(Role.SUBCATEGORY), row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("时效指标", "当年项目开工率", "≥95%"),
        ("成本指标", "高标准农田亩均财政投入", "≤3000元/亩"),
        (None, "项目区亩均粮食产能提高", "≥100斤"),
    ]


def test_spaced_glyphs_of_one_label_stay_one_cell() -> None:
    # 成 本 指 标 printed glyph by glyph: one word of the label's column, not four cells
    text = """\
 一级指标   二级指标         三级指标                       指标值
            时效指标 当年项目开工率                         ≥95%
                     高标准农田亩均
            成 本 指 标      财政投入                       ≤3000元/亩
"""
    rows = table_rows(text)
    assert [(row.get(Role.SUBCATEGORY), row[Role.NAME]) for row in rows] == [
        ("时效指标", "当年项目开工率"),
        ("成本指标", "高标准农田亩均财政投入"),
    ]


def test_a_full_line_that_ends_a_name_cut_inside_a_word_goes_on_with_the_row_above() -> None:
    # 公办幼儿园设施 is cut inside a word; 设备更新数量 ends it, though the line is as full as
    # one that heads the row under it
    text = """\
     一 级      二 级      指 标 名 称      指 标 值       实 际 完     权 重
     指 标      指 标                                      成 值
     产出指标   数量指标   资助家庭经济困   >=1200人次     1326人次     10
                           难幼儿人次
                           公办幼儿园设施   3所            3所          10
                           设备更新数量
                质量指标   资助对象认定准   =100%          100%         10
                           确率
"""
    rows = table_rows(text)
    assert [row[Role.NAME] for row in rows] == [
        "资助家庭经济困难幼儿人次",
        "公办幼儿园设施设备更新数量",
        "资助对象认定准确率",
    ]


def test_a_targets_wrapped_end_keeps_its_line_in_the_row_beside_centred_cells() -> None:
    # a row of three lines: its one-line cells (时效指标, 行业标准, 未到期) centred on the
    # second, beside the target's end (前) and the name's (成时间)
    text = """\
一级指标    二级指标    指标名称          指标值          标准          实际完成值
产出指标    质量指标    秸秆还田作业质    >=90%           历史标准      91.5%
                        量抽查合格率
                        补贴资金兑付完    2019年12月底
            时效指标    成时间            前              行业标准      未到期
            成本指标    秸秆还田作业每    <=40元/亩       计划标准      38元/亩
                        亩补贴标准
"""
    rows = table_rows(text)
    assert [(row.get(Role.SUBCATEGORY), row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("质量指标", "秸秆还田作业质量抽查合格率", ">=90%"),
        ("时效指标", "补贴资金兑付完成时间", "2019年12月底前"),
        ("成本指标", "秸秆还田作业每亩补贴标准", "<=40元/亩"),
    ]


def test_a_full_line_ending_as_a_whole_name_does_ends_the_name_above() -> None:
    # 医保参保人数 ends with a measure word (数): the end of 城乡居民基本…, not the first
    # line of the name under it; 政策范围内住 under a short line heads its row
    text = """\
一 级     二 级     三 级 指 标   指 标 值  度 量     分 值
指 标     指 标                             单 位
          数量指标  城乡居民基本  38.5      万人      15
                    医保参保人数
                    医疗救助对象  1.2       万人      15
                    资助参保人数
产出指标  质量指标  困难群众参保  100       %         10
                    率
                    政策范围内住
                    院费用基金支  70        %         20
                    付比例
"""
    rows = table_rows(text)
    assert [row[Role.NAME] for row in rows] == [
        "城乡居民基本医保参保人数",
        "医疗救助对象资助参保人数",
        "困难群众参保率",
        "政策范围内住院费用基金支付比例",
    ]


def test_a_name_around_its_values_keeps_its_tail_printed_under_a_wrapped_target() -> None:
    # the name's first half over the row's values, its second half under them, below the
    # target's wrapped 次; the line of values holds no piece of the name
    text = """\
    一 级     二 级                                   实 际 完
    指 标     指 标     三 级 指 标     指 标 值      成 情 况    分 值       评 分
                        资助家庭经济困
              数量指标                  不少于1200人  1326人次    10          10
                                        次
                        难幼儿人次
                        公办幼儿园设施
                                        3所           3所         10          10
                        设备更新数量
"""
    rows = table_rows(text)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("资助家庭经济困难幼儿人次", "不少于1200人次"),
        ("公办幼儿园设施设备更新数量", "3所"),
    ]


_NARROW_NAMES = """\
一 级      二 级      三 级 指 标      全 年 指
指 标      指 标                       标 值
                      0-6岁儿童健康
           数量指标   管理率           85%(含)以上
                      65岁及以上老年
                      人城乡社区规范
                      健康管理服务率   61%(含)以上
                      高血压患者基层
产出指标              规范管理服务率   60%(含)以上
                      2型糖尿病患者
                      基层规范管理服
           质量指标   务率             达到60%以上
"""


def test_a_narrow_names_column_wrapping_most_names_over_three_lines_is_relaid() -> None:
    # most lines hold one piece, but under the names column, not at the table's margin; a
    # name ending in its measure (服务率) is whole: the full line under it begins the next
    rows = table_rows(_NARROW_NAMES)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("0-6岁儿童健康管理率", "85%(含)以上"),
        ("65岁及以上老年人城乡社区规范健康管理服务率", "61%(含)以上"),
        ("高血压患者基层规范管理服务率", "60%(含)以上"),
        ("2型糖尿病患者基层规范管理服务率", "达到60%以上"),
    ]


def test_a_note_in_brackets_under_a_whole_name_goes_on_with_it() -> None:
    text = """\
一 级      二 级      三 级 指 标      全 年 指
指 标      指 标                       标 值
           数量指标   秸秆还田面积     85万亩
                      (含打包离田)
                      秸秆还田机具作
                      业补贴机具数量   1200台
"""
    rows = table_rows(text)
    assert [row[Role.NAME] for row in rows] == [
        "秸秆还田面积(含打包离田)",
        "秸秆还田机具作业补贴机具数量",
    ]


def test_a_name_cut_after_a_measure_like_word_goes_on_where_its_cell_ends_before_the_next_row() -> (
    None
):
    # 其中:枸杞标准 ends like a whole name (标准), but 化种植基地建设 / 面积 end their cell
    # before the next row's own name: they are this row's
    text = """\
一 级      二 级      三 级 指 标      指 标 值   度 量
指 标      指 标                                  单 位
           数量指标   国家级公益林管   ≥86000     亩
                      护面积
                      其中:枸杞标准    ≥5000      亩
                      化种植基地建设
                      面积
                      新建小型蓄水池   ≥36        座
"""
    rows = table_rows(text)
    assert [row[Role.NAME] for row in rows] == [
        "国家级公益林管护面积",
        "其中:枸杞标准化种植基地建设面积",
        "新建小型蓄水池",
    ]


# a 部门预算's duties table from a PDF: header words stacked (部门 / 职责, 工作 / 活动),
# 绩效指标 heading the names; targets begun on a row's line and ended under it (达到5260人以
# / 上); a name's last words alone at the table's end (满意度)
_DUTIES = """\
部 门       工 作       绩 效 指 标   指 标 值
职 责       活 动
社会救助    城乡低保    城市特困人员  1480人(含)以
                        救助人数      上
                        农村特困人员  达到5260人以
                        救助人数      上
            特困人员供  供养服务机构  12个
            养          数量
基层治理    社区建设    特困人员基本  有效提高
                        生活保障水平
                        特困人员救助  长期
                        供养制度
                        特困供养对象  90%以上
                        满意度
"""


def test_a_duties_table_from_a_pdf_is_relaid_under_its_stacked_header() -> None:
    rows = table_rows(_DUTIES)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("城市特困人员救助人数", "1480人(含)以上"),
        ("农村特困人员救助人数", "达到5260人以上"),
        ("供养服务机构数量", "12个"),
        ("特困人员基本生活保障水平", "有效提高"),
        ("特困人员救助供养制度", "长期"),
        ("特困供养对象满意度", "90%以上"),
    ]
    assert rows[2][Role.ACTIVITY] == "特困人员供养"


def test_a_funds_line_over_the_header_is_no_stacked_header_word() -> None:
    # 其他资金 - - stands over the header: no word of it begins a column's
    text = """\
                其他资金                            -                -
一 级     二 级     指 标 名 称           全 年 指      分 值
指 标     指 标                           标 值
产出指标  数量指标  枸杞标准化种植基地    ≥5000亩       10
                    建设面积
          质量指标  种苗成活率            ≥90%          10
"""
    rows = table_rows(text)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("枸杞标准化种植基地建设面积", "≥5000亩"),
        ("种苗成活率", "≥90%"),
    ]


def test_a_target_over_two_lines_makes_one_row_on_the_line_holding_more_of_its_cells() -> None:
    # 1000元/人·年 over 以内, the row's 分值 and 得分 beside 以内; 达到6800元/ over
    # 人·年以上 beside the row's label and name
    text = """\
一级指标  二级指标   指标名称           年度指标值     实际完成值   分值  得分
          时效指标   资助资金发放时间   2021年12月底   2021年12月   10    10
                                        前             20日
                                        1000元/人·年   1000元/人·
          成本指标   幼儿资助标准       以内           年           10    10
                     农村特困人员基本   达到6800元/
          成本指标   标准               人·年以上                   10    10
"""
    rows = table_rows(text)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("资助资金发放时间", "2021年12月底前"),
        ("幼儿资助标准", "1000元/人·年以内"),
        ("农村特困人员基本标准", "达到6800元/人·年以上"),
    ]


def test_figures_on_lines_one_under_another_stay_rows_of_their_own() -> None:
    # 120 over 320 joins into a figure too: two rows' values, not one value's two lines
    text = """\
指标名称            指标值     度量单位   实际完成值
建设标准化出菇棚    120        座         126座
免费发放优质香菇    320        万袋       320万袋
菌种
"""
    rows = table_rows(text)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("建设标准化出菇棚", "120"),
        ("免费发放优质香菇菌种", "320"),
    ]


def test_a_full_line_over_a_rows_last_glyph_heads_that_row() -> None:
    # …烘干设施 is no whole name and …法律援助案件 would end like one, but the next row's own
    # piece is a glyph (数): the full line over it is that name's beginning
    text = """\
一 级      二 级      三 级 指 标      指 标 值   度 量
指 标      指 标                                  单 位
           数量指标   其中:新建枸      =12        座
                      杞烘干设施
                      法律援助案件
                      数               ≥420       件
"""
    rows = table_rows(text)
    assert [row[Role.NAME] for row in rows] == ["其中:新建枸杞烘干设施", "法律援助案件数"]


def test_a_duty_line_wrapped_in_the_first_column_is_one_line_over_its_rows() -> None:
    # 职责：履 / 行部门基 / 本职能: a duty named over its rows, its words wrapped in a narrow
    # first column; read whole, it is no row and no label of one
    text = """\
一 级       二 级       三 级 指 标           全 年 指
指 标       指 标                             标 值
职责：履
行部门基
本职能
产出指标    数量指标    堤防巡查里程          ≥ 2.4 万公里
                        险工险段维修处数      5处
活动：重
点工作推
进
产出指标    数量指标    汛期值班值守天数      ≥ 120 天
            时效指标    汛前检查完成时限      2024年5月31
                                              日前
"""
    relaid = relay_layout_tables(text_source(text).lines)
    assert relaid is not None
    assert [line.text for line in relaid if line.text.startswith(("职责", "活动"))] == [
        "职责：履行部门基本职能",
        "活动：重点工作推进",
    ]
    rows = table_rows(text)
    assert [(row[Role.NAME], row[Role.TARGET]) for row in rows] == [
        ("堤防巡查里程", "≥2.4万公里"),
        ("险工险段维修处数", "5处"),
        ("汛期值班值守天数", "≥120天"),
        ("汛前检查完成时限", "2024年5月31日前"),
    ]


# a header word wider than its column's cells (1-6月完成值): the next column's values start
# under its end; a reason wrapped over three lines, a name over two
_WIDE_HEADER = """\
一级指标  二级指标  三级指标              年度指标值    1-6月完成值  全年预计值    偏差原因
产出指标  数量指标  老旧小区雨污分流改    ≥42个         18个     42个            汛期施工窗口缩短，
                    造数量                                                      部分小区开工推迟至
                                                                                7月
          质量指标  改造工程验收合格率    100%          100%     100%            无
效益指标  社会效益  受益居民户数          ≥9600户       4100户   9650户          无
"""


def test_values_under_a_header_word_wider_than_its_cells_stand_in_the_next_column() -> None:
    rows = table_rows(_WIDE_HEADER)
    assert [
        (row[Role.NAME], row[Role.TARGET], row[Role.ACTUAL], row[Role.PROJECTED]) for row in rows
    ] == [
        ("老旧小区雨污分流改造数量", "≥42个", "18个", "42个"),
        ("改造工程验收合格率", "100%", "100%", "100%"),
        ("受益居民户数", "≥9600户", "4100户", "9650户"),
    ]
    assert rows[0][Role.REASON] == "汛期施工窗口缩短,部分小区开工推迟至7月"


def test_two_pieces_under_one_word_with_the_next_column_taken_are_not_in_place() -> None:
    # the second piece cannot move on: the line's columns are not printed in place
    text = """\
一级指标  二级指标  三级指标              年度指标值    完成值
产出指标  数量指标  新增公共座椅数量      ≥60个         58个  55个
                    (含公园)
          质量指标  座椅安装验收合格率    100%          100%
"""
    assert relay_layout_tables(text_source(text).lines) is None
