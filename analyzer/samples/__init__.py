"""Packaged sample resume (a fictional person) for trying the app without a file."""

from importlib import resources

SAMPLE_RESUME_FILE = "sample_resume.txt"


def sample_resume() -> str:
    """The packaged sample resume's text (Morgan Ellery-Stone, a fictional PM)."""
    return resources.files(__name__).joinpath(SAMPLE_RESUME_FILE).read_text(encoding="utf-8")
