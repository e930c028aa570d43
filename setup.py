"""Build step of the Koerskaart package: the wheel carries ``resources/`` and ``forms/`` whole.

The two folders stay at the top of the repository (translators, designers and the question-set
authors work there); when a wheel is built they are copied, whole and as they are, into the
package as ``koerskaart/resources`` and ``koerskaart/forms``, where :mod:`koerskaart.paths` finds
them. A folder added under either one (fonts, icons) ships without any change here. An editable
install copies nothing: it reads the folders in the checkout. Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED_FOLDERS = ("resources", "forms")
SKIPPED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo")


class BuildWithResources(build_py):
    """The ordinary ``build_py``, then the shipped folders copied into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the folders in the checkout itself
        for name in SHIPPED_FOLDERS:
            target = Path(self.build_lib) / "koerskaart" / name
            if target.exists():
                shutil.rmtree(target)  # never ship a file deleted since the last build
            shutil.copytree(ROOT / name, target, ignore=SKIPPED)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if not getattr(self, "editable_mode", False):
            for name in SHIPPED_FOLDERS:
                outputs += [str(p) for p in (Path(self.build_lib) / "koerskaart" / name).rglob("*")]
        return outputs


setup(cmdclass={"build_py": BuildWithResources})
