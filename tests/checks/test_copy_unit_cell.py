"""A copy whose unit stands in a cell of its own is written as one figure.

``figure-same-in-every-table`` and ``figure-same-precision-in-every-table``
write a copy's expected figure with its unit in the one form findings use
(``95%``); a copy that prints its figure and its unit in two cells (a
``Satuan`` column) was never printed as ``93 %`` and is written ``93%`` too.
A cell that prints its unit itself is shown as it prints it.
"""

from __future__ import annotations

from conftest import compact, findings_for

PK = """Tabel 2.1 Sasaran Strategis, Indikator Kinerja dan Target Tahun 2024

No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget
1\tMeningkatnya cakupan pelayanan kesehatan dasar\tCakupan imunisasi dasar lengkap\t%\t93
\t\tPersentase persalinan di fasilitas pelayanan kesehatan\t%\t98
"""

PK_INLINE = """Tabel 2.1 Sasaran Strategis, Indikator Kinerja dan Target Tahun 2024

No\tSasaran Strategis\tIndikator Kinerja\tTarget
1\tMeningkatnya cakupan pelayanan kesehatan dasar\tCakupan imunisasi dasar lengkap\t93 %
\t\tPersentase persalinan di fasilitas pelayanan kesehatan\t98 %
"""

CAPAIAN = """
Tabel 3.1 Capaian Indikator Kinerja Sasaran Strategis Tahun 2024

No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya cakupan pelayanan kesehatan dasar\tCakupan imunisasi dasar lengkap\t\
95%\t91,2%\t96,00
\t\tPersentase persalinan di fasilitas pelayanan kesehatan\t98%\t96,7%\t98,67
"""

RULE = "figure-same-in-every-table"


def _copies(text: str) -> list[list[object]]:
    return [f for f in compact(findings_for(text, source="t.txt")) if f[0] == RULE]


def test_a_figure_and_its_unit_in_two_cells_is_written_as_one_figure() -> None:
    # 93 under Target and % under Satuan: "93%", as the expected "95%" is
    # written, not "93 %"
    assert _copies(PK + CAPAIAN) == [
        [RULE, "tabel-2.1/row:1/col:target", 4, "95%", "93%"]
    ]


def test_a_cell_that_prints_its_unit_is_shown_as_printed() -> None:
    assert _copies(PK_INLINE + CAPAIAN) == [
        [RULE, "tabel-2.1/row:1/col:target", 4, "95%", "93 %"]
    ]
