"""A sharing site's preview cut into numbered page chunks (``1、`` … ``2、``) inside a
sentence: each chunk joined back onto the page before it, its number dropped; a numbered
list's items are left as they are."""

from __future__ import annotations

from general_support import text_source
from jixiao.ingest.general.normalise import normalise_source
from jixiao.ingest.general.page_chunks import join_page_chunks
from jixiao.ingest.general.prose import read_prose_targets

_PAGE = (
    "某市体育局2024年部门预算绩效文本 第一部分 部门整体绩效目标 "
    + "加强全民健身设施建设," * 16
    + "提升群众健身水平。 "
)


def _texts(text: str) -> list[str]:
    joined = join_page_chunks(text_source(text).lines)
    return [line.text for line in joined] if joined is not None else []


def test_a_figure_cut_by_a_page_chunk_is_joined_back() -> None:
    text = f"1、 {_PAGE}绩效指标:新建健身路径不少于4\n2、5处,全民健身活动参与人次不少于3万人次。\n"
    texts = _texts(text)
    assert texts[0].endswith("新建健身路径不少于45处,全民健身活动参与人次不少于3万人次。")
    assert texts[1] == ""


def test_the_targets_after_a_page_chunk_are_read_with_their_list() -> None:
    text = (
        f"1、 {_PAGE}绩效指标:新建健身路径不少于4\n"
        "2、5处,全民健身活动参与人次不少于3万人次,体育场馆免费开放天数不少于300天。\n"
        "3、 其他说明\n"
    )
    lines = normalise_source(text_source(text))[0].lines
    names = {item.name: item.phrase for item in read_prose_targets(lines)}
    assert names["新建健身路径"] == "不少于45处"
    assert names["体育场馆免费开放天数"] == "不少于300天"


def test_a_lists_long_items_ending_their_sentences_stay_apart() -> None:
    # near miss: numbered items as long as a page, each ending its sentence
    text = f"1、{_PAGE}。\n2、{_PAGE}。\n"
    assert _texts(text) == []


def test_a_lists_short_items_stay_apart() -> None:
    # near miss: short numbered items, the first not ending its sentence
    assert _texts("1、本站资源下载后的文档无水印\n2、试题试卷类文档请仔细核对\n") == []


def test_chunks_out_of_order_stay_apart() -> None:
    # near miss: the next number is not the page after
    assert _texts(f"1、 {_PAGE}不少于4\n3、5处。\n") == []
