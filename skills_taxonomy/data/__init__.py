"""Packaged taxonomy data files (JSON), read through importlib.resources."""
