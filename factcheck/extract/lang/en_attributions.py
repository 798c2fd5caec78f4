"""English attribution cues as data (read by factcheck/extract/attributions.py).

VERBS maps a surface form to (act, kind, needs): kind "say" needs clausal content
("said the talks ended", "..., the embassy said"); "obj" takes an object as content
("denied the report", "called for an inquiry").
"""
from __future__ import annotations


def _forms(*groups: str) -> list[str]:
    return [f for g in groups for f in g.split()]


VERBS: dict[str, tuple] = {}
for _f in _forms("say says said", "tell tells told", "report reports reported", "add adds added",
                 "state states stated", "announce announces announced", "claim claims claimed",
                 "allege alleges alleged", "insist insists insisted", "warn warns warned",
                 "confirm confirms confirmed", "explain explains explained", "note notes noted",
                 "write writes wrote", "argue argues argued", "acknowledge acknowledges acknowledged",
                 "admit admits admitted", "predict predicts predicted", "estimate estimates estimated",
                 "assert asserts asserted", "maintain maintains maintained", "contend contends contended",
                 "testify testifies testified", "announce", "disclose discloses disclosed",
                 "suggest suggests suggested", "expect expects expected", "forecast forecasts",
                 "concede concedes conceded", "emphasize emphasizes emphasized", "stress stresses stressed",
                 "quote quoted", "charge charges charged", "accuse accuses accused",
                 "declare declares declared", "reply replies replied", "answer answered",
                 "respond responds responded", "tweet tweets tweeted"):
    VERBS[_f] = ("assert", "say", ())
for _f in _forms("deny denies denied", "reject rejects rejected", "dispute disputes disputed",
                 "dismiss dismisses dismissed", "refute refutes refuted"):
    VERBS[_f] = ("deny", "obj", ())
for _f in _forms("demand demands demanded", "urge urges urged", "propose proposes proposed",
                 "request requests requested"):
    VERBS[_f] = ("demand", "obj", ())
for _f in _forms("call calls called"):
    VERBS[_f] = ("demand", "obj", ("for",))  # "called for an inquiry"
for _f in _forms("describe describes described"):
    VERBS[_f] = ("evaluate", "obj", ("as",))

# Verb forms that are also nouns ("a false report", "on charges"): cues only after a subject.
NOUNISH = frozenset("""report reports claim claims estimate estimates forecast forecasts charge charges
    call calls demand demands request requests quote state states note notes answer reply dispute
    disputes warn""".split())
BE = frozenset("was were is are be been being".split())
AUX = frozenset("has have had will would was were is are did does do could can may might".split())
# Words after "to"/"not" that make a cue a refusal or an infinitive, not a statement.
REFUSAL = frozenset("refused declined refuse refuses declines decline".split())
NEGATIONS = frozenset("not never n't".split())
THAT = frozenset(["that"])
ACCORDING = ("according", "to")
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
