"""German attribution cues as data: verbs, prepositional cues, Konjunktiv forms, function words.

The engine (factcheck/extract/attributions.py) reads only the tables at the bottom of this
file; the helpers here just spell out the inflected forms of regular verbs so the lists stay
short and readable. A verb entry says
  act      assert | deny | demand | evaluate
  kind     "say": needs clausal content (", dass ...", ", er sei ...", ": „...“", or the
                  content in front: "..., sagte X");
           "obj": an object is content enough ("fordert eine Untersuchung");
           "speaker": a speech act without content; it names the speaker that following
                  Konjunktiv sentences continue ("hatte um Unterstützung geworben. Es sei ...")
  particle the separable part that must close the clause ("teilte ... mit", "weist ... zurück")
  needs    a word that must follow in the clause ("bezeichnete ... als", "rechnet mit")
"""
from __future__ import annotations

_INSEP = ("be", "er", "ver", "ent", "zer", "ge", "emp", "miss", "über", "unter", "wider", "hinter")


def _participle(stem: str, particle: str = "") -> str:
    t = "et" if stem.endswith(("t", "d", "chn", "ffn", "gn")) else "t"
    if stem.endswith("ier") or stem.startswith(_INSEP):
        return particle + stem + t
    return particle + "ge" + stem + t


def _weak(stem: str, particle: str = "") -> dict[str, str]:
    """Forms of a regular (weak) verb: form -> 'fin' (finite, particle may follow) or 'part'
    (participle / verb-final form with the particle attached)."""
    e = "e" if stem.endswith(("t", "d", "chn", "ffn", "gn")) else ""
    fin = [stem + e + "t", stem + "en", stem + "e", stem + e + "te", stem + e + "ten", stem + "st"]
    if stem.endswith(("el", "er")) and not stem.endswith("ier"):
        fin.append(stem + "n")  # "fordern", "äußern"
        fin.remove(stem + "en")
    out = {f: "fin" for f in fin}
    if particle:
        for f in fin:
            out[particle + f] = "part"  # verb-final in a subordinate clause: "dass er mitteile"
    pp = _participle(stem, particle)
    out[pp] = "both" if pp in out and out[pp] == "fin" else "part"  # "erklärt": finite or participle
    if particle and particle.isalpha() and len(particle) > 4:  # "deutlich gemacht", written apart
        out.setdefault(_participle(stem), "part")
    return out


def _strong(fin: str, part: str, particle: str = "") -> dict[str, str]:
    out = {f: "fin" for f in fin.split()}
    if particle:
        for f in fin.split():
            out[particle + f] = "part"
    pp = particle + part
    out[pp] = "both" if out.get(pp) == "fin" else "part"
    if particle and len(particle) > 4:  # "deutlich gemacht", "verantwortlich gemacht": written apart
        out.setdefault(part, "part")
    return out


def _verb(forms: dict[str, str], act: str = "assert", kind: str = "say", particle: str = "",
          needs: tuple[str, ...] = ()) -> dict[str, tuple]:
    return {f: (how, act, kind, particle, needs) for f, how in forms.items()}


VERBS: dict[str, list[tuple]] = {}


def _add(*entries: dict[str, tuple]) -> None:
    """Register forms; a form can carry several readings ("spricht" vs "spricht sich ... aus");
    readings with a particle come first, so the engine tries the more specific one first."""
    for e in entries:
        for k, v in e.items():
            lst = VERBS.setdefault(k, [])
            if v not in lst:
                lst.append(v)
                lst.sort(key=lambda r: (not r[3], not r[4]))


# Speech and report verbs with clausal content.
for _s in ("sag", "erklär", "beton", "bekräftig", "bericht", "kritisier", "monier", "beklag",
           "bemängel", "versicher", "bestätig", "behaupt", "meld", "erläuter", "ergänz", "warn",
           "unterstreich", "twitter", "antwort", "entgegn", "argumentier", "verkünd", "schilder",
           "mein"):
    _add(_verb(_weak(_s)))
