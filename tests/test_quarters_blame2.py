"""Quarterly figures read from their row's capaian.

``realisasi-kumulatif-equals-sum-of-triwulan`` blames a printed ``s.d. TW III``
of 33 whose quarters add up to 30 and whose capaian (75,00 of 40) agrees with
30. A sentence giving the realisation up to the quarter is held to the 30 the
table should print: one repeating the 33 is told 30, one giving 30 is right.
When nothing singles the running total out (the capaian fits neither), the
sentence is held to the print as before.

A bare ``Target TW III`` is compared with the other tables' target up to TW III
when the capaian on its rows is the realisasi up to the quarter over it.
"""

from __future__ import annotations

from test_quarters_blame import SD, SUM_RULE, _report

from conftest import compact
from conftest import findings_for as _findings

TEXT_RULE = "text-figure-matches-table"
AT = "text/paragraph:3/sentence:1"
SENTENCE = "Kegiatan pembinaan desa terealisasi {n} kali sampai dengan triwulan III."


def _found(sentence: str, **table: str) -> list[list[object]]:
    text = _report(**table) + "\n" + sentence + "\n"
    return [f[:2] + f[3:] for f in compact(_findings(text, source="t.md"))]


def test_a_sentence_repeating_the_wrong_running_total_is_told_the_sum() -> None:
    assert _found(SENTENCE.format(n=33), sd="33") == [
        [SUM_RULE, SD, "30 kali", "33 kali"],
        [TEXT_RULE, AT, "30 kali", "33 kali"],
    ]


def test_a_sentence_giving_the_sum_is_right_beside_the_wrong_print() -> None:
    assert _found(SENTENCE.format(n=30), sd="33") == [
        [SUM_RULE, SD, "30 kali", "33 kali"]
    ]


def test_a_right_table_holds_the_sentence_to_its_print() -> None:
    assert _found(SENTENCE.format(n=30)) == []
    assert _found(SENTENCE.format(n=33)) == [[TEXT_RULE, AT, "30 kali", "33 kali"]]


def test_a_capaian_that_fits_neither_leaves_the_print_standing() -> None:
    # 33 / 40 = 82,50, 30 / 40 = 75,00, the capaian 80,00: nothing singles the
    # running total out, and a sentence repeating it is not told the sum
    found = _found(SENTENCE.format(n=33), sd="33", capaian="80,00")
    assert [f for f in found if f[0] == TEXT_RULE] == []


# A bare "Target TW III" beside the realisasi of each quarter and up to TW III:
# the capaian on its rows tells whether it is that quarter's target or the
# target up to it, and it is compared with the other tables' copies of that.
BARE_TARGET = """# LAPORAN KINERJA TRIWULAN III TAHUN 2024 KECAMATAN CONTOH

**Tabel 2.1 Perjanjian Kinerja Tahun 2024**

| No | Indikator Kinerja | Satuan | Target 2024 | Target s.d. TW III |
|---|---|---|---:|---:|
| 1 | Jumlah dokumen perencanaan yang disusun | dokumen | 8 | 6 |
| 2 | Jumlah kegiatan pembinaan desa | kali | 40 | {pk} |
| 3 | Jumlah laporan keuangan | laporan | 12 | 9 |

**Tabel 3.1 Capaian Kinerja s.d. Triwulan III Tahun 2024**

| No | Indikator Kinerja | Satuan | Target 2024 | Target TW III | Realisasi | | | | Capaian (%) |
|---|---|---|---:|---:|---:|---:|---:|---:|---:|
| | | | | | TW I | TW II | TW III | s.d. TW III | |
| 1 | Jumlah dokumen perencanaan yang disusun | dokumen | 8 | 6 | 2 | 2 | 2 | 6 | {c1} |
| 2 | Jumlah kegiatan pembinaan desa | kali | 40 | {tw3} | 8 | 9 | 10 | 27 | {c2} |
| 3 | Jumlah laporan keuangan | laporan | 12 | 9 | 3 | 3 | 3 | 9 | {c3} |
"""
COPY_RULE = "figure-same-in-every-table"
CAPAIAN_RULE = "capaian-equals-realisasi-over-target"
TW3 = "tabel-3.1/row:2/col:c5"


def _bare(
    pk: str = "30",
    tw3: str = "30",
    c1: str = "100,00",
    c2: str = "90,00",
    c3: str = "100,00",
) -> list[list[object]]:
    text = BARE_TARGET.format(pk=pk, tw3=tw3, c1=c1, c2=c2, c3=c3)
    return [f[:2] + f[3:] for f in compact(_findings(text, source="t.md"))]


def test_the_bare_target_report_as_built_is_right() -> None:
    assert _bare() == []


def test_a_bare_target_the_capaian_reads_as_up_to_the_quarter_is_its_copy() -> None:
    # rows 1 and 3: 6 / 6 and 9 / 9 = 100,00 by the realisasi s.d. TW III, not
    # 2 / 6 or 3 / 9 by TW III's own: the target runs up to TW III, a copy of the
    # PK's 30; row 2's capaian 90,00 is 27 / 30, and its 24 is the wrong copy
    assert _bare(tw3="24") == [[COPY_RULE, TW3, "30 kali", "24 kali"]]


def test_the_copy_the_capaian_confirms_settles_it_against_the_pk() -> None:
    assert _bare(pk="32") == [[COPY_RULE, "tabel-2.1/row:2/col:c5", "30 kali", "32"]]


def test_a_capaian_of_the_year_tells_nothing_and_nothing_is_compared() -> None:
    # each capaian is the realisasi s.d. TW III over the year's target (75,00,
    # 67,50, 75,00): no row reads Target TW III, whose 24 is compared with no copy
    found = _bare(tw3="24", c1="75,00", c2="67,50", c3="75,00")
    assert [f for f in found if f[0] == COPY_RULE] == []


def test_rows_telling_both_ways_leave_the_target_uncompared() -> None:
    # row 1 reads the running total (6 / 6), row 3 its quarter (3 / 9 = 33,33):
    # no reading is settled, and the 24 is compared with no copy
    found = _bare(tw3="24", c3="33,33")
    assert [f for f in found if f[0] == COPY_RULE] == []
