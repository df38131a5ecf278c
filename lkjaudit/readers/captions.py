"""Captions and notes: which paragraph names a table, which line is about its figures.

Every reader (text, Markdown, DOCX, XLSX, PDF) cuts its file into paragraphs and
tables in reading order; the functions here decide, the same way for all of them,

* the **caption** of a table: the paragraph just above it, or the one above a short
  note printed between the two (a scale note "(dalam ribuan rupiah)", a source line
  "Sumber: Bagian Keuangan", "Keterangan: …", "(lanjutan)"), or, when nothing above
  names the table, a numbered caption printed just below it that stands above no
  other table (:func:`caption_above`, :func:`caption_below`);
* the **note** of a table: a scale note between its caption and it, just below it,
  or just above its caption (:func:`note_below`, :func:`caption_above`).

What counts as naming a table differs by format (the Caption style in Word, bold
only in a PDF or a sheet), so each reader passes its own ``names`` test; a numbered
caption ("Tabel 3.2 …") names a table in every format.

A sequence of items here is a list of :class:`Paragraph` and tables: anything that
is not a paragraph is a table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from lkjaudit.analysis.scale import is_scale_note
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.names import CONTINUATION, continued
from lkjaudit.model.report import Paragraph

__all__ = [
    "caption_above",
    "caption_below",
    "caption_info",
    "caption_under",
    "captions_stand_below",
    "is_heading",
    "is_note",
    "is_separator",
    "is_title_line",
    "names_table",
    "note_below",
    "note_between",
    "refers_back",
    "section_of",
    "untitled_label",
]

Names = Callable[[Paragraph], bool]

# NOTE: "Lanjutan Tabel 3.4 …", "Sambungan Tabel 3.4", "(Lanjutan) Tabel 3.4": a
# continued table names its number after the word that says so
_CAPTION = lazy(
    rf"^\W{{0,4}}(?:{CONTINUATION}\W{{0,3}}\s*:?\s*)?(?:tabel|table)\s+"
    r"((?:[0-9]+|[IVXLC]+)(?:\s*[.\-]\s*[0-9]+)*)\.?(?=\s|$|:)\s*:?\s*(.*)$",
    re.IGNORECASE,
)

_MARKUP = lazy(r"</?(?:i|b|em|strong|u|sup|sub|br\s*/?)>|\*\*|__", re.IGNORECASE)


def caption_info(text: str) -> tuple[str | None, str]:
    """Return (table number, caption text) from a caption paragraph."""
    clean = re.sub(r"\s+", " ", _MARKUP.sub("", text)).strip().lstrip("•●◦▪-* ").strip()
    match = _CAPTION.match(clean)
    if match:
        number = re.sub(r"\s+", "", match.group(1)).replace("-", ".")
        return number, clean
    return None, clean


_HEADING = lazy(
    r"^(?:#{1,6}\s|bab\s+[ivx\d]+\b|lampiran\b|tabel\s"
    r"|(?-i:\d+(?:\.\d+)*\.?\s+[A-Z]))",  # "3.1 Capaian", not "12 orang dan …"
    re.IGNORECASE,
)


def is_heading(paragraph: Paragraph) -> bool:
    """A heading, a caption or a bold title: what the tables below it stand under."""
    text = paragraph.text.strip()
    if not text or len(text) > 200:
        return False
    if paragraph.bold or _HEADING.match(text):
        return True
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def section_of(paragraph: Paragraph) -> str | None:
    """The section a paragraph opens, or None: a heading that is not a caption.

    A heading, a bold title or an upper-case line ("2.2. PERJANJIAN KINERJA",
    "LAMPIRAN PERJANJIAN KINERJA TAHUN 2024") is what the tables after it stand
    under, until the next one; a numbered caption ("Tabel 3.2 …") names only its
    own table.
    """
    if not is_heading(paragraph) or caption_info(paragraph.text)[0]:
        return None
    return " ".join(paragraph.text.lstrip("#").split())


_WORD = lazy(r"[A-Za-z]{2,}")
# NOTE: what a table's title starts with; a photo caption or a sentence left without
# its full stop ("Rapat koordinasi hari Jumat …") does not name a table
_TITLE_START = lazy(
    r"(?:realisasi|capaian|pengukuran|perbandingan|rekapitulasi|rekap|rincian|daftar"
    r"|data|jumlah|target|anggaran|alokasi|pagu|komposisi|kondisi|indikator|matriks"
    r"|perjanjian|belanja|pendapatan|efisiensi|evaluasi|analisis|profil|sebaran)\b",
    re.IGNORECASE,
)


def is_title_line(paragraph: Paragraph) -> bool:
    """A plain line that names the table below it, though neither numbered nor bold.

    "Realisasi Anggaran menurut Jenis Belanja Tahun 2023": one line of at most 150
    characters and three words, starting with a capital and with a word tables are
    titled by (Realisasi, Capaian, Data, Daftar, Rekapitulasi …), ending without the
    punctuation of a sentence or a lead-in ("… sebagai berikut:"). A heading is not
    one: it opens a section (:func:`section_of`) that the table stands under.
    """
    text = paragraph.text.strip()
    if "\n" in text or len(text) > 150 or is_heading(paragraph):
        return False
    if not text[:1].isupper() or text.endswith((".", ":", ";", ",", "!", "?")):
        return False
    return len(_WORD.findall(text)) >= 3 and _TITLE_START.match(text) is not None


def names_table(paragraph: Paragraph) -> bool:
    """Whether a paragraph just above a table, without a number, is its caption."""
    return paragraph.bold or is_title_line(paragraph)


def untitled_label(ordinal: int, section: str | None) -> str:
    """The label of a table without a caption: its place, and its section if any.

    ``Tabel ke-3 (BAB III …)``: data, the same under every ``--lang`` (JSON
    ``location.table``); the reporters word it in English for ``--lang en``
    (:func:`lkjaudit.reporters.base.table_title`).
    """
    label = f"Tabel ke-{ordinal}"
    return f"{label} ({_short(section)})" if section else label


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def is_note(paragraph: Paragraph) -> bool:
    """A line about a table's figures ("(dalam jutaan rupiah)"), not its caption."""
    text = paragraph.text
    return (
        is_scale_note(text)
        and caption_info(text)[0] is None
        and not names_table(paragraph)
    )


