"""Hostile inputs for jixiao's readers, JSON loader and actuals tables (issue 12).

Each input is a :class:`Hostile`: a file name, its bytes and the command that reads it
(``import`` for published documents, ``load`` for canonical JSON, ``record import`` for an
actuals table). Families, all deterministic given a seed:

* ``bomb``: the inputs of the issue: a far cell, a far merged range, a zip bomb, a blank
  200×200-inch PDF page, a 3,000-page PDF, a document repeated to 1 and 4 MB, 5 million
  blank lines, a 20000×20000 PNG, JSON 3,000 deep, a 5,000-digit integer …
* ``random``: random bytes behind each format's magic number;
* ``truncated``, ``flipped``, ``spliced``: every fixture cut short, with bytes flipped, with
  a chunk deleted or repeated;
* ``json``: the Xingtai document with one value replaced by a hostile one (hypothesis
  strategies of huge, negative, non-finite, blank, control-character and wrong-type values);
* ``csv``: an actuals table with hostile cells.

Used by ``tests/test_hostile.py`` (a bounded sample in CI) and by
``tests/hostile_harness.py`` (the large run, ``bash scripts/hostile``).
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import random
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

FIXTURES = Path(__file__).parent / "fixtures"
XINGTAI = FIXTURES / "xingtai-2020.json"
TEXT_DOCUMENT = (
    FIXTURES / "department_performance" / "hubei-qinglan-2022-department-performance-pipes.txt"
)
READABLE = (".txt", ".pdf", ".xlsx", ".png", ".docx")


@dataclass(frozen=True)
class Hostile:
    family: str
    name: str
    data: bytes
    command: str = "import"  # import | load | record


def fixtures() -> list[Path]:
    """Every fixture a reader reads (published documents) and the canonical documents."""
    return sorted(
        path
        for path in FIXTURES.rglob("*")
        if path.is_file() and path.suffix in (*READABLE, ".json", ".csv")
    )


def _command(path: Path) -> str:
    if path.suffix == ".json":
        return "load"
    if path.suffix == ".csv":
        return "record"
    return "import"


# --- the bombs of the issue ----------------------------------------------------------------


def _workbook(cells: dict[str, str]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for where, value in cells.items():
        sheet[where] = value
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _rewrite_sheet(book: bytes, change: Callable[[bytes], bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(book))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = change(data)
            target.writestr(info.filename, data)
    return out.getvalue()


def _zip_bomb(book: bytes, megabytes: int) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(book))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info.filename, source.read(info.filename))
                continue
            with target.open(info.filename, "w", force_zip64=True) as stream:
                stream.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/')
                stream.write(b'spreadsheetml/2006/main"><sheetData>')
                chunk = b" " * (1 << 20)
                for _ in range(megabytes):
                    stream.write(chunk)
                stream.write(b"</sheetData></worksheet>")
    return out.getvalue()


def _pdf(pages: int, size: tuple[float, float] | None = None, text: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=size) if size else FPDF()
    for _ in range(pages):
        pdf.add_page()
        if text:
            pdf.set_font("helvetica", size=12)
            pdf.text(50, 50, text)
    return bytes(pdf.output())


def _png(width: int, height: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("1", (width, height), 1).save(out, format="PNG")
    return out.getvalue()


def _docx(paragraphs: int, table_cells: int = 0) -> bytes:
    import docx

    document = docx.Document()
    for n in range(paragraphs):
        document.add_paragraph(f"项目名称 {n}")
    if table_cells:
        document.add_table(rows=table_cells, cols=1)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def bombs(large: bool = True) -> Iterator[Hostile]:
    """The inputs the issue names; ``large=False`` leaves out the slow-to-make ones."""
    small = _workbook({"A1": "项目名称", "B2": "x"})
    yield Hostile("bomb", "far-cell.xlsx", _workbook({"A1": "项目名称", "XFD1048576": "x"}))
    merge = b'</sheetData><mergeCells count="1"><mergeCell ref="A1000:XFD1048576"/></mergeCells>'
    yield Hostile(
        "bomb", "far-merge.xlsx", _rewrite_sheet(small, lambda d: d.replace(b"</sheetData>", merge))
    )
    declared = _rewrite_sheet(
        small, lambda d: d.replace(b'<dimension ref="A1:B2"/>', b'<dimension ref="A1:XFD1048576"/>')
    )
    yield Hostile("bomb", "declared-dimension.xlsx", declared)
    yield Hostile("bomb", "zip-bomb.xlsx", _zip_bomb(small, 700 if large else 8))
    text = TEXT_DOCUMENT.read_bytes()
    yield Hostile("bomb", "repeated-1mb.txt", text * (1_000_000 // len(text) + 1))
    yield Hostile("bomb", "blank-lines.txt", "项目名称\n".encode() + b"\n" * 5_000_000)
    yield Hostile("bomb", "json-deep.json", b"[" * 3000 + b"]" * 3000, "load")
    yield Hostile("bomb", "json-bigint.json", b'{"schema_version": ' + b"9" * 5000 + b"}", "load")
    yield Hostile("bomb", "docx-many-paragraphs.docx", _docx(20_000 if large else 500))
    if large:
        yield Hostile("bomb", "repeated-4mb.txt", text * (4_000_000 // len(text) + 1))
        yield Hostile("bomb", "huge-page.pdf", _pdf(1, (14400, 14400)))
        yield Hostile("bomb", "3000-pages.pdf", _pdf(3000))
        yield Hostile("bomb", "huge.png", _png(20000, 20000))
        yield Hostile("bomb", "zip-bomb.docx", _docx_bomb(700))
    else:
        yield Hostile("bomb", "huge-page.pdf", _pdf(1, (14400, 14400)))
        yield Hostile("bomb", "huge.png", _png(6000, 6000))


def _docx_bomb(megabytes: int) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_docx(1)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
        with target.open("word/media/padding.bin", "w", force_zip64=True) as stream:
            for _ in range(megabytes):
                stream.write(b"\0" * (1 << 20))
    return out.getvalue()


# --- mutations of the fixtures -------------------------------------------------------------

_MAGIC = {
    ".pdf": b"%PDF-1.7\n",
    ".xlsx": b"PK\x03\x04",
    ".png": b"\x89PNG\r\n\x1a\n",
    ".txt": b"",
    ".json": b"{",
}


def random_bytes(rng: random.Random, count: int) -> Iterator[Hostile]:
    suffixes = list(_MAGIC)
    for n in range(count):
        suffix = suffixes[n % len(suffixes)]
        body = rng.randbytes(rng.choice([1, 16, 512, 4096, 65536]))
        command = "load" if suffix == ".json" else "import"
        yield Hostile("random", f"random-{n}{suffix}", _MAGIC[suffix] + body, command)


def mutations(rng: random.Random, path: Path, count: int) -> Iterator[Hostile]:
    """``count`` damaged copies of one fixture: truncated, flipped, spliced in turn."""
    data = path.read_bytes()
    command = _command(path)
    for n in range(count):
        kind = ("truncated", "flipped", "spliced")[n % 3]
        if kind == "truncated":
            damaged = data[: rng.randrange(0, max(1, len(data)))]
        elif kind == "flipped":
            buffer = bytearray(data)
            for _ in range(rng.choice([1, 4, 32, 256])):
                if buffer:
                    buffer[rng.randrange(len(buffer))] = rng.randrange(256)
            damaged = bytes(buffer)
        else:
            start = rng.randrange(0, max(1, len(data)))
            end = min(len(data), start + rng.randrange(1, 4096))
            if rng.random() < 0.5:
                damaged = data[:start] + data[end:]
            else:
                damaged = data[:end] + data[start:end] * rng.randrange(2, 50) + data[end:]
        yield Hostile(kind, f"{path.stem}-{kind}-{n}{path.suffix}", damaged, command)


# --- hostile values in structured files (hypothesis strategies) ----------------------------

hostile_scalars = st.one_of(
    st.integers(min_value=-(10**60), max_value=10**60),
    st.just(10**4000),
    st.sampled_from(
        ["1e999999999", "-1e999999999", "NaN", "Infinity", "-0", "1e-5000", "-88.29", "", "   "]
    ),
    st.text(
        alphabet=st.characters(codec="utf-8", categories=["Cc", "Zs", "Lo", "Nd", "Po"]),
        max_size=40,
    ),
    st.builds(lambda n: "部" * n, st.sampled_from([1000, 100_000, 2_000_000])),
    st.none(),
    st.booleans(),
    st.lists(st.integers(), max_size=3),
    st.recursive(st.none(), lambda inner: st.lists(inner, max_size=2), max_leaves=200),
    st.floats(allow_nan=True, allow_infinity=True),
)


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _leaves(value, (*path, index))
    if path:
        yield path


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> None:
    """Put ``value`` at ``path``, if an earlier replacement has not removed the path."""
    with contextlib.suppress(KeyError, IndexError, TypeError):
        for part in path[:-1]:
            data = data[part]
        data[path[-1]] = value


def json_mutations(rng: random.Random, count: int) -> Iterator[Hostile]:
    base = json.loads(XINGTAI.read_text(encoding="utf-8"))
    paths = list(_leaves(base))
    for n in range(count):
        document = copy.deepcopy(base)
        for _ in range(rng.choice([1, 1, 2, 5])):
            value = _draw(rng)
            _replace(document, rng.choice(paths), value)
        if n % 10 == 9:  # the same project several times
            document["projects"] = document["projects"][:1] * rng.randrange(2, 5)
        text = json.dumps(document, ensure_ascii=False, allow_nan=True)
        yield Hostile("json", f"xingtai-json-{n}.json", text.encode("utf-8"), "load")


def _draw(rng: random.Random) -> Any:
    """One hostile value, drawn deterministically from the strategy's families."""
    choices: list[Callable[[], Any]] = [
        lambda: rng.choice([10**4000, -(10**30), 2**63, -1, 0]),
        lambda: rng.choice(["1e999999999", "-1e999999999", "NaN", "Infinity", "1e-5000"]),
        lambda: rng.choice(["-88.29", "", "   ", "\x00", "侨联\x1b[31m", "\u202e反转"]),
        lambda: "部" * rng.choice([1000, 100_000, 2_000_000]),
        lambda: rng.choice([None, True, False, [], {}, [1, 2], {"x": 1}]),
        lambda: _nested(rng.choice([10, 100, 500])),  # 3,000 deep: the bombs, as text
        lambda: rng.choice([float("nan"), float("inf"), 1e308, -1e-308]),
    ]
    return rng.choice(choices)()


