"""Fragments that the prose checks put into messages, in Indonesian and English."""

from __future__ import annotations

__all__ = ["say"]

_PHRASES: dict[str, tuple[str, str]] = {
    "metric.capaian": ("capaian", "achievement"),
    "metric.realisasi": ("realisasi", "realisation"),
    "metric.target": ("target", "target"),
    "metric.realisasi_pendapatan": ("realisasi pendapatan", "revenue realised"),
    "metric.target_pendapatan": ("target pendapatan", "revenue target"),
    "metric.persen_anggaran": (
        "persentase realisasi anggaran",
        "budget realisation rate",
    ),
    "metric.anggaran": ("anggaran", "budget"),
    "metric.realisasi_anggaran": ("realisasi anggaran", "realised spending"),
    "metric.sisa": ("sisa anggaran", "remaining budget"),
    "metric.persen_sisa": (
        "persentase sisa anggaran terhadap pagu",
        "remaining budget as a % of the budget",
    ),
    "metric.efisiensi": ("efisiensi", "efficiency"),
    "metric.staff": ("jumlah pegawai", "staff count"),
    "metric.asset": ("jumlah barang", "asset count"),
    "metric.share": ("persentase", "share"),
    "where.cell": ("{table} baris {row}", "{table} row {row}"),
    "where.total": ("{table} baris jumlah", "{table} total row"),
    "where.column": (", kolom {column}", ", column {column}"),
    "where.group": (", kolom-kolom {group}", ", the {group} columns"),
    "nowhere.none": ("tidak ditemukan di tabel mana pun", "appears in no table"),
    "nowhere.other": (
        "tidak ditemukan sebagai {metric} di tabel mana pun; angka yang sama tercetak"
        " di {where}, kolom {column}",
        "appears as no table's {metric}; the same figure is printed in {where},"
        " column {column}",
    ),
    "reason.printed": ("", ""),
    "reason.copied": (
        " (angka salinannya di {tables}; tabel ini salah salin {printed})",
        " (the figure its other copies give, {tables}; this table miscopies it as"
        " {printed})",
    ),
    "reason.tie": (
        "{printed}, salinannya yang lain {copies}, dan tidak ada yang dapat"
        " dipastikan benar; kalimat tidak sama dengan salinan mana pun",
        "{printed}, its other copies {copies}, and none can be settled as right;"
        " the text agrees with none of them",
    ),
    "reason.recomputed": (
        " (dihitung ulang; tabel sendiri mencetak {printed})",
        " (recomputed; the table itself prints {printed})",
    ),
    "reason.derived.sisa": (
        " (anggaran − realisasi; tabel tidak memuat kolom sisa)",
        " (anggaran − realisasi; the table has no sisa column)",
    ),
    "reason.derived.persen_anggaran": (
        " (realisasi / anggaran; tabel tidak memuat kolom persentase)",
        " (realisasi / anggaran; the table has no percentage column)",
    ),
    "reason.derived.persen_sisa": (
        " ((anggaran − realisasi) / anggaran; persentase sisa, bukan persentase"
        " realisasi)",
        " ((anggaran − realisasi) / anggaran; the share left, not the share spent)",
    ),
    "reason.derived.persen_sisa.sisa": (
        " (sisa / anggaran; persentase sisa, bukan persentase realisasi)",
        " (sisa / anggaran; the share left, not the share spent)",
    ),
    "reason.derived.group": (
        " ({parts}; tabel tidak memuat kolom jumlah {group})",
        " ({parts}; the table has no {group} total column)",
    ),
    "reason.derived.share_row": (
        " (jumlah ini / jumlah barisnya)",
        " (this count / its row's total)",
    ),
    "reason.derived.share_column": (
        " (jumlah ini / jumlah kolomnya pada baris total)",
        " (this count / its column's total)",
    ),
    "cmp.>": ("di atas", "above"),
    "cmp.>=": ("minimal (sama dengan atau lebih dari)", "at least"),
    "cmp.<": ("di bawah", "below"),
    "cmp.<=": ("maksimal (sama dengan atau kurang dari)", "at most"),
    "cmp.=": ("sama dengan", "equal to"),
    "count.total": (
        "tabel memuat {found} {noun}, bukan {claimed}",
        "the table lists {found} {noun}, not {claimed}",
    ),
    "count.reading": (
        "benar hanya bila dibaca \u201c{reading} {threshold}\u201d",
        "true only when read as \u201c{reading} {threshold}\u201d",
    ),
    "nip.length": ("panjangnya {part} digit, bukan 18", "it has {part} digits, not 18"),
    "nip.birth": (
        "tanggal lahir {part} tidak ada di kalender",
        "birth date {part} does not exist",
    ),
    "nip.tmt": (
        "TMT {part} bukan bulan yang sah",
        "appointment {part} is not a valid month",
    ),
    "nip.young": (
        "diangkat pada usia {part} tahun (minimal 18)",
        "appointed at age {part} (18 at least)",
    ),
    "nip.future": (
        "TMT {part} sesudah akhir periode laporan",
        "appointment {part} is after the end of the report's period",
    ),
    "nip.gender": (
        "digit jenis kelamin {part}, harus 1 atau 2",
        "gender digit {part}, must be 1 or 2",
    ),
    "nip.sequence": ("nomor urut {part}", "sequence number {part}"),
    "toc.none": ("(tidak ada)", "(none)"),
    "toc.misspelt": (
        "; judul di naskah yang salah ketik: \u201c{wrong}\u201d tidak muncul di"
        " bagian lain laporan, sedangkan \u201c{right}\u201d muncul {times} kali"
        " di bagian lain",
        "; the heading is the one misspelt: \u201c{wrong}\u201d occurs nowhere else"
        " in the report, while \u201c{right}\u201d occurs elsewhere ({times}\u00d7)",
    ),
    "inventory.as": (' sebagai "{name}"', ' as "{name}"'),
    "toc.standard": (
        "; judul di naskah yang salah ketik: \u201c{wrong}\u201d, sedangkan istilah"
        " baku bagian LKj adalah \u201c{right}\u201d",
        "; the heading is the one misspelt: \u201c{wrong}\u201d where the standard"
        " term of an LKj section is \u201c{right}\u201d",
    ),
    "count.none": (
        "tidak ada pembacaan yang membuatnya benar",
        "no reading makes it true",
    ),
    "count.of": ("{found} dari {total} {noun} ini", "{found} of these {total} {noun}"),
    "count.mean": (
        " (rata-rata {rows} baris indikatornya)",
        " (the mean of its {rows} indicator rows)",
    ),
}


def say(key: str, lang: str, **fields: object) -> str:
    """The fragment ``key`` in ``lang`` with ``fields`` filled in."""
    id_text, en_text = _PHRASES[key]
    return (en_text if lang == "en" else id_text).format(**fields)
