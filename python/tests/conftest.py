"""Shared fixtures: the command-line tool and the example specs of this source tree
(SPACEDC_TOOL and SPACEDC_SOURCE_DIR, set by ctest)."""

import json
import os
import subprocess
from pathlib import Path

import pytest

SOURCE = Path(os.environ.get("SPACEDC_SOURCE_DIR", Path(__file__).resolve().parents[2]))
CONFIGS = SOURCE / "examples" / "configs"
REFERENCE = CONFIGS / "reference_100kw.toml"


@pytest.fixture
def reference():
    return str(REFERENCE)


@pytest.fixture
def cli():
    """`cli("size", path, "--set", ...)`: the tool's --json output as a dict."""
    tool = os.environ.get("SPACEDC_TOOL")
    if not tool:
        pytest.skip("SPACEDC_TOOL (the spacedc executable) is not set: run through ctest")

    def run(*args):
        done = subprocess.run([tool, *map(str, args), "--json"], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return run
