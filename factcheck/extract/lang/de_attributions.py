"""German attribution cues as data: verbs, prepositional cues, Konjunktiv forms, function words.

The engine (factcheck/extract/attributions.py) reads only the tables (VERBS, NACH_NOUNS, ...).
Cue verbs are listed as lemmas ("mit|teilen", "bestreiten"); _lemma() generates every form the
engine looks up -- present 3sg/3pl, preterite 3sg/3pl, Konjunktiv I and II, the participle, and
the particle attached in verb-final clauses ("dass er mitteilte") -- from the lemma and, for
strong verbs, the principal parts in STRONG. A verb entry says
  act      assert | deny | demand | evaluate
  kind     "say": needs clausal content (", dass ...", ", er sei ...", ": „...“", or the
                  content in front: "..., sagte X");
           "obj": an object is content enough ("fordert eine Untersuchung");
  particle the separable part that must close the clause ("teilte ... mit", "weist ... zurück")
  needs    a word that must follow in the clause ("bezeichnete ... als", "rechnet mit")
"""
from __future__ import annotations

_INSEP = ("be", "er", "ver", "ent", "zer", "ge", "emp", "miss", "über", "unter", "wider", "hinter")

# Principal parts of the strong, mixed and irregular verbs the cue lemmas are built on:
# infinitive -> (present 3sg, preterite 3sg, participle, Konjunktiv II 3sg). Everything else is
# generated: a verb not in this table is conjugated as a regular (weak) verb.
STRONG = {
    "geben": ("gibt", "gab", "gegeben", "gäbe"),
    "sprechen": ("spricht", "sprach", "gesprochen", "spräche"),
    "schreiben": ("schreibt", "schrieb", "geschrieben", "schriebe"),
    "weisen": ("weist", "wies", "gewiesen", "wiese"),
    "werfen": ("wirft", "warf", "geworfen", "würfe"),
    "schlagen": ("schlägt", "schlug", "geschlagen", "schlüge"),
    "heben": ("hebt", "hob", "gehoben", "höbe"),
    "streichen": ("streicht", "strich", "gestrichen", "striche"),
    "streiten": ("streitet", "stritt", "gestritten", "stritte"),
    "halten": ("hält", "hielt", "gehalten", "hielte"),
    "nennen": ("nennt", "nannte", "genannt", "nennte"),
    "dringen": ("dringt", "drang", "gedrungen", "dränge"),
    "wenden": ("wendet", "wandte", "gewandt", "wendete"),
    "rufen": ("ruft", "rief", "gerufen", "riefe"),
    "bitten": ("bittet", "bat", "gebeten", "bäte"),
    "raten": ("rät", "riet", "geraten", "riete"),
    "empfehlen": ("empfiehlt", "empfahl", "empfohlen", "empfähle"),
    "schließen": ("schließt", "schloss", "geschlossen", "schlösse"),
    "finden": ("findet", "fand", "gefunden", "fände"),
    "gehen": ("geht", "ging", "gegangen", "ginge"),
    "greifen": ("greift", "griff", "gegriffen", "griffe"),
    "fahren": ("fährt", "fuhr", "gefahren", "führe"),
    "werben": ("wirbt", "warb", "geworben", "würbe"),
}


def _stem(inf: str) -> str:
    return inf[:-1] if inf.endswith(("eln", "ern")) else inf[:-2]


def _dental(stem: str) -> bool:
    """Stems that take an -e- before -t ("meldet", "rechnete", "ortet")."""
    return stem.endswith(("t", "d", "chn", "ffn", "gn", "dm", "tm"))


def _paradigm(inf: str, prefix: str = "") -> tuple[list[str], str]:
    """Finite forms (present 3sg/3pl, preterite 3sg/3pl, Konjunktiv I and II, 1sg; no 2nd person:
    news does not address anyone, and "äußerst" is an adverb) and the
    participle of a verb without its separable particle. `prefix` is an inseparable prefix that
    the table entry lacks ("be" + "streiten")."""
    if inf in STRONG:
        pres, pret, part, konj2 = STRONG[inf]
        stem = _stem(inf)
        fin = [pres, inf, pret, pret + ("n" if pret.endswith("e") else "en"), stem + "e", konj2, konj2 + "n"]
        if prefix:
            part = part[2:] if part.startswith("ge") else part
    else:
        stem = _stem(inf)
        e = "e" if _dental(stem) else ""
        fin = [stem + e + "t", inf, stem + e + "te", stem + e + "ten", stem + "e"]
        if inf.endswith(("eln", "ern")):
            fin[4] = stem + "e" if not stem.endswith("e") else stem  # "fordere" / "fordre"
        insep = inf.startswith(_INSEP) and len(inf) > 6 or inf.endswith("ieren") or prefix
        part = (stem if insep else "ge" + stem) + e + "t"
    fin = [prefix + f for f in fin]
    part = prefix + part if prefix and not part.startswith(prefix) else part
    return list(dict.fromkeys(fin)), part


