"""The outlet/organisation registry: aliases -> canonical names and types, scanning, user files."""

from __future__ import annotations

import pytest

from claimgraph.errors import InputError
from claimgraph.registry import RegistryError, load_registry, normalise


@pytest.fixture(scope="module")
def reg():
    return load_registry()


@pytest.mark.parametrize(
    "written, name, etype",
    [
        ("«CNN»", "CNN", "outlet"),
        # online outlets with domain-like names, parties cited by their native name
        ("Znak.com", "Znak.com", "outlet"),
        ("Notes from Poland", "Notes from Poland", "outlet"),
        ("Aviation Herald", "The Aviation Herald", "outlet"),
        ("PiS", "Prawo i Sprawiedliwość", "organisation"),
        ("Law and Justice", "Prawo i Sprawiedliwość", "organisation"),
        ("Cable News Network", "CNN", "outlet"),
        ("AP", "Associated Press", "outlet"),
        ("The Associated Press", "Associated Press", "outlet"),
        ("Deutsche Presse-Agentur", "dpa", "outlet"),
        ("SDA", "Keystone-SDA", "outlet"),
        ("Keystone-SDA", "Keystone-SDA", "outlet"),
        ("Austria Presse Agentur", "APA", "outlet"),
        ("NZZ", "Neue Zürcher Zeitung", "outlet"),
        ("Neue Zuercher Zeitung", "Neue Zürcher Zeitung", "outlet"),
        ("Tagesanzeiger", "Tages-Anzeiger", "outlet"),
        ("Spiegel", "Der Spiegel", "outlet"),
        ("F.A.Z.", "Frankfurter Allgemeine Zeitung", "outlet"),
        ("SZ", "Süddeutsche Zeitung", "outlet"),
        ("British Broadcasting Corporation", "BBC", "outlet"),
        ("Agence France-Presse", "AFP", "outlet"),
        ("NYT", "The New York Times", "outlet"),
        ("«The Wall Street Journal»", "The Wall Street Journal", "outlet"),
        ("Guardian", "The Guardian", "outlet"),
        ("Twitter", "X", "outlet"),
        ("Department of Defense", "Pentagon", "government"),
        ("US-Verteidigungsministerium", "Pentagon", "government"),
        ("des Pentagons", "Pentagon", "government"),
        ("State Department", "US-Aussenministerium", "government"),
        ("US-Außenministerium", "US-Aussenministerium", "government"),
        ("Aussenministerium der USA", "US-Aussenministerium", "government"),
        ("Nato", "NATO", "organisation"),
        ("North Atlantic Treaty Organization", "NATO", "organisation"),
        ("NATO's", "NATO", "organisation"),
        ("Vereinte Nationen", "UNO", "organisation"),
        ("UN", "UNO", "organisation"),
        ("European Commission", "EU-Kommission", "organisation"),
        ("Weißes Haus", "Weisses Haus", "government"),
        ("White House", "Weisses Haus", "government"),
        ("Kremlin", "Kreml", "government"),
        ("Bundesregierung", "Bundesregierung", "government"),
        ("das russische Verteidigungsministerium", "Russisches Verteidigungsministerium",
         "government"),
        ("RUSI", "Royal United Services Institute", "organisation"),
    ],
)
def test_alias_gives_canonical_name_and_type(reg, written, name, etype):
    entry = reg.lookup(written)
    assert entry is not None, written
    assert (entry.name, entry.type) == (name, etype)


@pytest.mark.parametrize("written", ["Sabrina Singh", "Verteidigungsexperte", "", "Experten"])
def test_unknown_names_are_not_in_the_registry(reg, written):
    assert reg.lookup(written) is None


def test_registry_size_and_no_alias_claimed_twice(reg):
    outlets = [e for e in reg if e.type == "outlet"]
    assert len(outlets) >= 300
    assert {e.kind for e in outlets} >= {"agency", "newspaper", "broadcaster", "online", "social"}
    assert reg.collisions == []


