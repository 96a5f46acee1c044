"""Which colour mode a page is kept in. The component's mark in the catalog asks for colour (seals,
photos, handwriting: Circular 01/2023) or grey; the page itself can say more: a page that carries
colour (a red seal, a photo) is kept in colour even where grey was asked for, a page that has none
is not made three times larger, and a bi-level page (a G4 fax or TIFF) stays bi-level, stored as
G4. Used for imported files as for scanned pages (desk_app/capture/service.py)."""
from __future__ import annotations

import numpy as np
from PIL import Image

from desk_app.domain.types import ColourMode

# A pixel is coloured when its channels differ by more than this (of 255) after averaging over an
# 8x8 block: scanner fringes on black text and JPEG chroma noise stay below it, a seal's red ink
# (about 200, 30, 30) or a photo are far above.
CHROMA = 60
# ... and a page carries colour when at least this share of it is coloured: a 35 mm seal ring on
# an A4 page is about 0.3 %.
SHARE = 0.001


def has_colour(image: Image.Image) -> bool:
    if image.mode != "RGB":
        return False
    small = image.reduce(8) if min(image.size) >= 64 else image
    px = np.asarray(small, dtype=np.int16)
    spread = px.max(axis=2) - px.min(axis=2)
    return bool((spread > CHROMA).mean() >= SHARE)


def page_mode(image: Image.Image, requested: ColourMode) -> ColourMode:
    """The mode to keep `image` in, given the mode its component asks for."""
    requested = ColourMode(requested)
    if image.mode == "1" or requested is ColourMode.BW:
        return ColourMode.BW
    if has_colour(image):
        return ColourMode.COLOUR
    if image.mode == "L":
        return ColourMode.GREY  # no colour to keep, whatever was asked
    return requested
