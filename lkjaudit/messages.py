"""The catalogue of lkjaudit's own error and diagnostic messages, in two languages.

Every line lkjaudit prints on stderr, and every error it raises, is an entry here:
a key, then the template in Bahasa Indonesia and the one in English (``str.format``
fields, the same in both). :class:`lkjaudit.errors.Message` names an entry and the
values to fill in; the CLI renders it in the command's language.

Plain data, imported only when a message is rendered. Domain terms, file and option
names, rule ids and quoted values stay as they are in both languages; text quoted
from a library (PyYAML, pydantic, the operating system) stays in its words.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

# key: (Bahasa Indonesia, English)
CATALOGUE: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------ frames and words
    "verbatim": ("{text}", "{text}"),
    "at": ("{where}: {problem}", "{where}: {problem}"),
    "line-prefix": ("baris {line}: ", "line {line}: "),
    "usage": (
        "{problem} (lihat '{command} --help')",
        "{problem} (see '{command} --help')",
    ),
    "interrupted": ("dihentikan", "interrupted"),
    "internal-error": (
        "kesalahan internal: {kind}: {detail} (setel LKJAUDIT_DEBUG=1 untuk "
        "rinciannya, dan mohon laporkan)",
        "internal error: {kind}: {detail} (set LKJAUDIT_DEBUG=1 for details and "
        "please report it)",
    ),
    "finding.rule-crashed": (
        "aturan {rule} gagal dijalankan pada {where}: {kind}: {detail} ({place})",
        "rule {rule} crashed on {where}: {kind}: {detail} ({place})",
    ),
    "internal-error-in-file": (
        "kesalahan internal: {kind}: {detail} (mohon laporkan)",
        "internal error: {kind}: {detail} (please report it)",
    ),
    # ------------------------------------------------------- click's usage errors
    # NOTE: in English the CLI prints click's own text, except for an unknown
    # option or command (click 8.1 words those otherwise): these English templates
    # say what click 8.2 and later say.
    "click.no-such-option": ("opsi {name} tidak dikenal.", "No such option {name}."),
    "click.no-such-command": (
        "perintah {name} tidak dikenal.",
        "No such command {name}.",
    ),
    "click.did-you-mean": (
        "{problem} Maksud Anda {names}?",
        "{problem} Did you mean {names}?",
    ),
    "click.one-of": (
        "{problem} (Maksud Anda salah satu dari: {names}?)",
        "{problem} (Did you mean one of: {names}?)",
    ),
    "click.missing-argument": (
        "argumen {name} wajib diisi.",
        "Missing argument {name}.",
    ),
    "click.missing-option": ("opsi {name} wajib diisi.", "Missing option {name}."),
    "click.option-needs-value": (
        "opsi {name} memerlukan nilai.",
        "Option {name} requires an argument.",
    ),
    "click.flag-takes-no-value": (
        "opsi {name} tidak menerima nilai.",
        "Option {name} does not take a value.",
    ),
    "click.invalid-value": (
        "nilai tidak valid untuk {name}: {problem}",
        "Invalid value for {name}: {problem}",
    ),
    # ----------------------------------------------------------------- command line
    "cli.data-format-unknown": (
        "format data tidak dapat ditentukan dari '{output}': beri nama .yaml, .yml "
        "atau .json, atau pakai --format",
        "cannot tell the data format from '{output}': name it .yaml, .yml or "
        ".json, or give --format",
    ),
    "cli.output-is-report": (
        "berkas keluaran adalah laporan itu sendiri",
        "the output file is the report itself",
    ),
    "cli.cannot-write-output": (
        "{path}: tidak dapat menulis: {problem}",
        "{path}: cannot write: {problem}",
    ),
    "cli.unknown-rule": (
        "aturan '{rule}' tidak dikenal (lihat 'lkjaudit rules')",
        "unknown rule '{rule}' (see 'lkjaudit rules')",
    ),
    "cli.unknown-rule-close": (
        "aturan '{rule}' tidak dikenal; maksud Anda '{close}'?",
        "unknown rule '{rule}'; did you mean '{close}'?",
    ),
    "cli.refuse-overwrite": (
        "{path}: menolak menimpa laporan yang sedang diperiksa",
        "{path}: refusing to overwrite a report being checked",
    ),
    # -------------------------------------------------------------- report files
    "input.not-found": ("berkas tidak ditemukan", "file not found"),
    "input.folder-not-found": ("folder tidak ditemukan", "folder not found"),
    "input.not-regular": (
        "bukan berkas biasa (pipa, soket, atau perangkat): lkjaudit hanya membaca "
        "berkas laporan",
        "not a regular file (a pipe, socket or device): lkjaudit reads report "
        "files only",
    ),
    "input.is-directory": (
        "berupa folder, bukan berkas laporan",
        "is a directory, not a report file",
    ),
    "input.too-large": (
        "ukuran berkas {size:.1f} MB, melebihi batas {limit:.0f} MB (naikkan "
        "dengan --max-size)",
        "file is {size:.1f} MB, above the {limit:.0f} MB limit (raise it with "
        "--max-size)",
    ),
    "input.grew-too-large": (
        "berkas melebihi batas {limit} bita",
        "file is larger than the {limit} byte limit",
    ),
    "input.permission-denied": ("akses ditolak", "permission denied"),
    "input.cannot-read": ("tidak dapat dibaca: {problem}", "cannot read: {problem}"),
    # ------------------------------------------- the operating system's reasons
    # NOTE: in English, the words the system itself uses (strerror)
    "os.not-found": ("berkas atau folder tidak ada", "No such file or directory"),
    "os.permission-denied": ("akses ditolak", "Permission denied"),
    "os.not-permitted": ("tindakan tidak diizinkan", "Operation not permitted"),
    "os.is-a-folder": ("yang dituju adalah folder", "Is a directory"),
    "os.not-a-folder": ("bagian jalurnya bukan folder", "Not a directory"),
    "os.disk-full": ("ruang disk habis", "No space left on device"),
    "os.read-only": ("sistem berkas hanya bisa dibaca", "Read-only file system"),
    "os.name-too-long": ("nama berkas terlalu panjang", "File name too long"),
    "input.empty": ("berkas kosong", "empty file"),
    "input.binary": (
        "berkas biner: yang diharapkan adalah ekspor teks laporan dalam UTF-8",
        "binary file: expected a UTF-8 text export of a report",
    ),
    "input.not-utf8": (
        "bukan teks UTF-8 (bita tidak valid 0x{byte:02x} pada posisi {offset}); "
        "simpan ekspornya sebagai UTF-8",
        "not UTF-8 text (invalid byte 0x{byte:02x} at offset {offset}); save the "
        "export as UTF-8",
    ),
    "input.not-lkj": (
        "bukan Laporan Kinerja (LKj): tidak ada tabel kinerja atau anggaran, dan "
        "teksnya tidak cukup memuat istilah LKj (Laporan Kinerja, Perjanjian "
        "Kinerja, capaian kinerja, realisasi anggaran)",
        "not an LKj report: no performance or budget tables, and too few LKj terms "
        "in the text (Laporan Kinerja, Perjanjian Kinerja, capaian kinerja, "
        "realisasi anggaran)",
    ),
    "input.not-lkj-language": (
        "bukan Laporan Kinerja (LKj): teksnya menyebut istilah LKj tetapi tidak "
        "ditulis dalam Bahasa Indonesia, bahasa setiap LKj (tulisan tentang LKj, "
        "bukan sebuah laporan)",
        "not an LKj report: the text names LKj terms but is not written in Bahasa "
        "Indonesia, the language of every LKj (a text about LKj reports, not a "
        "report)",
    ),
    "input.not-lkj-guide": (
        "bukan Laporan Kinerja (LKj): teksnya menjelaskan apa yang harus dimuat "
        "sebuah LKj tetapi tidak menyebut periode, unit, atau angka capaiannya "
        "sendiri (pedoman tentang LKj, bukan sebuah laporan)",
        "not an LKj report: the text explains what an LKj must contain but states "
        "no period, unit or figures of its own (a guide about LKj reports, not a "
        "report)",
    ),
    "input.folder-without-reports": (
        "tidak ada berkas laporan ({kinds}) dalam folder",
        "no report files ({kinds}) in folder",
    ),
    "input.worker-died": (
        "proses pekerja berhenti mendadak saat memeriksa berkas ini",
        "a worker process died while checking this file",
    ),
    "input.too-many-cells": (
        "lebih dari {limit:,} sel tabel (batas --max-cells)",
        "more than {limit:,} table cells (the --max-cells limit)",
    ),
    "input.damaged": (
        "berkas {kind} rusak ({error}: {detail})",
        "damaged {kind} file ({error}: {detail})",
    ),
    # formats lkjaudit recognises but cannot read (readers.detect_format)
    "input.format.utf16": (
        "teks UTF-16; simpan ekspornya sebagai UTF-8",
        "UTF-16 text; save the export as UTF-8",
    ),
    "input.format.ole2-encrypted": (
        "berkas Office yang dilindungi kata sandi; hapus kata sandinya (File > "
        "Info > Protect Document) lalu simpan lagi",
        "password-protected Office file; remove the password (File > Info > "
        "Protect Document) and save it again",
    ),
    "input.format.ole2-doc": (
        "dokumen Word 97-2003 (.doc); simpan sebagai .docx",
        "Word 97-2003 document (.doc); save it as .docx",
    ),
    "input.format.ole2-xls": (
        "buku kerja Excel 97-2003 (.xls); simpan sebagai .xlsx",
        "Excel 97-2003 workbook (.xls); save it as .xlsx",
    ),
    "input.format.ole2": (
        "berkas majemuk OLE2 (format Office lama); simpan sebagai .docx atau .xlsx",
        "an OLE2 compound file (old Office format); save it as .docx or .xlsx",
    ),
    "input.format.csv": (
        "berkas CSV (satu lembar tabel, tanpa laporannya); simpan lembar kerjanya "
        "sebagai .xlsx, atau periksa laporannya dalam .docx, .pdf atau teks",
        "a CSV file (one sheet of cells, without its report); save the workbook as "
        ".xlsx, or check the report as .docx, .pdf or text",
    ),
    "input.format.odf-text": (
        "dokumen OpenDocument (.odt); simpan sebagai .docx",
        "an OpenDocument text document (.odt); save it as .docx",
    ),
    "input.format.odf-spreadsheet": (
        "lembar kerja OpenDocument (.ods); simpan sebagai .xlsx",
        "an OpenDocument spreadsheet (.ods); save it as .xlsx",
    ),
    "input.format.odf": (
        "berkas OpenDocument; simpan dokumen sebagai .docx, tabel sebagai .xlsx",
        "an OpenDocument file; save a document as .docx, tables as .xlsx",
    ),
    "input.format.odf-text-damaged": (
        "dokumen OpenDocument (.odt) rusak (bukan arsip ZIP yang dapat dibaca); "
        "lkjaudit membaca .docx, bukan .odt",
        "damaged OpenDocument text document (.odt; not a readable ZIP archive); "
        "lkjaudit reads .docx, not .odt",
    ),
    "input.format.odf-spreadsheet-damaged": (
        "lembar kerja OpenDocument (.ods) rusak (bukan arsip ZIP yang dapat "
        "dibaca); lkjaudit membaca .xlsx, bukan .ods",
        "damaged OpenDocument spreadsheet (.ods; not a readable ZIP archive); "
        "lkjaudit reads .xlsx, not .ods",
    ),
    "input.format.not-odf-text": (
        "bukan dokumen OpenDocument (bernama .odt, tetapi bukan arsip ZIP)",
        "not an OpenDocument text document (named .odt, but not a ZIP archive)",
    ),
    "input.format.not-odf-spreadsheet": (
        "bukan lembar kerja OpenDocument (bernama .ods, tetapi bukan arsip ZIP)",
        "not an OpenDocument spreadsheet (named .ods, but not a ZIP archive)",
    ),
    "input.format.zip": (
        "arsip ZIP yang bukan DOCX maupun XLSX",
        "a ZIP archive that is neither a DOCX nor an XLSX file",
    ),
    "input.format.not-pdf": (
        "bukan berkas PDF (tidak ada header %PDF)",
        "not a PDF file (no %PDF header)",
    ),
    "input.format.not-docx": (
        "bukan berkas DOCX (bukan arsip ZIP; berkas .doc yang diganti namanya?)",
        "not a DOCX file (not a ZIP archive; a .doc renamed?)",
    ),
    "input.format.not-xlsx": (
        "bukan berkas XLSX (bukan arsip ZIP; berkas .xls atau .csv yang diganti "
        "namanya?)",
        "not an XLSX file (not a ZIP archive; an .xls or .csv renamed?)",
    ),
    # DOCX and XLSX archives
    "input.zip-damaged": (
        "berkas {kind} rusak (bukan arsip ZIP yang dapat dibaca)",
        "damaged {kind} file (not a readable ZIP archive)",
    ),
    "input.zip-members": (
        "arsip {kind} memuat {count:,} entri",
        "{kind} archive has {count:,} members",
    ),
    "input.zip-encrypted": (
        "arsip {kind} memuat entri terenkripsi",
        "{kind} archive has encrypted members",
    ),
    "input.zip-bomb": (
        "entri {kind} {member} mengembang {ratio:,.0f} kali ukurannya: ditolak "
        "karena mungkin bom zip",
        "{kind} member {member} unpacks {ratio:,.0f} times its size: refusing a "
        "possible zip bomb",
    ),
    "input.zip-too-large": (
        "{kind} berukuran {size:,.0f} MB setelah diekstrak, melebihi batas "
        "{limit:,.0f} MB (naikkan dengan --max-unpacked)",
        "{kind} unpacks to {size:,.0f} MB, above the {limit:,.0f} MB limit (raise "
        "it with --max-unpacked)",
    ),
    "input.docx-no-text": (
        "tidak ada teks dalam berkas DOCX",
        "no text found in the DOCX file",
    ),
    "input.xlsx-no-text": (
        "tidak ada teks dalam buku kerja XLSX",
        "no text found in the XLSX workbook",
    ),
    "input.xlsx-formulas": (
        "rumus tanpa hasil tersimpan ({cells}): buka buku kerja itu di Excel atau "
        "LibreOffice lalu simpan agar nilainya ikut tersimpan",
        "formulas without stored results ({cells}): open the workbook in Excel or "
        "LibreOffice and save it so their values are kept",
    ),
    # PDF
    "input.pdf-password": (
        "PDF dilindungi kata sandi: hapus kata sandinya lalu simpan lagi",
        "password-protected PDF: remove the password and save again",
    ),
    "input.pdf-damaged": ("berkas PDF rusak ({detail})", "damaged PDF file ({detail})"),
    "input.pdf-no-pages": ("PDF tidak memiliki halaman", "PDF has no pages"),
    "input.pdf-too-many-pages": (
        "PDF berisi {count:,} halaman, melebihi batas {limit:,} halaman (naikkan "
        "dengan --max-pages)",
        "PDF has {count:,} pages, above the {limit:,} page limit (raise it with "
        "--max-pages)",
    ),
    "input.pdf-no-text": (
        "PDF tidak memuat teks (tidak ada lapisan teks maupun gambar halaman)",
        "PDF has no text (no text layer and no page image)",
    ),
    "input.pdf-scanned": (
        "PDF hasil pindaian: {scanned} dari {pages} halaman berupa gambar tanpa "
        "lapisan teks; jalankan OCR terlebih dahulu (misalnya: ocrmypdf in.pdf "
        "out.pdf)",
        "scanned PDF: {scanned} of {pages} pages are images without a text layer; "
        "run OCR first (for example: ocrmypdf in.pdf out.pdf)",
    ),
    # report data (YAML, JSON)
    "input.data-not-utf8": (
        "data laporan bukan UTF-8 (bita ke-{offset})",
        "report data is not UTF-8 (byte {offset})",
    ),
    "input.yaml-invalid": (
        "{line}YAML tidak valid ({problem})",
        "{line}invalid YAML ({problem})",
    ),
    "input.data-empty": ("data laporan kosong", "empty report data"),
    "input.yaml-alias": (
        "baris {line}: anchor dan alias YAML tidak diperbolehkan",
        "line {line}: YAML anchors and aliases are not allowed",
    ),
    "input.yaml-tag": (
        "baris {line}: tag YAML {tag!r} tidak diperbolehkan",
        "line {line}: YAML tag {tag!r} is not allowed",
    ),
    "input.data-too-many-values": (
        "terlalu banyak nilai dalam data laporan",
        "too many values in the report data",
    ),
    "input.yaml-value": ("baris {line}: {problem}", "line {line}: {problem}"),
    "input.json-invalid": (
        "baris {line}: JSON tidak valid ({problem})",
        "line {line}: invalid JSON ({problem})",
    ),
    "input.json-too-deep": ("JSON bersarang terlalu dalam", "JSON nested too deeply"),
    "input.not-report-data": (
        "bukan data laporan lkjaudit: tingkat teratasnya harus memuat "
        "'lkjaudit-report: 1' (buat dengan: lkjaudit extract LAPORAN -o BERKAS.yaml)",
        "not lkjaudit report data: the top level needs 'lkjaudit-report: 1' (write "
        "it with: lkjaudit extract REPORT -o FILE.yaml)",
    ),
    "input.data-invalid": ("{line}{path}: {problem}", "{line}{path}: {problem}"),
    "input.data-top-level": ("tingkat teratas", "top level"),
    "input.data-cell-bool": (
        "true/false bukan isi sel: beri tanda kutip bila laporan mencetaknya ('true')",
        "true/false is not a cell: quote it if the report prints it ('true')",
    ),
    "input.data-cell-float": (
        "tulis angka berpecahan sebagai teks, seperti yang tercetak di laporan "
        "('54,55' atau '1.000'): sebagai angka YAML/JSON bentuk cetaknya hilang",
        "write a figure with a fraction as text, the way the report prints it "
        "('54,55' or '1.000'): as a YAML/JSON number it loses its printed form",
    ),
    "input.data-table-id-twice": (
        "tables[{index}]: id tabel '{table}' dipakai dua kali",
        "tables[{index}]: table id '{table}' is used twice",
    ),
    # --------------------------------------------------------------- configuration
    "config.not-found": (
        "{path}: berkas konfigurasi tidak ditemukan",
        "{path}: configuration file not found",
    ),
    "config.cannot-read": (
        "{path}: konfigurasi tidak dapat dibaca: {problem}",
        "{path}: cannot read configuration: {problem}",
    ),
    "config.not-toml": (
        "{path}: bukan TOML yang valid: {problem}",
        "{path}: not valid TOML: {problem}",
    ),
    "config.no-table": (
        "{path}: tidak ada tabel [tool.lkjaudit]",
        "{path}: no [tool.lkjaudit] table",
    ),
    "config.unknown-key": (
        '{place}kunci "{key}" tidak dikenal',
        '{place}unknown key "{key}"',
    ),
    "config.unknown-key-close": (
        '{place}kunci "{key}" tidak dikenal; maksud Anda "{close}"?',
        '{place}unknown key "{key}"; did you mean "{close}"?',
    ),
    "config.tool-table": (
        "{path}: tulis kuncinya di tingkat teratas, tanpa [tool.lkjaudit] (tabel "
        "itu untuk pyproject.toml)",
        "{path}: write the keys at the top level, without [tool.lkjaudit] (that "
        "table is for pyproject.toml)",
    ),
    "config.invalid-value": (
        "{where}: nilai tidak valid ({problem})",
        "{where}: {problem}",
    ),
    "config.rule-pack-missing": (
        "{where}: {pack} tidak ditemukan",
        "{where}: {pack} not found",
    ),
    "config.unknown-rule": (
        "{where}: aturan tidak dikenal (lihat 'lkjaudit rules')",
        "{where}: unknown rule (see 'lkjaudit rules')",
    ),
    "config.invalid-rule-option": (
        "{where}: options.{option}: nilai tidak valid ({problem})",
        "{where}: options.{option}: {problem}",
    ),
    "config.unknown-rule-or-tag": (
        "aturan atau tag '{pattern}' tidak dikenal (lihat 'lkjaudit rules')",
        "unknown rule or tag '{pattern}' (see 'lkjaudit rules')",
    ),
    "config.unknown-rule-or-tag-close": (
        "aturan atau tag '{pattern}' tidak dikenal; maksud Anda '{close}'?",
        "unknown rule or tag '{pattern}'; did you mean '{close}'?",
    ),
    "config.no-rule-selected": (
        "tidak ada aturan yang dijalankan: --select/--ignore (atau select/ignore di "
        "konfigurasi) menyisihkan semuanya (lihat 'lkjaudit rules')",
        "no rule left to run: --select/--ignore (or select/ignore in the "
        "configuration) leave out every rule (see 'lkjaudit rules')",
    ),
    # -------------------------------------------------------------------- baseline
    "baseline.not-found": (
        "{path}: berkas baseline tidak ditemukan",
        "{path}: baseline file not found",
    ),
    "baseline.cannot-read": (
        "{path}: baseline tidak dapat dibaca: {problem}",
        "{path}: cannot read the baseline: {problem}",
    ),
    "baseline.cannot-write": (
        "{path}: baseline tidak dapat ditulis: {problem}",
        "{path}: cannot write the baseline: {problem}",
    ),
    "baseline.invalid-json": (
        "{path}: bukan baseline lkjaudit: JSON tidak valid pada baris {line}",
        "{path}: not a lkjaudit baseline: invalid JSON at line {line}",
    ),
    "baseline.invalid": (
        "{path}: bukan baseline lkjaudit: {where}: {problem}",
        "{path}: not a lkjaudit baseline: {where}: {problem}",
    ),
    "baseline.whole-file": ("berkas", "file"),
    "baseline.schema-version": (
        "{path}: schema_version baseline {found} bukan {expected}; tulis ulang "
        "dengan --write-baseline",
        "{path}: baseline schema_version {found} is not {expected}; write it again "
        "with --write-baseline",
    ),
    "baseline.written": (
        "baseline ditulis: {count} temuan",
        "baseline written: {count} findings",
    ),
    "baseline.written-one": (
        "baseline ditulis: 1 temuan",
        "baseline written: 1 finding",
    ),
    "baseline.stale-one": (
        "1 entri baseline tidak lagi cocok (sudah diperbaiki, atau angkanya "
        "berubah); perbarui dengan --write-baseline:",
        "1 baseline entry no longer matches (fixed, or the figure changed); "
        "refresh with --write-baseline:",
    ),
    "baseline.stale": (
        "{count} entri baseline tidak lagi cocok (sudah diperbaiki, atau angkanya "
        "berubah); perbarui dengan --write-baseline:",
        "{count} baseline entries no longer match (fixed, or the figure changed); "
        "refresh with --write-baseline:",
    ),
    "baseline.entry": (
        "{source}: {rule} di {place} (seharusnya {expected}, tertulis {actual})",
        "{source}: {rule} at {place} (expected {expected}, actual {actual})",
    ),
    "baseline.document": ("dokumen", "document"),
    # ------------------------------------------------------------------ rule packs
    "rulepack.builtin-missing": (
        "paket aturan bawaan tidak ditemukan di {root}",
        "built-in rule packs not found at {root}",
    ),
    "rulepack.not-found": (
        "{path}: paket aturan tidak ditemukan",
        "{path}: rule pack not found",
    ),
    "rulepack.cannot-read": (
        "{path}: paket aturan tidak dapat dibaca: {problem}",
        "{path}: cannot read rule pack: {problem}",
    ),
    "rulepack.yaml-invalid": (
        "{where}: {line}YAML tidak valid ({problem})",
        "{where}: {line}not valid YAML ({problem})",
    ),
    "rulepack.not-a-pack": (
        "{where}: paket aturan harus berupa mapping dengan daftar 'rules'",
        "{where}: a rule pack is a mapping with a 'rules' list",
    ),
    "rulepack.unknown-key": (
        "{where}: kunci '{key}' tidak dikenal",
        "{where}: unknown key '{key}'",
    ),
    "rulepack.rules-not-a-list": (
        "{where}: 'rules' harus berupa daftar",
        "{where}: 'rules' must be a list",
    ),
    "rulepack.user-pack-empty": (
        "{where}: paket pengguna memerlukan 'rules' atau 'overrides'",
        "{where}: a user pack needs 'rules' or 'overrides'",
    ),
    "rulepack.defined-twice": (
        '{where}: aturan "{rule}" sudah didefinisikan di {other}',
        '{where}: rule "{rule}" is already defined in {other}',
    ),
    "rulepack.rule-not-a-mapping": (
        '{where}: aturan "{rule}": harus berupa mapping',
        '{where}: rule "{rule}": must be a mapping',
    ),
    "rulepack.missing-field": (
        '{where}: aturan "{rule}": field "{field}" wajib ada',
        '{where}: rule "{rule}": missing field "{field}"',
    ),
    "rulepack.unknown-field": (
        '{where}: aturan "{rule}": field "{field}" tidak dikenal',
        '{where}: rule "{rule}": unknown field "{field}"',
    ),
    "rulepack.invalid-field": (
        '{where}: aturan "{rule}": {field}: nilai tidak valid ({problem})',
        '{where}: rule "{rule}": {field}: {problem}',
    ),
    "rulepack.id-not-kebab-case": (
        "{where}: aturan \"{rule}\": id: harus kebab-case: huruf kecil, angka dan '-'",
        '{where}: rule "{rule}": id: must be kebab-case: lower case letters, '
        "digits and '-'",
    ),
    "rulepack.unknown-check": (
        '{where}: aturan "{rule}": check "{check}" tidak dikenal (yang dikenal: '
        "{known})",
        '{where}: rule "{rule}": unknown check "{check}" (known: {known})',
    ),
    "rulepack.invalid-option": (
        '{where}: aturan "{rule}": with.{option}: nilai tidak valid ({problem})',
        '{where}: rule "{rule}": with.{option}: {problem}',
    ),
    "rulepack.placeholder-not-a-name": (
        '{where}: aturan "{rule}": message.{lang}: placeholder {placeholder} '
        "bukan nama biasa",
        '{where}: rule "{rule}": message.{lang}: placeholder {placeholder} is not '
        "a plain name",
    ),
    "rulepack.unknown-placeholder": (
        '{where}: aturan "{rule}": message.{lang} memakai placeholder '
        "{placeholder} yang tidak dikenal; {check} menyediakan {provided}",
        '{where}: rule "{rule}": message.{lang} uses unknown placeholder '
        "{placeholder}; {check} provides {provided}",
    ),
    "rulepack.overrides-not-a-mapping": (
        "{where}: 'overrides' harus memetakan id aturan ke perubahannya",
        "{where}: 'overrides' maps rule ids to changes",
    ),
    "rulepack.override-unknown-field": (
        '{where}: overrides: aturan "{rule}": field "{field}" tidak dikenal',
        '{where}: overrides: rule "{rule}": unknown field "{field}"',
    ),
    "rulepack.override-invalid-field": (
        '{where}: overrides: aturan "{rule}": {field}: nilai tidak valid ({problem})',
        '{where}: overrides: rule "{rule}": {field}: {problem}',
    ),
    "rulepack.override-unknown-rule": (
        "{where}: overrides: aturan \"{rule}\" tidak dikenal (lihat 'lkjaudit rules')",
        "{where}: overrides: unknown rule \"{rule}\" (see 'lkjaudit rules')",
    ),
}
