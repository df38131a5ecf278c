r"""Where the last words of a text before a place start, read backwards.

A pattern anchored at a place in a sentence (``… mencapai\s+$`` searched up to a
figure) tried from the sentence's start costs the whole text before the place;
for every figure of a long sentence, that is its length squared. A match that
can hold only so many runs of non-blank characters starts no earlier than the
start of that many last runs, so the search can start there and find the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from lkjaudit.model.lazyre import lazy

__all__ = ["found_before", "last_pieces", "runs_start", "tail_start", "tokens_before"]


# NOTE: an earlier start finds the same: a text this short is searched from 0
_SHORT = 160


def tail_start(text: str, end: int, runs: int) -> int:
    r"""The start of the ``runs``-th last run of non-blank characters before ``end``.

    Blank is what a pattern's ``\s`` matches (``str.isspace``); 0 when the text
    before ``end`` holds fewer runs or is short (a search from an earlier start
    finds the same).
    """
    if end <= _SHORT:
        return 0  # NOTE: searched whole, a short text costs less than its runs
    i = end
    for _ in range(runs):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
        if i == 0:
            break
    return i


# NOTE: the same tokens as a name's words are read in (:func:`_in_name`)
_NAME_TOKEN = lazy(r"[\w/-]+|,")
_WINDOW = 80


def _in_token(char: str) -> bool:
    return char.isalnum() or char in "_/-"


def tokens_before(text: str, end: int) -> Iterator[str]:
    r"""The tokens ``[\w/-]+`` and ``,`` of ``text[:end]``, the last first.

    The same as ``reversed(findall(text[:end]))``, read a window at a time from
    the end, so that a reader stopping after a few words costs only those.
    """
    hi = end
    while hi > 0:
        lo = max(0, hi - _WINDOW)
        # NOTE: a window starts between tokens, never inside a run of word
        # characters (a comma is a token of its own)
        while lo > 0 and _in_token(text[lo - 1]) and _in_token(text[lo]):
            lo -= 1
        yield from reversed(_NAME_TOKEN.findall(text, lo, hi))
        hi = lo


def runs_start(text: str, end: int, filler: re.Pattern[str], runs: int) -> int:
    r"""Where a match of some words, then any number of filler words, may start.

    The filler runs right before ``end`` (each whole run a ``filler`` match) and
    ``runs`` more: a pattern ``(?:naik|lebih\s+tinggi)(?:\s+(?:sebesar|…))*\s*$``
    holds no more than those.
    """
    i = end
    while True:
        start = tail_start(text, i, 1)
        j = start
        while j < i and text[j].isspace():
            j += 1
        k = i
        while k > j and text[k - 1].isspace():
            k -= 1
        if start == i or j == k or not filler.fullmatch(text, j, k):
            break
        i = start
    return tail_start(text, i, runs)


def found_before(pattern: re.Pattern[str], text: str, end: int, runs: int) -> bool:
    """Whether ``pattern`` matches somewhere in ``text[:end]``.

    ``runs``: more than the blanks a match of the pattern crosses or looks past.
    A search of ``text[:end]`` tries each start in turn; one started more than
    ``runs`` runs of words before ``end`` looks at nothing past it, so it fares
    there as in the whole text, whose first match is found once.
    """
    low = tail_start(text, end, runs)
    if low:
        first = _first_match(pattern, text)
        if first is not None and first < low:
            return True
    return pattern.search(text, low, end) is not None


@lru_cache(maxsize=256)
def _first_match(pattern: re.Pattern[str], text: str) -> int | None:
    found = pattern.search(text)
    return found.start() if found is not None else None


def last_pieces(
    pattern: re.Pattern[str], text: str, end: int, count: int, blank: bool = False
) -> list[str]:
    """The last ``count`` pieces of ``pattern.split(text[:end])``.

    Blank pieces count only when ``blank``; else only those with words do.
    For a pattern of breaks that hold no blank and look one character past
    themselves at most (";", a comma, "sedangkan"): split from a run's start, the
    pieces after the first are the whole text's last ones; the window grows until
    it holds enough of them.
    """
    runs = 8
    while True:
        low = tail_start(text, end, runs)
        pieces = pattern.split(text[low:end])
        kept = pieces if low == 0 else pieces[1:]
        if not blank:
            kept = [p for p in kept if p.strip()]
        if low == 0 or len(kept) >= count:
            return kept[-count:]
        runs *= 2