_add(
    _verb(_strong("schreibt schreiben schrieb schrieben schreibe", "geschrieben")),
    _verb(_strong("spricht sprechen sprach sprachen spreche", "gesprochen"), kind="say"),
    _verb(_weak("teil", "mit"), particle="mit"),
    _verb(_weak("kündig", "an"), particle="an"),
    _verb(_strong("gibt geben gab gaben gebe", "gegeben", "an"), particle="an"),
    _verb(_strong("gibt geben gab gaben gebe", "gegeben", "zu"), particle="zu"),
    _verb(_weak("räum", "ein"), particle="ein"),
    _verb(_weak("füg", "hinzu"), particle="hinzu"),
    _verb(_weak("stell", "klar"), particle="klar"),
    _verb(_strong("macht machen machte machten mache", "gemacht", "deutlich"), particle="deutlich"),
    _verb(_strong("weist weisen wies wiesen weise", "gewiesen", "hin"), particle="hin"),
    _verb(_strong("wirft werfen warf warfen werfe", "geworfen", "vor"), particle="vor"),
    _verb(_strong("macht machen machte machten mache", "gemacht", "verantwortlich"), particle="verantwortlich",
          kind="obj"),
    _verb(_strong("erwartet erwarten erwartete erwarteten erwarte", "erwartet"), kind="obj"),
    _verb(_strong("gibt geben gab gaben gebe", "gegeben", "bekannt"), particle="bekannt"),
    _verb(_strong("schätzt schätzen schätzte schätzten schätze", "geschätzt", "ein"), particle="ein", kind="obj"),
)
# Denials.
_add(
    _verb(_strong("bestreitet bestreiten bestritt bestritten bestreite", "bestritten"), act="deny", kind="obj"),
    _verb(_strong("weist weisen wies wiesen weise", "gewiesen", "zurück"), act="deny", kind="obj",
          particle="zurück"),
    _verb(_weak("lehn", "ab"), act="deny", kind="obj", particle="ab"),
    _verb(_weak("dementier"), act="deny", kind="obj"),
    _verb(_strong("widerspricht widersprechen widersprach widersprachen widerspreche", "widersprochen"),
          act="deny", kind="obj"),
)
# Demands and proposals.
_add(
    _verb(_weak("forder", "auf"), act="demand", kind="obj", particle="auf"),
    _verb(_weak("forder"), act="demand", kind="obj"),
    _verb(_weak("verlang"), act="demand", kind="obj"),
    _verb(_weak("plädier"), act="demand", kind="obj"),
    _verb(_weak("appellier"), act="demand", kind="obj"),
    _verb(_weak("ersuch"), act="demand", kind="obj", needs=("um",)),
    _verb(_weak("beantrag"), act="demand", kind="obj"),
    _verb(_strong("dringt dringen drang drangen dringe drängt drängen drängte drängten", "gedrungen"),
          act="demand", kind="obj", needs=("auf", "darauf")),
    _verb(_strong("spricht sprechen sprach sprachen spreche", "gesprochen", "aus"), act="demand", kind="obj",
          particle="aus", needs=("für", "dafür", "gegen", "dagegen")),
    _verb(_strong("schlägt schlagen schlug schlugen schlage", "geschlagen", "vor"), act="demand", kind="obj",
          particle="vor"),
    _verb(_weak("schweb", "vor"), act="demand", kind="obj", particle="vor"),
)
# Evaluations and forecasts.
_add(
    _verb(_weak("bezeichn"), act="evaluate", kind="obj", needs=("als",)),
    _verb(_strong("nennt nennen nannte nannten nenne", "genannt"), act="evaluate", kind="obj"),
    _verb(_strong("hält halten hielt hielten halte", "gehalten"), act="evaluate", kind="obj", needs=("für",)),
    _verb(_weak("rechn"), kind="obj", needs=("mit", "damit")),
    _verb(_weak("prognostizier"), kind="obj"),
)
# "forderte 600.000 Tote": fordern with victims is no demand.
VICTIM_VERBS = frozenset("fordert fordern forderte forderten gefordert".split())
VICTIM_NOUNS = frozenset("""opfer todesopfer tote toten menschenleben verluste verletzte leben
    verwundete""".split())
# Verbs that evaluate only with a predicate after the object ("nennt den Plan riskant").
NEEDS_PREDICATE = frozenset("nennt nennen nannte nannten genannt nenne".split())
# Separable particles that, closing a clause, make a verb another verb ("drängten ... zurück").
PARTICLES = frozenset("zurück ab an auf aus ein mit vor zu hin her fest weg fort nach um bei".split())

# Speech acts that only tell who is speaking (Konjunktiv sentences after them continue them).
SPEAKER_ONLY = frozenset(
    "geworben wirbt warb werben warben verurteilte verurteilten verurteilt griff angegriffen".split())

# Words after the verb that make a cue a refusal ("wollte ... nicht mitteilen") or a question.
REFUSAL_MODALS = frozenset("wollte wollten will wollen mochte mochten konnte konnten".split())
NEGATIONS = frozenset("nicht nichts kein keine keinen keiner".split())
# Verbs that only report when negated refusals are excluded; "äußern" is a cue only as "sich ... äußern"
# with a quote after a colon, which the quote rules handle.

# "hieß es", "heißt es": impersonal report cues.
HEISST = frozenset("heißt hieß hiess heisst".split())

# Prepositional cues. Nouns after "nach" that make it a source cue, as a word or as the head of a
# compound ("nach NDR-Recherchen", "nach US-Angaben", "nach Brancheninformationen").
NACH_NOUNS = ("angaben", "informationen", "recherchen", "aussage", "aussagen", "darstellung",
              "einschätzung", "ansicht", "auffassung", "meinung", "schätzungen", "berechnungen",
              "erkenntnissen", "berichten", "worten", "überzeugung", "prognose", "prognosen")
PREP_LAUT = frozenset("laut lt.".split())
ZUFOLGE = frozenset(["zufolge"])
DEMNACH = frozenset(["demnach"])
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
# Lower-case words ending in -e that are not verbs (so the "-e + es/sich" rule leaves them alone).
NOT_VERB_E = frozenset(
    """eine keine seine ihre meine deine unsere eure diese jene welche solche manche beide alle
    viele einige wenige andere mehrere ganze gesamte gerne gern heute ohne alleine lange gerade
    erste zweite dritte letzte nächste große kleine neue alte hohe eigene bisherige jetzige
    derzeitige weitere gleiche selbe ebene genaue""".split())
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
