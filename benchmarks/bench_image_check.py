"""What the full decode of every image at load costs, against the structural check it replaced.

Run: ``python benchmarks/bench_image_check.py [--n 60]``

Since issue #10 loaders decode every image once (``medstep.datasets.images.decode_problem``)
instead of ``PIL.Image.verify``, which passes a JPEG cut off halfway. This prints, for
blurred-noise JPEGs/PNGs of typical benchmark sizes (written to a temporary folder), images per second
of both checks in the same process and their ratio, and confirms that only the full decode
catches a truncated JPEG. Other processes may load the machine: compare the ratio, not the rates.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageFilter

from medstep.datasets.images import decode_problem


def verify_problem(path: Path) -> str | None:
    """The previous check: structure only."""
    try:
        with Image.open(path) as im:
            im.verify()
    except Exception as exc:  # any failure is "a problem" here
        return type(exc).__name__
    return None


def _images(folder: Path, n: int, size: int, fmt: str) -> list[Path]:
    paths = []
    for k in range(n):
        # smooth shapes plus mild noise: closer to a radiograph than pure noise (which no scan is)
        im = Image.effect_noise((size, size), 40 + k % 20).filter(ImageFilter.GaussianBlur(size / 128))
        im = im.convert("RGB" if fmt == "JPEG" else "L")
        path = folder / f"{size}-{k}.{fmt.lower()}"
        im.save(path, format=fmt, quality=90) if fmt == "JPEG" else im.save(path, format=fmt)
        paths.append(path)
    return paths


def _rate(check, paths: list[Path]) -> float:
    start = time.perf_counter()
    for p in paths:
        assert check(p) is None
    return len(paths) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=60, help="images per size")
    n = ap.parse_args().n
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("machine shared with other processes: read the ratios")
        print(f"{'images':<22} {'verify/s':>9} {'decode/s':>9} {'decode cost':>12}")
        for size, fmt in ((512, "JPEG"), (1024, "PNG"), (2048, "JPEG")):
            paths = _images(folder, n, size, fmt)
            fast, full = _rate(verify_problem, paths), _rate(decode_problem, paths)
            print(f"{size}x{size} {fmt:<12} {fast:>9.0f} {full:>9.0f} {fast / full:>11.1f}x")
        cut = folder / "cut.jpg"
        data = (folder / "2048-0.jpeg").read_bytes()
        cut.write_bytes(data[: len(data) // 2])
        print(f"truncated JPEG: verify says {verify_problem(cut)!r}, full decode says {decode_problem(cut)!r}")


if __name__ == "__main__":
    main()
