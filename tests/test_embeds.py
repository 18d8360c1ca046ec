"""Embedded posts in pasted plain text and in HTML pages (all texts and pages written here)."""

import pytest

from claimgraph.ingest import from_html
from claimgraph.ingest.embeds import detect_embeds, extract_html_embeds
from claimgraph.model import Document
from claimgraph.segment import paragraphs


def _detect(text: str) -> Document:
    doc = Document(text, meta={})
    doc.paragraphs = paragraphs(text)
    return detect_embeds(doc)


# plain text: article, platform, handle, author, date, url fragment, the post's own text
PLAIN = [
    (  # signature after the post text (the usual paste of an X embed)
        "Der Minister reagierte sofort.\n"
        "Wir stehen zu unserem Wort. pic.twitter.com/Ab12Cd34\n"
        "— Karl Beispiel (@karlbeispiel) March 4, 2024\n"
        "Die Opposition kritisierte die Aussage.",
        "twitter", "karlbeispiel", "Karl Beispiel", "2024-03-04", "pic.twitter.com/Ab12Cd34",
        "Wir stehen zu unserem Wort.",
    ),
    (  # signature first, text and link after it, shouty opener before it (seed-article shape)
        "Die Lage bleibt unklar.\nEILMELDUNG 🚨\n— NEWSDESK (@newsdesk24) October 2, 2024\n"
        "Heavy shelling reported near the border tonight.\nReuters pic.twitter.com/Zz9Yy8\n"
        "Die Regierung schweigt.",
        "twitter", "newsdesk24", "NEWSDESK", "2024-10-02", "pic.twitter.com/Zz9Yy8",
        "Heavy shelling reported near the border tonight.\nReuters",
    ),
    (  # a status URL on X
        "Der Sprecher schrieb auf X:\nWir prüfen alle Optionen.\n"
        "— Presseamt (@presseamt) 5. März 2024 https://x.com/presseamt/status/1765000000000000001\n"
        "Mehr war nicht zu erfahren.",
        "twitter", "presseamt", "Presseamt", "2024-03-05", "x.com/presseamt/status/",
        "Wir prüfen alle Optionen.",
    ),
    (  # Telegram: a short paragraph ending with the post link
        "Der Kanal meldete am Abend:\nDie Brücke ist wieder offen. t.me/bruecken_info/2231\n"
        "Unabhängig bestätigen liess sich das nicht.",
        "telegram", "bruecken_info", None, None, "t.me/bruecken_info/2231",
        "Die Brücke ist wieder offen.",
    ),
    (  # Bluesky post link
        "Sie schrieb dazu:\nA long day, but we got it done. "
        "https://bsky.app/profile/anna.bsky.social/post/3kq2x7\nDer Beitrag wurde oft geteilt.",
        "bluesky", "anna.bsky.social", None, None, "bsky.app/profile/anna.bsky.social/post/",
        "A long day, but we got it done.",
    ),
    (  # Mastodon: handle with instance in the signature
        "Der Forscher kommentierte:\nThe data do not support this claim.\n"
        "— Dr. Eva Probe (@evaprobe@mastodon.social) May 6, 2024\nDie Debatte geht weiter.",
        "mastodon", "evaprobe@mastodon.social", "Dr. Eva Probe", "2024-05-06", None,
        "The data do not support this claim.",
    ),
    (  # Instagram post link
        "Der Verein zeigte Bilder:\nNeues Clubhaus eröffnet! https://www.instagram.com/p/C9xYz12/\n"
        "Die Feier dauerte bis spät.",
        "instagram", None, None, None, "instagram.com/p/C9xYz12", "Neues Clubhaus eröffnet!",
    ),
    (  # YouTube link on its own line
        "Das Video zeigt die Übung.\nhttps://www.youtube.com/watch?v=AbCdEfGh123\nDanach folgte Kritik.",
        "youtube", None, None, None, "youtube.com/watch?v=AbCdEfGh123", None,
    ),
]


@pytest.mark.parametrize("text, platform, handle, author, date, url, post", PLAIN)
def test_plain_text_embeds(text, platform, handle, author, date, url, post):
    doc = _detect(text)
    (emb,) = doc.embeds
    assert (emb.id, emb.platform, emb.handle, emb.author, emb.date) == \
        ("m1", platform, handle, author, date)
    assert (url is None and emb.url is None) or (url in emb.url and emb.url.startswith("https://"))
    assert (doc.slice(emb.text_span) if emb.text_span else None) == post
    kinds = [p.kind for p in doc.paragraphs]
    inside = [p.kind for p in doc.paragraphs if emb.span.contains(p.span)]
    assert set(inside) == {"embed"} and kinds.count("embed") == len(inside)
    assert doc.paragraphs[-1].kind != "embed"  # the article text after the post stays article


@pytest.mark.parametrize("text", [
    "Die Regierung - so der Sprecher - prüft die Lage.\nWeitere Details folgen am Montag.",
    "Kontakt: presse@example.org oder www.example.org/kontakt\nDer Bericht ist online.",
    "Der Kanal @bruecken_info meldete Staus.\nDas Video ist auf YouTube zu sehen.",
])
def test_no_embed_in_ordinary_text(text):
    doc = _detect(text)
    assert doc.embeds == [] and "embed" not in {p.kind for p in doc.paragraphs}


