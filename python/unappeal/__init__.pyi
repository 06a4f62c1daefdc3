"""Type hints for unappeal (the native module is unappeal._unappeal)."""

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal, Union

__version__: str

Kind = Literal[
    "donation", "subscription", "paywall", "newsletter", "membership", "cookie",
    "social", "related", "app", "ad", "credit", "other",
]
"""What a removed block was."""

Stage = Literal["pruned", "outside_story", "text_rule", "user_rule", "learned"]
"""Which stage of the pipeline made a cut."""

KINDS: tuple[Kind, ...]
"""Every kind, in the library's order."""

Rule = Union[tuple[str, str], tuple[str, str, str]]
"""A user rule: ``(kind, value)`` for every site, ``(kind, value, domain)`` for a domain
and its subdomains."""

Document = Union[
    str,
    bytes,
    tuple[Union[str, bytes], Union[str, None]],
    Mapping[str, Union[str, bytes, None]],
]
"""A document of ``clean_many``: the content (cleaned as the batch's ``kind``), a
``(content, url)`` tuple, or a dict with an ``"html"`` or a ``"text"`` key and an optional
``"url"``."""

class UnappealError(ValueError):
    """A rule that does not compile, an unknown option value, or input the library refuses
    (over the size limit, mostly binary, invalid UTF-8 in strict mode). ``str(e)`` is the
    library's message."""

class Removal:
    """One cut: what, why, and where."""

    kind: Kind
    """The kind of boilerplate cut."""
    rule: str
    """The rule or heuristic that fired (``en.label:remind me later``, ``html.prune.class``,
    ``FILE:LINE`` of a rules file)."""
    stage: Stage
    text: str
    """The text removed."""
    confidence: float
    """0 to 1, one scale for text and HTML."""
    start: int | None
    """Text input: where the removed text starts, in UTF-8 bytes of the input."""
    end: int | None
    """Text input: where it ends (exclusive), in UTF-8 bytes."""
    element: str | None
    """HTML input: a short path to the element, for people."""
    selector: str | None
    """HTML input: a CSS selector that selects exactly that element."""

class Cleaned:
    """The result of a clean. Results compare equal when all their fields are equal, and
    pickle."""

    @property
    def text(self) -> str:
        """The article body, one block per line."""
    @property
    def title(self) -> str | None:
        """The page's title (HTML input), else None."""
    @property
    def removed(self) -> list[Removal]:
        """Every removal, in document order."""
    @property
    def replaced_bytes(self) -> int:
        """How many input bytes could not be decoded and became U+FFFD."""
    def to_json(self) -> str:
        """``{"text", "title"?, "removed": [...], "replaced_bytes"?}``: the shape the
        ``clean`` example writes (``title`` where the page has one, ``replaced_bytes`` when
        not zero; a removal has ``start``/``end`` or ``element``/``selector``)."""
    def to_dict(self) -> dict[str, object]:
        """``json.loads(self.to_json())``."""

class Cleaner:
    """Cuts publisher appeals and page boilerplate from articles.

    Build once and reuse (rules compile at construction); a cleaner is safe to share
    between threads and pickles (it rebuilds from its options, rules files as the text read
    at construction), so Spark and Ray can ship it to workers. Every method releases the
    GIL while it cleans. A bad option raises ``UnappealError`` with the library's message.
    """

    def __init__(
        self,
        *,
        keep: Iterable[Kind] = (),
        languages: Sequence[str] | None = None,
        builtin_rules: bool = True,
        disable_rules: Iterable[str] = (),
        phrases: Iterable[Rule] = (),
        patterns: Iterable[Rule] = (),
        selectors: Iterable[Rule] = (),
        rules_files: Iterable[str | os.PathLike[str]] = (),
        rules: Iterable[tuple[str, str]] = (),
        adblock_files: Iterable[str | os.PathLike[str]] = (),
        adblock: Iterable[tuple[str, str]] = (),
        max_input_bytes: int | None = None,
        max_depth: int | None = None,
        strict_utf8: bool = False,
    ) -> None:
        """
        keep: kinds reported but not cut (``["credit"]``).
        languages: only these built-in packs (``["en", "de"]``); default all.
        builtin_rules: False leaves only your rules.
        disable_rules: built-in rules or families off, by name (``"en.label:continue"``).
        phrases: ``(kind, phrase[, domain])``; whole words, any case, a trailing ``*`` a stem.
        patterns: ``(kind, regex[, domain])``, matched on case-folded blocks.
        selectors: ``(kind, css[, domain])``, elements pruned from HTML.
        rules_files: rules files (the README's format), read now.
        rules: ``(origin, text)`` of rules in that format; ``origin`` names them in removals.
        adblock_files: cosmetic filter lists (``##selector`` rules), read now.
        adblock: ``(origin, text)`` of filter lists.
        max_input_bytes: larger input raises (default 64 MiB).
        max_depth: deeper HTML tags are dropped, their text kept (default 512).
        strict_utf8: invalid UTF-8 in ``clean_text_bytes`` raises instead of being replaced.
        """
    def clean_text(self, text: str, url: str | None = None) -> Cleaned:
        """Cleans extracted text, one block per line; ``url`` lets site rules apply."""
    def clean_text_bytes(self, data: bytes, url: str | None = None) -> Cleaned:
        """Cleans UTF-8 text bytes (invalid bytes replaced and counted, or raise with
        ``strict_utf8``). Raises ``UnappealError`` for binary or oversized input."""
    def clean_html(self, html: str, url: str | None = None) -> Cleaned:
        """Extracts and cleans the article of an HTML page. Raises ``UnappealError`` only for
        input over ``max_input_bytes``."""
    def clean_html_bytes(
        self, data: bytes, url: str | None = None, charset: str | None = None
    ) -> Cleaned:
        """Like ``clean_html``, from bytes in any encoding (BOM, ``<meta charset>``, UTF-8,
        windows-1252). ``charset``, the transport's declaration (an HTTP ``Content-Type``
        value or a bare label), ranks above the page's own. Raises ``UnappealError`` for
        binary or oversized input."""
    def clean_many(
        self,
        docs: Iterable[Document],
        *,
        kind: Literal["html", "text"] = "html",
        threads: int | None = None,
    ) -> list[Cleaned | UnappealError]:
        """Cleans a batch on ``threads`` threads (default: all cores) with the GIL released.
        One result per document, in order: a ``Cleaned``, or an ``UnappealError`` instance,
        returned and not raised, for a document that failed or is not a document."""
    def rule_names(self) -> list[str]:
        """The names of the text rules in use, as removals report them."""
    def options(self) -> dict[str, object]:
        """The keyword arguments that rebuild this cleaner (rules files as their text)."""
