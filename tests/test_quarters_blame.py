"""Which cell is wrong when a quarterly indicator row does not add up.

A triwulan indicator table prints each quarter's realisasi (``TW I``, ``TW
II``, ``TW III``) beside the realisasi up to the quarter (``s.d. TW III``) and
the capaian. When the indicator is a count (it adds up by quarter) and the
capaian agrees with the quarters' sum but not with the printed running total,
the running total is the wrong cell, not the capaian. A percentage or an index
is not summed, and a table whose quarters' columns give no sum keeps the
capaian's finding.
"""

from __future__ import annotations

from conftest import compact, findings_for

INDICATORS = """# LAPORAN KINERJA TRIWULAN III TAHUN 2024 KECAMATAN CONTOH

**Tabel 3.1 Capaian Kinerja s.d. Triwulan III Tahun 2024**

| No | Indikator Kinerja | Satuan | Target 2024 | Realisasi | | | | Capaian (%) |
|---|---|---|---:|---:|---:|---:|---:|---:|
| | | | | TW I | TW II | TW III | s.d. TW III | |
| 1 | Jumlah dokumen perencanaan yang disusun | dokumen | 8 | 2 | 2 | 2 | 6 | 75,00 |
| 2 | Jumlah kegiatan pembinaan desa | kali | 40 | 8 | 10 | 12 | {sd} | {capaian} |
| 3 | Jumlah laporan keuangan | laporan | 12 | 3 | 3 | 3 | 9 | 75,00 |
| 4 | Persentase desa tertib administrasi | % | 100 | 30 | 30 | 30 | {pct} | {pct_capaian} |
"""

SUM_RULE = "realisasi-kumulatif-equals-sum-of-triwulan"
CAPAIAN_RULE = "capaian-equals-realisasi-over-target"
SD = "tabel-3.1/row:2/col:realisasi"


def _report(
    sd: str = "30", capaian: str = "75,00", pct: str = "90", pct_capaian: str = "90,00"
) -> str:
    return INDICATORS.format(sd=sd, capaian=capaian, pct=pct, pct_capaian=pct_capaian)


def test_the_report_as_built_is_right() -> None:
    assert findings_for(_report(), source="t.md") == []


def test_a_wrong_running_total_is_blamed_not_the_capaian_that_fits_the_quarters() -> (
    None
):
    found = findings_for(_report(sd="33"), source="t.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [SUM_RULE, SD, "30 kali", "33 kali"]
    ]
    (only,) = found
    assert "75,00" in only.message and "Target 2024" in only.message


def test_the_finding_in_english() -> None:
    (only,) = findings_for(_report(sd="33"), source="t.md", lang="en")
    assert "agrees with that sum" in only.message


def test_a_capaian_that_fits_neither_is_still_the_capaian() -> None:
    # 33 / 40 = 82,50 and 30 / 40 = 75,00: 80,00 fits neither; the capaian is
    # blamed as before, by the printed running total
    found = findings_for(_report(sd="33", capaian="80,00"), source="t.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [CAPAIAN_RULE, "tabel-3.1/row:2/col:capaian", "82,50", "80,00"]
    ]


def test_a_capaian_wrong_beside_a_right_running_total_is_the_capaian() -> None:
    found = findings_for(_report(capaian="82,50"), source="t.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [CAPAIAN_RULE, "tabel-3.1/row:2/col:capaian", "75,00", "82,50"]
    ]


def test_a_percentage_is_not_summed() -> None:
    # 30 + 30 + 30 = 90 fits the capaian 90,00, but a percentage is a level:
    # the running total 95 is not a sum, and the capaian is blamed as before
    found = findings_for(_report(pct="95"), source="t.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [CAPAIAN_RULE, "tabel-3.1/row:4/col:capaian", "95,00", "90,00"]
    ]


WITHOUT_QUARTERS = """# LAPORAN KINERJA TRIWULAN III TAHUN 2024 KECAMATAN CONTOH

**Tabel 3.1 Capaian Kinerja s.d. Triwulan III Tahun 2024**

| No | Indikator Kinerja | Satuan | Target 2024 | Realisasi s.d. TW III | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Jumlah dokumen perencanaan yang disusun | dokumen | 8 | 6 | 75,00 |
| 2 | Jumlah kegiatan pembinaan desa | kali | 40 | 33 | 75,00 |
"""


def test_without_quarters_the_capaian_is_blamed_as_before() -> None:
    found = findings_for(WITHOUT_QUARTERS, source="t.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [CAPAIAN_RULE, "tabel-3.1/row:2/col:capaian", "82,50", "75,00"]
    ]


