"""A ``pdftotext -layout`` table: a 一级 label printed on the middle line of its block,
beside a 二级 label's tail (``效益指标 | 指标``), tells nothing of where that line goes: the
name's wrapped tail on it is the row above's (``…生活保障`` / ``失助人数``), not the head of
the next row's name. A limit wrapped under the event it is counted from (``收到市级资金后``
/ ``15日内``) is one target, the line under holding its actual."""

from __future__ import annotations

from pathlib import Path

from general_support import read_form

_TARGET_TABLE = """                              武邑县县级部门预算项目绩效目标表

填报单位(盖公章):武邑县民政局

 项目名称      困难残疾人生活补贴
 一级指标  二级指标   三级指标                 绩效指标描述               指标值       确定依据
           数量指标   困难残疾人生活补贴发放   全年发放补贴的残疾人数     ≥1350人      上年人数
                      人数
 产出指标  质量指标   补贴对象认定准确率       审核认定的对象数/实际      100%         政策要求
                                               发放对象数
           成本指标   补贴标准                 每人每月补贴标准           80元/人·月   政策标准
           社会效益   困难残疾人基本生活保障   是否因生活困难陷入         0人          历史数据
 效益指标  指标       失助人数                 失助状态
           可持续影   补贴政策知晓             对补贴政策的知晓程度       ≥95%         计划标准
           响指标     率
 满意度    服务对象   补贴对象满意度           满意的人数/                ≥90%         计划标准
 指标      满意度指                            样本总数
           标
 经办人(签字):                 电话:                       项目责任人(签字):
"""

_SELF_EVALUATION = """                      中央转移支付区域绩效自评表
                           (2021年度)
 转移支付(项目)名称       林业改革发展资金
 地方主管部门               屏南县林业局                 资金使用单位      屏南县林业局
 绩效指标  一级指标   二级指标    三级指标                  指标值          实际完成值      原因
                      数量指标    森林抚育面积              ≥2万亩          2.3万亩
           产出指标   质量指标    造林成活率                ≥85%            90%
                      时效指标    资金分配下达时间          收到市级资金后
                                                            15日内          12日内
           效益指标   生态效益    森林覆盖率                ≥70%            71.2%
                      指标
           满意度     服务对象    林农满意度                ≥90%            94%
           指标       满意度指标
"""


def _read(tmp_path: Path, text: str) -> dict[str, str]:
    document = read_form(tmp_path, text)
    return {
        indicator.name: indicator.target.text if indicator.target else ""
        for _, indicator in document.all_indicators()
    }


def test_a_names_tail_beside_a_mid_block_label_ends_the_row_above(tmp_path: Path) -> None:
    read = _read(tmp_path, _TARGET_TABLE)
    assert read["困难残疾人基本生活保障失助人数"] == "0人"
    assert read["补贴政策知晓率"] == "≥95%"


def test_a_names_tail_under_its_row_without_labels_stays_its_own(tmp_path: Path) -> None:
    read = _read(tmp_path, _TARGET_TABLE)
    assert read["困难残疾人生活补贴发放人数"] == "≥1350人"


def test_a_limit_under_its_event_is_one_target(tmp_path: Path) -> None:
    read = _read(tmp_path, _SELF_EVALUATION)
    assert read["资金分配下达时间"].replace(" ", "") == "收到市级资金后15日内"
    assert read["森林覆盖率"] == "≥70%"
