"""Grouping mentions across the library into one entry per real-world
entity, and user corrections (merge, split, rename, reject) kept as data and
re-applied after every recompute."""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz

from .model import DATE, MISC, ORG, PERSON, PLACE, SOURCE, Correction, EntityGroup, EntityMention, KnownName
from .translit import normalise, skeleton, tokens, word_script


def group_key(name: str) -> str:
    """Stable key of a name: casefolded, accents and punctuation removed."""
    s = re.sub(r"[^\w]+", " ", normalise(name)).strip()
    return re.sub(r"^the ", "", s)


class _UF:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _skel(key: str) -> tuple[str, ...]:
    return tuple(skeleton(t.text) for t in tokens(key))


# Persian and Urdu letters folded onto Arabic ones, to compare written surnames.
_FOLD = str.maketrans({"ی": "ي", "ک": "ك", "ہ": "ه", "ۃ": "ه", "ة": "ه", "ے": "ي"})


def _last_written_word(text: str) -> str:
    toks = tokens(text)
    return normalise(toks[-1].text).translate(_FOLD) if toks else ""


def _place_words(found: Iterable[EntityMention]) -> set[tuple[str, str]]:
    """(pane, word) of the right-to-left words of one article's places and bodies of
    several words ("کیٹی بندر"), less those of its people of several words."""

    def words(labels: tuple[str, ...]) -> set[tuple[str, str]]:
        return {
            (m.pane, normalise(w))
            for m in found
            if m.label in labels and " " in m.text and word_script(m.text) in ("he", "ar")
            for w in m.text.split()
        }

    return words((ORG, PLACE)) - words((PERSON,))


