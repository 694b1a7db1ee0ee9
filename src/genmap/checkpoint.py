"""Checkpoints that cannot run code: safetensors weights beside JSON, written atomically.

A run directory holds
    config.json            model name and config, data name and spec, train config
    log.jsonl              one JSON object per logged step / validation
    last/ best/            model.safetensors, ema.safetensors, state.json
                           (last/ also: optim.safetensors, the optimizer and RNG state)
A checkpoint folder is written as `NAME.tmp`, then swapped in by renames, so a crash
leaves either the old or the new checkpoint, never half of one. Nothing is unpickled.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file
from torch import Tensor


class RunError(ValueError):
    """A missing or corrupt run directory."""


def write_json_atomic(path: Path, obj: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(obj, indent=2))
    os.replace(tmp, path)


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        raise RunError(f"{path} is missing; is {path.parent} a genmap run directory?") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise RunError(f"{path} is corrupt ({e}); re-train or restore it") from None


def state_tensors(module: torch.nn.Module) -> dict[str, Tensor]:
    """A module's state as contiguous CPU tensors, shared storage untied."""
    return {k: v.detach().cpu().contiguous().clone() for k, v in module.state_dict().items()}


def save_checkpoint(folder: Path, tensors: dict[str, dict[str, Tensor]], state: dict) -> None:
    """Write {file stem: tensors} as safetensors and `state` as state.json, atomically."""
    tmp = folder.with_name(folder.name + ".tmp")
    old = folder.with_name(folder.name + ".old")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for stem, ts in tensors.items():
        save_file(ts, str(tmp / f"{stem}.safetensors"))
    (tmp / "state.json").write_text(json.dumps(state, indent=2))
    _fsync_dir(tmp)
    if folder.exists():
        shutil.rmtree(old, ignore_errors=True)
        os.replace(folder, old)
    os.replace(tmp, folder)
    shutil.rmtree(old, ignore_errors=True)


def _fsync_dir(folder: Path) -> None:
    for f in folder.iterdir():
        with open(f, "rb") as fh:
            os.fsync(fh.fileno())


def checkpoint_folder(run: Path, which: str) -> Path:
    """The folder of checkpoint `which` (last/best), recovering from an interrupted swap."""
    folder = run / which
    old = run / f"{which}.old"
    if not folder.exists() and old.exists():
        os.replace(old, folder)
    if not folder.exists():
        raise RunError(f"{run} has no {which!r} checkpoint; train it first (genmap train ...)")
    return folder


def load_tensors(path: Path) -> dict[str, Tensor]:
    try:
        return load_file(str(path))
    except FileNotFoundError:
        raise RunError(f"{path} is missing; the checkpoint is incomplete") from None
    except (SafetensorError, OSError, ValueError) as e:
        raise RunError(f"{path} is not a readable safetensors file ({e})") from None


def load_into(module: torch.nn.Module, path: Path) -> None:
    """Load a safetensors file into a module, with a one-line error on any mismatch."""
    tensors = load_tensors(path)
    try:
        module.load_state_dict(tensors, strict=True)
    except RuntimeError as e:
        first = str(e).splitlines()[0]
        raise RunError(f"{path} does not match the model in config.json: {first}") from None


def optimizer_tensors(opt: torch.optim.Optimizer, prefix: str) -> tuple[dict[str, Tensor], dict]:
    """Split an optimizer state_dict into safetensors-able tensors and JSON."""
    sd = opt.state_dict()
    tensors: dict[str, Tensor] = {}
    meta: dict[str, dict] = {}
    for idx, st in sd["state"].items():
        meta[str(idx)] = {}
        for key, val in st.items():
            if isinstance(val, Tensor):
                tensors[f"{prefix}.{idx}.{key}"] = val.detach().cpu().contiguous().clone()
            else:
                meta[str(idx)][key] = val
    return tensors, {"param_groups": sd["param_groups"], "scalars": meta}


def restore_optimizer(opt: torch.optim.Optimizer, prefix: str, tensors: dict[str, Tensor],
                      meta: dict) -> None:
    state: dict[int, dict[str, Any]] = {int(i): dict(v) for i, v in meta["scalars"].items()}
    for name, val in tensors.items():
        if name.startswith(prefix + "."):
            idx, key = name[len(prefix) + 1:].split(".", 1)
            state.setdefault(int(idx), {})[key] = val
    opt.load_state_dict({"state": state, "param_groups": meta["param_groups"]})
