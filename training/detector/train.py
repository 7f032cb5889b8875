"""Train the learned document detector and export it to ONNX.

A small U-Net: a BGR picture squeezed to INPUT x INPUT in, two maps at half that size out
(logits): the whole document (its outline, fingers over it included) and the fingers over it.
Trained on `make_data.py`'s own renders with augmentation (crops down to the document's own
edges as in a scan, quarter turns, mirror, colour, blur, noise, JPEG). Needs PyTorch (not a
dependency of the app: the app runs the exported model with onnxruntime).

    python training/detector/train.py DATA_DIR --out resources/models/document_detector.onnx
"""

import argparse
import glob
import time

import cv2
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

INPUT = 128
FRAMED_MIN_SHARE = 0.25  # --framed: only beside a document covering this share of the picture
PHOTO_SHARE = 0.25  # of the pictures with nothing over the document: moved onto a photograph


def load(
    folder: str, skip: set[str] | None = None
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Every sample in the folder's shards, but those of the shards named in `skip` (which
    gets the names of the shards read added to it): a run can pick up shards that
    make_data.py writes while it trains."""
    samples = []
    for path in sorted(glob.glob(f"{folder}/shard_*[0-9].npz")):
        if skip is not None:
            if path in skip:
                continue
            skip.add(path)
        with np.load(path, allow_pickle=True) as z:
            data, n = z["data"], int(z["count"])
        for i in range(n):
            img = cv2.imdecode(data[i], cv2.IMREAD_COLOR)
            doc = cv2.imdecode(data[n + i], cv2.IMREAD_GRAYSCALE)
            occ = cv2.imdecode(data[2 * n + i], cv2.IMREAD_GRAYSCALE)
            samples.append((img, doc, occ))
    return samples


def _crop_window(rng, doc: np.ndarray) -> tuple[int, int, int, int]:
    h, w = doc.shape
    ys, xs = np.nonzero(doc > 127)
    if len(xs) and rng.random() < 0.15:  # cropped to the document's edges, or nearly (a scan)
        pad = rng.uniform(-0.02, 0.08, 4) * np.array([w, h, w, h])
        x0, y0 = xs.min() - pad[0], ys.min() - pad[1]
        x1, y1 = xs.max() + pad[2], ys.max() + pad[3]
    elif rng.random() < 0.5:  # a zoom into part of the frame
        cw, ch = w * rng.uniform(0.55, 1.0), h * rng.uniform(0.55, 1.0)
        x0, y0 = rng.uniform(0, w - cw), rng.uniform(0, h - ch)
        x1, y1 = x0 + cw, y0 + ch
    else:
        x0, y0, x1, y1 = 0, 0, w, h
    x0, y0 = int(max(0, x0)), int(max(0, y0))
    x1, y1 = int(min(w, max(x1, x0 + 16))), int(min(h, max(y1, y0 + 16)))
    return x0, y0, x1, y1


_PHOTOS = (
    "astronaut",
    "brick",
    "camera",
    "chelsea",
    "coffee",
    "coins",
    "grass",
    "gravel",
    "hubble_deep_field",
    "immunohistochemistry",
    "moon",
    "page",
    "retina",
    "rocket",
    "stereo_motorcycle",
    "text",
)


_NOT_NEGATIVES = ("page", "text")  # printed paper: a document-like picture, not a negative


def photos() -> list[np.ndarray]:
    """Real photographs (scikit-image's sample data, CC0 or public domain, used only here, in
    training) as backgrounds: the renders' procedural tables are not all a camera meets."""
    import skimage.data

    out = []
    for name in _PHOTOS:
        img = getattr(skimage.data, name)()
        img = img[0] if isinstance(img, tuple) else img  # the stereo pair: its left picture
        if img.ndim == 2:
            img = np.repeat(img[..., None], 3, axis=2)
        out.append(np.ascontiguousarray(img[..., :3][..., ::-1]))
    return out


