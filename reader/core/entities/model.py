"""Plain data types shared by the recognisers, grouping and corrections."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The labels live in core.entity_labels (importable without this model); here
# for the recognisers and the package, which import them from the model.
from ..entity_labels import DATE as DATE
from ..entity_labels import LABELS as LABELS
from ..entity_labels import MISC as MISC
from ..entity_labels import ORG as ORG
from ..entity_labels import PERSON as PERSON
from ..entity_labels import PLACE as PLACE
from ..panes import Pane

SOURCE, TRANSLATION = Pane.SOURCE, Pane.TRANSLATION


@dataclass(frozen=True, order=True)
class EntityMention:
    """One highlighted span.

    `start`/`end` are Unicode code-point offsets inside the paragraph text of
    `pane`; `text == paragraph_text[start:end]` always holds. `canonical` is the
    English/Latin name used to group mentions across articles and languages.
    `confidence` (0..1) is how sure the recogniser is; data stored before it
    existed loads as 1.0.
    """

    paragraph: int
    start: int
    end: int
    text: str
    label: str
    pane: str = SOURCE
    recogniser: str = ""
    canonical: str = ""
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "pane": self.pane,
            "recogniser": self.recogniser,
            "canonical": self.canonical,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EntityMention:
        return cls(
            **{
                k: d[k]
                for k in ("paragraph", "start", "end", "text", "label", "pane", "recogniser", "canonical")
            },
            confidence=float(d.get("confidence", 1.0)),
        )


@dataclass(frozen=True)
class KnownName:
    """A name already known somewhere in the library (e.g. from another
    article's entities), searched for in other articles by exact match or
    transliteration. `forms` are extra surface forms (e.g. "סם אלטמן")."""

    name: str
    label: str = MISC
    forms: tuple[str, ...] = ()
    articles: int = 1  # in how many articles it was seen (single words need 2+)


@dataclass
class EntityGroup:
    """One real-world entity across the library.

    `key` identifies the group for corrections; `keys` are all automatic keys
    folded into it (so a correction naming any of them still applies after a
    recompute). `mentions` maps article id -> mentions in that article.
    """

    key: str
    name: str
    label: str
    mentions: dict[int, list[EntityMention]] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)
    rejected: bool = False

    @property
    def counts(self) -> dict[int, int]:
        """Mentions per article. Both panes name the same occurrences, so an
        article counts the larger of its source and translation counts."""
        out = {}
        for aid, ms in self.mentions.items():
            src = sum(1 for m in ms if m.pane == SOURCE)
            out[aid] = max(src, len(ms) - src)
        return out

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def surfaces(self) -> set[str]:
        return {m.text for ms in self.mentions.values() for m in ms}

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "label": self.label,
            "keys": sorted(self.keys),
            "rejected": self.rejected,
            "counts": {str(a): n for a, n in sorted(self.counts.items())},
            "mentions": {str(a): [m.to_dict() for m in ms] for a, ms in sorted(self.mentions.items())},
        }


@dataclass(frozen=True)
class Correction:
    """A user correction, stored as data and re-applied after every recompute.

    kind:
      "merge"  – `targets` (group keys) become one group; optional `name`.
      "rename" – group `targets[0]` is shown as `name`.
      "reject" – group `targets[0]` is not an entity (hidden).
      "split"  – mentions of group `targets[0]` whose text is in `surfaces`
                 (optionally only in `articles`) move to a new group `name`.
    """

    kind: str
    targets: tuple[str, ...]
    name: str = ""
    label: str = ""
    surfaces: tuple[str, ...] = ()
    articles: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "targets": list(self.targets),
            "name": self.name,
            "label": self.label,
            "surfaces": list(self.surfaces),
            "articles": list(self.articles),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Correction:
        return cls(
            kind=d["kind"],
            targets=tuple(d.get("targets", ())),
            name=d.get("name", ""),
            label=d.get("label", ""),
            surfaces=tuple(d.get("surfaces", ())),
            articles=tuple(int(a) for a in d.get("articles", ())),
        )
