"""Stories: the articles that tell one event, across outlets and languages.

Grouping is offline and needs no translation: two articles tell the same
story when they name the same people, organisations and places (the
library's entity index, where a name written in Hebrew, Arabic or French
has one canonical key), weighted by how rare each name is in the library
(idf: "Egypt" says little, "Emmett Shear" a lot), at nearby dates (the
published date, else the dates the text mentions). Where both have English
text (a translation, or an English article) the similarity of their words
counts too.

    StoryIndex             the grouping itself, in memory: `add(profile)` puts one
                           article in the best story or a new one (incremental);
                           `build(profiles)` groups a whole library
    recompute(library)     profiles from the library, grouping, the user's
                           overrides re-applied, stored (ids carried over)
    add_articles(...)      incremental: new articles into the stored stories
    rename_story, move_article, merge_stories, split_story
                           the user's overrides: stored, applied at once and
                           after every recompute
    list_stories(library)  what `reader stories` and the window list
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .entities.model import EntityGroup
    from .storage import Library

# Labels whose shared names make two articles one story (dates are handled
# apart). Who acts tells an event more than where: two Jordanian stories
# share Amman, Jordan and Aqaba; MISC is too often a common noun taken for a
# name. Reports made mostly of places (a flood) keep their similarity: a
# weight common to all their names leaves the cosine as it is.
LABEL_WEIGHT = {"PERSON": 1.0, "ORG": 1.0, "PLACE": 0.5, "MISC": 0.5}
TITLE_ENTITIES = 3


@dataclass(frozen=True)
class GroupingSettings:
    threshold: float = 0.45  # similarity an article needs to join a story
    min_shared: int = 2  # names shared with the story (one country is no event)
    second_link: float = 0.1  # similarity left without the strongest shared name
    text_weight: float = 0.5  # share of the English-text similarity when both have English
    text_alone: float = 0.3  # English similarity that stands in for a second shared name
    day_grace: int = 3  # days apart that cost nothing (an event is reported over days)
    day_scale: float = 7.0  # days beyond the grace at which the similarity halves
    common_share: float = 0.01  # names in more than this share of articles find no candidates
    common_floor: int = 50  # ... unless the library is small
    candidates: int = 20  # stories scored per article: those sharing the most of its rarer names


DEFAULT_SETTINGS = GroupingSettings()


@dataclass
class ArticleProfile:
    """What grouping knows of one article."""

    article_id: int
    language: str
    entities: dict[str, float]  # entity key -> weight (mentions x label weight)
    day: int | None = None  # date.toordinal() of the article's date
    slack: int = 0  # its uncertainty in days (a month: 15)
    words: dict[str, float] | None = None  # English content words -> count
    iso_date: str | None = None  # the date as written (ISO, maybe only a month)


@dataclass
class _Cluster:
    members: list[int] = field(default_factory=list)
    entities: dict[str, float] = field(default_factory=dict)  # sum of member unit vectors
    entity_norm2: float = 0.0
    words: dict[str, float] = field(default_factory=dict)
    words_norm2: float = 0.0
    first_day: int | None = None
    last_day: int | None = None
    slack: int = 0


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items()} if norm else {}


def _add_into(total: dict[str, float], norm2: float, unit: Mapping[str, float]) -> float:
    """Add `unit` to `total` in place; returns the new squared norm."""
    dot = 0.0
    for key, value in unit.items():
        before = total.get(key, 0.0)
        dot += before * value
        total[key] = before + value
    return norm2 + 2 * dot + sum(v * v for v in unit.values())


def _cosine_to(unit: Mapping[str, float], total: Mapping[str, float], norm2: float) -> float:
    if norm2 <= 0:
        return 0.0
    if len(unit) > len(total):
        dot = sum(value * unit.get(key, 0.0) for key, value in total.items())
    else:
        dot = sum(value * total.get(key, 0.0) for key, value in unit.items())
    return dot / math.sqrt(norm2)


class StoryIndex:
    """Articles grouped into stories, one article at a time.

    Each story keeps the sum of its articles' idf-weighted unit vectors (a
    centroid); a new article joins the story whose centroid it is most
    similar to, if that is above the threshold, shares at least two names
    with it (or much of its English text) and is not weeks away in time.
    Candidate stories come from an inverted index of the article's rarer
    names, so adding one article costs the same in a library of 10 or 10,000.
    """

    def __init__(self, settings: GroupingSettings = DEFAULT_SETTINGS):
        self.settings = settings
        self.entity_df: Counter[str] = Counter()
        self.word_df: Counter[str] = Counter()
        self.articles = 0
        self.clusters: dict[int, _Cluster] = {}
        self.cluster_of: dict[int, int] = {}
        self.scores: dict[int, float] = {}
        self._postings: dict[str, set[int]] = {}
        self._joined: dict[int, tuple[ArticleProfile, tuple[dict[str, float], dict[str, float]]]] = {}
        self._next_cluster = 0

    @classmethod
    def build(
        cls, profiles: Iterable[ArticleProfile], settings: GroupingSettings = DEFAULT_SETTINGS
    ) -> StoryIndex:
        """Group a whole library: rarity counted over every article first,
        then the articles added in id order (the order they were imported,
        so later incremental additions continue the same grouping)."""
        index = cls(settings)
        ordered = sorted(profiles, key=lambda p: p.article_id)
        for profile in ordered:
            index._count(profile)
        for profile in ordered:
            index.add(profile, count=False)
        return index

    def _count(self, profile: ArticleProfile) -> None:
        self.articles += 1
        self.entity_df.update(profile.entities.keys())
        if profile.words:
            self.word_df.update(profile.words.keys())

    def _idf(self, df: Counter[str], key: str) -> float:
        return math.log(1.0 + self.articles / max(1, df.get(key, 0)))

    def _vectors(self, profile: ArticleProfile) -> tuple[dict[str, float], dict[str, float]]:
        entities = _unit(
            {
                k: (1.0 + math.log(w)) * self._idf(self.entity_df, k)
                if w >= 1
                else w * self._idf(self.entity_df, k)
                for k, w in profile.entities.items()
                if w > 0
            }
        )
        words = _unit(
            {
                k: (1.0 + math.log(w)) * self._idf(self.word_df, k)
                for k, w in (profile.words or {}).items()
                if w >= 1
            }
        )
        return entities, words

    def _common(self, key: str) -> bool:
        limit = max(self.settings.common_floor, self.settings.common_share * self.articles)
        return self.entity_df.get(key, 0) > limit

    def score(
        self,
        profile: ArticleProfile,
        cluster: _Cluster,
        vectors: tuple[dict[str, float], dict[str, float]] | None = None,
    ) -> float:
        """How well `profile` fits `cluster` (0 when it must not join)."""
        settings = self.settings
        entities, words = vectors or self._vectors(profile)
        links = [value * cluster.entities[key] for key, value in entities.items() if key in cluster.entities]
        norm = math.sqrt(cluster.entity_norm2) if cluster.entity_norm2 > 0 else 1.0
        similarity = sum(links) / norm
        # One name, however rare, is no event ("Ajax" in two match reports):
        # the story must hold without its strongest link.
        linked = (
            len(links) >= settings.min_shared and (sum(links) - max(links)) / norm >= settings.second_link
        )
        if words and cluster.words_norm2 > 0:
            text = _cosine_to(words, cluster.words, cluster.words_norm2)
            similarity = (1 - settings.text_weight) * similarity + settings.text_weight * text
            linked = linked or text >= settings.text_alone
        if not linked:
            return 0.0
        return similarity * self._date_factor(profile, cluster)

    def _date_factor(self, profile: ArticleProfile, cluster: _Cluster) -> float:
        if profile.day is None or cluster.first_day is None or cluster.last_day is None:
            return 1.0
        if cluster.first_day <= profile.day <= cluster.last_day:
            return 1.0
        gap = min(abs(profile.day - cluster.first_day), abs(profile.day - cluster.last_day))
        gap = max(0, gap - self.settings.day_grace - profile.slack - cluster.slack)
        return 1.0 / (1.0 + gap / self.settings.day_scale)

    def candidates(self, entities: Mapping[str, float]) -> list[int]:
        """The stories that share most weight of the article's rarer names."""
        shared: dict[int, float] = {}
        for key, value in entities.items():
            if not self._common(key):
                for cluster_id in self._postings.get(key, ()):
                    shared[cluster_id] = shared.get(cluster_id, 0.0) + value
        return sorted(shared, key=lambda c: (-shared[c], c))[: self.settings.candidates]

    def add(self, profile: ArticleProfile, count: bool = True) -> tuple[int, float]:
        """Put one article in its story (the best one above the threshold,
        else a new one). Returns (cluster id, similarity; 0 for a new story)."""
        if profile.article_id in self.cluster_of:
            cluster_id = self.cluster_of[profile.article_id]
            return cluster_id, self.scores.get(profile.article_id, 0.0)
        if count:
            self._count(profile)
        vectors = self._vectors(profile)
        best, best_score = -1, 0.0
        for cluster_id in self.candidates(vectors[0]):
            value = self.score(profile, self.clusters[cluster_id], vectors)
            if value > best_score:
                best, best_score = cluster_id, value
        if best < 0 or best_score < self.settings.threshold:
            best, best_score = self._next_cluster, 0.0
            self._next_cluster += 1
            self.clusters[best] = _Cluster()
        self._join(best, profile, vectors)
        self.scores[profile.article_id] = best_score
        return best, best_score

    def _join(
        self, cluster_id: int, profile: ArticleProfile, vectors: tuple[dict[str, float], dict[str, float]]
    ) -> None:
        cluster = self.clusters[cluster_id]
        entities, words = vectors
        cluster.members.append(profile.article_id)
        cluster.entity_norm2 = _add_into(cluster.entities, cluster.entity_norm2, entities)
        if words:
            cluster.words_norm2 = _add_into(cluster.words, cluster.words_norm2, words)
        if profile.day is not None:
            cluster.first_day = (
                profile.day if cluster.first_day is None else min(cluster.first_day, profile.day)
            )
            cluster.last_day = profile.day if cluster.last_day is None else max(cluster.last_day, profile.day)
            cluster.slack = max(cluster.slack, profile.slack)
        for key in entities:
            self._postings.setdefault(key, set()).add(cluster_id)
        self.cluster_of[profile.article_id] = cluster_id
        self._joined[profile.article_id] = (profile, vectors)

    def remove(self, article_id: int) -> None:
        """Take an article out of its story (its entities changed: it is
        added again; or it was deleted)."""
        cluster_id = self.cluster_of.pop(article_id, None)
        if cluster_id is None:
            return
        profile, (entities, words) = self._joined.pop(article_id)
        self.scores.pop(article_id, None)
        self.articles -= 1
        self.entity_df.subtract(profile.entities.keys())
        if profile.words:
            self.word_df.subtract(profile.words.keys())
        cluster = self.clusters[cluster_id]
        cluster.members.remove(article_id)
        if not cluster.members:
            del self.clusters[cluster_id]
            for key in cluster.entities:
                self._postings.get(key, set()).discard(cluster_id)
            return
        cluster.entity_norm2 = _add_into(
            cluster.entities, cluster.entity_norm2, {k: -v for k, v in entities.items()}
        )
        if words:
            cluster.words_norm2 = _add_into(
                cluster.words, cluster.words_norm2, {k: -v for k, v in words.items()}
            )
        days = [day for m in cluster.members if (day := self._joined[m][0].day) is not None]
        cluster.first_day, cluster.last_day = (min(days), max(days)) if days else (None, None)

    def groups(self) -> list[list[int]]:
        """The stories as lists of article ids, by first article."""
        return sorted((sorted(c.members) for c in self.clusters.values() if c.members), key=lambda m: m[0])


