r"""The catalogue of lkjaudit's ``--help`` texts, in two languages.

Every word a help page shows is an entry here: a key, then the text in Bahasa
Indonesia and the one in English (``str.format`` fields, the same in both).
:mod:`lkjaudit.clihelp` picks the language and lays the pages out as click does.

Keys:

* ``click.*`` – the words click itself would print (headings, the usage line,
  ``[default: …]``, ranges, the help and version options);
* ``<command>.short`` / ``<command>.help`` / ``<command>.epilog`` – a command's
  line in the list of commands, its description, and the text after its options
  (``lkjaudit`` is the group itself);
* ``<command>.<option>`` – an option's help, where ``<option>`` is its longest
  name (``check.--fail-on``); ``option.<option>`` is the help of an option
  several commands share (``option.--lang``). ``….default`` describes a default
  the option's value cannot show (one that comes from the configuration, say).

Plain data, imported only when a help page is written. Option names, formats,
file names and rule ids stay as they are in both languages. A paragraph that
starts with ``\b`` is printed as written, without rewrapping (click's marker).
"""

from __future__ import annotations

__all__ = ["HELP", "LANGUAGE_NEUTRAL"]

# entries that read the same in both languages: a value, not words
LANGUAGE_NEUTRAL = frozenset({"extract.--lang.default"})

