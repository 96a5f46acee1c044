"""The agency block of a form header, broken into lines between words.

Vietnamese writes a word as several space-separated syllables, so a line break at any space can
cut a word or a place name in two ("PHƯỜNG HỒNG / BÀNG", "HÀNH CHÍNH / CÔNG"). Here an agency name
is cut into phrases that must stay on one line: the locality at its end ("PHƯỜNG HỒNG BÀNG",
"THÀNH PHỐ HẢI PHÒNG") and, before it, the known words of agency names ("ỦY BAN NHÂN DÂN",
"HÀNH CHÍNH CÔNG"); an unknown stretch stays whole. Lines are then filled phrase by phrase at
one fixed type size, so the header looks the same on every dossier of the agency and on every
agency. Only a single phrase wider than the whole column (no real name) is cut between
syllables, as a last resort.
"""
from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from desk_app.domain.text import nfc

# Administrative units that start the locality at the end of a name (longest first).
_LOCALITY_HEADS: tuple[tuple[str, ...], ...] = tuple(
    tuple(w.split()) for w in (
        "THÀNH PHỐ", "THỊ TRẤN", "THỊ XÃ", "ĐẶC KHU", "PHƯỜNG", "XÃ", "TỈNH", "QUẬN", "HUYỆN",
    )
)

# Words and fixed phrases of agency names that a line must not cut (longest match wins).
_PHRASES: tuple[tuple[str, ...], ...] = tuple(sorted(
    (tuple(w.split()) for w in (
        "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "TRUNG TÂM", "PHỤC VỤ",
        "HÀNH CHÍNH CÔNG", "BỘ PHẬN", "MỘT CỬA", "TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "VĂN PHÒNG",
        "ĐĂNG KÝ ĐẤT ĐAI", "CHI NHÁNH", "NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TƯ PHÁP", "TÀI CHÍNH",
        "CÔNG AN", "KẾ HOẠCH VÀ ĐẦU TƯ", "XÂY DỰNG", "Y TẾ", "GIÁO DỤC VÀ ĐÀO TẠO",
        "NỘI VỤ", "CÔNG THƯƠNG", "VĂN HÓA", "THỂ THAO VÀ DU LỊCH", "KHOA HỌC VÀ CÔNG NGHỆ",
        "DÂN TỘC VÀ TÔN GIÁO", "THUẾ", "BẢO HIỂM XÃ HỘI",
    )),
    key=len, reverse=True,
))


def _locality_start(words: list[str]) -> int:
    """Index of the first word of the locality at the end of the name (len(words) if none).
    The first syllable is never a locality: "XÃ ..." alone is a name, not a place."""
    for i in range(1, len(words)):
        for head in _LOCALITY_HEADS:
            if tuple(words[i:i + len(head)]) == head and len(words) > i + len(head):
                return i
    return len(words)


def phrases(name: str) -> list[str]:
    """The unbreakable pieces of an (upper-case) agency name, in order."""
    words = nfc(name).upper().split()
    cut = _locality_start(words)
    body, locality = words[:cut], words[cut:]
    out: list[str] = []
    unknown: list[str] = []
    i = 0
    while i < len(body):
        match = next((ph for ph in _PHRASES if tuple(body[i:i + len(ph)]) == ph), None)
        if match is None:
            unknown.append(body[i])
            i += 1
            continue
        if unknown:
            out.append(" ".join(unknown))
            unknown = []
        out.append(" ".join(match))
        i += len(match)
    if unknown:
        out.append(" ".join(unknown))
    if locality:
        out.append(" ".join(locality))
    return out


def _split_syllables(phrase: str, fits: _Fits) -> list[str]:
    """A phrase wider than the column (last resort): cut between syllables, filling lines."""
    lines: list[str] = []
    for word in phrase.split():
        if lines and fits(f"{lines[-1]} {word}"):
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


class _Fits:
    def __init__(self, width: float, font: str, size: float) -> None:
        # A point of slack: the paragraph that prints the line measures the same way, and a
        # rounding difference must not make it wrap a line again.
        self.width, self.font, self.size = width - 1.0, font, size

    def __call__(self, text: str) -> bool:
        return stringWidth(text, self.font, self.size) <= self.width


def _groups(name: str) -> list[list[str]]:
    """Phrases grouped so that a one-syllable head ("SỞ", "CỤC") stays with the phrase after it
    whenever the line has room for both."""
    groups: list[list[str]] = []
    pending: list[str] = []
    for phrase in phrases(name):
        pending.append(phrase)
        if " " in phrase:
            groups.append(pending)
            pending = []
    if pending:
        groups.append(pending)
    return groups


def agency_lines(name: str, width: float, font: str, size: float) -> list[str]:
    """The lines of `name` in a column `width` points wide, at `size` points of `font`: whole
    phrases per line, as many per line as fit."""
    fits = _Fits(width, font, size)
    lines: list[str] = []

    def place(text: str) -> bool:
        if lines and fits(f"{lines[-1]} {text}"):
            lines[-1] = f"{lines[-1]} {text}"
        elif fits(text):
            lines.append(text)
        else:
            return False
        return True

    for group in _groups(name):
        if place(" ".join(group)):
            continue
        for phrase in group:  # the group is wider than a line: break between its phrases
            if not place(phrase):
                lines.extend(_split_syllables(phrase, fits))
    return lines
