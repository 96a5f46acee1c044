"""Copies worn the way real ones are, and single-character alterations (tone marks, digits, words),
for the full-text comparison's tests and benchmark.

The degradations a faithful copy may carry: rotation and scale, blur, JPEG at quality 40, uneven
light, a fold shadow, a halftone screen, toner specks. Two vocabularies: "tune" (what the engine is
tuned on) and "held_out" (the benchmark's names and places, never tuned on)."""
from __future__ import annotations

import dataclasses
import random
import unicodedata
from dataclasses import dataclass, field

import cv2
import numpy as np

from desk_app.demo.compare_pairs import DocSpec, SamplePair, _map_box, render, scan_original

_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_VOCAB = {
    "tune": {
        "family": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"],
        "middle": ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc"],
        "given": ["Tâm", "Bình", "Cường", "Dũng", "Hằng", "Hương", "Lan", "Phúc", "Sơn", "Thảo"],
        "places": ["phường Hồng Bàng, thành phố Hải Phòng", "xã Thủy Nguyên, thành phố Hải Phòng",
                   "phường Lê Chân, thành phố Hải Phòng"],
    },
    "held_out": {
        "family": ["Dương", "Trịnh", "Lý", "Mạc", "Quách", "Tạ", "Lưu", "Đoàn", "Hồ", "Kiều"],
        "middle": ["Xuân", "Thế", "Bảo", "Kim", "Mỹ", "Diệu", "Trọng", "Gia"],
        "given": ["Tâm", "Tuệ", "Nhã", "Kỳ", "Lộc", "Quỳnh", "Hải", "Trí", "Vỹ", "Nguyệt", "Thắm",
                  "Điệp", "Hoà", "Mẫn", "Khải"],
        "places": ["xã Tiên Lãng, thành phố Hải Phòng", "phường Đồ Sơn, thành phố Hải Phòng",
                   "xã Vĩnh Bảo, thành phố Hải Phòng", "phường Dương Kinh, thành phố Hải Phòng",
                   "xã Cát Hải, thành phố Hải Phòng"],
    },
}
DEGRADATIONS = ("rotate_blur", "jpeg40", "uneven_light", "fold", "halftone", "toner", "scale")


@dataclass
class Wear:
    """What was done to a copy (all of it optional except the copier's grey rendering)."""

    angle: float = 0.0
    scale: float = 1.0
    blur: float = 0.6
    jpeg: int = 85
    uneven: float = 0.0  # darkening of the dimmest corner, 0..1
    fold: bool = False
    halftone: bool = False
    toner: float = 0.0  # share of pixels hit by a toner speck
    kinds: list[str] = field(default_factory=list)


def random_wear(rng: random.Random, n_kinds: int = 3) -> Wear:
    kinds = rng.sample(DEGRADATIONS, n_kinds)
    wear = Wear(angle=rng.uniform(-0.6, 0.6), kinds=kinds)
    for kind in kinds:
        if kind == "rotate_blur":
            wear.angle = rng.choice([-1, 1]) * rng.uniform(0.8, 2.5)
            wear.blur = rng.uniform(0.9, 1.4)
        elif kind == "jpeg40":
            wear.jpeg = 40
        elif kind == "uneven_light":
            wear.uneven = rng.uniform(0.25, 0.45)
        elif kind == "fold":
            wear.fold = True
        elif kind == "halftone":
            wear.halftone = True
        elif kind == "toner":
            wear.toner = rng.uniform(0.0002, 0.0006)
        elif kind == "scale":
            wear.scale = rng.choice([-1, 1]) * rng.uniform(0.03, 0.08) + 1
    return wear


