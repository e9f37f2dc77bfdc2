"""Language names for messages (a short table: cheap to import at start-up)."""

LANGUAGE_NAMES = {
    "en": "English",
    "he": "Hebrew",
    "ar": "Arabic",
    "fr": "French",
    "nl": "Dutch",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "ru": "Russian",
    "fa": "Persian",
    "tr": "Turkish",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ja": "Japanese",
    "uk": "Ukrainian",
    "pl": "Polish",
    "ca": "Catalan",
    "sv": "Swedish",
    "el": "Greek",
    "hi": "Hindi",
    "ur": "Urdu",
    "yi": "Yiddish",
    "da": "Danish",
    "fi": "Finnish",
    "ko": "Korean",
}
_LANGUAGE_ALIASES = {"iw": "he"}  # Hebrew's old ISO code


def language_name(code: str) -> str:
    """'he' -> 'Hebrew'; unknown codes are shown as they are."""
    return LANGUAGE_NAMES.get(code, code)


def base_language(code: str) -> str:
    """The bare language of a code: 'he-IL' -> 'he', 'fr_BE' -> 'fr', 'iw' -> 'he'."""
    language = (code or "").split("-")[0].split("_")[0].lower()
    return _LANGUAGE_ALIASES.get(language, language)
