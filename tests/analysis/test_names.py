"""The official list of names: the shipped index, and lookups through it."""

from __future__ import annotations

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
