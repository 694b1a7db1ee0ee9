"""Writing samples: PNG grids for images, PNG scatter plots for 2-D data, .npy, text."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from torch import Tensor

from genmap.data import DataSpec
from genmap.registry import ConfigError


def image_grid(x: Tensor, spec: DataSpec, pad: int = 1, cols: int | None = None) -> np.ndarray:
    """(N, C, H, W) samples -> one (rows*(H+pad), cols*(W+pad)[, 3]) array in [0, 1]."""
    x = x.float().cpu()
    if spec.discrete:
        x = x / (spec.levels - 1)
    x = x.clamp(0, 1)
    n, c, h, w = x.shape
    cols = cols or math.ceil(math.sqrt(n))
    rows = math.ceil(n / cols)
    grid = torch.ones(c, rows * (h + pad) + pad, cols * (w + pad) + pad)
    for i in range(n):
        r, q = divmod(i, cols)
        top, left = pad + r * (h + pad), pad + q * (w + pad)
        grid[:, top:top + h, left:left + w] = x[i]
    return grid[0].numpy() if c == 1 else grid.permute(1, 2, 0).numpy()


MIN_PIXELS = 48
"""Image grids are enlarged by whole pixels (nearest neighbour) until each sample is at
least this tall: an 8x8 digit written at its own size is too small to see."""


def enlarge(grid: np.ndarray, h: int) -> np.ndarray:
    """Repeat every pixel s x s times, s = ceil(MIN_PIXELS / h), on the first two axes."""
    s = max(1, math.ceil(MIN_PIXELS / h))
    return grid.repeat(s, axis=0).repeat(s, axis=1)


def write_png(x: Tensor, spec: DataSpec, path: Path, cols: int | None = None) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if spec.kind == "image":
        grid = enlarge(image_grid(x, spec, cols=cols), x.shape[-2])
        plt.imsave(path, grid, cmap="gray", vmin=0, vmax=1)
    elif spec.kind == "vector" and spec.shape == (2,):
        fig, ax = plt.subplots(figsize=(5, 5))
        pts = x.float().cpu().numpy()
        ax.scatter(pts[:, 0], pts[:, 1], s=3, alpha=0.5)
        ax.set_aspect("equal")
        fig.savefig(path, dpi=120, bbox_inches="tight")
        plt.close(fig)
    else:
        raise ConfigError(f"PNG needs image or 2-D data, not {spec.kind}; accepted: .npy, "
                          f"{'.txt' if spec.kind == 'text' else ''}")


def write_npy(x: Tensor, spec: DataSpec, path: Path, cols: int | None = None) -> None:
    np.save(path, x.cpu().numpy(), allow_pickle=False)


def write_txt(x: Tensor, spec: DataSpec, path: Path, cols: int | None = None) -> None:
    if spec.kind != "text" or spec.vocab is None:
        raise ConfigError(f".txt needs text data, not {spec.kind}; accepted: .png, .npy")
    lines = ["".join(spec.vocab[i] for i in row.tolist()) for row in x]
    path.write_text("\n\n---\n\n".join(lines) + "\n", encoding="utf-8")


WRITERS: dict[str, Callable[[Tensor, DataSpec, Path, int | None], None]] = {
    ".png": write_png, ".npy": write_npy, ".txt": write_txt,
}
