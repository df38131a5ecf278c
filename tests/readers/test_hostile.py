"""Hostile and broken files: one clear line, exit code 2, fast, bounded memory.

The big and bomb files are made here at run time; none is committed.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES

FIXTURES = ROOT / "tests" / "readers" / "fixtures"
MB = 1024 * 1024


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _bomb(member: str) -> bytes:
    return _zip({"[Content_Types].xml": b"<Types/>", member: b"\0" * (20 * MB)})


def _lying(path: Path) -> bytes:
    """A real DOCX whose document part claims to unpack to 1 000 bytes."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        local = archive.getinfo("word/document.xml").header_offset
    # NOTE: the local header and the central directory both carry the size
    struct.pack_into("<I", data, local + 22, 1000)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_len] == b"word/document.xml":
            struct.pack_into("<I", data, central + 24, 1000)
        central = data.find(b"PK\x01\x02", central + 4)
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        assert archive.getinfo("word/document.xml").file_size == 1000
    return bytes(data)


def _ole2(streams: str) -> bytes:
    return (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + streams.encode("utf-16-le")
    )


def _odt() -> bytes:
    return _zip(
        {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}
    )


def _ods() -> bytes:
    return _zip(
        {
            "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
            "content.xml": b"<table:table-row/>" * 200,
        }
    )


