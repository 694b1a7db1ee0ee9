"""The names the CLI and the harness know: one plain dict from model names to classes,
and the typed parsing of `--set key=value` overrides into a config dataclass."""

from __future__ import annotations

import dataclasses
from typing import Any

from genmap.adversarial import GAN
from genmap.autoregressive import GPT, PixelCNN
from genmap.data import DataSpec
from genmap.diffusion import DDPM, ScoreSDE
from genmap.diffusion.distill import ProgressiveDistillation
from genmap.diffusion.flow_matching import FlowMatching
from genmap.diffusion.ncsn import NCSN
from genmap.energy import EBM
from genmap.flow import MAF, NSF, Glow, RealNVP
from genmap.independent import Independent
from genmap.latent import VAE, VQVAE
from genmap.protocol import ConfigError, GenerativeModel, ModelConfig

MODELS: dict[str, type[GenerativeModel]] = {
    "independent": Independent,
    "vae": VAE,
    "vqvae": VQVAE,
    "gan": GAN,
    "transformer_ar": GPT,
    "pixelcnn": PixelCNN,
    "realnvp": RealNVP,
    "glow": Glow,
    "nsf": NSF,
    "maf": MAF,
    "ddpm": DDPM,
    "sde": ScoreSDE,
    "flow_matching": FlowMatching,
    "ebm": EBM,
    "ncsn": NCSN,
    "distilled": ProgressiveDistillation,
}


def model_class(name: str) -> type[GenerativeModel]:
    if name not in MODELS:
        raise ConfigError(f"unknown model {name!r}; accepted: {', '.join(MODELS)}")
    return MODELS[name]


def parse_value(key: str, text: str, kind: type) -> Any:
    """Parse one `--set` value as the config field's type."""
    if kind is bool:
        if text.lower() in ("1", "true", "yes", "on"):
            return True
        if text.lower() in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{key}={text!r} is not a bool; accepted: true/false/1/0")
    try:
        return kind(text)
    except (TypeError, ValueError):
        raise ConfigError(f"{key}={text!r} is not a {kind.__name__}") from None


def apply_overrides(config: Any, overrides: dict[str, Any], what: str) -> Any:
    """A copy of the dataclass `config` with `overrides` (strings or typed values) applied."""
    types = {f.name: f.type for f in dataclasses.fields(config)}
    types = {k: {"float": float, "int": int, "bool": bool, "str": str}.get(v, v)
             for k, v in types.items()}
    values = {}
    for key, value in overrides.items():
        if key not in types:
            raise ConfigError(f"unknown key {key!r} for {what}; accepted: {', '.join(types)}")
        kind = types[key]
        if isinstance(value, str) and kind is not str:
            value = parse_value(key, value, kind)
        elif kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        elif not isinstance(value, kind):
            raise ConfigError(f"{key}={value!r} is not a {kind.__name__}")
        values[key] = value
    return dataclasses.replace(config, **values)


def build(name: str, spec: DataSpec, overrides: dict[str, Any] | None = None) -> GenerativeModel:
    """Construct model `name` for data `spec` with config `overrides`."""
    cls = model_class(name)
    config: ModelConfig = apply_overrides(cls.Config(), overrides or {}, f"model {name}")
    return cls(config, spec)
