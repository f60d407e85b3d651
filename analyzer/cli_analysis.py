"""CLI commands that need skill extraction and scoring (analyze, batch)."""

from __future__ import annotations

import argparse
from typing import Any


def add_commands(commands: Any) -> None:
    """Register the analysis sub-commands on the ``resume-gap`` parser."""
    del commands