def test_two_posts_are_numbered_in_text_order():
    text = ("Erster Beitrag hier.\n— Eins (@eins) May 1, 2024\nZwischentext im Artikel.\n"
            "Zweiter Beitrag dort.\n— Zwei (@zwei) May 2, 2024")
    doc = _detect(text)
    assert [(e.id, e.handle, e.date) for e in doc.embeds] == [
        ("m1", "eins", "2024-05-01"), ("m2", "zwei", "2024-05-02")]
    assert doc.paragraphs[2].kind == "body"


PAGE = """<html><head><title>Hafen Rheinau</title></head><body><article>
<h1>Hafen Rheinau wird ausgebaut</h1>
<p>Die Stadt Rheinau will ihren Hafen ausbauen, sagte die Stadtpräsidentin am Montag vor den
Medien in der Stadt, und sie nannte dabei auch einen Zeitplan für die Bauarbeiten.</p>
{embed}
<p>Laut Stadtrat sollen rund 400 Millionen Franken investiert werden, um den Verkehr von der
Strasse auf das Wasser zu bringen, wie es in einer Mitteilung heisst.</p>
</article></body></html>"""

HTML = [
    ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The port will get 400 million '
     'francs. <a href="https://t.co/abc123">pic.twitter.com/abc123</a></p>&mdash; Rheinau News '
     '(@rheinaunews) <a href="https://twitter.com/rheinaunews/status/1850000000000000000">March 4, '
     '2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>',
     "twitter", "rheinaunews", "Rheinau News", "2024-03-04", "twitter.com/rheinaunews/status/",
     "The port will get 400 million francs."),
    ('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C1a2b3/">'
     '<div><a href="https://www.instagram.com/p/C1a2b3/">View this post on Instagram</a></div>'
     '<p>Neue Kräne für den Hafen!</p><p>A post shared by Hafen Rheinau (@hafenrheinau)</p>'
     '</blockquote>',
     "instagram", "hafenrheinau", "Hafen Rheinau", None, "instagram.com/p/C1a2b3",
     "Neue Kräne für den Hafen!"),
    ('<iframe width="560" src="https://www.youtube.com/embed/dQw4w9WgXcQ" '
     'title="Der Hafen von oben"></iframe>',
     "youtube", None, None, None, "youtube.com/embed/dQw4w9WgXcQ", "Der Hafen von oben"),
    ('<script async src="https://telegram.org/js/telegram-widget.js" '
     'data-telegram-post="rheinau_info/417"></script>',
     "telegram", "rheinau_info", None, None, "https://t.me/rheinau_info/417", None),
    ('<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3kxyz">'
     '<p lang="de">Der Hafen wird grösser.</p>&mdash; Lea Muster (<a href="https://bsky.app/profile/'
     'did:plc:abc">@leamuster.bsky.social</a>) <a href="https://bsky.app/profile/did:plc:abc/post/'
     '3kxyz">5. März 2024</a></blockquote>',
     "bluesky", "leamuster.bsky.social", "Lea Muster", "2024-03-05", "bsky.app/profile/did:plc:abc/post/3kxyz",
     "Der Hafen wird grösser."),
    ('<iframe src="https://mastodon.social/@hafenfan/112233445566/embed" class="mastodon-embed">'
     '</iframe>',
     "mastodon", "hafenfan@mastodon.social", None, None, "mastodon.social/@hafenfan/112233445566",
     None),
    ('<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@kranfahrer/video/7300000000000000000">'
     '<section><a title="@kranfahrer" href="https://www.tiktok.com/@kranfahrer">@kranfahrer</a>'
     '<p>Mein erster Tag am Kran</p></section></blockquote>',
     "tiktok", "kranfahrer", None, None, "tiktok.com/@kranfahrer/video/", "Mein erster Tag am Kran"),
    ('<iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com'
     '%2Fstadtrheinau%2Fposts%2F1234567890" width="500"></iframe>',
     "facebook", "stadtrheinau", None, None, "facebook.com/stadtrheinau/posts/1234567890", None),
]


@pytest.mark.parametrize("markup, platform, handle, author, date, url, post", HTML)
def test_html_embeds(markup, platform, handle, author, date, url, post):
    doc = detect_embeds(from_html(PAGE.format(embed=markup), path="page.html"))
    (emb,) = doc.embeds
    assert (emb.platform, emb.handle, emb.author, emb.date) == (platform, handle, author, date)
    assert url in emb.url
    assert (doc.slice(emb.text_span) if emb.text_span else None) == post
    # the post is a block of its own at the end, not inside the article paragraphs
    assert doc.text.index("400 Millionen Franken") < emb.span.start
    assert {p.kind for p in doc.paragraphs if emb.span.contains(p.span)} == {"embed"}
    assert handle is None or f"(@{handle})" in doc.slice(emb.span)


def test_extract_html_embeds_removes_the_markup_and_keeps_the_article():
    from lxml import html

    tree = html.fromstring(PAGE.format(embed=HTML[0][0] + HTML[2][0]))
    found = extract_html_embeds(tree)
    assert [f["platform"] for f in found] == ["twitter", "youtube"]
    rest = html.tostring(tree, encoding="unicode")
    assert "twitter-tweet" not in rest and "youtube.com/embed" not in rest
    assert "400 Millionen Franken" in rest


def test_html_embed_language_from_markup():
    doc = detect_embeds(from_html(PAGE.format(embed=HTML[0][0]), path="page.html"))
    assert doc.embeds[0].lang == "en"
    assert {p.lang for p in doc.paragraphs if doc.embeds[0].span.contains(p.span)} == {"en"}
