"""Extraction: text -> times, actors, statements and events (pure functions over a Doc)."""
