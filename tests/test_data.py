"""Tests for genmap.data: densities, splits, IDX parsing, text encoding, determinism."""

import gzip
import itertools
import json
import math
import struct
from pathlib import Path

import numpy as np
import pytest
import torch
from sklearn.datasets import load_digits

from genmap.data import DATASETS, FASHION_DIR, DataError, DataSpec, load, modes


def _integrate_around_modes(name: str) -> tuple[float, list[float]]:
    """Midpoint rule on a +-7 sigma box around each mode (boxes are disjoint)."""
    centres, sigma = modes(name)
    h = sigma / 10
    offs = (torch.arange(140, dtype=torch.float64) + 0.5) * h - 7 * sigma
    box = torch.cartesian_prod(offs, offs)
    log_prob = load(name).log_prob
    masses = [float(log_prob(box + c.double()).exp().sum() * h * h) for c in centres]
    return sum(masses), masses


@pytest.mark.parametrize("name", ["ring8", "grid25"])
def test_mixture_density_integrates_to_one(name: str) -> None:
    total, masses = _integrate_around_modes(name)
    assert total == pytest.approx(1.0, abs=1e-3)
    assert masses == pytest.approx([1 / len(masses)] * len(masses), abs=1e-4)


@pytest.mark.parametrize("name", ["ring8", "grid25"])
def test_mixture_density_at_a_centre(name: str) -> None:
    centres, sigma = modes(name)
    expected = -math.log(len(centres)) - math.log(2 * math.pi * sigma**2)
    lp = load(name).log_prob(centres[:1].double())
    assert float(lp[0]) == pytest.approx(expected, abs=1e-6)


def test_checkerboard_density() -> None:
    ds = load("checkerboard")
    h = 0.01
    axis = (torch.arange(600, dtype=torch.float64) + 0.5) * h - 3
    grid = torch.cartesian_prod(axis, axis)
    lp = ds.log_prob(grid)
    assert float(lp.exp().sum() * h * h) == pytest.approx(1.0, abs=1e-6)
    off_board = (grid.abs() > 2).any(-1)
    assert torch.isinf(lp[off_board]).all() and (lp[off_board] < 0).all()
    assert float(ds.log_prob(torch.tensor([[0.5, 0.5]]))[0]) == pytest.approx(-math.log(8))
    assert torch.isinf(ds.log_prob(torch.tensor([[0.5, 1.5], [-0.5, 0.5], [1.5, 0.5]]))).all()
    assert torch.isfinite(ds.log_prob(ds.train.x)).all()
    assert ds.train.x.abs().max() <= 2


def test_ring8_samples_match_geometry() -> None:
    x = load("ring8").train.x
    centres, sigma = modes("ring8")
    assert x.shape == (20000, 2) and x.dtype == torch.float32
    assert float(x.norm(dim=1).mean()) == pytest.approx(1.0, abs=2e-3)
    nearest = torch.cdist(x, centres).argmin(dim=1)
    counts = torch.bincount(nearest, minlength=8)
    assert (counts - 2500).abs().max() < 200
    for k in range(8):
        resid = x[nearest == k] - centres[k]
        assert resid.mean(0).abs().max() < 1e-3
        assert resid.std(0).tolist() == pytest.approx([sigma, sigma], rel=0.06)


def test_mode_helpers() -> None:
    ring, s_ring = modes("ring8")
    assert s_ring == 0.01 and ring.shape == (8, 2)
    angles = torch.arange(8) * 2 * math.pi / 8
    assert torch.allclose(ring, torch.stack([angles.cos(), angles.sin()], 1), atol=1e-6)
    grid, s_grid = modes("grid25")
    assert s_grid == 0.05 and grid.shape == (25, 2)
    expected = {(a, b) for a in (-4, -2, 0, 2, 4) for b in (-4, -2, 0, 2, 4)}
    assert {tuple(int(v) for v in row) for row in grid.tolist()} == expected
    with pytest.raises(DataError):
        modes("moons")


@pytest.mark.parametrize("name", ["ring8", "grid25", "moons", "checkerboard", "spiral"])
def test_toys_shapes_and_determinism(name: str) -> None:
    a, b = load(name), load(name)
    for split, n in (("train", 20000), ("val", 2000), ("test", 5000)):
        xa, xb = getattr(a, split).x, getattr(b, split).x
        assert xa.shape == (n, 2) and xa.dtype == torch.float32
        assert torch.equal(xa, xb) and getattr(a, split).y is None
    assert not torch.equal(a.train.x[:2000], a.val.x)
    assert a.spec.kind == "vector" and a.spec.levels is None and not a.spec.discrete
    assert (a.log_prob is None) == (name in ("moons", "spiral"))


def test_spiral_roughly_unit_scale() -> None:
    x = load("spiral").train.x
    assert x.mean(0).abs().max() < 0.05
    assert 0.7 < float(x.std(0).min()) and float(x.std(0).max()) < 1.3


