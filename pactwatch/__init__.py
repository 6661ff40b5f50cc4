"""pactwatch: defence-cooperation facts from raw news pages, each tied to the sentence it came from."""

__version__ = "0.1.0"
