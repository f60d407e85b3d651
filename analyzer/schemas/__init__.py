"""JSON Schemas of the analyzer outputs (package data)."""
