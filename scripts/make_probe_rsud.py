"""Write tests/probes/rsud-rawasari-2024.xlsx, a made-up hospital's LKjIP in Excel.

The 2024 LKjIP of RSUD dr. Soetomo Wibowo Kabupaten Rawasari, a hospital run as a
BLUD (urusan 1.02 Kesehatan), kept as a workbook of seven sheets the way a
hospital's planning unit keeps one: a narrative sheet, the Perjanjian Kinerja
with its program budgets, the Pengukuran Kinerja (hospital indicators, most of
them lower-is-better: NDR and GDR in per mil, waktu tunggu in minutes, infeksi
nosokomial; BOR against an ideal range), last year's realisasi beside this
year's, the budget tree with Pagu, Realisasi, % and Sisa, the BLUD's revenue
against its target (more is better), and the efficiency of each program.

Headers are two rows deep with merged cells, the sasaran are merged down over
their indicators, a value and its unit sit in separate cells (``25 | ‰``, ``Rp |
18.500.000.000``), money is typed as numbers shown ``"Rp "#,##0`` in some cells
and as Indonesian text (``Rp 37.902.118.450``, ``1.085.400.000``) in others, and
percentages are typed as fractions shown ``0.00%``, as numbers, or as text.
Every figure is computed here; the planted errors are written over the right ones
and are listed in tests/test_probe_rsud.py. The workbook holds no formula, so
that openpyxl alone writes it whole; its dates and the archive's are fixed, so
the file is the same byte for byte at every run.

Run from the repository root: ``python scripts/make_probe_rsud.py``.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

OUT = Path("tests/probes/rsud-rawasari-2024.xlsx")
STAMP = datetime(2025, 2, 14, 9, 30, 0)
RUPIAH = '"Rp "#,##0'
BOLD = Font(bold=True)
ITALIC = Font(italic=True)


def q2(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


def idn(value: Decimal | int, decimals: int = 0) -> str:
    """A number written the Indonesian way: ``1.234.567,89``."""
    text = f"{Decimal(value):,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def pct(num: Decimal | int, den: Decimal | int) -> Decimal:
    """``num / den`` in percent, two decimals."""
    return q2(Decimal(num) * 100 / Decimal(den))


def put(ws: Worksheet, ref: str, value: Any, fmt: str = "", font: Any = None) -> None:
    cell = ws[ref]
    cell.value = value
    if fmt:
        cell.number_format = fmt
    if font is not None:
        cell.font = font


def merged(ws: Worksheet, span: str, value: Any, font: Any = None) -> None:
    ws.merge_cells(span)
    put(ws, span.split(":")[0], value, font=font)


# ---------------------------------------------------------------- indicators


@dataclass
class Indikator:
    nama: str
    satuan: str
    target: str  # as printed
    realisasi: Decimal
    realisasi_2023: Decimal
    lower: bool = False  # lower is better: capaian 2 − realisasi / target

    def capaian(self) -> Decimal:
        if "-" in self.target:  # an ideal range: met when the realisasi is in it
            low, high = (Decimal(t) for t in self.target.split(" - "))
            return Decimal("100.00") if low <= self.realisasi <= high else Decimal(0)
        target = Decimal(self.target.replace(",", "."))
        if self.lower:
            return q2((2 - self.realisasi / target) * 100)
        return pct(self.realisasi, target)


SASARAN = [
    (
        "Meningkatnya mutu pelayanan kesehatan rumah sakit",
        [
            Indikator(
                "Angka kematian pasien > 48 jam (Net Death Rate/NDR)",
                "‰",
                "25",
                Decimal("22.4"),
                Decimal("24.1"),
                lower=True,
            ),
            Indikator(
                "Angka kematian kasar (Gross Death Rate/GDR)",
                "‰",
                "45",
                Decimal("41.8"),
                Decimal("43.6"),
                lower=True,
            ),
            Indikator(
                "Bed Occupancy Rate (BOR)",
                "%",
                "60 - 85",
                Decimal("78.6"),
                Decimal("74.2"),
            ),
            Indikator(
                "Angka infeksi nosokomial",
                "%",
                "1,5",
                Decimal("1.2"),
                Decimal("1.4"),
                lower=True,
            ),
        ],
    ),
    (
        "Meningkatnya kualitas pelayanan kepada masyarakat",
        [
            Indikator(
                "Rata-rata waktu tunggu pelayanan rawat jalan",
                "menit",
                "60",
                Decimal("52"),
                Decimal("58"),
                lower=True,
            ),
            Indikator(
                "Indeks Kepuasan Masyarakat (IKM)",
                "nilai",
                "82",
                Decimal("84.12"),
                Decimal("81.75"),
            ),
            Indikator(
                "Persentase pemenuhan standar akreditasi rumah sakit",
                "%",
                "90",
                Decimal("92.5"),
                Decimal("88.0"),
            ),
        ],
    ),
]
INDIKATOR = [i for _, group in SASARAN for i in group]
BY_NAME = {i.nama: i for i in INDIKATOR}
NDR, GDR, BOR, HAIS, WAKTU, IKM, AKRED = INDIKATOR

# ---------------------------------------------------------------- budget tree


@dataclass
class Node:
    kode: str
    nama: str
    pagu: int = 0
    realisasi: int = 0
    children: list[Node] = field(default_factory=list)

    def total(self) -> Node:
        if self.children:
            for child in self.children:
                child.total()
            self.pagu = sum(c.pagu for c in self.children)
            self.realisasi = sum(c.realisasi for c in self.children)
        return self

    def walk(self) -> list[tuple[int, Node]]:
        found = [(self.kode.count("."), self)]
        for child in self.children:
            found += child.walk()
        return found


PROGRAMS = [
    Node(
        "1.02.01",
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        children=[
            Node(
                "1.02.01.2.02",
                "Administrasi Keuangan Perangkat Daerah",
                children=[
                    Node(
                        "1.02.01.2.02.0001",
                        "Penyediaan Gaji dan Tunjangan ASN",
                        38_415_600_000,
                        37_902_118_450,
                    ),
                    Node(
                        "1.02.01.2.02.0005",
                        "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
                        145_000_000,
                        139_870_000,
                    ),
                ],
            ),
            Node(
                "1.02.01.2.10",
                "Peningkatan Pelayanan BLUD",
                children=[
                    Node(
                        "1.02.01.2.10.0001",
                        "Pelayanan dan Penunjang Pelayanan BLUD",
                        62_750_000_000,
                        58_914_362_710,
                    ),
                ],
            ),
        ],
    ),
    Node(
        "1.02.02",
        "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
        children=[
            Node(
                "1.02.02.2.01",
                "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP "
                "Kewenangan Daerah Kabupaten/Kota",
                children=[
                    Node(
                        "1.02.02.2.01.0014",
                        "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas "
                        "Pelayanan Kesehatan",
                        8_960_500_000,
                        8_712_345_600,
                    ),
                    Node(
                        "1.02.02.2.01.0017",
                        "Pengadaan Bahan Habis Pakai",
                        3_240_000_000,
                        3_198_450_000,
                    ),
                ],
            ),
            Node(
                "1.02.02.2.02",
                "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat "
                "Daerah Kabupaten/Kota",
                children=[
                    Node(
                        "1.02.02.2.02.0023",
                        "Pengelolaan Upaya Kesehatan Khusus",
                        412_300_000,
                        398_765_500,
                    ),
                ],
            ),
        ],
    ),
    Node(
        "1.02.03",
        "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
        children=[
            Node(
                "1.02.03.2.02",
                "Perencanaan Kebutuhan dan Pendayagunaan Sumberdaya Manusia "
                "Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
                children=[
                    Node(
                        "1.02.03.2.02.0002",
                        "Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan sesuai "
                        "Standar",
                        1_275_000_000,
                        1_221_640_000,
                    ),
                ],
            ),
        ],
    ),
]
for _program in PROGRAMS:
    _program.total()
TOTAL = Node("", "JUMLAH", children=PROGRAMS).total()

# the capaian kinerja of each program (the mean of its indicators' capaian)
KINERJA = [Decimal("104.15"), Decimal("106.87"), Decimal("101.20")]

# ---------------------------------------------------------------- revenue

PENDAPATAN = [
    ("Pendapatan Jasa Layanan Rawat Jalan", 18_500_000_000, 19_236_457_300),
    ("Pendapatan Jasa Layanan Rawat Inap", 41_250_000_000, 43_018_762_150),
    ("Pendapatan Hasil Kerja Sama", 1_200_000_000, 1_085_400_000),
    ("Lain-lain Pendapatan BLUD yang Sah", 650_000_000, 712_385_600),
]
TARGET_PENDAPATAN = sum(t for _, t, _ in PENDAPATAN)
REALISASI_PENDAPATAN = sum(r for _, _, r in PENDAPATAN)


# ---------------------------------------------------------------- sheets


def narasi(ws: Worksheet) -> None:
    lines = [
        ("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024", BOLD),
        ("RSUD dr. SOETOMO WIBOWO KABUPATEN RAWASARI", BOLD),
        ("BAB I PENDAHULUAN", BOLD),
        (
            "RSUD dr. Soetomo Wibowo Kabupaten Rawasari adalah rumah sakit umum "
            "daerah kelas C yang menerapkan Pola Pengelolaan Keuangan Badan Layanan "
            "Umum Daerah (PPK-BLUD) sejak tahun 2019.",
            None,
        ),
        ("BAB III AKUNTABILITAS KINERJA", BOLD),
        (
            "Pengukuran kinerja dilakukan dengan membandingkan realisasi dengan "
            "target setiap indikator kinerja sebagaimana disajikan pada lembar "
            "Pengukuran Kinerja.",
            None,
        ),
        (
            f"Capaian indikator Rata-rata waktu tunggu pelayanan rawat jalan sebesar "
            f"{idn(WAKTU.capaian(), 2)}% dengan realisasi {idn(WAKTU.realisasi)} "
            f"menit dari target {WAKTU.target} menit.",
            None,
        ),
        # PLANTED: IKM's capaian, two digits swapped
        (
            "Capaian indikator Indeks Kepuasan Masyarakat (IKM) sebesar 102,95% "
            f"dengan nilai IKM {idn(IKM.realisasi, 2)}.",
            None,
        ),
        (
            f"Capaian indikator Persentase pemenuhan standar akreditasi rumah sakit "
            f"sebesar {idn(AKRED.capaian(), 2)}%.",
            None,
        ),
        (
            f"Realisasi anggaran RSUD tahun 2024 sebesar Rp "
            f"{idn(TOTAL.realisasi)} atau {idn(pct(TOTAL.realisasi, TOTAL.pagu), 2)}%"
            f" dari pagu sebesar Rp {idn(TOTAL.pagu)}.",
            None,
        ),
        # PLANTED: the revenue realised, two digits swapped
        ("Realisasi pendapatan BLUD tahun 2024 mencapai Rp 64.053.050.005.", None),
        (
            f"Pendapatan jasa layanan rawat jalan terealisasi sebesar Rp "
            f"{idn(PENDAPATAN[0][2])} dari target Rp {idn(PENDAPATAN[0][1])}.",
            None,
        ),
    ]
    for r, (text, font) in enumerate(lines, 1):
        put(ws, f"A{r}", text, font=font)
    ws.column_dimensions["A"].width = 120


def pk(ws: Worksheet) -> None:
    merged(ws, "A1:E1", "Tabel 2.1 Perjanjian Kinerja Tahun 2024", BOLD)
    merged(ws, "A3:A4", "No")
    merged(ws, "B3:B4", "Sasaran Strategis")
    merged(ws, "C3:C4", "Indikator Kinerja")
    merged(ws, "D3:E3", "Target 2024")
    put(ws, "D4", "Nilai")
    put(ws, "E4", "Satuan")
    r = 5
    for n, (sasaran, group) in enumerate(SASARAN, 1):
        if len(group) > 1:
            ws.merge_cells(f"A{r}:A{r + len(group) - 1}")
            ws.merge_cells(f"B{r}:B{r + len(group) - 1}")
        put(ws, f"A{r}", n)
        put(ws, f"B{r}", sasaran)
        for ind in group:
            put(ws, f"C{r}", ind.nama)
            if "-" in ind.target or "," in ind.target:
                put(ws, f"D{r}", ind.target)  # typed as text
            else:
                put(ws, f"D{r}", int(ind.target))
            put(ws, f"E{r}", ind.satuan)
            r += 1
    r += 2
    merged(ws, f"A{r}:D{r}", "Tabel 2.2 Program dan Anggaran Perjanjian Kinerja", BOLD)
    r += 2
    put(ws, f"A{r}", "No")
    put(ws, f"B{r}", "Program")
    put(ws, f"C{r}", "Anggaran (Rp)")
    put(ws, f"D{r}", "Keterangan")
    for n, program in enumerate(PROGRAMS, 1):
        r += 1
        put(ws, f"A{r}", n)
        put(ws, f"B{r}", program.nama.title())
        put(ws, f"C{r}", program.pagu, RUPIAH)
        put(ws, f"D{r}", "APBD / BLUD")
    r += 1
    put(ws, f"B{r}", "JUMLAH", font=BOLD)
    put(ws, f"C{r}", TOTAL.pagu, RUPIAH)


def capaian_text(value: Decimal) -> str:
    return idn(value, 2)


def pengukuran(ws: Worksheet) -> None:
    merged(
        ws, "A1:G1", "Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024", BOLD
    )
    merged(ws, "A3:A4", "No")
    merged(ws, "B3:B4", "Sasaran Strategis")
    merged(ws, "C3:C4", "Indikator Kinerja")
    merged(ws, "D3:D4", "Satuan")
    merged(ws, "E3:G3", "Tahun 2024")
    put(ws, "E4", "Target")
    put(ws, "F4", "Realisasi")
    put(ws, "G4", "Capaian (%)")
    r = 5
    for n, (sasaran, group) in enumerate(SASARAN, 1):
        ws.merge_cells(f"A{r}:A{r + len(group) - 1}")
        ws.merge_cells(f"B{r}:B{r + len(group) - 1}")
        put(ws, f"A{r}", n)
        put(ws, f"B{r}", sasaran)
        for ind in group:
            put(ws, f"C{r}", ind.nama)
            put(ws, f"D{r}", ind.satuan)
            if "-" in ind.target or "," in ind.target:
                put(ws, f"E{r}", ind.target)
            else:
                put(ws, f"E{r}", int(ind.target))
            # realisasi: a number shown with one decimal, or typed as text
            if ind.realisasi == ind.realisasi.to_integral_value():
                put(ws, f"F{r}", int(ind.realisasi))
            elif ind is IKM:
                put(ws, f"F{r}", idn(ind.realisasi, 2))
            else:
                put(ws, f"F{r}", float(ind.realisasi), "0.0")
            # capaian: a fraction shown 0.00% in the first group, text in the second
            if n == 1:
                put(ws, f"G{r}", float(ind.capaian() / 100), "0.00%")
            else:
                put(ws, f"G{r}", capaian_text(ind.capaian()))
            r += 1
    # PLANTED: infeksi nosokomial printed realisasi / target, lower is better
    put(ws, "G8", float(HAIS.realisasi / Decimal("1.5")), "0.00%")
    # PLANTED: the akreditasi capaian, two digits swapped
    put(ws, "G11", "102,87")
    put(
        ws,
        f"A{r}",
        "Keterangan: untuk indikator yang semakin rendah semakin baik, capaian "
        "dihitung dengan rumus (2 − realisasi/target) × 100%; capaian BOR 100% "
        "bila realisasi berada dalam rentang nilai ideal.",
    )


def perbandingan(ws: Worksheet) -> None:
    merged(
        ws,
        "A1:F1",
        "Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2023 dan Tahun 2024",
        BOLD,
    )
    merged(ws, "A3:A4", "No")
    merged(ws, "B3:B4", "Indikator Kinerja")
    merged(ws, "C3:C4", "Satuan")
    merged(ws, "D3:E3", "Realisasi")
    put(ws, "D4", "2023")
    put(ws, "E4", "2024")
    merged(ws, "F3:F4", "Keterangan")
    for n, ind in enumerate(INDIKATOR, 1):
        r = n + 4
        put(ws, f"A{r}", n)
        put(ws, f"B{r}", ind.nama)
        put(ws, f"C{r}", ind.satuan)
        # the per mil figures with their unit in the cell: "24,1 ‰"
        unit = " ‰" if ind.satuan == "‰" else ""
        put(ws, f"D{r}", idn(ind.realisasi_2023, 2 if ind is IKM else 1) + unit)
        put(ws, f"E{r}", idn(ind.realisasi, 2 if ind is IKM else 1) + unit)
        better = (ind.realisasi < ind.realisasi_2023) == ind.lower
        put(ws, f"F{r}", "Membaik" if better else "Menurun")
    # PLANTED: IKM 2024 copied with two digits swapped
    put(ws, "E10", "84,21")


def anggaran(ws: Worksheet) -> None:
    merged(
        ws,
        "A1:F1",
        "Tabel 3.3 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan "
        "Tahun 2024",
        BOLD,
    )
    merged(ws, "A3:A4", "Kode")
    merged(ws, "B3:B4", "Program / Kegiatan / Sub Kegiatan")
    merged(ws, "C3:D3", "Anggaran")
    put(ws, "C4", "Pagu (Rp)")
    put(ws, "D4", "Realisasi (Rp)")
    merged(ws, "E3:E4", "%")
    merged(ws, "F3:F4", "Sisa (Rp)")
    r = 5
    for program in PROGRAMS:
        for depth, node in program.walk():
            font = BOLD if depth == 2 else ITALIC if depth == 5 else None
            put(ws, f"A{r}", node.kode)
            put(ws, f"B{r}", node.nama, font=font)
            put(ws, f"C{r}", node.pagu, RUPIAH)
            if depth == 5:  # sub kegiatan: realisasi typed as text with "Rp"
                put(ws, f"D{r}", "Rp " + idn(node.realisasi))
            else:
                put(ws, f"D{r}", node.realisasi, RUPIAH)
            share = pct(node.realisasi, node.pagu)
            if depth == 4:  # kegiatan: the % typed as text
                put(ws, f"E{r}", idn(share, 2))
            else:
                put(ws, f"E{r}", float(share), "0.00")
            put(ws, f"F{r}", node.pagu - node.realisasi, "#,##0")
            r += 1
    put(ws, f"B{r}", "JUMLAH", font=BOLD)
    put(ws, f"C{r}", TOTAL.pagu, RUPIAH)
    put(ws, f"D{r}", TOTAL.realisasi, RUPIAH)
    put(ws, f"E{r}", float(pct(TOTAL.realisasi, TOTAL.pagu)), "0.00")
    put(ws, f"F{r}", TOTAL.pagu - TOTAL.realisasi, "#,##0")
    put(
        ws,
        f"A{r + 1}",
        "Sumber: SIPD dan SIMRS RSUD dr. Soetomo Wibowo, 31 Desember 2024",
    )
    # PLANTED (rows: 5 program 1, 6 kegiatan, 7-8 sub, 9 kegiatan BLUD, 10 sub,
    # 11 program 2, 12 kegiatan, 13-14 sub, 15 kegiatan, 16 sub, 17 program 3,
    # 18 kegiatan, 19 sub, 20 JUMLAH)
    sub = PROGRAMS[0].children[0].children[1]
    # the sisa of a sub kegiatan, two digits swapped
    assert sub.pagu - sub.realisasi == 5_130_000
    put(ws, "F8", 5_310_000, "#,##0")
    # the % of the BLUD kegiatan (93,89), typed as text, two digits swapped
    assert pct(58_914_362_710, 62_750_000_000) == Decimal("93.89")
    put(ws, "E9", "98,39")
    # the pagu of a kegiatan its two sub kegiatan do not add up to
    put(ws, "C12", 12_250_500_000, RUPIAH)
    # a letter O for a zero in a sub kegiatan's realisasi typed as text
    put(ws, "D16", "Rp 398.765.5O0")
    # the JUMLAH realisasi, 100.000 too high
    put(ws, "D20", TOTAL.realisasi + 100_000, RUPIAH)


def pendapatan(ws: Worksheet) -> None:
    merged(
        ws, "A1:G1", "Tabel 3.4 Target dan Realisasi Pendapatan BLUD Tahun 2024", BOLD
    )
    merged(ws, "A3:A4", "No")
    merged(ws, "B3:B4", "Uraian Pendapatan")
    merged(ws, "C3:D4", "Target Pendapatan")
    merged(ws, "E3:F4", "Realisasi Pendapatan")
    merged(ws, "G3:G4", "Capaian (%)")
    r = 5
    for n, (uraian, target, realisasi) in enumerate(PENDAPATAN, 1):
        put(ws, f"A{r}", n)
        put(ws, f"B{r}", uraian)
        put(ws, f"C{r}", "Rp")
        put(ws, f"D{r}", target, "#,##0")
        put(ws, f"E{r}", "Rp")
        if n % 2:
            put(ws, f"F{r}", idn(realisasi))  # typed as text
        else:
            put(ws, f"F{r}", realisasi, "#,##0")
        put(ws, f"G{r}", float(pct(realisasi, target)), "0.00")
        r += 1
    put(ws, f"B{r}", "JUMLAH", font=BOLD)
    put(ws, f"C{r}", "Rp")
    put(ws, f"D{r}", TARGET_PENDAPATAN, "#,##0")
    put(ws, f"E{r}", "Rp")
    put(ws, f"F{r}", REALISASI_PENDAPATAN, "#,##0")
    put(ws, f"G{r}", float(pct(REALISASI_PENDAPATAN, TARGET_PENDAPATAN)), "0.00")
    # PLANTED: rawat inap's capaian 43.018.762.150 / 41.250.000.000, one digit off
    assert pct(43_018_762_150, 41_250_000_000) == Decimal("104.29")
    put(ws, "G6", 104.92, "0.00")
    # PLANTED: the JUMLAH target, 10.000.000 too low, its capaian computed from it
    put(ws, "D9", TARGET_PENDAPATAN - 10_000_000, "#,##0")
    put(
        ws,
        "G9",
        float(pct(REALISASI_PENDAPATAN, TARGET_PENDAPATAN - 10_000_000)),
        "0.00",
    )


def efisiensi(ws: Worksheet) -> None:
    merged(
        ws,
        "A1:G1",
        "Tabel 3.5 Analisis Efisiensi Penggunaan Sumber Daya Tahun 2024",
        BOLD,
    )
    heads = [
        "No",
        "Program",
        "Pagu (Rp)",
        "Realisasi (Rp)",
        "Serapan Anggaran (%)",
        "Capaian Kinerja (%)",
        "Efisiensi (%)",
    ]
    for j, text in enumerate(heads):
        put(ws, f"{'ABCDEFG'[j]}3", text)
    for j, text in enumerate(
        ["(1)", "(2)", "(3)", "(4)", "(5)=(4)/(3)", "(6)", "(7)=(6)-(5)"]
    ):
        put(ws, f"{'ABCDEFG'[j]}4", text)
    for n, (program, kinerja) in enumerate(zip(PROGRAMS, KINERJA, strict=True), 1):
        r = n + 4
        serapan = pct(program.realisasi, program.pagu)
        put(ws, f"A{r}", n)
        put(ws, f"B{r}", program.nama)
        put(ws, f"C{r}", "Rp " + idn(program.pagu))
        put(ws, f"D{r}", "Rp " + idn(program.realisasi))
        put(ws, f"E{r}", idn(serapan, 2))
        put(ws, f"F{r}", idn(kinerja, 2))
        put(ws, f"G{r}", idn(kinerja - serapan, 2))
    # PLANTED: program 2's efisiensi, (6) − (5) = 106,87 − 97,60, digits swapped
    assert pct(PROGRAMS[1].realisasi, PROGRAMS[1].pagu) == Decimal("97.60")
    put(ws, "G6", "9,72")


def stable(data: bytes) -> bytes:
    """The workbook with its archive's dates and its modified date fixed."""
    out = io.BytesIO()
    stamp = STAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + stamp + rb"\g<2>",
                    body,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, body)
    return out.getvalue()


def main() -> None:
    wb = openpyxl.Workbook()
    wb.properties.creator = "Subbag Perencanaan RSUD dr. Soetomo Wibowo"
    wb.properties.lastModifiedBy = "Subbag Perencanaan RSUD dr. Soetomo Wibowo"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    sheets = [
        ("Narasi", narasi),
        ("PK 2024", pk),
        ("Pengukuran Kinerja", pengukuran),
        ("Perbandingan", perbandingan),
        ("Realisasi Anggaran", anggaran),
        ("Pendapatan BLUD", pendapatan),
        ("Efisiensi", efisiensi),
    ]
    first = wb.active
    for k, (title, write) in enumerate(sheets):
        ws = first if k == 0 else wb.create_sheet()
        ws.title = title
        write(ws)
    buffer = io.BytesIO()
    wb.save(buffer)
    OUT.write_bytes(stable(buffer.getvalue()))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