def on_photo(rng, img, doc, backgrounds, framed: bool = False):
    """The document (with nothing over it) moved onto a crop of a real photograph; `framed`:
    with framed pictures beside and behind it (with_framed_pictures)."""
    h, w = doc.shape
    photo = backgrounds[rng.integers(len(backgrounds))]
    ph, pw = photo.shape[:2]
    k = rng.uniform(0.5, 1.0)
    cw, ch = int(pw * k), int(ph * k)
    x, y = rng.integers(0, pw - cw + 1), rng.integers(0, ph - ch + 1)
    back = cv2.resize(photo[y : y + ch, x : x + cw], (w, h), interpolation=cv2.INTER_AREA)
    if rng.random() < 0.5:
        back = cv2.GaussianBlur(back, (0, 0), rng.uniform(0.5, 3))
    if framed:
        back = with_framed_pictures(rng, back, doc, backgrounds)
    back = back.astype(np.float32) * rng.uniform(0.6, 1.2, 3)
    alpha = doc.astype(np.float32)[..., None] / 255
    shadow = cv2.GaussianBlur(alpha, (0, 0), max(1.0, 0.02 * w))[..., None]
    shift = np.float32([[1, 0, rng.uniform(-0.02, 0.02) * w], [0, 1, rng.uniform(0, 0.03) * h]])
    shadow = cv2.warpAffine(shadow, shift, (w, h))[..., None]
    back *= 1 - rng.uniform(0.2, 0.5) * shadow
    out = img.astype(np.float32) * alpha + back * (1 - alpha)
    return np.clip(out, 0, 255).astype(np.uint8)


def far_away(rng, img, doc, backgrounds):
    """The document alone shrunk to a third to two thirds of its size and put down somewhere on a
    crop of a real photograph: distant documents, which a fine-tune on large ones forgets."""
    h, w = doc.shape
    k = rng.uniform(0.33, 0.67)
    sw, sh = max(int(w * k), 8), max(int(h * k), 8)
    x, y = int(rng.integers(0, w - sw + 1)), int(rng.integers(0, h - sh + 1))
    small_img, small_doc = np.zeros_like(img), np.zeros_like(doc)
    small_img[y : y + sh, x : x + sw] = cv2.resize(img, (sw, sh), interpolation=cv2.INTER_AREA)
    small_doc[y : y + sh, x : x + sw] = cv2.resize(doc, (sw, sh), interpolation=cv2.INTER_AREA)
    return on_photo(rng, small_img, small_doc, backgrounds), small_doc


def with_framed_pictures(rng, back: np.ndarray, doc: np.ndarray, backgrounds) -> np.ndarray:
    """`back` with one to three framed pictures (crops of the photographs in a border, as posters
    on a wall or prints on a desk) beside and behind where the document lies (its mask `doc`):
    rectangles with a document's size and strong edges that are no document."""
    h, w = back.shape[:2]
    ys, xs = np.nonzero(doc)
    if not len(xs):
        return back
    x0, x1, y0, y1 = xs.min(), xs.max(), ys.min(), ys.max()
    size = max(x1 - x0, y1 - y0, 8)
    out = back.copy()
    for _ in range(int(rng.integers(1, 4))):
        ph = int(size * rng.uniform(0.5, 1.2))
        pw = int(ph * rng.uniform(0.6, 1.6))
        side = rng.integers(4)  # left, right, above, below the document, touching or overlapping it
        cx = (x0, x1, (x0 + x1) / 2, (x0 + x1) / 2)[side] + (-pw / 2, pw / 2, 0, 0)[
            side
        ] * rng.uniform(0.6, 1.4)
        cy = ((y0 + y1) / 2, (y0 + y1) / 2, y0, y1)[side] + (0, 0, -ph / 2, ph / 2)[
            side
        ] * rng.uniform(0.6, 1.4)
        px0, py0 = int(cx - pw / 2), int(cy - ph / 2)
        photo = backgrounds[rng.integers(len(backgrounds))]
        picture = cv2.resize(photo, (max(pw, 2), max(ph, 2)), interpolation=cv2.INTER_AREA)
        border = max(1, int(rng.uniform(0.02, 0.07) * min(pw, ph)))
        colour = rng.choice([(20, 20, 20), (240, 240, 240), (40, 70, 110), (60, 160, 200)])
        cv2.rectangle(picture, (0, 0), (pw - 1, ph - 1), tuple(int(c) for c in colour), border)
        ax0, ay0, ax1, ay1 = max(px0, 0), max(py0, 0), min(px0 + pw, w), min(py0 + ph, h)
        if ax1 > ax0 and ay1 > ay0:
            out[ay0:ay1, ax0:ax1] = picture[ay0 - py0 : ay1 - py0, ax0 - px0 : ax1 - px0]
    return out


