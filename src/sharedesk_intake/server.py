"""Start one intake instance under uvicorn (``sharedesk-intake serve``).

Before listening it loads the receipt key and, if the database answers, checks the schema
(a wrong schema stops the start with one line). A database that does not answer yet is not
fatal: the instance starts and answers 503 until it does, so a restart order never matters.
TLS: terminate at the organisation's reverse proxy, or pass ``--ssl-certfile/--ssl-keyfile``.
"""

from __future__ import annotations

import asyncio
import logging

import psycopg
import uvicorn

from sharedesk_intake import crypto, schema
from sharedesk_intake.app import Intake
from sharedesk_intake.config import Config
from sharedesk_intake.errors import UsageError
from sharedesk_intake.observe import log, setup_logging


async def _check_schema(url: str) -> None:
    try:
        conn = await psycopg.AsyncConnection.connect(url, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        log("startup.database_unavailable", logging.WARNING, error=type(exc).__name__)
        return
    async with conn:
        await schema.check(conn)


def serve(config: Config, host: str, port: int, *, ssl_certfile: str | None = None,
          ssl_keyfile: str | None = None) -> None:
    if bool(ssl_certfile) != bool(ssl_keyfile):
        raise UsageError("TLS needs both --ssl-certfile and --ssl-keyfile")
    key = crypto.load_receipt_key(config.key_file)
    setup_logging()
    asyncio.run(_check_schema(config.database))
    intake = Intake(config, key)
    log("startup", host=host, port=port, version=schema.LATEST)
    uvicorn.run(intake.app(), host=host, port=port, log_config=None, access_log=False,
                server_header=False, lifespan="on", timeout_graceful_shutdown=10,
                ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile)