# NOTE: a line printed between a caption and its table that says where the figures
# come from or how to read them; it names no table
_SEPARATOR = lazy(
    r"^\W{0,3}(?:sumber(?:\s+data)?|ket(?:erangan)?|catatan|note|notes|source)\s*[:.]"
    rf"|^\W{{0,3}}{CONTINUATION}\W{{0,3}}$",
    re.IGNORECASE,
)
# NOTE: a note that opens with "Ket:", "Sumber:" or "Catatan:" is written under the
# table it explains; a bare "(dalam ribuan rupiah)" may head the next one
_TRAILING = lazy(r"^\W{0,3}(?:ket(?:erangan)?|sumber|catatan)\b", re.IGNORECASE)
# NOTE: "Tabel 3.2 menunjukkan …", "Tabel 3.2 di atas …": a sentence about a table
_SENTENCE = lazy(
    r"[.!?:;,]$|\b(?:menunjukkan|memperlihatkan|menggambarkan|menyajikan|di\s+atas"
    r"|di\s+bawah|berikut|tersebut|dapat|adalah|merupakan)\b",
    re.IGNORECASE,
)


def is_separator(paragraph: Paragraph) -> bool:
    """A short line between a caption and its table: a note, a source, "(lanjutan)".

    "(dalam ribuan rupiah)", "Sumber: Bagian Keuangan", "Keterangan: data
    sementara", "(lanjutan)": one line of at most 200 characters, no numbered
    caption itself.
    """
    text = paragraph.text.strip()
    if not text or "\n" in text or len(text) > 200 or caption_info(text)[0]:
        return False
    return is_note(paragraph) or _SEPARATOR.match(text) is not None


def _bare_number(paragraph: Paragraph) -> bool:
    """A caption that is only its number ("Tabel 3.2"): its title is the next line."""
    clean = re.sub(r"\s+", " ", _MARKUP.sub("", paragraph.text)).strip()
    match = _CAPTION.match(clean.lstrip("•●◦▪-* ").strip())
    return match is not None and not match.group(2).strip(" .:-–—")


