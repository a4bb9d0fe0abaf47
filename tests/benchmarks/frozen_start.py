"""The installed (frozen) app's start against the start from source: `--self-check` run alternately by each,
in the same run, timed by the processes' CPU time (user + system, which other jobs on a shared machine do not
inflate) and wall time. Used by `make bench` (the figure against issue 19's target) and by
`tests/packaging/test_dist.py` (a regression gate)."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FROZEN_APP = ROOT / "dist" / "permet-explorer" / "permet-explorer"
SOURCE_APP = ROOT / ".venv" / "bin" / "permet-explorer"


def is_stale(frozen: Path = FROZEN_APP) -> bool:
    """True when the app's code or data changed after the build: its start would not be this code's."""
    sources = [*(ROOT / "app").rglob("*.py"), ROOT / "data" / "permet.sqlite"]
    return max(p.stat().st_mtime for p in sources if p.exists()) > frozen.stat().st_mtime


@dataclass
class Pairs:
    cpu: list[float]   # frozen / source, per pair
    wall: list[float]
    frozen_cpu: list[float]  # seconds
    source_cpu: list[float]

    def summary(self) -> str:
        return (f"CPU {statistics.median(self.cpu):.2f}, wall {statistics.median(self.wall):.2f} "
                f"(medians of {len(self.cpu)} pairs; frozen {statistics.median(self.frozen_cpu):.2f} s CPU, "
                f"source {statistics.median(self.source_cpu):.2f} s; per pair CPU "
                + ", ".join(f"{r:.2f}" for r in self.cpu) + ")")


def self_check(executable: Path, cwd: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one `--self-check`; raises if it fails."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(cwd))
    env.pop("PYTHONPATH", None)
    before, t0 = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    out = subprocess.run([str(executable), "--self-check"], cwd=cwd, env=env, capture_output=True, text=True,
                         timeout=120)
    wall, after = time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0 or not out.stdout.startswith("self-check ok"):
        raise RuntimeError(f"{executable} --self-check failed: {out.stderr.strip() or out.stdout.strip()}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def paired(cwd: Path, pairs: int, frozen: Path = FROZEN_APP, source: Path = SOURCE_APP) -> Pairs:
    self_check(frozen, cwd), self_check(source, cwd)  # warm the disk cache for both
    result = Pairs([], [], [], [])
    for _ in range(pairs):
        (fw, fc), (sw, sc) = self_check(frozen, cwd), self_check(source, cwd)
        result.cpu.append(fc / sc)
        result.wall.append(fw / sw)
        result.frozen_cpu.append(fc)
        result.source_cpu.append(sc)
    return result
