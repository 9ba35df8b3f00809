"""A header cell's role is the first entry of the header words its label key matches whole.

``header_role`` asks all the entries at once, as one pattern of alternatives in the table's
order (quicker than one call an entry); these tests hold it to the table read in turn, on
keys made to match each entry and on those keys with words around them.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.ingest.general.vocabulary import HEADER_WORDS, Role, header_role


def _first_entry(key: str) -> Role | None:
    return next((role for pattern, role in HEADER_WORDS if pattern.fullmatch(key)), None)


def _role(key: str) -> Role | None:
    return header_role.__wrapped__(key)  # the answer itself, not a remembered one


_KEYS = st.sampled_from([pattern for pattern, _ in HEADER_WORDS]).flatmap(
    lambda pattern: st.from_regex(pattern, fullmatch=True)
)
_WORDS = st.text(alphabet="指标值年度实际完成分得原因一二级", max_size=3)


@settings(max_examples=150, deadline=None)
@given(key=_KEYS, before=_WORDS, after=_WORDS)
def test_a_key_takes_the_role_of_the_first_entry_it_matches(
    key: str, before: str, after: str
) -> None:
    for text in (key, before + key, key + after):
        assert _role(text) is _first_entry(text)


def test_where_two_entries_match_the_earlier_one_wins() -> None:
    both = "完成目标可能性及原因"  # the likelihood's column and, by its tail, a reasons' one
    matching = [role for pattern, role in HEADER_WORDS if pattern.fullmatch(both)]
    assert matching == [Role.LIKELIHOOD, Role.REASON]
    assert _role(both) is Role.LIKELIHOOD
    assert _role("指标值") is Role.TARGET
    assert _role("某项目名称以外的文字") is None
