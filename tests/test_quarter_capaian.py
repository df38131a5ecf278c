"""A capaian of the quarter alone, in a table printing the running total too.

``Target TW III | Realisasi TW I | TW II | TW III | s.d. TW III | Capaian``
whose capaian is the realisasi of TW III over the target of TW III: the
capaian rule used to try the running total only, and told every row wrong.
The quarter's own reading is one of the table's readings: the one most rows
reproduce is the table's, and a row no reading reproduces is told the table's
figure, with the quarter's columns named in its formula.
"""

from __future__ import annotations

from conftest import findings_for

RULE = "capaian-equals-realisasi-over-target"

# each row: the year's target, the quarter's, the three quarters' realisasi,
# the running total, the capaian of the quarter alone (TW III / target TW III)
ROWS = [
    ("Jumlah UMKM yang dibina", "unit", "1000", "250", "200", "240", "275", "715"),
    ("Jumlah pelatihan aparatur", "kegiatan", "48", "12", "10", "11", "9", "30"),
    ("Jumlah desa yang didampingi", "desa", "400", "100", "90", "95", "80", "265"),
    ("Jumlah dokumen perencanaan", "dokumen", "20", "5", "4", "5", "6", "15"),
]
OWN = ["110,00", "75,00", "80,00", "120,00"]
# the running total over the year's target
YEAR = ["71,50", "62,50", "66,25", "75,00"]


def _table(capaian: list[str], header: str = "Capaian (%)", year: bool = False) -> str:
    head = "| No | Indikator Kinerja | Satuan |"
    head += " Target Tahun 2024 |" if year else ""
    head += " Target TW III | Realisasi TW I | Realisasi TW II | Realisasi TW III |"
    head += f" Realisasi s.d. TW III | {header} |"
    lines = [
        "# Laporan Kinerja Triwulan III Tahun 2024",
        "",
        "Tabel 1. Capaian indikator kinerja triwulan III",
        "",
        head,
        "|" + "---|" * (head.count("|") - 1),
    ]
    for k, ((name, unit, whole, *rest), cap) in enumerate(
        zip(ROWS, capaian, strict=True), start=1
    ):
        cells = [str(k), name, unit] + ([whole] if year else []) + rest + [cap]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _found(text: str, lang: str = "id") -> list[list[object]]:
    return [
        [f.location.ref, f.expected, f.actual, f.evidence.get("formula")]
        for f in findings_for(text, source="t.md", lang=lang)
        if f.rule_id == RULE
    ]


def test_the_quarter_own_capaian_is_right() -> None:
    assert _found(_table(OWN)) == []


def test_a_capaian_headed_with_the_quarter_is_read_as_the_quarter_own() -> None:
    assert _found(_table(OWN, header="Capaian TW III")) == []


def test_beside_the_year_target_the_quarter_own_capaian_is_right() -> None:
    assert _found(_table(OWN, year=True)) == []
    assert _found(_table(OWN, header="Capaian TW III", year=True)) == []


def test_a_wrong_capaian_is_told_the_quarter_own_figure() -> None:
    # 9 / 12 = 75,00, printed 70,00; by the running total 30 / 12 = 250,00
    wrong = [*OWN[:1], "70,00", *OWN[2:]]
    for year in (False, True):
        assert _found(_table(wrong, year=year)) == [
            [
                "tabel-1/row:2/col:capaian",
                "75,00",
                "70,00",
                "Realisasi TW III / Target TW III",
            ]
        ]


def test_a_wrong_capaian_names_the_quarter_columns_in_english() -> None:
    wrong = [*OWN[:3], "100,00"]
    found = findings_for(_table(wrong), source="t.md", lang="en")
    [finding] = [f for f in found if f.rule_id == RULE]
    assert (finding.location.ref, finding.expected, finding.actual) == (
        "tabel-1/row:4/col:capaian",
        "120,00",
        "100,00",
    )
    assert "Realisasi TW III / Target TW III = 6 / 5 dokumen" in finding.message


def test_a_row_reading_the_running_total_in_a_quarter_table_is_told_so() -> None:
    # rows 1, 2 and 4 read the quarter alone; row 3's 66,25 is the running total
    # over the year's target: the table's reading is the quarter's, 80,00
    mixed = [OWN[0], OWN[1], YEAR[2], OWN[3]]
    assert _found(_table(mixed, year=True)) == [
        [
            "tabel-1/row:3/col:capaian",
            "80,00",
            "66,25",
            "Realisasi TW III / Target TW III",
        ]
    ]


def test_one_row_fitting_the_quarter_does_not_make_it_the_table_reading() -> None:
    # rows 1, 3 and 4 read the running total over the year's target; row 2's
    # 75,00 fits the quarter alone only: it is told the table's 62,50
    mixed = [YEAR[0], OWN[1], YEAR[2], YEAR[3]]
    assert _found(_table(mixed, year=True)) == [
        [
            "tabel-1/row:2/col:capaian",
            "62,50",
            "75,00",
            "Realisasi s.d. TW III / Target Tahun 2024",
        ]
    ]


def test_the_running_total_table_is_judged_as_before() -> None:
    assert _found(_table(YEAR, year=True)) == []
    wrong = [*YEAR[:3], "70,00"]
    assert [f[:3] for f in _found(_table(wrong, year=True))] == [
        ["tabel-1/row:4/col:capaian", "75,00", "70,00"]
    ]
