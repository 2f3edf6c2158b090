"""Getting records to the case system: the outbox, retry policy and transports (HTTPS, folder).

Import submodules directly (``sharedesk.core.sync.service``); httpx is imported only by the
HTTPS transport, so the GUI pays nothing for sync until it syncs.
"""
