"""The ledger as a library object: open it by URL, save analysed articles, query it.

(Transitional: re-exports the store's Ledger until the repository / merge-service split lands.)
"""

from newsledger.store.ledger import Ledger, SaveResult

__all__ = ["Ledger", "SaveResult"]
