"""Exports of decision records: PDF, JSON, CSV, FHIR R4, and signed, age-encrypted bundles.

Import the submodule you need (``sharedesk.core.export.pdf`` ...): they pull in ReportLab,
pyrage and friends, which the GUI must not pay for at start-up. Exports receive records and
flows and never open the vault.
"""
