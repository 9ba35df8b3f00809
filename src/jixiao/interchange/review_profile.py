"""Reading a bureau's review profile (审核配置) from a TOML file.

The file format is described in :mod:`jixiao.domain.review.profile`; this adapter only reads
the file and decodes the TOML, so every mistake is reported in Chinese with the file's name
(and the key, for a setting the rules do not know).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from jixiao.domain.review import ProfileError, ReviewProfile


def load_profile(path: Path) -> ReviewProfile:
    """The profile in ``path``; raises :class:`ProfileError` naming the file (and key)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProfileError(f"审核配置文件“{path}”不存在") from None
    except UnicodeDecodeError:
        raise ProfileError(f"审核配置文件“{path}”不是 UTF-8 编码的文本") from None
    except OSError as error:
        raise ProfileError(f"无法读取审核配置文件“{path}”:{error.strerror}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(f"审核配置文件“{path}”不是有效的 TOML:{error}") from None
    data.setdefault("name", path.stem)
    return ReviewProfile.from_mapping(data, source=str(path))
