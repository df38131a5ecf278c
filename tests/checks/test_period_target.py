"""The quarter's target printed beside the year's: the capaian follows one of them.

``Target 2025 | Target TW III | Realisasi s.d. TW III | Capaian``: the year's
target keeps the table's target role (the Perjanjian Kinerja copies it), and the
capaian is judged against whichever target its printed figures follow, the
year's when they do not tell. Found by probe8 (F1): the capaian 133,33% = 12 / 9
of a lower-is-better count, against the quarter's target, was expected as 16 / 9
against the year's, and the sentence quoting it was flagged with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjaudit import AuditOptions, audit
from lkjaudit.analysis.periods import Period, only_period, period_of
from lkjaudit.analysis.targets import period_target
from lkjaudit.model.report import ColumnRole as R

from conftest import compact, findings_for, report_from

RULES = (
    "capaian-equals-realisasi-over-target",
    "text-figure-matches-table",
    "figure-same-in-every-table",
)
CAPAIAN = "capaian-equals-realisasi-over-target"

_REPORT = """# LAPORAN KINERJA KECAMATAN WATUGEDE TRIWULAN III TAHUN 2025

## BAB II PERENCANAAN KINERJA

**Tabel 2.1 Perjanjian Kinerja Tahun 2025**

| No | Indikator Kinerja | Satuan | Target 2025 |
|---|---|---|---:|
| 1 | Jumlah pelanggaran Perda dan Perkada | kasus | 16 |
| 2 | Jumlah UMKM yang dibina | UMKM | 40 |
| 3 | Persentase pengaduan masyarakat yang ditindaklanjuti | % | 100 |

## BAB III AKUNTABILITAS KINERJA

**Tabel 3.1 Capaian Indikator Kinerja s.d. Triwulan III Tahun 2025**

