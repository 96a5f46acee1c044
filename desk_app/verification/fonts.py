"""Finding a TrueType font with Vietnamese glyphs: the packaged one first, then the system's
(fonts-liberation2 / fonts-noto-core)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from desk_app.errors import ToolMissing
from desk_app.paths import resource

_SYSTEM = {
    False: (
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    ),
    True: (
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
        "/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    ),
}
_PACKAGED = {False: ("LiberationSerif-Regular.ttf", "NotoSerif-Regular.ttf"),
             True: ("LiberationSerif-Bold.ttf", "NotoSerif-Bold.ttf")}


@lru_cache(maxsize=4)
def vietnamese_font(bold: bool = False) -> Path:
    for name in _PACKAGED[bold]:
        try:
            path = resource("fonts", name)
        except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - packaging trouble
            continue
        if path.is_file():
            return path
    for candidate in _SYSTEM[bold]:
        if Path(candidate).is_file():
            return Path(candidate)
    raise ToolMissing("font_missing", "fonts-liberation2 hoặc fonts-noto-core")
