"""Normalising names of programs, kegiatan and sub kegiatan (pure functions).

Reports spell the same name with small variations: case, markup, spacing around
``/`` and ``-``, "Pemerintah"/"Pemerintahan", "Ketentraman"/"Ketenteraman",
"fasilitas"/"fasilitasi", "Efektifitas"/"Efektivitas", "Cetak"/"Cetakan".
:func:`canon` removes the variations that never change the meaning.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lkjaudit.model.lazyre import lazy

__all__ = [
    "CONTINUATION",
    "STOP",
    "canon",
    "code_level",
    "continued",
    "key",
    "split_code",
]

_WORD_FORMS = {
    "pemerintahan": "pemerintah",
    "ketenteraman": "ketentraman",
    "fasilitasi": "fasilitas",
    "efektivitas": "efektifitas",
    "prgram": "program",
    "progam": "program",
    "porgram": "program",
    "cetakan": "cetak",
    "perdesaan": "pedesaan",
}
STOP = frozenset(
    {"dan", "di", "pada", "yang", "dalam", "serta", "atau", "untuk", "oleh", "ke"}
)


# an official code written before a name: program 6.01.02, kegiatan 6.01.02.2.01,
# sub kegiatan 6.01.02.2.01.0003 (urusan and bidang may be "X" in a shared program)
_CODE = lazy(
    r"^\W*?((?:\d{1,2}|x)\.(?:\d{2}|xx)\.\d{2}(?:\.\d\.\d{2}(?:\.\d{4})?)?)"
    r"(?:\s*[-–:.]\s*|\s+)(?=\S)",
    re.IGNORECASE,
)
_CODE_LEVELS = {3: "program", 5: "kegiatan", 6: "sub_kegiatan"}


def split_code(name: str) -> tuple[str | None, str]:
    """The official code a name starts with (if any), and the name after it."""
    match = _CODE.match(name)
    if match is None:
        return None, name
    return match.group(1), name[match.end() :]


def code_level(code: str) -> str | None:
    """The level an official code names, by how many parts it has.

    ``program`` (6.01.02), ``kegiatan`` (6.01.02.2.01), ``sub_kegiatan``
    (6.01.02.2.01.0003); None for any other shape.
    """
    return _CODE_LEVELS.get(code.count(".") + 1)


_NAME_MARKUP = lazy(r"</?\w+>|\*\*|__")
_WORD = lazy(r"[0-9a-z]+")


@lru_cache(maxsize=16384)
def canon(name: str) -> str:
    """A name with the variations that never change its meaning removed.

    A leading official code (``6.01.02.2.01 Penyelenggaraan …``) is one of them:
    the name is the same with or without it.
    """
    text = split_code(name)[1]
    if "<" in text or "*" in text or "_" in text:  # NOTE: markup is rare
        text = _NAME_MARKUP.sub("", text)
    forms = _WORD_FORMS
    return " ".join([forms.get(w, w) for w in _WORD.findall(text.lower())])


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """:func:`canon` without the small words: what two names are compared on.

    Memoised: a row's name is keyed by the tree's lookup, again when tables are
    linked and by the rules, and the same names recur from table to table.
    """
    return " ".join([w for w in canon(name).split() if w not in STOP])


# the words that say a table goes on from an earlier part of it
CONTINUATION = r"(?:lanjutan|sambungan|continued)"
_CONTINUATION = CONTINUATION + r"\b"
# NOTE: a table continued by hand says so in brackets ("Tabel 3.4 (lanjutan)"), at
# the start ("Lanjutan Tabel 3.4", "(lanjutan)" alone), right after the number
# ("Tabel 3.4 Lanjutan") or after a dash at the end ("… Tahun 2024 - lanjutan"); a
# word of the title is none ("Pembangunan Jembatan Lanjutan", "Pendidikan Lanjutan")
_CONTINUED = lazy(
    rf"[(\[]\s*{_CONTINUATION}|^\W{{0,4}}{_CONTINUATION}"
    r"|\b(?:tabel|table)\s+(?:\d+|(?-i:[IVXLC]+))(?:\s*[.\-]\s*\d+)*\.?\s*[:\-–—]?\s*"
    rf"{_CONTINUATION}|[-–—:]\s*{_CONTINUATION}\W*$",
    re.IGNORECASE,
)


def continued(caption: str) -> bool:
    """Whether a caption says its table continues one split by hand.

    "Tabel 3.4 (lanjutan)", "Lanjutan Tabel 3.4", "Tabel 3.4 Lanjutan", "(lanjutan)";
    not "Tabel 3.5 Realisasi Pembangunan Jembatan Lanjutan", a table of its own.
    """
    return _CONTINUED.search(caption) is not None
