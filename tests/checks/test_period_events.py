"""Events of a quarterly report: the year's PK, and the quarter's own evaluation.

A Triwulan III report covers July to September. The Perjanjian Kinerja is signed at
the start of the year: a sentence about signing it is no event of the quarter. The
report is written after its quarter: the meeting that evaluates the quarter, held
after it and before the report is signed, is no event out of its period either.
Anything else dated outside the quarter still is.
"""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

REPORT = """\
LAPORAN KINERJA KECAMATAN CONTOH
TRIWULAN III TAHUN 2025

BAB I PENDAHULUAN

Kecamatan Contoh dipimpin oleh Camat.

BAB II PERENCANAAN KINERJA

{sentence}

BAB III AKUNTABILITAS KINERJA

Pengukuran kinerja dilakukan terhadap sasaran strategis.

BAB IV PENUTUP

Demikian laporan ini disusun.

Contoh, {signed}
CAMAT CONTOH
"""

REF = "text/paragraph:5/sentence:1"
PERIOD = "1 Juli 2025 – 30 September 2025"


def _events(sentence: str, signed: str = "14 Oktober 2025") -> list[list[object]]:
    text = REPORT.format(sentence=sentence, signed=signed)
    return compact(findings_for(text, select=("event-within-period",)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Perjanjian Kinerja Tahun 2025 ditandatangani pada hari Senin tanggal "
        "20 Januari 2025.",
        "Penandatanganan Perjanjian Kinerja dilaksanakan pada 6 Januari 2025.",
        "Camat menandatangani PK Tahun 2025 dalam acara pada 10 Februari 2025.",
    ],
)
def test_signing_the_pk_is_an_event_of_the_year(sentence: str) -> None:
    assert _events(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # another activity in January
        (
            "Sosialisasi pelayanan publik dilaksanakan pada 20 Januari 2025.",
            "20 Januari 2025",
        ),
        # a PK of another year
        (
            "Perjanjian Kinerja Tahun 2024 ditandatangani pada hari Senin tanggal "
            "15 Januari 2024.",
            "15 Januari 2024",
        ),
        # signed after the quarter: not the start of the year
        (
            "Perjanjian Kinerja Perubahan ditandatangani pada hari Rabu tanggal "
            "1 Oktober 2025.",
            "1 Oktober 2025",
        ),
    ],
)
def test_other_events_out_of_the_quarter_are_found(sentence: str, day: str) -> None:
    assert _events(sentence) == [["event-within-period", REF, 10, PERIOD, day]]


EVALUATION = (
    "Rapat koordinasi evaluasi kinerja triwulan III dilaksanakan pada hari Senin "
    "tanggal 13 Oktober 2025 di Pendopo Kecamatan."
)


def test_the_quarter_s_evaluation_before_the_signature_is_no_event_out_of_it() -> None:
    assert _events(EVALUATION) == []
    assert _events(EVALUATION, signed="13 Oktober 2025") == []


def test_the_evaluation_after_the_signature_is_found() -> None:
    assert _events(EVALUATION, signed="10 Oktober 2025") == [
        ["event-within-period", REF, 10, PERIOD, "13 Oktober 2025"]
    ]


def test_another_meeting_after_the_quarter_is_found() -> None:
    meeting = (
        "Rapat koordinasi pengamanan pilkada dilaksanakan pada hari Senin tanggal "
        "13 Oktober 2025 di Pendopo Kecamatan."
    )
    assert _events(meeting) == [
        ["event-within-period", REF, 10, PERIOD, "13 Oktober 2025"]
    ]


def test_without_a_signature_the_evaluation_is_found() -> None:
    text = REPORT.format(sentence=EVALUATION, signed="").replace("Contoh, \n", "")
    found = compact(findings_for(text, select=("event-within-period",)))
    assert found == [["event-within-period", REF, 10, PERIOD, "13 Oktober 2025"]]


CUMULATIVE = "Pengukuran kinerja dilakukan terhadap sasaran strategis."
EVENT = "Musrenbang kecamatan dilaksanakan pada 12 Februari 2025."


def _with_heading(heading: str) -> list[list[object]]:
    text = REPORT.replace(CUMULATIVE, f"{heading}\n\n{CUMULATIVE}").format(
        sentence=EVENT, signed="14 Oktober 2025"
    )
    return compact(findings_for(text, select=("event-within-period",)))


@pytest.mark.parametrize(
    "heading",
    ["CAPAIAN KINERJA S/D TW III TAHUN 2025", "Capaian s.d. Triwulan III Tahun 2025"],
)
def test_a_report_of_the_year_so_far_covers_it_from_january(heading: str) -> None:
    assert _with_heading(heading) == []


@pytest.mark.parametrize(
    "heading",
    ["CAPAIAN KINERJA TRIWULAN III TAHUN 2025", "Capaian s.d. Triwulan II Tahun 2025"],
)
def test_a_report_of_its_quarter_alone_covers_the_quarter(heading: str) -> None:
    assert _with_heading(heading) == [
        ["event-within-period", REF, 10, PERIOD, "12 Februari 2025"]
    ]


def test_the_period_of_the_year_so_far_is_named_so() -> None:
    text = REPORT.replace(CUMULATIVE, f"S/D TW III TAHUN 2025\n\n{CUMULATIVE}").format(
        sentence="Rapat koordinasi dilaksanakan pada 15 Oktober 2025.",
        signed="14 Oktober 2025",
    )
    (found,) = findings_for(text, select=("event-within-period",), lang="en")
    assert found.message == (
        "Event dated 15 Oktober 2025 is outside the report's period s.d. Triwulan III"
        " 2025 (1 Januari 2025 – 30 September 2025)"
    )
