"""Office files as archives: what a ZIP holds, and whether it is safe to unpack.

DOCX and XLSX files are ZIP archives. Before a reader hands one to python-docx or
openpyxl, :func:`open_office_zip` reads only the archive's central directory and
refuses damaged archives, encrypted members, too many members, and members whose
declared uncompressed size is over the limit or implausibly compressed (a "zip
bomb"). Python's :mod:`zipfile` never inflates a member past its declared size (it
fails the CRC check instead), so the declared sizes bound the memory used.

Old binary Office files (Word/Excel 97-2003) and password-protected DOCX/XLSX files
are OLE2 compound files, not ZIPs; :func:`ole2_kind` tells them apart for the error.
"""

from __future__ import annotations

import io
import zipfile

from lkjaudit.errors import InputError, Message
from lkjaudit.readers.limits import MB, Limits

__all__ = ["OLE2_MAGIC", "ole2_kind", "open_office_zip", "zip_kind"]

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_MEMBERS = 10_000
_BOMB_RATIO = 200  # NOTE: XML compresses 10-30x; 200x over 1 MB is not a document


def zip_kind(data: bytes) -> str | None:
    """What a ZIP archive is: ``docx``, ``xlsx``, ``odf-*``, ``zip`` or None.

    ``odf-text``, ``odf-spreadsheet`` and ``odf`` are OpenDocument files (a text
    document, a spreadsheet, another kind), ``zip`` another archive, None a
    damaged one.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = _mimetype(archive) if "mimetype" in names else b""
    except Exception:  # NOTE: BadZipFile, NotImplementedError (odd versions) …
        return None
    if "word/document.xml" in names or any(n.startswith("word/") for n in names):
        return "docx"
    if "xl/workbook.xml" in names or any(n.startswith("xl/") for n in names):
        return "xlsx"
    # NOTE: an OpenDocument package names its type in its "mimetype" member
    # (application/vnd.oasis.opendocument.text, ….spreadsheet, …), whatever else
    # it holds
    kind = mimetype.removeprefix(b"application/vnd.oasis.opendocument.")
    if kind != mimetype:
        return {b"text": "odf-text", b"spreadsheet": "odf-spreadsheet"}.get(kind, "odf")
    if mimetype and "content.xml" in names:
        return "odf"
    return "zip"


def _mimetype(archive: zipfile.ZipFile) -> bytes:
    """The start of an archive's "mimetype" member (a short line), or b"" unread."""
    try:
        with archive.open("mimetype") as member:
            return member.read(128).strip()
    except Exception:  # NOTE: encrypted, damaged or oddly compressed member
        return b""


def ole2_kind(data: bytes) -> str:
    """What an OLE2 compound file is: ``encrypted``, ``doc``, ``xls`` or ``ole2``."""
    # NOTE: stream names in an OLE2 directory are UTF-16LE; a password-protected
    # OOXML file is an OLE2 file holding an "EncryptedPackage" stream (MS-OFFCRYPTO).
    if "EncryptedPackage".encode("utf-16-le") in data:
        return "encrypted"
    if "WordDocument".encode("utf-16-le") in data:
        return "doc"
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "xls"
    return "ole2"


def open_office_zip(
    source: str, data: bytes, limits: Limits, kind: str
) -> zipfile.ZipFile:
    """Open a DOCX/XLSX archive after checking its directory; InputError if unsafe."""
    name = kind.upper()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # NOTE: BadZipFile, NotImplementedError (odd versions) …
        raise InputError(source, Message("input.zip-damaged", kind=name)) from None
    infos = archive.infolist()
    if len(infos) > _MAX_MEMBERS:
        raise InputError(
            source, Message("input.zip-members", kind=name, count=len(infos))
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise InputError(source, Message("input.zip-encrypted", kind=name))
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MB and ratio > _BOMB_RATIO:
            raise InputError(
                source,
                Message("input.zip-bomb", kind=name, member=info.filename, ratio=ratio),
            )
    if total > limits.max_unpacked_bytes:
        raise InputError(
            source,
            Message(
                "input.zip-too-large",
                kind=name,
                size=total / MB,
                limit=limits.max_unpacked_bytes / MB,
            ),
        )
    return archive
