"""A second renderer of identity-document pictures, to probe whether the quality checks over-fit
the look of the first one (capture_wizard.core.specimens).

It was written for this project by someone who had not read the first renderer: different code,
card and passport designs drawn with PIL, backgrounds (wood planks, linen, marble, a desk with
objects, carpet, tiles) and defects (a capsule-shaped finger with a nail, a white highlight with
a halo, over-exposure by gain, ...). Figures from it are still **own renders**, never held out.

    python benchmarks/second_renderer.py --out DIR [--seed 0] [--per-class 10]

Writes DIR/<class>_NNN.png and DIR/labels.jsonl (file, cls, expected code, doc, corners, meta);
twice per_class clean pictures. The same seed gives the same pictures. `render_set` does the same
for another script (eval_second_renderer.py).
"""

import argparse
import colorsys
import json
import math
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
SANS = [str(FONT_DIR / "DejaVuSans.ttf"), str(FONT_DIR / "DejaVuSans-Bold.ttf")]
MONO = [str(FONT_DIR / "DejaVuSansMono.ttf")]

CLASSES = [
    ("clean", None),
    ("too_far", "too_far"),
    ("occluded", "occluded"),
    ("glare", "glare"),
    ("blur", "blur"),
    ("too_dark", "too_dark"),
    ("too_bright", "too_bright"),
    ("cut_off", "cut_off"),
]

DOC_PX = {"id_card": (1000, round(1000 * 54 / 85.6)), "passport": (1100, round(1100 * 88 / 125))}


# ----------------------------------------------------------------- helpers
def font(path, size):
    return ImageFont.truetype(path, max(6, int(size)))


def smooth_noise(rng, h, w, cells_y, cells_x, interp=cv2.INTER_CUBIC):
    small = rng.random((max(2, cells_y), max(2, cells_x))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=interp)


def fractal(rng, h, w, base=4, octaves=5, persist=0.55):
    out = np.zeros((h, w), np.float32)
    amp, tot = 1.0, 0.0
    for o in range(octaves):
        c = base * 2**o
        out += amp * smooth_noise(rng, h, w, int(c * h / max(h, w)) + 2, int(c * w / max(h, w)) + 2)
        tot += amp
        amp *= persist
    return out / tot


def hsv(h, s, v):
    r, g, b = colorsys.hsv_to_rgb(h % 1.0, min(1, max(0, s)), min(1, max(0, v)))
    return (int(r * 255), int(g * 255), int(b * 255))


def lum(c):
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


def pseudo_word(rng, lo=3, hi=9):
    cons, vow = "BCDFGHJKLMNPRSTVZ", "AEIOUY"
    n = int(rng.integers(lo, hi + 1))
    return "".join(
        cons[rng.integers(len(cons))] if i % 2 == 0 else vow[rng.integers(len(vow))]
        for i in range(n)
    )


def paint_shadowed(img, mask, color, rng, off=(6, 8), blur=9, strength=0.45):
    """Paint a filled mask (uint8 0/255) with a soft drop shadow onto img (float32)."""
    m = mask.astype(np.float32) / 255.0
    sh = np.roll(np.roll(m, off[1], axis=0), off[0], axis=1)
    sh = cv2.GaussianBlur(sh, (0, 0), blur)
    img *= (1 - strength * sh)[..., None]
    ma = cv2.GaussianBlur(m, (0, 0), 0.7)[..., None]
    col = np.asarray(color, np.float32)
    if col.ndim == 1:
        col = col[None, None, :]
    img[:] = img * (1 - ma) + col * ma


# ----------------------------------------------------------------- document
def doc_palette(rng):
    kind = rng.choice(["pastel", "saturated", "dark", "white"], p=[0.35, 0.25, 0.2, 0.2])
    h = rng.random()
    if kind == "pastel":
        bg = hsv(h, rng.uniform(0.12, 0.3), rng.uniform(0.88, 0.97))
    elif kind == "saturated":
        bg = hsv(h, rng.uniform(0.55, 0.85), rng.uniform(0.55, 0.85))
    elif kind == "dark":
        bg = hsv(
            rng.choice([0.62, 0.66, 0.0, 0.33]) + rng.uniform(-0.03, 0.03),
            rng.uniform(0.3, 0.8),
            rng.uniform(0.08, 0.3),
        )
    else:
        bg = hsv(h, rng.uniform(0.0, 0.05), rng.uniform(0.93, 0.99))
    dark_bg = lum(bg) < 130
    ink = (
        (245, 245, 240)
        if dark_bg
        else hsv(rng.random(), rng.uniform(0, 0.5), rng.uniform(0.05, 0.25))
    )
    accent = hsv(h + rng.uniform(0.3, 0.7), rng.uniform(0.5, 0.9), rng.uniform(0.4, 0.9))
    return kind, bg, ink, accent, dark_bg


def draw_guilloche(d, rng, W, H, bg, dark_bg):
    n = int(rng.integers(18, 45))
    shift = 40 if not dark_bg else -40
    col = (
        *(int(np.clip(c - shift + rng.integers(-25, 25), 0, 255)) for c in bg),
        int(rng.integers(60, 140)),
    )
    lam = rng.uniform(60, 260)
    a1, a2 = rng.uniform(5, 30), rng.uniform(2, 15)
    xs = np.linspace(0, W, 220)
    for k in range(n):
        y0 = k * H / n
        ph = k * rng.uniform(0.1, 0.5)
        ys = (
            y0
            + a1 * np.sin(2 * np.pi * xs / lam + ph)
            + a2 * np.sin(2 * np.pi * xs / (lam * 0.37) - 2 * ph)
        )
        d.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=col, width=1)
    if rng.random() < 0.6:  # rosette
        cx, cy = rng.uniform(0.3, 0.8) * W, rng.uniform(0.3, 0.7) * H
        R = rng.uniform(0.15, 0.35) * H
        m = int(rng.integers(5, 14))
        th = np.linspace(0, 2 * np.pi, 600)
        for k in range(int(rng.integers(10, 24))):
            r = R + 0.25 * R * np.sin(m * th + k * 0.26) + 0.1 * R * np.sin((m + 3) * th - k * 0.4)
            d.line(
                list(
                    zip(
                        (cx + r * np.cos(th)).tolist(),
                        (cy + r * np.sin(th)).tolist(),
                        strict=True,
                    )
                ),
                fill=col,
                width=1,
            )


