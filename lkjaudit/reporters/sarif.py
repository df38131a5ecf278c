"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers.

The log follows the OASIS SARIF 2.1.0 standard (validated in the tests against the
published JSON schema). Each rule that produced a finding is described once in
``tool.driver.rules``; each finding is a result pointing at the file (relative to
``SRCROOT``), the line when known, and the logical place in the report (the
location's ``ref``). ``partialFingerprints["lkjaudit/v2"]`` is the finding's
fingerprint, which ignores lines, so viewers keep tracking a finding when the
report is re-paginated. Files that could not be read are tool notifications.

``SRCROOT`` is the directory lkjaudit ran in: a file under it is written relative
to it (also when it was given by an absolute path), a file outside it as an
absolute ``file://`` URI without a base. The run declares ``SRCROOT`` in
``originalUriBaseIds`` with a description and no ``uri`` (SARIF 2.1.0 then leaves
the directory to the consumer; GitHub code scanning takes the checkout), so the
log holds no path of the machine that made it.

A workbook, a DOCX and a PDF are no text files: a line number in one would point
nowhere (the ``line`` lkjaudit keeps for them is a worksheet row, a block of the
DOCX body or a text line on a PDF page), so a finding in one has no ``region``
(in SARIF 2.1.0 a physical location without one is the artifact as a whole,
which GitHub code scanning shows as an alert on the file). Its place is said
instead by a second logical location, the place the reader recorded: the
worksheet cell (``{"name": "E12", "fullyQualifiedName": "'Tabel 3.2'!E12",
"kind": "cell"}``), the DOCX cell (``{"name": "R6C3", "fullyQualifiedName":
"T3:R6C3", "kind": "cell"}``, table 3 of the document) or block (``{"name":
"block 97", …, "kind": "block"}``, for a paragraph), the text line on a PDF page
(``{"name": "L40", "fullyQualifiedName": "p1 L40", "kind": "line"}``, or the
page alone, ``"kind": "page"``); by ``properties`` (``sheet`` or ``page``, and
``line``) and, for viewers that show only the message, by the message, which
starts with the place as the GitHub annotation does (``Tabel 3.2 · baris 2 ·
kolom Capaian · 'Tabel 3.2'!E12: …``, ``… · halaman 1 · baris teks 40: …``).

Sample (``--select capaian-equals-realisasi-over-target``, abridged)::

    {
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
      "version": "2.1.0",
      "runs": [{
        "tool": {"driver": {"name": "lkjaudit", "rules": [
          {"id": "capaian-equals-realisasi-over-target",
           "shortDescription": {"text": "Capaian sama dengan realisasi dibagi target"},
           "defaultConfiguration": {"level": "error"}, …}]}},
        "results": [{
          "ruleId": "capaian-equals-realisasi-over-target", "ruleIndex": 0,
          "level": "error",
          "message": {"text":
            "Capaian 36,63%, seharusnya 39,21% (Realisasi / Target = 33,33% / 85%)"},
          "locations": [{
            "physicalLocation": {
              "artifactLocation": {"uri": "samples/pasirian-tw2-2024.txt",
                                   "uriBaseId": "SRCROOT"},
              "region": {"startLine": 316}},
            "logicalLocations": [{"fullyQualifiedName": "tabel-3.2/row:2/col:capaian",
                                  "kind": "cell"}],
            "properties": {"table": "Tabel 3.2", "row": 2, "column": "capaian",
                           "header": "Capaian", "label": "…"}}],
          "partialFingerprints": {"lkjaudit/v2": "…"},
          "relatedLocations": [ … ]}],
        "originalUriBaseIds": {"SRCROOT": {"description": {"text": "…"}}}
      }]
    }
"""

from __future__ import annotations

import json
from typing import Any, ClassVar
from urllib.parse import quote

from lkjaudit.model.finding import Finding, Location, Severity
from lkjaudit.model.result import AuditResult, RuleMeta
from lkjaudit.reporters.base import (
    Lang,
    file_kind,
    file_where,
    root_relative,
    table_title,
)

__all__ = ["SarifReporter", "artifact_location"]

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/lkjaudit/lkjaudit"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# NOTE: SRCROOT is declared without a "uri" (SARIF 2.1.0 lets the consumer supply
# it): its value would be the absolute directory of the machine that ran the
# check, which would make the same check's log differ from machine to machine.
# GitHub code scanning resolves it to the repository's checkout itself.
_SRCROOT = {
    "id": "Direktori tempat lkjaudit dijalankan; jalur berkas relatif terhadapnya.",
    "en": "The directory lkjaudit ran in; file paths are relative to it.",
}
_INTERNAL = RuleMeta(
    id="internal-error",
    title={
        "id": "Aturan gagal dijalankan",
        "en": "A rule failed to run",
    },
    severity=Severity.ERROR,
    rationale={
        "id": "Sebuah aturan berhenti karena galat; laporkan kepada pengembang.",
        "en": "An lkjaudit rule stopped with an error; please report it.",
    },
)


def artifact_location(source: str, root: str | None = None) -> dict[str, str]:
    """A SARIF artifactLocation: a file under ``SRCROOT`` relative to it, else a URI.

    ``root`` is the directory ``SRCROOT`` stands for (the CLI's working directory,
    which relative paths are relative to): an absolute path under it is written
    relative to it, and a path outside it (``/elsewhere/a.txt``,
    ``../other/a.txt``) as an absolute ``file://`` URI without a base. Without
    ``root`` a relative path is taken to lie under ``SRCROOT`` as it is written.
    """
    path = root_relative(source, root)
    if path.is_absolute():
        return {"uri": path.as_uri()}
    return {"uri": quote(path.as_posix()), "uriBaseId": "SRCROOT"}


def _address(loc: Location) -> dict[str, str] | None:
    """The place a reader gave a location in a file without lines, as a logical one."""
    kind = file_kind(loc)
    if kind in ("workbook", "docx") and loc.cell:
        # NOTE: 'Tabel 3.2'!E12 in a workbook, T3:R6C3 (table 3) in a DOCX
        sep = "!" if kind == "workbook" else ":"
        return {
            "name": loc.cell.rpartition(sep)[2],
            "fullyQualifiedName": loc.cell,
            "kind": "cell",
        }
    if kind == "docx" and loc.line is not None:
        name = f"block {loc.line}"
        return {"name": name, "fullyQualifiedName": name, "kind": "block"}
    if kind == "pdf" and loc.page is not None:
        if loc.line is None:
            page = f"p{loc.page}"
            return {"name": page, "fullyQualifiedName": page, "kind": "page"}
        return {
            "name": f"L{loc.line}",
            "fullyQualifiedName": f"p{loc.page} L{loc.line}",
            "kind": "line",
        }
    return None


def _location(loc: Location, root: str | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": artifact_location(loc.source, root)}
    binary = file_kind(loc) is not None
    if loc.line is not None and not binary:
        physical["region"] = {"startLine": loc.line}
    logical = [{"fullyQualifiedName": loc.ref, "kind": loc.kind}]
    address = _address(loc)
    if address is not None:
        logical.append(address)
    data: dict[str, Any] = {"physicalLocation": physical, "logicalLocations": logical}
    place = {
        key: value
        for key, value in (
            ("table", loc.table),
            ("row", loc.row),
            ("column", loc.column),
            ("header", loc.header),
            ("label", loc.label),
            ("page", loc.page),
            ("sheet", loc.sheet),
            ("line", loc.line if binary else None),
            ("cell", loc.cell),
        )
        if value is not None
    }
    if place:
        data["properties"] = place
    return data


def _rule(meta: RuleMeta, lang: Lang) -> dict[str, Any]:
    title = meta.title.get(lang) or meta.title.get("id", meta.id)
    rationale = meta.rationale.get(lang) or title
    rule: dict[str, Any] = {
        "id": meta.id,
        "name": meta.id,
        "shortDescription": {"text": title},
        "fullDescription": {"text": rationale},
        "help": {"text": rationale},
        "defaultConfiguration": {"level": _LEVEL[meta.severity]},
        "properties": {"tags": list(meta.tags)},
    }
    if meta.help_url:
        rule["helpUri"] = meta.help_url
        rule["help"]["markdown"] = f"{rationale}\n\n[{meta.id}]({meta.help_url})"
    return rule


def _message(finding: Finding, lang: Lang) -> str:
    """The finding's message; in a workbook, DOCX or PDF, after its place."""
    loc = finding.location
    if file_kind(loc) is None:
        return finding.message
    place = " · ".join(p for p in (table_title(loc, lang), file_where(loc, lang)) if p)
    return f"{place}: {finding.message}" if place else finding.message


def _result(
    finding: Finding, index: int, lang: Lang, root: str | None
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": index,
        "level": _LEVEL[finding.severity],
        "message": {"text": _message(finding, lang)},
        "locations": [_location(finding.location, root)],
        "partialFingerprints": {"lkjaudit/v2": finding.fingerprint},
    }
    if finding.related:
        data["relatedLocations"] = [
            {
                "id": k,
                **_location(loc, root),
                "message": {"text": file_where(loc, lang) or loc.ref},
            }
            for k, loc in enumerate(finding.related, start=1)
        ]
    properties: dict[str, Any] = {"confidence": finding.confidence.value}
    for key in ("expected", "actual"):
        if getattr(finding, key) is not None:
            properties[key] = getattr(finding, key)
    if finding.evidence:
        properties["evidence"] = dict(finding.evidence)
    if finding.fix is not None:
        properties["fix"] = finding.fix.model_dump(mode="json")
    data["properties"] = properties
    return data


def sarif_log(
    result: AuditResult, lang: Lang = "id", root: str | None = None
) -> dict[str, Any]:
    """The result as a SARIF log (a JSON-ready dict); ``root`` is what SRCROOT is."""
    metas = list(result.rules)
    known = {meta.id for meta in metas}
    for finding in result.findings:
        if finding.rule_id not in known:  # internal-error, or a hand-made result
            known.add(finding.rule_id)
            metas.append(
                _INTERNAL
                if finding.rule_id == _INTERNAL.id
                else RuleMeta(
                    id=finding.rule_id,
                    title={"id": finding.rule_id, "en": finding.rule_id},
                    severity=finding.severity,
                )
            )
    index = {meta.id: k for k, meta in enumerate(metas)}
    notifications = [
        {
            "level": "error",
            "message": {"text": error.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": artifact_location(error.source, root)
                    }
                }
            ],
        }
        for error in result.errors
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "lkjaudit",
                "version": result.tool_version,
                "semanticVersion": result.tool_version,
                "informationUri": INFORMATION_URI,
                "rules": [_rule(meta, lang) for meta in metas],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not result.errors,
                "toolExecutionNotifications": notifications,
            }
        ],
        "originalUriBaseIds": {"SRCROOT": {"description": {"text": _SRCROOT[lang]}}},
        "results": [_result(f, index[f.rule_id], lang, root) for f in result.findings],
        "language": "id-ID" if lang == "id" else "en-US",
        "properties": {"stats": result.stats.model_dump(mode="json")},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


class SarifReporter:
    """SARIF 2.1.0 for code-scanning tools."""

    name: ClassVar[str] = "sarif"
    suffix: ClassVar[str] = ".sarif"

    def __init__(self, root: str | None = None) -> None:
        # NOTE: the directory relative paths are relative to (the CLI passes its
        # working directory); it only decides which paths are written relative
        # to SRCROOT and never appears in the log, which stays the same on every
        # machine (see artifact_location)
        self.root = root

    def render(self, result: AuditResult, *, lang: Lang = "id") -> str:
        """The result as an indented SARIF 2.1.0 log."""
        log = sarif_log(result, lang, self.root)
        return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
