"""Which colour mode a page is kept in. The component's mark in the catalog asks for colour (seals,
photos, handwriting: Circular 01/2023) or grey; the page itself can say more: a page that carries
colour (a red seal, a photo) is kept in colour even where grey was asked for, a page that has none
is not made three times larger, and a bi-level page (a G4 fax or TIFF) stays bi-level, stored as
G4. A page with no colour that is text only (black ink on paper: no photo, no shading, no grey
picture) is kept bi-level too, as a scanner's black-and-white mode would: G4 keeps it in a
few tens of kB where a grey PNG of a scan takes megabytes (docs/storage.md). Used for imported
files as for scanned pages (desk_app/capture/service.py)."""
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

# Text page: ink and paper only. The page is cut into 32-pixel blocks (about 2.7 mm at 300 dpi);
# a block is continuous tone when most of its pixels are neither paper nor ink (MID_LO..MID_HI).
# Letters' anti-aliased edges never make one on generated or scanned text at 150-300 dpi; a 3x4 cm
# ID photo makes about 2 % of an A4 page's blocks, a grey paper or a shaded form all of them.
BLOCK, MID_LO, MID_HI = 32, 50, 200
MID_BLOCKS = 0.001  # at most this share of continuous-tone blocks
INK = 0.002  # ... and at least this share of ink: a blank or flat grey sheet is not a text page


def has_colour(image: Image.Image) -> bool:
    if image.mode != "RGB":
        return False
    small = image.reduce(8) if min(image.size) >= 64 else image
    px = np.asarray(small, dtype=np.int16)
    spread = px.max(axis=2) - px.min(axis=2)
    return bool((spread > CHROMA).mean() >= SHARE)


def is_text_page(image: Image.Image) -> bool:
    """Black ink on light paper and nothing in between (no photo, picture or shaded paper)."""
    grey = np.asarray(image if image.mode == "L" else image.convert("L"))
    h, w = grey.shape[0] // BLOCK * BLOCK, grey.shape[1] // BLOCK * BLOCK
    if not h or not w:
        return False
    if float((grey < MID_LO).mean()) < INK:
        return False
    blocks = grey[:h, :w].reshape(h // BLOCK, BLOCK, w // BLOCK, BLOCK)
    mid = ((blocks > MID_LO) & (blocks < MID_HI)).mean(axis=(1, 3))
    return float((mid > 0.5).mean()) <= MID_BLOCKS


def page_mode(image: Image.Image, requested: ColourMode, text_bw: bool = True) -> ColourMode:
    """The mode to keep `image` in, given the mode its component asks for (`text_bw`: a text
    page without colour is kept bi-level)."""
    requested = ColourMode(requested)
    if image.mode == "1" or requested is ColourMode.BW:
        return ColourMode.BW
    if has_colour(image):
        return ColourMode.COLOUR
    if text_bw and is_text_page(image):
        return ColourMode.BW
    if image.mode == "L":
        return ColourMode.GREY  # no colour to keep, whatever was asked
    return requested