def draw_face(img, box, rng):
    bx0, by0, bx1, by1 = box
    w, h = bx1 - bx0, by1 - by0
    pbg = hsv(rng.random(), rng.uniform(0, 0.12), rng.uniform(0.86, 0.97))
    tile = Image.new("RGBA", (w, h), (*pbg, 255))
    d = ImageDraw.Draw(tile)
    x0, y0 = 0, 0
    skin = hsv(rng.uniform(0.03, 0.09), rng.uniform(0.25, 0.6), rng.uniform(0.35, 0.9))
    cloth = hsv(rng.random(), rng.uniform(0.2, 0.7), rng.uniform(0.15, 0.6))
    hair = hsv(rng.uniform(0.02, 0.1), rng.uniform(0.2, 0.7), rng.uniform(0.05, 0.5))
    cx = x0 + w * rng.uniform(0.46, 0.54)
    # shoulders
    d.ellipse([cx - 0.56 * w, y0 + 0.72 * h, cx + 0.56 * w, y0 + 1.45 * h], fill=cloth)
    d.rectangle([cx - 0.1 * w, y0 + 0.55 * h, cx + 0.1 * w, y0 + 0.8 * h], fill=skin)
    hw, hh = 0.25 * w, 0.235 * h
    hy = y0 + 0.42 * h
    d.ellipse([cx - hw * 1.08, hy - hh * 1.12, cx + hw * 1.08, hy + hh * 0.6], fill=hair)
    d.ellipse([cx - hw, hy - hh, cx + hw, hy + hh], fill=skin)
    if rng.random() < 0.7:  # faint eyes / mouth
        ec = tuple(max(0, c - 70) for c in skin)
        for sx in (-0.38, 0.38):
            d.ellipse(
                [cx + sx * hw - 4, hy - 0.1 * hh - 3, cx + sx * hw + 4, hy - 0.1 * hh + 3], fill=ec
            )
        d.line([cx - 0.3 * hw, hy + 0.5 * hh, cx + 0.3 * hw, hy + 0.5 * hh], fill=ec, width=2)
    img.alpha_composite(tile, (bx0, by0))


