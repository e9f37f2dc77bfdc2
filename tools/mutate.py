#!/usr/bin/env python3
"""Mutation testing for Reader: do the tests fail when behaviour breaks?

Each mutation below is one realistic single change to reader/core or
reader/ui (a check removed, a threshold moved, a comparison flipped), with
the few test files most likely to notice it. The repository is copied to a
temporary folder (without .venv, .git and build output); each mutation is
applied to the copy, its tests run there with this virtualenv's python and
PYTHONPATH pointing at the copy, and the file is restored. The working tree
itself is never written to.

    nice -n 10 .venv/bin/python tools/mutate.py                  # every mutation
    nice -n 10 .venv/bin/python tools/mutate.py --only packs,anchor-
    .venv/bin/python tools/mutate.py --list

killed: the tests failed (or timed out) on the mutant; survived: they passed;
stale: the original snippet is no longer in the file exactly once (the code
changed; update the mutation); baseline-fail: the tests already fail on the
unmutated copy, so the mutation proves nothing. Score = killed / (killed + survived).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = REPO / ".venv" / "bin" / "python"
COPY_IGNORE = shutil.ignore_patterns(
    ".venv", ".git", "build", "dist", "__pycache__", ".pytest_cache", "*.egg-info", "screenshots"
)


@dataclass(frozen=True)
class Mutation:
    id: str
    file: str
    original: str
    replacement: str
    tests: tuple[str, ...]


def m(id: str, file: str, original: str, replacement: str, *tests: str) -> Mutation:
    return Mutation(id, file, original, replacement, tests)


GUARDS = "tests/core/test_guards_core.py"
VIEW = "tests/ui/test_guards_view.py"
IMPORTER = "reader/core/importer.py"
TEXT = "reader/core/text.py"
BOILER = "reader/core/boilerplate.py"
DATES = "reader/core/dates.py"
PACKS = "reader/core/packs.py"
STORAGE = "reader/core/storage/__init__.py"
EXPORT = "reader/core/export.py"
ANCHOR = "reader/core/anchoring.py"
VIEW_SRC = "reader/ui/reading_view.py"
GROUPING = "reader/core/entities/grouping.py"

MUTATIONS: list[Mutation] = [
    # --- the named survivors ---------------------------------------------------
    m(
        "packs-code-check",
        PACKS,
        "            if not _CODE_RE.match(meta[key]):",
        "            if False and not _CODE_RE.match(meta[key]):",
        f"{GUARDS}::test_malformed_language_code_refused_and_nothing_lands_outside",
    ),
    m(
        "rtl-align-absolute",
        VIEW_SRC,
        "(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)\n"
        "                           | Qt.AlignmentFlag.AlignAbsolute)",
        "(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft))",
        VIEW,
        "tests/ui/test_bidi_rendering.py",
    ),
    m(
        "binary-first-8-bytes",
        IMPORTER,
        'if b"\\x00" in data:',
        'if b"\\x00" in data[:8]:',
        f"{GUARDS}::test_nul_byte_anywhere_refuses_the_file_as_binary",
    ),
    m(
        "binary-first-8-kb",
        IMPORTER,
        'if b"\\x00" in data:',
        'if b"\\x00" in data[:8192]:',
        f"{GUARDS}::test_nul_byte_anywhere_refuses_the_file_as_binary",
    ),
    m(
        "surname-any-owner",
        GROUPING,
        "        if len(owners) == 1:\n            uf.union(owners.pop(), k)",
        "        if len(owners) >= 1:\n            uf.union(owners.pop(), k)",
        f"{GUARDS}::test_a_lone_surname_joins_the_person_its_own_article_names",
    ),
    m(
        "surname-article-ambiguous",
        GROUPING,
        "if len({uf.find(p) for p in named}) == 1:",
        "if named:",
        f"{GUARDS}::test_a_lone_surname_joins_the_person_its_own_article_names",
    ),
    m(
        "newer-library-accepted",
        STORAGE,
        "        if current > SCHEMA_VERSION:",
        "        if False:",
        f"{GUARDS}::test_a_library_from_a_newer_reader_is_refused_and_left_byte_identical",
    ),
    m(
        "anchor-threshold-lowered",
        ANCHOR,
        "FUZZY_THRESHOLD = 75.0",
        "FUZZY_THRESHOLD = 70.0",
        GUARDS,
        "tests/core/test_anchoring.py",
    ),
    m(
        "anchor-threshold-raised",
        ANCHOR,
        "FUZZY_THRESHOLD = 75.0",
        "FUZZY_THRESHOLD = 80.0",
        GUARDS,
        "tests/core/test_anchoring.py",
    ),
    m(
        "language-override-keeps-translation",
        STORAGE,
        '            self.conn.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))\n'
        '            self.conn.execute("DELETE FROM translations WHERE article_id = ?", (article_id,))\n'
        "            paragraphs = [Paragraph(p.text, split_sentences(p.text, language)) for p in article.paragraphs]",
        '            self.conn.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))\n'
        "            paragraphs = [Paragraph(p.text, split_sentences(p.text, language)) for p in article.paragraphs]",
        f"{GUARDS}::test_a_language_override_drops_the_old_translation",
        "tests/core/test_storage.py",
    ),
    m(
        "title-cookie-banner",
        IMPORTER,
        "if _CREDIT.match(text) or _BOILERPLATE.search(text) or not re.search",
        "if _CREDIT.match(text) or not re.search",
        GUARDS,
        "tests/core/test_importer.py",
    ),
    m(
        "no-nfc",
        TEXT,
        'text = unicodedata.normalize("NFC", text)',
        "text = text",
        GUARDS,
        "tests/core/test_text.py",
    ),
    m(
        "spacy-fr-loc",
        "reader/core/entities/spacy_models.py",
        '"LOC": PLACE, "MISC": MISC}',
        '"LOC": ORG, "MISC": MISC}',
        f"{GUARDS}::test_spacy_french_places_are_places",
    ),
    m(
        "cursor-nearest-earlier",
        "reader/ui/reading_cursor.py",
        "target = earlier[-1] if earlier else self._order[0]",
        "target = self._order[0]",
        f"{VIEW}::test_a_saved_sentence_that_no_longer_exists_falls_back_to_the_nearest_earlier_one",
    ),
    # --- import: encoding, clutter, title, dates ---------------------------------------------
    m(
        "bom-ignored",
        IMPORTER,
        "        if data.startswith(bom):",
        "        if data.endswith(bom):",
        "tests/core/test_importer.py",
    ),
    m(
        "utf8-damage-tolerance",
        IMPORTER,
        "damaged <= max(3, len(text) // 1000)",
        "damaged <= max(300, len(text) // 10)",
        f"{GUARDS}::test_a_few_damaged_utf8_bytes_are_replaced_and_said_one_more_is_refused",
        "tests/core/test_importer.py",
    ),
    m(
        "legacy-decoding-floor",
        IMPORTER,
        "if score < 0.3 or _printable_ratio(decoded) < 0.9:",
        "if score < 0.0 or _printable_ratio(decoded) < 0.5:",
        "tests/core/test_importer.py",
        "tests/ui/test_hardening.py",
    ),
    m(
        "empty-file-accepted",
        IMPORTER,
        "    if size == 0:",
        "    if size < 0:",
        "tests/core/test_importer.py",
        "tests/ui/test_hardening.py",
    ),
    m(
        "size-limit-doubled",
        IMPORTER,
        "    if size > MAX_FILE_BYTES:",
        "    if size > 2 * MAX_FILE_BYTES:",
        f"{GUARDS}::test_a_file_just_over_the_size_limit_is_refused_unread",
        "tests/core/test_importer.py",
    ),
    m(
        "title-sentence-end",
        IMPORTER,
        'if len(text) <= 160 and not text.rstrip().endswith((".", "!", "?", "؟", ":")):',
        "if len(text) <= 160:",
        GUARDS,
        "tests/core/test_importer.py",
    ),
    m(
        "title-caption",
        IMPORTER,
        "if _CREDIT.match(next_text) and len(text.split()) <= 5:",
        "if _CREDIT.match(next_text) and len(text.split()) <= 0:",
        f"{GUARDS}::test_a_photo_caption_above_its_credit_is_not_the_title",
        "tests/core/test_importer.py",
    ),
    m(
        "clutter-stamp-line",
        BOILER,
        "if count <= 4 and not ends_sentence(text) and (_STAMP.search(text) or _has_date(original)):",
        "if count <= 40 and (_STAMP.search(text) or _has_date(original)):",
        "tests/core/test_boilerplate.py",
    ),
    m(
        "clutter-good-density",
        BOILER,
        "if count >= 12 and (ends_sentence(text) or count >= 25) and density >= 0.15:",
        "if count >= 12 and (ends_sentence(text) or count >= 25) and density >= 0.5:",
        "tests/core/test_boilerplate.py",
    ),
    m(
        "clutter-headline-words",
        BOILER,
        "return (3 <= count <= 24 and",
        "return (1 <= count <= 60 and",
        f"{GUARDS}::test_headline_shape_word_counts_at_the_edges",
        "tests/core/test_boilerplate.py",
    ),
    m(
        "clutter-credit-length",
        BOILER,
        "    if count > 20:\n        return False",
        "    if count > 2:\n        return False",
        "tests/core/test_boilerplate.py",
    ),
    m(
        "clutter-copyright",
        BOILER,
        "    if is_copyright(text) and count <= 25:\n        return CHROME\n",
        "",
        f"{GUARDS}::test_a_copyright_line_starting_with_a_credit_word_is_site_chrome",
        "tests/core/test_boilerplate.py",
    ),
    m(
        "date-future-years",
        DATES,
        "1900 <= year <= date.today().year + 1",
        "1900 <= year <= date.today().year + 50",
        f"{GUARDS}::test_dates_in_the_future_beyond_next_year_are_no_dates",
        "tests/core/test_boilerplate.py",
    ),
    m(
        "date-copyright",
        DATES,
        "    if _COPYRIGHT.search(line):\n        return None",
        "    if False:\n        return None",
        f"{GUARDS}::test_a_copyright_line_gives_no_date",
        "tests/core/test_boilerplate.py",
    ),
    m(
        "date-jalali-months",
        DATES,
        # (month <= 6 would be equivalent: month 7 starts on day 186 either way)
        "days += (month - 1) * 31 if month <= 7 else",
        "days += (month - 1) * 31 if month <= 8 else",
        f"{GUARDS}::test_iranian_dates_convert_at_the_31_to_30_day_month_change",
        "tests/core/test_boilerplate.py",
    ),
    m(
        "date-numeric-order",
        DATES,
        "day, month, year = int(match.group(1)), int(match.group(3)), match.group(4)",
        "month, day, year = int(match.group(1)), int(match.group(3)), match.group(4)",
        "tests/core/test_boilerplate.py",
        "tests/core/test_importer.py",
    ),
    # --- sentences -----------------------------------------------------------------------------
    m(
        "sentence-lowercase-start",
        TEXT,
        'if next_char.islower() or next_char in ",;:":',
        'if next_char in ",;:":',
        "tests/core/test_sentences.py",
    ),
    m(
        "sentence-abbreviations",
        TEXT,
        "if _is_abbreviation(token, rules) or _is_initials(token, next_char):",
        "if _is_initials(token, next_char):",
        "tests/core/test_sentences.py",
    ),
    m(
        "sentence-dot-runs",
        TEXT,
        'set(punct) == {"."} and rules.dot_runs_separate_clauses:',
        'set(punct) == {"."} and False:',
        "tests/core/test_sentences.py",
    ),
    m(
        "sentence-glued-short",
        TEXT,
        "if len(before) < 2 or len(after) < 2 or _script(after[0]) != script:",
        "if len(before) < 1 or len(after) < 1 or _script(after[0]) != script:",
        "tests/core/test_sentences.py",
    ),
    m(
        "paragraph-hard-wrap",
        TEXT,
        "and sum(1 for w in widths if w >= 40) >= 0.8 * len(body)",
        "and sum(1 for w in widths if w >= 40) >= 0.2 * len(body)",
        f"{GUARDS}::test_short_lines_without_sentence_ends_stay_separate_paragraphs",
        "tests/core/test_text.py",
    ),
    m(
        "join-sentences-space",
        TEXT,
        "position += 1  # the joining space",
        "position += 2  # the joining space",
        "tests/core/test_text.py",
        "tests/core/test_translation.py",
    ),
    m(
        "utf16-astral",
        TEXT,
        "return index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)",
        "return index",
        "tests/core/test_text.py",
        "tests/ui/test_ui_annotations.py",
    ),
    # --- entities -------------------------------------------------------------------------------
    m(
        "surname-mostly-person",
        GROUPING,
        "if labels[k][PERSON] * 2 < sum(labels[k].values()):",
        "if False:",
        f"{GUARDS}::test_a_single_word_mostly_labelled_otherwise_is_no_surname",
        "tests/core/test_entities_grouping.py",
    ),
    m(
        "grouping-spelling-ratio",
        GROUPING,
        "if same_skel and fuzz.ratio(a, b) >= 80 or fuzz.ratio(a, b) >= 92:",
        "if same_skel and fuzz.ratio(a, b) >= 50 or fuzz.ratio(a, b) >= 70:",
        f"{GUARDS}::test_latin_spelling_variants_join_only_when_close_enough",
        "tests/core/test_entities_grouping.py",
    ),
    m(
        "latin-common-acronyms",
        "reader/core/entities/matching.py",
        "if single and (surface in COMMON_ACRONYMS or is_portfolio(text, s)):",
        "if False:",
        "tests/core/test_entities_latin.py",
    ),
    m(
        "rtl-strong-frequent",
        "reader/core/entities/rtl.py",
        "return not self.common(cut.text) or score >= 0.8 and self.tables.zipf(cut.key) < 5.0",
        "return True",
        f"{GUARDS}::test_a_frequent_word_is_a_strong_name_only_when_ranked_high_and_not_among_the_most_frequent",
        "tests/core/test_entities_rtl.py",
    ),
    # --- storage --------------------------------------------------------------------------------
    m(
        "transaction-rollback-commits",
        STORAGE,
        '                    conn.execute("ROLLBACK")',
        '                    conn.execute("COMMIT")',
        f"{GUARDS}::test_a_failed_transaction_leaves_nothing_behind",
        "tests/core/test_storage.py",
    ),
    m(
        "foreign-keys-off",
        STORAGE,
        'conn.execute("PRAGMA foreign_keys = ON")',
        'conn.execute("PRAGMA foreign_keys = OFF")',
        "tests/core/test_storage.py",
        "tests/core/test_annotations_store.py",
    ),
    m(
        "migration-reapplied",
        STORAGE,
        "            if version <= current:\n                continue",
        "            if version < current:\n                continue",
        "tests/core/test_storage.py",
    ),
    m(
        "progress-can-shrink",
        "reader/core/storage/sessions.py",
        "            progress = max(progress, previous.progress)\n",
        "",
        "tests/ui/test_session.py",
    ),
    # --- export ----------------------------------------------------------------------------------
    m("csv-no-bom", EXPORT, 'stream.write("\\ufeff")', 'stream.write("")', "tests/core/test_export.py"),
    m(
        "formula-triggers",
        EXPORT,
        'FORMULA_TRIGGERS = ("=", "+", "-", "@", "\\t", "\\r")',
        'FORMULA_TRIGGERS = ("=", "+", "-")',
        "tests/core/test_export.py",
    ),
    m(
        "unguard-any-apostrophe",
        EXPORT,
        """return text[1:] if text.startswith("'") and text.lstrip("'").startswith(FORMULA_TRIGGERS) else text""",
        """return text[1:] if text.startswith("'") else text""",
        "tests/core/test_export.py",
    ),
    # --- packs -----------------------------------------------------------------------------------
    m(
        "zip-dotdot",
        PACKS,
        'any(part in ("", ".", "..") for part in parts)',
        'any(part in ("", ".") for part in parts)',
        "tests/core/test_packs.py",
        "tests/cli/test_hardening_packs.py",
    ),
    m(
        "zip-backslash",
        PACKS,
        '                or "\\\\" in member\n',
        "",
        f"{GUARDS}::test_a_backslash_entry_is_refused_as_unsafe",
        "tests/core/test_packs.py",
    ),
    m(
        "zip-symlink",
        PACKS,
        "if stat.S_ISLNK(info.external_attr >> 16):",
        "if False:",
        "tests/core/test_packs.py",
        "tests/cli/test_hardening_packs.py",
    ),
    m(
        "zip-member-ratio",
        PACKS,
        "info.file_size > limits.max_ratio * max(info.compress_size, 1)",
        "info.file_size > 1000 * limits.max_ratio * max(info.compress_size, 1)",
        "tests/core/test_packs.py",
        "tests/cli/test_hardening_packs.py",
    ),
    m(
        "zip-encrypted",
        PACKS,
        "if info.flag_bits & 0x1:",
        "if info.flag_bits & 0x100:",
        "tests/core/test_packs.py",
        "tests/cli/test_hardening_packs.py",
    ),
    m(
        "pack-same-languages",
        PACKS,
        'if meta["from_code"] == meta["to_code"]:',
        "if False:",
        f"{GUARDS}::test_a_pack_translating_a_language_into_itself_is_refused",
        "tests/core/test_packs.py",
    ),
    # --- anchoring -------------------------------------------------------------------------------
    m(
        "anchor-short-context",
        ANCHOR,
        "MIN_SHORT_CONTEXT = 60.0",
        "MIN_SHORT_CONTEXT = 10.0",
        "tests/core/test_anchoring.py",
    ),
    m("anchor-short-quote", ANCHOR, "SHORT_QUOTE = 12 ", "SHORT_QUOTE = 4 ", "tests/core/test_anchoring.py"),
    m(
        "anchor-fuzzy-min-quote",
        ANCHOR,
        "MIN_FUZZY_QUOTE = 8 ",
        "MIN_FUZZY_QUOTE = 2 ",
        f"{GUARDS}::test_a_short_quote_is_never_matched_fuzzily",
        "tests/core/test_anchoring.py",
    ),
    m(
        "anchor-lone-quote-anywhere",
        ANCHOR,
        "(occurrences == 1 and best[0] == paragraph)",
        "(occurrences == 1)",
        "tests/core/test_anchoring.py",
    ),
    # --- reading view: direction and positions ------------------------------------------------------
    m(
        "rtl-quotation-paragraphs",
        VIEW_SRC,
        "rtl_paragraph = rtl_article and has_rtl_letter(paragraph.text)",
        "rtl_paragraph = rtl_article",
        VIEW,
        "tests/ui/test_ui_annotations.py",
    ),
    m(
        "rtl-layout-direction",
        VIEW_SRC,
        "block.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)",
        "block.setLayoutDirection(Qt.LayoutDirection.LeftToRight)",
        VIEW,
        "tests/ui/test_bidi_rendering.py",
    ),
    m(
        "view-utf16-positions",
        VIEW_SRC,
        "return cell.firstPosition() + to_utf16(self.pane_text(pane, paragraph), offset)",
        "return cell.firstPosition() + offset",
        VIEW,
        "tests/ui/test_ui_annotations.py",
    ),
    m(
        "view-locate-utf16",
        VIEW_SRC,
        "offset = from_utf16(text, max(0, position - cell.firstPosition()))",
        "offset = max(0, position - cell.firstPosition())",
        VIEW,
        "tests/ui/test_ui_annotations.py",
    ),
    # --- more: whole-archive ratio, pack codes, progress, clutter restore, language, cells ---------
    m(
        "pack-code-normalise",
        PACKS,
        "if len(parts) != 2 or not all(_CODE_RE.match(p) for p in parts):",
        "if len(parts) != 2:",
        f"{GUARDS}::test_pack_codes_typed_by_the_user_are_checked",
        "tests/core/test_packs.py",
    ),
    m(
        "progress-unclamped",
        "reader/core/storage/sessions.py",
        "        progress = max(0.0, min(1.0, progress))\n",
        "",
        f"{GUARDS}::test_reading_progress_stays_between_0_and_1",
        "tests/ui/test_session.py",
    ),
    m(
        "clutter-restore-index",
        "reader/core/storage/clutter.py",
        "index = position - sum(1 for b in blocks if b.position < position)",
        "index = position - sum(1 for b in blocks if b.position <= position)",
        f"{GUARDS}::test_a_restored_block_returns_to_its_place_in_the_page",
        "tests/cli/test_clutter_cli.py",
    ),
    m(
        "urdu-letters-weight",
        IMPORTER,
        'scores["ur"] += 3 * len(_URDU_LETTERS.findall(text)) / letters',
        'scores["ur"] += len(_URDU_LETTERS.findall(text)) / letters',
        f"{GUARDS}::test_an_urdu_line_with_few_urdu_letters_is_still_urdu",
        "tests/core/test_importer.py",
    ),
    m(
        "guard-apostrophe-runs",
        EXPORT,
        """return "'" + text if text.lstrip("'").startswith(FORMULA_TRIGGERS) else text""",
        """return "'" + text if text.startswith(FORMULA_TRIGGERS) else text""",
        "tests/core/test_export.py",
    ),
    m(
        "isolate-user-text",
        "reader/core/safe_text.py",
        "return FSI + escape_controls(text) + PDI",
        "return escape_controls(text)",
        "tests/ui/test_hardening.py",
    ),
    # --- held out: written after the guard tests, to measure the suite on changes it was not tuned to
    m(
        "utf16-detect-share",
        IMPORTER,
        "high[:2000].count(common) > 0.6 * len(high[:2000])",
        "high[:2000].count(common) > 0.95 * len(high[:2000])",
        "tests/core/test_importer.py",
        "tests/ui/test_hardening.py",
    ),
    m(
        "paragraph-limit",
        IMPORTER,
        "    if len(paragraphs) > MAX_PARAGRAPHS:",
        "    if False:",
        f"{GUARDS}::test_an_article_over_the_paragraph_limit_is_refused",
        "tests/core/test_importer.py",
    ),
    m(
        "language-redetected",
        IMPORTER,
        "    if not language and kept:",
        "    if False:",
        f"{GUARDS}::test_the_language_is_detected_again_without_the_clutter",
        "tests/core/test_importer.py",
    ),
    m(
        "clutter-byline-length",
        BOILER,
        "if count <= 10 and _BYLINE.match(text) and not ends_sentence(text):",
        "if count <= 1 and _BYLINE.match(text) and not ends_sentence(text):",
        f"{GUARDS}::test_a_byline_of_several_words_is_site_chrome",
        "tests/core/test_boilerplate.py",
    ),
    m(
        "clutter-agency-length",
        BOILER,
        "if count <= 6 and not ends_sentence(text) and _AGENCY.search(text):",
        "if count <= 1 and not ends_sentence(text) and _AGENCY.search(text):",
        "tests/core/test_boilerplate.py",
    ),
    m(
        "clutter-doubled-caption",
        BOILER,
        "return len(text) >= 16 and any(",
        "return len(text) >= 160 and any(",
        f"{GUARDS}::test_a_caption_pasted_twice_is_a_credit_line",
        "tests/core/test_boilerplate.py",
    ),
    m(
        "anchor-context-ignored",
        ANCHOR,
        "key = (_context_ok(quote, scores), sum(scores), _nearness(p, i, paragraph, start))",
        "key = (_context_ok(quote, scores), _nearness(p, i, paragraph, start))",
        f"{GUARDS}::test_an_exact_quote_goes_where_its_context_matches_not_where_it_is_nearest",
        "tests/core/test_anchoring.py",
    ),
    m(
        "reimport-unchanged",
        STORAGE,
        '            return same[0], "unchanged"',
        "            pass",
        "tests/core/test_storage.py",
        "tests/core/test_importer.py",
    ),
    m(
        "pivot-preference",
        PACKS,
        'key=lambda p: (p.to_code != "en", p.to_code)',
        'key=lambda p: (p.to_code == "en", p.to_code)',
        f"{GUARDS}::test_a_route_through_a_pivot_prefers_english",
        "tests/core/test_packs.py",
    ),
    m(
        "cursor-next-paragraph",
        "reader/ui/reading_cursor.py",
        "target = self._order.index((later[0], 0)) if later",
        "target = self._order.index((later[-1], 0)) if later",
        "tests/ui/test_keyboard.py",
        "tests/ui/test_session.py",
    ),
    m(
        "annotation-context-chars",
        "reader/core/storage/annotations.py",
        "CONTEXT_CHARS = 32 ",
        "CONTEXT_CHARS = 4 ",
        "tests/core/test_annotations_store.py",
        "tests/core/test_anchoring.py",
    ),
    m(
        "last-read-oldest",
        "reader/core/storage/sessions.py",
        "ORDER BY last_read_at DESC LIMIT 1",
        "ORDER BY last_read_at ASC LIMIT 1",
        "tests/ui/test_session.py",
    ),
    m(
        "fetch-any-scheme",
        "reader/core/fetch.py",
        "    if scheme not in WEB_SCHEMES:\n        shown",
        "    if not scheme:\n        shown",
        "tests/core/test_fetch.py",
    ),
    m(
        "translation-redo-reanchor",
        "reader/core/article_translation.py",
        '        reanchor_article(library, article_id, "translation")',
        "        pass",
        f"{GUARDS}::test_annotations_on_a_redone_translation_follow_their_quote",
        "tests/core/test_translation.py",
    ),
]


# --- running ------------------------------------------------------------------------------------


def make_copy() -> Path:
    root = Path(tempfile.mkdtemp(prefix="reader-mutants-"))
    copy = root / "repo"
    shutil.copytree(REPO, copy, ignore=COPY_IGNORE, symlinks=True)
    if copy.resolve() == REPO or REPO in copy.resolve().parents:
        raise SystemExit("refusing to mutate inside the working tree")
    return copy


def environment(copy: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(copy)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # a same-size mutant must never meet a stale .pyc
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_tests(copy: Path, tests: tuple[str, ...], timeout: float, show: bool = False) -> tuple[str, float]:
    """'passed', 'failed', 'timeout' or 'error' (nothing collected, bad arguments)."""
    started = time.monotonic()
    command = [str(PYTHON), "-m", "pytest", *tests, "-x", "-q", "-p", "no:cacheprovider", "-o", "addopts="]
    try:
        done = subprocess.run(
            command, cwd=copy, env=environment(copy), capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return "timeout", time.monotonic() - started
    if show:  # the failure that killed the mutant, to check it is the intended one
        failed = [line for line in done.stdout.splitlines() if line.startswith(("E ", "FAILED", "ERROR"))]
        print("\n".join("    " + line for line in failed[:6]), flush=True)
    outcome = {0: "passed", 1: "failed", 2: "failed"}.get(done.returncode, "error")  # 2: mutant breaks import
    return outcome, time.monotonic() - started


def check_imports_from(copy: Path) -> None:
    where = subprocess.run(
        [str(PYTHON), "-c", "import reader; print(reader.__file__)"],
        cwd=copy,
        env=environment(copy),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not Path(where).resolve().is_relative_to(copy.resolve()):
        raise SystemExit(f"the copy's tests would import {where}, not the copy")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", help="comma-separated mutation ids or id prefixes")
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per test run (default 300)")
    parser.add_argument(
        "--no-baseline", action="store_true", help="skip running the tests on the unmutated copy"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--show", action="store_true", help="print the failing assertions of each mutant")
    parser.add_argument(
        "--tests", help="run these tests (comma-separated pytest ids) instead of each mutation's own"
    )
    args = parser.parse_args(argv)

    chosen = MUTATIONS
    if args.only:
        wanted = [w.strip() for w in args.only.split(",") if w.strip()]
        chosen = [mu for mu in MUTATIONS if any(mu.id == w or mu.id.startswith(w) for w in wanted)]
    if args.list:
        for mu in chosen:
            print(f"{mu.id:38} {mu.file:38} {' '.join(mu.tests)}")
        return 0
    if not chosen:
        raise SystemExit("no mutation matches --only")
    if args.tests:  # e.g. to show that one new test alone kills a mutant
        tests = tuple(t.strip() for t in args.tests.split(",") if t.strip())
        chosen = [Mutation(mu.id, mu.file, mu.original, mu.replacement, tests) for mu in chosen]

    copy = make_copy()
    results = []
    try:
        check_imports_from(copy)
        baseline: dict[tuple[str, ...], str] = {}
        if not args.no_baseline:
            for tests in dict.fromkeys(mu.tests for mu in chosen):
                baseline[tests], seconds = run_tests(copy, tests, args.timeout)
                print(f"baseline {baseline[tests]:8} {seconds:6.1f} s  {' '.join(tests)}", flush=True)
        for mu in chosen:
            path = copy / mu.file
            source = path.read_text(encoding="utf-8")
            found = source.count(mu.original)
            if found != 1:
                status, seconds = "stale", 0.0
            elif baseline.get(mu.tests, "passed") != "passed":
                status, seconds = "baseline-fail", 0.0
            else:
                try:
                    path.write_text(source.replace(mu.original, mu.replacement), encoding="utf-8")
                    outcome, seconds = run_tests(copy, mu.tests, args.timeout, args.show)
                finally:
                    path.write_text(source, encoding="utf-8")
                status = {"passed": "survived", "failed": "killed", "timeout": "killed"}.get(outcome, "error")
                if outcome == "timeout":
                    status = "killed"  # the mutant hangs: the tests notice, slowly
            results.append(
                {
                    "id": mu.id,
                    "file": mu.file,
                    "status": status,
                    "seconds": round(seconds, 1),
                    "tests": list(mu.tests),
                }
            )
            note = f" (snippet found {found} times)" if status == "stale" else ""
            print(f"{status:13} {seconds:6.1f} s  {mu.id:38} {mu.file}{note}", flush=True)
    finally:
        shutil.rmtree(copy.parent, ignore_errors=True)

    counts = {
        s: sum(1 for r in results if r["status"] == s)
        for s in ("killed", "survived", "stale", "baseline-fail", "error")
    }
    judged = counts["killed"] + counts["survived"]
    score = 100.0 * counts["killed"] / judged if judged else 0.0
    print("\n" + ", ".join(f"{n} {s}" for s, n in counts.items()))
    print(f"mutation score: {score:.1f}% ({counts['killed']}/{judged})")
    for r in results:
        if r["status"] == "survived":
            print(f"  survived: {r['id']} ({r['file']})")
    if args.json:
        args.json.write_text(
            json.dumps({"score": score, "counts": counts, "results": results}, indent=1) + "\n",
            encoding="utf-8",
        )
    return 0 if counts["survived"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
