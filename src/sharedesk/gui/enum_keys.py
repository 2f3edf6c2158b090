"""Set Qt enum properties by their key names, as a Designer file or a style sheet names them.

The first use of PySide's ``Qt`` namespace (``Qt.FocusPolicy.NoFocus``) builds every one of its
Python enums at once, about ninety (``Key`` alone has hundreds of members): 12-15 ms of a start
whose bare-window baseline is about 150 ms (issue 13). The first screen needs none of them, so
what it sets on the way there is set through Qt's meta-object by key name instead; Qt checks
the name (an unknown property or key is refused, and refused loudly here).
tests/gui/test_startup_imports.py fails if start-up creates the namespace again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def set_enum_properties(obj: QObject, **keys: str) -> None:
    """``set_enum_properties(bar, toolButtonStyle="ToolButtonTextOnly")`` does what
    ``bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)`` does; flags take
    ``"A|B"``. Raises ValueError for a property ``obj`` does not declare or a key its enum
    does not have (nothing is set for that property)."""
    meta = obj.metaObject()
    for name, key in keys.items():
        index = meta.indexOfProperty(name)
        if index < 0 or not meta.property(index).isEnumType():
            raise ValueError(f"{type(obj).__name__} has no enum property {name!r}")
        if not obj.setProperty(name, key):
            raise ValueError(f"{type(obj).__name__}.{name} has no key {key!r}")


def set_shortcut(action: QAction, keys: str) -> None:
    """``action.setShortcut(QKeySequence(keys))`` without PySide's overload check of
    ``setShortcut``, which builds the ``Qt`` namespace's enums (one of its overloads takes a
    ``Qt.Key``); ``setShortcuts`` with the one sequence is the same call in Qt."""
    action.setShortcuts([QKeySequence(keys)] if keys else [])
