"""HTML character references left in a document's text, read as the characters they name.

A site's editor (or its CMS, escaping what was escaped already) publishes a table's signs as
their references: ``&ge;90%``, ``&le;5个工作日``, ``&lt;0.5%``, ``&#8805;``, ``&#x2265;``,
``名称&nbsp;&nbsp;≥95%``. Copied as text, a spreadsheet's cell or a page's table keeps them,
and a target ``&ge;90%`` is no target. :func:`decode_entities` gives the text with each
reference HTML knows decoded, a no-break space as a space; an ``&`` that names nothing
(``R&D``, ``A&B;``) is kept. Text escaped twice (``&amp;ge;``) is decoded to its sign: its
reader sees the sign a page meant, and the text normalised again reads the same.
"""

from __future__ import annotations

import html
import re
from typing import Final

_ENTITY_RE: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ROUNDS: Final = 2  # escaped once, or twice by a CMS escaping its editor's text again
_SPACES: Final = str.maketrans({"\u00a0": " "})


def has_entities(text: str) -> bool:
    return "&" in text and _ENTITY_RE.search(text) is not None


def decode_entities(text: str) -> str:
    """The text with its character references decoded (see the module's note)."""
    for _ in range(_ROUNDS):
        if not has_entities(text):
            break
        text = _ENTITY_RE.sub(_decoded, text)
    return text


def _decoded(reference: re.Match[str]) -> str:
    return html.unescape(reference.group()).translate(_SPACES)