def _split(lemma: str) -> tuple[str, str, str]:
    """'mit|teilen' -> ('mit', '', 'teilen'); 'bestreiten' -> ('', 'be', 'streiten');
    'deutlich machen' -> ('deutlich', '', 'machen')."""
    particle, _, inf = lemma.rpartition("|") if "|" in lemma else lemma.rpartition(" ")
    for p in sorted(_INSEP, key=len, reverse=True):
        if inf.startswith(p) and inf[len(p):] in STRONG:
            return particle, p, inf[len(p):]
    return particle, "", inf


def _lemma(lemma: str) -> dict[str, str]:
    """Every surface form of a cue lemma: form -> 'fin' (finite; a separable particle may follow
    later in the clause), 'part' (participle, or a verb-final form with the particle attached:
    "dass er mitteilte"), or 'both' ("erklärt": finite or participle)."""
    particle, prefix, inf = _split(lemma)
    fin, part = _paradigm(inf, prefix)
    out = {f: "fin" for f in fin}
    if particle:
        for f in fin:
            out.setdefault(particle + f, "part")
        pp = particle + part
        if particle.isalpha() and len(particle) > 4:  # "deutlich gemacht", "bekannt gegeben": written apart
            out.setdefault(part, "part")
        part = pp
    out[part] = "both" if out.get(part) == "fin" else "part"
    return out


VERBS: dict[str, list[tuple]] = {}


def _add(lemmas: str, act: str = "assert", kind: str = "say", needs: tuple[str, ...] = ()) -> None:
    """Register every form of the lemmas; a form can carry several readings ("spricht" vs
    "spricht sich ... aus"); readings with a particle or a needed word come first, so the engine
    tries the more specific one first."""
    for lemma in lemmas.split(","):
        lemma = lemma.strip()
        if not lemma:
            continue
        particle = _split(lemma)[0]
        for form, how in _lemma(lemma).items():
            lst = VERBS.setdefault(form, [])
            reading = (how, act, kind, particle, needs)
            if reading not in lst:
                lst.append(reading)
                lst.sort(key=lambda r: (not r[3], not r[4]))


# Lemmas, not forms: "mit|teilen" has a separable particle ("teilte ... mit", "mitgeteilt"),
# "deutlich machen" a separable adjective. A verb entry says
#   act      assert | deny | demand | evaluate
#   kind     "say": needs clausal content (", dass ...", ", er sei ...", ": „...“", or the
#                   content in front: "..., sagte X"); "obj": an object is content enough
#   needs    a word that must stand in the clause ("bezeichnete ... als", "rechnet mit")
# Reporting verbs with clausal content.
_add("""sagen, erklären, betonen, bekräftigen, berichten, kritisieren, monieren, beklagen, bemängeln,
    versichern, bestätigen, behaupten, melden, erläutern, ergänzen, warnen, unterstreichen, twittern,
    antworten, entgegnen, argumentieren, verkünden, schildern, meinen, schreiben, sprechen, mahnen,
    beteuern, konstatieren, bilanzieren, resümieren, beanstanden, präzisieren, insistieren,
    prophezeien, versprechen, erinnern, klagen, verweisen, mit|teilen, an|kündigen, an|geben, zu|geben,
    ein|räumen, hinzu|fügen, klar|stellen, deutlich machen, hin|weisen, vor|werfen, bekannt geben,
    hervor|heben, fest|stellen, zu|sichern, ein|wenden, aus|führen, an|merken, fest|halten,
    voraus|sagen, vorher|sagen, zu|geben, zusammen|fassen, resümieren, finden, kommentieren, loben,
    bedauern, heraus|finden, äußern, erfahren""")
