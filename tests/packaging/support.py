"""What the packaging tests share: a clean copy of the sources, and running an installed program.

The programs run outside the checkout, in their own folder, with an environment made here (no
``PYTHONPATH``, a fresh home and database), so nothing of the source tree can leak into them.
``PIP_CACHE`` is read when this module is imported, before the tests' own home folder is set.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PIP_CACHE = os.environ.get("PIP_CACHE_DIR") or str(Path.home() / ".cache" / "pip")
MARKER = "KOERSKAART_SHOWN"
NETWORK_VARIABLES = {"http_proxy", "https_proxy", "no_proxy", "ssl_cert_file", "requests_ca_bundle"}
NOT_SHIPPED = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "artifacts", "*.egg-info", "__pycache__"
)


def copy_sources(target: Path) -> Path:
    """The files a clean clone has (tracked, plus new files not ignored by git) in ``target``."""
    try:
        listed = subprocess.run(
            ["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            check=True,
            capture_output=True,
        ).stdout.decode()
    except (OSError, subprocess.CalledProcessError):
        shutil.copytree(ROOT, target, ignore=NOT_SHIPPED)
        return target
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment with nothing of the checkout: a fresh home, data folder and database."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "KOERSKAART_DB": str(home / "koerskaart.sqlite"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "PIP_CACHE_DIR": PIP_CACHE,
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    # How this machine reaches the package index (mirrors, certificates, proxies) stays as it is.
    env.update({k: v for k, v in os.environ.items() if k.startswith("PIP_") and k != "PIP_CACHE_DIR"})
    env.update({k: v for k, v in os.environ.items() if k.lower() in NETWORK_VARIABLES})
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    env.update(extra)
    return env


def run(command: list[str | Path], *, env: dict[str, str], cwd: Path, timeout: float = 120):
    """Run ``command``; fail the test with its output when it does not exit 0."""
    result = subprocess.run(
        [str(part) for part in command], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, (
        f"{command} exited {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    return result
