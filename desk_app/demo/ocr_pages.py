"""Generated scans of Vietnamese administrative prose, with the degradations seen at a counter:
pages fed sideways or upside down, 150-200 dpi, skewed a few degrees, unevenly lit, JPEG.
Used by the benchmarks and the tests (ground truth is known exactly)."""
from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"

SENTENCES = [
    "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.",
    "Bộ phận Một cửa tiếp nhận hồ sơ của công dân, kiểm tra tính đầy đủ của thành phần hồ sơ theo danh mục đã được công bố.",
    "Người nộp hồ sơ được lựa chọn nộp bản sao và xuất trình bản chính để cán bộ tiếp nhận đối chiếu.",
    "Cán bộ tiếp nhận có trách nhiệm kiểm tra, đối chiếu và chịu trách nhiệm về tính chính xác của bản sao so với bản chính.",
    "Trường hợp hồ sơ chưa đầy đủ, cán bộ hướng dẫn một lần, đầy đủ để người nộp bổ sung, hoàn thiện hồ sơ.",
    "Ủy ban nhân dân phường đề nghị ông Nguyễn Văn Hùng, sinh năm 1978, cư trú tại số 12 đường Lê Lợi, nộp bản sao giấy khai sinh.",
    "Thời hạn giải quyết là 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ theo quy định.",
    "Kết quả giải quyết được trả trực tiếp tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích theo yêu cầu của tổ chức, cá nhân.",
    "Bà Trần Thị Thu Hằng đề nghị cấp trích lục khai tử cho người thân đã mất tại bệnh viện tỉnh Quảng Ninh.",
    "Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính được thực hiện theo Thông tư số 01/2023/TT-VPCP.",
    "Nghiêm cấm cán bộ tự ý yêu cầu bổ sung hồ sơ, giấy tờ ngoài quy định hoặc yêu cầu nộp lại giấy tờ đã được số hóa.",
    "Đơn vị tiếp nhận lập Phiếu kiểm soát quá trình giải quyết hồ sơ và chuyển cho cơ quan có thẩm quyền xử lý.",
    "Hộ gia đình ông Lê Quốc Việt đăng ký thường trú tại thôn Đông Hưng, xã Thủy Nguyên, thành phố Hải Phòng.",
    "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được cấp lần đầu.",
    "Phí, lệ phí được nộp theo mức thu quy định tại Nghị quyết của Hội đồng nhân dân tỉnh; miễn phí đối với người có công.",
    "Chủ tịch Ủy ban nhân dân xã chịu trách nhiệm trước pháp luật về kết quả giải quyết thủ tục hành chính.",
    "Công dân Phạm Thị Ngọc Ánh, số định danh cá nhân được ghi trên thẻ căn cước, đề nghị đăng ký kết hôn.",
    "Hồ sơ gồm: tờ khai theo mẫu, bản chụp giấy tờ tùy thân, giấy xác nhận tình trạng hôn nhân còn giá trị sử dụng.",
    "Trong thời hạn ba ngày làm việc, cơ quan giải quyết phải thông báo bằng văn bản và nêu rõ lý do nếu từ chối.",
    "Ngày 15 tháng 8 năm 2025, Đoàn kiểm tra đã làm việc với Bộ phận tiếp nhận và trả kết quả của huyện Đắk Mil.",
]
HEADER = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


@dataclass
class SynthPage:
    image: Image.Image  # grey, upright, at `dpi`
    text: str  # ground truth, lines joined by newlines
    dpi: int


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if draw.textlength(trial, font=font) <= width:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def make_page(seed: int, dpi: int = 300, paragraphs: int = 6, pt: float = 13.0) -> SynthPage:
    rng = random.Random(seed)
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    size = round(pt / 72 * dpi)
    font = ImageFont.truetype(FONT, size)
    bold = ImageFont.truetype(FONT_BOLD, size)
    margin_l, margin_r, y = int(1.2 * dpi), int(0.8 * dpi), int(0.8 * dpi)
    pitch = int(size * 1.45)
    lines_out: list[str] = []
    for line in HEADER:
        lw = draw.textlength(line, font=bold)
        draw.text(((w - lw) / 2, y), line, font=bold, fill=0)
        lines_out.append(line)
        y += pitch
    y += pitch
    for _ in range(paragraphs):
        para = " ".join(rng.sample(SENTENCES, 2))
        for line in _wrap(draw, para, font, w - margin_l - margin_r):
            draw.text((margin_l, y), line, font=font, fill=0)
            lines_out.append(line)
            y += pitch
        y += pitch // 3
        if y > h - 2 * dpi:
            break
    return SynthPage(img, "\n".join(lines_out), dpi)


def degrade(page: SynthPage, seed: int) -> tuple[bytes, dict[str, object]]:
    """A hard scan of the page: 150-200 dpi, turned 0/90/180/270 plus a skew of up to 3.5°, one side
    darker, light noise, JPEG. Returns the JPEG bytes and what was done."""
    rng = random.Random(seed)
    dpi = rng.choice([150, 175, 200])
    f = dpi / page.dpi
    img = page.image.resize((int(page.image.width * f), int(page.image.height * f)),
                            Image.Resampling.LANCZOS)
    skew = rng.uniform(1.5, 3.5) * rng.choice([-1, 1])
    img = img.rotate(skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=235)
    arr = np.asarray(img).astype(np.float32)
    hh, ww = arr.shape
    side = rng.choice(["left", "right", "top", "bottom"])
    ramp = np.linspace(0.55, 1.0, ww if side in ("left", "right") else hh, dtype=np.float32)
    if side in ("right", "bottom"):
        ramp = ramp[::-1]
    light = ramp[None, :] if side in ("left", "right") else ramp[:, None]
    arr = arr * light + np.random.default_rng(seed).normal(0, 6, arr.shape).astype(np.float32)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    turn = rng.choice([90, 180, 270, 0, 90, 180])
    if turn:
        img = img.rotate(turn, expand=True)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=rng.choice([60, 70, 80]), dpi=(dpi, dpi))
    return buf.getvalue(), {"dpi": dpi, "skew": round(skew, 2), "turn": turn, "dark": side}


def png_bytes(img: Image.Image, dpi: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", dpi=(dpi, dpi))
    return buf.getvalue()
