"""The offline reference library (resources/help/*.yaml): golden rules, principles, law, schemes.

Qt-free and data only. Each YAML file is one section; each entry carries its own citation and a
``verified`` flag so wording reconstructed without the original can be shown as such and
corrected by an organisation in data. Loading is pure I/O plus parsing with no shared state, so
it is safe from any thread; the returned objects are immutable.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sharedesk.core import paths
from sharedesk.core.errors import ReferenceDataError
from sharedesk.core.flow.model import Source
from sharedesk.core.flow.translate import ENGLISH, check_header, overlay_file, read_overlay
from sharedesk.core.flow.yamldoc import LineDict, Reader, parse_yaml, read_source

SCHEMA_VERSION = 1

_SECTION_KEYS = {"schema", "id", "title", "order", "intro", "source", "entries"}
_ENTRY_KEYS = {"id", "title", "text", "source", "verified"}
_OVERLAY_KEYS = {"schema", "section", "language", "review", "title", "intro", "entries"}


@dataclass(frozen=True)
class Entry:
    """One item of guidance: a rule, principle, legal basis or signpost, with its citation."""

    id: str
    title: str
    text: str
    source: Source
    verified: bool = True
    section: str = ""  # id of the section holding it, so search results can say where they are
    line: int = 0


@dataclass(frozen=True)
class Section:
    """One topic (one file): an ordered list of entries."""

    id: str
    title: str
    entries: tuple[Entry, ...]
    intro: str = ""
    order: int = 0
    file: str = ""


@dataclass(frozen=True)
class Library:
    """Every section, in display order. Entry ids are unique across the whole library."""

    sections: tuple[Section, ...]
    language: str = ENGLISH  # the language load_library was asked for (search uses it)

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(e for s in self.sections for e in s.entries)

    def section(self, section_id: str) -> Section:
        """The section with this id; KeyError if there is none."""
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def entry(self, entry_id: str) -> Entry:
        """The entry with this id; KeyError if there is none."""
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)

    @property
    def unverified(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if not e.verified)


def load_library(directory: Path | None = None, *, language: str = ENGLISH) -> Library:
    """Load every ``*.yaml`` in ``directory`` (default: the shipped resources/help).

    With ``language`` other than English, a section whose translation exists
    (``directory/<language>/<same file name>``, docs/translations.md) shows its titles and texts
    in that language; ids, order and citations stay as they are, and text it leaves out (or a
    section it does not cover) stays English. Raises ReferenceDataError (file:line: id: message)
    on the first malformed file or translation, on a duplicate section or entry id across files,
    or when the directory holds no sections.
    """
    directory = directory or paths.help_dir()
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise ReferenceDataError("no reference sections found (*.yaml)", file=str(directory))
    sections = [translate_section(load_section(p), language, directory / language / p.name)
                for p in files]
    _check_unique(sections)
    return Library(tuple(sorted(sections, key=lambda s: (s.order, s.id))), language)


def load_section(path: str | Path) -> Section:
    """Load one section file. Raises ReferenceDataError naming file, line and entry id."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReferenceDataError(f"cannot read reference file ({exc.strerror or exc})",
                                 file=str(path)) from None
    return load_section_text(raw, str(path))


def load_section_text(raw: bytes | str, file: str = "<reference>") -> Section:
    """Parse one section from YAML text; ``file`` names the source in error messages."""
    r = Reader(file, ReferenceDataError)
    doc = parse_yaml(raw, file, ReferenceDataError)
    if not isinstance(doc, LineDict):
        raise r.fail("a reference file must be a mapping with id, title, source, entries", doc)
    r.keys(doc, _SECTION_KEYS, "section")
    schema = doc.get("schema", SCHEMA_VERSION)
    if schema != SCHEMA_VERSION:
        raise r.fail(f"unsupported schema {schema!r} (this version reads {SCHEMA_VERSION})", doc)
    section_id = r.text(doc, "id")
    default_source = read_source(r, doc.get("source"), doc) if "source" in doc else None
    order = doc.get("order", 0)
    if isinstance(order, bool) or not isinstance(order, int):
        raise r.fail("'order' must be a whole number", doc)
    entries: list[Entry] = []
    seen: set[str] = set()
    for raw_entry in r.items(doc, "entries"):
        entry = _entry(r, raw_entry, doc, section_id, default_source)
        if entry.id in seen:
            raise r.fail(f"duplicate entry id {entry.id!r}", raw_entry, entry.id)
        seen.add(entry.id)
        entries.append(entry)
    return Section(id=section_id, title=r.text(doc, "title"), entries=tuple(entries),
                   intro=r.text(doc, "intro", required=False), order=order, file=file)


def _entry(r: Reader, raw: Any, doc: LineDict, section_id: str,
           default_source: Source | None) -> Entry:
    data = r.mapping(raw, "each entry", doc)
    entry_id = r.text(data, "id")
    r.keys(data, _ENTRY_KEYS, "entry", entry_id)
    if "source" in data:
        source = read_source(r, data["source"], data, entry_id)
    elif default_source is not None:
        source = default_source
    else:
        raise r.fail("missing 'source' (give one on the entry or the section)", data, entry_id)
    return Entry(id=entry_id, title=r.text(data, "title", entry_id),
                 text=r.text(data, "text", entry_id), source=source,
                 verified=r.flag(data, "verified", entry_id), section=section_id, line=data.line)


