"""Every feature of the window, in the order the window installs them.

Order matters only where one feature's install reads something another
one set up (the keyboard's reading cursor before annotations, which annotate
its sentence); highlight layers paint by their z order (theme.py), not by
this order. The window installs them just after its first paint, one per
turn of the event loop, the window's own commands first. Each is named by
module and class, imported when installed: the window shows before any of
them is even loaded.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .feature_host import Feature


@dataclass(frozen=True)
class FeatureEntry:
    """A feature of the window, named by module and class (imported when installed)."""

    module: str  # in reader.ui
    class_name: str

    def load(self) -> type[Feature]:
        return getattr(importlib.import_module(f"{__package__}.{self.module}"), self.class_name)


FEATURES: list[FeatureEntry] = [
    # First: it queues the translation of a restored untranslated article,
    # whose first paragraph the installs after it wait for (MainWindow._install_in_turns).
    FeatureEntry("translation_ui", "TranslationFeature"),
    FeatureEntry("import_sources", "ImportSourcesFeature"),
    FeatureEntry("pack_offer", "PackOfferFeature"),
    FeatureEntry("entities_ui", "EntitiesFeature"),
    FeatureEntry("keyboard", "KeyboardFeature"),
    FeatureEntry("annotations_ui", "AnnotationsFeature"),
    FeatureEntry("clutter_ui", "ClutterFeature"),
    FeatureEntry("story_view", "StoryViewFeature"),
]


def features_named(*modules: str) -> list[FeatureEntry]:
    """The entries of these modules only, in FEATURES order (benchmarks, tests)."""
    return [entry for entry in FEATURES if entry.module in modules]
