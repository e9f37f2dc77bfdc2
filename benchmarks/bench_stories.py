"""Story figures: grouping 10,000 articles from scratch and one new article
incrementally, and building the comparison of a 20-article story.

    python benchmarks/bench_stories.py [--articles 10000] [--library-articles 10000] [--skip-library]

Articles are generated with the structure of the samples (about twenty-five
names each, a few of them named ten to forty times, a country or two, rare
names of their own; two to twenty outlets per event, over a few days, in
six languages; a fifth with an English translation). Goals: <= 5 s from
scratch, <= 50 ms per new article, <= 200 ms for the 20-article comparison.
Each figure is printed beside a baseline measured in the same run:
  - from scratch: building every article's idf vector alone (the floor any
    grouping pays),
  - per new article: the same grouping comparing the article with every
    story instead of only the stories that share one of its rarer names.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.entities.model import EntityGroup, EntityMention  # noqa: E402
from reader.core.stories import ArticleProfile, StoryGrouper, StoryIndex  # noqa: E402

LANGUAGES = ["he", "ar", "fa", "ur", "fr", "nl"]
COUNTRIES = [f"country-{i}" for i in range(60)]
COUNTRY_WEIGHTS = [1 / (i + 1) for i in range(60)]  # a few countries are everywhere
GENERIC_WORDS = [f"word{i}" for i in range(3000)]


class Generator:
    """Events, and articles telling them."""

    def __init__(self, seed: int = 12):
        self.rng = random.Random(seed)
        self.next_name = 0
        self.next_id = 1
        self.event_of: dict[int, int] = {}
        self.events: list[tuple[list[str], int, list[str]]] = []

    def _names(self, count: int) -> list[str]:
        names = [f"name-{self.next_name + i}" for i in range(count)]
        self.next_name += count
        return names

    def new_event(self) -> int:
        rng = self.rng
        core = self._names(rng.randint(6, 10))
        day = 738_000 + rng.randint(0, 3 * 365)  # within three years
        topic = rng.sample(GENERIC_WORDS, 30)
        self.events.append((core, day, topic))
        return len(self.events) - 1

    def article(self, event: int) -> ArticleProfile:
        rng = self.rng
        core, day, topic = self.events[event]
        entities: dict[str, float] = {}
        # the event's first three names are its protagonists, named often by
        # every outlet that names them (as Altman, OpenAI and Microsoft in the samples)
        for rank, name in enumerate(core):
            if rng.random() < 0.7:
                entities[name] = float(rng.randint(8, 40) if rank < 3 else rng.randint(1, 4))
        for country in rng.choices(COUNTRIES, COUNTRY_WEIGHTS, k=rng.randint(1, 3)):
            entities[country] = float(rng.randint(1, 3))
        for name in self._names(rng.randint(8, 15)):  # names of this article alone
            entities[name] = 1.0
        published = day + rng.randint(0, 3)
        words = None
        if rng.random() < 0.2:
            chosen = rng.sample(topic, 20) + rng.sample(GENERIC_WORDS, 40)
            words = {w: float(rng.randint(1, 3)) for w in chosen}
        profile = ArticleProfile(self.next_id, rng.choice(LANGUAGES), entities, published, 0, words)
        self.event_of[self.next_id] = event
        self.next_id += 1
        return profile

    def articles(self, count: int) -> list[ArticleProfile]:
        out: list[ArticleProfile] = []
        while len(out) < count:
            event = self.new_event()
            size = min(count - len(out), max(1, int(self.rng.paretovariate(1.2))), 20)
            out.extend(self.article(event) for _ in range(size))
        return out


def pair_quality(index: StoryIndex, event_of: dict[int, int]) -> tuple[float, float]:
    """Pairwise precision and recall of the grouping against the true events."""

    def pairs(groups):  # type: ignore[no-untyped-def]
        return {p for members in groups for p in combinations(sorted(members), 2)}

    found = pairs(index.groups())
    by_event: dict[int, list[int]] = {}
    for article, event in event_of.items():
        if article in index.cluster_of:
            by_event.setdefault(event, []).append(article)
    truth = pairs(by_event.values())
    correct = len(found & truth)
    return correct / max(1, len(found)), correct / max(1, len(truth))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def bench_grouping(count: int, new_articles: int = 200) -> None:
    generator = Generator()
    profiles = generator.articles(count)
    print(
        f"{count:,} generated articles, {len(generator.events):,} events, "
        f"{sum(len(p.entities) for p in profiles) / count:.1f} names per article"
    )

    started = time.perf_counter()
    floor = StoryIndex()
    for profile in profiles:
        floor._count(profile)
    for profile in profiles:
        floor._vectors(profile)
    floor_seconds = time.perf_counter() - started

    started = time.perf_counter()
    index = StoryIndex.build(profiles)
    scratch = time.perf_counter() - started
    precision, recall = pair_quality(index, generator.event_of)
    stories = sum(1 for c in index.clusters.values() if len(c.members) > 1)
    print(f"from scratch: {scratch:.2f} s (goal <= 5 s); baseline, idf vectors alone: {floor_seconds:.2f} s")
    print(
        f"  {stories:,} stories of 2+ articles; same-event pairs: precision {precision:.3f}, recall {recall:.3f}"
    )

    # New articles: half about events already in the library, half about new ones.
    fresh = []
    for i in range(new_articles):
        event = generator.rng.randrange(len(generator.events)) if i % 2 else generator.new_event()
        fresh.append(generator.article(event))
    # The baseline on the same index, before the additions: every story scored.
    brute_times = []
    for profile in fresh[:20]:
        started = time.perf_counter()
        vectors = index._vectors(profile)
        max(index.score(profile, cluster, vectors) for cluster in index.clusters.values())
        brute_times.append(time.perf_counter() - started)
    times = []
    for profile in fresh:
        started = time.perf_counter()
        index.add(profile)
        times.append(time.perf_counter() - started)
    print(
        f"incremental, per new article ({new_articles}): median {ms(statistics.median(times))}, "
        f"max {ms(max(times))} (goal <= 50 ms); baseline, every story compared: "
        f"median {ms(statistics.median(brute_times))}"
    )


def _group(key: str, label: str, mentions: dict[int, list[EntityMention]]) -> EntityGroup:
    return EntityGroup(key, key, label, mentions, {key})


def bench_library(count: int, folder: Path) -> None:
    """The path the window's job takes: stored articles, stories stored,
    one new article imported and added (SQL included)."""
    from reader.core.importer import article_from_text
    from reader.core.storage import Library
    from reader.core.storage.entities import EntityStore

    library = Library(folder / "library")
    store = EntityStore(library)
    generator = Generator(seed=5)
    started = time.perf_counter()
    by_key: dict[str, dict[int, list[EntityMention]]] = {}
    for profile in generator.articles(count):
        imported = article_from_text(
            f"Article {profile.article_id}\n\nText of article {profile.article_id}.",
            "text",
            source_path=f"/generated/{profile.article_id}.txt",
            encoding="utf-8",
            language=profile.language,
        )
        article_id, _ = library.add_article(imported)
        for key, weight in profile.entities.items():
            mention = EntityMention(0, 0, 4, "Text", "PERSON", canonical=key)
            by_key.setdefault(key, {})[article_id] = [mention] * int(weight)
    print(f"library of {count:,} stored articles built in {time.perf_counter() - started:.1f} s")
    groups = [_group(key, "PERSON", mentions) for key, mentions in by_key.items()]
    grouper = StoryGrouper(library)
    started = time.perf_counter()
    grouper.recompute(groups)
    print(
        f"  recompute from the stored library (profiles read, grouped, overrides, stored): "
        f"{time.perf_counter() - started:.2f} s"
    )
    times = []
    for event in range(20):
        profile = generator.article(event)
        imported = article_from_text(
            f"New {event}\n\nA new article.",
            "text",
            source_path=f"/generated/new-{event}.txt",
            encoding="utf-8",
            language="fr",
        )
        article_id, _ = library.add_article(imported)
        store.replace_mentions(
            article_id,
            [
                EntityMention(0, 0, 3, "New", "PERSON", canonical=key)
                for key, weight in profile.entities.items()
                for _ in range(int(weight))
            ],
        )
        started = time.perf_counter()
        grouper.add_articles([article_id])
        times.append(time.perf_counter() - started)
    print(
        f"  incremental through the library, per new article: median {ms(statistics.median(times))}, "
        f"max {ms(max(times))} (goal <= 50 ms)"
    )
    library.close()


def bench_comparison(folder: Path) -> None:
    """StoryComparison of a 20-article story: the five samples (entities
    recognised for real) and fifteen copies of them with their mentions."""
    from reader.core.entity_service import recompute
    from reader.core.importer import import_file
    from reader.core.library import seed_if_first_run
    from reader.core.storage import Library
    from reader.core.storage.entities import EntityStore
    from reader.core.story_view_model import StoryComparison, story_of_article
    from reader.paths import SEEDS_DIR

    library = Library(folder / "comparison")
    seed_if_first_run(library)
    recompute(library)
    store = EntityStore(library)
    copies = folder / "copies"
    copies.mkdir()
    originals = {row["id"]: row for row in library.list_articles()}
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    for n in range(15):
        original = 1 + n % 5
        path = copies / f"copy{n}.txt"
        # a sentence added at the end of the longest paragraph: another article, same offsets
        blocks = seeds[original - 1].read_text(encoding="utf-8").split("\n\n")
        longest = max(range(len(blocks)), key=lambda i: len(blocks[i]))
        blocks[longest] = blocks[longest].rstrip() + f" Copy number {n} of this article for the benchmark."
        path.write_text("\n\n".join(blocks), encoding="utf-8")
        article_id, status = library.add_article(import_file(path, originals[original]["language"]))
        assert status == "added", status
        store.replace_mentions(article_id, store.mentions(original))
    grouper = StoryGrouper(library)
    grouper.recompute()
    story_id = story_of_article(library, 1)
    assert story_id is not None
    times = []
    for _ in range(5):
        started = time.perf_counter()
        comparison = StoryComparison(library, story_id)
        comparison.prepare()  # every part (the view computes the ones it shows first)
        times.append(time.perf_counter() - started)
    words = sum(r["words"] or 0 for r in library.list_articles([c.article_id for c in comparison.columns]))
    print(
        f"StoryComparison of a {len(comparison.columns)}-article story ({words:,} words, "
        f"{len(comparison.rows)} entities, {len(comparison.numbers)} figures, {len(comparison.timeline)} dates): "
        f"median {ms(statistics.median(times))}, first {ms(times[0])} (goal <= 200 ms for the view)"
    )
    started = time.perf_counter()
    for c in comparison.columns:
        library.get_article(c.article_id)
    print(f"  baseline, reading the 20 articles alone: {ms(time.perf_counter() - started)}")
    library.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--library-articles", type=int, default=10_000)
    parser.add_argument("--skip-library", action="store_true")
    args = parser.parse_args()
    bench_grouping(args.articles)
    folder = Path(tempfile.mkdtemp(prefix="bench-stories-"))
    try:
        bench_comparison(folder)
        if not args.skip_library:
            bench_library(args.library_articles, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
