"""What an operation changed: a small frozen set of flags, after Anki's ``OpChanges``.

An operation (finalise, amend, import, sync, purge, a settings save) returns a ``Changes`` saying
which kinds of vault data it touched; the GUI's controller hands it to the screens, and each
screen that shows one of those kinds reads the vault again (``Changes.touches``). Nothing here
holds record content, so a change set may be logged or sent between threads freely.

Qt-free; safe to use from any thread (instances are immutable).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class Changes:
    """Which kinds of data an operation changed (all False: nothing the screens show)."""

    records: bool = False    # a record was added, finalised, amended, countersigned or purged
    drafts: bool = False     # a draft was saved, resumed into a record or deleted
    outbox: bool = False     # export status, bundles or the queue changed
    reviews: bool = False    # a review date (or a record with one) changed
    settings: bool = False   # a preference or the organisation profile changed
    team: bool = False       # the manager's figures (imports, countersignatures, devices)

    @classmethod
    def all(cls) -> Changes:
        """Everything: after an operation whose effects are not known (or another process)."""
        return cls(**{f.name: True for f in fields(cls)})

    @property
    def kinds(self) -> frozenset[str]:
        """The names of the kinds that changed, e.g. ``{"records", "outbox"}``."""
        return frozenset(f.name for f in fields(self) if getattr(self, f.name))

    def touches(self, *kinds: str) -> bool:
        """Whether any of ``kinds`` changed (a screen passes the kinds it shows). ValueError
        for a name that is not a kind, so a typo cannot make a screen silently stale."""
        unknown = set(kinds) - {f.name for f in fields(self)}
        if unknown:
            raise ValueError(f"unknown change kind: {', '.join(sorted(unknown))}")
        return bool(self.kinds & set(kinds))

    def __or__(self, other: Changes) -> Changes:
        return replace(self, **{name: True for name in other.kinds})

    def __bool__(self) -> bool:
        return bool(self.kinds)


NOTHING = Changes()
FINALISED = Changes(records=True, drafts=True, outbox=True, reviews=True, team=True)
AMENDED = Changes(records=True, outbox=True, reviews=True, team=True)
COUNTERSIGNED = Changes(records=True, team=True)
IMPORTED = Changes(records=True, outbox=True, reviews=True, team=True)
SYNCED = Changes(records=True, outbox=True)
PURGED = Changes(records=True, outbox=True, reviews=True, team=True)
DRAFT_SAVED = Changes(drafts=True)
SETTINGS_SAVED = Changes(settings=True, outbox=True, team=True)