def _title_under(paragraph: Paragraph) -> bool:
    """A line that can be the title under a bare "Tabel 3.2": short, no sentence."""
    text = paragraph.text.strip()
    return (
        bool(text)
        and "\n" not in text
        and len(text) <= 200
        and not text.endswith((".", ":", ";"))
        and caption_info(text)[0] is None
        and not is_separator(paragraph)
    )


def _joined(number: Paragraph, title: Paragraph) -> Paragraph:
    return replace(number, text=f"{number.text} {title.text}")


def _paragraph(items: Sequence[object], k: int) -> Paragraph | None:
    if 0 <= k < len(items):
        item = items[k]
        if isinstance(item, Paragraph):
            return item
    return None


def _is_table(items: Sequence[object], k: int) -> bool:
    return 0 <= k < len(items) and not isinstance(items[k], Paragraph)


def _heads_table(items: Sequence[object], k: int) -> bool:
    """Whether the paragraph at ``k`` is a numbered caption just above a table.

    NOTE: numbered only: a bold line there may be the heading of a new section.
    """
    paragraph = _paragraph(items, k)
    return (
        paragraph is not None
        and _is_table(items, k + 1)
        and bool(caption_info(paragraph.text)[0])
    )


def _note_of_table_above(items: Sequence[object], k: int) -> bool:
    """Whether the note at ``k``, just below a table, is that table's.

    Not when a table follows it directly, nor when it stands above the numbered
    caption of the next table, unless it opens like a note under a table ("Ket:
    dalam Rp. 000", "Sumber: …").
    """
    note = _paragraph(items, k)
    if note is None or not _is_table(items, k - 1) or _is_table(items, k + 1):
        return False
    return bool(_TRAILING.match(note.text.strip())) or not _heads_table(items, k + 1)


# NOTE: "Tabel 3.1 di atas menunjukkan …", "Tabel 3.1 tersebut …": a sentence about
# a table read before, not the caption of the one below it
_BACK = lazy(
    r"^\W{0,4}(?:tabel|table)\s+(?:[0-9]+|[IVXLC]+)(?:\s*[.\-]\s*[0-9]+)*\.?,?\s+"
    r"(?:di\s+atas|tersebut|sebelumnya|terdahulu)\b",
    re.IGNORECASE,
)


# NOTE: "Tabel 3.1 menunjukkan …", "Tabel 3.1 memperlihatkan bahwa …": the number
# followed by what the table shows, a sentence rather than a title
_ABOUT = lazy(
    r"^,?\s*(?:ini\s+|juga\s+)?(?:menunjukkan|memperlihatkan|menggambarkan|menyajikan"
    r"|menjelaskan|memuat|berisi|mencatat|merinci|mencerminkan|terlihat|tampak"
    r"|dapat|adalah|merupakan|ialah)\b",
    re.IGNORECASE,
)


def refers_back(paragraph: Paragraph, before: str | None = None) -> bool:
    """A sentence about a table above it ("Tabel 3.1 di atas menunjukkan …").

    With ``before``, the number of the table just above, also a sentence that names
    that number and goes on with what the table shows ("Tabel 3.1 menunjukkan …"):
    the next table's caption would not repeat its number.
    """
    text = _MARKUP.sub("", paragraph.text).strip()
    if _BACK.match(text) is not None:
        return True
    if before is None:
        return False
    match = _CAPTION.match(re.sub(r"\s+", " ", text))
    if match is None or continued(text):
        return False
    number = re.sub(r"\s+", "", match.group(1)).replace("-", ".")
    return number == before and _ABOUT.match(match.group(2)) is not None


