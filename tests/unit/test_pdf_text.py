"""The one place where user text is escaped for the PDF: markup, plain text, replaced characters."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from koerskaart.record.pdf.styles import make_styles
from koerskaart.record.pdf.text import TextPreparer


def test_markup_escapes_what_reportlab_would_misread() -> None:
    text = TextPreparer()
    markup = text.markup('<script>x</script> R&D naam <jan@x.nl> "dubbel"')
    assert markup == "&lt;script&gt;x&lt;/script&gt; R&amp;D naam &lt;jan@x.nl&gt; &quot;dubbel&quot;"
    # ReportLab accepts it and keeps every character.
    para = Paragraph(markup, make_styles().body)
    assert para.getPlainText() == '<script>x</script> R&D naam <jan@x.nl> "dubbel"'


def test_newlines_become_breaks_and_tabs_spaces() -> None:
    # Tabs become non-breaking spaces: ReportLab would collapse ordinary ones.
    assert TextPreparer().markup("a\r\nb\rc\td") == "a<br/>b<br/>c\u00a0\u00a0\u00a0\u00a0d"


def test_dutch_and_typographic_characters_pass_untouched() -> None:
    text = TextPreparer()
    assert text.markup("café ë’s € 1.250 — ‘Samen’") == "café ë’s € 1.250 — ‘Samen’"
    assert text.replaced_characters == []


def test_emoji_and_undrawable_characters_are_replaced_visibly_and_reported() -> None:
    text = TextPreparer()
    markup = text.markup("Top 🦄 werk 😀 en \ue123")
    assert "[U+1F984]" in markup and "[U+1F600]" in markup and "[U+E123]" in markup
    assert "🦄" not in markup and "😀" not in markup
    reported = [r.codepoint for r in text.replaced_characters]
    assert reported == ["U+E123", "U+1F600", "U+1F984"]
    assert text.replaced_characters[2].describe() == "U+1F984 UNICORN FACE"


def test_plain_text_replaces_without_markup() -> None:
    text = TextPreparer()
    assert text.plain("R&D <x>\n🦄") == "R&D <x> [U+1F984]"
    assert [r.codepoint for r in text.replaced_characters] == ["U+1F984"]


def test_invisible_control_characters_are_dropped_and_none_is_empty() -> None:
    text = TextPreparer()
    assert text.markup("a\x00b\x07c") == "abc"
    assert text.markup(None) == ""
    assert text.replaced_characters == []
