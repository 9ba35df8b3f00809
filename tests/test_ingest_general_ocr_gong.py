"""A scan's OCR reads 工 as a Latin I (``I程验收``, ``I作经费``): the I before the glyph a
工 word goes on with is 工 again; a Roman numeral's I (``I类水质``, ``II级``) is left."""

from __future__ import annotations

from general_support import table_rows
from jixiao.ingest.general.normalise import ocr_gong
from jixiao.ingest.general.vocabulary import Role

_FORM = (
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t时效指标\t指标1排涝泵站I程竣工时间\t2022年9月底前\t2022年9月\t10\t10\n"
    "\t成本指标\t指标1I作经费控制数\t≤12万元\t11.4万元\t10\t10\n"
)


def test_an_i_before_the_rest_of_a_gong_word_is_gong() -> None:
    names = {row[Role.NAME] for row in table_rows(_FORM)}
    # the row's number (指标1) the table leaves on the name, the full reader takes off
    assert any(name.endswith("排涝泵站工程竣工时间") for name in names)
    assert any(name.endswith("工作经费控制数") for name in names)


def test_a_roman_numerals_i_stays() -> None:
    assert ocr_gong("出水水质达到I类标准") == "出水水质达到I类标准"
    assert ocr_gong("II级响应") == "II级响应"
    assert ocr_gong("PIC程序") == "PIC程序"
