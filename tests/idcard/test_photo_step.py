"""An ID card photographed on a desk, outlined by the photo step (desk_app/capture/photo.py) when
the card finder's own quadrilaterals give nothing: the card is still rectified and read; a sheet
of paper is not taken for a card."""
from __future__ import annotations

import numpy as np
import pytest

from desk_app.demo.id_cards import make_sample
from desk_app.demo.photo_pages import photograph
from desk_app.idcard import reader
from desk_app.idcard.card import card_from_photo, find_cards


def test_the_photo_step_outlines_the_card_where_the_card_finder_does() -> None:
    _, image = make_sample(1002, hard=False)
    rgb = np.asarray(image.convert("RGB"))
    ours, theirs = card_from_photo(rgb), find_cards(rgb)[0]
    assert ours is not None
    assert float(np.abs(ours.corners - theirs.corners).max()) < 0.01 * max(rgb.shape)


def test_a_card_is_read_through_the_photo_step(monkeypatch: pytest.MonkeyPatch) -> None:
    sample, image = make_sample(1002, hard=False)
    monkeypatch.setattr(reader, "find_cards", lambda rgb: [])
    result = reader.read_id_card(image)
    assert "card_not_found" not in result.warnings
    assert result.number == sample.person.number


def test_a_page_of_paper_is_not_a_card() -> None:
    from io import BytesIO

    from PIL import Image

    page = Image.open(BytesIO(photograph(4243, font="noto-sans", hand=False).data))
    page.thumbnail((1600, 1600))
    assert card_from_photo(np.asarray(page.convert("RGB"))) is None