# "Die Polizei geht davon aus, dass ...": an assessment with clausal content.
_add("aus|gehen", kind="obj", needs=("davon",))
# What a study, a report or a survey shows: clausal content only ("Die Umfrage ergab, dass ...").
_add("zeigen, belegen, ergeben, verdeutlichen")
# Reporting verbs whose object is the content: "berichtete von Fortschritten", "warnt vor einer
# Rezession", "spricht von einem Skandal", "ortet Mängel" (Austrian: finds, diagnoses).
_add("berichten, sprechen, erzählen", kind="obj", needs=("von",))
_add("warnen, mahnen", kind="obj", needs=("vor", "davor"))
_add("orten", kind="obj")
_add("verantwortlich machen", kind="obj")
_add("erwarten, prognostizieren, ein|schätzen, voraus|sagen, vorher|sagen", kind="obj")
# Denials.
_add("bestreiten, zurück|weisen, ab|lehnen, dementieren, widersprechen", act="deny", kind="obj")
# Demands and proposals.
_add("""auf|fordern, fordern, verlangen, plädieren, appellieren, vor|schlagen, vor|schweben,
    an|mahnen""", act="demand", kind="obj")
# "beantragen" with a noun object is an action ("hat Insolvenz beantragt", "beantragte einen Kredit");
# it demands only with a clause ("beantragte, das Verfahren einzustellen", "..., dass ...").
# With a noun, only an action or measure asked of someone is a demand ("beantragte bei der EU eine
# Verschiebung", "beantragt die Aussetzung des Verfahrens"); ACTION_NOUN_* tell which nouns those are.
_add("beantragen", act="demand")
_add("beantragen", act="demand", kind="obj")
ACTION_OBJECT = frozenset(_lemma("beantragen"))
ACTION_NOUN_ENDINGS = ("ung", "stopp", "verbot", "aufschub", "rücknahme", "rückzug", "freilassung", "abbruch")
# Nouns in -ung that name something one obtains, not an action asked of someone.
NOT_ACTION_NOUNS = ("genehmigung", "förderung", "zulassung", "bewilligung", "unterstützung", "entschädigung",
                    "finanzierung", "zahlung", "leistung", "wohnung", "rechnung", "zeitung")
_add("ersuchen, bitten", act="demand", kind="obj", needs=("um",))
_add("dringen, drängen", act="demand", kind="obj", needs=("auf", "darauf"))
_add("aus|sprechen", act="demand", kind="obj", needs=("für", "dafür", "gegen", "dagegen"))
_add("auf|rufen", act="demand", kind="obj", needs=("zu", "zum", "zur", "dazu"))
_add("raten", act="demand", kind="obj", needs=("zu", "zum", "zur", "dazu"))
_add("empfehlen", act="demand", kind="obj")
_add("ab|raten, warnen", act="demand", kind="obj", needs=("von", "vom", "davon"))
# Evaluations and forecasts.
_add("bezeichnen", act="evaluate", kind="obj", needs=("als",))
_add("nennen", act="evaluate", kind="obj")
_add("halten", act="evaluate", kind="obj", needs=("für",))
_add("rechnen", kind="obj", needs=("mit", "damit"))
_add("beziffern, schätzen", kind="obj", needs=("auf",))  # "bezifferte den Schaden auf fünf Millionen"
# Verbs whose object must be indefinite to make a statement: "ortet Mängel" but "ortete das Handy".
INDEFINITE_OBJECT = frozenset(f for f in VERBS if f in _lemma("orten"))

# Reflexive uses that report nothing: "ergab sich ein Problem", "fand sich". ("zeigte sich zuversichtlich,
# dass ..." does report: its clause is the content.)
NOT_REFLEXIVE = frozenset(f for lemma in ("ergeben", "finden", "belegen") for f in _lemma(lemma))
# Nouns of time: "im Jahr 1990 wurde gesagt" names no source.
TIME_NOUNS = frozenset("""jahr jahren jahres sommer winter herbst frühjahr frühling monat monaten woche wochen
    tag tagen zeit zeiten vergangenheit zukunft anfang ende mitte""".split())
# "forderte 600.000 Tote": fordern with victims is no demand.
VICTIM_VERBS = frozenset("fordert fordern forderte forderten gefordert".split())
VICTIM_NOUNS = frozenset("""opfer todesopfer tote toten menschenleben verluste verletzte leben
    verwundete""".split())
# Verbs that evaluate only with a predicate after the object ("nennt den Plan riskant").
NEEDS_PREDICATE = frozenset("nennt nennen nannte nannten genannt nenne".split())
# Separable particles that, closing a clause, make a verb another verb ("drängten ... zurück").
PARTICLES = frozenset("""zurück ab an auf aus ein mit vor zu hin her fest weg fort nach um bei heraus hinaus
    herum zusammen statt""".split())

