"""A row's Jumlah and the JUMLAH row's both off, every total true to its column.

A data row whose categories do not add up to its Jumlah and a JUMLAH row whose
categories do not add up to its Jumlah, by the same amount, while each total of
the JUMLAH row is what its own column adds up to: either both Jumlah cells are
wrong, or a category of each is. ``row-total-equals-sum-of-categories`` then
reports both cells with neither figure claimed (low confidence, no expected),
saying that the other row is off too. Any other pattern is judged as before.
"""

from __future__ import annotations

from conftest import compact, findings_for

ROW_RULE = "row-total-equals-sum-of-categories"
COLUMN_RULE = "total-row-equals-column-sum"
CROSSED = "category-count-agrees-with-both-totals"

ASSETS = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.6 Kendaraan Dinas menurut Kondisi

No\tNama Barang\tBaik\tRusak Ringan\tRusak Berat\tJumlah
1\tKendaraan roda empat\t{r1}
2\tKendaraan roda dua\t{r2}
3\tKendaraan roda tiga\t1\t-\t1\t2
\tJumlah\t{total}
"""


def _assets(
    r1: str = "2\t1\t-\t3", r2: str = "9\t2\t1\t12", total: str = "12\t3\t2\t17"
) -> str:
    return ASSETS.format(r1=r1, r2=r2, total=total)


def _rows(found: list) -> list[list[object]]:
    return [f[:2] + f[3:] for f in compact(found)]


def test_the_table_as_built_is_right() -> None:
    assert findings_for(_assets()) == []


def test_a_tie_claims_neither_figure() -> None:
    # Kendaraan roda dua 9 + 2 + 1 beside 11, the JUMLAH's 12 + 3 + 2 beside 16,
    # every column adding up to its JUMLAH cell (the Jumlah's to 16): both Jumlah
    # cells off (12 and 17) or a category of each (e.g. Baik 8 and 11)
    found = findings_for(_assets(r2="9\t2\t1\t11", total="12\t3\t2\t16"))
    assert _rows(found) == [
        [ROW_RULE, "tabel-3.6/row:2/col:jumlah", None, "11"],
        [ROW_RULE, "tabel-3.6/row:4/col:jumlah", None, "16"],
    ]
    assert {f.confidence.value for f in found} == {"low"}
    first, second = found
    assert first.message == (
        "Jumlah 11, seharusnya 12 atau salah satu kategorinya keliru; Jumlah 16"
        " pada baris 4 juga tidak sesuai dan tabel tidak menunjukkan mana yang"
        " benar (Baik 9 + Rusak Ringan 2 + Rusak Berat 1)"
    )
    assert "tabel-3.6/row:4/col:jumlah" in {r.ref for r in first.related}
    assert "tabel-3.6/row:2/col:jumlah" in {r.ref for r in second.related}


def test_a_tie_in_english() -> None:
    found = findings_for(_assets(r2="9\t2\t1\t11", total="12\t3\t2\t16"), lang="en")
    assert found[1].message == (
        "Total 16; expected 17, or one of its categories is wrong; the Jumlah 11"
        " on row 2 is off too and the table does not tell which"
        " (Baik 12 + Rusak Ringan 3 + Rusak Berat 2)"
    )


def test_one_wrong_jumlah_is_reported_at_its_sum() -> None:
    # the data row's Jumlah alone off: the Jumlah column adds up to 16 beside a
    # JUMLAH of 17, whose categories add up to it; no tie
    found = findings_for(_assets(r2="9\t2\t1\t11"))
    assert [f for f in _rows(found) if f[0] == ROW_RULE] == [
        [ROW_RULE, "tabel-3.6/row:2/col:jumlah", "12", "11"]
    ]
    assert {f.confidence.value for f in found if f.rule_id == ROW_RULE} == {"high"}


def test_one_wrong_inner_cell_is_the_crossed_cell() -> None:
    # Baik 10 beside a Jumlah of 12 and under a JUMLAH Baik of 12: both totals
    # blame the cell, which is reported, and no Jumlah is
    found = findings_for(_assets(r2="10\t2\t1\t12"))
    assert _rows(found) == [[CROSSED, "tabel-3.6/row:2/col:kategori", "9", "10"]]


def test_two_data_rows_off_are_no_tie() -> None:
    # two data rows off: the pattern is not the one-row tie; each is reported at
    # its categories' sum as before
    found = findings_for(
        _assets(r1="2\t1\t-\t2", r2="9\t2\t1\t11", total="12\t3\t2\t15")
    )
    assert [f for f in _rows(found) if f[0] == ROW_RULE] == [
        [ROW_RULE, "tabel-3.6/row:1/col:jumlah", "3", "2"],
        [ROW_RULE, "tabel-3.6/row:2/col:jumlah", "12", "11"],
        [ROW_RULE, "tabel-3.6/row:4/col:jumlah", "17", "15"],
    ]


def test_a_jumlah_row_whose_column_disagrees_is_no_tie() -> None:
    # the data row off and the JUMLAH's Baik 13 over a column adding up to 12:
    # a category total is wrong itself, not a tie
    found = findings_for(_assets(r2="9\t2\t1\t11", total="13\t3\t2\t16"))
    assert all(f.expected is not None for f in found)
    assert [f for f in _rows(found) if f[0] == ROW_RULE] == [
        [ROW_RULE, "tabel-3.6/row:2/col:jumlah", "12", "11"]
    ]


SHARES = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.2 Jumlah Pegawai Berdasarkan Status

No\tUnit\tPNS\tPPPK\tJumlah\tPersentase
1\tSekretariat\t3\t1\t4\t{a}
2\tSeksi Pelayanan\t5\t3\t{b}\t{b_share}
3\tSeksi Pemerintahan\t2\t2\t4\t{c}
\tJumlah\t10\t6\t{total}\t100,00%
"""


def test_shares_worked_out_from_the_sums_single_out_the_jumlah_cells() -> None:
    # Seksi Pelayanan 5 + 3 beside 9, the JUMLAH 10 + 6 beside 17: the shares
    # 25%, 50%, 25% are over 16, so both Jumlah cells are the wrong ones
    table = SHARES.format(a="25,00%", b="9", b_share="50,00%", c="25,00%", total="17")
    assert [f for f in _rows(findings_for(table)) if f[0] == ROW_RULE] == [
        [ROW_RULE, "tabel-3.2/row:2/col:jumlah", "8", "9"],
        [ROW_RULE, "tabel-3.2/row:4/col:jumlah", "16", "17"],
    ]
    # over the printed 17 (23,53%, 52,94%, 23,53%) they back the prints: a tie
    table = SHARES.format(a="23,53%", b="9", b_share="52,94%", c="23,53%", total="17")
    assert _rows(findings_for(table)) == [
        [ROW_RULE, "tabel-3.2/row:2/col:jumlah", None, "9"],
        [ROW_RULE, "tabel-3.2/row:4/col:jumlah", None, "17"],
    ]
