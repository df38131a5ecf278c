"""Messages a reviewer checked on the seed with a calculator, and what they now say.

* a table without a caption is named in the message language.
"""

from __future__ import annotations

import pytest

from lkjaudit.baseline import BaselineEntry
from lkjaudit.engine.context import table_name

from conftest import findings_for

# ------------------------------------------------------ tables without a caption

_UNTITLED = """\
# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

## BAB III AKUNTABILITAS KINERJA

Anggaran Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota tahun 2024 sebesar Rp 92.500.000.

## LAMPIRAN PERJANJIAN KINERJA

| No | Program | Anggaran |
|---|---|---|
| 1 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | Rp 92.400.000 |
| 2 | Program Pemberdayaan Masyarakat Desa dan Kelurahan | Rp 12.000.000 |
"""
_LABEL = "Tabel ke-1 (LAMPIRAN PERJANJIAN KINERJA)"


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "en",
            "The text gives budget Rp 92.500.000, but Table 1 (LAMPIRAN PERJANJIAN "
            "KINERJA) row 1 (Program Penunjang Urusan Pemerintahan Daerah "
            "Kabupaten/Kota) gives Rp 92.400.000",
        ),
        (
            "id",
            "Kalimat menyebut anggaran Rp 92.500.000, padahal Tabel ke-1 (LAMPIRAN "
            "PERJANJIAN KINERJA) baris 1 (Program Penunjang Urusan Pemerintahan "
            "Daerah Kabupaten/Kota) menunjukkan Rp 92.400.000",
        ),
    ],
)
def test_a_message_names_a_table_without_a_caption_in_its_language(
    lang: str, message: str
) -> None:
    (finding,) = findings_for(
        _UNTITLED, select=("text-figure-matches-table",), source="lkj.md", lang=lang
    )
    assert (finding.expected, finding.actual) == ("Rp 92.400.000", "Rp 92.500.000")
    assert finding.message == message
    # the table's label is data: the same in both languages
    assert [r.table for r in finding.related] == [_LABEL]


def test_table_name_words_only_an_untitled_label_matching_its_id() -> None:
    assert table_name(_LABEL, "en", "tabel-ke-1") == (
        "Table 1 (LAMPIRAN PERJANJIAN KINERJA)"
    )
    assert table_name("Tabel ke-12", "en", "tabel-ke-12") == "Table 12"
    assert table_name(_LABEL, "id", "tabel-ke-1") == _LABEL
    # a caption that happens to read so, with an id of its own, stays as printed
    assert table_name(_LABEL, "en", "tabel-ke-1-lampiran-perjanjian") == _LABEL
    assert table_name("Tabel ke-1 (X)", "en", "tabel-ke-2") == "Tabel ke-1 (X)"
    assert table_name("Tabel 3.2", "en", "tabel-3.2") == "Tabel 3.2"


def test_a_baseline_entry_names_a_table_without_a_caption_in_its_language() -> None:
    entry = BaselineEntry(
        source="lkj.md",
        rule_id="text-figure-matches-table",
        fingerprint="0" * 16,
        table=_LABEL,
        label="Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        column="anggaran",
        expected="Rp 92.400.000",
        actual="Rp 92.500.000",
    )
    assert entry.describe("en") == (
        "lkj.md: text-figure-matches-table at Table 1 (LAMPIRAN PERJANJIAN "
        "KINERJA) › Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota › "
        "anggaran (expected Rp 92.400.000, actual Rp 92.500.000)"
    )
    assert entry.describe("id").startswith(
        f"lkj.md: text-figure-matches-table di {_LABEL} › "
    )
