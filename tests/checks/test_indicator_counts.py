"""Counts of people or things quoted as an indicator's realisasi or target.

"Jumlah pengunjung perpustakaan daerah tahun 2024 mencapai 47.835 orang, melampaui
target 45.000 orang" restates the row of that indicator, counted in orang: its
realisasi and its target. A count of an earlier year, a count of residents no row
names, and staff counts keep their own readings.
"""

from __future__ import annotations

from pathlib import Path

from lkjaudit import AuditOptions, audit
from lkjaudit.prose.claims import read_claims

from conftest import compact, findings_for, report_from

TEXT = ("text-figure-*", "text-count-*")

_REPORT = """# LAPORAN KINERJA DINAS PERPUSTAKAAN KABUPATEN WATUGEDE TAHUN 2024

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024

| No | Indikator Kinerja | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) |
|---|---|---|---|---|---|---|
| 1 | Persentase arsip yang tertata sesuai kaidah kearsipan | % | 72 | 80 | 84 | 105,00 |
| 2 | Jumlah pengunjung perpustakaan daerah | orang | 41.250 | 45.000 | 47.385 | 105,30 |
| 3 | Jumlah kunjungan perpustakaan keliling | kali | 110 | 120 | 126 | 105,00 |

Tabel 3.2 Pegawai Menurut Status

| No | Unit Kerja | PNS | PPPK | Jumlah |
|---|---|---|---|---|
| 1 | Sekretariat | 9 | 4 | 13 |
| 2 | Bidang Perpustakaan | 12 | 5 | 17 |
| | JUMLAH | 21 | 9 | 30 |

{after}
"""
LINE = 21  # the line of the sentence after the tables
AT = ["text/paragraph:5/sentence:1", LINE]


def _found(after: str) -> list[list[object]]:
    text = _REPORT.format(after=after)
    assert text.splitlines()[LINE - 1] == after
    return compact(findings_for(text, select=TEXT, source="laporan.md"))


def _visitors(
    real: str = "47.385", target: str = "45.000", past: str = "41.250"
) -> str:
    return (
        f"Jumlah pengunjung perpustakaan daerah tahun 2024 mencapai {real} orang, "
        f"melampaui target {target} orang, naik dibandingkan tahun 2023 sebanyak "
        f"{past} orang."
    )


def _metrics(after: str) -> list[tuple[str, str]]:
    report = report_from(_REPORT.format(after=after), "laporan.md")
    return [(c.metric, c.figure.raw) for c in read_claims(report).figures]


def test_a_count_after_an_indicator_is_its_realisasi_and_target() -> None:
    assert _metrics(_visitors()) == [
        ("realisasi", "47.385 orang"),
        ("target", "45.000 orang"),
    ]
    assert _found(_visitors()) == []


def test_a_wrong_realisasi_count_is_reported_against_the_row() -> None:
    assert _found(_visitors(real="47.835")) == [
        ["text-figure-matches-table", *AT, "47.385 orang", "47.835 orang"]
    ]


def test_a_wrong_target_count_is_reported_against_the_row() -> None:
    assert _found(_visitors(target="46.000")) == [
        ["text-figure-matches-table", *AT, "45.000 orang", "46.000 orang"]
    ]


def test_the_earlier_year_count_is_not_this_years() -> None:
    # NOTE: compared with 2024's realisasi it would be wrong; it is 2023's
    assert _found(_visitors(past="40.000")) == []
    alone = "Jumlah pengunjung perpustakaan daerah tahun 2023 mencapai 41.250 orang."
    assert _metrics(alone) == []
    assert _found(alone) == []
    # dated by the period before, not by its number
    for past in ("tahun lalu", "tahun kemarin", "periode sebelumnya"):
        alone = f"Jumlah pengunjung perpustakaan daerah {past} mencapai 41.250 orang."
        assert _metrics(alone) == []
        assert _found(alone) == []
    this = "Jumlah pengunjung perpustakaan daerah tahun ini mencapai 41.250 orang."
    assert _found(this) == [
        ["text-figure-matches-table", *AT, "47.385 orang", "41.250 orang"]
    ]


def test_a_count_of_residents_no_row_names_is_not_compared() -> None:
    residents = "Jumlah penduduk Kabupaten Watugede tahun 2024 mencapai 45.000 orang."
    assert _found(residents) == []
    # without a word of performance it is no claim at all
    plain = "Jumlah penduduk Kabupaten Watugede sebanyak 45.000 orang."
    assert _metrics(plain) == []


def test_a_count_in_another_noun_than_the_rows_unit_is_not_compared() -> None:
    # the kunjungan row counts in kali, not in orang
    other = "Jumlah kunjungan perpustakaan keliling tahun 2024 mencapai 162 orang."
    assert _found(other) == []
    assert (
        _found("Jumlah kunjungan perpustakaan keliling tahun 2024 mencapai 162 kali.")
        == []
    )


def test_a_staff_sentence_keeps_its_staff_reading() -> None:
    staff = "Jumlah pegawai tahun 2024 mencapai 31 orang, terdiri atas 21 orang PNS."
    assert _metrics(staff) == [("staff", "31 orang"), ("staff", "21 orang")]
    assert _found(staff) == [["text-count-matches-table", *AT, "30 orang", "31 orang"]]