def wear_copy(img: np.ndarray, wear: Wear, rng: random.Random) -> tuple[np.ndarray, np.ndarray]:
    """A grey photocopy of a colour page, worn as `wear` says: (image, page -> copy transform)."""
    b, g, r = (img[..., k].astype(np.float32) for k in range(3))
    wr = rng.uniform(0.30, 0.50)
    grey = wr * r + (0.85 - wr) * g + 0.15 * b
    grey = 255 * (grey / 255) ** (1 / rng.uniform(0.8, 1.0))
    h, w = grey.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), wear.angle, wear.scale)
    m[:, 2] += np.array([rng.uniform(-30, 30), rng.uniform(-30, 30)])
    out = cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=rng.uniform(230, 245))
    out = cv2.GaussianBlur(out, (0, 0), wear.blur)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if wear.halftone:
        screen = 128 + 60 * np.sin(xx * 0.9) * np.sin(yy * 0.9)
        mid = (out > 60) & (out < 200)
        out = cv2.GaussianBlur(np.where(mid, np.where(out > screen, 245.0, 40.0), out), (0, 0), 0.7)
    if wear.uneven:
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        dist = np.hypot(xx - cx, yy - cy) / np.hypot(w, h)
        out = out * (1 - wear.uneven * dist / max(float(dist.max()), 1e-6))
    if wear.fold:
        y0 = rng.uniform(0.3, 0.7) * h
        band = np.exp(-((yy - y0 - 0.02 * (xx - w / 2)) / rng.uniform(12, 30)) ** 2)
        out = out * (1 - rng.uniform(0.25, 0.4) * band)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    out = out + nrng.normal(0, rng.uniform(3, 6), out.shape)
    if wear.toner:
        specks = nrng.random(out.shape) < wear.toner
        out[cv2.dilate(specks.astype(np.uint8), np.ones((2, 2), np.uint8)) > 0] = 50
    out = np.clip(out, 0, 255).astype(np.uint8)
    _ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, wear.jpeg])
    decoded = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)
    return np.asarray(decoded), np.vstack([m, [0, 0, 1]])


def vocab_spec(seed: int, vocabulary: str = "tune") -> DocSpec:
    rng = random.Random(seed * 31 + (7 if vocabulary == "held_out" else 3))
    words = _VOCAB[vocabulary]

    def person() -> str:
        return (f"{rng.choice(words['family'])} {rng.choice(words['middle'])} "
                f"{rng.choice(words['given'])}")
    name, father = person(), person()
    year = rng.randint(1960, 2008)
    sex = "Nữ" if "Thị" in name or rng.random() < 0.4 else "Nam"
    id_number = f"0{rng.randint(10, 99)}{rng.randint(0, 3)}{year % 100:02d}{rng.randint(0, 999999):06d}"
    return DocSpec(
        seed, rng.choice(["GIẤY KHAI SINH", "TRÍCH LỤC HỘ TỊCH", "GIẤY CHỨNG NHẬN KẾT HÔN"]),
        name, f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}", id_number, sex,
        rng.choice(words["places"]),
        f"ngày {rng.randint(1, 28):02d} tháng {rng.randint(1, 12):02d} năm {rng.randint(2015, 2025)}",
        father=father,
    )


def change_tone(word: str, rng: random.Random) -> str:
    """The word with its tone mark changed for another (or one added to a level-tone word)."""
    nfd = unicodedata.normalize("NFD", word)
    for tone in _TONES:
        if tone in nfd:
            j = nfd.index(tone)
            rest = nfd[:j] + nfd[j + 1:]
            end = j
            while end < len(rest) and unicodedata.combining(rest[end]):
                end += 1
            other = rng.choice([t for t in _TONES if t != tone])
            return unicodedata.normalize("NFC", rest[:end] + other + rest[end:])
    vowels = [k for k, ch in enumerate(nfd) if ch.lower() in "aeiouy"]
    if not vowels:
        raise ValueError("no vowel")
    # Where the spelling puts a tone: on the vowel with a circumflex, breve or horn, else on the
    # last vowel before a final consonant, else on the one before the last.
    marked = [k for k in vowels if k + 1 < len(nfd) and nfd[k + 1] in "\u0302\u0306\u031b"]
    if marked:
        k = marked[-1]
    elif nfd[-1].lower() not in "aeiouy" or len(vowels) == 1:
        k = vowels[-1]
    else:
        k = vowels[-2]
    end = k + 1
    while end < len(nfd) and unicodedata.combining(nfd[end]):
        end += 1
    return unicodedata.normalize("NFC", nfd[:end] + rng.choice(_TONES) + nfd[end:])