# Speech acts that only tell who is speaking (Konjunktiv sentences after them continue them).
SPEAKER_ONLY = frozenset(f for lemma in ("werben", "verurteilen", "an|greifen", "äußern", "reagieren", "verteidigen",
                                          "drohen", "begründen", "appellieren", "wenden")
                         for f in _lemma(lemma))

# Words after the verb that make a cue a refusal ("wollte ... nicht mitteilen") or a question.
REFUSAL_MODALS = frozenset("wollte wollten will wollen mochte mochten konnte konnten".split())
NEGATIONS = frozenset("nicht nichts kein keine keinen keiner".split())
# Verbs that only report when negated refusals are excluded; "äußern" is a cue only as "sich ... äußern"
# with a quote after a colon, which the quote rules handle.

# "erfuhr die Zeitung aus Regierungskreisen": learning from someone; the "aus/von" phrase is the source.
LEARN_VERBS = frozenset(_lemma("erfahren"))
# "hieß es", "heißt es": impersonal report cues.
HEISST = frozenset("heißt hieß hiess heisst".split())

# Prepositional cues. Nouns after "nach" that make it a source cue, as a word or as the head of a
# compound ("nach NDR-Recherchen", "nach US-Angaben", "nach Brancheninformationen").
# Nouns of information, knowledge or statement: after "nach" ("nach Angaben der Polizei", "nach
# derzeitigem Ermittlungsstand der Polizei", "nach NDR-Recherchen") and before "zufolge" ("Ersten
# Erkenntnissen zufolge") they make a source cue; as a word or as the head of a compound.
NACH_NOUNS = tuple("""angaben informationen information recherchen recherche aussage aussagen darstellung
    darstellungen einschätzung einschätzungen ansicht auffassung meinung schätzung schätzungen
    berechnungen berechnung erkenntnissen erkenntnis erkenntnisse berichten bericht berichts worten
    überzeugung prognose prognosen ermittlungen ermittlungsstand kenntnisstand wissensstand
    informationsstand feststellungen feststellung daten zahlen umfrage umfragen studie studien
    mitteilung mitteilungen analyse analysen untersuchung untersuchungen messungen hochrechnung
    hochrechnungen auswertung auswertungen befragung befragungen beobachtungen beobachtung statistik
    statistiken vermutung vermutungen darlegung schilderung schilderungen lesart version kenntnis
    kenntnissen einschätzung beurteilung ansichten""".split())
# Of those, the documents, which are a source in their own right before "zufolge" ("Dem Bericht
# zufolge", "Einer Umfrage zufolge"); the others point to a source named elsewhere ("Den Angaben zufolge").
DOCUMENT_NOUNS = frozenset("""bericht berichts berichten studie studien umfrage umfragen analyse analysen
    statistik statistiken mitteilung mitteilungen untersuchung untersuchungen daten zahlen hochrechnung
    hochrechnungen auswertung auswertungen befragung befragungen prognose prognosen""".split())
# Heads of a compound that names its source in front ("nach NDR-Recherchen", "nach Polizeiangaben"):
# only heads that cannot end an unrelated word ("Soldaten" ends in "daten", "Antworten" in "worten").
NACH_COMPOUND_HEADS = ("angaben", "informationen", "recherchen", "aussagen", "darstellung", "einschätzung",
                       "ansicht", "auffassung", "meinung", "schätzungen", "berechnungen", "erkenntnissen",
                       "berichten", "prognose", "prognosen", "ermittlungen", "umfrage", "umfragen")
# "wie aus dem Bericht hervorgeht", "Aus den Daten geht hervor, dass": the "aus" phrase is the source.
HERVORGEHEN = frozenset("hervorgeht hervorging hervorgehe hervorgehen hervorgingen hervorgegangen hervor".split())
SICHT_NOUNS = frozenset("sicht".split())  # "aus ihrer Sicht", "aus Sicht der Regierung"
# Legal and normative sources are not speakers ("laut Benn-Gesetz", "nach Angaben der Verordnung").
LEGAL_HEADS = ("gesetz", "gesetzes", "verordnung", "vertrag", "vertrags", "paragraf", "paragraph",
               "richtlinie", "satzung", "grundgesetz", "verfassung", "urteil", "beschluss", "fahrplan",
               "regel", "regeln", "vorschrift", "vorschriften")

