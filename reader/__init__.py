"""Reader: foreign-language news next to an offline English translation."""

import time

IMPORTED_AT = time.perf_counter()  # the start of first-paint timing when /proc cannot tell

__version__ = "0.1.0"