def draw_hologram(W, H, rng):
    w, h = int(rng.uniform(0.12, 0.22) * W), int(rng.uniform(0.15, 0.3) * H)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = (xx / w * rng.uniform(0.8, 2) + yy / h * rng.uniform(0.5, 1.5)) % 1.0
    hsvimg = np.stack([t * 179, np.full_like(t, 120), np.full_like(t, 250)], -1).astype(np.uint8)
    rgb = cv2.cvtColor(hsvimg, cv2.COLOR_HSV2RGB)
    alpha = np.full((h, w), 0.38, np.float32) + 0.12 * np.sin(xx / 5 + yy / 9)
    m = np.zeros((h, w), np.uint8)
    if rng.random() < 0.5:
        cv2.ellipse(m, (w // 2, h // 2), (w // 2 - 1, h // 2 - 1), 0, 0, 360, 255, -1)
    else:
        cv2.rectangle(m, (0, 0), (w - 1, h - 1), 255, -1)
    a = (alpha * m / 255.0 * 255).astype(np.uint8)
    return Image.fromarray(np.dstack([rgb, a]), "RGBA")


def mrz_lines(rng, doc):
    def chunk(n):
        s = ""
        while len(s) < n:
            s += pseudo_word(rng, 3, 8) + "<" * int(rng.integers(1, 3))
        return s[:n]

    def digits(n):
        return "".join(str(rng.integers(10)) for _ in range(n))

    cc = "".join(chr(65 + rng.integers(26)) for _ in range(3))
    if doc == "passport":
        l1 = ("P<" + cc + chunk(25) + "<" * 20)[:44]
        l2 = (
            chr(65 + rng.integers(26))
            + digits(8)
            + digits(1)
            + cc
            + digits(7)
            + rng.choice(["M", "F"])
            + digits(7)
            + chunk(10)
            + "<" * 10
        )[:42] + digits(2)
        return [l1, l2]
    l1 = ("I<" + cc + digits(9) + digits(1) + "<" * 20)[:30]
    l2 = (digits(7) + rng.choice(["M", "F"]) + digits(7) + cc + "<" * 20)[:29] + digits(1)
    l3 = (chunk(18) + "<" * 20)[:30]
    return [l1, l2, l3]


def make_document(rng, doc):
    W, H = DOC_PX[doc]
    _, bg, ink, accent, dark_bg = doc_palette(rng)
    img = Image.new("RGBA", (W, H), (*bg, 255))
    # gradient
    g = np.linspace(0, 1, W if rng.random() < 0.5 else H, dtype=np.float32)
    c2 = np.array(hsv(rng.random(), rng.uniform(0.2, 0.7), rng.uniform(0.3, 0.95)), np.float32)
    amt = rng.uniform(0.1, 0.45)
    base = np.asarray(img, np.float32)[..., :3]
    gg = (g[None, :] if len(g) == W else g[:, None])[..., None] * amt
    base = base * (1 - gg) + c2 * gg
    base += (fractal(rng, H, W, 3, 4)[..., None] - 0.5) * 18
    img = Image.fromarray(
        np.dstack([np.clip(base, 0, 255).astype(np.uint8), np.full((H, W), 255, np.uint8)]), "RGBA"
    )
    bg = tuple(int(v) for v in base[H // 2, W // 2])
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    draw_guilloche(ImageDraw.Draw(layer), rng, W, H, bg, dark_bg)
    img = Image.alpha_composite(img, layer)
    d = ImageDraw.Draw(img)
    has_mrz = rng.random() < 0.5
    n_mrz = 2 if doc == "passport" else 3
    mrz_h = int(H * (0.2 if doc == "passport" else 0.27)) if has_mrz else 0
    # header band
    hdr_h = int(H * rng.uniform(0.12, 0.18))
    if rng.random() < 0.55:
        d.rectangle([0, 0, W, hdr_h], fill=(*accent, 255))
        hcol = (255, 255, 255) if lum(accent) < 140 else (20, 20, 30)
    else:
        hcol = ink if rng.random() < 0.5 else accent
    title = " ".join(pseudo_word(rng, 4, 9) for _ in range(int(rng.integers(2, 4))))
    fp = SANS[rng.integers(len(SANS))]
    tf = font(fp, hdr_h * 0.42)
    while d.textlength(title, font=tf) > W * 0.9 and tf.size > 8:
        tf = font(fp, tf.size - 2)
    tx = (W - d.textlength(title, font=tf)) / 2 if rng.random() < 0.5 else W * 0.04
    d.text((tx, hdr_h * 0.25), title, font=tf, fill=hcol)
    # portrait
    body_top, body_bot = hdr_h + int(H * 0.04), H - mrz_h - int(H * 0.05)
    pw = int(W * rng.uniform(0.24, 0.3))
    ph = min(int(pw * 1.28), body_bot - body_top)
    pw = int(ph / 1.28)
    left = rng.random() < 0.75
    px0 = int(W * 0.04) if left else W - int(W * 0.04) - pw
    draw_face(img, (px0, body_top, px0 + pw, body_top + ph), rng)
    if rng.random() < 0.5:
        d.rectangle([px0, body_top, px0 + pw, body_top + ph], outline=ink, width=2)
    # text fields
    fx0 = px0 + pw + int(W * 0.04) if left else int(W * 0.05)
    fx1 = W - int(W * 0.04) if left else px0 - int(W * 0.03)
    n_fields = int(rng.integers(4, 8))
    row = (body_bot - body_top) / n_fields
    lf = font(SANS[rng.integers(len(SANS))], row * 0.28)
    vfp = SANS[rng.integers(len(SANS))]
    vf = font(vfp, row * 0.45)
    two_col = rng.random() < 0.4
    for i in range(n_fields):
        y = body_top + i * row
        cols = (
            [(fx0, fx1)]
            if not two_col or i < 2
            else [(fx0, (fx0 + fx1) / 2), ((fx0 + fx1) / 2 + 10, fx1)]
        )
        for a, b in cols:
            lab = pseudo_word(rng, 4, 8) + (
                " / " + pseudo_word(rng, 4, 8) if rng.random() < 0.5 else ""
            )
            d.text((a, y), lab, font=lf, fill=accent if rng.random() < 0.3 and not dark_bg else ink)
            r = rng.random()
            if r < 0.35:
                day, month = rng.integers(1, 29), pseudo_word(rng, 3, 3)
                val = f"{day:02d} {month} {rng.integers(1950, 2035):04d}"
            elif r < 0.55:
                val = "".join(str(rng.integers(10)) for _ in range(int(rng.integers(6, 10))))
            else:
                val = " ".join(pseudo_word(rng) for _ in range(int(rng.integers(1, 3))))
            while d.textlength(val, font=vf) > (b - a) and len(val) > 3:
                val = val[:-1]
            d.text((a, y + row * 0.3), val, font=vf, fill=ink)
    # signature scribble
    if rng.random() < 0.6:
        sx, sy = fx0 + (fx1 - fx0) * rng.uniform(0.3, 0.6), body_bot - row * 0.4
        pts = [
            (sx + t * 3.2, sy + 14 * math.sin(t * rng.uniform(0.3, 0.7)) * math.cos(t * 0.11))
            for t in range(60)
        ]
        d.line(pts, fill=ink, width=2)
    # hologram
    if rng.random() < 0.5:
        holo = draw_hologram(W, H, rng)
        hx = int(rng.uniform(0.45, 0.8) * W)
        hy = int(rng.uniform(0.25, 0.5) * H)
        img.alpha_composite(holo, (min(hx, W - holo.width), min(hy, H - holo.height)))
        d = ImageDraw.Draw(img)
    # MRZ
    if has_mrz:
        band = hsv(rng.random(), rng.uniform(0, 0.06), rng.uniform(0.92, 1.0))
        d.rectangle([0, H - mrz_h, W, H], fill=(*band, 255))
        lines = mrz_lines(rng, doc)
        mf = font(MONO[0], 20)
        target = W * 0.92
        mf = font(MONO[0], 20 * target / d.textlength(lines[0], font=mf))
        lh = mrz_h / (n_mrz + 0.6)
        for i, ln in enumerate(lines):
            d.text((W * 0.04, H - mrz_h + lh * (0.35 + i)), ln, font=mf, fill=(25, 25, 30))
    if rng.random() < 0.45:
        inset = int(rng.integers(6, 16))
        d.rounded_rectangle(
            [inset, inset, W - inset, H - inset],
            radius=24 if doc == "id_card" else 4,
            outline=ink if rng.random() < 0.5 else accent,
            width=int(rng.integers(2, 4)),
        )
    # paper texture and alpha (rounded corners for cards)
    arr = np.asarray(img).astype(np.float32)
    arr[..., :3] += rng.normal(0, 3, (H, W, 1))
    alpha = Image.new("L", (W, H), 0)
    rad = int(W * 0.037) if doc == "id_card" else int(W * rng.uniform(0.0, 0.012))
    ImageDraw.Draw(alpha).rounded_rectangle([0, 0, W - 1, H - 1], radius=rad, fill=255)
    arr[..., 3] = np.asarray(alpha)
    return np.clip(arr, 0, 255).astype(np.uint8)


# ----------------------------------------------------------------- backgrounds
def bg_wood(rng, H, W):
    vertical = rng.random() < 0.5
    if vertical:
        H, W = W, H
    out = np.zeros((H, W, 3), np.float32)
    hue = rng.uniform(0.05, 0.1)
    tone = rng.uniform(0.3, 0.85)
    y = 0
    ph = int(rng.integers(70, 190))
    while y < H:
        h = min(ph + int(rng.integers(-10, 10)), H - y)
        col = np.array(
            hsv(
                hue + rng.uniform(-0.01, 0.01), rng.uniform(0.45, 0.7), tone * rng.uniform(0.8, 1.1)
            ),
            np.float32,
        )
        turb = fractal(rng, h, W, 3, 4)
        yy = np.arange(h, dtype=np.float32)[:, None]
        grain = np.sin(2 * np.pi * (yy / rng.uniform(6, 14) + 4 * turb))
        streak = smooth_noise(rng, h, W, h // 2 + 2, 6)
        shade = 1 + 0.08 * grain + 0.18 * (streak - 0.5)
        out[y : y + h] = col * shade[..., None]
        out[y : y + 2] *= 0.45
        x = int(rng.integers(0, W))
        while x < W:
            out[y : y + h, x : x + 2] *= 0.5
            x += int(rng.integers(400, 1400))
        y += h
    if vertical:
        out = out.transpose(1, 0, 2)
    return out


def bg_linen(rng, H, W):
    col = np.array(hsv(rng.random(), rng.uniform(0.05, 0.5), rng.uniform(0.45, 0.92)), np.float32)
    p = int(rng.integers(3, 6))
    rows = rng.normal(0, 1, H).astype(np.float32)
    cols = rng.normal(0, 1, W).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    check = ((yy // p + xx // p) % 2).astype(np.float32)
    tex = check * rows[:, None] + (1 - check) * cols[None, :]
    shade = 1 + 0.06 * tex + 0.12 * (fractal(rng, H, W, 3, 4) - 0.5)
    return col * shade[..., None]


def bg_marble(rng, H, W):
    base = np.array(
        hsv(
            rng.random(),
            rng.uniform(0, 0.25),
            rng.choice([rng.uniform(0.8, 0.95), rng.uniform(0.1, 0.25)]),
        ),
        np.float32,
    )
    vein = np.array(
        hsv(rng.random(), rng.uniform(0, 0.3), 0.45 if lum(base) > 128 else 0.8), np.float32
    )
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    f = rng.uniform(0.004, 0.012)
    ang = rng.uniform(0, np.pi)
    t = (xx * math.cos(ang) + yy * math.sin(ang)) * f + 7 * fractal(rng, H, W, 3, 6)
    v = np.abs(np.sin(t * np.pi)) ** 0.25
    out = base * v[..., None] + vein * (1 - v[..., None])
    out *= (1 + 0.08 * (fractal(rng, H, W, 6, 4) - 0.5))[..., None]
    return out


def bg_carpet(rng, H, W):
    col = np.array(hsv(rng.random(), rng.uniform(0.1, 0.7), rng.uniform(0.2, 0.7)), np.float32)
    fine = cv2.GaussianBlur(rng.normal(0, 1, (H, W)).astype(np.float32), (0, 0), 0.8)
    shade = 1 + 0.18 * fine + 0.25 * (fractal(rng, H, W, 8, 3) - 0.5)
    return col * shade[..., None]


def bg_tiles(rng, H, W):
    T = int(rng.integers(110, 300))
    gw = int(rng.integers(3, 9))
    c1 = np.array(hsv(rng.random(), rng.uniform(0, 0.4), rng.uniform(0.35, 0.95)), np.float32)
    c2 = (
        np.array(hsv(rng.random(), rng.uniform(0, 0.4), rng.uniform(0.2, 0.95)), np.float32)
        if rng.random() < 0.3
        else c1
    )
    grout = np.array(hsv(0.1, 0.05, rng.uniform(0.3, 0.8)), np.float32)
    out = np.zeros((H, W, 3), np.float32)
    ox, oy = int(rng.integers(0, T)), int(rng.integers(0, T))
    tex = fractal(rng, H, W, 10, 4)
    for ty in range(-1, H // T + 2):
        for tx in range(-1, W // T + 2):
            x0, y0 = tx * T - ox, ty * T - oy
            c = (c1 if (tx + ty) % 2 == 0 else c2) * rng.uniform(0.93, 1.07)
            out[max(0, y0) : max(0, y0 + T), max(0, x0) : max(0, x0 + T)] = c
    out *= (1 + 0.12 * (tex - 0.5))[..., None]
    yy, xx = np.mgrid[0:H, 0:W]
    g = (((xx + ox) % T) < gw) | (((yy + oy) % T) < gw)
    out[g] = grout
    return out


def bg_desk(rng, H, W):
    col = np.array(
        hsv(
            rng.random(),
            rng.uniform(0, 0.35),
            rng.choice([rng.uniform(0.15, 0.3), rng.uniform(0.6, 0.92)]),
        ),
        np.float32,
    )
    out = (
        col
        * (1 + 0.06 * (fractal(rng, H, W, 4, 4) - 0.5))[..., None]
        * np.ones((H, W, 1), np.float32)
    )
    for _ in range(int(rng.integers(3, 8))):
        m = np.zeros((H, W), np.uint8)
        kind = rng.choice(["paper", "pen", "keyboard", "box", "mug", "phone"])
        cx, cy = rng.uniform(0, W), rng.uniform(0, H)
        ang = rng.uniform(0, 180)
        if kind == "pen":
            L, w = rng.uniform(150, 320), rng.uniform(8, 16)
            box = cv2.boxPoints(((cx, cy), (L, w), ang)).astype(np.int32)
            cv2.fillPoly(m, [box], 255)
            paint_shadowed(
                out,
                m,
                hsv(rng.random(), rng.uniform(0.4, 0.9), rng.uniform(0.2, 0.9)),
                rng,
                (3, 4),
                4,
            )
            m2 = np.zeros_like(m)
            cv2.fillPoly(
                m2,
                [
                    cv2.boxPoints(
                        (
                            (
                                cx + L * 0.45 * math.cos(math.radians(ang)),
                                cy + L * 0.45 * math.sin(math.radians(ang)),
                            ),
                            (L * 0.12, w * 1.1),
                            ang,
                        )
                    ).astype(np.int32)
                ],
                255,
            )
            paint_shadowed(out, m2, (30, 30, 35), rng, (1, 1), 2, 0.1)
        elif kind == "paper":
            box = cv2.boxPoints(
                ((cx, cy), (rng.uniform(300, 520), rng.uniform(400, 700)), ang)
            ).astype(np.int32)
            cv2.fillPoly(m, [box], 255)
            paint_shadowed(out, m, hsv(0.12, 0.03, rng.uniform(0.9, 0.98)), rng, (5, 7), 10, 0.35)
        elif kind == "keyboard":
            kw, kh = rng.uniform(500, 800), rng.uniform(160, 240)
            a = rng.uniform(-20, 20)
            box = cv2.boxPoints(((cx, cy), (kw, kh), a)).astype(np.int32)
            cv2.fillPoly(m, [box], 255)
            kc = hsv(0, 0, rng.choice([0.12, 0.85]))
            paint_shadowed(out, m, kc, rng, (6, 9), 10, 0.5)
            R = np.array(
                [
                    [math.cos(math.radians(a)), -math.sin(math.radians(a))],
                    [math.sin(math.radians(a)), math.cos(math.radians(a))],
                ]
            )
            keyc = hsv(0, 0, 0.22 if lum(kc) < 100 else 0.95)
            for r in range(5):
                for c in range(14):
                    p = np.array(
                        [-kw / 2 + 12 + c * (kw - 24) / 14, -kh / 2 + 12 + r * (kh - 24) / 5]
                    )
                    kx, ky = (kw - 24) / 14 - 6, (kh - 24) / 5 - 6
                    pts = p + np.array([[0, 0], [kx, 0], [kx, ky], [0, ky]])
                    pts = (pts @ R.T + np.array([cx, cy])).astype(np.int32)
                    cv2.fillPoly(out, [pts], keyc)
        elif kind == "box":
            box = cv2.boxPoints(
                ((cx, cy), (rng.uniform(120, 380), rng.uniform(100, 300)), ang)
            ).astype(np.int32)
            cv2.fillPoly(m, [box], 255)
            paint_shadowed(
                out,
                m,
                hsv(rng.random(), rng.uniform(0.2, 0.8), rng.uniform(0.3, 0.9)),
                rng,
                (8, 10),
                12,
                0.5,
            )
        elif kind == "mug":
            r = int(rng.uniform(50, 90))
            cv2.circle(m, (int(cx), int(cy)), r, 255, -1)
            paint_shadowed(
                out,
                m,
                hsv(rng.random(), rng.uniform(0.1, 0.8), rng.uniform(0.4, 0.95)),
                rng,
                (10, 12),
                14,
                0.5,
            )
            cv2.circle(out, (int(cx), int(cy)), int(r * 0.8), hsv(0.07, 0.7, 0.25), -1)
        else:
            box = cv2.boxPoints(
                ((cx, cy), (rng.uniform(140, 170), rng.uniform(280, 330)), ang)
            ).astype(np.int32)
            cv2.fillPoly(m, [box], 255)
            paint_shadowed(out, m, (18, 18, 22), rng, (5, 7), 8, 0.5)
    return out


BACKGROUNDS = [bg_wood, bg_linen, bg_marble, bg_desk, bg_carpet, bg_tiles]


# ----------------------------------------------------------------- geometry
def doc_quad(rng, W, H, aspect, frac, angle_deg, persp):
    area = frac * W * H
    dh = math.sqrt(area / aspect)
    dw = dh * aspect
    base = np.array([[-dw / 2, -dh / 2], [dw / 2, -dh / 2], [dw / 2, dh / 2], [-dw / 2, dh / 2]])
    base += rng.uniform(-persp, persp, (4, 2)) * dh
    a = math.radians(angle_deg)
    R = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    q = base @ R.T
    # rescale to exact target area
    q *= math.sqrt(area / max(1.0, abs(cv2.contourArea(q.astype(np.float32)))))
    return q


def place(rng, W, H, aspect, frac_range, max_angle, margin_frac=0.04):
    m = margin_frac * min(W, H)
    for attempt in range(400):
        f = rng.uniform(*frac_range) if attempt < 300 else frac_range[0]
        ang = rng.uniform(-max_angle, max_angle) * (1 if attempt < 150 else 0.3)
        q = doc_quad(rng, W, H, aspect, f, ang, 0.035)
        lo, hi = q.min(0), q.max(0)
        sx, sy = (W - 2 * m) - (hi[0] - lo[0]), (H - 2 * m) - (hi[1] - lo[1])
        if sx < 0 or sy < 0:
            continue
        cx = m - lo[0] + rng.uniform(0, sx)
        cy = m - lo[1] + rng.uniform(0, sy)
        return q + np.array([cx, cy])
    raise RuntimeError("could not place document")


def inside_fraction(q, W, H):
    rect = np.array([[0, 0], [W, 0], [W, H], [0, H]], np.float32)
    inter, _ = cv2.intersectConvexConvex(q.astype(np.float32), rect)
    return inter / abs(cv2.contourArea(q.astype(np.float32)))


def place_cut(rng, W, H, aspect, out_frac):
    m = 0.04 * min(W, H)
    for _ in range(400):
        f = rng.uniform(0.18, 0.4)
        q = doc_quad(rng, W, H, aspect, f, rng.uniform(-10, 10), 0.03)
        lo, hi = q.min(0), q.max(0)
        side = rng.integers(4)  # 0 left 1 right 2 top 3 bottom
        axis = 0 if side < 2 else 1
        other = 1 - axis
        size_o = (W, H)[other]
        if hi[other] - lo[other] > size_o - 2 * m:
            continue
        c = [0.0, 0.0]
        c[other] = m - lo[other] + rng.uniform(0, size_o - 2 * m - (hi[other] - lo[other]))
        # binary search the centre along axis so that out_frac lies outside on `side`
        S = (W, H)[axis]
        if side in (0, 2):
            a, b = (
                -lo[axis] - (hi[axis] - lo[axis]),
                -lo[axis],
            )  # fully outside .. fully inside (touching)
        else:
            a, b = S - hi[axis] + (hi[axis] - lo[axis]), S - hi[axis]
        for _ in range(40):
            mid = (a + b) / 2
            c[axis] = mid
            fin = inside_fraction(q + c, W, H)
            if (1 - fin) > out_frac:
                a = mid
            else:
                b = mid
        qq = q + c
        # the opposite side must stay inside
        if side in (0, 2) and qq[:, axis].max() > S - m:
            continue
        if side in (1, 3) and qq[:, axis].min() < m:
            continue
        if abs((1 - inside_fraction(qq, W, H)) - out_frac) > 0.01:
            continue
        return qq
    raise RuntimeError("cut placement failed")


def warp_doc(scene, doc_rgba, quad, rng, shadow=True):
    H, W = scene.shape[:2]
    dh, dw = doc_rgba.shape[:2]
    tw = np.linalg.norm(quad[1] - quad[0])
    src = doc_rgba
    if tw < dw / 1.6:  # pre-shrink to avoid aliasing
        s = max(tw * 1.5 / dw, 0.05)
        src = cv2.resize(
            doc_rgba, (max(8, int(dw * s)), max(8, int(dh * s))), interpolation=cv2.INTER_AREA
        )
    sh, sw = src.shape[:2]
    srcq = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32)
    M = cv2.getPerspectiveTransform(srcq, quad.astype(np.float32))
    warped = cv2.warpPerspective(
        src, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0
    )
    a = warped[..., 3].astype(np.float32) / 255.0
    if shadow:
        d = math.sqrt(abs(cv2.contourArea(quad.astype(np.float32))))
        off = rng.uniform(0.01, 0.04, 2) * d * rng.choice([-1, 1], 2)
        Ms = np.float32([[1, 0, off[0]], [0, 1, off[1]]])
        sm = cv2.warpAffine(a, Ms, (W, H))
        sm = cv2.GaussianBlur(sm, (0, 0), max(1.5, 0.03 * d))
        scene *= (1 - rng.uniform(0.3, 0.55) * sm)[..., None]
    rgb = warped[..., :3].astype(np.float32)
    # subtle card-edge highlight / thickness
    scene[:] = scene * (1 - a[..., None]) + rgb * a[..., None]
    return M, a


# ----------------------------------------------------------------- defects
def add_finger(rng, scene, quad, doc_mask, target):
    H, W = scene.shape[:2]
    doc_area = abs(cv2.contourArea(quad.astype(np.float32)))
    short = min(np.linalg.norm(quad[1] - quad[2]), np.linalg.norm(quad[0] - quad[1]))
    fw = short * rng.uniform(0.26, 0.4)
    fw = max(fw, 40)
    # pick a document edge and the picture edge it faces
    e = int(rng.integers(4))
    p0, p1 = quad[e], quad[(e + 1) % 4]
    t = rng.uniform(0.2, 0.8)
    pe = p0 + t * (p1 - p0)
    c = quad.mean(0)
    outward = pe - c
    # direction to nearest picture edge roughly along outward normal
    cands = {
        "L": (np.array([-1.0, 0]), pe[0]),
        "R": (np.array([1.0, 0]), W - pe[0]),
        "T": (np.array([0, -1.0]), pe[1]),
        "B": (np.array([0, 1.0]), H - pe[1]),
    }
    best = max(
        cands.values(),
        key=lambda v: (
            float(np.dot(v[0], outward / (np.linalg.norm(outward) + 1e-6))) - v[1] / max(W, H)
        ),
    )
    ang = math.atan2(best[0][1], best[0][0]) + math.radians(rng.uniform(-25, 25))
    u = np.array([math.cos(ang), math.sin(ang)])  # from tip toward the base (outside)
    inward = -u
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    skin_tones = [
        (0.06, 0.28, 0.95),
        (0.065, 0.38, 0.85),
        (0.07, 0.45, 0.72),
        (0.06, 0.5, 0.55),
        (0.05, 0.55, 0.38),
        (0.04, 0.5, 0.28),
    ]
    st = skin_tones[rng.integers(len(skin_tones))]
    skin = np.array(
        hsv(
            st[0] + rng.uniform(-0.01, 0.01),
            st[1] * rng.uniform(0.9, 1.1),
            st[2] * rng.uniform(0.92, 1.05),
        ),
        np.float32,
    )

    def geometry(depth):
        tip = pe + inward * depth
        du = (xx - tip[0]) * u[0] + (yy - tip[1]) * u[1]
        dv = -(xx - tip[0]) * u[1] + (yy - tip[1]) * u[0]
        hw0 = fw / 2
        tipr = hw0 * 0.88
        hw = hw0 * (0.88 + 0.12 * np.clip((du - tipr) / (3 * fw), 0, 1))
        body = (du >= tipr) & (np.abs(dv) <= hw)
        capv = np.sqrt(np.clip(1 - ((du - tipr) / (tipr * 1.15)) ** 2, 0, 1)) * tipr
        hw = np.where(du < tipr, np.maximum(capv, 1), hw)
        cap = (du < tipr) & (np.abs(dv) <= capv)
        return tip, du, dv, hw, (body | cap)

    lo_d, hi_d = -fw * 0.5, short * 1.2
    for _ in range(30):
        mid = (lo_d + hi_d) / 2
        _, _, _, _, m = geometry(mid)
        cov = float((m * (doc_mask > 0.5)).sum()) / doc_area
        if cov < target:
            lo_d = mid
        else:
            hi_d = mid
    _, du, dv, hw, m = geometry((lo_d + hi_d) / 2)
    mf = m.astype(np.float32)
    # soft shadow on the scene
    off = rng.uniform(0.08, 0.2) * fw
    sd = np.array([rng.uniform(-1, 1), 1.0])
    sd = sd / np.linalg.norm(sd) * off
    sh = cv2.warpAffine(mf, np.float32([[1, 0, sd[0]], [0, 1, sd[1]]]), (W, H))
    sh = cv2.GaussianBlur(sh, (0, 0), fw * 0.25)
    scene *= (1 - 0.55 * sh)[..., None]
    # shading across the finger (cylinder) and along it
    n = np.clip(dv / np.maximum(hw, 1), -1, 1)
    light = rng.uniform(-0.5, 0.5)
    cyl = np.sqrt(np.clip(1 - n**2, 0, 1))
    shade = 0.45 + 0.55 * cyl**0.6 + 0.12 * np.exp(-(((n - light) / 0.22) ** 2))
    tipness = np.exp(-np.clip(du, 0, None) / (fw * 0.9))
    col = skin[None, None, :] * shade[..., None]
    col = (
        col * (1 - 0.12 * tipness[..., None])
        + np.array([210, 90, 90], np.float32) * 0.12 * tipness[..., None]
    )
    col *= (1 + 0.06 * (fractal(rng, H, W, 40, 3) - 0.5))[..., None]
    # knuckle creases
    for kd in (1.6, 1.72, 3.2):
        cr = np.exp(-(((du - kd * fw - 0.15 * fw * n**2) / (0.03 * fw)) ** 2)) * np.clip(
            1 - np.abs(n), 0, 1
        )
        col *= (1 - 0.12 * cr)[..., None]
    # nail
    nu0, nl, nwid = fw * 0.06, fw * 0.72, fw * 0.29
    nail = (((du - nu0 - nl / 2) / (nl / 2)) ** 2 + (dv / nwid) ** 2 <= 1) & (du > nu0 - 2) & m
    nailf = cv2.GaussianBlur(nail.astype(np.float32), (0, 0), 1.2)
    nailcol = np.clip(skin * np.array([1.08, 0.92, 0.95]) + 25, 0, 255)
    free_edge = np.clip(1 - (du - nu0) / (0.14 * fw), 0, 1)[..., None]
    ncol = (
        nailcol * shade[..., None] * (1 - free_edge)
        + np.array([245, 240, 230], np.float32) * shade[..., None] * free_edge
    )
    ncol = (
        ncol
        + 60
        * np.exp(-(((n - light * 0.7) / 0.15) ** 2))[..., None]
        * (du > nu0 + 0.2 * nl)[..., None]
    )
    rim = np.clip(cv2.GaussianBlur(nail.astype(np.float32), (0, 0), 2.5) - nailf * 0.6, 0, 1)
    col = col * (1 - 0.25 * rim[..., None])
    col = col * (1 - nailf[..., None]) + ncol * nailf[..., None]
    a = cv2.GaussianBlur(mf, (0, 0), 1.0)
    fin = scene * (1 - a[..., None]) + col * a[..., None]
    # close to the lens: slightly out of focus
    blurred = cv2.GaussianBlur(fin, (0, 0), rng.uniform(0.8, 2.2))
    aa = cv2.GaussianBlur(mf, (0, 0), 3.0)[..., None]
    scene[:] = fin * (1 - aa) + blurred * aa
    return float((m * (doc_mask > 0.5)).sum()) / doc_area


def add_glare(rng, scene, M, doc_shape, doc_mask, quad, target):
    H, W = scene.shape[:2]
    doc_area = abs(cv2.contourArea(quad.astype(np.float32)))
    # centre on the print: a point within the inner 60 % of the document
    sh, sw = doc_shape
    p = np.array([[[rng.uniform(0.2, 0.8) * sw, rng.uniform(0.2, 0.8) * sh]]], np.float32)
    c = cv2.perspectiveTransform(p, M)[0, 0]
    elong = rng.choice([1.0, rng.uniform(1.5, 4.0)])
    ang = rng.uniform(0, 180)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ca, sa = math.cos(math.radians(ang)), math.sin(math.radians(ang))
    du = (xx - c[0]) * ca + (yy - c[1]) * sa
    dv = -(xx - c[0]) * sa + (yy - c[1]) * ca
    r2 = (du / elong) ** 2 + dv**2
    halo_peak = rng.uniform(0.35, 0.6)
    tint = np.array([255, 255, 255], np.float32) - np.array(
        rng.choice([[0, 0, 0], [0, 4, 12], [10, 4, 0]]), np.float32
    )

    def alpha(b):
        core = 1 / (1 + np.exp((np.sqrt(r2) - b) / (0.08 * b)))
        halo = halo_peak * np.exp(-r2 / (2 * (1.9 * b) ** 2))
        return np.clip(np.maximum(core, halo), 0, 1) * doc_mask

    lo, hi = 2.0, math.sqrt(doc_area)
    for _ in range(28):
        b = (lo + hi) / 2
        cov = float((alpha(b) >= 0.5).sum()) / doc_area
        if cov < target:
            lo = b
        else:
            hi = b
    a = alpha((lo + hi) / 2)
    # a little streaky structure inside the halo (surface texture)
    a = np.clip(a * (1 + 0.08 * (fractal(rng, H, W, 30, 2) - 0.5)), 0, 1)
    scene[:] = scene * (1 - a[..., None]) + tint * a[..., None]
    scene[(a > 0.97)] = 255.0
    return float((a >= 0.5).sum()) / doc_area


def lighting(rng, scene, strength):
    H, W = scene.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    g = (xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang)
    r = np.sqrt(((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2)
    f = 1 + strength * g - rng.uniform(0.05, 0.18) * r**2
    scene *= f[..., None]
    warm = np.array([1 + rng.uniform(-0.04, 0.05), 1, 1 + rng.uniform(-0.05, 0.04)], np.float32)
    scene *= warm


def motion_kernel(length, ang):
    k = np.zeros((length + 2, length + 2), np.float32)
    c = (length + 1) / 2
    dx, dy = math.cos(ang) * length / 2, math.sin(ang) * length / 2
    cv2.line(
        k,
        (round(c - dx), round(c - dy)),
        (round(c + dx), round(c + dy)),
        1.0,
        1,
        cv2.LINE_AA,
    )
    return k / k.sum()


def finish(rng, scene, noise_sigma=None, jpeg=True):
    if noise_sigma is None:
        noise_sigma = rng.uniform(1.2, 3.0)
    H, W = scene.shape[:2]
    n = rng.normal(0, noise_sigma, (H, W, 1)) + rng.normal(0, noise_sigma * 0.4, (H, W, 3))
    out = np.clip(scene + n, 0, 255).astype(np.uint8)
    if jpeg:
        _, buf = cv2.imencode(
            ".jpg",
            cv2.cvtColor(out, cv2.COLOR_RGB2BGR),
            [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(72, 93))],
        )
        out = cv2.cvtColor(cv2.imdecode(buf, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    return out


# ----------------------------------------------------------------- scene
def render(rng, cls):
    portrait_pic = rng.random() < 0.12 and cls not in ("cut_off",)
    W, H = (720, 1280) if portrait_pic else (1280, 720)
    doc = "id_card" if rng.random() < 0.55 else "passport"
    drgba = make_document(rng, doc)
    aspect = drgba.shape[1] / drgba.shape[0]
    bgf = BACKGROUNDS[rng.integers(len(BACKGROUNDS))]
    scene = bgf(rng, H, W).astype(np.float32)
    scene = np.clip(scene, 0, 255)
    if cls == "too_far":
        quad = place(rng, W, H, aspect, (0.02, 0.06), 15)
    elif cls == "cut_off":
        quad = place_cut(rng, W, H, aspect, rng.uniform(0.15, 0.35))
    else:
        fr = (0.25, 0.6) if not portrait_pic else (0.25, 0.3)
        quad = place(rng, W, H, aspect, fr, 15, margin_frac=0.05)
    M, dmask = warp_doc(scene, drgba, quad, rng)
    meta = {"bg": bgf.__name__, "portrait_pic": portrait_pic}
    if cls == "occluded":
        meta["cover"] = round(add_finger(rng, scene, quad, dmask, rng.uniform(0.05, 0.14)), 4)
    if cls == "glare":
        meta["cover"] = round(
            add_glare(
                rng, scene, M, _src_shape(drgba, quad), dmask, quad, rng.uniform(0.035, 0.115)
            ),
            4,
        )
    lighting(rng, scene, rng.uniform(0.05, 0.22) if cls != "too_dark" else rng.uniform(0.1, 0.3))
    noise = None
    if cls == "too_dark":
        dm = dmask > 0.5
        y = scene[..., 0] * 0.299 + scene[..., 1] * 0.587 + scene[..., 2] * 0.114
        p95 = float(np.percentile(y[dm], 95)) if dm.any() else 200
        target = rng.uniform(38, 66)
        scene *= target / max(p95, 1)
        scene[:] = 255 * (scene / 255) ** rng.uniform(1.0, 1.15)
        noise = rng.uniform(3.5, 7)
        meta["doc_p95"] = round(target, 1)
    elif cls == "too_bright":
        g = rng.uniform(1.8, 3.0)
        scene *= g
        scene += rng.uniform(0, 25)
        np.clip(scene, 0, 255, out=scene)
        meta["gain"] = round(g, 2)
    if cls == "blur":
        if rng.random() < 0.5:
            s = rng.uniform(3, 6) * max(W, H) / 1280
            scene[:] = cv2.GaussianBlur(scene, (0, 0), s)
            meta["blur"] = f"gauss {s:.1f}"
        else:
            L = int(rng.integers(15, 31))
            a = rng.uniform(0, np.pi)
            scene[:] = cv2.filter2D(scene, -1, motion_kernel(L, a))
            meta["blur"] = f"motion {L}"
    img = finish(rng, scene, noise)
    return img, doc, quad, meta


def _src_shape(drgba, quad):
    """Shape of the image warp_doc actually warped (it may pre-shrink)."""
    dh, dw = drgba.shape[:2]
    tw = np.linalg.norm(quad[1] - quad[0])
    if tw < dw / 1.6:
        s = max(tw * 1.5 / dw, 0.05)
        return (max(8, int(dh * s)), max(8, int(dw * s)))
    return (dh, dw)


def render_set(
    out_dir: str | Path,
    seed: int,
    per_class: int,
    *,
    only: set[str] | None = None,
    verbose: bool = False,
) -> list[dict]:
    """Render per_class pictures of each class (twice that many clean ones) into out_dir, with
    labels.jsonl; return the label records. `only` keeps those classes; `verbose` prints a line
    per picture."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    records = []
    for ci, (cls, exp) in enumerate(CLASSES):
        if only and cls not in only:
            continue
        n = per_class * (2 if cls == "clean" else 1)
        for i in range(n):
            rng = np.random.default_rng([seed, ci, i])
            img, doc, quad, meta = render(rng, cls)
            name = f"{cls}_{i:03d}.png"
            cv2.imwrite(str(out / name), cv2.cvtColor(img, cv2.COLOR_RGB2BGR))
            records.append(
                {
                    "file": name,
                    "cls": cls,
                    "expected": exp,
                    "doc": doc,
                    "corners": [[round(float(x), 1), round(float(y), 1)] for x, y in quad],
                    "meta": meta,
                }
            )
            if verbose:
                print(name, doc, meta, flush=True)
    lines = [json.dumps(rec) for rec in records]
    (out / "labels.jsonl").write_text("\n".join(lines) + "\n")
    return records


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-class", type=int, default=10)
    ap.add_argument("--only", default=None, help="comma-separated classes (debugging)")
    args = ap.parse_args()
    only = set(args.only.split(",")) if args.only else None
    render_set(args.out, args.seed, args.per_class, only=only, verbose=True)


if __name__ == "__main__":
    main()