| No | Indikator Kinerja | Satuan | Target 2025 | {target} | {realisasi} | Capaian (%) |
|---|---|---|---:|---:|---:|---:|
| 1 | Jumlah pelanggaran Perda dan Perkada | kasus | 16 | 12 | 9 | {first} |
| 2 | Jumlah UMKM yang dibina | UMKM | 40 | 30 | 27 | {second} |
| 3 | Persentase pengaduan masyarakat yang ditindaklanjuti | % | 100 | 100 | 95 | 95,00 |
{more}
Jumlah pelanggaran Perda dan Perkada s.d. Triwulan III sebanyak 9 kasus dari target
12 kasus sehingga capaian {quoted}%.
"""

_TW3 = ("Target TW III", "Realisasi s.d. TW III")
_SENTENCE = "text/paragraph:6/sentence:1"
_ROW4 = "| 4 | Jumlah kelompok tani yang dibina | kelompok | 20 | 15 | 12 | {} |"


def _report(
    target: str = _TW3[0],
    realisasi: str = _TW3[1],
    first: str = "133,33",
    second: str = "90,00",
    quoted: str = "133,33",
    more: str = "",
) -> str:
    return _REPORT.format(
        target=target,
        realisasi=realisasi,
        first=first,
        second=second,
        quoted=quoted,
        more=more,
    )


def _found(text: str, lang: str = "id") -> list[list[object]]:
    return compact(findings_for(text, select=RULES, source="t.md", lang=lang))


@pytest.mark.parametrize(
    ("header", "period", "alone"),
    [
        ("Semester I", Period(2, True), False),
        ("Target Semester I", Period(2, True), False),
        ("Realisasi s.d. Semester II", Period(4, True), False),
        ("Target Smt I", Period(2, True), False),
        ("Semester II", None, False),  # TW III and TW IV: two quarters
        ("Semester I-II", None, False),
        ("Target Triwulan III", Period(3, False), False),
        ("Target TW III (Kumulatif)", Period(3, True), False),
        ("TW III", Period(3, False), True),
    ],
)
def test_a_half_year_is_named_by_the_quarter_it_ends_with(
    header: str, period: Period | None, alone: bool
) -> None:
    assert (period_of(header), only_period(header)) == (period, alone)


@pytest.mark.parametrize(
    ("target", "realisasi"),
    [
        _TW3,
        ("Target Triwulan III", "Realisasi s.d. Triwulan III"),
        ("Target s.d. TW III", "Realisasi s.d. TW III"),
        ("Target TW III (Kumulatif)", "Realisasi TW III (Kumulatif)"),
        ("Target Semester I", "Realisasi Semester I"),
        ("Target TW III", "Realisasi TW III"),
    ],
)
def test_the_years_target_keeps_the_role_and_the_quarters_is_read_beside_it(
    target: str, realisasi: str
) -> None:
    table = report_from(_report(target, realisasi), "t.md").tables[1]
    assert [(c.header, c.role) for c in table.columns][3:] == [
        ("Target 2025", R.TARGET),
        (target, R.OTHER),
        (realisasi, R.REALISASI),
        ("Capaian (%)", R.CAPAIAN),
    ]
    quarter = period_target(table)
    assert quarter is not None and quarter.header == target
    # the Satuan column gives the quarter's target its unit as it does the year's
    assert table.value(table.rows[0], quarter).unit == "kasus"


@pytest.mark.parametrize(
    ("target", "realisasi"),
    [
        _TW3,
        ("Target Triwulan III", "Realisasi s.d. Triwulan III"),
        ("Target s.d. TW III", "Realisasi s.d. TW III"),
        ("Target TW III (Kumulatif)", "Realisasi TW III (Kumulatif)"),
        ("Target Semester I", "Realisasi Semester I"),
    ],
)
def test_a_capaian_against_the_quarters_target_draws_nothing(
    target: str, realisasi: str
) -> None:
    # 12 / 9 = 133,33 (lower is better), 27 / 30 = 90,00; the sentence quoting
    # 133,33 is right, and the year's target 16 agrees with the PK's
    assert _found(_report(target, realisasi)) == []


def test_a_capaian_against_the_years_target_draws_nothing() -> None:
    # 16 / 9 = 177,78 and 27 / 40 = 67,50: the report computes against the year's
    text = _report(first="177,78", second="67,50", quoted="177,78")
    assert _found(text) == []


def test_a_quarter_of_another_period_than_the_realisasi_is_not_the_target() -> None:
    # the realisasi is up to TW III, the quarter's target TW II's: the year's
    # target alone judges, as before
    text = _report("Target TW II", first="177,78", second="67,50", quoted="177,78")
    table = report_from(text, "t.md").tables[1]
    assert period_target(table) is None
    assert _found(text) == []
    # 2 − 9 / 16 = 143,75: the formula of a table that shows no other
    assert _found(_report("Target TW II")) == [
        [CAPAIAN, "tabel-3.1/row:1/col:capaian", 19, "143,75", "133,33"],
        [CAPAIAN, "tabel-3.1/row:2/col:capaian", 20, "67,50", "90,00"],
        ["text-figure-matches-table", _SENTENCE, 24, "143,75%", "133,33%"],
    ]


def test_a_wrong_capaian_is_expected_against_the_target_the_rows_follow() -> None:
    # 27 / 30 = 90,00 follows the quarter's target: 140,00 should be 12 / 9
    # (2 − 9 / 12 = 125,00, as the table prints no other lower-is-better row),
    # with the year's figure named beside it; the sentence quotes 133,33
    # (target / realisasi), also a reading of the quarter's target
    text = _report(first="140,00")
    found = findings_for(text, select=RULES, source="t.md")
    assert compact(found) == [
        [CAPAIAN, "tabel-3.1/row:1/col:capaian", 19, "125,00", "140,00"],
    ]
    assert found[0].message == (
        "Capaian 140,00, seharusnya 125,00 (2 − Realisasi s.d. TW III / Target TW "
        "III (indikator negatif) = 2 − 9 kasus / 12 kasus; atau 133,33 bila "
        "dihitung Target TW III / Realisasi s.d. TW III (indikator negatif); atau "
        "143,75 bila dihitung terhadap Target 2025)"
    )
    assert found[0].confidence == "medium"
    assert [r.ref for r in found[0].related] == [
        "tabel-3.1/row:1/col:realisasi",
        "tabel-3.1/row:1/col:c5",
    ]
    english = findings_for(text, select=(CAPAIAN,), source="t.md", lang="en")
    assert english[0].message.endswith("; or 143,75 if computed against Target 2025)")


def test_a_wrong_capaian_in_a_table_of_the_years_target_is_expected_by_it() -> None:
    # 27 / 40 = 67,50 follows the year's target: 140,00 should be 2 − 9 / 16
    text = _report(first="140,00", second="67,50", quoted="143,75")
    found = findings_for(text, select=RULES, source="t.md")
    assert compact(found) == [
        [CAPAIAN, "tabel-3.1/row:1/col:capaian", 19, "143,75", "140,00"],
    ]
    assert (
        "(2 − Realisasi s.d. TW III / Target 2025 (indikator negatif) = "
        "2 − 9 kasus / 16 kasus" in (found[0].message)
    )
    assert found[0].message.endswith(
        "; atau 125,00 bila dihitung terhadap Target TW III)"
    )
    assert [r.ref for r in found[0].related] == [
        "tabel-3.1/row:1/col:realisasi",
        "tabel-3.1/row:1/col:target",
    ]


def test_when_the_rows_do_not_tell_the_years_target_is_expected() -> None:
    # one row follows the year's target (16 / 9 = 177,78), one the quarter's
    # (27 / 30 = 90,00): as a table with one target, the year's is expected
    # (12 / 20 = 60,00), the quarter's figure named beside it, at medium confidence
    text = _report(first="177,78", quoted="177,78", more=_ROW4.format("70,00"))
    found = findings_for(text, select=RULES, source="t.md")
    assert compact(found) == [
        [CAPAIAN, "tabel-3.1/row:4/col:capaian", 22, "60,00", "70,00"],
    ]
    assert found[0].message == (
        "Capaian 70,00, seharusnya 60,00 (Realisasi s.d. TW III / Target 2025 = "
        "12 kelompok / 20 kelompok; atau 80,00 bila dihitung terhadap Target TW III)"
    )
    assert found[0].confidence == "medium"


def test_a_row_against_the_other_target_than_the_tables_is_reported() -> None:
    # two rows follow the quarter's target; 12 / 20 = 60,00 the year's
    assert _found(_report(more=_ROW4.format("80,00"))) == []
    found = findings_for(
        _report(more=_ROW4.format("60,00")), select=RULES, source="t.md"
    )
    assert compact(found) == [
        [CAPAIAN, "tabel-3.1/row:4/col:capaian", 22, "80,00", "60,00"],
    ]
    assert found[0].message == (
        "Capaian 60,00, seharusnya 80,00 (Realisasi s.d. TW III / Target TW III = "
        "12 kelompok / 15 kelompok, target yang dipakai baris lain di tabel ini)"
    )
    assert found[0].confidence == "medium"


def test_a_sentence_quoting_a_wrong_capaian_is_reported_with_the_right_one() -> None:
    assert _found(_report(quoted="177,78")) == [
        ["text-figure-matches-table", _SENTENCE, 24, "133,33%", "177,78%"],
    ]


def test_a_capaian_up_to_the_quarter_beside_one_quarters_target_is_judged() -> None:
    # "Capaian s.d. TW III" beside the one quarter's target: no split by quarter
    # for the quarters' module to read, so the capaian rule judges it
    text = _report().replace("| Capaian (%) |", "| Capaian s.d. TW III (%) |")
    table = report_from(text, "t.md").tables[1]
    assert table.columns[-1].role == R.CAPAIAN
    assert _found(text) == []
    assert _found(text.replace("| 90,00 |", "| 92,00 |")) == [
        [CAPAIAN, "tabel-3.1/row:2/col:capaian", 20, "90,00", "92,00"],
    ]


def test_targets_split_into_every_quarter_have_no_one_quarters_target() -> None:
    text = "\n".join(
        [
            "**Tabel 3.1 Capaian Indikator per Triwulan**",
            "",
            "| No | Indikator | Target Tahunan | Target | | | | "
            "Realisasi s.d. TW III | Capaian (%) |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|",
            "| | | | TW I | TW II | TW III | TW IV | | |",
            "| 1 | Jumlah kelompok yang dibina | 24 | 4 | 6 | 8 | 6 | 17 | 70,83 |",
        ]
    )
    table = report_from(text, "t.md").tables[0]
    assert period_target(table) is None
    assert compact(findings_for(text, select=RULES, source="t.md")) == []


# --- the same in a workbook (probe8's layout) ---------------------------------


def _workbook(path: Path, capaian: float, quoted: str) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Capaian Kinerja"
    rows: list[list[object]] = [
        ["Tabel 3.1 Capaian Indikator Kinerja s.d. Triwulan III Tahun 2025"],
        ["No", "Indikator Kinerja", "Satuan", "Target 2025", "Target Triwulan III"]
        + ["Realisasi s.d. Triwulan III", "Capaian (%)"],
        [1, "Persentase pengaduan masyarakat yang ditindaklanjuti", "%"]
        + [100, 100, 95, 0.95],
        [2, "Jumlah pelanggaran Perda dan Perkada", "kasus", 16, 12, 9, capaian],
        [3, "Jumlah UMKM yang dibina", "UMKM", 40, 30, 27, 0.9],
    ]
    for row in rows:
        sheet.append(row)
    for cell in ("G3", "G4", "G5"):
        sheet[cell].number_format = "0.00%"
    text = book.create_sheet("Narasi")
    for line in (
        "LAPORAN KINERJA KECAMATAN WATUGEDE TRIWULAN III TAHUN 2025",
        "BAB III AKUNTABILITAS KINERJA",
        "Jumlah pelanggaran Perda dan Perkada s.d. Triwulan III sebanyak 9 kasus "
        f"dari target 12 kasus sehingga capaian {quoted}%.",
    ):
        text.append([line])
    book.save(path)


def _audit(path: Path) -> list[tuple[object, ...]]:
    found = audit([str(path)], AuditOptions(select=RULES, strict=True)).findings
    return [
        (
            f.rule_id,
            f.location.cell,
            f.expected,
            f.actual,
            tuple(r.cell for r in f.related),
        )
        for f in found
    ]


def test_a_workbook_capaian_against_the_quarters_target_draws_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "tw3.xlsx"
    _workbook(path, 1.3333, "133,33")
    assert _audit(path) == []


def test_a_workbook_capaian_off_both_targets_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "tw3.xlsx"
    _workbook(path, 1.4, "133,33")
    assert _audit(path) == [
        (
            CAPAIAN,
            "'Capaian Kinerja'!G4",
            "125,00%",
            "140,00%",
            ("'Capaian Kinerja'!F4", "'Capaian Kinerja'!E4"),
        ),
    ]
    _workbook(path, 1.3333, "177,78")
    assert _audit(path) == [
        (
            "text-figure-matches-table",
            "Narasi!A3",
            "133,33%",
            "177,78%",
            ("'Capaian Kinerja'!G4",),
        ),
    ]


_COPIES = """# LAPORAN KINERJA KECAMATAN WATUGEDE TRIWULAN III TAHUN 2025

