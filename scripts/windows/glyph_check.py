#!/usr/bin/env python3
"""Checks screenshots of the Windows build (scripts/windows/test.sh).

--style DEFAULT VISTA FUSION WINDOWS
    The page rendered with the default style must be the one rendered with QT_STYLE_OVERRIDE=windowsvista (the style
    Windows users get) and must differ from Fusion and from the plain "windows" style (what Qt falls back to when the
    styles/qwindowsvistastyle.dll plugin is missing).

--glyphs EN_DIR ZH_DIR
    Text must be drawn with real glyphs, in both languages. When a font is missing, Qt draws every character as the
    same empty box ("tofu"): the text of a page then consists of very few distinct shapes, and one shape (the box)
    makes up most of it. Real text has dozens to hundreds of distinct shapes and no single one dominates. For every
    page the ink (dark pixels) is cut into connected pieces of text size and the distinct shapes are counted.

--dark LIGHT_DIR DARK_DIR
    Windows set to dark apps (AppsUseLightTheme = 0) must give dark pages: every page of DARK_DIR has a dark
    background (median brightness below 90 of 255) where the same page of LIGHT_DIR is light (above 170), and its
    text is still drawn and readable: light letters on the dark background, counted as in --glyphs.

Exit 0 when all checks pass, 1 otherwise (with the numbers on stdout).
"""
import sys
from collections import Counter
from pathlib import Path

from PIL import Image, ImageChops, ImageOps


def differing_fraction(a, b):
    if a.size != b.size:
        return 1.0
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L")
    hist = diff.histogram()
    return 1.0 - hist[0] / float(a.size[0] * a.size[1])


def check_style(default, vista, fusion, windows):
    imgs = {}
    for name, path in (("default", default), ("windowsvista", vista), ("fusion", fusion), ("windows", windows)):
        try:
            imgs[name] = Image.open(path)
        except OSError as e:
            print(f"style: cannot read {name} rendering {path}: {e}")
            return False
    d_vista = differing_fraction(imgs["default"], imgs["windowsvista"])
    d_fusion = differing_fraction(imgs["default"], imgs["fusion"])
    d_windows = differing_fraction(imgs["default"], imgs["windows"])
    ok = d_vista < 0.001 and d_fusion > 0.005 and d_windows > 0.002
    print(f"style: default vs windowsvista {d_vista:.2%} differ, vs fusion {d_fusion:.2%}, vs windows {d_windows:.2%}"
          f" -> {'Windows (Vista) style' if ok else 'NOT the Windows style'}")
    return ok


def shapes(path, light_ink=False):
    """Distinct shapes of text-sized ink pieces, and the share of the most common one. light_ink: light letters on a
    dark background."""
    img = Image.open(path).convert("L")
    if light_ink:
        img = ImageOps.invert(img)
    w, h = img.size
    px = img.load()
    ink = bytearray(w * h)
    for y in range(h):
        row = y * w
        for x in range(w):
            if px[x, y] < 128:
                ink[row + x] = 1
    seen = bytearray(w * h)
    counts = Counter()
    for start in range(w * h):
        if not ink[start] or seen[start]:
            continue
        stack = [start]
        seen[start] = 1
        pts = []
        while stack:
            p = stack.pop()
            pts.append(p)
            y, x = divmod(p, w)
            for dy in (-1, 0, 1):
                yy = y + dy
                if yy < 0 or yy >= h:
                    continue
                for dx in (-1, 0, 1):
                    xx = x + dx
                    if 0 <= xx < w:
                        q = yy * w + xx
                        if ink[q] and not seen[q]:
                            seen[q] = 1
                            stack.append(q)
            if len(pts) > 4000:  # a picture or a frame, not a glyph: stop growing it
                break
        if len(pts) > 4000:
            while stack:  # mark the rest as seen without recording it
                p = stack.pop()
                y, x = divmod(p, w)
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        yy, xx = y + dy, x + dx
                        if 0 <= yy < h and 0 <= xx < w:
                            q = yy * w + xx
                            if ink[q] and not seen[q]:
                                seen[q] = 1
                                stack.append(q)
            continue
        ys = [p // w for p in pts]
        xs = [p % w for p in pts]
        x0, y0, bw, bh = min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1
        if not (4 <= bh <= 40 and 2 <= bw <= 48):
            continue
        key = (bw, bh, frozenset((p % w - x0) + (p // w - y0) * 64 for p in pts))
        counts[key] += 1
    total = sum(counts.values())
    top = counts.most_common(1)[0][1] / total if total else 1.0
    return len(counts), total, top


def check_glyphs(en_dir, zh_dir):
    ok = True
    # Measured: every glyph a box (Linux build, no font at all): 3-24 distinct shapes, one of them 87-100 % of all
    # pieces. Real text: 196-724 distinct shapes on the Linux build's pages (most common 1-6 %); under Wine, whose
    # thin fallback fonts leave fewer pieces above the ink threshold, 27-282 (most common 2-19 %). So the share of the
    # most common shape decides; a page must also have some text at all.
    for lang, d in (("en", Path(en_dir)), ("zh_CN", Path(zh_dir))):
        pages = sorted(d.glob("*.png"))
        if not pages:
            print(f"glyphs {lang}: no screenshots in {d}")
            return False
        for page in pages:
            distinct, total, top = shapes(page)
            good = total >= 30 and distinct >= 20 and top < 0.5
            ok = ok and good
            print(f"glyphs {lang} {page.name}: {distinct} distinct shapes in {total} pieces, most common {top:.0%}"
                  f"{'' if good else '  <- boxes instead of letters? (a font is missing)'}")
    return ok


def median_brightness(path):
    hist = Image.open(path).convert("L").histogram()
    half, seen = sum(hist) / 2, 0
    for level, n in enumerate(hist):
        seen += n
        if seen >= half:
            return level
    return 255


def check_dark(light_dir, dark_dir):
    dark_pages = sorted(Path(dark_dir).glob("*.png"))
    if len(dark_pages) < 13:
        print(f"dark: {len(dark_pages)} pages in {dark_dir}, expected 13")
        return False
    ok = True
    for page in dark_pages:
        light = Path(light_dir) / page.name
        lb = median_brightness(light) if light.exists() else -1
        db = median_brightness(page)
        distinct, total, top = shapes(page, light_ink=True)
        good = db < 90 and lb > 170 and total >= 30 and distinct >= 20 and top < 0.5
        ok = ok and good
        print(f"dark {page.name}: median brightness {db} (light mode {lb}); light text: {distinct} distinct shapes in"
              f" {total} pieces, most common {top:.0%}{'' if good else '  <- not dark, or text unreadable'}")
    return ok


def main(argv):
    if len(argv) == 3 and argv[0] == "--dark":
        return 0 if check_dark(*argv[1:]) else 1
    if len(argv) == 5 and argv[0] == "--style":
        return 0 if check_style(*argv[1:]) else 1
    if len(argv) == 3 and argv[0] == "--glyphs":
        return 0 if check_glyphs(*argv[1:]) else 1
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
