"""The window's own html_escape does exactly what html.escape does."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from dagbog.ui.labels import html_escape


def test_markup_and_quotes_are_escaped_like_html_escape():
    for text in ("", "Mette & Jonas", "<b>fed</b>", "\"citat\" og 'citat'", "&amp;", "æøå ÆØÅ"):
        assert html_escape(text) == html.escape(text)


@given(st.text(alphabet=st.sampled_from("&<>\"'a æ;#x27") | st.characters(), max_size=40))
def test_any_text_is_escaped_like_html_escape(text):
    assert html_escape(text) == html.escape(text)
