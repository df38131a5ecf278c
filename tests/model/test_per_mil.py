"""Per mil figures (``22,4 ‰``): hospital death rates per 1.000 patients."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjaudit.analysis.cells import is_unit_text
from lkjaudit.model.values import ValueKind, parse_value

from conftest import compact, findings_for


@pytest.mark.parametrize(
    ("text", "number", "decimals"),
    [("22,4 ‰", "22.4", 1), ("22,4‰", "22.4", 1), ("25 ‰", "25", 0)],
)
def test_a_per_mil_figure_is_a_figure(text: str, number: str, decimals: int) -> None:
    value = parse_value(text)
    assert (value.kind, value.number, value.unit, value.decimals) == (
        ValueKind.NUMBER,
        Decimal(number),
        "‰",
        decimals,
    )


def test_per_mil_written_in_words_is_the_same_unit() -> None:
    assert parse_value("25 permil").unit == parse_value("25 ‰").unit == "‰"


def test_the_per_mil_sign_alone_is_a_unit() -> None:
    assert is_unit_text("‰")
    assert parse_value("‰").kind is ValueKind.TEXT


NDR = """LAPORAN KINERJA RSUD CONTOH TAHUN 2024

Tabel 3.1 Pengukuran Kinerja

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Angka kematian pasien > 48 jam (NDR) | 25 ‰ | 22,4 ‰ | {capaian} |
| 2 | Angka kematian kasar (GDR) | 45 ‰ | 41,8 ‰ | 107,11 |
"""


def test_a_per_mil_row_is_read_and_raises_nothing() -> None:
    assert findings_for(NDR.format(capaian="110,40"), source="rsud.md") == []


def test_a_wrong_capaian_of_per_mil_figures_is_found() -> None:
    found = findings_for(NDR.format(capaian="108,40"), source="rsud.md")
    assert compact(found) == [
        ["capaian-equals-realisasi-over-target", "tabel-3.1/row:1/col:capaian", 7]
        + ["110,40", "108,40"]
    ]
