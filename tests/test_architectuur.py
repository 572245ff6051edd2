"""The layout of DESIGN.md holds: layers, no import cycles, no demo in production.

The layers themselves are an import-linter contract in pyproject.toml (run by
`lint-imports` in .ci/run and here). Import-linter's own cycle contract works
on whole subpackages, which a Django `models` package always closes; this
test looks at files instead, the way a reader follows an import.
"""

import subprocess
import sys
from pathlib import Path

import grimp
import pytest

PROJECT = Path(__file__).resolve().parents[1]
APPS = ["inclusie", "agenda", "campagnes", "volgen", "demo", "config"]


def _kring_vanaf(graph, start):
    """A cycle through `start` as a list of modules, or None (depth-first search)."""
    pad, gezien = [start], set()

    def zoek(module):
        for volgende in sorted(graph.find_modules_directly_imported_by(module)):
            if volgende == start:
                return pad + [start]
            if volgende in gezien:
                continue
            gezien.add(volgende)
            pad.append(volgende)
            if gevonden := zoek(volgende):
                return gevonden
            pad.pop()
        return None

    return zoek(start)


@pytest.mark.parametrize("app", APPS)
def test_geen_importkring_tussen_bestanden_van_een_app(app):
    graph = grimp.build_graph(app, include_external_packages=False)
    kringen = [k for m in sorted(graph.modules) if (k := _kring_vanaf(graph, m))]
    assert kringen == [], "Importkring: " + " -> ".join(kringen[0])


def test_de_lagen_van_het_ontwerp_houden(tmp_path):
    uit = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert uit.returncode == 0, uit.stdout[-3000:]
    assert "0 broken" in uit.stdout