def photo_negative(rng, backgrounds, shape):
    """A crop of a real photograph with no document in it: a street, a cat or a rocket must
    not become a document because it has a bright rectangle or a strong outline."""
    photo = backgrounds[rng.integers(len(backgrounds))]
    ph, pw = photo.shape[:2]
    k = rng.uniform(0.3, 1.0)
    cw, ch = int(pw * k), int(ph * k)
    x, y = rng.integers(0, pw - cw + 1), rng.integers(0, ph - ch + 1)
    img = cv2.resize(photo[y : y + ch, x : x + cw], shape[1::-1], interpolation=cv2.INTER_AREA)
    empty = np.zeros(shape, np.uint8)
    return img, empty, empty


def augment(
    rng, img, doc, occ, backgrounds=(), negatives=(), negative_share=0.0, framed=0.0, far=0.0
):
    """The sample changed for training, and whether framed pictures were put beside it (a
    teacher that never learned frames is wrong there)."""
    with_frames = False
    if negative_share and rng.random() < negative_share:
        img, doc, occ = photo_negative(rng, negatives, doc.shape)
    elif far and doc.max() > 0 and occ.max() == 0 and rng.random() < far:
        img, doc = far_away(rng, img, doc, backgrounds)
    elif backgrounds and doc.max() > 0 and occ.max() == 0:
        # Framed pictures only beside a document that is large in the picture: beside a small
        # one they teach the model to overlook small documents. And the other pictures keep
        # their own backgrounds as often as before: a fine-tune that moved most documents onto
        # the photographs forgot small cards on gravel (too_far got worse).
        large = cv2.countNonZero(doc) >= FRAMED_MIN_SHARE * doc.size
        with_frames = large and rng.random() < framed
        if with_frames:
            img = on_photo(rng, img, doc, backgrounds, framed=True)
        elif rng.random() < PHOTO_SHARE:
            img = on_photo(rng, img, doc, backgrounds)
    x0, y0, x1, y1 = _crop_window(rng, doc)
    size = (INPUT, INPUT)
    img = cv2.resize(img[y0:y1, x0:x1], size, interpolation=cv2.INTER_AREA)
    half = (INPUT // 2, INPUT // 2)
    doc = cv2.resize(doc[y0:y1, x0:x1], half, interpolation=cv2.INTER_AREA)
    occ = cv2.resize(occ[y0:y1, x0:x1], half, interpolation=cv2.INTER_AREA)
    k = int(rng.integers(4)) if rng.random() < 0.3 else 0
    if k:
        img, doc, occ = (np.ascontiguousarray(np.rot90(a, k)) for a in (img, doc, occ))
    if rng.random() < 0.5:
        img, doc, occ = (np.ascontiguousarray(a[:, ::-1]) for a in (img, doc, occ))
    img = img.astype(np.float32)
    if rng.random() < 0.8:  # exposure, contrast, colour cast
        img = img * rng.uniform(0.6, 1.35) * rng.uniform(0.85, 1.15, 3) + rng.uniform(-25, 25)
        mean = img.mean()
        img = (img - mean) * rng.uniform(0.7, 1.3) + mean
    if rng.random() < 0.1:
        img = np.repeat(img.mean(axis=2, keepdims=True), 3, axis=2)
    if rng.random() < 0.2:
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.5, 1.5))
    if rng.random() < 0.3:
        img = img + rng.normal(0, rng.uniform(2, 8), img.shape)
    img = np.clip(img, 0, 255).astype(np.uint8)
    if rng.random() < 0.3:
        _, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(40, 90))])
        img = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    return img, doc, occ, with_frames


