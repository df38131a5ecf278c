"""The known name closest to a mistyped one, for "did you mean" hints."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["closest"]


def closest(word: str, known: Iterable[str]) -> str | None:
    """The name in ``known`` that ``word`` was most likely meant to be, or None.

    ``fail_on`` for ``fail-on`` (snake case for kebab case), the one name that
    starts with ``word`` (``weekday`` for ``weekday-matches-date``), else the
    most similar name (difflib's ratio at least 0.6, as click's own
    suggestions).
    """
    import difflib

    names = list(known)
    kebab = word.replace("_", "-")
    if kebab != word and kebab in names:
        return kebab
    starting = [n for n in names if n.startswith(kebab)]
    if len(starting) == 1:
        return starting[0]
    found = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    return found[0] if found else None