# --- profiles from the library ---------------------------------------------------------------


def day_of(iso: str | None) -> tuple[int | None, int]:
    """(ordinal day, slack in days) of '2023-11-20', '2023-11' or '2023'."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso or "")
    if not match:
        return None, 0
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return date(year or 1, 7, 1).toordinal(), 183
        if day is None:
            return date(year or 1, month, 15).toordinal(), 15
        return date(year or 1, month, day).toordinal(), 0
    except ValueError:
        return None, 0


def date_from_entities(names: Iterable[str]) -> str | None:
    """The article's date read in its text, when it says it more than once:
    the month most of its dated mentions fall in (with a year), the latest
    on a tie. A date written once is as likely background ("ChatGPT, launched
    on 30 November 2022") as the day of the event."""
    from .dates import find_date

    months = Counter(iso[:7] for iso in (find_date(name) for name in names) if iso)
    if not months:
        return None
    month, count = max(months.items(), key=lambda item: (item[1], item[0]))
    return month if count >= 2 else None


@lru_cache(maxsize=1)
def _english_stopwords() -> frozenset[str]:
    """jusText's English stop list, read from its package folder: importing
    jusText imports lxml.html, +16 MB resident in the window's process for
    the rest of the session, for one text file."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("justext")  # finds the package without importing it
    try:
        folder = Path(next(iter(spec.submodule_search_locations or ()))) if spec else None
        data = (folder / "stoplists" / "English.txt").read_bytes() if folder else None
    except (OSError, StopIteration):
        data = None
    if data is None:  # (a packaging that keeps no such folder)
        import justext

        return frozenset(w.lower() for w in justext.get_stoplist("English"))
    # As justext.get_stoplist reads it.
    return frozenset(w.decode("utf8").lower() for w in data.splitlines())


_WORD = re.compile(r"[^\W\d_]{3,}")


def english_words(paragraphs: Iterable[str]) -> dict[str, float]:
    stop = _english_stopwords()
    counts = Counter(w for text in paragraphs for w in _WORD.findall(text.lower()) if w not in stop)
    return {w: float(n) for w, n in counts.items()}


def library_profiles(
    library: Library, groups: Sequence[EntityGroup] | None = None, article_ids: Iterable[int] | None = None
) -> list[ArticleProfile]:
    """Profiles of the library's articles (or of `article_ids`) from the
    stored entity index (corrections applied) and translations."""
    from . import entity_service

    if groups is None:
        groups = entity_service.groups(library)
    rows = library.list_articles(None if article_ids is None else sorted(set(article_ids)))
    entities: dict[int, dict[str, float]] = {r["id"]: {} for r in rows}
    date_names: dict[int, list[str]] = {r["id"]: [] for r in rows}
    for group in groups:
        for article_id, count in group.counts.items():
            if article_id not in entities:
                continue
            if group.label == "DATE":
                date_names[article_id].extend([group.name] * count)
            elif group.label in LABEL_WEIGHT:
                entities[article_id][group.key] = count * LABEL_WEIGHT[group.label]
    profiles = []
    for row in rows:
        article_id = row["id"]
        iso = row["date"] or date_from_entities(date_names[article_id])
        day, slack = day_of(iso)
        profiles.append(
            ArticleProfile(
                article_id,
                row["language"],
                entities[article_id],
                day,
                slack,
                _english_of(library, article_id, row["language"]),
                iso,
            )
        )
    return profiles


def _english_of(library: Library, article_id: int, language: str) -> dict[str, float] | None:
    if language == "en":
        article = library.get_article(article_id)
        return english_words(p.text for p in article.paragraphs) if article else None
    translation = library.get_translation(article_id)
    if not translation:
        return None
    return english_words(text for sentences, _ in translation.values() for text in sentences)


# --- overrides -----------------------------------------------------------------------------

RENAME, MOVE, MERGE, SPLIT = "rename", "move", "merge", "split"


@dataclass
class _Part:
    """One story while overrides are applied: its articles and the user's name."""

    articles: set[int]
    name: str | None = None
    id: int | None = None


def _best(parts: list[_Part], articles: Iterable[int], leave_out: int | None = None) -> _Part | None:
    """The story with the most of `articles` (the one the user acted on,
    found again after a recompute)."""
    wanted = set(articles) - {leave_out} if leave_out is not None else set(articles)
    best, most = None, 0
    for part in parts:
        shared = len(part.articles & wanted)
        if shared > most or (
            shared == most and shared and best is not None and min(part.articles) < min(best.articles)
        ):
            best, most = part, shared
    return best


def _take_out(parts: list[_Part], article_ids: set[int]) -> None:
    for part in parts:
        part.articles -= article_ids
    parts[:] = [p for p in parts if p.articles]


def apply_override(parts: list[_Part], kind: str, payload: Mapping[str, Any]) -> None:
    """Apply one stored override to the stories (in place). An override
    whose story no longer exists (its articles were deleted) does nothing."""
    if kind == RENAME:
        part = _best(parts, payload["articles"])
        if part is not None:
            part.name = payload["name"]
    elif kind == MOVE:
        article = int(payload["article"])
        if not any(article in p.articles for p in parts):
            return
        target = _best(parts, payload["to"], leave_out=article) if payload["to"] else None
        if payload["to"] and target is None:
            return
        _take_out(parts, {article})
        if target is None:
            parts.append(_Part({article}))
        else:
            target.articles.add(article)
    elif kind == MERGE:
        into, other = _best(parts, payload["into"]), _best(parts, payload["from"])
        if into is not None and other is not None and into is not other:
            into.articles |= other.articles
            into.name = into.name or other.name
            parts.remove(other)
    elif kind == SPLIT:
        articles = {int(a) for a in payload["articles"]} & {a for p in parts for a in p.articles}
        if articles:
            _take_out(parts, articles)
            parts.append(_Part(articles, payload.get("name") or None))


# --- the library's stories -------------------------------------------------------------------


@dataclass(frozen=True)
class Story:
    """One story as listed: `dates` are its articles' dates (published or
    read in the text), sorted and distinct."""

    id: int
    title: str
    article_ids: tuple[int, ...]
    languages: tuple[str, ...]
    dates: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "articles": list(self.article_ids),
            "languages": list(self.languages),
            "dates": list(self.dates),
        }