def test_digits() -> None:
    ds = load("digits")
    ref = load_digits()
    assert ds.spec.levels == 17 and ds.spec.num_classes == 10 and ds.spec.shape == (1, 8, 8)
    assert [len(s.x) for s in (ds.train, ds.val, ds.test)] == [1000, 350, 447]
    for split, start in ((ds.train, 0), (ds.val, 1000), (ds.test, 1350)):
        n = len(split.x)
        assert split.x.dtype == torch.long and split.y is not None
        assert np.array_equal(split.x.reshape(n, 64).numpy(), ref.data[start:start + n])
        assert np.array_equal(split.y.numpy(), ref.target[start:start + n])
    allx = torch.cat([ds.train.x, ds.val.x, ds.test.x])
    assert int(allx.min()) == 0 and int(allx.max()) == 16


# ---------------------------------------------------------------- IDX


def _idx_bytes(arr: np.ndarray, magic: bytes | None = None) -> bytes:
    head = magic if magic is not None else bytes([0, 0, 8, arr.ndim])
    return head + struct.pack(f">{arr.ndim}i", *arr.shape) + arr.astype(np.uint8).tobytes()


def _write_idx(directory: Path, gz: bool, n_train: int = 24, n_test: int = 6) -> dict:
    rng = np.random.default_rng(0)
    arrays = {
        "train-images-idx3-ubyte": rng.integers(0, 256, (n_train, 5, 4)),
        "train-labels-idx1-ubyte": rng.integers(0, 3, n_train),
        "t10k-images-idx3-ubyte": rng.integers(0, 256, (n_test, 5, 4)),
        "t10k-labels-idx1-ubyte": np.array([0, 1, 2, 3, 0, 1][:n_test]),
    }
    for base, arr in arrays.items():
        data = _idx_bytes(arr)
        target = directory / (base + (".gz" if gz else ""))
        target.write_bytes(gzip.compress(data) if gz else data)
    return arrays


@pytest.mark.parametrize("gz", [False, True])
def test_idx_round_trip(tmp_path: Path, gz: bool) -> None:
    arrays = _write_idx(tmp_path, gz)
    ds = load(f"idx:{tmp_path}")
    assert ds.spec.name == f"idx:{tmp_path}"
    assert ds.spec.shape == (1, 5, 4) and ds.spec.levels == 256 and ds.spec.num_classes == 4
    assert len(ds.train.x) == 22 and len(ds.val.x) == 2 and len(ds.test.x) == 6
    train_x = torch.cat([ds.train.x, ds.val.x]).squeeze(1).numpy()
    assert np.array_equal(train_x, arrays["train-images-idx3-ubyte"])
    assert np.array_equal(torch.cat([ds.train.y, ds.val.y]).numpy(),
                          arrays["train-labels-idx1-ubyte"])
    assert np.array_equal(ds.test.x.squeeze(1).numpy(), arrays["t10k-images-idx3-ubyte"])
    assert np.array_equal(ds.test.y.numpy(), arrays["t10k-labels-idx1-ubyte"])
    assert ds.train.x.dtype == torch.long and ds.train.y.dtype == torch.long


def _corrupt(path: Path, kind: str) -> None:
    arr = np.zeros((4, 5, 4))
    if kind == "magic":
        path.write_bytes(_idx_bytes(arr, magic=bytes([1, 0, 8, 3])))
    elif kind == "dtype":
        path.write_bytes(_idx_bytes(arr, magic=bytes([0, 0, 0x0D, 3])))
    elif kind == "size":
        path.write_bytes(_idx_bytes(arr)[:-3])
    elif kind == "gzip":
        path.with_suffix(".gz").write_bytes(b"not gzip at all")
        path.unlink()


@pytest.mark.parametrize("kind, words", [("magic", "magic"), ("dtype", "type code"),
                                         ("size", "size mismatch"), ("gzip", "cannot read")])
def test_idx_malformed(tmp_path: Path, kind: str, words: str) -> None:
    _write_idx(tmp_path, gz=False)
    bad = tmp_path / "t10k-images-idx3-ubyte"
    _corrupt(bad, kind)
    with pytest.raises(DataError, match=words) as info:
        load(f"idx:{tmp_path}")
    assert "t10k-images-idx3-ubyte" in str(info.value)


def test_idx_count_mismatch(tmp_path: Path) -> None:
    _write_idx(tmp_path, gz=False)
    (tmp_path / "train-labels-idx1-ubyte").write_bytes(_idx_bytes(np.zeros(23)))
    with pytest.raises(DataError, match="23 labels for 24 images") as info:
        load(f"idx:{tmp_path}")
    assert "train-labels-idx1-ubyte" in str(info.value)


def test_idx_missing_file(tmp_path: Path) -> None:
    _write_idx(tmp_path, gz=True)
    (tmp_path / "t10k-labels-idx1-ubyte.gz").unlink()
    with pytest.raises(DataError, match="t10k-labels-idx1-ubyte"):
        load(f"idx:{tmp_path}")


