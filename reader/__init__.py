"""Reader: foreign-language news next to an offline English translation."""

__version__ = "0.1.0"