def _nested(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


def csv_mutations(rng: random.Random, count: int) -> Iterator[Hostile]:
    header = "类型,日期,项目,金额,指标,数值,单位,档次\n"
    good = "支出,2020-03-01,侨务工作经费,0.8,,,,\n"
    bad_cells = [
        "1e400",
        "-1e13",
        "NaN",
        "%",
        "侨务工作",
        "\x00",
        "2020-13-45",
        "9" * 5000,
        "部" * 100_000,
        "",
        "进度",
        "年末",
        "达成",
        "=1+1",
    ]
    for n in range(count):
        rows = [good]
        for _ in range(rng.choice([1, 3, 100])):
            cells = good.strip().split(",")
            cells[rng.randrange(len(cells))] = rng.choice(bad_cells)
            rows.append(",".join(cells) + "\n")
        text = header + "".join(rows) if n % 7 else header  # every 7th: header only
        yield Hostile("csv", f"actuals-{n}.csv", text.encode("utf-8"), "record")


def generate(count: int, seed: int = 12, large: bool = True) -> Iterator[Hostile]:
    """``count`` inputs (at least the bombs): bombs, then the other families in turn."""
    rng = random.Random(seed)
    produced = 0
    for item in bombs(large):
        produced += 1
        yield item
    rest = max(0, count - produced)
    paths = fixtures()
    per_family = {
        "random": rest // 10,
        "json": rest // 5,
        "csv": rest // 10,
    }
    per_family["mutations"] = rest - sum(per_family.values())
    yield from random_bytes(rng, per_family["random"])
    yield from json_mutations(rng, per_family["json"])
    yield from csv_mutations(rng, per_family["csv"])
    each, extra = divmod(per_family["mutations"], len(paths))
    for index, path in enumerate(paths):
        yield from mutations(rng, path, each + (1 if index < extra else 0))