def test_fashion_missing_dir_mentions_apt(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(DataError, match="apt-get install dataset-fashion-mnist") as info:
        load("fashion-mnist", data_dir=str(missing))
    assert str(missing) in str(info.value) and "--data-dir" in str(info.value)


@pytest.mark.skipif(not Path(FASHION_DIR).is_dir(), reason="dataset-fashion-mnist not installed")
def test_fashion_mnist_real() -> None:
    ds = load("fashion-mnist")
    assert [len(s.x) for s in (ds.train, ds.val, ds.test)] == [55000, 5000, 10000]
    assert ds.spec.levels == 256 and ds.spec.num_classes == 10
    assert ds.spec.shape == (1, 28, 28) and ds.train.x.shape[1:] == (1, 28, 28)
    assert ds.train.x.dtype == torch.long and int(ds.train.x.max()) <= 255
    assert int(ds.train.y.max()) == 9


# ---------------------------------------------------------------- text


def test_text_round_trip_and_splits(tmp_path: Path) -> None:
    text = "".join(f"line {i}: héllo wörld ✓\n" for i in range(300))
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    ds = load(f"text:{path}", block=16)
    assert ds.spec.kind == "text" and ds.spec.vocab == "".join(sorted(set(text)))
    assert ds.spec.levels == len(ds.spec.vocab) and ds.spec.shape == (16,)
    n = len(text)
    cuts = [0, n * 90 // 100, n * 95 // 100, n]
    for split, (a, b) in zip((ds.train, ds.val, ds.test), itertools.pairwise(cuts), strict=True):
        assert split.x.dtype == torch.long and split.x.shape[1] == 16 and split.y is None
        assert len(split.x) == (b - a) // 16
        assert "".join(ds.decode_text(split.x)) == text[a:a + len(split.x) * 16]
    assert ds.decode_text(ds.train.x[0]) == [text[:16]]


def test_text_errors(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="not found"):
        load(f"text:{tmp_path / 'absent.txt'}")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(DataError, match="empty"):
        load(f"text:{empty}")
    short = tmp_path / "short.txt"
    short.write_text("abc" * 100)
    with pytest.raises(DataError, match="too short"):
        load(f"text:{short}", block=64)
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00abc" * 1000)
    with pytest.raises(DataError, match="UTF-8"):
        load(f"text:{binary}")


def test_decode_text_rejects_non_text() -> None:
    with pytest.raises(DataError):
        load("digits").decode_text(torch.zeros(3, dtype=torch.long))


# ---------------------------------------------------------------- names and specs


def test_unknown_name_lists_accepted() -> None:
    with pytest.raises(DataError, match="ring8") as info:
        load("imagenet")
    assert "text:PATH" in str(info.value) and "fashion-mnist" in str(info.value)
    assert {"text:PATH", "idx:DIR", "digits", "ring8", "grid25"} <= set(DATASETS)


def test_spec_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("abcdefgh" * 200)
    specs = [load("digits").spec, load("moons").spec, load(f"text:{path}", block=8).spec]
    for spec in specs:
        back = DataSpec.from_dict(json.loads(json.dumps(spec.to_dict())))
        assert back == spec and isinstance(back.shape, tuple)
    assert specs[0].dim == 64 and specs[0].discrete and specs[2].vocab == "abcdefgh"
    with pytest.raises(DataError):
        DataSpec.from_dict({"name": "x"})


def test_signed_scaling_round_trips_and_dequantizes_within_the_bin() -> None:
    from genmap.data import dequantize_signed, from_signed, to_signed

    d = load("digits")
    x = d.test.x[:50]
    y = to_signed(x, d.spec)
    assert y.shape == x.shape and y.min() == -1 and y.max() == 1
    assert torch.equal(from_signed(y, d.spec), x)
    assert to_signed(x, d.spec, flatten=True).shape == (50, 64)
    noisy, log_jac = dequantize_signed(y, d.spec)
    half = 1 / (d.spec.levels - 1)  # half the bin width 2/(K-1)
    assert ((noisy - y).abs() <= half).all() and torch.equal(from_signed(noisy, d.spec), x)
    assert log_jac == pytest.approx(64 * math.log(2 / 16))
    ring = load("ring8").test.x[:5]
    assert torch.equal(to_signed(ring, load("ring8").spec), ring)
    assert dequantize_signed(ring, load("ring8").spec)[1] == 0.0


def test_png_grid_enlarges_small_images_by_whole_pixels(tmp_path: Path) -> None:
    """An 8x8 digit grid is written with every pixel repeated 6 x 6 (ceil(48 / 8)): the
    file, read back, is the grid itself after taking every 6th pixel."""
    import matplotlib.pyplot as plt

    from genmap import plots

    spec = load("digits").spec
    x = torch.randint(0, 17, (16, 1, 8, 8))
    plots.write_png(x, spec, tmp_path / "g.png")
    img = plt.imread(tmp_path / "g.png")[..., 0]  # grey written as RGBA
    grid = plots.image_grid(x, spec)  # (4 * 9 + 1, 4 * 9 + 1)
    assert img.shape == (6 * 37, 6 * 37)
    assert np.allclose(img[::6, ::6], grid, atol=1 / 255)
    assert np.array_equal(img[3::6, 5::6], img[::6, ::6]), "each pixel is a 6 x 6 block"
