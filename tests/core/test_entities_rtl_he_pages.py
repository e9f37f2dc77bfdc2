"""Hebrew names on news pages without a translation pack, and with the English
pane (issue 10, the round 17 blind Hebrew batch's error classes). The real
name tables; the sentences are written here in the manner of the Israeli news
sites (no page of any set)."""

from __future__ import annotations

from reader.core.entities import ORG, PERSON, SOURCE, recognise_article
from reader.core.text import split_sentences


def found(text: str, english: str | None = None) -> set[tuple[str, str]]:
    """The source pane's mentions; with `english`, that is the translation pane."""
    if english is None:
        ms = recognise_article("he", [text])
    else:
        sentences = [split_sentences(text, "he")]
        ms = recognise_article("he", [text], sentences, [english], [split_sentences(english, "en")])
    return {(m.text, m.label) for m in ms if m.pane == SOURCE}


def people(text: str, english: str | None = None) -> set[str]:
    return {t for t, label in found(text, english) if label == PERSON}


# --- 1. a company named after its owner -------------------------------------------


def test_a_company_named_after_its_owner_is_one_organisation():
    # "חזן" (a cantor, and the contractor's surname) before a company-kind word is the firm's
    text = "הקבלן שלמה חזן זכה במכרז של העירייה. חזן תשתיות תתחיל לעבוד על הכביש בחודש הבא."
    got = found(text)
    assert ("חזן תשתיות", ORG) in got
    assert people(text) == {"שלמה חזן"}
    got = found("עם סיום הפרויקט, חברת חזן תשתיות תפנה את האתר.")
    assert ("חזן תשתיות", ORG) in got and not people("עם סיום הפרויקט, חברת חזן תשתיות תפנה את האתר.")
    text = "בעלי השליטה בלוי השקעות הודיעו על מכירת המניות. איש העסקים יוסי לוי אמר כי לוי השקעות תגייס חוב."
    assert ("לוי השקעות", ORG) in found(text)
    assert "לוי" not in people(text)


def test_a_company_kind_after_an_ordinary_word_names_nothing():
    text = 'קרן השקעות אמריקנית רכשה את הבניין, ופרויקטי תשתיות רבים נעצרו. שוק הנדל"ן קפא.'
    assert not {t for t, label in found(text) if label == ORG}


# --- 2. a given name that is also a word, then a definite noun ----------------------


def test_a_word_that_is_a_given_name_before_a_definite_noun_is_no_person():
    text = (
        "גל הפיטורים בהייטק נמשך גם החודש. לדברי אנשי המשק, גל ההתייעלות פוגע בעיקר בעובדים"
        " הוותיקים, וברק ההצלחה של השנה שעברה כבר נשכח."
    )
    assert not people(text)
    # a surname that starts with ה stays the person's
    assert "גל הירש" in people("האלוף במילואים גל הירש אמר אתמול כי התוכנית תיושם.")
