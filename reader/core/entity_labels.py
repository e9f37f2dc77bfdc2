"""The coarse entity types shown to the user (model-specific labels are
mapped onto these). Outside the `reader.core.entities` package, whose import
loads the entity model: the window's theme names them before its first paint."""

from __future__ import annotations

PERSON, ORG, PLACE, DATE, MISC = "PERSON", "ORG", "PLACE", "DATE", "MISC"
LABELS = (PERSON, ORG, PLACE, DATE, MISC)
