"""One module per schema revision; Alembic loads them by path, the package ships them."""
