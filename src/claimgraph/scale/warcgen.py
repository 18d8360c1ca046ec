"""Write WARC files of HTML news pages: for tests, benchmarks and trying the scale jobs out.

warcio writes the records (the reader side uses FastWARC, so a test reading what this wrote
checks two independent implementations against each other). The sample articles below were
written by the claimgraph team for this purpose; names are real, the events invented.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from typing import IO, Iterable

#: (url, lang, title, paragraphs) of the team-written sample articles
SAMPLE_ARTICLES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("https://www.tagesschau.de/inland/bahn-streik-100.html", "de",
     "Bahn und GDL verhandeln wieder",
     ("Im Tarifstreit bei der Deutschen Bahn gibt es Bewegung. Die Gewerkschaft GDL will am "
      "Montag an den Verhandlungstisch zurückkehren, wie ein Sprecher der Gewerkschaft am "
      "Sonntag mitteilte.",
      "„Wir erwarten ein Angebot, das diesen Namen verdient“, sagte der GDL-Vorsitzende Claus "
      "Weselsky der Nachrichtenagentur dpa. Die Bahn habe bisher nur auf Zeit gespielt.",
      "Bahn-Personalvorstand Martin Seiler erklärte dagegen, das Unternehmen habe bereits "
      "zweimal nachgebessert. Laut Seiler kosten die Streiks das Unternehmen rund 25 Millionen "
      "Euro pro Tag.",
      "Nach Angaben des Fahrgastverbands Pro Bahn fielen am vergangenen Wochenende etwa 80 "
      "Prozent der Fernzüge aus.")),
    ("https://www.spiegel.de/politik/deutschland/haushalt-a-1234.html", "de",
     "Lindner warnt vor neuen Schulden",
     ("Bundesfinanzminister Christian Lindner hat vor einer Aufweichung der Schuldenbremse "
      "gewarnt. „Die Schuldenbremse ist kein Selbstzweck, aber sie schützt künftige "
      "Generationen“, sagte der FDP-Politiker am Dienstag in Berlin.",
      "Die Grünen sehen das anders. Fraktionschefin Katharina Dröge sagte, der Staat müsse "
      "jetzt in Schienen und Schulen investieren. Sonst werde es später teurer.",
      "Wie das Handelsblatt unter Berufung auf Regierungskreise berichtet, fehlen im Haushalt "
      "für das kommende Jahr bis zu 17 Milliarden Euro.")),
    ("https://www.zeit.de/wissen/2024-03/hitze-sommer", "de",
     "Forscher erwarten heißen Sommer",
     ("Der Deutsche Wetterdienst rechnet mit einem überdurchschnittlich warmen Sommer. "
      "Es gebe deutliche Signale für eine längere Hitzeperiode im Juli, teilte der DWD in "
      "Offenbach mit.",
      "Klimaforscher Mojib Latif sagte dem Redaktionsnetzwerk Deutschland, solche Sommer "
      "würden zur Regel. „Wir müssen uns an Temperaturen über 40 Grad gewöhnen“, so Latif.",
      "Laut Umweltbundesamt starben im Sommer 2023 rund 3200 Menschen an den Folgen der "
      "Hitze.")),
    ("https://www.bbc.co.uk/news/uk-politics-123456", "en",
     "Minister defends new housing targets",
     ("The housing minister has defended plans to build 1.5 million homes by the end of the "
      "parliament. \"We are not going to duck the hard choices,\" Angela Rayner told the BBC "
      "on Sunday.",
      "Council leaders said the targets were unrealistic without more money for planning "
      "departments. According to the Local Government Association, a third of councils have "
      "no up-to-date local plan.",
      "Shadow housing secretary Kemi Badenoch said the government was making promises it "
      "could not keep.")),
    ("https://www.reuters.com/world/europe/nato-summit-2024/", "en",
     "NATO allies pledge more air defence for Ukraine",
     ("NATO allies agreed on Wednesday to send at least five additional air defence systems to "
      "Ukraine, Secretary General Jens Stoltenberg said at the end of the summit in Washington.",
      "\"This is a clear message to Moscow,\" Stoltenberg told reporters. Ukrainian President "
      "Volodymyr Zelenskiy said the systems would save lives, but added that Kyiv needed more.",
      "The Kremlin dismissed the pledges. Spokesman Dmitry Peskov said the decisions would "
      "only prolong the conflict, Russian news agency TASS reported.")),
)


@dataclass
class Page:
    """One HTTP response to write: the URL, the HTML and the headers that matter for filtering."""

    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    content_language: str | None = None


def html_page(title: str, paragraphs: Iterable[str], lang: str | None = "de",
              filler: bool = True) -> str:
    """A plain news page: navigation, headline, article paragraphs, footer (all escaped)."""
    nav = ('<nav><ul><li><a href="/">Start</a></li><li><a href="/politik">Politik</a></li>'
           '<li><a href="/wirtschaft">Wirtschaft</a></li></ul></nav>') if filler else ""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    foot = ("<footer><p>Impressum · Datenschutz · Kontakt</p></footer>") if filler else ""
    lang_attr = f' lang="{lang}"' if lang else ""
    return (f"<!DOCTYPE html>\n<html{lang_attr}><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title></head><body>{nav}<main><article>"
            f"<h1>{html.escape(title)}</h1>\n{body}\n</article></main>{foot}</body></html>")


def sample_pages() -> list[Page]:
    """The sample articles as pages (one per article)."""
    return [Page(url, html_page(title, paras, lang).encode("utf-8"))
            for url, lang, title, paras in SAMPLE_ARTICLES]


def write_warc(out: IO[bytes], pages: Iterable[Page], *, gzip: bool = True,
               requests: bool = False, date: str = "2024-07-10T08:00:00Z") -> int:
    """Write `pages` as WARC response records (with a warcinfo record first); returns the count.

    With `requests`, each response is preceded by its request record, as crawlers write them.
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("claimgraph-sample.warc",
                                                      {"software": "claimgraph warcgen"}))
    n = 0
    for page in pages:
        if requests:
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", page.url.split("/")[2])],
                                   is_http_request=True)
            writer.write_record(writer.create_warc_record(page.url, "request", http_headers=req,
                                                          warc_headers_dict={"WARC-Date": date}))
        headers = [("Content-Type", page.content_type)]
        if page.content_language:
            headers.append(("Content-Language", page.content_language))
        http = StatusAndHeaders(page.status, headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            page.url, "response", payload=io.BytesIO(page.body), http_headers=http,
            warc_headers_dict={"WARC-Date": date}))
        n += 1
    return n


def warc_bytes(pages: Iterable[Page], *, gzip: bool = True, requests: bool = False) -> bytes:
    """`write_warc` into memory."""
    buf = io.BytesIO()
    write_warc(buf, pages, gzip=gzip, requests=requests)
    return buf.getvalue()