RUNNING = """# LAPORAN KINERJA TRIWULAN III TAHUN 2024 KECAMATAN CONTOH

**Tabel 3.1 Capaian Kinerja s.d. Triwulan III Tahun 2024**

| No | Indikator Kinerja | Satuan | Target 2024 | Realisasi | | | | Capaian (%) |
|---|---|---|---:|---:|---:|---:|---:|---:|
| | | | | TW I | TW II | TW III | s.d. TW III | |
| 1 | Jumlah dokumen perencanaan yang disusun | dokumen | 8 | 2 | 4 | 6 | 6 | 75,00 |
| 2 | Jumlah kegiatan pembinaan desa | kali | 40 | 8 | 18 | 30 | 30 | 75,00 |
| 3 | Jumlah laporan keuangan | laporan | 12 | 3 | 6 | 9 | 9 | 75,00 |
| 4 | Jumlah kader terlatih | orang | 100 | 5 | 10 | 15 | 16 | 30,00 |
"""


def test_quarters_printed_as_running_totals_are_not_summed() -> None:
    # the table's quarters are running totals (TW III = s.d. TW III): the sum
    # 30 of row 4 fits its capaian by chance; the capaian is blamed as before
    found = findings_for(RUNNING, source="t.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [CAPAIAN_RULE, "tabel-3.1/row:4/col:capaian", "16,00", "30,00"]
    ]


COPIED_TARGET = """# LAPORAN KINERJA TRIWULAN III TAHUN 2024 KECAMATAN CONTOH

**Tabel 2.1 Perjanjian Kinerja Tahun 2024**

| No | Indikator Kinerja | Satuan | Target 2024 | Target s.d. TW III |
|---|---|---|---:|---:|
| 1 | Jumlah dokumen perencanaan yang disusun | dokumen | 8 | 6 |
| 2 | Jumlah kegiatan pembinaan desa | kali | 40 | {pk} |
| 3 | Jumlah laporan keuangan | laporan | 12 | 9 |

**Tabel 3.1 Capaian Kinerja s.d. Triwulan III Tahun 2024**

| No | Indikator Kinerja | Satuan | Target 2024 | Target s.d. TW III | Realisasi s.d. TW III | Capaian (%) |
|---|---|---|---:|---:|---:|---:|
| 1 | Jumlah dokumen perencanaan yang disusun | dokumen | 8 | 6 | 6 | 100,00 |
| 2 | Jumlah kegiatan pembinaan desa | kali | 40 | {tw3} | 27 | {capaian} |
| 3 | Jumlah laporan keuangan | laporan | 12 | 9 | 9 | 100,00 |
"""

COPY_RULE = "figure-same-in-every-table"


def _copied(pk: str = "30", tw3: str = "30", capaian: str = "90,00") -> str:
    return COPIED_TARGET.format(pk=pk, tw3=tw3, capaian=capaian)


def test_copied_target_report_as_built_is_right() -> None:
    assert findings_for(_copied(), source="t.md") == []


def test_a_miscopied_quarter_target_is_blamed_not_the_capaian_that_fits_its_copy() -> (
    None
):
    # 27 / 30 = 90,00: the capaian was worked out from the PK's 30, and the
    # quarter's target 24 beside it is the wrong copy
    found = findings_for(_copied(tw3="24"), source="t.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [COPY_RULE, "tabel-3.1/row:2/col:c5", "30 kali", "24 kali"]
    ]


def test_the_copy_the_capaian_confirms_settles_a_tie_against_the_pk() -> None:
    # the PK's 32 is the odd copy: the capaian on the other copy's row reads 30
    found = findings_for(_copied(pk="32"), source="t.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [COPY_RULE, "tabel-2.1/row:2/col:c5", "30 kali", "32"]
    ]


def test_a_capaian_that_fits_neither_copy_is_still_blamed() -> None:
    # 27 / 24 = 112,50 and 27 / 30 = 90,00: 80,00 fits neither copy; the tie
    # stays open and the capaian is blamed as before
    found = findings_for(_copied(tw3="24", capaian="80,00"), source="t.md")
    rules = sorted((f.rule_id, f.location.ref, f.expected) for f in found)
    assert rules == [
        (
            "capaian-equals-realisasi-over-target",
            "tabel-3.1/row:2/col:capaian",
            "112,50",
        ),
        (COPY_RULE, "tabel-3.1/row:2/col:c5", None),
    ]


SPLIT = """# LAPORAN KINERJA TRIWULAN III TAHUN 2024 KECAMATAN CONTOH

**Tabel 3.1 Capaian Kinerja s.d. Triwulan III Tahun 2024**

| No | Indikator Kinerja | Satuan | Target Tahunan | Target | | | | Realisasi s.d. TW III | Capaian s.d. TW III (%) |
|---|---|---|---:|---:|---:|---:|---:|---:|---:|
| | | | | TW I | TW II | TW III | TW IV | | |
| 1 | Jumlah dokumen perencanaan yang disusun | dokumen | 8 | 2 | 2 | 2 | 2 | 6 | 100,00 |
| 2 | Jumlah kegiatan pembinaan desa | kali | 40 | 10 | 10 | {tw3} | 10 | 27 | {capaian} |
| 3 | Jumlah laporan keuangan | laporan | 12 | 3 | 3 | 3 | 3 | 9 | 100,00 |
| 4 | Jumlah kader terlatih | orang | 100 | 25 | 25 | 25 | 25 | 60 | 80,00 |
"""

