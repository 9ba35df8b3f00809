"""The per-worker memo of read results keyed by an immutable version (``jixiao.app.memo``)."""

from __future__ import annotations

from jixiao.app.memo import Memo


def test_a_kept_result_is_not_computed_again() -> None:
    memo: Memo[str, list[int]] = Memo(4)
    calls: list[str] = []

    def compute() -> list[int]:
        calls.append("x")
        return [1]

    first = memo.get("a", compute)
    assert memo.get("a", compute) is first and calls == ["x"]


def test_the_least_recently_used_result_goes_first() -> None:
    memo: Memo[str, str] = Memo(2)
    memo.get("a", lambda: "A")
    memo.get("b", lambda: "B")
    memo.get("a", lambda: "not again")  # a is now the most recent
    memo.get("c", lambda: "C")  # b goes
    assert len(memo) == 2
    assert memo.get("a", lambda: "new a") == "A"
    assert memo.get("b", lambda: "new b") == "new b"


def test_nothing_found_is_not_kept() -> None:
    memo: Memo[str, str] = Memo(2)
    assert memo.get("a", lambda: None) is None
    assert memo.get("a", lambda: "A") == "A"
