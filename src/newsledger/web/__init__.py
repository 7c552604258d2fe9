"""The web app and JSON API over a ledger (`newsledger serve`)."""

from newsledger.web.app import create_app

__all__ = ["create_app"]