def _title(
    members: Iterable[int],
    profiles: Mapping[int, ArticleProfile],
    index: StoryIndex,
    names: Mapping[str, str],
) -> str:
    """The names most of the story's articles share, the most mentioned
    first, the rarer first among equals."""
    articles: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for article_id in members:
        profile = profiles.get(article_id)
        if profile is not None:
            articles.update(k for k, w in profile.entities.items() if w > 0)
            mentions.update(profile.entities)
    ranked = sorted(articles, key=lambda k: (-articles[k], -mentions[k], -index._idf(index.entity_df, k), k))
    chosen = [names.get(k, k) for k in ranked[:TITLE_ENTITIES]]
    return " · ".join(chosen) if chosen else "Untitled story"


def _carry_ids(parts: list[_Part], previous: Sequence[Any]) -> None:
    """Give each recomputed story the id of the stored story it shares most
    articles with, largest overlaps first, so the window's open story stays."""
    pairs = []
    for i, part in enumerate(parts):
        for old in previous:
            shared = len(part.articles & set(old.articles))
            if shared:
                pairs.append((-shared, old.id, i))
    taken: set[int] = set()
    for _, old_id, i in sorted(pairs):
        if parts[i].id is None and old_id not in taken:
            parts[i].id = old_id
            taken.add(old_id)