**Tabel 3.1 Capaian Indikator Kinerja s.d. Triwulan III Tahun 2025**

| No | Indikator Kinerja | Satuan | Target 2025 | Target TW III | Realisasi s.d. TW III | Capaian (%) |
|---|---|---|---:|---:|---:|---:|
| 1 | Jumlah UMKM yang dibina | UMKM | 40 | 30 | 27 | 90,00 |
| 2 | Jumlah kelompok tani yang dibina | kelompok | 20 | 15 | 12 | 80,00 |

**Tabel 3.2 Realisasi Kinerja s.d. Triwulan III Tahun 2025**

| No | Indikator Kinerja | Satuan | Realisasi s.d. TW III |
|---|---|---|---:|
| 1 | Jumlah UMKM yang dibina | UMKM | {copy} |
| 2 | Jumlah kelompok tani yang dibina | kelompok | 12 |
"""


def test_a_realisation_confirmed_by_its_capaian_against_the_quarters_target() -> None:
    # 27 / 30 = 90,00 confirms Tabel 3.1's 27: the other copy, 72, is the one
    # reported, and the message says how Tabel 3.1 confirms its figure
    assert _found(_COPIES.format(copy="27")) == []
    found = findings_for(_COPIES.format(copy="72"), select=RULES, source="t.md")
    assert compact(found) == [
        [
            "figure-same-in-every-table",
            "tabel-3.2/row:1/col:realisasi",
            14,
            "27 UMKM",
            "72 UMKM",
        ],
    ]
    assert found[0].message.endswith(
        "Tabel 3.1 sesuai dengan hitungan tabelnya sendiri (capaian pada baris yang "
        "sama)"
    )