# name: (file name, its bytes, the error in English, the error in Bahasa Indonesia)
CASES = {
    "docx-zip-bomb": (
        "laporan.docx",
        lambda: _bomb("word/document.xml"),
        "possible zip bomb",
        "mungkin bom zip",
    ),
    "xlsx-zip-bomb": (
        "tabel.xlsx",
        lambda: _bomb("xl/worksheets/sheet1.xml"),
        "possible zip bomb",
        "mungkin bom zip",
    ),
    "docx-lying-sizes": (
        "laporan.docx",
        lambda: _lying(SAMPLES / "sukamaju-2023.docx"),
        "damaged DOCX file",
        "berkas DOCX rusak",
    ),
    "docx-not-a-zip": (
        "laporan.docx",
        lambda: b"Laporan Kinerja 2024\n",
        "not a DOCX file",
        "bukan berkas DOCX",
    ),
    "xlsx-not-a-zip": (
        "tabel.xlsx",
        lambda: b"No;Uraian;Pagu\n1;A;100\n",
        "not an XLSX file",
        "bukan berkas XLSX",
    ),
    "docx-damaged-zip": (
        "laporan.docx",
        lambda: b"PK\x03\x04" + os.urandom(3000),
        "damaged DOCX file",
        "berkas DOCX rusak",
    ),
    "doc-97-2003": (
        "laporan.doc",
        lambda: _ole2("WordDocument"),
        "Word 97-2003 document",
        "dokumen Word 97-2003",
    ),
    "docx-with-password": (
        "laporan.docx",
        lambda: _ole2("EncryptionInfo EncryptedPackage"),
        "password-protected Office file",
        "berkas Office yang dilindungi kata sandi",
    ),
    "csv": (
        "realisasi.csv",
        lambda: b"No,Program,Anggaran,Realisasi\n1,Program A,100,90\n",
        ": a CSV file (one sheet of cells, without its report); save the workbook "
        "as .xlsx, or check the report as .docx, .pdf or text\n",
        ": berkas CSV (satu lembar tabel, tanpa laporannya); simpan lembar kerjanya "
        "sebagai .xlsx, atau periksa laporannya dalam .docx, .pdf atau teks\n",
    ),
    "odt": (
        "laporan.odt",
        _odt,
        ": an OpenDocument text document (.odt); save it as .docx\n",
        ": dokumen OpenDocument (.odt); simpan sebagai .docx\n",
    ),
    # NOTE: the "mimetype" member says what it is, content.xml or not
    "ods-named-by-its-mimetype": (
        "tabel.ods",
        lambda: _zip(
            {
                "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                "META-INF/manifest.xml": b"<manifest/>",
            }
        ),
        ": an OpenDocument spreadsheet (.ods); save it as .xlsx\n",
        ": lembar kerja OpenDocument (.ods); simpan sebagai .xlsx\n",
    ),
    "odp": (
        "paparan.odp",
        lambda: _zip(
            {
                "mimetype": b"application/vnd.oasis.opendocument.presentation",
                "content.xml": b"<x/>",
            }
        ),
        ": an OpenDocument file; save a document as .docx, tables as .xlsx\n",
        ": berkas OpenDocument; simpan dokumen sebagai .docx, tabel sebagai .xlsx\n",
    ),
    # NOTE: named .odt or .ods, a damaged archive or no archive at all is refused
    # as the OpenDocument file it was meant to be, not as a ZIP nor read as text
    "odt-damaged-zip": (
        "laporan.odt",
        lambda: b"PK\x03\x04" + os.urandom(3000),
        ": damaged OpenDocument text document (.odt; not a readable ZIP archive); "
        "lkjaudit reads .docx, not .odt\n",
        ": dokumen OpenDocument (.odt) rusak (bukan arsip ZIP yang dapat dibaca); "
        "lkjaudit membaca .docx, bukan .odt\n",
    ),
    "ods-truncated": (
        "tabel.ods",
        lambda: _ods()[: len(_ods()) // 2],
        ": damaged OpenDocument spreadsheet (.ods; not a readable ZIP archive); "
        "lkjaudit reads .xlsx, not .ods\n",
        ": lembar kerja OpenDocument (.ods) rusak (bukan arsip ZIP yang dapat "
        "dibaca); lkjaudit membaca .xlsx, bukan .ods\n",
    ),
    "odt-not-a-zip": (
        "laporan.odt",
        lambda: b"Laporan Kinerja 2024\nCapaian kinerja 90%\n",
        ": not an OpenDocument text document (named .odt, but not a ZIP archive)\n",
        ": bukan dokumen OpenDocument (bernama .odt, tetapi bukan arsip ZIP)\n",
    ),
    "ods-not-a-zip": (
        "tabel.ods",
        lambda: b"No;Uraian;Pagu\n1;A;100\n",
        ": not an OpenDocument spreadsheet (named .ods, but not a ZIP archive)\n",
        ": bukan lembar kerja OpenDocument (bernama .ods, tetapi bukan arsip ZIP)\n",
    ),
    "epub-is-no-opendocument": (
        "buku.epub",
        lambda: _zip({"mimetype": b"application/epub+zip", "content.opf": b"<x/>"}),
        ": a ZIP archive that is neither a DOCX nor an XLSX file\n",
        ": arsip ZIP yang bukan DOCX maupun XLSX\n",
    ),
    "pdf-garbage": (
        "laporan.pdf",
        lambda: b"%PDF-1.4\n" + os.urandom(4000),
        "damaged PDF file",
        "berkas PDF rusak",
    ),
    "pdf-not-a-pdf": (
        "laporan.pdf",
        lambda: b"Laporan Kinerja\n",
        "not a PDF file",
        "bukan berkas PDF",
    ),
    "empty-pdf": ("laporan.pdf", lambda: b"", "empty file", "berkas kosong"),
    "empty-xlsx": ("tabel.xlsx", lambda: b"", "empty file", "berkas kosong"),
    "text-cp1252": (
        "laporan.txt",
        lambda: "Laporan Kinerja \u2013 caf\xe9\n".encode("cp1252"),
        "not UTF-8",
        "bukan teks UTF-8",
    ),
    "text-utf16": (
        "laporan.txt",
        lambda: "Laporan Kinerja\n".encode("utf-16"),
        "UTF-16 text",
        "teks UTF-16",
    ),
    "yaml-alias-bomb": (
        "laporan.yaml",
        lambda: (
            b"lkjaudit-report: 1\na: &a [x, x, x, x, x, x, x, x, x]\n"
            + b"".join(
                f"{chr(98 + k)}: &{chr(98 + k)} [*{chr(97 + k)}, *{chr(97 + k)}, *{chr(97 + k)}]\n".encode()
                for k in range(20)
            )
        ),
        "YAML anchors and aliases are not allowed",
        "anchor dan alias YAML tidak diperbolehkan",
    ),
}


def _run_here(
    capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run the CLI entry point in this process (faster than a new one)."""
    from lkjaudit.cli import main

    start = time.perf_counter()
    with pytest.raises(SystemExit) as done:
        main(list(args))
    seconds = time.perf_counter() - start
    out, err = capsys.readouterr()
    code = done.value.code if isinstance(done.value.code, int) else 1
    return subprocess.CompletedProcess(list(args), code, out, err), seconds


def _run(*args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run ``python -m lkjaudit`` in a new process."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "lkjaudit", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    return proc, time.perf_counter() - start


# run lkjaudit from a small process of its own and print the peak memory (KiB) of
# that child alone
_PEAK = """\
import resource, subprocess, sys
subprocess.run([sys.executable, "-m", "lkjaudit", *sys.argv[1:]],
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _peak_kib(*args: str) -> int:
    """The peak memory (KiB on Linux) of one ``python -m lkjaudit`` process.

    Not read from this process's children: a process forked from pytest starts out
    with pytest's own pages counted (hundreds of MB late in a full run), and
    Linux keeps that mark across ``exec``. A small Python in between forks
    lkjaudit from its own few MB and reports that child's peak.
    """
    proc = subprocess.run(
        [sys.executable, "-c", _PEAK, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=90,
    )
    return int(proc.stdout)


def _one_clear_line(proc: subprocess.CompletedProcess[str], message: str) -> None:
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("lkjaudit: ") and message.strip() in lines[0]
    if message.endswith("\n"):  # ": the whole message\n", after the file's name
        assert lines[0].endswith(message.rstrip("\n"))
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    name, make, english, indonesian = CASES[case]
    path = tmp_path / name
    path.write_bytes(make())
    proc, seconds = _run_here(capsys, "check", str(path))
    _one_clear_line(proc, indonesian)
    assert seconds < 5
    proc, _ = _run_here(capsys, "extract", str(path), "--lang", "en")
    _one_clear_line(proc, english)


@pytest.mark.parametrize("case", ["docx-zip-bomb", "docx-lying-sizes", "pdf-garbage"])
def test_hostile_file_from_the_command_line(tmp_path: Path, case: str) -> None:
    name, make, _, indonesian = CASES[case]
    path = tmp_path / name
    path.write_bytes(make())
    proc, seconds = _run("check", str(path))
    _one_clear_line(proc, indonesian)
    assert seconds < 10


def test_a_200_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "besar.pdf"
    with path.open("wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(200 * MB)  # sparse: costs no disk and no time
    proc, seconds = _run("check", str(path))
    _one_clear_line(
        proc,
        "ukuran berkas 200,0 MB, melebihi batas 50 MB (naikkan dengan --max-size)",
    )
    assert seconds < 5


def test_unpacked_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "foto.docx"
    data = _zip(
        {
            "word/document.xml": b"<w:document/>",
            "word/media/foto.jpg": os.urandom(3 * MB),
        }
    )
    path.write_bytes(data)
    proc, _ = _run("check", str(path), "--max-unpacked", "1", "--lang", "en")
    _one_clear_line(
        proc,
        "DOCX unpacks to 3 MB, above the 1 MB limit (raise it with --max-unpacked)",
    )


def test_memory_stays_bounded_on_bombs(tmp_path: Path) -> None:
    for member, name in (
        ("word/document.xml", "a.docx"),
        ("xl/worksheets/sheet1.xml", "b.xlsx"),
    ):
        path = tmp_path / name
        path.write_bytes(_bomb(member))
        assert _peak_kib("check", str(path)) < 400 * 1024, name
    path = tmp_path / "c.docx"
    path.write_bytes(_lying(SAMPLES / "sukamaju-2023.docx"))
    assert _peak_kib("check", str(path)) < 400 * 1024


@pytest.mark.parametrize(
    "path",
    [
        SAMPLES / "pasirian-tw2-2024.docx",
        SAMPLES / "pasirian-tw2-2024.xlsx",
        SAMPLES / "pasirian-tw2-2024.pdf",
        FIXTURES / "mekarsari-2024.xlsx",
    ],
    ids=lambda p: p.name,
)
def test_reading_never_modifies_the_input(path: Path) -> None:
    from lkjaudit.readers import load_report
    from lkjaudit.readers.data import extract

    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    load_report(str(path))
    extract(str(path))
    after = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    assert before == after


@pytest.mark.parametrize(
    "name", ["sukamaju-2023.docx", "sukamaju-2023.xlsx", "sukamaju-2023.pdf"]
)
def test_mutated_files_read_or_fail_with_an_input_error(
    tmp_path: Path, name: str
) -> None:
    """Bytes flipped and files cut short: never anything but a report or InputError."""
    import random

    from lkjaudit.errors import InputError
    from lkjaudit.readers import load_report

    rng = random.Random(name)  # NOTE: deterministic: the same mutations every run
    data = (SAMPLES / name).read_bytes()
    outcomes = {"read": 0, "refused": 0}
    for k in range(25):
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        if k % 5 == 4:
            mutated = mutated[: rng.randrange(len(mutated))]
        path = tmp_path / f"mutated-{k}{Path(name).suffix}"
        path.write_bytes(bytes(mutated))
        try:
            load_report(str(path))
            outcomes["read"] += 1
        except InputError as exc:
            assert "\n" not in str(exc)
            outcomes["refused"] += 1
    assert outcomes["refused"] > 0  # the mutations do break files
