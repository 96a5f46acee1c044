"""ID-card capture on generated card photos (QR and OCR paths, cross-checks) and the search that
ignores diacritics and case."""
from __future__ import annotations


def test_search_ignores_diacritics_and_case(ctx, dossier_factory) -> None:
    from db.models import OcrResult, Page
    from desk_app.domain.text import fold
    from desk_app.search import search

    d1 = dossier_factory(ctx, [b"page-one"], code="H31.12.05-261126-0002", name="Nguyễn Văn An")
    dossier_factory(ctx, [b"page-two"], code="H31.12.05-261126-0003", name="Trần Thị Hằng")
    with ctx.sessions.begin() as s:
        for p in s.query(Page).all():
            text = ("Đơn đề nghị của bà Đặng Thị Lý" if p.dossier_id == d1
                    else "Giấy khai sinh của NGUYỄN VĂN AN")
            s.add(OcrResult(page_id=p.id, engine="t", text=text, folded_text=fold(text), words=[]))
    hits = search(ctx, "nguyen van an")
    kinds = sorted((h.kind, h.dossier_code) for h in hits)
    assert kinds == [("applicant", "H31.12.05-261126-0002"), ("page", "H31.12.05-261126-0003")]
    assert [h.dossier_code for h in search(ctx, "DANG thi ly")] == ["H31.12.05-261126-0002"]
    assert search(ctx, "dang thi l")  # a word being typed matches its start
    assert search(ctx, "nguyen xuan an") == []
    assert search(ctx, "   ") == []
