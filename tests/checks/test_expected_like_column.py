"""An expected figure is printed as its column prints figures: % only if they carry it."""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

_TITLE = "LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024"


def _report(capaian: list[str], header: str = "Capaian (%)") -> str:
    rows = [
        ("1", "Persentase dokumen tepat waktu", "80", "82,35"),
        ("2", "Persentase layanan selesai", "90", "81"),
    ]
    lines = [f"No\tIndikator\tTarget\tRealisasi\t{header}"] + [
        "\t".join((no, name, t, r, c))
        for (no, name, t, r), c in zip(rows, capaian, strict=True)
    ]
    return "\n".join([_TITLE, "", "Tabel 3.2 Capaian Kinerja", "", *lines]) + "\n"


@pytest.mark.parametrize(
    ("capaian", "expected"),
    [
        # bare figures: the expected one bare too
        (["102,95", "90,00"], "102,94"),
        # figures with %: the expected one with %
        (["102,95%", "90,00%"], "102,94%"),
        # the column prints % as often as not: with %, as before
        (["102,95", "90,00%"], "102,94%"),
    ],
)
def test_expected_capaian_is_printed_like_its_column(
    capaian: list[str], expected: str
) -> None:
    # 82,35 / 80 = 102,9375; row 2 is right (81 / 90 = 90%)
    assert compact(findings_for(_report(capaian))) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.2/row:1/col:capaian",
            6,
            expected,
            capaian[0],
        ]
    ]


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "id",
            "Capaian 102,95, seharusnya 102,94 (realisasi / target = 82,35 / 80)",
        ),
        (
            "en",
            "Achievement 102,95; expected 102,94 (realisasi / target = 82,35 / 80)",
        ),
    ],
)
def test_the_message_reads_without_a_stray_percent(lang: str, message: str) -> None:
    found = findings_for(_report(["102,95", "90,00"]), lang=lang)
    assert [f.message for f in found] == [message]
