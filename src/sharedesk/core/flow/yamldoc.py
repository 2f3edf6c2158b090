"""Reading data-only YAML with line numbers: shared by the flow loader and the reference library.

A safe loader whose mappings remember their line, bare yes/no kept as text, duplicate keys
refused, and a Reader that pulls typed values out and raises a DataFileError subclass naming
file, line and item id. Pure Python, no I/O; safe to call from any thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml

from sharedesk.core import plaindata
from sharedesk.core.errors import DataFileError
from sharedesk.core.flow.model import Source

ErrorFactory = Callable[..., DataFileError]
MAX_DEPTH = plaindata.MAX_DEPTH


class LineDict(dict[str, Any]):
    """A parsed YAML mapping that knows the (1-based) line it starts on."""

    line: int = 0


class _DuplicateKey(Exception):
    def __init__(self, key: object, line: int) -> None:
        super().__init__(key)
        self.key = key
        self.line = line


class _LineLoader(yaml.SafeLoader):
    """A SafeLoader whose mappings remember the line they start on."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise _DuplicateKey(key, key_node.start_mark.line + 1)
        result[key] = loader.construct_object(value_node, deep=True)
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# YAML 1.1 reads bare yes/no as booleans, 2018.10 as the float 2018.1 and 2024-05-01 as a date.
# In these files they are choice values, versions and citation dates, so keep them as text.
_TEXT_TAGS = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp"}
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag not in _TEXT_TAGS]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_yaml(raw: bytes | str, file: str, error: ErrorFactory) -> Any:
    """Parse UTF-8 YAML text into plain values with LineDict mappings.

    Raises ``error(message, file=..., line=...)`` for non-UTF-8 bytes, malformed YAML,
    duplicate keys, nesting deeper than MAX_DEPTH and lone surrogates
    (core.plaindata). Never executes tags or constructs arbitrary objects.
    """
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError:
        raise error("file is not UTF-8 text", file=file) from None
    try:
        doc = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader derives SafeLoader
    except RecursionError:
        raise error(f"malformed YAML: nested more than {MAX_DEPTH} levels deep", file=file) from None
    except _DuplicateKey as exc:
        raise error(f"duplicate key {exc.key!r}", file=file, line=exc.line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or "malformed YAML"
        raise error(f"malformed YAML: {problem}", file=file, line=line) from None
    found = plaindata.problem(doc)
    if found:
        raise error(f"malformed YAML: {found}", file=file, line=None)
    return doc


class Reader:
    """Pulls typed values out of parsed YAML, raising ``error`` with file, line and item id."""

    def __init__(self, file: str, error: ErrorFactory) -> None:
        self.file = file
        self.error = error

    def fail(self, message: str, where: Any = None, node: str | None = None) -> DataFileError:
        line = getattr(where, "line", None)
        return self.error(message, file=self.file, line=line, node=node)

    def mapping(self, value: Any, what: str, where: Any, node: str | None = None) -> LineDict:
        if not isinstance(value, LineDict):
            raise self.fail(f"{what} must be a mapping", where, node)
        return value

    def items(self, data: LineDict, key: str, *, required: bool = True) -> list[Any]:
        value = data.get(key, None if required else [])
        if not isinstance(value, list) or (required and not value):
            raise self.fail(f"{key!r} must be a non-empty list" if required
                            else f"{key!r} must be a list", data)
        return value

    def keys(self, data: LineDict, allowed: set[str], what: str, node: str | None = None) -> None:
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise self.fail(f"unknown key {unknown[0]!r} in {what}", data, node)

    def text(self, data: LineDict, key: str, node: str | None = None, *,
             required: bool = True, default: str = "") -> str:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(f"missing required text {key!r}", data, node)
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(f"{key!r} must be text", data, node)
        text = str(value).strip()
        if required and not text:
            raise self.fail(f"{key!r} must not be empty", data, node)
        return text

    def flag(self, data: LineDict, key: str, node: str | None = None, *,
             default: bool = True) -> bool:
        value = data.get(key, default)
        if value in (True, "true", "True"):
            return True
        if value in (False, "false", "False"):
            return False
        raise self.fail(f"{key!r} must be true or false", data, node)

    def strings(self, data: LineDict, key: str, node: str | None = None) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(f"{key!r} must be a list of non-empty texts", data, node)
        return tuple(v.strip() for v in value)


_SOURCE_KEYS = {"document", "publisher", "date", "page", "url", "section"}


def read_source(r: Reader, value: Any, where: Any, node: str | None = None) -> Source:
    """A citation mapping (document required; publisher, date, section, page, url optional)."""
    data = r.mapping(value, "'source'", where, node)
    r.keys(data, _SOURCE_KEYS, "source", node)
    return Source(document=r.text(data, "document", node),
                  publisher=r.text(data, "publisher", node, required=False),
                  date=r.text(data, "date", node, required=False),
                  page=r.text(data, "page", node, required=False),
                  url=r.text(data, "url", node, required=False),
                  section=r.text(data, "section", node, required=False))