# Nouns that report what someone said when a genitive source and a clause follow them
# ("Vorwürfe der US-Geheimdienste, der Kreml habe ...").
NOMINAL_CUES = frozenset(
    """vorwurf vorwürfe vorwürfen behauptung behauptungen warnung warnungen einschätzung
    darstellung aussage aussagen angabe angaben forderung forderungen befürchtung befürchtungen
    ankündigung kritik""".split())
# "X – das war die Kernforderung der Y": a summary noun that names whose statement X is.
SUMMARY_NOUNS = frozenset(
    """forderung kernforderung hauptforderung botschaft kernbotschaft fazit einschätzung position
    meinung ansicht prognose warnung""".split())
# "gilt für X als ...": an evaluation with a source.
GILT = frozenset("gilt gelten galt galten".split())

# Konjunktiv I forms (3rd person) that cannot be indicative, and Konjunktiv II substitutes.
KONJ1 = frozenset(
    """sei seien seist habe werde könne müsse solle wolle dürfe möge wisse gebe gehe komme liege
    stehe bleibe brauche gelte bedeute leiste richte fehle befinde handle handele zeige mache sehe halte trage lasse laufe
    heiße bestehe entstehe verstehe finde erlaube überwiege verkläre entziehe schätze plane
    arbeite rechne erwarte fordere lehne wolle verfüge betrage belaufe diene reiche spreche
    treffe helfe nehme gelte falle führe hänge""".split())
KONJ2 = frozenset(
    """hätte hätten wäre wären würde würden könnte könnten müsste müssten dürfte dürften
    gäbe gäben käme kämen stünde stünden ginge läge lägen""".split())  # not "sollte", "gingen": Präteritum too
# "Er soll die Frau bedroht haben": hearsay, reported right after a statement (with a perfect infinitive).
HEARSAY_MODALS = frozenset("soll sollen".split())
# Lower-case words ending in -e that are not verbs (so the "-e + es/sich" rule leaves them alone).
NOT_VERB_E = frozenset(
    """wurde eine keine seine ihre meine deine unsere eure diese jene welche solche manche beide alle
    viele einige wenige andere mehrere ganze gesamte gerne gern heute ohne alleine lange gerade
    erste zweite dritte letzte nächste große kleine neue alte hohe eigene bisherige jetzige
    derzeitige weitere gleiche selbe ebene genaue""".split())
INTENSIFIERS = frozenset("sehr extrem besonders so zu ganz recht ziemlich äußerst überaus".split())
KONJ_E_NEIGHBOURS = frozenset("es sich man er sie ihm ihr ihn uns".split())

# Function words.
DETERMINERS = frozenset(
    """der die das des dem den ein eine einer eines einem einen kein keine keiner keines keinem
    keinen sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren dieser diese
    dieses diesem diesen jener jene jenes unser unsere""".split())
PREPOSITIONS = frozenset(
    """in im ins am an auf aus bei beim mit nach seit von vom vor zu zum zur über unter um durch
    für gegen ohne bis ab wegen trotz während gegenüber laut neben zwischen hinter angesichts
    innerhalb außerhalb statt dank infolge""".split())
TIME_WORDS = frozenset(
    """am im um gegen seit bis ab heute gestern morgen vorgestern zuletzt jetzt nun bereits schon
    anschließend danach später zuvor damals erneut""".split())
CONJUNCTIONS = frozenset("und oder sowie sondern aber denn doch".split())
SUBORDINATORS = frozenset(
    """dass daß ob weil wenn als da nachdem bevor obwohl solange sobald damit falls während wie
    wo woher wohin warum weshalb wieso was wer wen wem""".split())
RELATIVES = frozenset("der die das dem den deren dessen denen welche welcher welches was wo".split())
PRONOUNS = {  # pronoun -> (gender/number hint)
    "er": "m", "sie": "fp", "es": "n", "man": "x", "ihm": "m", "ihn": "m",
    "ihrer": "fp", "ihren": "fp", "ihrem": "fp", "ihre": "fp", "ihr": "fp",
    "seiner": "m", "seinen": "m", "seinem": "m", "seine": "m", "sein": "m",
}
POSSESSIVE_SOURCES = frozenset("seinen seiner ihren ihrer eigenen eigener".split())
ADVERBS = frozenset(
    """auch aber zudem weiter weiterhin jedoch dann nun jetzt bereits erneut noch ebenfalls später
    gestern heute zuletzt außerdem ferner allerdings schon nochmals nochmal sofort zunächst damit
    dabei dazu indes inzwischen mittlerweile deshalb daher trotzdem vielmehr sogar nur etwa rund
    bislang bisher vorher anschließend danach zuvor ausdrücklich vehement scharf klar deutlich
    gegenüber offen öffentlich weiter demnach jedenfalls ähnlich ebenso genauso so daher dennoch
    gleichzeitig zugleich stattdessen erstmals derzeit aktuell damals immerhin offenbar angeblich
    vermutlich wahrscheinlich möglicherweise tatsächlich hierzu darüber ausserdem daraufhin darauf
    dagegen dadurch deswegen hingegen letztlich schließlich anfangs rückblickend ebenso folglich
    somit sodann""".split())
