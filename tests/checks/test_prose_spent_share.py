"""A programme's realisation in rupiah is what it spent, and "atau Y%" after it
is its budget %; a figure found in no column of its kind but printed in another is
said to be there, not to be in no table."""

from __future__ import annotations

from conftest import compact, findings_for

TEXT = ("text-figure-*",)
AT = "text/paragraph:3/sentence:1"

_BUDGET = """LAPORAN KINERJA KECAMATAN CONTOH SEMESTER I TAHUN 2025

Tabel 3.3 Anggaran dan Realisasi Belanja

Program\tAnggaran\tRealisasi\tSisa\t%
Program Pemberdayaan Masyarakat Desa dan Kelurahan\tRp 561.750.000\tRp 208.315.000\tRp 353.435.000\t37,08%
Program Koordinasi Ketentraman dan Ketertiban Umum\tRp 14.500.000\tRp 6.660.000\tRp 7.840.000\t45,93%
JUMLAH\tRp 576.250.000\tRp 214.975.000\tRp 361.275.000\t37,31%

{sentence}
"""


def _found(sentence: str, select: tuple[str, ...] = TEXT) -> list[list[object]]:
    text = _BUDGET.format(sentence=sentence)
    return compact(findings_for(text, select=select))


def test_a_programmes_realisation_in_rupiah_and_its_share() -> None:
    right = (
        "Realisasi Program Pemberdayaan Masyarakat Desa dan Kelurahan sebesar "
        "Rp 208.315.000 atau 37,08%, karena pekerjaan fisik baru dimulai."
    )
    assert _found(right) == []
    # both are compared: the amount with the Realisasi, the % with the %
    assert _found(right.replace("37,08%", "37,80%")) == [
        ["text-figure-matches-table", AT, 10, "37,08%", "37,80%"]
    ]
    assert _found(right.replace("Rp 208.315.000", "Rp 208.135.000")) == [
        ["text-figure-matches-table", AT, 10, "Rp 208.315.000", "Rp 208.135.000"]
    ]


def test_an_indicators_realisation_in_rupiah_is_no_spending() -> None:
    # "realisasi investasi Program …": an indicator counted in rupiah, no budget
    # figure, and its "atau Y%" no budget %
    sentence = (
        "Realisasi investasi Program Pemberdayaan Masyarakat Desa dan Kelurahan "
        "sebesar Rp 208.135.000 atau 37,80%."
    )
    assert _found(sentence, ("text-figure-matches-table",)) == []


def test_a_figure_printed_under_another_kind_is_said_to_be_there() -> None:
    found = findings_for(
        _BUDGET.format(sentence="Realisasi kinerja semester ini sebesar 45,93%."),
        select=TEXT,
    )
    assert compact(found) == [["text-figure-found-in-tables", AT, 10, None, "45,93%"]]
    assert found[0].message == (
        "Angka realisasi 45,93% tidak ditemukan sebagai realisasi di tabel mana pun;"
        " angka yang sama tercetak di Tabel 3.3 baris 2, kolom %"
    )
    found = findings_for(
        _BUDGET.format(sentence="Realisasi kinerja semester ini sebesar 45,93%."),
        select=TEXT,
        lang="en",
    )
    assert found[0].message == (
        "The realisation figure 45,93% appears as no table's realisation; the same"
        " figure is printed in Tabel 3.3 row 2, column %"
    )
    # printed nowhere: in no table
    found = findings_for(
        _BUDGET.format(sentence="Realisasi kinerja semester ini sebesar 45,39%."),
        select=TEXT,
    )
    assert [f.message for f in found] == [
        "Angka realisasi 45,39% tidak ditemukan di tabel mana pun"
    ]
