"""The report's own words in each edition: the headings, column names, captions and phrases its
pages make around the data (the labels of coded values live beside the data, in `labels`).

English is the key, so code reads as it did: `say("Status since", v.lang)`. A phrase with
`{fields}` is formatted after it is chosen. A phrase without a Dutch wording is an error, so no
English phrase reaches a Dutch page unnoticed.
"""

from __future__ import annotations

LANGUAGES = ("en", "nl")

DUTCH: dict[str, str] = {
    # The report's one cut-off, as every page that dates the data says it
    "The data run to {cutoff}, the date of the latest event they record; the sources were read between {first} and {last}.":
        "De gegevens lopen tot {cutoff}, de datum van de laatste gebeurtenis die ze vastleggen; de bronnen zijn gelezen "
        "tussen {first} en {last}.",
    # The facts of a tie or an authority
    "Dutch side": "Nederlandse kant",
    "Chinese side": "Chinese kant",
    "Type": "Soort band",
    "Since": "Sinds",
    "Status": "Status",
    "Status since": "Status sinds",
    "Last confirmed": "Laatst bevestigd",
    "no dated source confirms it": "geen gedateerde bron bevestigt dit",
    "Ended": "Beëindigd",
    "Themes": "Thema's",
    "not known from public sources": "niet bekend uit openbare bronnen",
    "Name": "Naam",
    "Local name": "Eigen naam",
    "Also known as": "Ook bekend als",
    "Level": "Bestuurslaag",
    "In": "In",
    "CBS code": "CBS-code",
    "GB/T 2260 code": "GB/T 2260-code",
    "No longer exists since": "Bestaat niet meer sinds",
    "Kind": "Soort",
    # The search and filters of a table
    "All": "Alle",
    "Search": "Zoeken",
    "Clear": "Wissen",
    "Search and filter the table": "Zoek en filter de tabel",
    "Showing {shown} of {total} {noun}": "{shown} van {total} {noun} getoond",
    "ties": "banden",
    "authorities": "overheden",
    "Authority": "Overheid",
    "Province": "Provincie",
    "Ties, or the lead": "Banden, of de aanwijzing",
    # The checklist and the catalogue of practices
    "Step": "Stap",
    "Stage": "Fase",
    "What to do": "Wat te doen",
    "Practice behind it": "Praktijk erachter",
    "Applied by": "Toegepast door",
    "Practice": "Praktijk",
    "What was done": "Wat er werd gedaan",
    "Lesson": "Les",
    "Before a tie": "Voor een band",
    "While it runs": "Zolang de band loopt",
    "Evaluating": "Evalueren",
    "Ending or changing": "Beëindigen of veranderen",
    "Put the proposal to the council (or States) before anything is signed, and let it decide.":
        "Leg het voorstel voor aan de raad (of Provinciale Staten) voordat er iets wordt getekend, en laat de raad beslissen.",
    "Ask the Ministry of Foreign Affairs how it sees the partner and the themes, and record the answer.":
        "Vraag het ministerie van Buitenlandse Zaken hoe het de partner en de thema's ziet, en leg het antwoord vast.",
    "Write down concrete goals and a fixed term, so that the tie ends or is renewed by decision.":
        "Leg concrete doelen en een vaste looptijd vast, zodat de band bij besluit eindigt of wordt verlengd.",
    "Decide how human rights will be raised with the partner, and say so in the agreement.":
        "Besluit hoe mensenrechten met de partner aan de orde komen, en zet dat in de overeenkomst.",
    "Hear the businesses, knowledge institutions and residents the tie would involve.":
        "Hoor de bedrijven, kennisinstellingen en inwoners die bij de band betrokken zouden zijn.",
    "Brief councillors and everyone who travels on knowledge security and digital safety.":
        "Informeer raadsleden en iedereen die afreist over kennisveiligheid en digitale veiligheid.",
    "Tell the council about missions and visits beforehand, and publish renewals and visits promptly.":
        "Meld missies en bezoeken vooraf aan de raad, en maak verlengingen en bezoeken snel openbaar.",
    "Route requests from Chinese delegations through regional partners that already know them.":
        "Leid verzoeken van Chinese delegaties via regionale partners die hen al kennen.",
    "Keep symbolic celebrations modest.": "Houd symbolische vieringen bescheiden.",
    "Evaluate at a set moment against the goals, economic results included, and report to the council.":
        "Evalueer op een vast moment aan de hand van de doelen, economische resultaten inbegrepen, en rapporteer aan de raad.",
    "If the tie ends, coordinate with the national government, phase it down, tell the partner openly and point businesses to other help.":
        "Als de band eindigt: stem af met het Rijk, bouw de band geleidelijk af, zeg het de partner openlijk en wijs bedrijven op andere hulp.",
    "Share the evaluation and the decision with other local governments.":
        "Deel de evaluatie en het besluit met andere lokale overheden.",
    # The strategy chapter's table
    "Its Chinese partner": "Haar Chinese partner",
    "Local tie in the same Chinese province": "Lokale band in dezelfde Chinese provincie",
    # Headings
    "Open matters": "Open kwesties",
    "History": "Geschiedenis",
    "Decisions": "Besluiten",
    "Notes": "Toelichting",
    "Sources": "Bronnen",
    "Ties": "Banden",
    "What public sources say (desk assessment)": "Wat openbare bronnen zeggen (bureauonderzoek)",
    "How it was searched": "Hoe er is gezocht",
    # Columns
    "When": "Wanneer",
    "Event": "Gebeurtenis",
    "What happened": "Wat er gebeurde",
    "In the source's words": "In de woorden van de bron",
    "Body": "Orgaan",
    "Outcome": "Uitkomst",
    "Vote": "Stemming",
    "Reasons given": "Genoemde redenen",
    "Tie": "Band",
    "Question": "Vraag",
    "Answer": "Antwoord",
    "What the source says": "Wat de bron zegt",
    "Searched on": "Gezocht op",
    "Kinds of source": "Soorten bronnen",
    "Queries": "Zoekopdrachten",
    "Found": "Gevonden",
    "The lead": "De aanwijzing",
    "Dutch province": "Nederlandse provincie",
    "Chinese province": "Chinese provincie",
    "Dutch level": "Nederlandse bestuurslaag",
    # Captions and sentences
    "Events in the tie {tie}": "Gebeurtenissen in de band {tie}",
    "Decisions concerning {tie}": "Besluiten over {tie}",
    "Ties of {name}": "Banden van {name}",
    "Decisions of {name}": "Besluiten van {name}",
    "Desk assessment of {name}": "Bureauonderzoek naar {name}",
    "A tie between {nl} in the Netherlands and {cn} in China: {kind}, since {year}, {status}.":
        "Een band tussen {nl} in Nederland en {cn} in China: {kind}, sinds {year}, {status}.",
    "A tie between {nl} in the Netherlands and {cn} in China: {kind}, start not known, {status}.":
        "Een band tussen {nl} in Nederland en {cn} in China: {kind}, begin niet bekend, {status}.",
    "{name}: {level} {where}{country}, with {n} tie in this report's register.":
        "{name}: {level} {where}{country}, met {n} band in het register van dit rapport.",
    "{name}: {level} {where}{country}, with {n} ties in this report's register.":
        "{name}: {level} {where}{country}, met {n} banden in het register van dit rapport.",
    "in {province}, ": "in {province}, ",
    "{name} province": "provincie {name}",
    "the Netherlands": "Nederland",
    "China": "China",
    "{kind} of {date}": "{kind} van {date}",
    "outcome not found in public sources": "uitkomst niet gevonden in openbare bronnen",
    "not found in public sources": "niet gevonden in openbare bronnen",
    "Report a correction to this tie": "Meld een correctie op deze band",
    "Report a correction to this page": "Meld een correctie op deze pagina",
    "Report a tie or a correction for this page": "Meld een band of een correctie voor deze pagina",
    "archived copy": "gearchiveerde kopie",
    "no dated source": "geen gedateerde bron",
    "undated": "ongedateerd",
    "Where {name} lies in the Netherlands": "Waar {name} ligt in Nederland",
    "Where {name} lies in China": "Waar {name} ligt in China",
    # The census page of an authority without a tie
    "{name}: {kind}{where}, the Netherlands. {found}": "{name}: {kind}{where}, Nederland. {found}",
    " in {province}": " in {province}",
    "The searches of public sources listed below found no tie with a Chinese government.":
        "De zoektochten in openbare bronnen hieronder vonden geen band met een Chinese overheid.",
    "The searches found a lead that no source confirms (below); the register has no tie.":
        "De zoektochten vonden een aanwijzing die geen bron bevestigt (hieronder); het register heeft geen band.",
    "The searches found the ties listed below.": "De zoektochten vonden de banden hieronder.",
    "“No tie found” means that these searches found nothing, not that there never was a tie. "
    "Know of one? Please tell us, with a public source.":
        "‘Geen band gevonden’ betekent dat deze zoektochten niets vonden, niet dat er nooit een band was. "
        "Kent u er een? Laat het ons weten, met een openbare bron.",
    "{province}, the Netherlands": "{province}, Nederland",
    "The census of every Dutch authority": "De telling van alle Nederlandse overheden",
    "The register of ties": "Het register van banden",
}


def say(text: str, lang: str = "en", **fields: object) -> str:
    """The report's phrase `text` (its English wording) in the edition's language, with its
    `{fields}` filled in."""
    if lang == "en":
        chosen = text
    elif lang == "nl":
        try:
            chosen = DUTCH[text]
        except KeyError:
            raise KeyError(f"no Dutch wording for {text!r}") from None
    else:
        raise ValueError(f"no edition in language {lang!r}")
    return chosen.format(**fields) if fields else chosen