AUX = frozenset(
    """hat hatte haben hatten habe hätte hätten ist war sind waren sei seien wäre wären wird wurde
    werden wurden werde würde würden kann konnte können konnten könne könnte soll sollte sollen
    sollten solle will wollte wollen wollten wolle muss musste müssen mussten müsse müsste""".split())
# Nouns (or compound heads) naming a role: "Sparkassenpräsident Helmut Schleweis" -> the name.
ROLE_SUFFIXES = ("präsident", "präsidentin", "chef", "chefin", "sprecher", "sprecherin", "minister",
                 "ministerin", "kanzler", "kanzlerin", "vorsitzende", "vorsitzender", "leiter",
                 "leiterin", "direktor", "direktorin", "abgeordnete", "abgeordneter", "professor",
                 "professorin", "beauftragte", "beauftragter", "ökonom", "ökonomin", "analyst",
                 "analystin", "experte", "expertin", "bürgermeister", "bürgermeisterin", "führer",
                 "sekretär", "sekretärin", "verbündeter", "verbündete", "berater", "beraterin",
                 "anwalt", "anwältin", "manager", "managerin", "staatschef", "regierungschef")
# Noun endings that are (almost always) feminine: "Nachrichtenagentur", "Regierung", "Initiative".
FEMININE_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "tur", "ei", "ik", "enz", "anz", "agentur",
                    "behörde", "initiative", "partei", "regierung", "polizei")
# "Wie X mitteilte, ..." and quotes: the quote characters (opening -> closers).
QUOTES = {"„": "“”\"", "“": "”\"", "«": "»", "»": "«", "‚": "‘’", '"': '"', "``": "''", "”": "”"}
# Pronouns that stand for the speaker when they are the subject of a cue.
SUBJECT_PRONOUNS = frozenset("er sie es man".split())

# Role mentions that stand for a person named before ("Der Minister sagte", "die SPD-Chefin erklärte",
# "der Grünen-Politiker"): a definite article in the nominative and a singular role noun or compound
# head. Masculine heads; the feminine is the head + "in" ("Ministerin"). ROLE_ADJ_NOUNS are nominalised
# adjectives that serve both ("der/die Vorsitzende", "der/die 55-Jährige").
ROLE_ARTICLES = frozenset("der die".split())
ROLE_ADJ_NOUNS = ("vorsitzende", "abgeordnete", "beauftragte", "angeklagte", "jährige")
ROLE_NOUNS = ("präsident", "chef", "sprecher", "minister", "kanzler", "leiter", "direktor", "professor",
              "ökonom", "analyst", "experte", "bürgermeister", "führer", "sekretär", "berater", "anwalt",
              "manager", "politiker", "kandidat", "gründer", "trainer", "autor", "forscher",
              "wissenschaftler", "unternehmer", "kritiker", "aktivist", "journalist", "richter",
              "staatsanwalt", "ermittler", "schauspieler", "sänger", "verteidiger", "landrat", "senator",
              "botschafter", "diplomat", "gouverneur", "premier", "mediziner", "virologe", "historiker",
              "jurist", "demokrat", "republikaner", "funktionär", "gewerkschafter")
# Last words that make a capitalised name an organisation, not a person ("Deutsche Bank").
ORG_ENDINGS = ("bank", "gmbh", "kommission", "regierung", "partei", "union", "verband", "institut",
               "ministerium", "polizei", "gericht", "agentur", "zeitung", "konzern", "group", "bund",
               "haus", "stiftung", "verein", "gesellschaft", "behörde", "spiegel")
ORG_WORDS = frozenset("ag se amt rat post welt kg".split())
# Role heads of someone who speaks for a body: resolved only to a person named in that role.
ANON_ROLE_HEADS = frozenset(["sprecher", "ermittler"])
# Role heads that describe a person without naming an office: they may stand for anyone named before.
DESCRIPTOR_HEADS = frozenset("politiker jährige unternehmer demokrat republikaner jurist aktivist".split())
