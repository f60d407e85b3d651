"""Resume gap analyzer (placeholder init replaced below)."""
