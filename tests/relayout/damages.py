"""What comes on top of a layout: damages to cells (OCR, full-width signs, thousands
separators, check boxes as Wingdings letters), wrappers around the text (a government page, a
document-sharing site) and damages to the whole page's text (a mirror's traditional characters
with pinyin glosses). Each docstring names the real captures it imitates.

Cell damages are ``(sheet, rng) -> sheet``; wrappers and page damages ``(text, rng, sheet) ->
text``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache

from relayout.sheet import Sheet

# characters a mirror site glosses after converting them (corpus p03, p08, p21; hold-outs)
GLOSSES = {
    "區": "qū",
    "績": "jì",
    "標": "biāo",
    "衛": "wèi",
    "項": "xiàng",
    "預": "yù",
    "數": "shù",
    "執": "zhí",
    "經": "jīng",
    "費": "fèi",
    "當": "dāng",
    "結": "jié",
    "轉": "zhuǎn",
    "質": "zhì",
    "產": "chǎn",
    "驗": "yàn",
    "畝": "mǔ",
    "萬": "wàn",
    "縣": "xiàn",
    "鎮": "zhèn",
    "農": "nóng",
    "業": "yè",
    "務": "wù",
    "設": "shè",
    "達": "dá",
    "資": "zī",
    "療": "liáo",
    "醫": "yī",
    "養": "yǎng",
    "護": "hù",
    "現": "xiàn",
    "實": "shí",
    "際": "jì",
    "學": "xué",
    "戶": "hù",
    "蓋": "gài",
    "運": "yùn",
    "維": "wéi",
    "監": "jiān",
    "測": "cè",
    "發": "fā",
    "環": "huán",
    "優": "yōu",
    "範": "fàn",
    "規": "guī",
    "勞": "láo",
    "動": "dòng",
    "貧": "pín",
    "補": "bǔ",
    "貼": "tiē",
    "購": "gòu",
    "訓": "xùn",
    "練": "liàn",
    "機": "jī",
    "構": "gòu",
    "總": "zǒng",
    "體": "tǐ",
    "額": "é",
    "計": "jì",
    "劃": "huà",
    "價": "jià",
    "級": "jí",
    "導": "dǎo",
    "處": "chù",
    "單": "dān",
    "進": "jìn",
    "門": "mén",
    "應": "yīng",
    "興": "xīng",
    "證": "zhèng",
    "對": "duì",
    "響": "xiǎng",
    "與": "yǔ",
    "滿": "mǎn",
    "無": "wú",
    "衆": "zhòng",
    "眾": "zhòng",
    "綫": "xiàn",
    "線": "xiàn",
    "車": "chē",
}


@cache
def _s2t() -> Callable[[str], str]:
    import opencc

    converter = opencc.OpenCC("s2t")
    return converter.convert


def traditional(text: str, rng: random.Random, sheet: Sheet) -> str:
    """The whole page in traditional characters, as mirror sites re-serve pages (OpenCC s2t;
    corpus p03, p08, p21; several hold-outs); ``traditional_glossed`` adds pinyin glosses."""
    return _s2t()(text)


def traditional_glossed(text: str, rng: random.Random, sheet: Sheet) -> str:
    """Traditional characters with pinyin glosses after some converted characters, unevenly, as
    a mirror site inserts them into the page it re-serves, after any layout (``衛(wèi)片執(zhí)法``,
    ``萬(wàn)畝(mǔ)`` in units too; corpus p03)."""
    rate = rng.uniform(0.4, 0.9)
    out = []
    for char in traditional(text, rng, sheet):
        out.append(char)
        if char in GLOSSES and rng.random() < rate:
            out.append(f"({GLOSSES[char]})")
    return "".join(out)


_TARGET_ROLES = {"target", "bare", "nature", "value"}
_NUMBER_ROLES = {
    "target",
    "bare",
    "value",
    "actual",
    "weight",
    "score",
    "field",
    "title",
    "forecast",
}


def ocr(sheet: Sheet, rng: random.Random) -> Sheet:
    """OCR of a scanned form (corpus p15, xingtai; 河北, 河南, 内蒙古 hold-outs): ``≧ ≦`` for
    ``≥ ≤``, ``═ ﹦`` for ``=``, the letter O for 0 and l for 1 inside numbers."""
    symbols = {"≥": ("≧", "≥"), "≤": ("≦", "≤"), "=": ("═", "﹦", "="), "＝": ("﹦", "═")}
    rate = rng.uniform(0.2, 0.4)

    def damage(text: str, role: str) -> str:
        if role in _TARGET_ROLES:
            text = "".join(rng.choice(symbols[c]) if c in symbols else c for c in text)
        if role in _NUMBER_ROLES:
            text = re.sub(r"\d*[01]\d*", lambda m: _letters(m.group(), rng, rate), text)
        return text

    return sheet.mapped(damage)


def _letters(number: str, rng: random.Random, rate: float) -> str:
    if len(number) < 2 or rng.random() >= rate:
        return number
    return number.replace("0", "O") if "0" in number[1:] else number.replace("1", "l")


def ocr_two(sheet: Sheet, rng: random.Random) -> Sheet:
    """OCR reading ``≥`` as the digit 2, kept apart by a space (``2 95%``): the doubtful cells
    of the 内蒙古 and 河北 hold-outs (a glued ``295%`` no careful reader could tell)."""
    rate = rng.uniform(0.3, 0.6)

    def damage(text: str, role: str) -> str:
        if role not in _TARGET_ROLES or not text.startswith("≥") or rng.random() >= rate:
            return text
        return "2 " + text[1:].lstrip()

    return sheet.mapped(damage)


_FULL = str.maketrans("0123456789%=()", "０１２３４５６７８９％＝（）")
_VALUE_ROLES = {"target", "bare", "value", "unit", "actual", "weight", "score", "forecast"}


def full_width(sheet: Sheet, rng: random.Random) -> Sheet:
    """A table typed in Word with full-width digits and signs (``≥９５％``, ``＝１００％``,
    ``元/（人·年）``: the 云南 hold-out), in the targets, units and values."""
    rate = rng.uniform(0.5, 1.0)

    def widen(text: str, role: str) -> str:
        return text.translate(_FULL) if role in _VALUE_ROLES and rng.random() < rate else text

    return sheet.mapped(widen)


def thousands(sheet: Sheet, rng: random.Random) -> Sheet:
    """Amounts and counts with thousands separators (``1,200亩以上``, ``1,856.30``: the 贵州
    and 浙江 hold-outs), never a year."""

    def group(text: str, role: str) -> str:
        if role not in _VALUE_ROLES | {"field", "amount"}:
            return text
        return re.sub(r"(?<![\d.,])(\d{4,})(?![\d年])", lambda m: f"{int(m.group()):,}", text)

    return sheet.mapped(group)


def wingdings(sheet: Sheet, rng: random.Random) -> Sheet:
    """Check boxes as a Word file's Wingdings letters (corpus p14: ``R`` checked, ``£``
    unchecked)."""
    return sheet.mapped(lambda text, role: text.replace("☑", "R").replace("□", "£"))


# --- wrappers around the text --------------------------------------------------------------


def web_page(text: str, rng: random.Random, sheet: Sheet) -> str:
    """A government page's header and footer (corpus 09, p10; hold-outs h01, h02): menu,
    发布时间/来源/浏览次数 before; print and close links, the site's owner after (not after a
    cut capture: it stopped before them)."""
    before = [
        "首页 > 信息公开 > 财政资金 > 预算绩效",
        sheet.title,
        f"发布时间:{rng.randint(2018, 2025)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} "
        f"10:{rng.randint(10, 59)}  来源:本站  浏览次数:{rng.randint(10, 999)}",
        "【字体:大 中 小】",
    ]
    after = ["【打印本页】 【关闭窗口】", "主办单位:人民政府办公室  技术支持:信息中心"]
    return "\n".join(before + [text] + ([] if sheet.cut else after))


def sharing_site(text: str, rng: random.Random, sheet: Sheet) -> str:
    """A document-sharing site's boilerplate (corpus p05, p09, p18; 西藏, 湖北, 山东 hold-outs):
    file name, uploader, points and page count before; the end of the preview, the download
    button and the copyright notice after."""
    before = [
        f"{sheet.title}.doc",
        f"上传人:{rng.choice(('文档', 'wk', '用户'))}***  上传时间:2023-0{rng.randint(1, 9)}-12",
        f"浏览次数:{rng.randint(20, 900)}  下载积分:{rng.randint(1, 9)}",
        f"文档页数:{rng.randint(2, 6)}页",
        "下载本文档",
    ]
    after = [
        "全文预览已结束",
        "下载本文档",
        "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领",
        "相关文档",
    ]
    return "\n".join([*before, text, *after])


CELL_DAMAGES: dict[str, Callable[[Sheet, random.Random], Sheet]] = {
    "ocr": ocr,
    "ocr2": ocr_two,
    "wingdings": wingdings,
    "fullwidth": full_width,
    "thousands": thousands,
}
WRAPPERS: dict[str, Callable[[str, random.Random, Sheet], str]] = {
    "web": web_page,
    "sharing": sharing_site,
}
# damages of the whole page's text, after the wrappers (a mirror converts all it serves)
TEXT_DAMAGES: dict[str, Callable[[str, random.Random, Sheet], str]] = {
    "trad": traditional_glossed,
    "trad-plain": traditional,
}
