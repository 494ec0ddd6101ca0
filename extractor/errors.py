"""The one exception type for problems with an input document."""
from __future__ import annotations

ERROR_KINDS = (
    "unsupported_format", "empty", "binary", "corrupt", "encrypted", "no_text_layer",
    "too_large", "zip_bomb", "not_german", "timeout", "memory", "internal",
)


class DocumentError(Exception):
    """A document that cannot be read; the batch records it and goes on."""

    def __init__(self, kind: str, message: str, hint: str = "") -> None:
        if kind not in ERROR_KINDS:
            raise ValueError(f"Unknown error kind {kind!r}; expected one of: {', '.join(ERROR_KINDS)}")
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.hint = hint
