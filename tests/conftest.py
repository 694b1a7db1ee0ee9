"""Shared fixtures: small real datasets for the protocol battery."""

from __future__ import annotations

from pathlib import Path

import pytest

from genmap.data import Dataset, load

TEXT = (
    "The autoregressive paradigm factors the joint by the chain rule. "
    "A flow maps data to noise through an invertible network. "
    "A variational autoencoder trains on the evidence lower bound. "
    "A generative adversarial network plays a minimax game. "
    "A diffusion model learns to reverse a noising process. "
) * 12


@pytest.fixture(scope="session")
def text_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("text") / "corpus.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def datasets(text_file: Path) -> dict[str, Dataset]:
    """One dataset of each kind: discrete image, continuous vector, text."""
    return {"digits": load("digits"), "ring8": load("ring8"),
            "text": load(f"text:{text_file}", block=16)}