# key: (Bahasa Indonesia, English)
HELP: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------- click's words
    "click.usage": ("Penggunaan:", "Usage:"),
    "click.options": ("Opsi", "Options"),
    "click.commands": ("Perintah", "Commands"),
    "click.options-metavar": ("[OPSI]", "[OPTIONS]"),
    "click.command-metavar": ("PERINTAH [ARGUMEN]...", "COMMAND [ARGS]..."),
    "click.default": ("bawaan: {default}", "default: {default}"),
    "click.required": ("wajib", "required"),
    "click.at-least": ("minimal {bound}", "x>={bound}"),
    "click.above": ("lebih dari {bound}", "x>{bound}"),
    "click.at-most": ("maksimal {bound}", "x<={bound}"),
    "click.below": ("kurang dari {bound}", "x<{bound}"),
    "click.between": ("{low} dan {high}", "{low} and {high}"),
    "click.version": ("{prog}, versi {version}", "{prog}, version {version}"),
    "option.--help": (
        "Tampilkan bantuan ini lalu keluar.",
        "Show this message and exit.",
    ),
    "option.--version": ("Tampilkan versi lalu keluar.", "Show the version and exit."),
    # ------------------------------------------------------------------ the group
    "lkjaudit.help": (
        "Periksa Laporan Kinerja (LKj / LKjIP) instansi pemerintah: hitung ulang "
        "setiap angka dan cocokkan angka yang sama di seluruh laporan.",
        "Audit Indonesian government performance reports (LKj / LKjIP): recompute "
        "every figure and match the same figure across the whole report.",
    ),
    "lkjaudit.--lang": (
        "Bahasa bantuan, temuan, dan pesan: Bahasa Indonesia atau Inggris; "
        "berlaku juga untuk perintah sesudahnya.",
        "Language of the help, findings and messages: Bahasa Indonesia or "
        "English; also for the command that follows.",
    ),
    # ------------------------------------------------------- options many share
    "option.--lang": (
        "Bahasa temuan dan pesan: Bahasa Indonesia atau Inggris.",
        "Language: Bahasa Indonesia or English.",
    ),
    "option.--lang.default": ("id, atau lang dari konfigurasi", "id, or the config's"),
    "option.--config": (
        "Berkas konfigurasi (bawaan: lkjaudit.toml atau pyproject.toml "
        "[tool.lkjaudit], dicari dari folder laporan yang diperiksa ke atas).",
        "Configuration file (default: lkjaudit.toml or pyproject.toml "
        "[tool.lkjaudit], found by walking up from the checked paths).",
    ),
    "option.--no-config": (
        "Abaikan semua berkas konfigurasi.",
        "Ignore every configuration file.",
    ),
    "option.--max-size": (
        "Ukuran terbesar berkas laporan yang dibaca, dalam MB.",
        "Largest report file to read, in MB.",
    ),
    "option.--max-unpacked": (
        "Ukuran terbesar isi berkas DOCX/XLSX setelah diekstrak, dalam MB.",
        "Largest size a DOCX/XLSX file may unpack to, in MB.",
    ),
    "option.--max-pages": (
        "Jumlah halaman PDF terbanyak yang dibaca.",
        "Most PDF pages to read.",
    ),
    "option.--max-cells": (
        "Jumlah sel tabel terbanyak yang dibaca dari satu laporan.",
        "Most table cells to read from one report.",
    ),
    # ---------------------------------------------------------------- check
    "check.short": (
        "Periksa berkas laporan, atau semua laporan dalam folder.",
        "Check report files, or every report under a folder.",
    ),
    "check.help": (
        "Periksa berkas laporan, atau semua laporan dalam sebuah folder.\n\n"
        "Jenis laporan dikenali dari isinya (dan akhiran namanya): ekspor teks "
        "atau Markdown, DOCX, PDF, XLSX, atau data laporan dalam YAML atau JSON "
        "(lihat 'lkjaudit extract').",
        "Check report files, or every report under a folder.\n\n"
        "A report is read from its content (and suffix): text or Markdown exports, "
        "DOCX, PDF, XLSX, or report data in YAML or JSON (see 'lkjaudit extract').",
    ),
    "check.epilog": (
        "\b\nKode keluar:\n"
        "  0  tidak ada temuan pada tingkat --fail-on atau di atasnya\n"
        "  1  ada temuan pada tingkat --fail-on atau di atasnya\n"
        "  2  kesalahan penggunaan, konfigurasi, atau berkas masukan",
        "\b\nExit codes:\n"
        "  0  no finding at or above --fail-on\n"
        "  1  findings at or above --fail-on\n"
        "  2  usage, configuration or input error",
    ),
    "check.--format": ("Format keluaran.", "Output format."),
    "check.--select": (
        "Hanya aturan ini (id, glob, tag:NAMA); ulangi opsinya atau pisahkan "
        "dengan koma.",
        "Only these rules (ids, globs, tag:NAME); repeat the option or separate "
        "with commas.",
    ),
    "check.--ignore": (
        "Lewati aturan ini (id, glob, tag:NAMA); ulangi opsinya atau pisahkan "
        "dengan koma.",
        "Skip these rules (ids, globs, tag:NAME); repeat the option or separate "
        "with commas.",
    ),
    "check.--fail-on": (
        "Tingkat keparahan terendah yang membuat kode keluar 1.",
        "Lowest severity that makes the exit code 1.",
    ),
    "check.--fail-on.default": (
        "error, atau fail_on dari konfigurasi",
        "error, or the config's",
    ),
    "check.--output": (
        "Tulis keluaran ke berkas ini.",
        "Write the output to this file.",
    ),
    "check.--baseline": (
        "Sembunyikan temuan yang tercatat dalam berkas baseline ini; laporkan "
        "temuan yang baru.",
        "Hide the findings recorded in this baseline file; report the new ones.",
    ),
    "check.--write-baseline": (
        "Catat temuan saat ini dalam berkas ini (tanpa melaporkan satu pun).",
        "Record the current findings in this file (and report none of them).",
    ),
    "check.--jobs": (
        "Jumlah proses: beberapa berkas diperiksa bersamaan, atau aturan untuk "
        "laporan yang besar dibagi dua.",
        "Processes to use: files checked in parallel, or a large report's rules "
        "split in two.",
    ),
    "check.--jobs.default": ("jumlah CPU", "the number of CPUs"),
    "check.--exclude": (
        "Lewati berkas atau folder yang cocok dengan glob ini.",
        "Skip files or folders matching this glob.",
    ),
    "check.--no-color": (
        "Teks polos tanpa warna, juga di terminal (seperti bila NO_COLOR disetel).",
        "Plain text even on a terminal (as when NO_COLOR is set).",
    ),
    "check.--strict": (
        "Berhenti bila sebuah aturan gagal dijalankan, alih-alih melaporkannya "
        "(untuk mencari kesalahan program).",
        "Stop on a crashing rule instead of reporting it (for debugging).",
    ),
    "check.--no-cache": (
        "Periksa ulang walau berkas tidak berubah, tanpa membaca atau menulis "
        "cache (seperti LKJAUDIT_NO_CACHE=1).",
        "Check again even when no file changed, neither reading nor writing the "
        "cache (as LKJAUDIT_NO_CACHE=1 does).",
    ),
    # ---------------------------------------------------------- rules, explain
    "rules.short": (
        "Daftar aturan: id, tingkat keparahan, tag, dan judul.",
        "List the rules: id, severity, tags and title.",
    ),
    "rules.help": (
        "Tampilkan daftar aturan: id, tingkat keparahan, tag, dan judul (termasuk "
        "paket aturan pengguna).",
        "List the rules: id, severity, tags and title (user packs included).",
    ),
    # NOTE: rules and explain take no paths: their configuration is found from
    # the working folder
    "rules.--config": (
        "Berkas konfigurasi (bawaan: lkjaudit.toml atau pyproject.toml "
        "[tool.lkjaudit], dicari dari folder kerja ke atas).",
        "Configuration file (default: lkjaudit.toml or pyproject.toml "
        "[tool.lkjaudit], found by walking up from the working folder).",
    ),
    "explain.--config": (
        "Berkas konfigurasi (bawaan: lkjaudit.toml atau pyproject.toml "
        "[tool.lkjaudit], dicari dari folder kerja ke atas).",
        "Configuration file (default: lkjaudit.toml or pyproject.toml "
        "[tool.lkjaudit], found by walking up from the working folder).",
    ),
    "explain.short": (
        "Jelaskan sebuah aturan: isi, alasan, opsi, dan contohnya.",
        "Explain a rule: what it checks, why, options, examples.",
    ),
    "explain.help": (
        "Jelaskan sebuah aturan: apa yang diperiksa, mengapa, opsinya, dan contohnya.",
        "Explain a rule: what it checks, why, its options and examples.",
    ),
    # ---------------------------------------------------------------- extract
    "extract.short": (
        "Tulis paragraf dan tabel laporan sebagai data (YAML atau JSON).",
        "Write a report's paragraphs and tables as data (YAML or JSON).",
    ),
    "extract.help": (
        "Tulis paragraf dan tabel sebuah laporan sebagai data laporan (YAML atau "
        "JSON).\n\n"
        "Data itu memuat setiap sel tabel persis seperti tercetak, beserta "
        "letaknya dalam PATH. Sunting data itu lalu periksa dengan 'lkjaudit "
        "check BERKAS'; lkjaudit membaca ulang tabelnya seperti membaca laporan "
        "lain. JSON Schema untuk data itu ada di docs/schema/report.schema.json.",
        "Write a report's paragraphs and tables as report data (YAML or JSON).\n\n"
        "The data holds every table cell as printed and where it was in PATH. Edit "
        "it and check it with 'lkjaudit check FILE'; lkjaudit reads its tables "
        "again the way it reads any report. Its JSON Schema is "
        "docs/schema/report.schema.json.",
    ),
    "extract.epilog": (
        "\b\nKode keluar:\n  0  data tertulis\n  2  kesalahan penggunaan atau "
        "berkas masukan",
        "\b\nExit codes:\n  0  data written\n  2  usage or input error",
    ),
    "extract.--output": (
        "Tulis data ke berkas ini (.yaml, .yml atau .json).",
        "Write the data to this file (.yaml, .yml or .json).",
    ),
    "extract.--format": ("Format data.", "Data format."),
    "extract.--format.default": (
        "dari akhiran nama berkas -o, selain itu yaml",
        "from the -o suffix, else yaml",
    ),
    "extract.--lang": ("Bahasa pesan kesalahan.", "Language of error messages."),
    "extract.--lang.default": ("id", "id"),
}
