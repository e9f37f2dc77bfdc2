from PySide6.QtGui import QImage
from screenshots import take_screenshots


def test_a_screenshot_of_every_seed_article(qapp, tmp_path, data_dir):
    shots = take_screenshots(tmp_path / "shots", data_dir, size=(780, 560))
    assert len(shots) == 5
    for path in shots:
        image = QImage(str(path))
        assert image.width() > 500 and image.height() > 400
        # Not blank: text drew many distinct pixels.
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 20, path
