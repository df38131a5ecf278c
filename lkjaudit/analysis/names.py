"""Names of programs, kegiatan and sub kegiatan: normalising and the official list.

Reports spell the same name with small variations: case, markup, spacing around
``/`` and ``-``, "Pemerintah"/"Pemerintahan", "Ketentraman"/"Ketenteraman",
"fasilitas"/"fasilitasi", "Efektifitas"/"Efektivitas", and plain typos. :func:`canon`
removes the variations that never change the meaning; what is left is matched
against the 2021 nomenclature (Kepmendagri 050-5889/2021) exactly first, and with
rapidfuzz only when the exact lookup fails.

The official list ships as CSV files; the index of their names by :func:`key` is
built from them once, at development time (``scripts/gen_nomenclature_index.py``),
and shipped beside them, because building it costs more than reading it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from importlib.abc import Traversable
from typing import Any

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.names import canon, split_code
from lkjaudit.model.names import key as _key
from lkjaudit.model.report import Level

__all__ = [
    "NomenclatureEntry",
    "canon",
    "is_program_label",
    "lookup",
    "official_name",
    "official_start",
    "official_words",
]

_WORD_FORMS = {"prgram": "program", "progam": "program", "porgram": "program"}

SOURCES = ("nomenklatur_kecamatan_7.01_2021.csv", "nomenklatur_semua_urusan_2021.csv")
INDEX = "nomenklatur_index.json"

# an official key -> the (level, kode, nama) of its entries
Index = dict[str, list[list[str]]]


@dataclass(eq=False, repr=False)
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


def _data() -> Traversable:
    return resources.files("lkjaudit") / "data"


def build_index() -> Index:
    """The index of the official names, built from the CSV files."""
    by_key: Index = {}
    for name in SOURCES:
        text = (_data() / name).read_text(encoding="utf-8")
        for rec in csv.DictReader(io.StringIO(text)):
            level, nama = rec["level"], rec["nama"]
            if level not in _LEVELS:
                continue
            entries = by_key.setdefault(_key(nama), [])
            if all(e[0] != level or e[2] != nama for e in entries):
                entries.append([level, rec["kode"], nama])
    return by_key


def source_digests() -> dict[str, str]:
    """The SHA-256 of each CSV file the index is built from."""
    return {
        name: hashlib.sha256((_data() / name).read_bytes()).hexdigest()
        for name in SOURCES
    }


def index_document() -> dict[str, Any]:
    """What ``data/nomenklatur_index.json`` holds: the index and its sources."""
    return {
        "generated": "scripts/gen_nomenclature_index.py; do not edit",
        "sources": source_digests(),
        "index": build_index(),
    }


@cache
def _index() -> Index:
    try:
        shipped = json.loads((_data() / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        shipped = None
    if isinstance(shipped, dict) and shipped.get("sources") == source_digests():
        index: Index = shipped["index"]
        return index
    # NOTE: the shipped index is missing or was built from other CSV files
    return build_index()


@dataclass(eq=False, repr=False)
class _Block:
    """The official keys sharing a first word, shortest first (then in index order)."""

    keys: list[str]
    lengths: list[int]

    def near(self, length: int, cutoff: float) -> list[str]:
        """The keys long enough and short enough to score ``cutoff`` with a name.

        fuzz.ratio is at most ``100 * (1 - |a - b| / (a + b))`` for lengths ``a`` and
        ``b``; the bounds are widened by a character each way against rounding.
        """
        spread = 1 - cutoff / 100
        if spread >= 1:
            return self.keys
        low = length * (1 - spread) / (1 + spread) - 1
        high = length * (1 + spread) / (1 - spread) + 1
        lengths = self.lengths
        return self.keys[bisect_left(lengths, low) : bisect_right(lengths, high)]


@cache
def _blocks() -> dict[str, _Block]:
    """Official keys by each of their first two words: fuzzy candidates for a name."""
    by_word: dict[str, list[str]] = {}
    for key in _index():
        for word in key.split()[:2]:
            by_word.setdefault(word, []).append(key)
    blocks = {}
    for word, keys in by_word.items():
        keys.sort(key=len)  # NOTE: stable: index order among keys of one length
        blocks[word] = _Block(keys=keys, lengths=[len(k) for k in keys])
    return blocks


@cache
def official_words() -> frozenset[str]:
    """Every word of the official names, lower case.

    The PDF reader mends with them a word its column cut in two.
    """
    return frozenset(
        word.lower()
        for entries in _index().values()
        for _, _, nama in entries
        for word in _WORDS.findall(nama)
    )


_WORDS = lazy(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def _entries(key: str) -> tuple[NomenclatureEntry, ...]:
    # NOTE: many names match the same official key; its entries are immutable
    return tuple(
        NomenclatureEntry(level=_LEVELS[level], kode=kode, nama=nama)
        for level, kode, nama in _index()[key]
    )


@cache
def _order() -> dict[str, int]:
    return {k: n for n, k in enumerate(_index())}


@lru_cache(maxsize=8192)
def lookup(
    name: str, cutoff: float = 90.0
) -> tuple[tuple[NomenclatureEntry, ...], float]:
    """Official entries matching a name, and the match score (100 = exact).

    Exact (after :func:`canon`) first; otherwise the best fuzzy match at or above
    ``cutoff`` with rapidfuzz among the official names that share one of the name's
    first two words (the first of them in index order when several score the same).
    Returns ``((), 0.0)`` when nothing matches.
    """
    key = _key(name)
    if len(key) < 8:
        return (), 0.0
    if key in _index():
        return _entries(key), 100.0
    best = _fuzzy(key, cutoff)
    if best is None:
        return (), 0.0
    return _entries(best[0]), best[1]


@cache
def _sorted_keys() -> list[str]:
    return sorted(_index())


@lru_cache(maxsize=4096)
def official_start(name: str) -> bool:
    """Whether a name of two words or more is an official name or its first words.

    "penunjang urusan pemerintahan daerah" after "program" begins "Program
    Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota": a report naming a
    programme in prose often leaves off its last words. Whole words only
    ("pengadaan peralatan kantor" begins no official name).
    """
    key = _key(name)
    if len(key.split()) < 2:
        return False
    keys = _sorted_keys()
    at = bisect_left(keys, key)
    return at < len(keys) and (keys[at] == key or keys[at].startswith(key + " "))


def official_name(name: str) -> bool:
    """Whether the nomenclature has a programme, kegiatan or sub kegiatan by a name.

    Exactly, fuzzily (:func:`lookup`) or as its first words (:func:`official_start`),
    with "program" before it or not; two words of its own at least, not counting
    the small ones ("pembangunan di" begins no programme's name even where
    "Program Pembangunan …" is one).
    """
    if len(_key(name).split()) < 2:
        return False
    return any(
        official_start(text) or bool(lookup(text)[0])
        for text in (name, f"program {name}")
    )


def _fuzzy(key: str, cutoff: float) -> tuple[str, float] | None:
    """The best official key for ``key`` among those sharing one of its first words.

    Each word's block is searched on its own, and only among the keys whose length
    lets them reach the cutoff: most are rejected by length alone, before any
    scoring. A tie goes to the key earlier in the index, as it would in one search
    over the union of the blocks in index order.
    """
    from rapidfuzz import fuzz, process  # NOTE: imported only when exact lookup fails

    # NOTE: only official names sharing one of the first two words are compared;
    # a name whose first two words are both misspelt is not matched.
    blocks, order = _blocks(), _order()
    best: tuple[str, float] | None = None
    for word in dict.fromkeys(key.split()[:2]):
        block = blocks.get(word)
        near = block.near(len(key), cutoff) if block is not None else []
        if not near:
            continue
        floor = cutoff if best is None else best[1]  # NOTE: ties still pass
        found = process.extract(
            key, near, scorer=fuzz.ratio, score_cutoff=floor, limit=None
        )
        for choice, score, _ in found:
            if (
                best is None
                or score > best[1]
                or (score == best[1] and order[choice] < order[best[0]])
            ):
                best = choice, float(score)
    return best


_PROGRAM = lazy(r"^\W*(p[a-z]{4,7})\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def is_program_label(label: str) -> bool:
    """True when a row label names a program ("PROGRAM …", "Prgram …")."""
    match = _PROGRAM.match(split_code(label)[1])
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