def _conv(cin: int, cout: int, stride: int = 1, dilation: int = 1) -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, stride, dilation, dilation=dilation, bias=False),
        nn.BatchNorm2d(cout),
        nn.ReLU(inplace=True),
    )


class DocumentNet(nn.Module):
    """uint8-range BGR in (N x 3 x H x W, float), 2 logit maps at H/2 x W/2 out. About 50
    MFLOPs at 128 x 128: a few milliseconds on one CPU thread."""

    def __init__(self) -> None:
        super().__init__()
        self.enc1 = _conv(3, 12, 2)  # /2
        self.enc2 = nn.Sequential(_conv(12, 24, 2), _conv(24, 24))  # /4
        self.enc3 = nn.Sequential(_conv(24, 32, 2), _conv(32, 32))  # /8
        self.enc4 = nn.Sequential(_conv(32, 48, 2), _conv(48, 48, dilation=2))  # /16
        self.dec3 = _conv(48 + 32, 32)
        self.dec2 = _conv(32 + 24, 24)
        self.dec1 = _conv(24 + 12, 12)
        self.head = nn.Conv2d(12, 2, 1)

    def forward(self, x):
        x = x / 127.5 - 1.0
        e1 = self.enc1(x)
        e2 = self.enc2(e1)
        e3 = self.enc3(e2)
        e4 = self.enc4(e3)
        d3 = self.dec3(torch.cat([_up(e4, e3), e3], 1))
        d2 = self.dec2(torch.cat([_up(d3, e2), e2], 1))
        d1 = self.dec1(torch.cat([_up(d2, e1), e1], 1))
        return self.head(d1)


def _up(a, like):
    return F.interpolate(a, size=like.shape[2:], mode="bilinear", align_corners=False)


def _batch(
    rng, samples, idx, backgrounds=(), negatives=(), negative_share=0.0, framed=0.0, far=0.0
):
    """Pictures, their masks, and 1 for each picture a teacher may speak for (no frames)."""
    imgs, docs, occs, teachable = [], [], [], []
    for i in idx:
        a, b, c, frames = augment(
            rng, *samples[i], backgrounds, negatives, negative_share, framed, far
        )
        imgs.append(a.transpose(2, 0, 1))
        docs.append(b)
        occs.append(c)
        teachable.append(0.0 if frames else 1.0)
    x = torch.from_numpy(np.stack(imgs).astype(np.float32))
    y = torch.from_numpy(np.stack([np.stack(docs), np.stack(occs)], 1).astype(np.float32) / 255)
    return x, y, torch.tensor(teachable)


def _dice(p, t, dims):
    return 1 - (2 * (p * t).sum(dims) + 1) / (p.sum(dims) + t.sum(dims) + 1)


