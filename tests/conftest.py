"""Shared fixtures: the spaCy pipeline is loaded once for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository root (the directory holding pipeline/, corpus/, outputs/)."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def nlp():
    """The whole extraction pipeline, built once per test session (spaCy is slow to load)."""
    from pipeline.extraction.nlp import build_nlp

    return build_nlp()
