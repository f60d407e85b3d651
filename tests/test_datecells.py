"""Date ranges a narrow date cell prints on two lines ('Feb 2023 –' / 'Present')."""

from __future__ import annotations

from analyzer.datecells import rejoin_stacked_dates
from analyzer.pieces import RawWord

CHAR_PT = 5.0


def row(*cells: tuple[str, float], top: float) -> list[RawWord]:
    """Words of a row: each cell's text starting at its x."""
    words = []
    for text, start in cells:
        x = start
        for token in text.split():
            words.append(RawWord(text=token, x0=x, x1=x + CHAR_PT * len(token), top=top,
                                 bottom=top + 9, size=9.0, bold=False, icon_font=False))
            x = words[-1].x1 + CHAR_PT
    return words


def texts(rows: list[list[RawWord]]) -> list[str]:
    return [" ".join(word.text for word in r) for r in rejoin_stacked_dates(rows)]


def test_a_range_broken_in_a_date_cell_is_whole_beside_its_role() -> None:
    # Design-review finding: timeline and margin-date templates print 'Feb 2023 –' over
    # 'Present' in a narrow cell; each half joined the role beside it and no range was found.
    rows = [row(("Feb 2023 –", 40), ("Senior Product Analyst", 110), top=100),
            row(("Present", 55), ("Harborline Health", 110), top=111),
            row(("• Wrote PRDs.", 110), top=122)]
    assert texts(rows) == ["Feb 2023 – Present Senior Product Analyst", "Harborline Health",
                           "• Wrote PRDs."]


def test_a_date_cell_alone_and_a_month_left_behind() -> None:
    assert texts([row(("Jul 2020 –", 40), top=100), row(("Jan 2023", 44), top=111)]) == [
        "Jul 2020 – Jan 2023"]
    # A table cell wrapping inside the end: 'Aug 2017 – Dec' / '2018'.
    rows = [row(("Aug 2017 – Dec", 40), ("Operations Analyst", 130), top=100),
            row(("2018", 40), ("Delta Crest Logistics", 130), top=111)]
    assert texts(rows) == ["Aug 2017 – Dec 2018 Operations Analyst", "Delta Crest Logistics"]


def test_a_word_that_starts_like_a_month_is_no_month() -> None:
    # 'Jul 2015 –' / 'Aug 2017' beside a title wrapped after 'Junior': 'Junior' is no June.
    rows = [row(("Jul 2015 –", 40), ("Junior", 130), top=100),
            row(("Aug 2017", 40), ("DevOps Engineer | Mazurka Soft", 130), top=111)]
    assert texts(rows) == ["Jul 2015 – Aug 2017 Junior", "DevOps Engineer | Mazurka Soft"]


def test_whole_ranges_and_text_beside_are_left_alone() -> None:
    rows = [row(("Jan 2019 – Mar 2022", 40), ("Business Analyst", 150), top=100),
            row(("2021", 40), ("Winner of the innovation award", 150), top=111)]
    assert texts(rows) == ["Jan 2019 – Mar 2022 Business Analyst",
                           "2021 Winner of the innovation award"]
    # The end must lie in the date cell, not in the text column beside it.
    rows = [row(("Feb 2023 –", 40), ("Senior Product Analyst", 110), top=100),
            row(("Present day tooling for the clinic", 110), top=111)]
    assert texts(rows) == ["Feb 2023 – Senior Product Analyst",
                           "Present day tooling for the clinic"]
