"""Helpers shared by the tests: fixtures, dev-set loaders, scoring."""
