"""docs/schema/flow.schema.json describes the format the loader reads: every shipped flow is
valid against it, and it refuses the same kinds of mistakes the loader refuses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from sharedesk.core.errors import FlowError
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.yamldoc import parse_yaml

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((REPO / "docs" / "schema" / "flow.schema.json").read_text(encoding="utf-8"))
FLOW_FILES = sorted((REPO / "resources" / "flows").glob("*.yaml"))


def _load(path: Path) -> Any:
    # The loader's own YAML reading (yes/no, versions and dates stay text), as the app sees it.
    return parse_yaml(path.read_bytes(), str(path), FlowError)


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_record_field_names_match_the_engine() -> None:
    assert SCHEMA["$defs"]["recordField"]["enum"] == list(RECORD_FIELDS)


@pytest.mark.parametrize("path", FLOW_FILES, ids=[p.stem for p in FLOW_FILES])
def test_shipped_flow_is_valid(path: Path) -> None:
    jsonschema.validate(_load(path), SCHEMA, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(("mutate", "what"), [
    (lambda d: d["nodes"][0].__setitem__("kind", "checkbox"), "unknown kind"),
    (lambda d: d["nodes"][-1].__setitem__("requires", ["purpose"]), "outcome without reasons"),
    (lambda d: d["nodes"][-1].__setitem__("requires", ["reasons", "shoe_size"]), "unknown field"),
    (lambda d: d["nodes"][0].pop("text"), "missing text"),
    (lambda d: d["nodes"][0].__setitem__("next", "share"), "question with next"),
    (lambda d: d.__setitem__("colour", "red"), "unknown top-level key"),
    (lambda d: d["source"].pop("document"), "source without document"),
])
def test_schema_refuses_mistakes(mutate: Any, what: str) -> None:
    data = _load(REPO / "resources" / "flows" / "england-2018.yaml")
    mutate(data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