def loss_fn(logits, target, teacher_doc=None, teacher_weight=1.0):
    """Cross-entropy and Dice on the document; on the fingers, which cover a few cells of a
    few pictures, cross-entropy weighted towards them and Dice over the whole batch.
    `teacher_doc`: another model's document logits, learned with `teacher_weight` (the mask
    with the rest); a weight per picture (a tensor) is 0 where the teacher is not to be
    followed."""
    doc_l, occ_l = logits[:, 0], logits[:, 1]
    doc_t, occ_t = target[:, 0], target[:, 1]
    if teacher_doc is not None:
        if torch.is_tensor(teacher_weight):
            teacher_weight = teacher_weight[:, None, None]
        doc_t = teacher_weight * torch.sigmoid(teacher_doc) + (1 - teacher_weight) * doc_t
    doc = F.binary_cross_entropy_with_logits(doc_l, doc_t)
    doc = doc + _dice(torch.sigmoid(doc_l), doc_t, (1, 2)).mean()
    occ = F.binary_cross_entropy_with_logits(occ_l, occ_t, pos_weight=torch.tensor(10.0))
    occ = occ + _dice(torch.sigmoid(occ_l), occ_t, (0, 1, 2))
    return doc + occ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data")
    parser.add_argument("--out", required=True)
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--steps", type=int, default=50, help="batches per epoch")
    parser.add_argument("--lr", type=float, default=2e-3, help="peak learning rate")
    parser.add_argument("--val", type=int, default=100, help="samples kept for validation")
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--resume")
    parser.add_argument(
        "--negatives",
        type=float,
        default=0.0,
        help="share of pictures replaced by a real photograph with no document (0-1)",
    )
    parser.add_argument(
        "--framed",
        type=float,
        default=0.0,
        help="share of pictures with a large document (FRAMED_MIN_SHARE) and nothing over it moved"
        " onto a photograph with framed pictures beside the document",
    )
    parser.add_argument(
        "--far",
        type=float,
        default=0.0,
        help="share of pictures whose document is shrunk onto a photograph (a distant document)",
    )
    parser.add_argument(
        "--teacher",
        help="weights (.pt) whose document map is learned beside the document masks",
    )
    parser.add_argument(
        "--teacher-weight", type=float, default=1.0, help="the teacher's share of that target"
    )
    parser.add_argument("--export-only", action="store_true", help="export OUT.pt to OUT")
    args = parser.parse_args()
    if args.export_only:
        net = DocumentNet()
        net.load_state_dict(torch.load(args.out + ".pt"))
        return export(net, args.out)
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    read: set[str] = set()
    samples = load(args.data, read)
    backs = photos()
    negatives = [p for name, p in zip(_PHOTOS, backs, strict=True) if name not in _NOT_NEGATIVES]
    held = samples[: args.val]  # a validation slice of the own renders (same family)
    samples = samples[args.val :]
    net = DocumentNet()
    if args.resume:
        net.load_state_dict(torch.load(args.resume))
    teacher = None
    if args.teacher:
        teacher = DocumentNet()
        teacher.load_state_dict(torch.load(args.teacher))
        teacher.eval()
    opt = torch.optim.AdamW(net.parameters(), args.lr, weight_decay=1e-4)
    steps = args.epochs * args.steps
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, args.lr, total_steps=steps, pct_start=0.1)
    vx, vy, _ = _batch(np.random.default_rng(1), held, range(len(held)))
    for epoch in range(args.epochs):
        samples += load(args.data, read)  # shards written since
        t0, total = time.time(), 0.0
        net.train()
        for _ in range(args.steps):
            idx = rng.integers(0, len(samples), args.batch)
            x, y, teachable = _batch(
                rng, samples, idx, backs, negatives, args.negatives, args.framed, args.far
            )
            taught = None
            if teacher is not None:
                with torch.no_grad():
                    taught = teacher(x)[:, 0]
            loss = loss_fn(net(x), y, taught, args.teacher_weight * teachable)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item()
        net.eval()
        with torch.no_grad():
            out = net(vx)
            vloss = float(loss_fn(out, vy))
            pred = torch.sigmoid(out[:, 0]) > 0.5
            truth = vy[:, 0] > 0.5
            iou = ((pred & truth).sum() / (pred | truth).sum().clamp(min=1)).item()
        print(
            f"epoch {epoch + 1}: {len(samples)} samples, train {total / args.steps:.4f}"
            f" val {vloss:.4f} doc IoU {iou:.3f} ({time.time() - t0:.0f} s)",
            flush=True,
        )
        torch.save(net.state_dict(), args.out + ".pt")
    export(net, args.out)


def export(net: nn.Module, path: str) -> None:
    net.eval()
    dummy = torch.zeros(1, 3, INPUT, INPUT)
    torch.onnx.export(
        net,
        dummy,
        path,
        input_names=["bgr"],
        output_names=["logits"],
        opset_version=17,
        dynamo=False,
    )
    print("wrote", path)


if __name__ == "__main__":
    main()
