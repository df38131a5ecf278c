"""Revenue in prose: a rupiah amount said of what a unit took in.

"Realisasi pendapatan BLUD tahun 2024 mencapai Rp 64.053.005.050" and
"Retribusi pasar terealisasi sebesar Rp … dari target Rp …" quote a table of
revenue against its target (``Target Pendapatan | Realisasi Pendapatan``), not
the budget: an amount is read as revenue when its own clause names revenue
(pendapatan, penerimaan, retribusi, PAD) and no budget word. A household's or a
region's income ("pendapatan per kapita", "pendapatan masyarakat") is an
indicator of the economy, not money the unit took in.
"""

from __future__ import annotations

import re

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Column

# the words of revenue, and what makes "pendapatan" someone else's income
_REVENUE = lazy(
    r"\b(?:pendapatan|penerimaan|retribusi|pad)\b"
    r"(?!\s+(?:per\s*kapita|perkapita|masyarakat|penduduk|warga|petani|nelayan|"
    r"keluarga|rumah\s+tangga|regional|domestik|pegawai|siswa|peserta|cpns|asn|"
    r"pns|mahasiswa|murid|tenaga|karyawan|anggota)\b)",
    re.IGNORECASE,
)

# the kind of figure a revenue amount restates, by the keyword before it
_READ = {"realisasi": "realisasi_pendapatan", "target": "target_pendapatan"}


def revenue_metric(key: str | None, clause: str, budget: bool) -> str | None:
    """``realisasi_pendapatan`` or ``target_pendapatan`` for a rupiah amount.

    ``key`` is the keyword nearest before the amount (``realisasi`` for
    "realisasi", "terealisasi"; ``target`` for "target", "ditargetkan"),
    ``clause`` the amount's own clause up to it and ``budget`` whether that
    clause speaks of the budget (then the amount is the budget's, as before).
    """
    if key not in _READ or budget:
        return None
    return _READ[key] if _REVENUE.search(clause) else None


def revenue_column(col: Column) -> bool:
    """Whether a realisasi or target column is of revenue ("Realisasi Pendapatan")."""
    return _REVENUE.search(f"{col.header} {col.group}") is not None


# a row of the budget named for revenue: its name starts with it, after a code
# ("Pendapatan Asli Daerah", "2.1 Retribusi Daerah", "Lain-lain Pendapatan …",
# "Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan", "Pajak Daerah")
_REVENUE_ROW = lazy(
    r"^\W*(?:[\d.]+\s*)?(?:lain[\s-]*lain\s+|hasil\s+pengelolaan\b|pajak\b)",
    re.IGNORECASE,
)
_CODE = lazy(r"^\W*(?:[\d.]+\s*)?", re.IGNORECASE)


def revenue_row(label: str) -> bool:
    """Whether a row of a budget table is revenue ("Pendapatan Asli Daerah").

    An APBD table prints revenue under ``Anggaran | Realisasi`` beside its
    spending; a row whose name starts with revenue (after its code) holds
    revenue. A row that names revenue further on is spending on it: a sasaran
    ("Meningkatnya pendapatan asli daerah"), a programme ("Program Pengelolaan
    Pendapatan Daerah") or a kind of spending ("Belanja Pemungutan Pendapatan").
    """
    start = _CODE.match(label)
    rest = label[start.end() :] if start is not None else label
    named = _REVENUE.match(rest) is not None
    return named or _REVENUE_ROW.match(label) is not None
