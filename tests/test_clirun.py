"""The subprocess tests run this tree's sharedesk, not whatever is installed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from clirun import CLI, TREE, run_cli


def test_cli_runs_this_trees_code_even_when_another_sharedesk_comes_first(tmp_path: Path) -> None:
    # An impostor package named sharedesk first on PYTHONPATH: `python -m sharedesk.cli` would
    # run it; the tree's runner must not.
    impostor = tmp_path / "impostor" / "sharedesk"
    (impostor / "cli").mkdir(parents=True)
    (impostor / "__init__.py").write_text("__version__ = 'impostor'\n", encoding="utf-8")
    (impostor / "cli" / "__init__.py").write_text(
        "def main():\n    print('impostor')\n    return 0\n", encoding="utf-8")
    (impostor / "cli" / "__main__.py").write_text(
        "import sys\nfrom sharedesk.cli import main\nsys.exit(main())\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "impostor")}
    installed = subprocess.run([sys.executable, "-m", "sharedesk.cli", "--version"], env=env,
                               capture_output=True, text=True, check=False)
    assert installed.stdout.strip() == "impostor"  # the trap is real
    ours = run_cli("--version", env=env)
    assert ours.returncode == 0, ours.stderr
    from sharedesk import __version__

    assert ours.stdout.strip() == f"sharedesk {__version__}"


def test_cli_prefix_names_this_tree() -> None:
    assert CLI[0] == sys.executable
    assert Path(CLI[1]).is_relative_to(TREE)
    result = run_cli("definitely-not-a-command")
    assert result.returncode == 2
    assert result.stderr.startswith("usage: sharedesk") or "sharedesk: error:" in result.stderr
