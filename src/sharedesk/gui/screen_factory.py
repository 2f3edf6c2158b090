"""Building the decision wizard for a new decision or from a saved draft.

Kept apart from the controller so the controller only wires screens; the wizard's modules (and
the flow parser) load only when a decision starts, not at start-up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from sharedesk.gui.vault_access import VaultAccess


def new_wizard(access: VaultAccess, vault: Any, flow_id: str) -> QWidget:
    """A wizard at the first question of ``flow_id``; UsageError for an unknown flow."""
    from sharedesk.gui.screens.decision import DecisionWizard

    flow = access.flow(flow_id)
    who = access.practitioner()
    return DecisionWizard(flow, service=vault.records, author=who.get("name", ""),
                          role=who.get("role", ""), contacts=access.contacts())


def resumed_wizard(access: VaultAccess, vault: Any, draft_id: str) -> QWidget:
    """A wizard where the draft was left; SharedeskError if the draft is gone or no longer fits
    its flow."""
    from sharedesk.gui.screens.decision import DecisionWizard

    state = vault.records.load_draft(draft_id)
    flow = access.flow(access.draft_flow_id(state))
    who = access.practitioner()
    wizard: QWidget = DecisionWizard.from_draft(
        draft_id, state, flow, service=vault.records, author=who.get("name", ""),
        role=who.get("role", ""), contacts=access.contacts())
    return wizard