def caption_above(
    items: Sequence[object], k: int, names: Names, before: str | None = None
) -> tuple[Paragraph | None, str | None]:
    """The paragraph that may caption the table at ``k``, and its note.

    The paragraph just above the table; or, when that is a note or a source line
    (:func:`is_separator`) and the one above it names the table, that one. The note
    is a scale note between the caption and the table, or one just above a
    numbered caption that is not the note of the table above it. The caller
    still decides whether the paragraph returned names the table. ``before`` is
    the number of the table just above, if any (:func:`refers_back`).
    """
    last = _paragraph(items, k - 1)
    if last is None or refers_back(last, before):
        return None, None
    second = _paragraph(items, k - 2)
    if is_note(last):
        # NOTE: "(dalam ribuan rupiah)" between the caption and the table
        third = _paragraph(items, k - 3)
        if (
            second is not None
            and third is not None
            and _bare_number(third)
            and _title_under(second)
        ):
            return _joined(third, second), last.text
        return second, last.text
    if (
        second is not None
        and is_separator(last)
        and not names(last)
        and (caption_info(second.text)[0] or names(second))
    ):
        # NOTE: "Sumber: …" between the caption and the table; "(lanjutan)" there
        # is kept with the caption, which continues an earlier table
        if continued(last.text) and not continued(second.text):
            return replace(second, text=f"{second.text} {last.text}"), None
        return second, None
    if second is not None and _bare_number(second) and _title_under(last):
        # NOTE: a caption over two lines, "Tabel 3.2" and its title under it
        return _joined(second, last), None
    if (
        second is not None
        and is_note(second)
        and caption_info(last.text)[0]
        and not _note_of_table_above(items, k - 2)
    ):
        return last, second.text  # NOTE: "(dalam ribuan rupiah)" above the caption
    return last, None


def caption_below(items: Sequence[object], k: int) -> Paragraph | None:
    """A numbered caption printed just below the table at ``k``, or None.

    Directly below it or below a note or source line under it, and standing above
    no other table (not followed by a table, nor by a note or a lead-in "…:" and
    then a table): such a caption is the next table's. Only for a table that
    nothing above names; "Tabel 3.4 (lanjutan)" continues a table and names none,
    and a sentence about a table ("Tabel 3.2 menunjukkan …", one ending in a full
    stop) is no caption.
    """
    at = k + 1
    first = _paragraph(items, at)
    if first is not None and is_separator(first) and not caption_info(first.text)[0]:
        at += 1
    caption = _paragraph(items, at)
    if caption is None or not caption_info(caption.text)[0] or len(caption.text) > 400:
        return None
    text = caption.text.strip()
    if "\n" in text or continued(text) or _SENTENCE.search(text):
        return None
    if _is_table(items, at + 1):
        return None
    after = _paragraph(items, at + 1)
    if (
        after is not None
        and _bare_number(caption)
        and _title_under(after)
        and _is_table(items, at + 2)
    ):
        return None  # NOTE: "Tabel 3.2" over the title of the next table
    if (
        after is not None
        and (is_separator(after) or after.text.rstrip().endswith(":"))
        and _is_table(items, at + 2)
    ):
        return None
    return caption


def note_below(items: Sequence[object], k: int) -> str | None:
    """The scale note printed just below the table at ``k``, or None.

    "Keterangan: dalam ribuan rupiah" under a table; not one that stands just above
    the next table or above its numbered caption (that table's), unless it opens
    like a note under a table ("Ket:", "Sumber:", "Catatan:").
    """
    note = _paragraph(items, k + 1)
    if note is None or not is_note(note) or not _note_of_table_above(items, k + 1):
        return None
    return note.text


# ----------------------------------------------------- a document's caption layout


def _first_line(item: object) -> int | None:
    if isinstance(item, Paragraph):
        return item.line
    line = getattr(item, "line_start", None)
    return line if isinstance(line, int) else None


def _last_line(item: object) -> int | None:
    if isinstance(item, Paragraph):
        return item.line_end if item.line_end is not None else item.line
    line = getattr(item, "line_end", None)
    return line if isinstance(line, int) else None


def _gap(items: Sequence[object], a: int, b: int) -> int | None:
    """The lines (blank lines, empty paragraphs, sheet rows) between two items."""
    pages = {
        getattr(items[n], key, None) for n in (a, b) for key in ("page", "page_start")
    }
    if len(pages - {None}) > 1:
        return None  # NOTE: a page break between them: no distance to compare
    end, start = _last_line(items[a]), _first_line(items[b])
    if end is None or start is None:
        return None
    return start - end - 1