def group_mentions(mentions_by_article: Mapping[int, Iterable[EntityMention]]) -> list[EntityGroup]:
    """One EntityGroup per entity. Mentions are joined when their canonical
    names are equal, nearly equal (spelling variants), have the same
    consonant skeleton (transliterations), or when a surname alone belongs
    to exactly one full name in the library; a right-to-left word alone that
    is a word of a place or body of several words its article names ("بندر"
    of "کیٹی بندر") joins no one's full name elsewhere by its sound alone."""
    by_key: dict[str, list[tuple[int, EntityMention]]] = {}
    placed: dict[int, set[tuple[str, str]]] = {}  # article -> its places' words (_place_words)
    for aid, article_found in mentions_by_article.items():
        article_found = list(article_found)
        placed[aid] = _place_words(article_found)
        for m in article_found:
            key = group_key(m.canonical or m.text)
            if key:
                by_key.setdefault(key, []).append((aid, m))
    labels = {k: Counter(m.label for _, m in v) for k, v in by_key.items()}
    is_date = {k: labels[k].most_common(1)[0][0] == DATE for k in by_key}
    uf = _UF()
    keys = sorted(by_key)
    for k in keys:
        uf.find(k)
    skels = {k: _skel(k) for k in keys}
    latin = {k: word_script(k) in ("latn", "") for k in keys}
    multi = [k for k in keys if len(skels[k]) >= 2 and not is_date[k]]

    # spelling variants and transliterations of the same full name; only
    # names with the same last-word skeleton or first letters are compared,
    # which keeps this near-linear for a large library
    buckets: dict[str, list[str]] = {}
    for k in multi:
        buckets.setdefault("s:" + skels[k][-1], []).append(k)
        buckets.setdefault("k:" + k[:2], []).append(k)
    pairs = {(a, b) for bucket in buckets.values() for i, a in enumerate(bucket) for b in bucket[i + 1 :]}
    for a, b in sorted(pairs):
        sa, sb = skels[a], skels[b]
        if len(sa) != len(sb) or len("".join(sa)) < 4:
            continue
        same_skel = sa[-1] == sb[-1] and all(x == y or not x or not y for x, y in zip(sa, sb))
        if latin[a] and latin[b]:
            if same_skel and fuzz.ratio(a, b) >= 80 or fuzz.ratio(a, b) >= 92:
                uf.union(a, b)
        elif same_skel and sa == sb:
            uf.union(a, b)
    # single-word names: a surname (or its transliteration) of exactly one
    # multi-word person, or a native-script form of a Latin single word
    person_multi = [k for k in multi if labels[k][PERSON] > 0]
    articles_of = {k: {aid for aid, _ in by_key[k]} for k in keys}
    joined: list[tuple[str, str, int, EntityMention]] = []  # (full name's key, surname key, article, mention)
    for k in keys:
        if len(skels[k]) != 1 or is_date[k]:
            continue
        if labels[k][PERSON] * 2 < sum(labels[k].values()):
            continue  # mostly not a person here: "Twitch" is no surname
        sk = skels[k][0]
        # a consonant skeleton alone is too loose across languages (Arabic "كريم",
        # Karim, is not the Persian "کریمی", Karimi): the surname as written must agree
        written = {_last_written_word(m.text) for _, m in by_key[k]}
        full_names = [
            p
            for p in person_multi
            if (latin[k] and p.split()[-1] == k)
            or (
                len(sk) >= 3
                and skels[p][-1] == sk
                and (not latin[k] or written & {_last_written_word(m.text) for _, m in by_key[p]})
            )
        ]
        owners = {uf.find(p) for p in full_names}
        in_place = [(aid, m) for aid, m in by_key[k] if (m.pane, normalise(m.text)) in placed.get(aid, ())]
        if len(owners) == 1 and in_place:
            # the other mentions join the full name, those words of a place stay apart
            joined += [(full_names[0], k, aid, m) for aid, m in by_key[k] if (aid, m) not in in_place]
            by_key[k] = in_place
            continue
        if len(owners) == 1:
            uf.union(owners.pop(), k)
            continue
        if len(owners) > 1:
            # Two people share the surname ("Sam Altman", "Jack Altman"): a
            # lone "Altman" joins the one its own article names, if only one.
            alone = []
            for aid, m in by_key[k]:
                named = [p for p in full_names if aid in articles_of[p]]
                if len({uf.find(p) for p in named}) == 1 and (aid, m) not in in_place:
                    joined.append((named[0], k, aid, m))
                else:
                    alone.append((aid, m))
            by_key[k] = alone
        if not latin[k] and len(sk) >= 3:
            twins = {
                uf.find(o)
                for o in keys
                if o != k and latin[o] and len(skels[o]) == 1 and skels[o][0] == sk and not is_date[o]
            }
            if len(twins) == 1:
                uf.union(twins.pop(), k)

    clusters: dict[str, list[str]] = {}
    for k in keys:
        if by_key[k]:
            clusters.setdefault(uf.find(k), []).append(k)
    extra: dict[str, list[tuple[str, int, EntityMention]]] = {}
    for owner, k, aid, m in joined:
        extra.setdefault(uf.find(owner), []).append((k, aid, m))
    groups = []
    for root, members in clusters.items():
        mentions: dict[int, list[EntityMention]] = {}
        names: Counter[str] = Counter()
        label_votes: Counter[str] = Counter()
        found = [(aid, m) for k in members for aid, m in by_key[k]] + [
            (aid, m) for _, aid, m in extra.get(root, ())
        ]
        members += sorted({k for k, _, _ in extra.get(root, ())} - set(members))
        for aid, m in found:
            mentions.setdefault(aid, []).append(m)
            names[m.canonical or m.text] += 1
            label_votes[m.label] += 1
        name = _pick_name(names)
        label = _pick_label(mentions)
        for ms in mentions.values():
            ms.sort(key=lambda m: (m.pane, m.paragraph, m.start))
        groups.append(
            EntityGroup(key=group_key(name), name=name, label=label, mentions=mentions, keys=set(members))
        )
    groups.sort(key=lambda g: (-g.total, g.name))
    return groups


def _pick_name(names: Counter[str]) -> str:
    """The Latin full name that the other names shorten ("Sam Altman" over
    "Altman"), else the most frequent."""

    def score(item: tuple[str, int]) -> tuple[bool, int, int, int]:
        name, n = item
        words = name.split()
        shortened = sum(
            1 for o in names if 0 < len(o.split()) < len(words) and words[-len(o.split()) :] == o.split()
        )
        return (word_script(name) in ("latn", ""), shortened, n, len(name))

    return max(names.items(), key=score)[0]


_LABEL_ORDER = {PERSON: 4, "ORG": 3, "PLACE": 2, DATE: 1, MISC: 0}