def _names(groups: Sequence[EntityGroup]) -> dict[str, str]:
    return {g.key: g.name for g in groups}


class StoryGrouper:
    """The library's stories, with the grouping kept in memory so that new
    articles are added incrementally (what the window's background job holds)."""

    def __init__(self, library: Library, settings: GroupingSettings = DEFAULT_SETTINGS):
        from .storage.stories import StoryStore

        self.library = library
        self.settings = settings
        self.store = StoryStore(library)
        self.index: StoryIndex | None = None
        self.profiles: dict[int, ArticleProfile] = {}
        self.names: dict[str, str] = {}

    def recompute(self, groups: Sequence[EntityGroup] | None = None) -> list[Story]:
        """Group every article again, re-apply the user's overrides, store."""
        from . import entity_service
        from .storage.stories import StoredStory

        groups = entity_service.groups(self.library) if groups is None else groups
        self.names = _names(groups)
        profiles = library_profiles(self.library, groups)
        self.profiles = {p.article_id: p for p in profiles}
        self.index = StoryIndex.build(profiles, self.settings)
        parts = [_Part(set(members)) for members in self.index.groups()]
        for override in self.store.overrides():
            apply_override(parts, override.kind, override.payload)
        _carry_ids(parts, self.store.stories())
        stored = [
            StoredStory(
                part.id,
                part.name or _title(part.articles, self.profiles, self.index, self.names),
                {a: self.index.scores.get(a, 0.0) for a in sorted(part.articles)},
                self._dates(part.articles),
            )
            for part in sorted(parts, key=lambda p: min(p.articles))
        ]
        self.store.replace_all(stored)
        return list_stories(self.library, include_single=True)

    def _dates(self, articles: Iterable[int]) -> dict[int, str]:
        return {
            a: iso for a in articles if (iso := self.profiles[a].iso_date if a in self.profiles else None)
        }

    def add_articles(
        self, article_ids: Iterable[int], groups: Sequence[EntityGroup] | None = None
    ) -> list[int]:
        """New articles (or articles with new entities) into the stored
        stories without regrouping the others. Returns their story ids. An
        article the user moved or split off stays where the user put it."""
        from .storage.stories import StoredStory

        if self.index is None:
            self.recompute(groups)
            return [sid for a in article_ids if (sid := self.store.story_of(a)) is not None]
        ids = sorted(set(article_ids))
        if groups is None:
            groups = self._groups_of(ids)
        self.names.update(_names(groups))
        pinned = {
            int(a)
            for o in self.store.overrides()
            for a in (
                [o.payload["article"]] if o.kind == MOVE else o.payload["articles"] if o.kind == SPLIT else []
            )
        }
        out = []
        for profile in library_profiles(self.library, groups, ids):
            self.profiles[profile.article_id] = profile
            self.index.remove(profile.article_id)
            cluster_id, score = self.index.add(profile)
            stored_id = self.store.story_of(profile.article_id)
            if profile.article_id in pinned and stored_id is not None:
                out.append(stored_id)
                continue
            others = [a for a in self.index.clusters[cluster_id].members if a != profile.article_id]
            votes = Counter(sid for a in others if (sid := self.store.story_of(a)) is not None)
            story_id = votes.most_common(1)[0][0] if votes else None
            if story_id is None and stored_id is not None:
                alone = self.store.story(stored_id)
                story_id = (
                    stored_id if alone is not None and set(alone.articles) == {profile.article_id} else None
                )
            existing = self.store.story(story_id) if story_id is not None else None
            title = (
                existing.title
                if existing is not None and len(existing.articles) > 1
                else _title([profile.article_id], self.profiles, self.index, self.names)
            )
            out.append(
                self.store.save(
                    StoredStory(
                        story_id, title, {profile.article_id: score}, self._dates([profile.article_id])
                    )
                )
            )
        return out

    def _groups_of(self, article_ids: Sequence[int]) -> list[EntityGroup]:
        """The entity groups of a few new articles, grouped among themselves
        (grouping the whole library again would cost seconds in a large one)
        and keyed like the library's index where one of their names is known
        there. A transliteration the library would have merged waits for the
        next recompute, which the window runs in the background."""
        from .entities import apply_corrections, group_mentions
        from .storage.entities import EntityStore

        store = EntityStore(self.library)
        local = apply_corrections(
            group_mentions({a: store.mentions(a) for a in article_ids}), [c for _, c in store.corrections()]
        )
        known = self.index.entity_df if self.index is not None else Counter()
        for group in local:
            if group.key not in known:
                group.key = next((k for k in sorted(group.keys) if k in known), group.key)
        return local

    # --- the user's overrides --------------------------------------------------------

    def _parts(self) -> list[_Part]:
        return [_Part(set(s.articles), None, s.id) for s in self.store.stories()]

    def _override(self, kind: str, payload: dict[str, Any]) -> list[_Part]:
        """Store the override and apply it to the stored stories at once."""
        from .storage.stories import StoredStory

        stored = {s.id: s for s in self.store.stories()}
        parts = [_Part(set(s.articles), s.title, s.id) for s in stored.values()]
        apply_override(parts, kind, payload)
        self.store.add_override(kind, payload)
        used: set[int] = set()
        result = []
        for part in sorted(parts, key=lambda p: min(p.articles)):
            if part.id in used:
                part.id = None
            if part.id is not None:
                used.add(part.id)
            old = stored.get(part.id) if part.id is not None else None
            scores = {a: s for st in stored.values() for a, s in st.articles.items() if a in part.articles}
            dates = {a: d for st in stored.values() for a, d in st.dates.items() if a in part.articles}
            title = part.name or (
                old.title
                if old
                else _title(part.articles, self.profiles, self.index or StoryIndex(), self.names)
            )
            result.append(StoredStory(part.id, title, scores, dates))
        ids = self.store.replace_all(result)
        for part, story_id in zip(sorted(parts, key=lambda p: min(p.articles)), ids):
            part.id = story_id
        return parts

    def _members(self, story_id: int) -> list[int]:
        story = self.store.story(story_id)
        if story is None:
            raise KeyError(f"no story {story_id}")
        return sorted(story.articles)

    def rename(self, story_id: int, name: str) -> None:
        name = " ".join(name.split())
        if not name:
            raise ValueError("a story's name cannot be empty")
        self._override(RENAME, {"articles": self._members(story_id), "name": name})

    def move(self, article_id: int, story_id: int | None) -> int:
        """Move an article into story `story_id`, or out into a story of its
        own (None). Returns the article's story id."""
        if self.store.story_of(article_id) is None:
            raise KeyError(f"article {article_id} is in no story (recompute first)")
        target = [] if story_id is None else self._members(story_id)
        self._override(MOVE, {"article": article_id, "to": target})
        return self.store.story_of(article_id) or 0

    def merge(self, into_id: int, from_id: int) -> int:
        if into_id == from_id:
            raise ValueError("a story cannot be merged with itself")
        self._override(MERGE, {"into": self._members(into_id), "from": self._members(from_id)})
        return self.store.story_of(self._members(into_id)[0]) or into_id

    def split(self, story_id: int, article_ids: Iterable[int], name: str = "") -> int:
        """Take `article_ids` out of the story into a new story of their own."""
        members = set(self._members(story_id))
        chosen = sorted(set(article_ids))
        if not chosen or not set(chosen) <= members:
            raise ValueError(f"the articles to split off must be in story {story_id}")
        if set(chosen) == members:
            raise ValueError("splitting off every article leaves the story as it was")
        self._override(SPLIT, {"articles": chosen, "name": name})
        return self.store.story_of(chosen[0]) or 0


