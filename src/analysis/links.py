"""Links that data may supply: only well-formed http(s) addresses ever become links."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Link:
    """A table cell that links out: its text is escaped, and its URL must be http(s) unless the
    book made it (`local`: a relative path to a file of the build, never a value from the data)."""

    text: str
    url: str
    local: bool = False


def safe_url(url: object) -> str | None:
    """The URL if it is a well-formed http(s) address, else None (so it is never made a link)."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    if parts.scheme in ("http", "https") and parts.netloc and not any(c in url for c in '"<> '):
        return url.strip()
    return None


def citation_label(source: Mapping[str, object]) -> str:
    """Short label of a source in a table cell: publisher and year of publication."""
    published = source.get("published")
    year = str(published)[:4] if isinstance(published, str) and published else "n.d."
    return f"{source['publisher']} ({year})"


@dataclass(frozen=True)
class InLanguage:
    """A table cell in another language than the page's (data written in English on a page of
    the Dutch edition): marked with its language, so a screen reader voices it rightly."""

    text: str
    lang: str


class Markdown(str):
    """A fact that is Markdown (a sourced phrase with its link): glued for `{glue:md}`."""


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$^&=:])")


def md_escape(text: str) -> str:
    """Text that Markdown and MyST show as typed: every markup character is escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_link(text: str, url: object) -> Markdown:
    """A Markdown link with escaped text; plain escaped text if the URL is not http(s)."""
    safe = safe_url(url)
    if safe is None:
        return Markdown(md_escape(text))
    return Markdown(f"[{md_escape(text)}](<{safe}>)")


def cite(sources, source_id: str, text: str | None = None) -> Markdown:
    """A link to one source, its text the given phrase or the source's short label."""
    row = sources.set_index("id").loc[source_id]
    return md_link(text if text is not None else citation_label(row.to_dict()), row["url"])


# Chinese characters (CJK ideographs, their punctuation and full-width forms).
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+(?:[\s·，、。：；（）]*[\u3400-\u4dbf\u4e00-\u9fff]+)*")


def mark_chinese(escaped: str) -> str:
    """Already escaped text with each run of Chinese marked lang="zh-Hans", so that screen
    readers voice it and browsers pick a Chinese font."""
    return _CJK.sub(lambda m: f'<span lang="zh-Hans">{m.group(0)}</span>', escaped)


def slug(text: str) -> str:
    """A name for a page or a file from a title: ASCII, lower case, words joined by hyphens."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
