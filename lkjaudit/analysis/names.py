"""Names of programs, kegiatan and sub kegiatan: normalising and the official list.

Reports spell the same name with small variations: case, markup, spacing around
``/`` and ``-``, "Pemerintah"/"Pemerintahan", "Ketentraman"/"Ketenteraman",
"fasilitas"/"fasilitasi", "Efektifitas"/"Efektivitas", and plain typos. :func:`canon`
removes the variations that never change the meaning; what is left is matched
against the 2021 nomenclature (Kepmendagri 050-5889/2021) exactly first, and with
rapidfuzz only when the exact lookup fails.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from lkjaudit.model.names import canon
from lkjaudit.model.names import key as _key
from lkjaudit.model.report import Level

__all__ = ["NomenclatureEntry", "canon", "is_program_label", "lookup"]

_WORD_FORMS = {"prgram": "program", "progam": "program", "porgram": "program"}


@dataclass(frozen=True)
class NomenclatureEntry:
    """One entry of the official list."""

    level: Level
    kode: str
    nama: str


_LEVELS = {
    "program": Level.PROGRAM,
    "kegiatan": Level.KEGIATAN,
    "sub_kegiatan": Level.SUB_KEGIATAN,
}


@cache
def _blocks() -> dict[str, list[str]]:
    """Official keys by each of their first two words: fuzzy candidates for a name."""
    by_word: dict[str, list[str]] = {}
    for key in _index()[1]:
        for word in key.split()[:2]:
            by_word.setdefault(word, []).append(key)
    return by_word


@cache
def _index() -> tuple[dict[str, list[NomenclatureEntry]], list[str]]:
    by_key: dict[str, list[NomenclatureEntry]] = {}
    data = resources.files("lkjaudit") / "data"
    for name in (
        "nomenklatur_kecamatan_7.01_2021.csv",
        "nomenklatur_semua_urusan_2021.csv",
    ):
        text = (data / name).read_text(encoding="utf-8")
        for rec in csv.DictReader(io.StringIO(text)):
            level = _LEVELS.get(rec["level"])
            if level is None:
                continue
            entry = NomenclatureEntry(level=level, kode=rec["kode"], nama=rec["nama"])
            entries = by_key.setdefault(_key(rec["nama"]), [])
            if all(e.level != level or e.nama != entry.nama for e in entries):
                entries.append(entry)
    return by_key, list(by_key)


@lru_cache(maxsize=8192)
def lookup(
    name: str, cutoff: float = 90.0
) -> tuple[tuple[NomenclatureEntry, ...], float]:
    """Official entries matching a name, and the match score (100 = exact).

    Exact (after :func:`canon`) first; otherwise the best fuzzy match at or above
    ``cutoff`` with rapidfuzz among the official names that share one of the name's
    first two words. Returns ``((), 0.0)`` when nothing matches.
    """
    key = _key(name)
    if len(key) < 8:
        return (), 0.0
    by_key, _ = _index()
    if key in by_key:
        return tuple(by_key[key]), 100.0
    blocks = _blocks()
    candidates = {k for word in key.split()[:2] for k in blocks.get(word, ())}
    if not candidates:
        return (), 0.0
    from rapidfuzz import fuzz, process  # NOTE: imported only when exact lookup fails

    # NOTE: only official names sharing one of the first two words are compared;
    # a name whose first two words are both misspelt is not matched.
    best = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=cutoff)
    if best is None:
        return (), 0.0
    return tuple(by_key[best[0]]), float(best[1])


_PROGRAM = re.compile(r"^\W*(p[a-z]{4,7})\b", re.IGNORECASE)


def is_program_label(label: str) -> bool:
    """True when a row label names a program ("PROGRAM …", "Prgram …")."""
    match = _PROGRAM.match(label)
    if not match:
        return False
    word = match.group(1).lower()
    if word == "program":
        return True
    return _WORD_FORMS.get(word) == "program" or _near_program(word)


def _near_program(word: str) -> bool:
    if not 6 <= len(word) <= 8 or word[:2] not in ("pr", "po", "pg"):
        return False
    from rapidfuzz.distance import Levenshtein

    return bool(Levenshtein.distance(word, "program") <= 1)