def _numbered(paragraph: Paragraph | None) -> bool:
    """A numbered caption that may name a table.

    One line, neither a continuation ("Tabel 3.4 (lanjutan)") nor a sentence
    ("Tabel 3.2 menunjukkan …").
    """
    if paragraph is None:
        return False
    text = paragraph.text.strip()
    return (
        len(text) <= 400
        and "\n" not in text
        and bool(caption_info(text)[0])
        and not continued(text)
        and not _SENTENCE.search(text)
    )


def _table_before(items: Sequence[object], i: int) -> int | None:
    """The table just above the paragraph at ``i``, or above a note under it."""
    if _is_table(items, i - 1):
        return i - 1
    last = _paragraph(items, i - 1)
    if last is not None and is_separator(last) and _is_table(items, i - 2):
        return i - 2
    return None


def _table_after(items: Sequence[object], i: int) -> int | None:
    """The table just below the caption at ``i``, or below a line between them."""
    if _is_table(items, i + 1):
        return i + 1
    nxt = _paragraph(items, i + 1)
    caption = _paragraph(items, i)
    if nxt is None or caption is None or not _is_table(items, i + 2):
        return None
    if (
        is_separator(nxt)
        or nxt.text.rstrip().endswith(":")
        or (_bare_number(caption) and _title_under(nxt))
    ):
        return i + 2
    return None


def captions_stand_below(items: Sequence[object]) -> bool:
    """Whether this document prints every table's numbered caption below it.

    Some style guides put "Tabel 3.1 …" under its table. Then a caption standing
    between two tables is the one above's, not the next one's. The evidence: at
    least one numbered caption stands under a table with no table after it (the
    last table's, or one followed by prose), at least one stands between two
    tables no farther from the table above than from the one below, and no
    numbered caption stands above a table without a table just above it (a
    caption clearly above its table: the document puts captions above, or mixes
    both, and every caption is read as before).
    """
    below = between = 0
    for i, item in enumerate(items):
        if not isinstance(item, Paragraph):
            continue
        text = item.text.strip()
        if not caption_info(text)[0] or continued(text):
            continue
        before, after = _table_before(items, i), _table_after(items, i)
        if after is not None and before is None:
            return False
        if not _numbered(item) or before is None:
            continue
        if after is None:
            below += 1
            continue
        up, down = _gap(items, before, i), _gap(items, i, after)
        if up is not None and down is not None and up > down:
            return False  # NOTE: nearer the table below: that table's caption
        between += 1
    return below > 0 and between > 0


def caption_under(items: Sequence[object], k: int) -> Paragraph | None:
    """The numbered caption under the table at ``k``, where captions stand below.

    In a document whose captions stand below their tables
    (:func:`captions_stand_below`): directly below the table or below a note or
    source line under it, whatever follows; "Tabel 3.2" over a title line is one
    caption.
    """
    at = k + 1
    first = _paragraph(items, at)
    if first is not None and is_separator(first):
        at += 1
    caption = _paragraph(items, at)
    if caption is None or not _numbered(caption):
        return None
    title = _paragraph(items, at + 1)
    if title is not None and _bare_number(caption) and _title_under(title):
        return _joined(caption, title)
    return caption


def note_between(
    items: Sequence[object], k: int, money: Callable[[object], bool]
) -> int | None:
    """Which table a scale note printed between two tables is about.

    The paragraph at ``k`` stands right between the tables at ``k - 1`` and
    ``k + 1``. A note that opens like one written under a table ("Ket: dalam Rp.
    000", "Sumber: …") is the table above's. Otherwise a rupiah scale is about
    a table with rupiah: when only one of the two has budget columns
    (``money``), that one; else the nearer (fewer blank lines between); at the
    same distance nothing tells, and the note is neither's (None).
    """
    note = _paragraph(items, k)
    if note is None or not _is_table(items, k - 1) or not _is_table(items, k + 1):
        return None
    if _TRAILING.match(note.text.strip()):
        return k - 1
    up, down = money(items[k - 1]), money(items[k + 1])
    if up != down:
        return k - 1 if up else k + 1
    above, below = _gap(items, k - 1, k), _gap(items, k, k + 1)
    if above is None or below is None or above == below:
        return None
    return k - 1 if above < below else k + 1
