"""Schema migrations: {version: [SQL statements]}, applied in order, each
version in one transaction. Never edit a released version; append a new one."""

MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE schema_version (
            version INTEGER PRIMARY KEY,
            applied_at TEXT NOT NULL
        )""",
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            language TEXT NOT NULL,
            language_source TEXT NOT NULL DEFAULT 'detected',
            date TEXT,
            source_path TEXT,
            encoding TEXT,
            content_hash TEXT NOT NULL UNIQUE,
            word_count INTEGER NOT NULL DEFAULT 0,
            paragraph_count INTEGER NOT NULL DEFAULT 0,
            sentence_count INTEGER NOT NULL DEFAULT 0,
            translation TEXT,           -- provenance of a complete translation
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX articles_source_path ON articles(source_path)",
        """CREATE TABLE paragraphs (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article_id, idx)
        )""",
        """CREATE TABLE sentences (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            PRIMARY KEY (article_id, paragraph, idx)
        )""",
        """CREATE TABLE translations (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            text TEXT NOT NULL,
            provenance TEXT NOT NULL,   -- e.g. he_en@1.5 or he_fr@1.0+fr_en@1.9
            created_at TEXT NOT NULL,
            PRIMARY KEY (article_id, paragraph, sentence)
        )""",
        """CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            pane TEXT NOT NULL CHECK (pane IN ('source', 'translation')),
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT 'yellow',
            translation_package TEXT,
            orphaned INTEGER NOT NULL DEFAULT 0,
            deleted_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX annotations_article ON annotations(article_id)",
        """CREATE TABLE annotation_tags (
            annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (annotation_id, tag)
        )""",
        "CREATE INDEX annotation_tags_tag ON annotation_tags(tag)",
        """CREATE TABLE entity_mentions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            pane TEXT NOT NULL,
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT NOT NULL,
            canonical TEXT NOT NULL,
            recogniser TEXT NOT NULL
        )""",
        "CREATE INDEX entity_mentions_article ON entity_mentions(article_id)",
        "CREATE INDEX entity_mentions_canonical ON entity_mentions(canonical)",
        """CREATE TABLE entity_corrections (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,          -- merge, split, rename, reject
            payload TEXT NOT NULL,       -- JSON
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE reading_positions (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL DEFAULT 0,
            sentence INTEGER NOT NULL DEFAULT 0,
            progress REAL NOT NULL DEFAULT 0,
            read INTEGER NOT NULL DEFAULT 0,
            last_read_at TEXT
        )""",
        """CREATE TABLE reading_sessions (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            seconds_read REAL NOT NULL DEFAULT 0,
            sentences_advanced INTEGER NOT NULL DEFAULT 0,
            annotations_made INTEGER NOT NULL DEFAULT 0
        )""",
    ],
    2: [
        # What each article's entity mentions were computed from (text,
        # translation, recogniser version, known names): skip unchanged ones.
        """CREATE TABLE entity_runs (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            fingerprint TEXT NOT NULL,
            computed_at TEXT NOT NULL
        )""",
    ],
    3: [
        # Site clutter the importer took out of each article (boilerplate.py):
        # position is the block's index among all blocks of the page, kept or
        # removed, so the reading view can show it in place.
        """CREATE TABLE removed_blocks (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (article_id, position)
        )""",
        # Blocks the user put back, by text hash: a re-import keeps them.
        """CREATE TABLE restored_blocks (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            text_hash TEXT NOT NULL,
            restored_at TEXT NOT NULL,
            PRIMARY KEY (article_id, text_hash)
        )""",
    ],
    4: [
        # Stories (reader.core.stories): articles about one event. Derived
        # data, replaced on every recompute; ids are carried over to the
        # recomputed story with the most articles in common.
        """CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,        -- automatic title (a user's name is an override)
            computed_at TEXT NOT NULL
        )""",
        """CREATE TABLE story_articles (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            score REAL NOT NULL DEFAULT 0,  -- similarity to the story when it joined
            date TEXT                       -- the date grouping used: published, else read in the text
        )""",
        "CREATE INDEX story_articles_story ON story_articles(story_id)",
        # The user's choices (rename, move, merge, split) as JSON naming
        # articles, re-applied in order after every recompute.
        """CREATE TABLE story_overrides (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
    ],
    5: [
        # How sure the recogniser is of each entity mention (0..1, its measured
        # label precision). Mentions stored before have none: they read as 1.0
        # and their articles are recognised again (their markers dropped).
        "ALTER TABLE entity_mentions ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0",
        "DELETE FROM entity_runs",
    ],
}

SCHEMA_VERSION = max(MIGRATIONS)
