"""Exceptions: one base class so shells can turn any of ours into a one-line message."""


class ClaimgraphError(Exception):
    """Base of every error claimgraph raises on purpose."""


class InputError(ClaimgraphError):
    """An input cannot be read: empty, binary, invalid UTF-8, too large, malformed."""


class UnsupportedLanguage(InputError):
    """The text is in a language without a language pack."""


class StoreError(ClaimgraphError):
    """The store cannot be opened, migrated or written."""
