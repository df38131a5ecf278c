"""The quarters' targets against the year's: added up, or running to it in TW IV.

Each table is judged by the reading most of its rows follow; a row that follows
neither is reported at its year's target, and nothing is said when no reading has
a majority of the rows.
"""

from __future__ import annotations

from lkjaudit.checks.quarter_targets import year_and_quarters

from conftest import compact, findings_for, report_from

RULE = "target-triwulan-agrees-with-target-tahunan"


def _table(caption: str, rows: list[str], year: str = "Target Tahunan") -> str:
    """A two-row header table: the year's target, then Target over TW I … TW IV."""
    return "\n".join(
        [
            f"**{caption}**",
            "",
            f"| No | Indikator | {year} | Target | | | |",
            "|---|---|---:|---:|---:|---:|---:|",
            "| | | | TW I | TW II | TW III | TW IV |",
            *rows,
        ]
    )


_OWN = _table(
    "Tabel 3.1 Rencana Aksi per Triwulan",
    [
        "| 1 | Jumlah kelompok yang dibina | 24 | 4 | 6 | 8 | 6 |",
        "| 2 | Jumlah laporan harga pangan | 12 | 3 | 3 | 3 | 3 |",
        "| 3 | Jumlah keluarga penerima bantuan | 1.500 | - | 500 | 500 | 500 |",
    ],
)

_RUNNING = _table(
    "Tabel 3.2 Rencana Aksi per Triwulan",
    [
        "| 1 | Persentase pangan segar yang aman | 90 % | 80 % | 85 % | 88 % | 90 % |",
        "| 2 | Persentase desa mandiri pangan | 40 % | 25 % | 30 % | 35 % | 40 % |",
        "| 3 | Angka rawan pangan | 4,2 % | 5 % | 4,8 % | 4,5 % | 4,2 % |",
    ],
    year="Target 2024",
)


def _found(text: str) -> list[list[object]]:
    return compact(findings_for(text, select=(RULE,), source="t.md"))


def test_the_year_and_the_four_quarters_are_found_by_their_headers() -> None:
    table = report_from(_RUNNING, "t.md").tables[0]
    found = year_and_quarters(table)
    assert found is not None
    year, quarters = found
    assert (year.header, [c.header for c in quarters]) == (
        "Target 2024",
        ["TW I", "TW II", "TW III", "TW IV"],
    )


def test_quarters_adding_up_to_the_year_draw_nothing() -> None:
    assert compact(findings_for(_OWN, source="t.md")) == []


def test_running_targets_ending_on_the_year_draw_nothing() -> None:
    assert compact(findings_for(_RUNNING, source="t.md")) == []


def test_a_row_off_the_quarters_sum_is_reported_at_its_year_target() -> None:
    # the other rows add up (3+3+3+3, 500+500+500); 4 + 6 + 8 + 5 = 23, not 24
    text = _OWN.replace("| 8 | 6 |", "| 8 | 5 |")
    assert _found(text) == [[RULE, "tabel-3.1/row:1/col:target", 6, "23", "24"]]


def test_a_row_off_its_running_target_is_reported_at_its_year_target() -> None:
    # the other rows end on the year's target in TW IV; this one ends on 38 %
    text = _RUNNING.replace("| 35 % | 40 % |", "| 35 % | 38 % |")
    assert _found(text) == [[RULE, "tabel-3.2/row:2/col:target", 7, "38 %", "40 %"]]


def test_the_message_names_the_reading_and_the_quarters() -> None:
    text = _OWN.replace("| 8 | 6 |", "| 8 | 5 |")
    (en,) = findings_for(text, select=(RULE,), source="t.md", lang="en")
    assert en.message == (
        "Year's target 24, but the four quarters' targets add up to 23 "
        "(TW I 4 + TW II 6 + TW III 8 + TW IV 5)"
    )
    (idn,) = findings_for(text, select=(RULE,), source="t.md", lang="id")
    assert idn.message == (
        "Target tahunan 24, sedangkan jumlah target keempat triwulan 23 "
        "(TW I 4 + TW II 6 + TW III 8 + TW IV 5)"
    )


