"""Resolve: actors to canonical entities, place names to gazetteer entries, dates to calendar values.

Each module offers plain functions (usable without spaCy) and registers one spaCy component.
"""
