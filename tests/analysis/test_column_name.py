"""A column's name says its year however the header prints it: ``Target`` under
``Tahun 2023`` is ``Target Tahun 2023``, as ``Target 2023`` names itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjaudit.analysis.columns import column_name
from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.report import Column
from lkjaudit.readers import load_report

PROBE = Path(__file__).parent.parent / "probes" / "kecamatan-kedungrejo-2024.docx"


@pytest.mark.parametrize(
    ("header", "group", "name"),
    [
        ("Target", "Tahun 2023", "Target Tahun 2023"),
        ("Capaian (%)", "TA 2024", "Capaian (%) TA 2024"),
        ("2024", "Anggaran", "Anggaran 2024"),
        ("Target 2023", "Tahun 2023", "Target 2023"),
        ("Target", "Capaian Kinerja", "Target"),
        ("Target", "Tahunan", "Target"),
        ("Pagu (Rp)", "Tahun Anggaran 2024", "Pagu (Rp) Tahun Anggaran 2024"),
        ("Realisasi (Rp)", "T.A. 2024", "Realisasi (Rp) T.A. 2024"),
        ("Pagu (Rp)", "Anggaran Kegiatan", "Pagu (Rp)"),
        ("Pagu 2024", "Tahun Anggaran 2024", "Pagu 2024"),
        ("", "Realisasi", "Realisasi"),
        # a leaf that only gives its group's unit names the group in it
        ("Rp", "Realisasi", "Realisasi (Rp)"),
        ("(Rp)", "Pagu Anggaran", "Pagu Anggaran (Rp)"),
        ("%", "Capaian", "Capaian (%)"),
        ("Rp", "", "Rp"),
    ],
)
def test_a_column_is_named_with_the_year_its_group_gives(
    header: str, group: str, name: str
) -> None:
    assert (
        column_name(Column(index=0, cells=(0,), key="c1", header=header, group=group))
        == name
    )


def test_last_years_capaian_message_names_the_year() -> None:
    findings = audit_report(load_report(str(PROBE)), AuditOptions(strict=True))
    (found,) = [f for f in findings if f.location.ref == "tabel-3.1/row:3/col:c7"]
    assert found.message == (
        "Capaian 90,19, seharusnya 90,91 (Realisasi Tahun 2023 / Target Tahun 2023 "
        "= 72,73 / 80)"
    )