def test_a_row_fitting_the_other_reading_is_not_reported() -> None:
    # a percentage running to its year's target among counts that add up
    text = _OWN.replace(
        "| 3 | Jumlah keluarga",
        "| 3 | Persentase pasar terpantau | 80 % | 50 % | 60 % | 70 % | 80 % |\n"
        "| 4 | Jumlah keluarga",
    )
    assert _found(text) == []


def test_nothing_is_said_when_no_reading_fits_most_rows() -> None:
    # two rows add up, one runs, two follow neither: adding up is the likelier
    # reading but no reading fits most rows, so the two are not judged on a guess
    text = _table(
        "Tabel 3.3 Rencana Aksi per Triwulan",
        [
            "| 1 | Jumlah pasar yang dipantau | 20 | 5 | 5 | 5 | 5 |",
            "| 2 | Jumlah laporan harga pangan | 12 | 3 | 3 | 3 | 3 |",
            "| 3 | Persentase desa mandiri pangan | 40 % | 25 % | 30 % | 35 % | 40 % |",
            "| 4 | Jumlah sosialisasi keamanan pangan | 12 | 2 | 3 | 3 | 3 |",
            "| 5 | Jumlah pengawasan mutu pangan | 10 | 3 | 3 | 3 | 3 |",
        ],
    )
    assert _found(text) == []


def test_nothing_is_said_when_the_two_readings_tie() -> None:
    text = _table(
        "Tabel 3.4 Rencana Aksi per Triwulan",
        [
            "| 1 | Jumlah pasar yang dipantau | 20 | 5 | 5 | 5 | 5 |",
            "| 2 | Jumlah laporan harga pangan | 12 | 3 | 3 | 3 | 3 |",
            "| 3 | Persentase desa mandiri pangan | 40 % | 25 % | 30 % | 35 % | 40 % |",
            "| 4 | Persentase pangan aman | 90 % | 80 % | 85 % | 88 % | 90 % |",
            "| 5 | Jumlah sosialisasi keamanan pangan | 12 | 2 | 3 | 3 | 3 |",
        ],
    )
    assert _found(text) == []


def test_rows_without_every_target_tell_nothing() -> None:
    # an empty year's target, a quarter in words, and targets all dashes are not
    # counted: the two rows left add up, and the third row's 11 is reported
    text = _table(
        "Tabel 3.5 Rencana Aksi per Triwulan",
        [
            "| 1 | Jumlah pasar yang dipantau | 20 | 5 | 5 | 5 | 5 |",
            "| 2 | Jumlah laporan harga pangan | 12 | 3 | 3 | 3 | 3 |",
            "| 3 | Jumlah sosialisasi keamanan pangan | 12 | 2 | 3 | 3 | 3 |",
            "| 4 | Jumlah dokumen evaluasi | | 1 | 1 | 1 | 1 |",
            "| 5 | Jumlah rapat koordinasi | 4 | 1 | 1 | satu | 1 |",
            "| 6 | Jumlah peta rawan pangan | - | - | - | - | - |",
        ],
    )
    assert _found(text) == [[RULE, "tabel-3.5/row:3/col:target", 8, "11", "12"]]


def test_a_table_without_the_years_target_is_not_judged() -> None:
    text = "\n".join(
        [
            "**Tabel 3.6 Rencana Aksi per Triwulan**",
            "",
            "| No | Indikator | Target | | | |",
            "|---|---|---:|---:|---:|---:|",
            "| | | TW I | TW II | TW III | TW IV |",
            "| 1 | Jumlah pasar yang dipantau | 5 | 5 | 5 | 5 |",
            "| 2 | Jumlah sosialisasi keamanan pangan | 2 | 3 | 3 | 3 |",
        ]
    )
    assert _found(text) == []
