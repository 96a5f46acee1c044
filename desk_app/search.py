"""Search over OCR text and applicant names that ignores diacritics and case: "nguyen van an" finds
"Nguyễn Văn An". Both sides are folded (desk_app.domain.text.fold) and matched with SQLite FTS5
(tables and triggers of migration 0002), so a query stays fast on a store of 100,000 pages.
Hits come newest first (FTS5 walks its index in rowid order and stops at the limit); ranking by
relevance would score every matching page, which a common word makes slow."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from desk_app.context import AppContext
from desk_app.domain.text import fold

_TOKEN = re.compile(r"[0-9a-z]+")


@dataclass(frozen=True)
class Hit:
    kind: str  # "page" (OCR text) or "applicant"
    dossier_id: str | None
    dossier_code: str | None
    page_id: str | None
    applicant_name: str | None
    snippet: str  # folded text around the match


def fts_query(query: str, phrase: bool) -> str | None:
    tokens = _TOKEN.findall(fold(query))
    if not tokens:
        return None
    if phrase and len(tokens) > 1:
        return '"' + " ".join(tokens) + '"'
    # every word must occur; the last one may be the start of a word being typed
    return " ".join(f'"{t}"' for t in tokens[:-1]) + (" " if len(tokens) > 1 else "") + f'"{tokens[-1]}"*'


_PAGE_SQL = text("""
    SELECT o.page_id, p.dossier_id, d.code,
           snippet(ocr_fts, 0, '[', ']', '…', 12) AS snip
    FROM ocr_fts
    JOIN ocr_results o ON o.rowid = ocr_fts.rowid
    JOIN pages p ON p.id = o.page_id
    LEFT JOIN dossiers d ON d.id = p.dossier_id
    WHERE ocr_fts MATCH :q
    ORDER BY ocr_fts.rowid DESC
    LIMIT :limit
""")

_APPLICANT_SQL = text("""
    SELECT a.full_name, d.id, d.code
    FROM applicant_fts
    JOIN applicants a ON a.rowid = applicant_fts.rowid
    LEFT JOIN dossiers d ON d.applicant_id = a.id
    WHERE applicant_fts MATCH :q
    ORDER BY applicant_fts.rowid DESC
    LIMIT :limit
""")


def search(ctx: AppContext, query: str, limit: int = 50) -> list[Hit]:
    """Applicants whose name matches, then pages whose text matches: the words as a phrase first,
    all the words anywhere on the page if the phrase is not found."""
    hits: list[Hit] = []
    with ctx.engine.connect() as conn:
        for phrase in (True, False):
            q = fts_query(query, phrase)
            if q is None:
                return []
            applicants = conn.execute(_APPLICANT_SQL, {"q": q, "limit": limit}).all()
            pages = conn.execute(_PAGE_SQL, {"q": q, "limit": limit}).all()
            if applicants or pages or not phrase:
                break
        for name, dossier_id, code in applicants:
            hits.append(Hit("applicant", dossier_id, code, None, name, fold(name)))
        for page_id, dossier_id, code, snip in pages:
            hits.append(Hit("page", dossier_id, code, page_id, None, snip))
    return hits[:limit]
