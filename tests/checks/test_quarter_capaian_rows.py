"""A capaian up to a quarter: each row's own targets tell their reading, and a
lower-is-better indicator is judged by its own formula.

In one table a percentage held each quarter (95%, 95%, 95%, 95% of 95%) runs,
while counts (2, 2, 2, 2 of 8) add up: the target up to TW III is 95% for the
one and 6 for the other. A waktu row whose capaian is target / realisasi is
lower-is-better, as the year's capaian rule reads it.
"""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

RULE = "capaian-triwulan-equals-realisasi-over-target-triwulan"

MIXED = """# Laporan Kinerja Triwulan III Tahun 2024 Kelurahan Contoh

**Capaian Indikator Kinerja s.d. Triwulan III Tahun 2024**

| No | Indikator Kinerja | Target Tahunan | Target | | | | Realisasi | | | | Capaian s.d. TW III (%) |
|:--:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| | | | TW I | TW II | TW III | TW IV | TW I | TW II | TW III | s.d. TW III | |
| 1 | Persentase layanan administrasi kependudukan sesuai SOP | 95 % | 95 % | 95 % | 95 % | 95 % | 92,4 % | 94,1 % | 96,2 % | 94,2 % | {c1} |
| 2 | Rata-rata waktu penyelesaian pelayanan surat pengantar | 2 hari | 2 hari | 2 hari | 2 hari | 2 hari | 1,8 hari | 1,6 hari | 1,5 hari | 1,6 hari | {c2} |
| 3 | Jumlah dokumen perencanaan yang disusun | 8 dokumen | 2 | 2 | 2 | 2 | 2 | 2 | 2 | 6 dokumen | {c3} |
| 4 | Jumlah kegiatan pemberdayaan yang difasilitasi | 24 kegiatan | 6 | 6 | 6 | 6 | 5 | 7 | 6 | 18 kegiatan | 100,00 |
"""
RIGHT = {"c1": "99,16", "c2": "125,00", "c3": "100,00"}


def _mixed(**wrong: str) -> str:
    return MIXED.format(**(RIGHT | wrong))


_C2 = "capaian-indikator-kinerja-s-d/row:2/col:c12"


def _found(text: str) -> list[list[object]]:
    return [f[1:] for f in compact(findings_for(text, select=(RULE,), source="k.md"))]


def test_levels_run_and_counts_add_up_in_one_table() -> None:
    assert findings_for(_mixed(), source="k.md") == []


@pytest.mark.parametrize(
    ("wrong", "expected"),
    [
        # the level is held to its TW III target, 95%, not 95 + 95 + 95
        (
            {"c1": "33,05"},
            ["capaian-indikator-kinerja-s-d/row:1/col:c12", 8, "99,16", "33,05"],
        ),
        # the count to its quarters' sum, 6, not its TW III target, 2
        (
            {"c3": "300,00"},
            ["capaian-indikator-kinerja-s-d/row:3/col:c12", 10, "100,00", "300,00"],
        ),
        # lower is better: target / realisasi or 2 − realisasi / target pass,
        # a figure neither gives is told the table's lower-is-better formula
        ({"c2": "90,00"}, [_C2, 9, "120,00", "90,00"]),
    ],
)
def test_a_wrong_capaian_is_told_its_rows_reading(
    wrong: dict[str, str], expected: list[object]
) -> None:
    assert _found(_mixed(**wrong)) == [expected]


@pytest.mark.parametrize("c2", ["120,00", "125,00", "80,00"])
def test_lower_is_better_by_any_formula_passes_alone(c2: str) -> None:
    # 2 − 1,6 / 2, 2 / 1,6, and 1,6 / 2: no other row shows the table's formula
    assert _found(_mixed(c2=c2)) == []


def test_lower_is_better_as_realisasi_over_target_where_the_table_is_not() -> None:
    # a second waktu row shows the table's formula, target / realisasi (4 / 3,2)
    other = (
        "| 5 | Rata-rata waktu pelayanan perizinan | 4 hari | 4 hari | 4 hari "
        "| 4 hari | 4 hari | 3,5 hari | 3,2 hari | 3 hari | 3,2 hari | 125,00 |\n"
    )
    assert _found(_mixed(c2="125,00") + other) == []
    assert _found(_mixed(c2="80,00") + other) == [[_C2, 9, "125,00", "80,00"]]


def test_the_message_names_the_formula_applied() -> None:
    (finding,) = findings_for(_mixed(c2="90,00"), select=(RULE,), source="k.md")
    assert finding.message == (
        "Capaian 90,00, seharusnya 120,00 (2 − realisasi 1,6 hari / target 2 hari "
        "(indikator negatif): TW III)"
    )
    (finding,) = findings_for(
        _mixed(c2="90,00"), select=(RULE,), source="k.md", lang="en"
    )
    assert finding.message == (
        "Achievement 90,00; expected 120,00 (2 − realisation 1,6 hari / target "
        "2 hari (lower is better): TW III)"
    )
    (finding,) = findings_for(_mixed(c3="300,00"), select=(RULE,), source="k.md")
    assert finding.message == (
        "Capaian 300,00, seharusnya 100,00 (realisasi 6 dokumen / target 6 dokumen: "
        "TW I + TW II + TW III)"
    )


STATED = """# Laporan Kinerja Triwulan III Tahun 2024 Kelurahan Contoh

**Capaian Indikator Kinerja s.d. Triwulan III Tahun 2024**

| No | Indikator Kinerja | Target Tahunan | Target | | | Realisasi | | | | Capaian s.d. TW III (%) |
|:--:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| | | | TW I | TW II | TW III | TW I | TW II | TW III | s.d. TW III | |
| 1 | Rata-rata waktu penyelesaian pelayanan surat pengantar | 2 hari | 2 hari | 2 hari | 2 hari | 1,8 hari | 1,6 hari | 1,5 hari | 1,6 hari | {c1} |
| 2 | Persentase pengaduan yang belum ditindaklanjuti | 10 % | 10 % | 10 % | 10 % | 12 % | 8 % | 6 % | 8,5 % | 117,65 |

Untuk indikator yang semakin rendah semakin baik, capaian dihitung dengan rumus
target dibagi realisasi.
"""


def test_without_a_year_column_lower_is_better_rows_are_still_judged() -> None:
    # no TW IV: the rows' readings are levels held each quarter (TW III's)
    assert findings_for(STATED.format(c1="125,00"), source="k.md") == []
    assert _found(STATED.format(c1="130,00")) == [
        ["capaian-indikator-kinerja-s-d/row:1/col:c11", 8, "125,00", "130,00"]
    ]
    # the report states target / realisasi: 2 − realisasi / target is wrong
    assert _found(STATED.format(c1="120,00")) == [
        ["capaian-indikator-kinerja-s-d/row:1/col:c11", 8, "125,00", "120,00"]
    ]


LISTED = STATED.replace(
    "Untuk indikator yang semakin rendah semakin baik, capaian",
    "Untuk indikator yang semakin rendah semakin baik, yaitu rata-rata waktu "
    "penyelesaian pelayanan surat pengantar dan persentase pengaduan yang belum "
    "ditindaklanjuti, capaian",
)


def test_a_formula_stated_for_the_indicators_listed_holds() -> None:
    assert findings_for(LISTED.format(c1="125,00"), source="k.md") == []
    assert _found(LISTED.format(c1="120,00")) == [
        ["capaian-indikator-kinerja-s-d/row:1/col:c11", 8, "125,00", "120,00"]
    ]
