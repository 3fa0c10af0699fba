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
    # Charts: titles, axes, legends, tooltips, descriptions and the words around them
    "Data to {date}.": "Gegevens tot {date}.",
    "Source: {source}.": "Bron: {source}.",
    "this report's register of ties": "het register van banden van dit rapport",
    "this report's desk assessment": "het bureauonderzoek van dit rapport",
    "this report's census of Dutch authorities": "de telling van Nederlandse overheden van dit rapport",
    "this report's stakeholder data": "de gegevens over betrokkenen van dit rapport",
    "this report's decisions data": "de gegevens over besluiten van dit rapport",
    "Dutch local governments and China": "Nederlandse lokale overheden en China",
    "The chart as a table ({n} rows)": "De grafiek als tabel ({n} rijen)",
    "the data (CSV)": "de gegevens (CSV)",
    "Download this chart:": "Download deze grafiek:",
    "The data of the chart: {title}": "De gegevens van de grafiek: {title}",
    "Chart: {title}": "Grafiek: {title}",
    "Save this chart": "Bewaar deze grafiek",
    "The interactive chart could not load: try again": "De interactieve grafiek kon niet laden: probeer het opnieuw",
    "Explore the chart (details on hover or tap)": "Verken de grafiek (details bij aanwijzen of tikken)",
    "Status of ties by Dutch level": "Status van banden per bestuurslaag",
    "Bar chart of {total} ties by the level of the Dutch authority and their latest known status. {parts}.":
        "Staafdiagram van {total} banden naar de bestuurslaag van de Nederlandse overheid en hun laatst bekende status. {parts}.",
    "Period": "Periode",
    "Setting": "Achtergrond",
    "Year": "Jaar",
    "Flow": "Stroom",
    "formed": "aangegaan",
    "suspended": "opgeschort",
    "ended": "beëindigd",
    "Ties in existence": "Bestaande banden",
    "Ties in existence (founding year known)": "Bestaande banden (beginjaar bekend)",
    "Not ended, founding year unknown": "Niet beëindigd, beginjaar onbekend",
    "Formed (up) / ended (down)": "Aangegaan (op) / beëindigd (neer)",
    "Ties over the decades": "Banden door de decennia",
    "Two charts sharing a time axis from {first} to {last}. Top: ties in existence at the end of each year, "
    "counting only ties whose founding year is known; the count peaks at {peak} in {peak_year} "
    "and stands at {now} in {last}. Bottom: {formed} ties formed and {ended} ended, by year. "
    "Shaded bands mark the periods {periods}.":
        "Twee grafieken met een gedeelde tijdas van {first} tot {last}. Boven: het aantal banden dat aan het eind van elk "
        "jaar bestaat, alleen banden met een bekend beginjaar; het hoogste aantal is {peak} in {peak_year}, en in {last} "
        "zijn het er {now}. Onder: {formed} banden aangegaan en {ended} beëindigd, per jaar. Gearceerde banen markeren de "
        "perioden {periods}.",
    "Reform and opening: the first ties": "Hervorming en openstelling: de eerste banden",
    "After 1989: trade-led ties": "Na 1989: banden gedreven door handel",
    "Partnership years": "Jaren van partnerschap",
    "Xi Jinping's first terms": "De eerste termijnen van Xi Jinping",
    "Reassessment and exits": "Herbezinning en beëindiging",
    "Ended ties citing the reason": "Beëindigde banden die de reden noemen",
    "Reason": "Reden",
    "Ended ties": "Beëindigde banden",
    "Share": "Aandeel",
    "Why ties ended": "Waarom banden eindigden",
    "Bar chart of the reasons cited in council, States and executive decisions in the run-up to the end of "
    "{n} ended ties. {parts}.":
        "Staafdiagram van de redenen die in besluiten van raad, Staten en college werden genoemd in de aanloop naar het "
        "einde van {n} beëindigde banden. {parts}.",
    "sourced answer": "antwoord met bron",
    "not found": "niet gevonden",
    " (province)": " (provincie)",
    "Source": "Bron",
    "What sources say, authority by authority": "Wat bronnen zeggen, per overheid",
    "Grid of {authorities} Dutch authorities by {questions} questions. "
    "{found} of {cells} cells have a sourced answer; the rest were not found in public sources. "
    "Best covered: {best} ({best_n} authorities); least: {worst} ({worst_n}).":
        "Raster van {authorities} Nederlandse overheden bij {questions} vragen. {found} van de {cells} cellen hebben een "
        "antwoord met bron; de rest is niet gevonden in openbare bronnen. Best gedekt: {best} ({best_n} overheden); "
        "minst: {worst} ({worst_n}).",
    "Dutch national": "Rijksoverheid",
    "Dutch local and provincial": "Gemeenten en provincies",
    "Advisers and networks": "Adviseurs en netwerken",
    "Chinese": "Chinees",
    "From": "Van",
    "Relation": "Relatie",
    "To": "Naar",
    "Relations": "Relaties",
    "Organisation": "Organisatie",
    "Group": "Groep",
    "Organisations linked": "Verbonden organisaties",
    "Who relates to whom": "Wie met wie verbonden is",
    "Network of {organisations} organisations and {relations} sourced relations, drawn in {n} columns: {columns}. "
    "The most connected is {top} with {top_n} relations. Relation types: {kinds}.":
        "Netwerk van {organisations} organisaties en {relations} relaties met bron, getekend in {n} kolommen: {columns}. "
        "De meest verbonden organisatie is {top}, met {top_n} relaties. Soorten relaties: {kinds}.",
    "Boundaries: CBS 2025 (CC BY 4.0).": "Grenzen: CBS 2025 (CC BY 4.0).",
    "Boundaries: Natural Earth, de facto;": "Grenzen: Natural Earth, de facto;",
    "no endorsement of any claim. Taiwan out of scope.": "geen oordeel over aanspraken. Taiwan valt erbuiten.",
    " Not drawn for want of a recorded location or a current boundary: {names}.":
        " Niet getekend bij gebrek aan een vastgelegde ligging of een huidige grens: {names}.",
    "Dutch authority": "Nederlandse overheid",
    "Chinese partners (status)": "Chinese partners (status)",
    "Other Dutch bodies": "Andere organen",
    "Map of the Netherlands. {municipalities} municipalities with a tie to a Chinese government are filled by the "
    "most active status among their ties ({statuses}). {provinces} provinces and {others} other bodies with ties are "
    "marked by symbols.":
        "Kaart van Nederland. {municipalities} gemeenten met een band met een Chinese overheid zijn ingekleurd naar de "
        "meest actieve status van hun banden ({statuses}). {provinces} provincies en {others} andere organen met banden "
        "zijn met symbolen aangegeven.",
    "Dutch authorities with a Chinese tie": "Overheden met een Chinese band",
    "Dutch ties in this province": "Nederlandse banden in deze provincie",
    "Chinese partner": "Chinese partner",
    "Chinese name": "Chinese naam",
    "Dutch partners (status)": "Nederlandse partners (status)",
    "Map of China's province-level units. {reached} of them have at least one tie with a Dutch authority, "
    "counting ties with the province itself or with a city, district or county in it. {partners} Chinese partners are "
    "marked by level: {levels}.":
        "Kaart van de provincies van China (en gelijkwaardige eenheden). {reached} daarvan hebben minstens één band met "
        "een Nederlandse overheid, met de provincie zelf of met een stad, district of county erin. {partners} Chinese "
        "partners zijn aangegeven naar bestuurslaag: {levels}.",
    "Chinese partners of Dutch authorities": "Chinese partners, naar bestuurslaag",
    "Status today": "Status nu",
    "Distance (km)": "Afstand (km)",
    "Two maps, the Netherlands above and China below, with a dot at each end of the {dated} ties whose founding year is "
    "known, coloured by status today; a slider chooses the year (default {last_year}) and only ties in existence at the end "
    "of that year are drawn. Pointing at a dot picks out the other end of its tie; the places with the most ties are named. "
    "{undated} ties with an unknown founding year are not shown. Median distance between partners: {median} km.":
        "Twee kaarten, Nederland boven en China onder, met een stip aan elk eind van de {dated} banden met een bekend "
        "beginjaar, gekleurd naar de status nu; met een schuifregelaar kiest u het jaar (standaard {last_year}) en alleen "
        "banden die aan het eind van dat jaar bestonden, worden getekend. Wijst u een stip aan, dan licht het andere eind "
        "van de band op; de plaatsen met de meeste banden staan bij naam. {undated} banden met een onbekend beginjaar "
        "ontbreken. Mediane afstand tussen partners: {median} km.",
    "Ties in existence, year by year": "Bestaande banden, jaar voor jaar",
    "What the census found": "Wat de telling vond",
    "Municipality": "Gemeente",
    "Map of the Netherlands with all {n} municipalities filled by what the census of public sources found ({found}).":
        "Kaart van Nederland met alle {n} gemeenten, ingekleurd naar wat de telling van openbare bronnen vond ({found}).",
    # The tables of the report's chapters
    "Ties formed": "Banden aangegaan",
    "Ties ended": "Banden beëindigd",
    "Reasons cited": "Genoemde redenen",
    "Dutch authorities with ties": "Nederlandse overheden met banden",
    "Chinese authorities with ties": "Chinese overheden met banden",
    "Chinese authority": "Chinese overheid",
    "Dutch partners": "Nederlandse partners",
    "Authorities": "Overheden",
    "Meaning": "Betekenis",
    "Date": "Datum",
    "decisions": "besluiten",
    "Sourced answers": "Antwoorden met bron",
    "Not found": "Niet gevonden",
    "Need": "Behoefte",
    "Survey or inventory": "Enquête of inventarisatie",
    "By": "Door",
    "Asked": "Gevraagd",
    "Answered": "Geantwoord",
    "Published findings": "Gepubliceerde uitkomsten",

    "Where": "Waar",
    "Milestone": "Mijlpaal",
    "Kind of source": "Soort bron",
    "Codes": "Codes",
    "Coding rule": "Codeerregel",
    "Published by": "Gepubliceerd door",
    "As of": "Peildatum",
    "Measure": "Maat",
    "Published": "Gepubliceerd",
    "Register (known founding year)": "Register (bekend beginjaar)",
    "Register (incl. unknown year)": "Register (incl. onbekend jaar)",
    "Register (sister/friendship only)": "Register (alleen stedenband/vriendschap)",
    "Why they differ": "Waarom ze verschillen",
    "What the census adds": "Wat de telling toevoegt",
    # Downloads, the data dictionary and the bibliography
    "All resources": "Alle gegevenssets",
    "Resource": "Gegevensset",
    "File": "Bestand",
    "Holds": "Inhoud",
    "Rows": "Rijen",
    "Fields": "Velden",
    "Size": "Grootte",
    "Chapter": "Hoofdstuk",
    "Notebook": "Notebook",
    "Re-run": "Opnieuw uitvoeren",
    "Open on Binder": "Open op Binder",
    "The whole data package: descriptor, every resource, README, licence and a checksum manifest.":
        "Het hele datapakket: beschrijving, alle bestanden, README, licentie en een lijst met controlegetallen.",
    "The register as the book shows it, names instead of ids (Excel: a filter on every column).":
        "Het register zoals het boek het toont, met namen in plaats van codes (Excel: een filter op elke kolom).",
    "Every resource of the package, a sheet each, after a sheet describing them.":
        "Elk bestand van het pakket op een eigen blad, na een blad dat ze beschrijft.",
    "The point of every authority with a recorded location.": "De ligging van elke overheid waarvan die is vastgelegd.",
    "Title": "Titel",
    "What it holds": "Wat het bevat",
    "Primary key": "Primaire sleutel",
    "Field": "Veld",
    "Required": "Verplicht",
    "Constraints": "Beperkingen",
    "Refers to": "Verwijst naar",
    "Description": "Beschrijving",
    "yes": "ja",
    "unique": "uniek",
    "one of: {values}": "een van: {values}",
    "pattern {pattern}": "patroon {pattern}",
    "at least": "minstens",
    "at most": "hoogstens",
    "length at least": "lengte minstens",
    "length at most": "lengte hoogstens",
    "Publisher": "Uitgever",
    "Archived copy": "Gearchiveerde kopie",
    "Read on": "Gelezen op",
    "Language": "Taal",
    "Cited by rows": "Aangehaald door rijen",
    "Key": "Sleutel",
    "{day} (in the address)": "{day} (in het adres)",
    "sources": "bronnen",
    # The title page of the report's PDF
    "Fact-finding and needs assessment of Dutch local governments' partnerships with China":
        "Feitenonderzoek en behoeftepeiling naar de banden van Nederlandse lokale overheden met China",
    "Version {version}.": "Versie {version}.",
    "licence CC BY 4.0": "licentie CC BY 4.0",
    "{title}, version {version}": "{title}, versie {version}",
    # The register's words when no tie matches (HTML: links to the chapters of the same edition)
    '<p>No tie in the register matches. The register is incomplete: see how it compares with '
    '<a href="methods.html#reconciliation-with-published-counts">published counts</a> and what '
    '<a href="census.html">the census of every Dutch authority</a> found, or <a href="{missing}">report a missing tie</a>.</p>':
        '<p>Geen band in het register voldoet. Het register is onvolledig: zie hoe het zich verhoudt tot '
        '<a href="methods.html#vergelijking-met-gepubliceerde-tellingen">gepubliceerde tellingen</a> en wat '
        '<a href="census.html">de telling van alle Nederlandse overheden</a> vond, of <a href="{missing}">meld een ontbrekende band</a>.</p>',
    # What the census says about a published count
    "The census searched all {n} {kinds}: {tie} with a tie, {nothing} with nothing found":
        "De telling doorzocht alle {n} {kinds}: {tie} met een band, {nothing} zonder vondst",
    "municipalities": "gemeenten",
    "provinces": "provincies",
    "water boards": "waterschappen",
    ", {n} with a lead ({names}).": ", {n} met een aanwijzing ({names}).",
    ", none with a lead.": ", geen met een aanwijzing.",
    " The leads could explain at most {explained} of the difference of {gap}":
        " De aanwijzingen kunnen hoogstens {explained} van het verschil van {gap} verklaren",
    "; the other {rest} the census cannot explain: a tie no public source it searched names, "
    "or a count taken at another moment or of a wider kind of relation.":
        "; de overige {rest} kan de telling niet verklaren: een band die geen doorzochte openbare bron noemt, "
        "of een telling op een ander moment of van een ruimere soort relatie.",
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
