"""A wrong quarter under a confirmed running total, in tables with no JUMLAH row.

The quarter is the wrong figure when its running total is confirmed as printed
and exactly one quarter's own witnesses put it at the running total less the
other quarters. Without a JUMLAH row, a quarter still has witnesses: in a program
tree its parent less its siblings (the running total's too), and its copy in
another table that splits the spending by quarter. With none, nothing says which
quarter is wrong, and the running total is reported at its quarters' sum as
before.
"""

from __future__ import annotations

from conftest import compact, findings_for

RULE = "realisasi-kumulatif-equals-sum-of-triwulan"

TREE = """\
# LAPORAN KINERJA TRIWULAN III DINAS CONTOH TAHUN 2024

**Tabel 3.2 Realisasi Anggaran per Triwulan Tahun 2024**

| No | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | | | | % | Sisa (Rp) |
|---|---|---:|---:|---:|---:|---:|---:|---:|
| | | | TW I | TW II | TW III | s.d. TW III | | |
| 1 | PROGRAM PENINGKATAN KETAHANAN PANGAN | 300.000.000 | 60.000.000 \
| {parent} | 90.000.000 | 225.000.000 | 75,00 | 75.000.000 |
| 1.1 | Kegiatan Penyediaan Cadangan Pangan | 200.000.000 | 40.000.000 \
| 50.000.000 | 60.000.000 | 150.000.000 | 75,00 | 50.000.000 |
| 1.2 | Kegiatan Pengendalian Kerawanan Pangan | 100.000.000 | 20.000.000 \
| {tw2} | 30.000.000 | {sd} | 75,00 | 25.000.000 |
"""


def _tree(
    tw2: str = "25.000.000", sd: str = "75.000.000", parent: str = "75.000.000"
) -> str:
    return TREE.format(tw2=tw2, sd=sd, parent=parent)


def test_a_right_tree_draws_nothing() -> None:
    assert compact(findings_for(_tree(), source="t.md")) == []


def test_a_kegiatans_wrong_quarter_is_found_by_its_parent_less_its_siblings() -> None:
    # TW II 27.000.000 for 25.000.000: s.d. TW III 75.000.000 is pagu − sisa,
    # the 75,00% and the program's 225.000.000 less the other kegiatan's; the
    # program's TW II less the other kegiatan's gives 25.000.000 = 75 − 20 − 30
    # million. Before, the running total was reported at 77.000.000 and the
    # program's TW II (right) at its kegiatan's 77.000.000
    found = findings_for(_tree(tw2="27.000.000"), source="t.md")
    assert compact(found) == [
        [RULE, "tabel-3.2/row:3/col:c5", 10, "25.000.000", "27.000.000"]
    ]
    assert found[0].message == (
        "Realisasi (Rp) › TW II: tertulis 27.000.000, seharusnya 25.000.000"
        " (Realisasi (Rp) › s.d. TW III 75.000.000 − TW I 20.000.000 − TW III"
        " 30.000.000; induknya dikurangi baris sejajar lainnya memberi angka yang"
        " sama), sedangkan Realisasi (Rp) › s.d. TW III sesuai dengan anggaran −"
        " sisa pada baris yang sama; induknya dikurangi baris sejajar lainnya;"
        " persentase pada baris yang sama"
    )
    assert "tabel-3.2/row:1/col:c5" in [r.ref for r in found[0].related]


def test_a_kegiatans_wrong_running_total_is_still_the_running_total() -> None:
    # s.d. TW III 77.000.000: its quarters, pagu − sisa, the % and the program
    # less the other kegiatan all give 75.000.000
    found = findings_for(_tree(sd="77.000.000"), source="t.md")
    assert compact(found) == [
        [RULE, "tabel-3.2/row:3/col:realisasi_anggaran", 10]
        + ["75.000.000", "77.000.000"]
    ]


def test_a_quarter_its_parent_adds_up_as_printed_is_not_singled_out() -> None:
    # the program's TW II 77.000.000 adds up the kegiatan's 27.000.000: the
    # column restates the printed quarter, so nothing says which quarter is
    # wrong, and both running totals are reported at their quarters' sums
    found = findings_for(_tree(tw2="27.000.000", parent="77.000.000"), source="t.md")
    assert compact(found) == [
        [RULE, "tabel-3.2/row:1/col:realisasi_anggaran", 8]
        + ["227.000.000", "225.000.000"],
        [RULE, "tabel-3.2/row:3/col:realisasi_anggaran", 10]
        + ["77.000.000", "75.000.000"],
    ]


