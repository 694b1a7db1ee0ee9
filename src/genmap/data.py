"""Datasets for genmap: 2-D toys with known densities, digits, MNIST-format IDX files and text.

Everything is deterministic: ``load(name)`` returns identical tensors on every call.  Discrete
data (images, text) comes as ``torch.long`` in ``[0, levels)``; continuous data as float32.
No network access: digits ship with scikit-learn, Fashion-MNIST comes from a local directory.
"""

from __future__ import annotations

import gzip
import importlib.util
import itertools
import math
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import torch


class DataError(ValueError):
    """Bad dataset name, missing files or malformed input; the message says what is accepted."""


@dataclass(frozen=True)
class DataSpec:
    """What one example looks like, enough to rebuild a model without the data."""

    name: str
    shape: tuple[int, ...]
    levels: int | None
    num_classes: int | None
    kind: str
    vocab: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "shape", tuple(int(s) for s in self.shape))

    @property
    def dim(self) -> int:
        """Number of scalars in one example."""
        return math.prod(self.shape)

    @property
    def discrete(self) -> bool:
        """True when values are integer levels rather than reals."""
        return self.levels is not None

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable form."""
        return {
            "name": self.name,
            "shape": list(self.shape),
            "levels": self.levels,
            "num_classes": self.num_classes,
            "kind": self.kind,
            "vocab": self.vocab,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DataSpec:
        """Inverse of :meth:`to_dict`."""
        try:
            return cls(d["name"], tuple(d["shape"]), d["levels"], d["num_classes"], d["kind"],
                       d.get("vocab"))
        except (KeyError, TypeError) as err:
            raise DataError(f"malformed data spec {d!r}: needs name, shape, levels, "
                            f"num_classes, kind (and vocab for text)") from err


class Split(NamedTuple):
    """One split: data ``x`` (N, *shape) and optional labels ``y`` (N,)."""

    x: torch.Tensor
    y: torch.Tensor | None


@dataclass
class Dataset:
    """A loaded dataset: spec, three splits and the exact log-density when it is known."""

    spec: DataSpec
    train: Split
    val: Split
    test: Split
    log_prob: Callable[[torch.Tensor], torch.Tensor] | None = None

    def decode_text(self, x: torch.Tensor) -> list[str]:
        """Map token rows (T,) or (N, T) back to strings (text datasets only)."""
        vocab = self.spec.vocab
        if self.spec.kind != "text" or vocab is None:
            raise DataError(f"decode_text needs a text dataset; {self.spec.name} is "
                            f"{self.spec.kind}")
        if x.dim() not in (1, 2):
            raise DataError(f"decode_text takes a (T,) or (N, T) tensor, not {tuple(x.shape)}")
        rows = x.reshape(1, -1) if x.dim() == 1 else x
        if rows.numel() and (int(rows.min()) < 0 or int(rows.max()) >= len(vocab)):
            raise DataError(f"token ids must lie in [0, {len(vocab)}) for this vocabulary")
        return ["".join(vocab[i] for i in row) for row in rows.tolist()]


DATASETS: dict[str, str] = {
    "ring8": "8 Gaussians (sigma 0.01) on the unit circle; exact log-density",
    "grid25": "25 Gaussians (sigma 0.05) on {-4,-2,0,2,4}^2; exact log-density",
    "moons": "two half-moons with Gaussian noise 0.05",
    "checkerboard": "uniform on 8 alternating unit squares of [-2,2]^2; exact log-density",
    "spiral": "two interleaved noisy spirals, roughly unit scale",
    "digits": "sklearn 8x8 digits, 17 grey levels, 10 classes (1000/350/447 split)",
    "fashion-mnist": "Fashion-MNIST 28x28, 256 levels, 10 classes (needs local IDX files)",
    "idx:DIR": "the four MNIST-format IDX files (raw or .gz) in DIR, 256 levels",
    "text:PATH": "character-level UTF-8 text file cut into blocks of --block tokens",
}

FASHION_DIR = "/usr/share/datasets/fashion-mnist"
_TOY_SIZES = {"train": 20000, "val": 2000, "test": 5000}
_MIXTURE_SIGMA = {"ring8": 0.01, "grid25": 0.05}


# ---------------------------------------------------------------- 2-D toys


def _generator(seed: int) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


def _mode_centres(name: str) -> torch.Tensor:
    if name == "ring8":
        angles = torch.arange(8, dtype=torch.float64) * (2 * math.pi / 8)
        return torch.stack([angles.cos(), angles.sin()], dim=1)
    grid = torch.arange(-4.0, 5.0, 2.0, dtype=torch.float64)
    return torch.cartesian_prod(grid, grid)


def modes(name: str) -> tuple[torch.Tensor, float]:
    """Mode centres (K, 2) float32 and the per-mode standard deviation of a Gaussian toy."""
    if name not in _MIXTURE_SIGMA:
        raise DataError(f"modes() knows {', '.join(_MIXTURE_SIGMA)}, not {name!r}")
    return _mode_centres(name).float(), _MIXTURE_SIGMA[name]


def _mixture_sample(name: str, n: int, seed: int) -> torch.Tensor:
    gen = _generator(seed)
    centres, sigma = modes(name)
    k = torch.randint(len(centres), (n,), generator=gen)
    return centres[k] + sigma * torch.randn(n, 2, generator=gen)


def _mixture_log_prob(name: str, x: torch.Tensor) -> torch.Tensor:
    sigma = _MIXTURE_SIGMA[name]
    centres = _mode_centres(name).to(device=x.device, dtype=x.dtype)
    sq = ((x.unsqueeze(-2) - centres) ** 2).sum(-1)
    comp = -sq / (2 * sigma**2) - math.log(2 * math.pi * sigma**2)
    return torch.logsumexp(comp, dim=-1) - math.log(len(centres))


_BOARD = torch.tensor([(i, j) for i in range(-2, 2) for j in range(-2, 2) if (i + j) % 2 == 0],
                      dtype=torch.float32)


def _checkerboard_sample(n: int, seed: int) -> torch.Tensor:
    gen = _generator(seed)
    k = torch.randint(len(_BOARD), (n,), generator=gen)
    return _BOARD[k] + torch.rand(n, 2, generator=gen)


def _checkerboard_log_prob(x: torch.Tensor) -> torch.Tensor:
    cell = torch.floor(x)
    inside = ((cell >= -2) & (cell <= 1)).all(-1) & (cell.sum(-1) % 2 == 0)
    on, off = torch.tensor(-math.log(8.0)), torch.tensor(-math.inf)
    return torch.where(inside, on.to(x), off.to(x))


def _moons_sample(n: int, seed: int) -> torch.Tensor:
    from sklearn.datasets import make_moons

    x, _ = make_moons(n_samples=n, noise=0.05, random_state=seed)
    return torch.from_numpy(x.astype(np.float32))


def _spiral_sample(n: int, seed: int) -> torch.Tensor:
    gen = _generator(seed)
    t = 3 * math.pi * torch.rand(n, generator=gen).sqrt()
    arm = torch.randint(2, (n,), generator=gen).float() * 2 - 1
    radius = 2 * t / (3 * math.pi) * arm
    x = torch.stack([radius * t.cos(), radius * t.sin()], dim=1)
    return x + 0.05 * torch.randn(n, 2, generator=gen)


def _toy_parts(name: str) -> tuple[Callable[[int, int], torch.Tensor], Callable | None]:
    if name in _MIXTURE_SIGMA:
        return partial(_mixture_sample, name), partial(_mixture_log_prob, name)
    return {
        "moons": (_moons_sample, None),
        "checkerboard": (_checkerboard_sample, _checkerboard_log_prob),
        "spiral": (_spiral_sample, None),
    }[name]


def _load_toy(name: str) -> Dataset:
    sample, log_prob = _toy_parts(name)
    splits = [Split(sample(n, zlib.crc32(f"{name}/{split}".encode())), None)
              for split, n in _TOY_SIZES.items()]
    return Dataset(DataSpec(name, (2,), None, None, "vector"), *splits, log_prob=log_prob)


# ---------------------------------------------------------------- digits


def _load_digits() -> Dataset:
    # scikit-learn's bundled file, read directly: importing sklearn costs ~2 s per process.
    # Each row is 64 pixel values in 0..16 then the label (what sklearn's load_digits reads).
    spec = importlib.util.find_spec("sklearn")
    if spec is None or not spec.submodule_search_locations:
        raise DataError("digits needs scikit-learn's bundled data; accepted: pip install "
                        "scikit-learn")
    path = Path(spec.submodule_search_locations[0]) / "datasets" / "data" / "digits.csv.gz"
    table = np.loadtxt(path, delimiter=",", dtype=np.int64)
    x = torch.from_numpy(table[:, :-1].copy()).reshape(-1, 1, 8, 8)
    y = torch.from_numpy(table[:, -1].copy())
    cuts = [(0, 1000), (1000, 1350), (1350, len(x))]
    splits = [Split(x[a:b].clone(), y[a:b].clone()) for a, b in cuts]
    return Dataset(DataSpec("digits", (1, 8, 8), 17, 10, "image"), *splits)


# ---------------------------------------------------------------- IDX (MNIST format)

_IDX_FILES = {
    "train_x": "train-images-idx3-ubyte",
    "train_y": "train-labels-idx1-ubyte",
    "test_x": "t10k-images-idx3-ubyte",
    "test_y": "t10k-labels-idx1-ubyte",
}


def _read_bytes(path: Path) -> bytes:
    try:
        return gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    except (OSError, EOFError, zlib.error) as err:
        raise DataError(f"{path}: cannot read ({err})") from err


def _read_idx(path: Path, ndim: int) -> np.ndarray:
    """Parse an unsigned-byte IDX file with ``ndim`` dimensions."""
    raw = _read_bytes(path)
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0:
        raise DataError(f"{path}: bad IDX magic number (must start with two zero bytes)")
    if raw[2] != 0x08:
        raise DataError(f"{path}: IDX type code 0x{raw[2]:02x}; only 0x08 (unsigned byte) works")
    if raw[3] != ndim:
        raise DataError(f"{path}: IDX file has {raw[3]} dimensions, expected {ndim}")
    start = 4 + 4 * ndim
    if len(raw) < start:
        raise DataError(f"{path}: IDX header truncated")
    sizes = tuple(int(s) for s in np.frombuffer(raw, dtype=">i4", count=ndim, offset=4))
    if len(raw) - start != math.prod(sizes) or min(sizes) < 0:
        raise DataError(f"{path}: size mismatch, header says {sizes} = {math.prod(sizes)} "
                        f"bytes but the file holds {len(raw) - start}")
    return np.frombuffer(raw, dtype=np.uint8, offset=start).reshape(sizes)


def _find_idx(directory: Path, hint: str) -> dict[str, Path]:
    found, missing = {}, []
    for key, base in _IDX_FILES.items():
        paths = [directory / base, directory / f"{base}.gz"]
        hit = next((p for p in paths if p.is_file()), None)
        if hit is None:
            missing.append(base)
        else:
            found[key] = hit
    if missing:
        raise DataError(f"searched {directory}: missing {', '.join(missing)} (raw or .gz); {hint}")
    return found


def _read_pair(images: Path, labels: Path) -> tuple[np.ndarray, np.ndarray]:
    x, y = _read_idx(images, 3), _read_idx(labels, 1)
    if len(x) != len(y):
        raise DataError(f"{labels}: {len(y)} labels for {len(x)} images in {images}")
    return x, y


def _to_split(x: np.ndarray, y: np.ndarray) -> Split:
    xt = torch.from_numpy(x.astype(np.int64)).unsqueeze(1)
    return Split(xt, torch.from_numpy(y.astype(np.int64)))


def _load_idx(directory: Path, name: str, hint: str) -> Dataset:
    """Train = all but the last twelfth of the train file (55000 of 60000), val = that twelfth."""
    paths = _find_idx(directory, hint)
    x, y = _read_pair(paths["train_x"], paths["train_y"])
    xt, yt = _read_pair(paths["test_x"], paths["test_y"])
    if x.shape[1:] != xt.shape[1:] or len(x) < 2:
        raise DataError(f"{directory}: need >= 2 train images, and test images shaped like "
                        f"train ones ({x.shape[1:]} vs {xt.shape[1:]})")
    cut = len(x) - len(x) // 12
    classes = int(max(y.max(), yt.max(initial=0))) + 1
    spec = DataSpec(name, (1, *x.shape[1:]), 256, classes, "image")
    return Dataset(spec, _to_split(x[:cut], y[:cut]), _to_split(x[cut:], y[cut:]),
                   _to_split(xt, yt))


def _load_fashion(data_dir: str | None) -> Dataset:
    hint = ("install them with `apt-get install dataset-fashion-mnist` or pass --data-dir DIR "
            "holding the four IDX files")
    return _load_idx(Path(data_dir or FASHION_DIR).expanduser(), "fashion-mnist", hint)


# ---------------------------------------------------------------- text


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise DataError(f"text file not found: {path} (text:PATH needs an existing UTF-8 file)")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise DataError(f"{path}: not UTF-8 ({err.reason} at byte {err.start})") from err
    if not text:
        raise DataError(f"{path}: file is empty; text:PATH needs a non-empty UTF-8 file")
    return text


def _encode(text: str, vocab: str) -> torch.Tensor:
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    table = np.frombuffer(vocab.encode("utf-32-le"), dtype="<u4")
    return torch.from_numpy(np.searchsorted(table, codes).astype(np.int64))


def _text_splits(tokens: torch.Tensor, block: int, path: Path) -> list[Split]:
    n = len(tokens)
    cuts = [0, n * 90 // 100, n * 95 // 100, n]
    parts = [tokens[a:b] for a, b in itertools.pairwise(cuts)]
    if min(len(p) for p in parts) < block:
        raise DataError(f"{path}: {n} characters is too short for block {block}; each 90/5/5 "
                        f"split needs one block, so roughly {20 * block + 20}+ characters")
    return [Split(p[: len(p) // block * block].reshape(-1, block).clone(), None) for p in parts]


def _load_text(name: str, block: int) -> Dataset:
    if not isinstance(block, int) or block < 1:
        raise DataError(f"block must be a positive integer, got {block!r}")
    if name == "text:":
        raise DataError("text: needs a path, e.g. text:/path/to/file.txt")
    path = Path(name[len("text:"):]).expanduser()
    text = _read_text(path)
    vocab = "".join(sorted(set(text)))
    splits = _text_splits(_encode(text, vocab), block, path)
    return Dataset(DataSpec(name, (block,), len(vocab), None, "text", vocab), *splits)


# ---------------------------------------------------------------- entry point


def load(name: str, data_dir: str | None = None, block: int = 64) -> Dataset:
    """Load dataset ``name`` (see DATASETS); ``data_dir`` overrides the Fashion-MNIST directory,
    ``block`` is the text block length.  Deterministic: same name, same tensors."""
    if name in ("ring8", "grid25", "moons", "checkerboard", "spiral"):
        return _load_toy(name)
    if name == "digits":
        return _load_digits()
    if name == "fashion-mnist":
        return _load_fashion(data_dir)
    if name.startswith("idx:") and len(name) > 4:
        return _load_idx(Path(name[4:]).expanduser(), name, "idx:DIR needs all four IDX files")
    if name.startswith("text:"):
        return _load_text(name, block)
    raise DataError(f"unknown dataset {name!r}; accepted: {', '.join(DATASETS)}")


# ---------------------------------------------------------------- model space


def to_signed(x: torch.Tensor, spec: DataSpec, flatten: bool = False) -> torch.Tensor:
    """Data -> the [-1, 1] float space the Gaussian-noise models work in: discrete level k
    becomes 2k/(K-1) - 1; continuous data pass as they are. Images keep (C, H, W) unless
    `flatten`; everything else becomes (B, D)."""
    x = x.float() if spec.kind == "image" and not flatten else x.float().flatten(1)
    return 2 * x / (spec.levels - 1) - 1 if spec.discrete else x


def from_signed(x: torch.Tensor, spec: DataSpec) -> torch.Tensor:
    """The inverse of `to_signed`: nearest level for discrete data, then the data shape."""
    if spec.discrete:
        K = spec.levels
        x = ((x + 1) * (K - 1) / 2).round().clamp(0, K - 1).long()
    return x.reshape(x.shape[0], *spec.shape)


def dequantize_signed(y: torch.Tensor, spec: DataSpec) -> tuple[torch.Tensor, float]:
    """Uniform noise within each level's bin of width 2/(K-1) in the `to_signed` space,
    and the D log(width) that turns a density of the result into a bound on log P(x)."""
    if not spec.discrete:
        return y, 0.0
    width = 2 / (spec.levels - 1)
    return y + width * (torch.rand_like(y) - 0.5), spec.dim * math.log(width)

