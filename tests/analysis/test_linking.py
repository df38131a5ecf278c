"""Linking the same entity across tables: variants, indicators, ambiguity, cost."""

from __future__ import annotations

import pytest

from lkjaudit.model.report import Report

from conftest import findings_for, report_from


def _groups(report: Report) -> list[set[tuple[str, int]]]:
    return [{(m.table, m.row) for m in g.members} for g in report.links]


def _two_tables(first: str, second: str) -> str:
    header = "| Program/Kegiatan/Sub Kegiatan | Anggaran | Realisasi |\n|---|--:|--:|\n"
    return (
        "# Laporan Kinerja\n\n**Tabel 1 Anggaran A**\n\n"
        + header
        + first
        + "\n**Tabel 2 Anggaran B**\n\n"
        + header
        + second
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/ KOTA",
            "Program penunjang urusan pemerintah daerah kabupaten/kota",
        ),
        (
            "PROGRAM KOORDINASI KETENTERAMAN DAN KETERTIBAN UMUM",
            "Program Koordinasi Ketentraman Dan Ketertiban Umum",
        ),
        (
            "Prgram pemberdayaan masyarakat desa dan kelurahan",
            "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
        ),
    ],
)
def test_spelling_variants_link_by_name(a: str, b: str) -> None:
    report = report_from(
        _two_tables(
            f"| {a} | 1.000.000 | 500.000 |\n", f"| {b} | 1.000.000 | 500.000 |\n"
        ),
        "x.md",
    )
    assert _groups(report) == [{("tabel-1", 1), ("tabel-2", 1)}]
    assert report.links[0].members[1].basis == "name"


def test_kegiatan_named_differently_links_by_budget_and_position() -> None:
    first = (
        "| PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA | 3.000.000 | 0 |\n"
        "| Administrasi Umum Perangkat Daerah | 3.000.000 | 0 |\n"
        "| Penyediaan Bahan Logistik Kantor | 1.000.000 | 0 |\n"
        "| Penyediaan Barang Cetakan dan Penggandaan | 2.000.000 | 0 |\n"
    )
    second = first.replace(
        "Penyediaan Barang Cetakan dan Penggandaan", "Cetak Brosur Kantor"
    )
    report = report_from(_two_tables(first, second), "x.md")
    renamed = next(g for g in report.links if g.name.startswith("Penyediaan Barang"))
    assert {(m.table, m.row) for m in renamed.members} == {
        ("tabel-1", 4),
        ("tabel-2", 4),
    }
    assert {m.basis for m in renamed.members} == {"name", "figure"}


def test_statement_rows_link_to_programs_through_their_indicator() -> None:
    text = (
        "# LKj\n\n**Tabel 1 Target**\n\n| No | Sasaran Program | Indikator | Target |\n"
        "|---|---|---|---|\n"
        "| 1 | Terpenuhinya kebutuhan kantor | Persentase pemenuhan kebutuhan operasional kantor | 100% |\n"
        "\n**Tabel 2 Kinerja**\n\n| Program | Indikator | Target | Realisasi |\n|---|---|---|---|\n"
        "| PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA | "
        "Persentase pemenuhan kebutuhan operasional kantor | 100% | 50% |\n"
    )
    report = report_from(text, "x.md")
    entity = next(g for g in report.links if g.kind == "entity")
    assert {(m.table, m.row) for m in entity.members} == {
        ("tabel-1", 1),
        ("tabel-2", 1),
    }


def test_two_equally_good_candidates_are_not_guessed() -> None:
    first = "| Penyediaan Jasa Surat Menyurat | 2.400.000 | 1.200.000 |\n"
    second = (
        "| Penyediaan Jasa Surat Menyurat A | 1.400.000 | 700.000 |\n"
        "| Penyediaan Jasa Surat Menyurat B | 1.000.000 | 500.000 |\n"
    )
    report = report_from(_two_tables(first, second), "x.md")
    assert report.links == []
    (amb,) = report.ambiguous
    assert (amb.source.table, amb.source.row) == ("tabel-1", 1)
    assert [(c.table, c.row) for c in amb.candidates] == [
        ("tabel-2", 1),
        ("tabel-2", 2),
    ]