def _workbook(path: Path, sentence: str) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "BAB III"
    rows: list[list[object]] = [
        ["LAPORAN KINERJA DINAS PERPUSTAKAAN KABUPATEN WATUGEDE TAHUN 2024"],
        [],
        ["BAB III AKUNTABILITAS KINERJA"],
        [],
        ["Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024"],
        ["No", "Indikator Kinerja", "Satuan", "Realisasi 2023", "Tahun 2024"],
        [None, None, None, None, "Target", "Realisasi", "Capaian (%)"],
        [1, "Indeks pembangunan literasi masyarakat", "indeks", 55.1, 58, 57.2, 0.9862],
        [
            2,
            "Jumlah pengunjung perpustakaan daerah",
            "orang",
            41250,
            45000,
            47385,
            1.053,
        ],
        [],
        [sentence],
    ]
    for row in rows:
        sheet.append(row)
    for cells in ("A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:G6"):
        sheet.merge_cells(cells)
    book.save(path)


def test_a_workbook_sentence_is_read_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "perpus.xlsx"
    options = AuditOptions(select=TEXT, strict=True)
    _workbook(path, _visitors())
    assert audit([str(path)], options).findings == []
    _workbook(path, _visitors(real="47.835"))
    found = audit([str(path)], options).findings
    assert [
        (f.rule_id, f.location.cell, f.expected, f.actual, f.related[0].cell)
        for f in found
    ] == [
        (
            "text-figure-matches-table",
            "'BAB III'!A11",
            "47.385 orang",
            "47.835 orang",
            "'BAB III'!F9",
        )
    ]


def test_the_level_a_change_reached_is_this_years_whatever_it_is_compared_with() -> (
    None
):
    # NOTE: what comes before *menjadi* dates where the change started
    for start in ("dibandingkan tahun lalu", "dari 41.250 orang pada tahun 2023"):
        wrong = (
            f"Jumlah pengunjung perpustakaan daerah naik {start} menjadi 47.835 "
            "orang, melampaui target 45.000 orang."
        )
        assert _metrics(wrong) == [
            ("realisasi", "47.835 orang"),
            ("target", "45.000 orang"),
        ]
        assert _found(wrong) == [
            ["text-figure-matches-table", *AT, "47.385 orang", "47.835 orang"]
        ]
        assert _found(wrong.replace("47.835", "47.385")) == []
    # a count of last year, no change reached, is still last year's: compared
    # with the column of that year, never with this year's figure
    past = (
        "Jumlah pengunjung perpustakaan daerah tahun lalu sebanyak 40.000 orang, "
        "melampaui target."
    )
    assert _metrics(past) == []
    assert _found(past) == [
        ["text-figure-matches-table", *AT, "41.250 orang", "40.000 orang"]
    ]
    assert _found(past.replace("40.000", "41.250")) == []
    assert _found(past.replace("40.000", "47.385")) == [
        ["text-figure-matches-table", *AT, "41.250 orang", "47.385 orang"]
    ]
    # a change planned is no level reached
    planned = (
        "Jumlah pengunjung perpustakaan daerah diharapkan naik dibandingkan tahun "
        "lalu menjadi 50.000 orang sesuai target."
    )
    assert _metrics(planned) == []


def test_a_year_said_before_the_clause_dates_the_count() -> None:
    opened = (
        "Pada tahun 2023, jumlah pengunjung perpustakaan daerah mencapai 41.250 orang."
    )
    assert _metrics(opened) == []
    # a clause that names the report's year is this year's again
    again = (
        "Dibandingkan tahun 2023, jumlah pengunjung perpustakaan daerah tahun 2024 "
        "mencapai 47.835 orang."
    )
    assert _found(again) == [
        ["text-figure-matches-table", *AT, "47.385 orang", "47.835 orang"]
    ]


def test_a_pipe_table_with_last_years_realisasi_beside_this_years() -> None:
    table = "\n".join(
        [
            "# LAPORAN KINERJA DINAS PERPUSTAKAAN KABUPATEN WATUGEDE TAHUN 2024",
            "",
            "Tabel 3.1 Capaian Indikator Kinerja Utama",
            "",
            "| No | Indikator Kinerja | Satuan | Realisasi 2023 | Target | Realisasi "
            "| Capaian (%) |",
            "|---|---|---|---:|---:|---:|---:|",
            "| 1 | Jumlah pengunjung perpustakaan daerah | orang | 41.250 | 45.000 "
            "| 47.385 | 105,30 |",
            "",
            "{after}",
        ]
    )

    def found(after: str) -> list[list[object]]:
        text = table.format(after=after)
        return compact(findings_for(text, select=TEXT, source="laporan.md"))

    assert found(_visitors()) == []
    assert found(_visitors(real="47.835")) == [
        [
            "text-figure-matches-table",
            "text/paragraph:3/sentence:1",
            9,
            "47.385 orang",
            "47.835 orang",
        ]
    ]