@pytest.mark.parametrize(
    "a, b",
    [("Außenministerium", "aussenministerium"), ("«Die Zeit»", "Zeit"), ("U.S. Army", "US Army"),
     ("The Guardian", "guardian"), ("Keystone-SDA", "keystone sda")],
)
def test_normalise_folds_spelling_variants(a, b):
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(
    "text, found",
    [
        ("Das Pentagon und die NATO widersprechen, berichtet «Reuters».",
         ["Pentagon", "NATO", "Reuters"]),
        # ambiguous names count only inside quotes: the world is not the newspaper
        ("Die Welt schaut zu.", []),
        ("Znak berichtet, «Znak» schreibt.", ["Znak.com"]),  # the quoted one only
        ("Das schreibt «Die Welt» am Montag.", ["Die Welt"]),
        ("The WHO said the risk was low; who knows.", ["WHO"]),
        ("Insider sagen, das US-Aussenministerium habe gewarnt.", ["US-Aussenministerium"]),
    ],
)
def test_find_in_running_text(reg, text, found):
    assert [e.name for _, e in reg.find_in(text)] == found


def test_find_in_spans_point_into_the_text(reg):
    text = "Laut Pentagon-Angaben und der Washington Post"
    hits = reg.find_in(text)
    assert [text[s.start:s.end] for s, _ in hits] == ["Pentagon", "Washington Post"]


def test_user_registry_adds_and_overrides(tmp_path):
    user = tmp_path / "mine.tsv"
    user.write_text(
        "# my outlets\n"
        "id\tname\ttype\tkind\tcountry\tlang\taliases\n"
        "seeblick\tSeeblick-Kurier\toutlet\tnewspaper\tch\tde\tSBK|Der Seeblick\n"
        "cnn\tCNN\toutlet\tbroadcaster\tus\ten\tCNN Breaking\n",
        encoding="utf-8",
    )
    reg = load_registry(user)
    assert reg.lookup("SBK").name == "Seeblick-Kurier"
    assert reg.lookup("der Seeblick").type == "outlet"
    assert reg.lookup("CNN Breaking").name == "CNN"
    assert reg.lookup("Cable News Network").name == "CNN"  # built-in aliases stay
    assert load_registry().lookup("SBK") is None  # the built-in registry is not changed


@pytest.mark.parametrize(
    "content, message",
    [
        ("name\tkind\nFoo\tnewspaper\n", "missing: type"),
        ("id\tname\ttype\nx\tFoo\tmagazine\n", "unknown type 'magazine'"),
        ("id\tname\ttype\nx\t\toutlet\n", "empty name"),
    ],
)
def test_bad_user_registry_is_a_one_line_error(tmp_path, content, message):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    text = str(info.value)
    assert message in text and str(path) in text and "\n" not in text
    assert isinstance(info.value, InputError)


def test_missing_user_registry_names_the_file(tmp_path):
    with pytest.raises(RegistryError, match="not found"):
        load_registry(tmp_path / "nope.tsv")


def test_cli_registry_option_types_a_user_outlet(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from claimgraph.cli import main
    from claimgraph.registry import ENV_VAR

    monkeypatch.delenv(ENV_VAR, raising=False)
    user = tmp_path / "mine.tsv"
    user.write_text("id\tname\ttype\tkind\taliases\nseeblick\tSeeblick-Kurier\toutlet\tnewspaper\t"
                    "SBK\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Die Lage sei ernst, berichtet der «SBK».\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(article), "--registry", str(user),
                                       "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    import json

    doc = json.loads(result.output)
    assert any(e["name"] == "Seeblick-Kurier" and e["type"] == "outlet" for e in doc["entities"])
    bad = CliRunner().invoke(main, ["analyze", str(article), "--registry",
                                    str(tmp_path / "missing.tsv")])
    assert bad.exit_code != 0
    assert "missing.tsv: registry file not found" in bad.output
    assert "Traceback" not in bad.output


def test_env_var_selects_the_user_registry(tmp_path, monkeypatch):
    from claimgraph.registry import ENV_VAR, default_registry

    user = tmp_path / "env.tsv"
    user.write_text("name\ttype\nBergpost\toutlet\n", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(user))
    assert default_registry().lookup("Bergpost").type == "outlet"
    monkeypatch.delenv(ENV_VAR)
    assert default_registry().lookup("Bergpost") is None