FLAT = """\
# LAPORAN KINERJA TRIWULAN III DINAS CONTOH TAHUN 2024

**Tabel 3.2 Realisasi Anggaran per Triwulan Tahun 2024**

| No | Program | Pagu (Rp) | Realisasi (Rp) | | | | % | Sisa (Rp) |
|---|---|---:|---:|---:|---:|---:|---:|---:|
| | | | TW I | TW II | TW III | s.d. TW III | | |
| 1 | Program Penunjang Urusan Pemerintahan Daerah | 200.000.000 | 40.000.000 \
| 50.000.000 | 60.000.000 | 150.000.000 | 75,00 | 50.000.000 |
| 2 | Program Peningkatan Ketahanan Pangan | 100.000.000 | 20.000.000 \
| {tw2} | 30.000.000 | 75.000.000 | 75,00 | 25.000.000 |
| 3 | Program Penanganan Kerawanan Pangan | 50.000.000 | 10.000.000 \
| 10.000.000 | 10.000.000 | 30.000.000 | 60,00 | 20.000.000 |
{more}"""

COPY = """
**Tabel 3.3 Rencana dan Realisasi Penarikan Dana per Triwulan Tahun 2024**

| No | Program | Rencana (Rp) | | | Realisasi (Rp) | | |
|---|---|---:|---:|---:|---:|---:|---:|
| | | TW I | TW II | TW III | TW I | TW II | TW III |
| 1 | Program Penunjang Urusan Pemerintahan Daerah | 45.000.000 | 50.000.000 \
| 55.000.000 | 40.000.000 | 50.000.000 | 60.000.000 |
| 2 | Program Peningkatan Ketahanan Pangan | 20.000.000 | 25.000.000 \
| 30.000.000 | 20.000.000 | {copy} | 30.000.000 |
| 3 | Program Penanganan Kerawanan Pangan | 10.000.000 | 10.000.000 \
| 10.000.000 | 10.000.000 | 10.000.000 | 10.000.000 |
"""

SD = "tabel-3.2/row:2/col:realisasi_anggaran"


def _flat(tw2: str = "25.000.000", copy: str | None = None) -> str:
    more = COPY.format(copy=copy) if copy is not None else ""
    return FLAT.format(tw2=tw2, more=more)


def test_a_right_flat_table_and_its_copy_draw_nothing() -> None:
    assert compact(findings_for(_flat(copy="25.000.000"), source="t.md")) == []


def test_a_wrong_quarter_is_found_by_its_copy_in_another_table() -> None:
    # TW II 27.000.000: s.d. TW III 75.000.000 is pagu − sisa and the 75,00%;
    # Tabel 3.3's Realisasi › TW II gives 25.000.000 = 75 − 20 − 30 million
    found = findings_for(_flat("27.000.000", copy="25.000.000"), source="t.md")
    assert compact(found) == [
        [RULE, "tabel-3.2/row:2/col:c5", 9, "25.000.000", "27.000.000"]
    ]
    assert found[0].message.startswith(
        "Realisasi (Rp) › TW II: tertulis 27.000.000, seharusnya 25.000.000"
        " (Realisasi (Rp) › s.d. TW III 75.000.000 − TW I 20.000.000 − TW III"
        " 30.000.000; salinan angka yang sama di Tabel 3.3 memberi angka yang sama)"
    )
    assert "tabel-3.3/row:2/col:c7" in [r.ref for r in found[0].related]


def test_a_copy_that_repeats_the_printed_quarter_singles_nothing_out() -> None:
    found = findings_for(_flat("27.000.000", copy="27.000.000"), source="t.md")
    assert compact(found) == [[RULE, SD, 9, "77.000.000", "75.000.000"]]


def test_with_no_witness_of_a_quarter_the_running_total_is_reported() -> None:
    # pagu − sisa and the % confirm 75.000.000, but no JUMLAH, parent or copy
    # says which of the three quarters is wrong: as before
    found = findings_for(_flat("27.000.000"), source="t.md")
    assert compact(found) == [[RULE, SD, 9, "77.000.000", "75.000.000"]]