# --- reading the stored stories ----------------------------------------------------------------


def ensure_stories(library: Library) -> None:
    """Group the library once if it never was (stories are computed in the
    background normally; a first CLI call or view computes them here)."""
    from .storage.stories import StoryStore

    store = StoryStore(library)
    if store.is_empty() and library.article_count():
        StoryGrouper(library).recompute()


def list_stories(library: Library, include_single: bool = False) -> list[Story]:
    """The stored stories, biggest first: those of two or more articles (and
    those the user named), every story with `include_single`."""
    from .storage.stories import StoryStore

    store = StoryStore(library)
    named = {o.payload.get("name") for o in store.overrides() if o.kind in (RENAME, SPLIT)}
    languages = {r["id"]: r["language"] for r in library.list_articles()}
    out = []
    for stored in store.stories():
        if stored.id is None or not stored.articles:
            continue
        if not include_single and len(stored.articles) < 2 and stored.title not in named:
            continue
        ids = tuple(sorted(stored.articles))
        out.append(
            Story(
                stored.id,
                stored.title,
                ids,
                tuple(sorted({languages.get(a, "?") for a in ids})),
                tuple(sorted(set(stored.dates.values()))),
            )
        )
    out.sort(key=lambda s: (-len(s.article_ids), s.id))
    return out


def story_of_article(library: Library, article_id: int) -> int | None:
    """The id of the story an article belongs to, when other articles tell
    it too (None for an article alone in its story)."""
    from .storage.stories import StoryStore

    ensure_stories(library)
    store = StoryStore(library)
    story_id = store.story_of(article_id)
    if story_id is None:
        return None
    story = store.story(story_id)
    return story_id if story is not None and len(story.articles) > 1 else None