def test_a_finding_on_a_weak_link_says_so() -> None:
    first = (
        "| PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA | 9.000.000 | 3.000.000 |\n"
        "| Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah | 9.000.000 | 3.000.000 |\n"
        "| Penyediaan Jasa Komunikasi Sumber Daya Air dan Listrik | 4.000.000 | 1.000.000 |\n"
        "| Penyediaan Jasa Pelayanan Umum Kantor | 5.000.000 | 2.000.000 |\n"
    )
    second = (
        "| PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA | 9.000.000 | 3.000.000 |\n"
        "| Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah | 9.000.000 | 3.000.000 |\n"
        "| Penyediaan Jasa Pelayanan Umum Kantor | 5.000.000 | 2.000.000 |\n"
        "| Penyediaan Jasa Komunikasi Sumber Daya Air Listrik Kantor | 4.000.000 | 1.500.000 |\n"
    )
    found = findings_for(
        _two_tables(first, second),
        source="x.md",
        select=("figure-same-in-every-table",),
    )
    (weak,) = found
    assert weak.location.ref == "tabel-2/row:4/col:realisasi_anggaran"
    assert weak.confidence.value == "low"
    assert weak.message.endswith("(tautan lemah: nama hanya mirip 93%)")


def test_fuzzy_matching_stays_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    from rapidfuzz import fuzz

    calls = 0
    real = fuzz.token_sort_ratio

    def counting(a: str, b: str, **kw: object) -> float:
        nonlocal calls
        calls += 1
        return real(a, b, **kw)

    monkeypatch.setattr(fuzz, "token_sort_ratio", counting)
    rows_a, rows_b = [], []
    for p in range(20):
        rows_a.append(f"| PROGRAM NOMOR {p} URUSAN UJI | 100.000.000 | 1 |\n")
        rows_b.append(f"| PROGRAM NOMOR {p} URUSAN UJI | 100.000.000 | 1 |\n")
        for k in range(5):
            rows_a.append(f"| Kegiatan Uji {p}-{k} Bidang Umum | 20.000.000 | 1 |\n")
            rows_b.append(f"| Kegiatan Uji {p}-{k} Bidang Umum | 20.000.000 | 1 |\n")
            for s in range(10):
                rows_a.append(
                    f"| Sub Kegiatan Uji {p}-{k}-{s} Layanan | 2.000.000 | 1 |\n"
                )
                rows_b.append(
                    f"| Sub Kegiatan Uji {p}-{k}-{s} Layanan Kantor | 2.000.000 | 1 |\n"
                )
    report = report_from(_two_tables("".join(rows_a), "".join(rows_b)), "x.md")
    rows = len(rows_a)  # 1.120 rows per table, 1.000 of them renamed in the second
    assert len(report.links) >= 1000
    assert calls < 25 * rows  # all-pairs would be 1.000.000 comparisons


def test_a_name_printed_twice_in_one_table_links_by_its_parents() -> None:
    tree = (
        "| PROGRAM PENGELOLAAN PENDIDIKAN | 30.000.000 | {p} |\n"
        "| Pengelolaan Pendidikan Sekolah Dasar | 10.000.000 | {a} |\n"
        "| Pembangunan Ruang Guru/Kepala Sekolah/TU | 10.000.000 | {a} |\n"
        "| Pengelolaan Pendidikan Sekolah Menengah Pertama | 20.000.000 | {b} |\n"
        "| Pembangunan Ruang Guru/Kepala Sekolah/TU | 20.000.000 | {b} |\n"
    )
    first = tree.format(p="3.000.000", a="1.000.000", b="2.000.000")
    found = findings_for(_two_tables(first, first), source="x.md", select=("figure-*",))
    assert found == []
    report = report_from(_two_tables(first, first), "x.md")
    pairs = {
        frozenset((m.table, m.row) for m in g.members)
        for g in report.links
        if g.name.startswith("Pembangunan")
    }
    assert pairs == {
        frozenset({("tabel-1", 3), ("tabel-2", 3)}),
        frozenset({("tabel-1", 5), ("tabel-2", 5)}),
    }


def test_a_row_alone_after_exact_matching_joins_copies_linked_in_two_tables() -> None:
    tree = (
        "| PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA | 3.000.000 | 0 |\n"
        "| Administrasi Umum Perangkat Daerah | 3.000.000 | 0 |\n"
        "| Penyediaan Bahan Logistik Kantor | 1.000.000 | 0 |\n"
        "| Penyediaan Barang Cetakan dan Penggandaan | 2.000.000 | 0 |\n"
    )
    renamed = tree.replace(
        "Penyediaan Barang Cetakan dan Penggandaan", "Cetak Brosur Kantor"
    )
    text = (
        _two_tables(tree, tree)
        + "\n**Tabel 3 Anggaran C**\n\n"
        + (
            "| Program/Kegiatan/Sub Kegiatan | Anggaran | Realisasi |\n|---|--:|--:|\n"
            + renamed
        )
    )
    report = report_from(text, "x.md")
    group = next(g for g in report.links if g.name.startswith("Penyediaan Barang"))
    assert [(m.table, m.row, m.basis) for m in group.members] == [
        ("tabel-1", 4, "name"),
        ("tabel-2", 4, "name"),
        ("tabel-3", 4, "figure"),
    ]
    assert len(report.links) == 4  # each row of the tree in one group of three
    assert all(len(g.members) == 3 for g in report.links)