def _pick_label(mentions: dict[int, list[EntityMention]]) -> str:
    """Each article votes with its majority label (so one article with a
    confused model cannot outvote the rest); MISC only if nothing else
    among the votes that count: a name the sources call MISC stays MISC even
    where another article's translation pane alone calls it a person. An
    article with the name in its source votes with the source's labels: the
    translation pane's rules guess a label from a capitalised word
    ("Persepolis", "Ynet" read as people) where the source's own rules have
    vetted it (issue 10: a club or a paper is then no person in the index),
    and articles with the name in their source outvote those that have it in
    the translation pane only (which break ties)."""
    votes: Counter[str] = Counter()
    pane_votes: Counter[str] = Counter()  # articles with the name in the translation pane only
    for ms in mentions.values():
        source = [m for m in ms if m.pane == SOURCE]
        c = Counter(m.label for m in (source or ms))
        specific = Counter({k: v for k, v in c.items() if k != MISC}) or c
        (votes if source else pane_votes)[
            max(specific.items(), key=lambda kv: (kv[1], _LABEL_ORDER.get(kv[0], 0)))[0]
        ] += 1
    return max(
        (votes or pane_votes).items(),
        key=lambda kv: (kv[1], pane_votes[kv[0]], _LABEL_ORDER.get(kv[0], 0)),
    )[0]


# --- corrections ------------------------------------------------------------------


def _find(groups: list[EntityGroup], target: str) -> EntityGroup | None:
    t = group_key(target)
    for g in groups:  # by key first: names can repeat after renames
        if g.key == target or g.key == t or t in g.keys:
            return g
    for g in groups:
        if group_key(g.name) == t:
            return g
    return None


def apply_corrections(
    groups: list[EntityGroup], corrections: Iterable[Correction], keep_rejected: bool = False
) -> list[EntityGroup]:
    """Apply user corrections, in order, to freshly computed groups. Pure:
    the input groups are not modified. A correction whose group no longer
    exists is skipped. Rejected groups are dropped unless `keep_rejected`."""
    corrections = list(corrections)
    if not corrections:  # the usual case: skip copying every group's mentions (a long GIL hold)
        return list(groups)
    out = copy.deepcopy(groups)
    for c in corrections:
        if isinstance(c, dict):
            c = Correction.from_dict(c)
        if c.kind == "merge":
            found = []
            for t in c.targets:
                g = _find(out, t)
                if g is not None and g not in found:
                    found.append(g)
            if not found:
                continue
            head = found[0]
            for g in found[1:]:
                for aid, ms in g.mentions.items():
                    head.mentions.setdefault(aid, []).extend(ms)
                head.keys |= g.keys | {g.key}
                out.remove(g)
            if c.name:
                head.name = c.name
            if c.label:
                head.label = c.label
        elif c.kind == "rename":
            g = _find(out, c.targets[0]) if c.targets else None
            if g is not None:
                g.name = c.name or g.name
                g.label = c.label or g.label
        elif c.kind == "reject":
            g = _find(out, c.targets[0]) if c.targets else None
            if g is not None:
                g.rejected = True
        elif c.kind == "split":
            g = _find(out, c.targets[0]) if c.targets else None
            if g is None or not c.name:
                continue
            moved: dict[int, list[EntityMention]] = {}
            surfaces = set(c.surfaces)
            for aid, ms in list(g.mentions.items()):
                if c.articles and aid not in c.articles:
                    continue
                keep = [m for m in ms if m.text not in surfaces]
                take = [m for m in ms if m.text in surfaces]
                if take:
                    moved[aid] = take
                    if keep:
                        g.mentions[aid] = keep
                    else:
                        del g.mentions[aid]
            if moved:
                key = group_key(c.name)
                out.append(
                    EntityGroup(key=key, name=c.name, label=c.label or g.label, mentions=moved, keys={key})
                )
    if not keep_rejected:
        out = [g for g in out if not g.rejected]
    out.sort(key=lambda g: (-g.total, g.name))
    return out


def known_names_from_groups(groups: Iterable[EntityGroup]) -> list[KnownName]:
    """Names to search for in other articles: every non-date, non-rejected
    group, with its native-script spellings as extra exact forms."""
    out = []
    for g in groups:
        if g.rejected or g.label == DATE:
            continue
        forms = tuple(
            sorted(
                {
                    m.text
                    for ms in g.mentions.values()
                    for m in ms
                    if word_script(m.text) in ("he", "ar") and len(m.text) >= 3
                }
            )
        )
        out.append(KnownName(g.name, g.label, forms, articles=len(g.mentions)))
    return out


def article_mentions(groups: Iterable[EntityGroup], article_id: int) -> list[EntityMention]:
    """The mentions to highlight in one article after corrections: rejected
    groups are gone, and each mention carries its group's (possibly
    renamed/relabelled) name and label."""
    out = []
    for g in groups:
        if g.rejected:
            continue
        for m in g.mentions.get(article_id, ()):
            out.append(
                EntityMention(
                    m.paragraph, m.start, m.end, m.text, g.label, m.pane, m.recogniser, g.name, m.confidence
                )
            )
    return sorted(out, key=lambda m: (m.pane, m.paragraph, m.start))
