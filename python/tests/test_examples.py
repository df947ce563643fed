"""The Python examples run: the Dask sweep equals its serial result on a 2-worker
LocalCluster with a small N, and the trade study writes its PNG."""

import os
import subprocess
import sys

from conftest import SOURCE

EXAMPLES = SOURCE / "examples" / "python"


def run(script, *args, cwd):
    path = os.pathsep.join(os.path.abspath(p) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p)
    env = dict(os.environ, MPLBACKEND="Agg", PYTHONPATH=path)
    done = subprocess.run([sys.executable, str(EXAMPLES / script), *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_dask_sweep_matches_serial(tmp_path):
    out = run("dask_sweep.py", "--designs", "20000", "--block", "3000", "--workers", "2",
              "--check-serial", cwd=tmp_path)
    assert "identical to the single-process result" in out


def test_trade_study_writes_a_png(tmp_path):
    png = tmp_path / "plots" / "trade.png"
    out = run("trade_study.py", "--out", str(png), cwd=tmp_path)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "ratio peaks" in out


def test_examples_answer_help(tmp_path):
    for script in ("dask_sweep.py", "trade_study.py"):
        assert "usage" in run(script, "--help", cwd=tmp_path)
    assert list(tmp_path.iterdir()) == []  # --help writes nothing
