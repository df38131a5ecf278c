"""Normalising names of programs, kegiatan and sub kegiatan (pure functions).

Reports spell the same name with small variations: case, markup, spacing around
``/`` and ``-``, "Pemerintah"/"Pemerintahan", "Ketentraman"/"Ketenteraman",
"fasilitas"/"fasilitasi", "Efektifitas"/"Efektivitas", "Cetak"/"Cetakan".
:func:`canon` removes the variations that never change the meaning.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["STOP", "canon", "key"]

_WORD_FORMS = {
    "pemerintahan": "pemerintah",
    "ketenteraman": "ketentraman",
    "fasilitasi": "fasilitas",
    "efektivitas": "efektifitas",
    "prgram": "program",
    "progam": "program",
    "porgram": "program",
    "cetakan": "cetak",
    "perdesaan": "pedesaan",
}
STOP = frozenset(
    {"dan", "di", "pada", "yang", "dalam", "serta", "atau", "untuk", "oleh", "ke"}
)


@lru_cache(maxsize=16384)
def canon(name: str) -> str:
    """A name with the variations that never change its meaning removed."""
    text = re.sub(r"</?\w+>|\*\*|__", "", name).lower()
    text = re.sub(r"[^0-9a-z]+", " ", text)
    words = [_WORD_FORMS.get(w, w) for w in text.split()]
    return " ".join(words)


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """:func:`canon` without the small words: what two names are compared on.

    Memoised: a row's name is keyed by the tree's lookup, again when tables are
    linked and by the rules, and the same names recur from table to table.
    """
    return " ".join(w for w in canon(name).split() if w not in STOP)
