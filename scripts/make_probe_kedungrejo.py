"""Write tests/probes/kecamatan-kedungrejo-2024.docx, a made-up Kecamatan LKj.

A probe nobody here wrote the tool for: every header row is two rows deep with
cells merged across (``Tahun 2023`` and ``Tahun 2024`` each over Target /
Realisasi / Capaian, ``Jenis Kelamin`` over L / P, ``Kondisi`` over the asset
conditions) and down (No, Uraian, Jumlah), every rupiah figure sits in two
cells (``Rp`` and the number), and the budget is headed ``Pagu``. Every figure
is computed here; the planted errors are written over the right ones and are
listed in tests/test_probe_kedungrejo.py.

Run from the repository root: ``python scripts/make_probe_kedungrejo.py``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
from docx.table import Table
from docxprobe import header
from probefigures import pct, rupiah

OUT = Path("tests/probes/kecamatan-kedungrejo-2024.docx")


def dec(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def fill(table: Table, start: int, rows: list[list[str]]) -> None:
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(start + i, j).text = text


def build() -> docx.document.Document:
    doc = docx.Document()
    para = doc.add_paragraph
    para("LAPORAN KINERJA (LKj)")
    para("KECAMATAN KEDUNGREJO KABUPATEN SUKAWANGI")
    para("TAHUN 2024")
    para(
        "Laporan rekaan untuk menguji lkjaudit pada laporan yang tidak ditulis "
        "untuknya; kesalahannya disengaja."
    )
    doc.add_heading("KATA PENGANTAR", level=1)
    para(
        "Laporan Kinerja Kecamatan Kedungrejo Tahun 2024 disusun sebagai bentuk "
        "pertanggungjawaban atas pelaksanaan tugas dan fungsi Camat selama satu "
        "tahun anggaran."
    )
    para("Kedungrejo, Senin, 20 Januari 2025")
    para("CAMAT KEDUNGREJO")
    para("SITI NURHALIZA ARDIANTI, S.STP, M.Si")
    para("NIP. 19830917 200212 2 003")

    doc.add_heading("BAB I PENDAHULUAN", level=1)
    para(
        "Kecamatan Kedungrejo merupakan perangkat daerah yang dipimpin oleh Camat "
        "dan membawahi 11 desa dan 2 kelurahan."
    )

    # -- staff by education, L / P ------------------------------------------
    staff = [
        ("S2", 2, 1),
        ("S1 / D4", 6, 5),
        ("D3", 1, 2),
        ("SMA / Sederajat", 4, 2),
        ("SMP", 1, 0),
    ]
    para("Tabel 1.1 Jumlah Pegawai Berdasarkan Tingkat Pendidikan")
    table = doc.add_table(rows=2 + len(staff) + 1, cols=5)
    table.style = "Table Grid"
    header(
        table,
        [("No", 1, True), ("Pendidikan", 1, True), ("Jenis Kelamin", 2, False)]
        + [("Jumlah", 1, True)],
        ["L", "P"],
    )
    rows = []
    for n, (level, men, women) in enumerate(staff, 1):
        rows.append([str(n), level, str(men), str(women), str(men + women)])
    men_all = sum(s[1] for s in staff)
    women_all = sum(s[2] for s in staff)
    rows.append(["", "JUMLAH", str(men_all), str(women_all), str(men_all + women_all)])
    # planted: D3 row total 1 + 2 written 4
    rows[2][4] = "4"
    fill(table, 2, rows)
    para(
        f"Jumlah pegawai Kecamatan Kedungrejo pada akhir tahun 2024 sebanyak "
        f"{men_all + women_all} orang, terdiri dari {men_all} laki-laki dan "
        f"{women_all} perempuan."
    )

    # -- assets by condition --------------------------------------------------
    assets = [
        ("Kendaraan Roda Empat", 2, 1, 0),
        ("Kendaraan Roda Dua", 7, 2, 1),
        ("Komputer / Laptop", 14, 3, 2),
        ("Printer", 6, 2, 1),
        ("Meja Kerja", 28, 4, 0),
        ("Kursi Kerja", 31, 6, 3),
    ]
    para("Tabel 1.2 Sarana dan Prasarana Menurut Kondisi")
    table = doc.add_table(rows=2 + len(assets) + 1, cols=6)
    table.style = "Table Grid"
    header(
        table,
        [("No", 1, True), ("Jenis Barang", 1, True), ("Kondisi", 3, False)]
        + [("Jumlah", 1, True)],
        ["Baik", "Rusak Ringan", "Rusak Berat"],
    )
    rows = []
    for n, (name, good, light, heavy) in enumerate(assets, 1):
        rows.append([str(n), name, str(good), str(light), str(heavy)])
        rows[-1].append(str(good + light + heavy))
    sums = [sum(a[k] for a in assets) for k in (1, 2, 3)]
    rows.append(["", "JUMLAH", *map(str, sums), str(sum(sums))])
    # planted: Komputer / Laptop 14 + 3 + 2 = 19, written 18
    rows[2][5] = "18"
    # planted: JUMLAH Rusak Ringan 18, written 16
    rows[-1][3] = "16"
    fill(table, 2, rows)
    para(
        f"Dari {sum(sums)} unit barang inventaris, sebanyak {sums[0]} unit dalam "
        f"kondisi baik dan {sums[2]} unit rusak berat."
    )

    doc.add_heading("BAB II PERENCANAAN KINERJA", level=1)
    para(
        "Perjanjian Kinerja Camat Kedungrejo Tahun 2024 memuat dua sasaran dengan "
        "tiga indikator kinerja dan empat program."
    )

    # -- indicators, two years side by side ------------------------------------
    doc.add_heading("BAB III AKUNTABILITAS KINERJA", level=1)
    indicators = [
        (
            "Meningkatnya kualitas pelayanan publik di kecamatan",
            "Indeks Kepuasan Masyarakat",
            "nilai",
            ("82", "83,15"),
            ("84", "85,70"),
        ),
        (
            "Meningkatnya kualitas pelayanan publik di kecamatan",
            "Persentase pelayanan administrasi yang selesai tepat waktu",
            "%",
            ("90", "88,5"),
            ("92", "94,3"),
        ),
        (
            "Meningkatnya kualitas penyelenggaraan pemerintahan desa",
            "Persentase desa dengan APBDes ditetapkan tepat waktu",
            "%",
            ("80", "72,73"),
            ("85", "81,82"),
        ),
    ]
    para("Tabel 3.1 Perbandingan Capaian Indikator Kinerja Tahun 2023 dan 2024")
    table = doc.add_table(rows=2 + len(indicators), cols=10)
    table.style = "Table Grid"
    header(
        table,
        [("No", 1, True), ("Sasaran", 1, True), ("Indikator Kinerja", 1, True)]
        + [("Satuan", 1, True), ("Tahun 2023", 3, False), ("Tahun 2024", 3, False)],
        ["Target", "Realisasi", "Capaian (%)"] * 2,
    )
    rows = []
    for n, (goal, name, unit, old, new) in enumerate(indicators, 1):
        row = [str(n), goal, name, unit]
        for target, real in (old, new):
            row += [target, real, pct(dec(real), dec(target))]
        rows.append(row)
    # planted: 2023, 72,73 / 80 = 90,91, written 90,19
    rows[2][6] = "90,19"
    # planted: 2024, 94,3 / 92 = 102,50, written 105,20
    rows[1][9] = "105,20"
    fill(table, 2, rows)
    ikm = rows[0]
    para(
        f"Indeks Kepuasan Masyarakat tahun 2024 mencapai {ikm[8]} dari target "
        f"{ikm[7]} atau capaian {ikm[9]}%, naik dari {ikm[5]} pada tahun 2023."
    )
    # planted: the text says 80,82% for the 2024 APBDes realisation (81,82 %)
    para(
        "Persentase desa yang menetapkan APBDes tepat waktu tahun 2024 sebesar "
        "80,82% dari target 85%."
    )

    # -- the budget tree, Rp in its own column ------------------------------
    tree = [
        (
            "7.01.01",
            "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            [
                (
                    "7.01.01.2.02",
                    "Administrasi Keuangan Perangkat Daerah",
                    [
                        (".0001", "Penyediaan Gaji dan Tunjangan ASN", 2845600000)
                        + (2790115400,),
                        (".0002", "Penyediaan Administrasi Pelaksanaan Tugas ASN")
                        + (64800000, 63450000),
                    ],
                ),
                (
                    "7.01.01.2.06",
                    "Administrasi Umum Perangkat Daerah",
                    [
                        (".0002", "Penyediaan Peralatan dan Perlengkapan Kantor")
                        + (38500000, 37912000),
                        (
                            ".0009",
                            "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
                        )
                        + (57250000, 55846500),
                    ],
                ),
            ],
        ),
        (
            "7.01.02",
            "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
            [
                (
                    "7.01.02.2.02",
                    "Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh "
                    "Unit Kerja Perangkat Daerah yang ada di Kecamatan",
                    [
                        (
                            ".0003",
                            "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada "
                            "Masyarakat di Wilayah Kecamatan",
                            86400000,
                            82950000,
                        ),
                    ],
                ),
                (
                    "7.01.02.2.04",
                    "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
                    [
                        (
                            ".0001",
                            "Pelaksanaan Urusan Pemerintahan yang terkait dengan "
                            "Pelayanan Perizinan Non Usaha",
                            42700000,
                            41236000,
                        ),
                    ],
                ),
            ],
        ),
        (
            "7.01.03",
            "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
            [
                (
                    "7.01.03.2.01",
                    "Koordinasi Kegiatan Pemberdayaan Desa",
                    [
                        (
                            ".0001",
                            "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah "
                            "Perencanaan Pembangunan di Desa",
                            53900000,
                            52140500,
                        ),
                        (
                            ".0003",
                            "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat "
                            "di Wilayah Kecamatan",
                            71350000,
                            68920000,
                        ),
                    ],
                ),
            ],
        ),
        (
            "7.01.06",
            "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA",
            [
                (
                    "7.01.06.2.01",
                    "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan "
                    "Pemerintahan Desa",
                    [
                        (
                            ".0003",
                            "Fasilitasi Pengelolaan Keuangan Desa dan Pendayagunaan "
                            "Aset Desa",
                            61200000,
                            59487000,
                        ),
                        (
                            ".0005",
                            "Fasilitasi Pelaksanaan Tugas Kepala Desa dan Perangkat Desa",
                            44650000,
                            43105500,
                        ),
                    ],
                ),
            ],
        ),
    ]
    lines: list[tuple[str, str, int, int]] = []
    programs: list[tuple[str, int]] = []
    total_pagu = total_real = 0
    for p_code, p_name, kegiatan in tree:
        p_row = len(lines)
        lines.append((p_code, p_name, 0, 0))
        p_pagu = p_real = 0
        for k_code, k_name, subs in kegiatan:
            k_row = len(lines)
            lines.append((k_code, k_name, 0, 0))
            k_pagu = k_real = 0
            for s_code, s_name, pagu, real in subs:
                lines.append((k_code + s_code, s_name, pagu, real))
                k_pagu += pagu
                k_real += real
            lines[k_row] = (k_code, k_name, k_pagu, k_real)
            p_pagu += k_pagu
            p_real += k_real
        lines[p_row] = (p_code, p_name, p_pagu, p_real)
        programs.append((p_name.title(), p_pagu))
        total_pagu += p_pagu
        total_real += p_real

    para(
        "Tabel 3.2 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2024"
    )
    table = doc.add_table(rows=2 + len(lines) + 1, cols=9)
    table.style = "Table Grid"
    header(
        table,
        [("Kode", 1, True), ("Program / Kegiatan / Sub Kegiatan", 1, True)]
        + [("Tahun Anggaran 2024", 6, False), ("%", 1, True)],
        [("Pagu (Rp)", 2), ("Realisasi (Rp)", 2), ("Sisa (Rp)", 2)],
    )
    rows = []
    for code, name, pagu, real in lines:
        rows.append(
            [code, name, "Rp", rupiah(pagu), "Rp", rupiah(real), "Rp"]
            + [rupiah(pagu - real), pct(real, pagu)]
        )
    rows.append(
        ["", "JUMLAH", "Rp", rupiah(total_pagu), "Rp", rupiah(total_real), "Rp"]
        + [rupiah(total_pagu - total_real), pct(total_real, total_pagu)]
    )
    by_code = {row[0]: row for row in rows}
    # planted: sisa of 7.01.01.2.02.0002, 64.800.000 - 63.450.000 = 1.350.000
    by_code["7.01.01.2.02.0002"][7] = "1.530.000"
    # planted: % of 7.01.02.2.02.0003, 82.950.000 / 86.400.000 = 96,01
    by_code["7.01.02.2.02.0003"][8] = "96,10"
    # planted: kegiatan 7.01.03.2.01 pagu, its subs sum to 125.250.000 (row,
    # sisa and % written from the right figure)
    by_code["7.01.03.2.01"][3] = "152.250.000"
    # planted: a malformed realisasi (a letter l for a one)
    by_code["7.01.06.2.01.0003"][5] = "59.487.0l0"
    # planted: JUMLAH realisasi, two digits swapped
    right = rows[-1][5]
    rows[-1][5] = right[:2] + right[3] + right[2] + right[4:]
    fill(table, 2, rows)
    para(
        f"Realisasi anggaran Kecamatan Kedungrejo tahun 2024 sebesar Rp "
        f"{rupiah(total_real)} dari pagu Rp {rupiah(total_pagu)} atau "
        f"{pct(total_real, total_pagu)}%, dengan sisa anggaran Rp "
        f"{rupiah(total_pagu - total_real)}."
    )
    # planted: the text gives the Program Penunjang's pagu one digit off
    support = rupiah(programs[0][1])
    para(
        f"Pagu Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota sebesar "
        f"Rp {support[:-5]}1{support[-4:]} merupakan porsi terbesar anggaran kecamatan."
    )

    doc.add_heading("BAB IV PENUTUP", level=1)
    para(
        "Secara umum kinerja Kecamatan Kedungrejo tahun 2024 baik; indikator yang "
        "belum mencapai target akan menjadi perhatian pada tahun 2025."
    )

    # -- the PK lampiran, the same program pagu ------------------------------
    doc.add_heading("LAMPIRAN PERJANJIAN KINERJA", level=1)
    para("Program dan Pagu Anggaran Perjanjian Kinerja Tahun 2024")
    table = doc.add_table(rows=1 + len(programs) + 1, cols=4)
    table.style = "Table Grid"
    table.cell(0, 0).text = "No"
    table.cell(0, 1).text = "Program"
    table.cell(0, 2).merge(table.cell(0, 3)).text = "Pagu (Rp)"
    rows = [
        [str(n), name, "Rp", rupiah(pagu)] for n, (name, pagu) in enumerate(programs, 1)
    ]
    rows.append(["", "Jumlah", "Rp", rupiah(total_pagu)])
    fill(table, 1, rows)
    return doc


if __name__ == "__main__":
    build().save(str(OUT))
    print(OUT)