def alter(spec: DocSpec, kind: str, rng: random.Random) -> tuple[DocSpec, str, str]:
    """One change: `tone` (one tone mark of a name or place word), `digit` (ID number or birth
    year) or `word` (one word of the place). Returns the altered spec, the word before, after."""
    if kind == "tone":
        field_name = rng.choice(["name", "father", "place"])
        text = getattr(spec, field_name)
        words = text.split()
        candidates = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 1
                      and w not in ("thành", "phố", "Hải", "Phòng", "phường", "xã")]
        i = rng.choice(candidates)
        new = change_tone(words[i], rng)
        after = " ".join(words[:i] + [new] + words[i + 1:])
        before_word, after_word = words[i], new
        if field_name in ("name",):
            before_word, after_word = before_word.upper(), after_word.upper()
        altered = (dataclasses.replace(spec, name=after) if field_name == "name" else
                   dataclasses.replace(spec, father=after) if field_name == "father" else
                   dataclasses.replace(spec, place=after))
        return altered, before_word, after_word
    if kind == "digit":
        if rng.random() < 0.6:
            i = rng.randrange(4, 12)
            old = spec.id_number
            new = old[:i] + str((int(old[i]) + rng.randint(1, 9)) % 10) + old[i + 1:]
            return dataclasses.replace(spec, id_number=new), old, new
        d, m, y = spec.birth_date.split("/")
        new_date = f"{d}/{m}/{y[:3]}{(int(y[3]) + rng.randint(1, 9)) % 10}"
        return dataclasses.replace(spec, birth_date=new_date), spec.birth_date, new_date
    if kind == "word":
        words = spec.place.split()
        i = 1 if rng.random() < 0.5 else 2  # the commune's or ward's name
        replacement = rng.choice(["Hưng", "Thái", "Phú", "Lạc", "Đông", "Tây", "Bắc", "Nam"])
        if replacement == words[i].rstrip(","):
            replacement = "Trung"
        tail = "," if words[i].endswith(",") else ""
        before = words[i].rstrip(",")
        words[i] = replacement + tail
        return dataclasses.replace(spec, place=" ".join(words)), before, replacement
    raise ValueError(kind)


def worn_pair(seed: int, alteration: str | None, vocabulary: str = "tune",
              wear: Wear | None = None, father: tuple[str, str] | None = None) -> SamplePair:
    """An original and its worn copy, altered in one word when `alteration` is given, or with the
    father's name `father[0]` in the original changed to `father[1]` in the copy."""
    rng = random.Random(seed * 104729 + 11)
    spec = vocab_spec(seed, vocabulary)
    if father:
        spec = dataclasses.replace(spec, father=father[0])
    original_img, _boxes = render(spec)
    copy_spec, before, after = spec, "", ""
    if father and father[1] != father[0]:
        alteration = "father"
        copy_spec = dataclasses.replace(spec, father=father[1])
        before, after = father[0], father[1]
    elif alteration:
        copy_spec, before, after = alter(spec, alteration, rng)
    copy_img = render(copy_spec)[0] if alteration else original_img
    original_bgr = cv2.cvtColor(np.asarray(original_img), cv2.COLOR_RGB2BGR)
    copy_bgr = cv2.cvtColor(np.asarray(copy_img), cv2.COLOR_RGB2BGR)
    wear = wear or random_wear(rng)
    copy, transform = wear_copy(copy_bgr, wear, rng)
    truth = None
    if alteration:
        changed = np.any(np.abs(original_bgr.astype(np.int16) - copy_bgr) > 40, axis=2)
        ys, xs = np.nonzero(changed)
        box = (int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1),
               int(ys.max() - ys.min() + 1))
        truth = _map_box(box, transform)
    meta = {"angle": wear.angle, "scale": wear.scale, "blur": wear.blur, "jpeg": wear.jpeg}
    return SamplePair(original=scan_original(original_bgr, rng), copy=copy,
                      alteration=alteration, truth=truth, before=before, after=after, spec=spec,
                      meta=meta)


def worn_set(n: int, start_seed: int, vocabulary: str) -> list[SamplePair]:
    """n pairs: half faithful, and of the altered half 40 % tone marks, 30 % digits, 30 % words."""
    out = []
    kinds = ["tone", "digit", "tone", "word", "tone", "digit", "word", "tone", "digit", "word"]
    for k in range(n):
        alteration = None if k % 2 == 0 else kinds[(k // 2) % len(kinds)]
        out.append(worn_pair(start_seed + k, alteration, vocabulary))
    return out
