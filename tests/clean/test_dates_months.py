"""Month names of the outlets we read (data/months.yaml) date a page's stamp in their language."""

from pactwatch.clean.dates import dates_in_line, find_published_date


def test_a_russian_stamp_dates_the_page():
    assert dates_in_line("14 окт 2023, 09:15")[0][0] == "2023-10-14"
    assert dates_in_line("2 февраля 2022 г.")[0][0] == "2022-02-02"
    page = ("Defence chiefs of Kyrgyzstan and Tajikistan meet in Bishkek\n\n"
            "The two ministers discussed border security and agreed to hold joint staff talks next spring.\n\n"
            "The delegation will also visit a military academy.\n\n"
            "14 окт 2023, 09:15\n")
    assert find_published_date(page) == "2023-10-14"


def test_a_russian_word_is_not_a_month():
    assert dates_in_line("12 марш 2023") == []  # "марш" (a march, the song) is no month name