def translate_section(section: Section, language: str, path: Path) -> Section:
    """``section`` with the titles and texts of the overlay at ``path`` (if it exists and
    ``language`` is not English). An entry id the section does not have is refused."""
    found = overlay_file(path.parent.parent, language, path.name)
    if found is None:
        return section
    r = Reader(str(found), ReferenceDataError)
    doc = read_overlay(found, ReferenceDataError)
    check_header(r, doc, language, _OVERLAY_KEYS)
    if r.text(doc, "section") != section.id:
        raise r.fail(f"translation is for section {doc.get('section')!r}, not {section.id!r}", doc)
    entries = {e.id: e for e in section.entries}
    raw_entries = r.mapping(doc.get("entries", LineDict()), "'entries'", doc)
    for entry_id, raw in raw_entries.items():
        if entry_id not in entries:
            raise r.fail(f"unknown entry id {entry_id!r} in entries", raw_entries)
        data = r.mapping(raw, "each entry", raw_entries, entry_id)
        r.keys(data, {"title", "text"}, "entry", entry_id)
        old = entries[entry_id]
        entries[entry_id] = dataclasses.replace(
            old, title=r.text(data, "title", entry_id) if "title" in data else old.title,
            text=r.text(data, "text", entry_id) if "text" in data else old.text)
    return dataclasses.replace(
        section, title=r.text(doc, "title", required=False) or section.title,
        intro=r.text(doc, "intro", required=False) or section.intro,
        entries=tuple(entries[e.id] for e in section.entries))


def _check_unique(sections: Iterable[Section]) -> None:
    seen_sections: dict[str, str] = {}
    seen_entries: dict[str, str] = {}
    for section in sections:
        if section.id in seen_sections:
            raise ReferenceDataError(f"section id {section.id!r} is also used in "
                                     f"{seen_sections[section.id]}", file=section.file)
        seen_sections[section.id] = section.file
        for entry in section.entries:
            if entry.id in seen_entries:
                raise ReferenceDataError(f"entry id {entry.id!r} is also used in "
                                         f"{seen_entries[entry.id]}", file=section.file,
                                         line=entry.line, node=entry.id)
            seen_entries[entry.id] = section.file


def search(library: Library | Iterable[Section], text: str) -> list[Entry]:
    """Entries matching every word of ``text`` (case- and accent-insensitive), best first.

    A word may match anywhere in what the reader sees for an entry: its title, its text, its
    citation (document and publisher), or the title and introduction of its section (so
    "Scotland" or "GIRFEC" finds the entries of the Scottish section even where their own text
    does not repeat the word). Entries whose title alone holds every word come first, then those
    whose title and section title hold them, then those whose title and text hold them, then
    the rest; each group keeps library order. A blank query returns every entry (the
    unfiltered list the reference screen starts with). In a Welsh library a word also matches
    its mutated forms ("caniatâd" finds "heb ganiatâd" and "gyda chaniatâd"), and "caniatad"
    typed without the circumflex matches as well.
    """
    welsh = isinstance(library, Library) and library.language == "cy"
    sections = library.sections if isinstance(library, Library) else tuple(library)
    words = [_welsh_forms(w) if welsh else (w,) for w in _fold(text).split()]
    ranked: tuple[list[Entry], ...] = ([], [], [], [])

    def holds(where: str) -> bool:
        return all(any(form in where for form in forms) for forms in words)

    for section in sections:
        heading = _fold(section.title)
        around = f"{heading}\n{_fold(section.intro)}"
        for entry in section.entries:
            title = _fold(entry.title)
            own = f"{title}\n{_fold(entry.text)}"
            cited = _fold(f"{entry.source.document}\n{entry.source.publisher}")
            if not holds(f"{own}\n{cited}\n{around}"):
                continue
            if holds(title):
                ranked[0].append(entry)
            elif holds(f"{title}\n{heading}"):
                ranked[1].append(entry)
            elif holds(own):
                ranked[2].append(entry)
            else:
                ranked[3].append(entry)
    return [entry for group in ranked for entry in group]


def _fold(text: str) -> str:
    """Casefolded, without accents: "Caniatâd" and "caniatad" read the same."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Welsh initial mutations (soft, nasal, aspirate): a word typed in its dictionary form also
# matches the forms it takes in running text ("cyngor" -> "gyngor", "nghyngor", "chyngor").
_MUTATIONS = (("ll", ("l",)), ("rh", ("r",)), ("p", ("b", "mh", "ph")), ("t", ("d", "nh", "th")),
              ("c", ("g", "ngh", "ch")), ("b", ("f", "m")), ("d", ("dd", "n")),
              ("g", ("", "ng")), ("m", ("f",)))


def _welsh_forms(word: str) -> tuple[str, ...]:
    for radical, mutated in _MUTATIONS:
        if word.startswith(radical) and len(word) > len(radical) + 2:
            rest = word[len(radical):]
            return (word, *(m + rest for m in mutated))
    if word[:1] in "aeiouwy" and len(word) > 2:
        return (word, "h" + word)  # h-prothesis: "ei hoed"
    return (word,)
