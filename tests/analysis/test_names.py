"""The official list of names: the shipped index, and lookups through it."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from lkjaudit.analysis import names
from lkjaudit.model.report import Level

ROOT = Path(__file__).resolve().parent.parent.parent


def test_shipped_index_is_current() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "gen_nomenclature_index.py"),
            "--check",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def test_shipped_index_equals_the_one_built_from_the_csv_files() -> None:
    names._index.cache_clear()
    assert names._index() == names.build_index()


def test_a_stale_shipped_index_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names, "source_digests", lambda: {"other.csv": "0"})
    monkeypatch.setattr(names, "build_index", lambda: {"only key": []})
    names._index.cache_clear()
    try:
        assert names._index() == {"only key": []}
    finally:
        names._index.cache_clear()


@pytest.mark.parametrize(
    ("name", "score"),
    [
        ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 100.0),
        ("Program Penunjang Urusan Pemerintah Daerah Kabupaten / Kota", 100.0),
    ],
)
def test_exact_lookup(name: str, score: float) -> None:
    entries, found = names.lookup(name)
    assert found == score
    assert Level.PROGRAM in {e.level for e in entries}
    assert all(isinstance(e, names.NomenclatureEntry) for e in entries)


def test_fuzzy_lookup_and_no_match() -> None:
    entries, score = names.lookup(
        "Program Penunjang Urusan Pemerintahn Daerah Kabupatn"
    )
    assert entries and 90.0 <= score < 100.0
    assert names.lookup("Sesuatu yang sama sekali lain") == ((), 0.0)


def _lookup_in_union(name: str, cutoff: float = 90.0) -> tuple[str, float] | None:
    """The fuzzy search as one extractOne over the union of the word blocks."""
    from rapidfuzz import fuzz, process

    key = names._key(name)
    if len(key) < 8 or key in names._index():
        return None
    blocks, order = names._blocks(), names._order()
    union = {k for word in key.split()[:2] if word in blocks for k in blocks[word].keys}
    found = process.extractOne(
        key,
        sorted(union, key=order.__getitem__),
        scorer=fuzz.ratio,
        score_cutoff=cutoff,
    )
    return None if found is None else (found[0], float(found[1]))


def _misspelt(rng: random.Random, name: str) -> str:
    chars = list(name)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(chars))
        action = rng.choice("drop swap double")
        if action == "drop" and len(chars) > 10:
            del chars[at]
        elif action == "swap" and at + 1 < len(chars):
            chars[at], chars[at + 1] = chars[at + 1], chars[at]
        else:
            chars.insert(at, chars[at])
    return "".join(chars)


def test_searching_word_blocks_apart_equals_one_search_of_their_union() -> None:
    rng = random.Random(5889)
    official = sorted({nama for rows in names._index().values() for _, _, nama in rows})
    probes = [_misspelt(rng, rng.choice(official)) for _ in range(3000)]
    # NOTE: names that swap in the first words of another official name
    probes += [
        " ".join(rng.choice(official).split()[:2] + rng.choice(official).split()[2:])
        for _ in range(1000)
    ]
    # NOTE: longer and shorter by up to a dozen letters: near the length bounds
    probes += [
        rng.choice(official) + " " + "x" * rng.randint(1, 12) for _ in range(1000)
    ]
    probes += [rng.choice(official)[: -rng.randint(1, 12)] for _ in range(1000)]
    compared = 0
    for probe in probes:
        want = _lookup_in_union(probe)
        if want is None:
            continue
        compared += 1
        assert names._fuzzy(names._key(probe), 90.0) == want, probe
        entries, score = names.lookup(probe)
        assert (entries, score) == (names._entries(want[0]), want[1])
    assert compared > 3000


@pytest.mark.parametrize("cutoff", [0.0, 50.0, 80.0, 90.0, 95.0, 100.0])
def test_no_key_that_could_reach_the_cutoff_is_left_out_by_length(
    cutoff: float,
) -> None:
    keys = ["k" * n for n in range(1, 301)]
    block = names._Block(keys=keys, lengths=[len(k) for k in keys])
    for length in range(8, 250):
        near = {len(k) for k in block.near(length, cutoff)}
        for other in range(1, 301):
            best = 100 * (1 - abs(length - other) / (length + other))
            if best >= cutoff:
                assert other in near, (length, other)


def test_a_tie_between_word_blocks_goes_to_the_earlier_official_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    earlier = "xaaa bbbb cccc dddd"  # NOTE: in the block of the second word only
    later = "aaaa xbbb cccc dddd"  # in the block of the first word only
    index = {
        earlier: [["kegiatan", "1.01", "Xaaa Bbbb Cccc Dddd"]],
        later: [["kegiatan", "1.02", "Aaaa Xbbb Cccc Dddd"]],
    }
    monkeypatch.setattr(names, "_index", lambda: index)
    for cached in (names._blocks, names._order):
        monkeypatch.setattr(names, cached.__name__, cached.__wrapped__)
    probe = "aaaa bbbb cccc dddd"
    found = names._fuzzy(probe, 90.0)
    assert found is not None and found[0] == earlier
    assert _lookup_in_union(probe) == found
