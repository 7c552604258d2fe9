"""Readers: one module per input kind, each turning raw input into an Article."""
