"""peelkg: UK police inspection (PEEL) articles as a linked-data knowledge graph."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("peelkg")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
