"""The article list model reads rows a page at a time, as they are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.article_list import COLUMNS, ArticleFilterModel, ArticleRows, ArticleTableModel


class FakeLibrary:
    """`list_articles(ids)` over `count` articles with the even ids 2, 4, …; it records each read."""

    def __init__(self, count: int):
        self.ids = list(range(2, 2 * count + 1, 2))
        self.reads: list[list[int]] = []

    def list_articles(self, ids: list[int]) -> list[dict]:
        self.reads.append(list(ids))
        return [{"id": i, "title": f"Article {i}", "language": "fr", "translated": None} for i in ids]


def test_rows_are_read_a_page_at_a_time_when_asked_for():
    library = FakeLibrary(1000)
    model = ArticleTableModel()
    model.set_articles(library.ids, library.list_articles)
    assert model.rowCount() == 1000 and library.reads == []

    assert model.index(300, 0).data() == "Article 602"
    assert library.reads == [library.ids[ArticleRows.PAGE : 2 * ArticleRows.PAGE]]
    assert model.index(301, 0).data() == "Article 604"  # same page: no new read
    assert len(library.reads) == 1
    assert model.rows[-1]["id"] == 2000 and len(library.reads) == 2


def test_rows_are_found_by_id_without_reading_them():
    library = FakeLibrary(1000)
    model = ArticleTableModel()
    model.set_articles(library.ids, library.list_articles)
    assert model.row_of(1000) == 499 and model.row_of(2) == 0 and model.row_of(2000) == 999
    assert model.row_of(3) == -1 and model.row_of(5000) == -1 and model.row_of(0) == -1
    assert library.reads == []


def test_a_change_to_a_row_not_shown_yet_is_there_when_it_is_read():
    library = FakeLibrary(1000)
    model = ArticleTableModel()
    model.set_articles(library.ids, library.list_articles)
    changed = []
    model.dataChanged.connect(lambda first, _last: changed.append(first.row()))
    model.update_row(1500, progress=0.5, read=False)
    assert library.reads == [] and changed == []
    progress = [key for key, _label in COLUMNS].index("progress")
    assert model.index(749, progress).data() == "50%"

    model.update_row(1500, read=True)  # now shown: changed in place, and the view told
    assert changed == [749] and model.index(749, progress).data() == "✓"


def test_the_filter_keeps_only_allowed_articles_and_text_matches():
    library = FakeLibrary(600)
    model = ArticleTableModel()
    model.set_articles(library.ids, library.list_articles)
    proxy = ArticleFilterModel()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 600 and library.reads == []  # no filter: nothing read

    proxy.set_allowed_ids({4, 100, 1000, 1001})
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "Article 4",
        "Article 100",
        "Article 1000",
    ]
    proxy.setFilterFixedString("article 10")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Article 100", "Article 1000"]
    proxy.set_allowed_ids(None)
    assert proxy.rowCount() == len([i for i in library.ids if str(i).startswith("10")])
    proxy.setFilterFixedString("")
    assert proxy.rowCount() == 600
    proxy.sort(0, Qt.SortOrder.DescendingOrder)  # sorting reads every row
    assert proxy.index(0, 0).data() == "Article 998"


def test_the_headers_labels_are_the_models_column_titles():
    """The window's header shows `header_labels` (no Python headerData before
    the first paint); screen readers ask the model: both give COLUMNS' titles."""
    from reader.ui.article_list import header_labels

    model = ArticleTableModel()
    labels = header_labels(model)
    horizontal = Qt.Orientation.Horizontal
    assert [labels.headerData(c, horizontal) for c in range(len(COLUMNS))] == [t for _k, t in COLUMNS]
    assert [model.headerData(c, horizontal) for c in range(len(COLUMNS))] == [t for _k, t in COLUMNS]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
