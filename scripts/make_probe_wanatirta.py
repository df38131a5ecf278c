"""Write tests/probes/bkpsdm-wanatirta-tw3-2024.docx, a made-up quarterly LKj.

A Triwulan III report of a Badan Kepegawaian dan Pengembangan Sumber Daya
Manusia (urusan 5.03 Kepegawaian), written the way a Word user lays one out:
header rows two deep with cells merged across (``Target`` over ``Tahunan`` /
``TW III``, ``Realisasi`` over ``TW I`` / ``TW II`` / ``TW III`` / ``s.d. TW
III``, each ``Golongan`` over L / P) and down (No, Kode, Uraian, %), sub
kegiatan set in italics, programs in bold, and the budget tree split over two
tables, the second captioned ``Tabel 3.4 (lanjutan)`` under the same header.
Every figure is computed here; the planted errors are written over the right
ones and are listed in tests/test_probe_wanatirta.py.

Run from the repository root: ``python scripts/make_probe_wanatirta.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.table import Table
from docxprobe import header
from probefigures import pct

OUT = Path("tests/probes/bkpsdm-wanatirta-tw3-2024.docx")


def rupiah(value: int) -> str:
    if value == 0:
        return "-"
    return f"{value:,}".replace(",", ".")


def put(table: Table, row: int, values: list[str], style: str = "") -> None:
    """Write a row; `style` is "bold" or "italic" for the name cell (column 1)."""
    for j, text in enumerate(values):
        cell = table.cell(row, j)
        if j == 1 and style:
            run = cell.paragraphs[0].add_run(text)
            run.bold = style == "bold"
            run.italic = style == "italic"
        else:
            cell.text = text


@dataclass
class Node:
    kode: str
    nama: str
    pagu: int = 0
    tw: tuple[int, int, int] = (0, 0, 0)
    children: list[Node] = field(default_factory=list)

    def total(self) -> Node:
        if self.children:
            for child in self.children:
                child.total()
            self.pagu = sum(c.pagu for c in self.children)
            self.tw = (
                sum(c.tw[0] for c in self.children),
                sum(c.tw[1] for c in self.children),
                sum(c.tw[2] for c in self.children),
            )
        return self

    @property
    def sd(self) -> int:
        return sum(self.tw)

    def cells(self) -> list[str]:
        return [
            self.kode,
            self.nama,
            rupiah(self.pagu),
            *(rupiah(v) for v in self.tw),
            rupiah(self.sd),
            pct(self.sd, self.pagu),
            rupiah(self.pagu - self.sd),
        ]


def sub(kode: str, nama: str, pagu: int, tw: tuple[int, int, int]) -> Node:
    return Node(kode, nama, pagu, tw)


PENUNJANG = Node(
    "5.03.01",
    "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    children=[
        Node(
            "5.03.01.2.02",
            "Administrasi Keuangan Perangkat Daerah",
            children=[
                sub(
                    "5.03.01.2.02.0001",
                    "Penyediaan Gaji dan Tunjangan ASN",
                    6_480_000_000,
                    (1_584_250_000, 1_602_900_000, 1_611_475_000),
                ),
                sub(
                    "5.03.01.2.02.0005",
                    "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
                    18_500_000,
                    (11_250_000, 0, 2_400_000),
                ),
            ],
        ),
        Node(
            "5.03.01.2.06",
            "Administrasi Umum Perangkat Daerah",
            children=[
                sub(
                    "5.03.01.2.06.0002",
                    "Penyediaan Peralatan dan Perlengkapan Kantor",
                    64_750_000,
                    (9_820_000, 18_435_000, 15_260_000),
                ),
                sub(
                    "5.03.01.2.06.0005",
                    "Penyediaan Barang Cetakan dan Penggandaan",
                    37_200_000,
                    (6_115_000, 8_940_000, 9_385_000),
                ),
                sub(
                    "5.03.01.2.06.0009",
                    "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
                    142_600_000,
                    (21_350_000, 38_725_000, 41_180_000),
                ),
            ],
        ),
        Node(
            "5.03.01.2.08",
            "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
            children=[
                sub(
                    "5.03.01.2.08.0002",
                    "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
                    96_000_000,
                    (22_418_500, 23_906_250, 24_117_800),
                ),
                sub(
                    "5.03.01.2.08.0004",
                    "Penyediaan Jasa Pelayanan Umum Kantor",
                    228_450_000,
                    (55_800_000, 56_250_000, 56_250_000),
                ),
            ],
        ),
    ],
).total()

KEPEGAWAIAN = Node(
    "5.03.02",
    "PROGRAM KEPEGAWAIAN DAERAH",
    children=[
        Node(
            "5.03.02.2.01",
            "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
            children=[
                sub(
                    "5.03.02.2.01.0003",
                    "Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
                    312_800_000,
                    (14_600_000, 96_475_000, 121_350_000),
                ),
                sub(
                    "5.03.02.2.01.0010",
                    "Pengelolaan Sistem Informasi Kepegawaian",
                    185_000_000,
                    (28_140_000, 47_500_000, 52_815_000),
                ),
            ],
        ),
        Node(
            "5.03.02.2.02",
            "Mutasi dan Promosi ASN",
            children=[
                sub(
                    "5.03.02.2.02.0001",
                    "Pengelolaan Mutasi ASN",
                    74_300_000,
                    (12_900_000, 17_650_000, 19_025_000),
                ),
                sub(
                    "5.03.02.2.02.0002",
                    "Pengelolaan Kenaikan Pangkat ASN",
                    58_900_000,
                    (13_275_000, 14_120_000, 12_860_000),
                ),
            ],
        ),
        Node(
            "5.03.02.2.03",
            "Pengembangan Kompetensi ASN",
            children=[
                sub(
                    "5.03.02.2.03.0001",
                    "Peningkatan Kapasitas Kinerja ASN",
                    426_500_000,
                    (48_300_000, 132_750_000, 118_420_000),
                ),
                sub(
                    "5.03.02.2.03.0002",
                    "Pengelolaan Assessment Center",
                    247_250_000,
                    (0, 86_400_000, 74_150_000),
                ),
            ],
        ),
        Node(
            "5.03.02.2.04",
            "Penilaian dan Evaluasi Kinerja Aparatur",
            children=[
                sub(
                    "5.03.02.2.04.0002",
                    "Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
                    93_600_000,
                    (15_480_000, 21_960_000, 24_305_000),
                ),
                sub(
                    "5.03.02.2.04.0007",
                    "Pembinaan Disiplin ASN",
                    51_750_000,
                    (7_825_000, 12_340_000, 13_990_000),
                ),
            ],
        ),
    ],
).total()

PROGRAMS = [PENUNJANG, KEPEGAWAIAN]
ALL = Node("", "JUMLAH", children=PROGRAMS).total()


def tree_rows(program: Node) -> list[tuple[list[str], str]]:
    rows = [(program.cells(), "bold")]
    for kegiatan in program.children:
        rows.append((kegiatan.cells(), ""))
        rows.extend((leaf.cells(), "italic") for leaf in kegiatan.children)
    return rows


BUDGET_TOP = [
    ("Kode", 1, True),
    ("Program / Kegiatan / Sub Kegiatan", 1, True),
    ("Pagu (Rp)", 1, True),
    ("Realisasi (Rp)", 4, False),
    ("%", 1, True),
    ("Sisa (Rp)", 1, True),
]
BUDGET_BOTTOM = ["TW I", "TW II", "TW III", "s.d. TW III"]


def budget_table(
    doc: docx.document.Document, rows: list[tuple[list[str], str]]
) -> None:
    table = doc.add_table(rows=2 + len(rows), cols=9)
    table.style = "Table Grid"
    header(table, BUDGET_TOP, BUDGET_BOTTOM)
    for i, (values, style) in enumerate(rows):
        put(table, 2 + i, values, style)


def build() -> docx.document.Document:
    doc = docx.Document()
    para = doc.add_paragraph
    para("LAPORAN KINERJA TRIWULAN III TAHUN 2024")
    para("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA")
    para("KABUPATEN WANATIRTA")
    para(
        "Laporan rekaan untuk menguji lkjaudit pada laporan yang tidak ditulis "
        "untuknya; kesalahannya disengaja."
    )

    doc.add_heading("BAB I PENDAHULUAN", level=1)
    para(
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten "
        "Wanatirta melaksanakan urusan pemerintahan bidang kepegawaian. Laporan ini "
        "menyajikan capaian kinerja dan realisasi anggaran per triwulan serta "
        "kumulatif sampai dengan 30 September 2024."
    )

    # -- staff by golongan, L / P under each ----------------------------------
    units = [
        ("Sekretariat", (1, 2, 3, 4, 6, 5, 2, 1)),
        ("Bidang Pengadaan, Pemberhentian dan Informasi", (0, 0, 1, 2, 4, 5, 2, 0)),
        ("Bidang Mutasi dan Promosi", (0, 0, 2, 1, 3, 4, 1, 1)),
        ("Bidang Pengembangan Kompetensi Aparatur", (0, 0, 1, 1, 5, 3, 1, 1)),
        ("Bidang Penilaian Kinerja Aparatur dan Penghargaan", (0, 0, 0, 2, 3, 4, 2, 0)),
    ]
    para("Tabel 1.1 Jumlah Pegawai BKPSDM Berdasarkan Golongan dan Jenis Kelamin")
    table = doc.add_table(rows=2 + len(units) + 1, cols=13)
    table.style = "Table Grid"
    header(
        table,
        [("No", 1, True), ("Unit Kerja", 1, True)]
        + [(f"Golongan {g}", 2, False) for g in ("I", "II", "III", "IV")]
        + [("Jumlah", 3, False)],
        ["L", "P"] * 4 + ["L", "P", "L + P"],
    )
    rows: list[list[str]] = []
    for n, (unit, counts) in enumerate(units, 1):
        men, women = sum(counts[0::2]), sum(counts[1::2])
        rows.append(
            [str(n), unit, *map(str, counts), str(men), str(women), str(men + women)]
        )
    columns = [sum(u[1][k] for u in units) for k in range(8)]
    men_all, women_all = sum(columns[0::2]), sum(columns[1::2])
    rows.append(
        ["", "JUMLAH", *map(str, columns), str(men_all), str(women_all)]
        + [str(men_all + women_all)]
    )
    # planted: Bidang Mutasi dan Promosi, L 6 + P 6 = 12, written 13
    assert rows[2][12] == "12"
    rows[2][12] = "13"
    # planted: JUMLAH of Golongan III P is 21, written 12
    assert rows[-1][7] == "21"
    rows[-1][7] = "12"
    for i, row in enumerate(rows):
        put(table, 2 + i, row)
    para(
        f"Jumlah pegawai BKPSDM Kabupaten Wanatirta per 30 September 2024 sebanyak "
        f"{men_all + women_all} orang, terdiri dari {men_all} laki-laki dan "
        f"{women_all} perempuan."
    )

    doc.add_heading("BAB II PERENCANAAN KINERJA", level=1)
    para(
        "Target kinerja tahun 2024 dijabarkan ke dalam target triwulan dalam "
        "rencana aksi. Target TW III adalah target pada triwulan III saja."
    )
    indicators = [
        (
            "Meningkatnya kompetensi aparatur",
            "Jumlah ASN yang mengikuti pengembangan kompetensi",
            "orang",
            (600, 160),
            (120, 150, 170),
        ),
        (
            "Meningkatnya kualitas pelayanan administrasi kepegawaian",
            "Jumlah usulan kenaikan pangkat yang diproses tepat waktu",
            "usulan",
            (480, 120),
            (118, 124, 115),
        ),
        (
            "Meningkatnya kualitas manajemen kinerja aparatur",
            "Jumlah ASN yang dinilai kinerjanya melalui e-Kinerja",
            "orang",
            (5200, 1300),
            (1250, 1290, 1320),
        ),
        (
            "Meningkatnya kualitas manajemen kinerja aparatur",
            "Jumlah rekomendasi penyelesaian pelanggaran disiplin ASN",
            "rekomendasi",
            (40, 10),
            (8, 11, 9),
        ),
    ]
    para("Tabel 2.1 Perjanjian Kinerja BKPSDM Kabupaten Wanatirta Tahun 2024")
    table = doc.add_table(rows=1 + len(indicators), cols=5)
    table.style = "Table Grid"
    for j, text in enumerate(
        ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"]
    ):
        table.cell(0, j).text = text
    for n, (goal, name, unit, (year, _), _) in enumerate(indicators, 1):
        put(table, n, [str(n), goal, name, unit, f"{year:,}".replace(",", ".")])
    para("Tabel 2.2 Anggaran Program dalam Perjanjian Kinerja Tahun 2024")
    table = doc.add_table(rows=2 + len(PROGRAMS), cols=3)
    table.style = "Table Grid"
    for j, text in enumerate(["No", "Program", "Anggaran (Rp)"]):
        table.cell(0, j).text = text
    names = ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"]
    names.append("Program Kepegawaian Daerah")
    for n, (name, program) in enumerate(zip(names, PROGRAMS, strict=True), 1):
        put(table, n, [str(n), name, rupiah(program.pagu)])
    put(table, 1 + len(PROGRAMS), ["", "Jumlah", rupiah(ALL.pagu)])

    doc.add_heading("BAB III AKUNTABILITAS KINERJA", level=1)
    para("Tabel 3.1 Capaian Indikator Kinerja s.d. Triwulan III Tahun 2024")
    table = doc.add_table(rows=2 + len(indicators), cols=11)
    table.style = "Table Grid"
    header(
        table,
        [
            ("No", 1, True),
            ("Indikator Kinerja", 1, True),
            ("Satuan", 1, True),
            ("Target", 2, False),
            ("Realisasi", 4, False),
            ("Capaian TW III (%)", 1, True),
            ("Capaian terhadap Target Tahunan (%)", 1, True),
        ],
        ["Tahunan", "TW III", "TW I", "TW II", "TW III", "s.d. TW III"],
    )

    def num(value: int) -> str:
        return f"{value:,}".replace(",", ".")

    rows = []
    for n, (_, name, unit, (year, tw3), done) in enumerate(indicators, 1):
        rows.append(
            [str(n), name, unit, num(year), num(tw3), *map(num, done), num(sum(done))]
            + [pct(done[2], tw3), pct(sum(done), year)]
        )
    # planted: against the year's target 28 / 40 = 70,00; the row printed the
    # capaian against TW III's target, 28 / 10
    assert rows[3][10] == "70,00"
    rows[3][10] = "280,00"
    for i, row in enumerate(rows):
        put(table, 2 + i, row)
    para(
        "Sampai dengan triwulan III, sebanyak 440 orang ASN telah mengikuti "
        "pengembangan kompetensi atau 73,33% dari target tahunan 600 orang. "
        "Pada triwulan III usulan kenaikan pangkat yang diproses tepat waktu "
        "sebanyak 115 usulan dari target 120 usulan."
    )
    # planted: 3.860, two digits swapped
    para(
        "Penilaian kinerja melalui e-Kinerja s.d. TW III telah dilakukan terhadap "
        "3.680 orang ASN, atau 74,23% dari target tahunan."
    )

    # -- budget by program ----------------------------------------------------
    para("Tabel 3.2 Realisasi Anggaran per Program s.d. Triwulan III Tahun 2024")
    table = doc.add_table(rows=2 + len(PROGRAMS), cols=5)
    table.style = "Table Grid"
    for j, text in enumerate(
        ["No", "Program", "Pagu (Rp)", "Realisasi s.d. TW III (Rp)", "%"]
    ):
        table.cell(0, j).text = text
    summary = []
    for n, (name, program) in enumerate(zip(names, PROGRAMS, strict=True), 1):
        summary.append(
            [
                str(n),
                name,
                rupiah(program.pagu),
                rupiah(program.sd),
                pct(program.sd, program.pagu),
            ]
        )
    summary.append(
        ["", "Jumlah", rupiah(ALL.pagu), rupiah(ALL.sd), pct(ALL.sd, ALL.pagu)]
    )
    # planted: Program Kepegawaian Daerah's pagu copied with one digit off
    assert summary[1][2] == "1.450.100.000"
    summary[1][2] = "1.405.100.000"
    for i, row in enumerate(summary):
        put(table, 1 + i, row)

    # -- budget by kind of spending, by quarter -------------------------------
    kinds = [
        (
            "Belanja Pegawai",
            6_480_000_000,
            (1_584_250_000, 1_602_900_000, 1_611_475_000),
        ),
    ]
    rest_pagu = ALL.pagu - kinds[0][1]
    rest_tw = tuple(ALL.tw[k] - kinds[0][2][k] for k in range(3))
    modal_pagu = 58_000_000
    modal_tw = (0, 12_600_000, 9_850_000)
    kinds.append(
        (
            "Belanja Barang dan Jasa",
            rest_pagu - modal_pagu,
            tuple(rest_tw[k] - modal_tw[k] for k in range(3)),  # type: ignore[misc]
        )
    )
    kinds.append(("Belanja Modal", modal_pagu, modal_tw))
    para("Tabel 3.3 Realisasi Anggaran per Jenis Belanja per Triwulan Tahun 2024")
    table = doc.add_table(rows=2 + len(kinds) + 1, cols=8)
    table.style = "Table Grid"
    header(
        table,
        [("No", 1, True), ("Jenis Belanja", 1, True), ("Pagu (Rp)", 1, True)]
        + [("Realisasi (Rp)", 4, False), ("%", 1, True)],
        ["TW I", "TW II", "TW III", "s.d. TW III"],
    )
    rows = []
    for n, (kind, pagu, tw) in enumerate(kinds, 1):
        rows.append(
            [str(n), kind, rupiah(pagu), *(rupiah(v) for v in tw), rupiah(sum(tw))]
            + [pct(sum(tw), pagu)]
        )
    rows.append(
        ["", "JUMLAH", rupiah(ALL.pagu), *(rupiah(v) for v in ALL.tw), rupiah(ALL.sd)]
        + [pct(ALL.sd, ALL.pagu)]
    )
    # planted: the JUMLAH of TW II, two digits swapped
    tw2 = rupiah(ALL.tw[1])
    assert rows[-1][4] == tw2 == "2.178.351.250"
    rows[-1][4] = "2.187.351.250"
    for i, row in enumerate(rows):
        put(table, 2 + i, row)

    # -- the tree, over two tables ---------------------------------------------
    para(
        "Tabel 3.4 Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan per "
        "Triwulan Tahun 2024"
    )
    first = tree_rows(PENUNJANG)
    # planted: Penyediaan Barang Cetakan dan Penggandaan, 6.115.000 + 8.940.000 +
    # 9.385.000 = 24.440.000, written 24.400.000 (its sisa and % follow the sum)
    assert first[6][0][6] == "24.440.000"
    first[6][0][6] = "24.400.000"
    # planted: Administrasi Umum's pagu; its sub kegiatan add up to 244.550.000
    assert first[4][0][2] == "244.550.000"
    first[4][0][2] = "245.550.000"
    # planted: the % of Penyediaan Jasa Pelayanan Umum Kantor, 168.300.000 /
    # 228.450.000 = 73,67, written 76,37
    assert first[-1][0][7] == "73,67"
    first[-1][0][7] = "76,37"
    budget_table(doc, first)
    para("Tabel 3.4 (lanjutan)")
    second = tree_rows(KEPEGAWAIAN)
    # planted: a letter O for a zero in Pengelolaan Mutasi ASN's TW II
    assert second[5][0][4] == "17.650.000"
    second[5][0][4] = "17.65O.000"
    # planted: sisa of Pengelolaan Assessment Center, 247.250.000 − 160.550.000
    assert second[9][0][8] == "86.700.000"
    second[9][0][8] = "87.600.000"
    total = ALL.cells()
    second.append((total, "bold"))
    budget_table(doc, second)

    para(
        f"Realisasi anggaran BKPSDM sampai dengan triwulan III sebesar Rp "
        f"{rupiah(ALL.sd)} atau {pct(ALL.sd, ALL.pagu)}% dari pagu Rp "
        f"{rupiah(ALL.pagu)}, sehingga sisa anggaran sebesar Rp "
        f"{rupiah(ALL.pagu - ALL.sd)}."
    )
    # planted: the program's TW III spending is 436.915.000
    assert rupiah(KEPEGAWAIAN.tw[2]) == "436.915.000"
    para(
        f"Realisasi anggaran Program Kepegawaian Daerah pada triwulan III sebesar "
        f"Rp 463.915.000, sehingga realisasi s.d. TW III mencapai Rp "
        f"{rupiah(KEPEGAWAIAN.sd)} atau {pct(KEPEGAWAIAN.sd, KEPEGAWAIAN.pagu)}% "
        f"dari pagu."
    )

    doc.add_heading("BAB IV PENUTUP", level=1)
    para(
        "Sampai dengan triwulan III, sebagian besar indikator kinerja BKPSDM "
        "mencapai target triwulan. Pelaksanaan assessment center dilanjutkan pada "
        "triwulan IV."
    )
    para("Wanatirta, 10 Oktober 2024")
    para("KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA")
    para("KABUPATEN WANATIRTA")
    para("Drs. HENDRA WIJAYAKUSUMA, M.Si")
    para("Pembina Utama Muda (IV/c)")
    para("NIP. 19740815 199903 1 004")
    return doc


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    build().save(str(OUT))
    print(OUT)


if __name__ == "__main__":
    main()
