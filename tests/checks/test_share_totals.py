"""A staff table's shares and its JUMLAH's Jumlah agree on one corrected total.

The JUMLAH's Jumlah, its categories' sum and its rows' sum (each row at its
own categories' sum) state one total three times; when they point away from
the print together, every share is judged against the total they give, and
when a category total is the odd one out, the Jumlah stands and so do the
shares.
"""

from __future__ import annotations

from conftest import compact, findings_for

ROW_SUM = "row-total-equals-sum-of-categories"
COLUMN_SUM = "total-row-equals-column-sum"
SHARE = "share-equals-part-over-total"

STAFF = """# LAPORAN KINERJA DINAS CONTOH TAHUN 2024

**Tabel 4.2 Pegawai menurut Pendidikan dan Jenis Kelamin**

| No | Pendidikan | Laki-laki | Perempuan | Jumlah | Persentase |
|---|---|--:|--:|--:|--:|
| 1 | S2 | 1 | 2 | 3 | {s2} |
| 2 | S1 | 4 | 4 | 8 | {s1} |
| 3 | D3 | 2 | 1 | 3 | {d3} |
| 4 | SMA | {sma_l} | 2 | {sma} | {sma_share} |
| | Jumlah | {l} | 9 | {total} | {whole} |

{sentence}
"""

# 19 staff: 3 + 8 + 3 + 5, Laki-laki 10 + Perempuan 9, each share of 19
RIGHT = {
    "s2": "15,79%",
    "s1": "42,11%",
    "d3": "15,79%",
    "sma_l": "3",
    "sma": "5",
    "sma_share": "26,32%",
    "l": "10",
    "total": "19",
    "whole": "100,00%",
    "sentence": "",
}
# the shares of a total of 20
OF_20 = {"s2": "15,00%", "s1": "40,00%", "d3": "15,00%", "sma_share": "30,00%"}


def _staff(**changed: str) -> str:
    return STAFF.format(**{**RIGHT, **changed})


def test_a_right_table_passes() -> None:
    assert compact(findings_for(_staff(), source="a.md")) == []


def test_shares_worked_out_from_the_printed_total_leave_a_tie() -> None:
    # SMA 3 + 2 printed 6, the JUMLAH 10 + 9 printed 20, the Jumlah column adding
    # up to 20 and every share worked out from it: both Jumlah cells off (5 and
    # 19) or a category of each; the shares follow either reading, and no share
    # is told a figure over 19
    text = _staff(sma="6", total="20", **OF_20)
    found = findings_for(text, source="a.md", lang="en")
    assert compact(found) == [
        [ROW_SUM, "tabel-4.2/row:4/col:jumlah", 10, None, "6"],
        [ROW_SUM, "tabel-4.2/row:5/col:jumlah", 11, None, "20"],
    ]


def test_shares_of_the_right_total_stand_beside_a_total_carrying_a_wrong_row() -> None:
    # the same two wrong counts, but the shares were worked out from 19: only
    # the SMA share, 6 of 19 (31,58%), was worked out from the wrong count
    text = _staff(sma="6", total="20", sma_share="31,58%")
    assert compact(findings_for(text, source="a.md")) == [
        [ROW_SUM, "tabel-4.2/row:4/col:jumlah", 10, "5", "6"],
        [SHARE, "tabel-4.2/row:4/col:persen_total", 10, "26,32%", "31,58%"],
        [ROW_SUM, "tabel-4.2/row:5/col:jumlah", 11, "19", "20"],
    ]


def test_a_wrong_category_total_leaves_the_jumlah_and_its_shares_alone() -> None:
    # SMA is 4 + 2 = 6 and the Laki-laki column adds up to 11, but the JUMLAH
    # prints Laki-laki 10: 10 + 9 = 19 is no witness against its Jumlah 20,
    # which its rows and its columns (11 + 9) give; the shares, of 20, stand
    text = _staff(sma_l="4", sma="6", total="20", **OF_20)
    assert compact(findings_for(text, source="a.md")) == [
        [COLUMN_SUM, "tabel-4.2/row:5/col:kategori", 11, "11", "10"],
    ]


def test_a_jumlah_share_wrong_on_its_own_is_still_reported() -> None:
    # every share is right; the JUMLAH's share is not 100%: reported once, as
    # the share it is (19 of 19), not again as the printed shares' 100,01%
    text = _staff(whole="99,00%")
    assert compact(findings_for(text, source="a.md")) == [
        [SHARE, "tabel-4.2/row:5/col:persen_total", 11, "100,00%", "99,00%"],
    ]


COUNT = "text-count-matches-table"
TEXT = ("text-count-*", "text-figure-*")


