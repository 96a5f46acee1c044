"""Search over OCR text and applicant names that ignores diacritics and case: "nguyen van an" finds
"Nguyễn Văn An". Both sides are folded (desk_app.domain.text.fold) and matched with SQLite FTS5
(tables and triggers of migration 0002), so a query stays fast on a store of 100,000 pages.
Hits come newest first (FTS5 walks its index in rowid order and stops at the limit); ranking by
relevance would score every matching page, which a common word makes slow.

`SearchService` is the one search the officer uses, in the main window (Ctrl+F) and in
`desk-app search`: dossiers by a phrase of their pages' text and by the applicant's ID number,
each hit with the page and the words in context; `hit_page` gives the page's image with the
matched words' boxes. The query may hold an ID number: it is never logged (docs/search.md)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from desk_app.context import AppContext
from desk_app.domain.text import fold
from desk_app.errors import InputRefused
from desk_app.search_match import CONTEXT_WORDS, matched_words, query_tokens, snippet

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


# --- the officer's search: `desk-app search` and Ctrl+F -----------------------------------------

ID_LENGTHS = (9, 12)  # CMND (old card), CCCD
_SPACES = re.compile(r"\s+")


def id_number_of(value: str) -> str | None:
    """The ID number in `value` (spaces dropped) when it is one: 9 or 12 digits, nothing else."""
    digits = _SPACES.sub("", value)
    return digits if digits.isdigit() and len(digits) in ID_LENGTHS else None


@dataclass(frozen=True)
class SearchHit:
    code: str
    page: int | None  # the page's number within its dossier; None: found by ID number
    snippet: str  # the matching words in context, the text's own letters
    dossier_id: str
    page_id: str | None
    kind: str  # "page" or "id_number"

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "page": self.page, "snippet": self.snippet}


@dataclass(frozen=True)
class HitPage:
    """A found page as the window shows it: upright image, the matched words' boxes in its pixels."""

    code: str
    position: int
    page_id: str
    image_png: bytes
    width: int
    height: int
    boxes: list[tuple[int, int, int, int]]  # x, y, w, h
    snippet: str


_OWNER = ("(d.applicant_id IN (SELECT id FROM applicants WHERE id_number = :idn)"
          " OR d.submitter_id IN (SELECT id FROM applicants WHERE id_number = :idn))")

# Only each page's latest OCR result counts (a page read again keeps its older rows).
_PAGE_HITS = """
    SELECT p.id, p.position, d.id, d.code, o.text, o.corrected_text
    FROM ocr_fts
    JOIN ocr_results o ON o.rowid = ocr_fts.rowid
    JOIN pages p ON p.id = o.page_id AND NOT p.deleted
    JOIN dossiers d ON d.id = p.dossier_id
    WHERE ocr_fts MATCH :q
      AND o.created_at = (SELECT max(o2.created_at) FROM ocr_results o2
                          WHERE o2.page_id = o.page_id) {owner}
    ORDER BY ocr_fts.rowid DESC
    LIMIT :limit
"""

_ID_HITS = f"""
    SELECT d.id, d.code, a.full_name, pr.name
    FROM dossiers d
    JOIN applicants a ON a.id = d.applicant_id
    JOIN procedures pr ON pr.code = d.procedure_code
    WHERE {_OWNER}
    ORDER BY d.received_at DESC, d.code DESC
    LIMIT :limit
"""


def _page_queries(tokens: list[str]) -> list[str]:
    """FTS5 expressions, tried in turn until one finds pages: the words as a phrase, then all of
    them anywhere on the page; each first with the last word whole, then as the start of a word
    being typed ("nguyen va" finds "Nguyễn Văn"). A whole word is read lazily, newest first, and
    the walk stops at the limit; a prefix gathers every word that starts so (ocr_fts has no
    prefix index): 5-20 times slower on 100,000 pages, so it comes second."""
    words = " ".join(f'"{t}"' for t in tokens)
    phrase = '"' + " ".join(tokens) + '"'
    return [phrase, phrase + " *"] + ([words, words + "*"] if len(tokens) > 1 else [])


class SearchService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def find(self, query: str, id_number: str | None = None, limit: int = 50) -> list[SearchHit]:
        """Dossiers whose pages hold the words of `query` (as a phrase; failing that, all of them
        anywhere on a page), newest first; a query that is an ID number (9 or 12 digits) also finds
        the dossiers of the citizen with that number. `id_number` keeps the search to that
        citizen's dossiers (alone: all of them). Raises InputRefused for nothing to look for
        (`search_empty`) or an `id_number` that is not 9 or 12 digits (`search_bad_id_number`)."""
        if limit < 1:
            raise InputRefused("search_bad_limit", str(limit))
        owner: str | None = None
        if id_number is not None and id_number.strip():
            owner = id_number_of(id_number)
            if owner is None:
                raise InputRefused("search_bad_id_number", "")
        typed_id = id_number_of(query) if owner is None else None
        tokens = query_tokens(query)
        if not tokens and owner is None:
            raise InputRefused("search_empty", "")
        hits: list[SearchHit] = []
        with self.ctx.engine.connect() as conn:
            who = owner or typed_id
            if who is not None and (typed_id is not None or not tokens):
                rows = conn.execute(text(_ID_HITS), {"idn": who, "limit": limit}).all()
                hits += [SearchHit(code, None, f"{name} — {proc}", did, None, "id_number")
                         for did, code, name, proc in rows]
            if tokens:
                hits += self._page_hits(conn, tokens, owner, limit)
        seen: set[tuple[str, int | None]] = set()
        unique = []
        for h in hits:
            if (h.code, h.page) not in seen:
                seen.add((h.code, h.page))
                unique.append(h)
        return unique[:limit]

    def _page_hits(self, conn: Any, tokens: list[str], owner: str | None,
                   limit: int) -> list[SearchHit]:
        sql = text(_PAGE_HITS.format(owner=("AND " + _OWNER) if owner else ""))
        params: dict[str, Any] = {"limit": limit}
        if owner:
            params["idn"] = owner
        rows: list[Any] = []
        for q in dict.fromkeys(_page_queries(tokens)):
            rows = conn.execute(sql, {**params, "q": q}).all()
            if rows:
                break
        out = []
        for page_id, position, dossier_id, code, ocr_text, corrected in rows:
            body = corrected if corrected is not None else ocr_text
            snip = snippet(body, tokens) or " ".join(body.split()[:2 * CONTEXT_WORDS])
            out.append(SearchHit(code, position, snip, dossier_id, page_id, "page"))
        return out

    def hit_page(self, page_id: str, query: str) -> HitPage:
        """The page upright as OCR read it, with the boxes of the words that match `query`."""
        from desk_app.ocr.review import ReviewService

        page = ReviewService(self.ctx).load(page_id)
        with self.ctx.engine.connect() as conn:
            code = conn.execute(text("SELECT d.code FROM pages p JOIN dossiers d"
                                     " ON d.id = p.dossier_id WHERE p.id = :p"),
                                {"p": page_id}).scalar_one()
        tokens = query_tokens(query)
        picked = matched_words([w.text for w in page.words], tokens) if tokens else []
        boxes = [(page.words[i].x, page.words[i].y, page.words[i].w, page.words[i].h)
                 for i in picked]
        return HitPage(code, page.position, page_id, page.image_png, page.width, page.height,
                       boxes, snippet(page.text, tokens) if tokens else "")