TARGETS_RULE = "target-triwulan-agrees-with-target-tahunan"
QUARTER_CAPAIAN = "capaian-triwulan-equals-realisasi-over-target-triwulan"


def test_split_targets_report_as_built_is_right() -> None:
    assert findings_for(SPLIT.format(tw3="10", capaian="90,00"), source="t.md") == []


def test_a_wrong_quarter_target_is_not_blamed_on_the_capaian_the_year_backs() -> None:
    # 27 / (40 − 10) = 90,00: the capaian read the year's target, which is right;
    # TW III's 12 (or another quarter up to it) is wrong, and no figure is guessed
    found = findings_for(SPLIT.format(tw3="12", capaian="90,00"), source="t.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [TARGETS_RULE, "tabel-3.1/row:2/col:target", None, "40 kali"]
    ]
    (only,) = found
    assert "TW I–TW III" in only.message and "TW IV 10 kali (30 kali)" in only.message


def test_a_capaian_of_the_printed_quarters_leaves_the_year_target_warned() -> None:
    # 27 / 32 = 84,38: the capaian read the quarters as printed; the year's
    # target or TW IV may be wrong, as before
    found = findings_for(SPLIT.format(tw3="12", capaian="84,38"), source="t.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [TARGETS_RULE, "tabel-3.1/row:2/col:target", "42 kali", "40 kali"]
    ]


def test_a_capaian_that_fits_neither_target_is_still_blamed() -> None:
    found = findings_for(SPLIT.format(tw3="12", capaian="80,00"), source="t.md")
    assert sorted([f[0], f[1], f[3]] for f in compact(found)) == [
        [QUARTER_CAPAIAN, "tabel-3.1/row:2/col:c10", "84,38"],
        [TARGETS_RULE, "tabel-3.1/row:2/col:target", "42 kali"],
    ]


SPLIT_BOTH = """# LAPORAN KINERJA TRIWULAN III TAHUN 2024 DINAS CONTOH

**Tabel 3.1 Capaian Indikator Kinerja s.d. Triwulan III Tahun 2024**

| No | Indikator Kinerja | Satuan | Target Tahunan | Target | | | | Realisasi | | | | Capaian s.d. TW III (%) | Capaian terhadap Target Tahunan (%) |
|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| | | | | TW I | TW II | TW III | TW IV | TW I | TW II | TW III | s.d. TW III | | |
{numbers}| 1 | Jumlah bulan pemenuhan gaji dan tunjangan ASN | bulan | 12 | 3 | 3 | 3 | 3 | 3 | 3 | 3 | 9 | 100,00 | 75,00 |
| 2 | Jumlah laporan harga pangan | laporan | 12 | 3 | 3 | 3 | 3 | 3 | 3 | 3 | {sd} | 100,00 | 75,00 |
| 3 | Jumlah kegiatan pemantauan stok pangan | kali | 48 | 12 | 12 | 12 | 12 | 12 | 12 | 11 | 35 | 97,22 | 72,92 |
"""

NUMBERS = "| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 = 9+10+11 | 13 | 14 |\n"


def _split_both(sd: str = "9", *, numbers: bool = False) -> str:
    return SPLIT_BOTH.format(sd=sd, numbers=NUMBERS if numbers else "")


def test_split_both_report_as_built_is_right() -> None:
    assert findings_for(_split_both(), source="t.md") == []
    assert findings_for(_split_both(numbers=True), source="t.md") == []


def test_both_capaian_columns_left_alone_beside_a_wrong_running_total() -> None:
    # 9 / 9 = 100,00 and 9 / 12 = 75,00: both capaian read the quarters' sum 9
    found = findings_for(_split_both(sd="10"), source="t.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [SUM_RULE, "tabel-3.1/row:2/col:realisasi", "9 laporan", "10 laporan"]
    ]


def test_under_a_stated_sum_the_formula_rule_reports_the_running_total() -> None:
    found = findings_for(_split_both(sd="10", numbers=True), source="t.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        ["stated-formula-holds", "tabel-3.1/row:2/col:realisasi", "9 laporan"]
        + ["10 laporan"]
    ]


def test_a_plain_capaian_beside_split_targets_is_backed_by_the_year_too() -> None:
    # "Capaian (%)" naming no period, computed against the target up to TW III
    plain = SPLIT.replace("Capaian s.d. TW III (%)", "Capaian (%)")
    assert findings_for(plain.format(tw3="10", capaian="90,00"), source="t.md") == []
    found = findings_for(plain.format(tw3="12", capaian="90,00"), source="t.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [TARGETS_RULE, "tabel-3.1/row:2/col:target", None, "40 kali"]
    ]
    # a capaian against the year's target (27 / 40) is right, and backs nothing:
    # the year's target is told the quarters' sum, as before
    found = findings_for(plain.format(tw3="12", capaian="67,50"), source="t.md")
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [TARGETS_RULE, "tabel-3.1/row:2/col:target", "42 kali", "40 kali"]
    ]
