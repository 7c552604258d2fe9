"""newsledger: turn raw news into a ledger of verifiable events."""

__version__ = "0.1.0"