def test_a_sentence_is_held_to_the_corrected_total_and_count() -> None:
    # the table prints SMA 6 and the JUMLAH 20; its categories, and its shares
    # worked out from 19, say 5 and 19, the figures its own findings expect: a
    # sentence quoting the corrected figures is right, one repeating the prints
    # is told them
    wrong = {"sma": "6", "total": "20"}
    right = "Jumlah pegawai sebanyak 19 orang, pegawai SMA sebanyak 5 orang."
    assert (
        compact(
            findings_for(_staff(**wrong, sentence=right), source="a.md", select=TEXT)
        )
        == []
    )
    printed = "Jumlah pegawai sebanyak 20 orang, pegawai SMA sebanyak 6 orang."
    found = findings_for(
        _staff(**wrong, sentence=printed), source="a.md", select=TEXT, lang="en"
    )
    assert compact(found) == [
        [COUNT, "text/paragraph:3/sentence:1", 13, "19 orang", "20 orang"],
        [COUNT, "text/paragraph:3/sentence:1", 13, "5 orang", "6 orang"],
    ]
    assert found[0].message == (
        "The text says 20 orang, but Tabel 4.2 total row (Jumlah) gives 19 orang "
        "(recomputed; the table itself prints 20)"
    )


def test_a_sentence_beside_a_tie_is_held_to_neither_figure() -> None:
    # the shares worked out from the printed 20: a tie, and a sentence giving
    # the prints or the categories' sums is right
    wrong = {"sma": "6", "total": "20", **OF_20}
    for sentence in (
        "Jumlah pegawai sebanyak 20 orang, pegawai SMA sebanyak 6 orang.",
        "Jumlah pegawai sebanyak 19 orang, pegawai SMA sebanyak 5 orang.",
    ):
        text = _staff(**wrong, sentence=sentence)
        assert findings_for(text, source="a.md", select=TEXT) == [], sentence


BUDGET = """# LAPORAN KINERJA KELURAHAN CONTOH TAHUN 2024

| No | Program | {columns} | {share} |
|:--:|---|{rules}---:|
| 1 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | {a1}85,13 |
| 2 | Program Penyelenggaraan Pemerintahan dan Pelayanan Publik | {a2}1,35 |
| 3 | Program Pemberdayaan Masyarakat Desa dan Kelurahan | {a3}{s3} |
| 4 | Program Koordinasi Ketentraman dan Ketertiban Umum | {a4}0,82 |
| | Jumlah | {a5}100,00 |
"""
_PAGU = ("1.752.110.000", "27.800.000", "261.550.000", "16.800.000", "2.058.260.000")


def _budget(
    s3: str, share: str = "% Terhadap Total Anggaran", spent: bool = False
) -> str:
    # with ``spent``: a realisasi column too, each row's half its pagu
    columns = "Pagu Anggaran (Rp)" + (" | Realisasi (Rp)" if spent else "")
    cells = {}
    for i, pagu in enumerate(_PAGU, 1):
        half = f" {pagu} |" if not spent else f" {pagu} | - |"
        cells[f"a{i}"] = half.lstrip() + " "
    rules = "---:|" * (2 if spent else 1)
    return BUDGET.format(columns=columns, share=share, rules=rules, s3=s3, **cells)


def test_a_budget_share_is_of_the_pagu() -> None:
    assert findings_for(_budget("12,71"), source="b.md") == []
    # the wrong row is told, not the Jumlah's 100,00 its rows no longer make
    found = findings_for(_budget("12,17"), source="b.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [SHARE, "tabel-ke-1/row:3/col:persen_total", "12,71", "12,17"]
    ]
    assert found[0].message == (
        "Persentase 12,17, seharusnya 12,71 (261.550.000 dari total 2.058.260.000)"
    )


def test_a_share_beside_a_pagu_and_its_spending_is_of_the_one_it_names() -> None:
    found = findings_for(_budget("12,17", spent=True), select=(SHARE,), source="b.md")
    assert [f[1] for f in compact(found)] == ["tabel-ke-1/row:3/col:persen_total"]
    # a share naming neither is of neither: not judged
    text = _budget("12,17", share="Proporsi (%)", spent=True)
    assert findings_for(text, select=(SHARE,), source="b.md") == []


_TYPO = """# LAPORAN KINERJA DINAS CONTOH TAHUN 2024

**Tabel 3.3 Realisasi Anggaran per Program Tahun 2024**

| No | Program | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) | % | Proporsi thd Total Pagu (%) |
|---|---|---|---|---|---|---|
| 1 | Program Pendaftaran Penduduk | {pagu} | 370.989.250 | 12.060.750 | 96,85 | {share} |
| 2 | Program Pencatatan Sipil | 157.600.000 | 139.982.000 | 17.618.000 | 88,82 | 29,15 |
| | **JUMLAH** | **540.650.000** | **510.971.250** | **29.678.750** | **94,51** | **100,00** |
"""


def test_a_budget_share_is_of_the_pagu_its_witnesses_support() -> None:
    # 383.500.000 is a typo its sisa, its % and the JUMLAH all put at
    # 383.050.000; the share 70,85 is right for that, and only the pagu is told
    found = findings_for(_TYPO.format(pagu="383.500.000", share="70,85"))
    assert [[f[0], *f[3:]] for f in compact(found)] == [
        ["budget-figure-agrees-with-its-restatements", "383.050.000", "383.500.000"]
    ]
    found = findings_for(_TYPO.format(pagu="383.050.000", share="70,93"))
    assert [[f[0], *f[3:]] for f in compact(found)] == [[SHARE, "70,85", "70,93"]]
