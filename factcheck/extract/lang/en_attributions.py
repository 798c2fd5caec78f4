"""English attribution cues as data (read by factcheck/extract/attributions.py).

VERBS maps a surface form to (act, kind, needs): kind "say" needs clausal content
("said the talks ended", "..., the embassy said"); "obj" takes an object as content
("denied the report", "called for an inquiry").
"""
from __future__ import annotations


# Irregular past forms; every other verb is inflected by rule (-s/-es/-ies, -ed/-d/-ied).
IRREGULAR_PAST = {"speak": "spoke", "find": "found", "show": "showed", "say": "said", "tell": "told", "write": "wrote", "forecast": "forecast",
                  "admit": "admitted", "regret": "regretted", "hold": "held", "rebut": "rebutted",
                  "foresee": "foresaw", "set": "set", "spell": "spelled", "lay": "laid"}
IRREGULAR_PARTICIPLE = {"speak": "spoken", "show": "shown", "write": "written", "foresee": "foreseen"}


def _inflect(lemma: str) -> list[str]:
    """Base, 3rd person singular, past and past participle of an English verb."""
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma in IRREGULAR_PAST:
        past = IRREGULAR_PAST[lemma]
    elif lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past = lemma[:-1] + "ied"
    else:
        past = lemma + "ed"
    return list(dict.fromkeys([lemma, third, past, IRREGULAR_PARTICIPLE.get(lemma, past)]))


VERBS: dict[str, tuple] = {}
# Phrasal verbs: the particle that must follow the verb ("pointed out that ...").
PHRASAL_PARTICLES = frozenset("out".split())


def _add(lemmas: str, act: str = "assert", kind: str = "say", needs: tuple[str, ...] = ()) -> None:
    """Register every form of the lemmas ("point out": the verb's forms, needing "out")."""
    for lemma in lemmas.split(","):
        words = lemma.split()
        if not words:
            continue
        need = tuple(words[1:]) or needs
        for f in _inflect(words[0]):
            VERBS.setdefault(f, (act, kind, need))


# Lemmas of reporting verbs (kind "say": clausal content; "obj": an object is content enough).
_add("""say, tell, state, claim, add, note, warn, argue, insist, admit, confirm, announce, report, write,
    tweet, explain, acknowledge, allege, assert, maintain, contend, testify, disclose, suggest,
    concede, emphasize, emphasise, stress, declare, reply, answer, respond,
    quote, charge, reiterate, remark, observe, comment, caution, recall, complain, point out,
    assure, promise, vow, pledge, affirm, conclude, reveal, indicate, retort, boast,
    lament, speculate, underline, clarify, specify, certify, speak""")
# Findings of a report or a study: clausal content only ("The study found that ...").
_add("find, show, conclude")
# Of those, verbs that report only with "that" ("showed that ..."; not "showed authorities e-mails").
THAT_ONLY = frozenset(f for lemma in ("find", "show") for f in _inflect(lemma))
_add("accuse", kind="obj", needs=("of",))
# Forecasts and estimates: an object is content enough ("expect the bank to raise rates",
# "estimated the damage at $2 billion").
_add("estimate, expect, forecast, predict, foresee, project", kind="obj")
_add("deny, reject, dispute, dismiss, refute, rebut, contest", act="deny", kind="obj")
_add("demand, urge, propose, request, recommend", act="demand", kind="obj")
_add("call, appeal, press", act="demand", kind="obj", needs=("for",))
_add("describe", act="evaluate", kind="obj", needs=("as",))
# Say-verbs whose content can be a prepositional object: "warned of delays", "spoke of a crisis".
OBJECT_PREPS = {f: preps for lemmas, preps in (("warn caution", ("of", "about", "against")),
                                               ("speak", ("of", "about")), ("complain", ("about", "of")))
                for lemma in lemmas.split() for f in _inflect(lemma)}
# Nouns of information: "according to a statement from the ministry" names the ministry.
INFO_NOUNS = frozenset("""statement statements report reports data figures figure survey poll estimates
    estimate study analysis release filing documents document letter announcement""".split())
# Passive reporting: "X was quoted (Friday by local media) as saying ...", "X was cited as saying";
# "X is said to ...": the report has no named source.
PASSIVE_AS_SAYING = frozenset("quoted cited".split())
PASSIVE_HEARSAY = frozenset("said reported alleged rumored rumoured".split())

# Verb forms that are also nouns ("a false report", "on charges"): cues only after a subject.
NOUNISH = frozenset("""report reports claim claims estimate estimates forecast forecasts charge charges
    call calls demand demands request requests quote state states note notes answer reply dispute
    disputes warn comment comments remark remarks promise promises pledge pledges vow vows caution
    point points recall""".split())
BE = frozenset("was were is are be been being".split())
AUX = frozenset("has have had will would was were is are did does do could can may might".split())
# Words after "to"/"not" that make a cue a refusal or an infinitive, not a statement.
REFUSAL = frozenset("refused declined refuse refuses declines decline".split())
NEGATIONS = frozenset("not never n't".split())
THAT = frozenset(["that"])
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier
    later on in at last this late early morning afternoon evening night week month year here""".split())
OBJECT_WORDS = frozenset("reporters him her them us me journalists".split())
DETERMINERS = frozenset("the a an this that these those his her its their our my".split())
PREPOSITIONS = frozenset(
    """in on at of for from with by to about after before during since until under over into
    through against between among without within""".split())
ADVERBS = frozenset("also still again however though then now earlier later recently previously".split())
SUBORDINATORS = frozenset("that whether if because when while although as since who which whom whose where".split())
RELATIVES = frozenset("who which whom whose that".split())
SUBJECT_PRONOUNS = frozenset("he she they it we".split())
PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "his": "m", "her": "f", "their": "p"}
LEGAL_HEADS = ("law", "act", "statute", "constitution", "treaty", "rule", "rules", "regulation", "code")
ROLE_SUFFIXES = ("ambassador", "minister", "president", "secretary", "spokesman", "spokeswoman",
                 "spokesperson", "chief", "director", "official", "senator", "governor", "mayor",
                 "chairman", "leader", "general", "commissioner", "prosecutor", "judge")
FEMININE_ENDINGS = ()
QUOTES = {"“": "”\"", '"': '"', "``": "''", "''": "''", "‘": "’"}
LEARN_VERBS = frozenset()  # (German only: "erfuhr X aus Y")
# Role mentions that stand for a person named before ("the minister said", "the 55-year-old said").
ROLE_ARTICLES = frozenset(["the"])
ROLE_NOUNS = ROLE_SUFFIXES + ("ceo", "founder", "economist", "analyst", "lawmaker", "politician",
                              "candidate", "actor", "actress", "author", "coach", "manager", "executive",
                              "chancellor", "premier", "lawyer", "attorney", "professor", "researcher",
                              "scientist", "democrat", "republican", "creator", "activist")
# Last words that make a capitalised name an organisation, not a person ("Goldman Sachs Group").
ORG_ENDINGS = ("bank", "ministry", "department", "agency", "police", "university", "times",
               "post", "news", "party", "commission", "council", "court", "group", "house", "office",
               "service", "association", "institute", "company", "union")
ORG_WORDS = frozenset("inc corp co ltd plc llc".split())
# Role heads of someone who speaks for a body: resolved only to a person named in that role.
ANON_ROLE_HEADS = frozenset(["spokesman", "spokeswoman", "spokesperson", "official"])
# Role heads that describe a person without naming an office: they may stand for anyone named before.
DESCRIPTOR_HEADS = frozenset("politician democrat republican lawmaker activist".split())
