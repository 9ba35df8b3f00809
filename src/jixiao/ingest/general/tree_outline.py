"""An indicator tree drawn with box glyphs, one level a depth (issue 11).

Some sites publish the indicator system as an outline drawn as a directory tree: the project
at the root, then ``├─ 产出指标``, ``│   ├─ 数量指标``, and each leaf an indicator with its
value in brackets after a label, ``│   │   └─ 名称（指标值：≥320万平方米）``. Read with the
glyphs, the bars cut each line into cells of a ruled table that is none. :func:`tree_lines`
takes the drawing off each line of such a block and writes a leaf as the row it stands for,
``名称 <tab> 值``, so the levels read as a list's labels and each leaf as a name and a target.

A block is a tree when several lines open with a branch (├─, └─) after nothing but bars and
spaces; a table ruled with box glyphs opens its rows with a bar and has text between bars.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from jixiao.ingest.cells import label_key
from jixiao.ingest.general.vocabulary import Role, header_role
from jixiao.ingest.source import SourceLine

_MIN_BRANCHES: Final = 3  # one or two branch glyphs happen in a list; a tree has many
# the drawing before a node: bars and spaces, then the branch and its rule
_BRANCH_RE: Final = re.compile(r"^[│┃\s\u3000]*[├└┣┗]\s*[─━-]+\s*(?=[^\s─━-])")
# a box-drawn table's glyphs: a line holding one after its branch is a ruled table's row
_BOX_RE: Final = re.compile(r"[│┃├┤┼┬┴┌┐└┘┣┫╋━─]")
# a leaf's value in brackets after its label, closing the line (a cut leaf has no bracket)
_LEAF_RE: Final = re.compile(
    r"(?P<name>.+?)\s*[（(](?P<label>[^：:（）()]{2,8})[：:](?P<value>[^（）()]+)[）)]\s*"
)


def _node(text: str) -> str | None:
    """A tree line's node (its text after the drawing), None for any other line."""
    match = _BRANCH_RE.match(text)
    if match is None:
        return None
    node = text[match.end() :].strip()
    return node if _BOX_RE.search(node) is None else None


def _leaf_row(text: str) -> str:
    """``名称（指标值：≥320万平方米）`` as the row ``名称 <tab> ≥320万平方米``; other text,
    or a bracket whose label names no target (``（含村级）``), as it is."""
    match = _LEAF_RE.fullmatch(text)
    if match is None or header_role(label_key(match["label"])) is not Role.TARGET:
        return text
    return f"{match['name']}\t{match['value'].strip()}"


def tree_lines(lines: Sequence[SourceLine]) -> list[SourceLine] | None:
    """The lines with a tree's drawing taken off and its leaves written as rows; None when
    the text draws no tree."""
    nodes = [_node(line.text) for line in lines]  # each line's branch, looked at once
    if sum(node is not None for node in nodes) < _MIN_BRANCHES:
        return None
    out: list[SourceLine] = []
    for line, node in zip(lines, nodes, strict=True):
        if node is None:
            out.append(line)
            continue
        text = _leaf_row(node)
        out.append(replace(line, text=text, cells=tuple(text.split("\t"))))
    return out
