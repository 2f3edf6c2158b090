"""One FlowCatalog per directory per process: each flow file is parsed once however many
callers ask (counted by the catalog's stats, not timed)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from sharedesk.core import paths
from sharedesk.core.errors import FlowError, UsageError
from sharedesk.core.flow import catalog, list_flows, load_flow_by_id
from sharedesk.core.flow.catalog import find_flow


@pytest.fixture
def flows_dir(tmp_path: Path) -> Path:
    target = tmp_path / "flows"
    shutil.copytree(paths.flows_dir(), target)
    return target


def test_each_flow_is_parsed_once_whoever_asks(flows_dir: Path) -> None:
    cat = catalog(flows_dir)
    assert cat is catalog(flows_dir) is catalog(flows_dir / ".." / "flows")
    assert cat.stats.parses == 0, "finding the catalog reads nothing"
    first = cat.flow("england-2018")
    assert cat.stats.parses == 1
    for _ in range(20):  # the record screen, the decision screen, an export, the CLI ...
        assert load_flow_by_id("england-2018", flows_dir) is first
        assert cat["england-2018"] is first
    assert cat.stats.parses == 1 and cat.stats.hits == 40
    every = list_flows(flows_dir)
    files = sorted(p.stem for p in flows_dir.glob("*.yaml"))
    assert [f.id for f in every] == files and len(files) >= 3
    assert cat.stats.parses == len(files)
    assert cat.index() == {f.id: f for f in every}
    list_flows(flows_dir)
    assert cat.stats.parses == len(files)


def test_another_directory_is_another_catalog(flows_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(flows_dir, other)
    catalog(flows_dir).flow("england-2018")
    assert catalog(other).stats.parses == 0
    assert catalog(other).flow("england-2018") is not catalog(flows_dir).flow("england-2018")


def test_the_shipped_flows_default_to_the_resources_dir(monkeypatch: pytest.MonkeyPatch,
                                                        flows_dir: Path) -> None:
    assert catalog() is catalog(paths.flows_dir())
    monkeypatch.setenv("SHAREDESK_RESOURCES", str(flows_dir.parent))
    assert catalog() is catalog(flows_dir)


def test_threads_asking_at_once_parse_once(flows_dir: Path) -> None:
    cat = catalog(flows_dir)
    start = threading.Barrier(8)
    got: list[object] = []

    def ask() -> None:
        start.wait()
        got.append(cat.flow("scotland"))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert cat.stats.parses == 1 and len({id(f) for f in got}) == 1


def test_a_changed_file_is_read_again(flows_dir: Path) -> None:
    cat = catalog(flows_dir)
    before = cat.flow("england-2018")
    path = flows_dir / "england-2018.yaml"
    text = path.read_text(encoding="utf-8")
    assert f'version: "{before.version}"' in text
    path.write_text(text.replace(f'version: "{before.version}"', 'version: "9.9.9-test"', 1),
                    encoding="utf-8")
    after = cat.flow("england-2018")
    assert after.version == "9.9.9-test" and cat.stats.parses == 2
    assert cat.flow("england-2018") is after and cat.stats.parses == 2


def test_unknown_and_mismatched_flows_are_one_line(flows_dir: Path) -> None:
    cat = catalog(flows_dir)
    for bad in ("nowhere", "", "../flows/england-2018", ".hidden"):
        with pytest.raises(UsageError) as caught:
            cat.flow(bad)
        assert "known flows: england-2018" in str(caught.value) and "\n" not in str(caught.value)
        assert bad not in cat and cat.get(bad) is None
    with pytest.raises(UsageError, match="unknown flow"):
        find_flow("nowhere", flows_dir)
    assert find_flow("scotland", flows_dir) == flows_dir / "scotland.yaml"
    shutil.copy(flows_dir / "scotland.yaml", flows_dir / "renamed.yaml")
    with pytest.raises(UsageError, match="declares id 'scotland', expected 'renamed'"):
        cat.flow("renamed")
    (flows_dir / "broken.yaml").write_text("id: broken\nnodes: [\n", encoding="utf-8")
    with pytest.raises(FlowError):
        cat.flow("broken")
