"""How far a denial reaches inside the phrase it denies: the modifier noun of a denied compound.

"The portal vein is patent without tumour thrombus" denies a thrombus made of tumour; it says nothing of whether the
tumour is there (the report describing a liver cancer says it is). Two finding words written straight after one
another under one denial, the second not a broader word for the first (``compound_heads`` folds "no pneumonia
patch" into one finding), are one compound noun whose head is the last word: only the head is denied, the modifier
is named to say which kind of head ("no pacemaker lead fracture": the pacemaker is there, its lead is whole).
Only a head that takes a finding as its modifier (a thrombus, an invasion) or a device's part reads so: other pairs
are telegraphic lists ("No fracture dislocation.") that deny both.

Read as two denials, the modifier contradicted every faithful chain that named the report's own finding (blind
set 24: an HCC chain marked contradicted by its report's "without tumour thrombus"). Only an absence is narrowed: a
compound stated present ("tumour thrombus in the portal vein") does show the tumour.

A denial inside a subject that names a finding before it ("thickening with small cysts and no discrete mass is
diffuse adenomyosis") ends at the subject's verb: what follows "is" is the predicate the whole subject implies,
not one more denied item (``predicate_after_denial``; ``scope_words.PREDICATE_NOUN`` reads the predicates with an
article or after a comma, which may follow a denial that opens its clause).

A list denied item by item ("no diversion, no septal lines, unilateral effusion") gives each denied item its own
"no": an item after it that has none is no longer denied (``denied_items_end``; session 58, lane faithful58: a
faithful chain's "Heart failure (D) - CTR 0.44, no diversion, no septal lines, unilateral effusion" read the effusion
denied, and the report's effusion contradicted it). One "no" over a list ("no diversion, septal lines or effusion")
still denies every item, and a list that goes on to an "or" stays denied (``scope_words.last_or``).

Kept apart from ``mentions.compound_heads`` (which merges a narrower word into its broader head noun) because the
two do opposite things to the first word: that one keeps it and drops the head, this one keeps the head.
"""

from __future__ import annotations

from medstep.lazyre import lazy_compile
from medstep.verify.findings import Polarity
from medstep.verify.lexicon import K_ABN, K_CONCEPT, K_NEG_PRE, K_TERM, Concept
from medstep.verify.mentions import Mention
from medstep.verify.scope_words import LIST_GOES_ON

# a comma item that opens with its own "no" (after the comma, or at the clause's start): the list denies item by item
_ITEM_NO = lazy_compile(r"[ \t]*(?:and[ \t]+)?no[ \t]")
_ITEM_STARTS = ",;:.(\n"
_NEXT_ITEM_NO = lazy_compile(r"[,;:.\n][ \t]*(?:and[ \t]+)?no[ \t]|[;.\n]")
# "no nausea, vomiting, or diarrhea", "no ptx, no effusion, consolidation, etc.": the item's own denied list goes on
_LIST_OR = lazy_compile(r"\b(?:" + "|".join(sorted(LIST_GOES_ON | {"etc"})) + r")\b")

_NAMING = (K_CONCEPT, K_ABN)  # events that name the thing a comma item denies (an attribute does not)
_JUDGED = frozenset({"finding", "device"})  # the categories a claim is judged in (anatomy and modality are not)
# a finding named by an adjective ("no calcified nodule", "no cavitating mass"): an attribute of the noun, which
# ``compound_heads`` reads; only a noun modifies a noun here
_ADJECTIVE = lazy_compile(r"[a-z]+(?:ing|ed|ary|al|ic|ous)")
_VERB_FORM = lazy_compile(r"[a-z]+(?:ing|ed)\b")  # the second phrase's first word
# the head findings that take a finding noun as their modifier ("tumour thrombus", "tumour invasion"); any other pair
# of adjacent denied findings is a telegraphic list ("No fracture dislocation.", "No haemorrhage infarct."), both
# denied (review_verify26: read as compounds, the first item of such lists went undenied)
_MODIFIED_HEADS = frozenset({"thrombus", "invasion"})


def denied_modifiers(concepts: dict[str, Concept], mentions: list[Mention], first: int, low: str) -> None:
    """Drop the modifier noun of each denied two-noun compound among ``mentions[first:]`` (see the module
    docstring): the first of two adjacent absent mentions of judged categories, of different concepts, the second
    neither a broader nor a narrower word for the first, when the first is a device (its part failed: "no pacemaker
    lead fracture") or the second a head that takes a finding as its modifier (``_MODIFIED_HEADS``)."""
    for k in range(first + 1, len(mentions)):
        m, n = mentions[k - 1], mentions[k]
        if m.dropped or n.dropped or m.pol is not Polarity.ABSENT or n.pol is not Polarity.ABSENT or m.cid == n.cid:
            continue
        if low[m.end:n.start].strip() or m.trigger != n.trigger or _ADJECTIVE.fullmatch(low, m.start, m.end) \
                or _VERB_FORM.match(low, n.start, n.end):
            continue  # ("no lump narrowing the bowel", "no fracture extending into the joint": a verb, no head noun)
        mc, nc = concepts.get(m.cid), concepts.get(n.cid)
        if mc is None or nc is None or mc.category not in _JUDGED or nc.category not in _JUDGED:
            continue
        if n.cid in mc.ancestors or n.cid in mc.descendants:
            continue
        if mc.category == "device" or n.cid in _MODIFIED_HEADS:
            m.dropped = True


# the verb of a subject and at most one word of its predicate before a finding ("... is diffuse adenomyosis")
_SUBJECT_VERB = lazy_compile(r"\b(?:is|are)\s+(?:[a-z-]+\s+)?$")


def predicate_after_denial(concepts: dict[str, Concept], low: str, seq: list, trigger_at: int, denied_from: int,
                           start: int) -> int:
    """Where the subject's verb stands (-1: none) when the finding at ``start`` is the predicate of a subject that
    names a finding stated present before the denial (``seq[:trigger_at]``, the clause's events before the denial
    word) and denies another after it (from ``denied_from``); see the module docstring."""
    verb = _SUBJECT_VERB.search(low, max(denied_from, start - 24), start)
    if verb is None:
        return -1
    for kind, _s, _e, m in seq[:trigger_at]:
        if kind == K_CONCEPT and not m.dropped and m.pol is Polarity.PRESENT and concepts[m.cid].category in _JUDGED:
            return verb.start()
    return -1


def list_reopened(clause: list, start: int, or_at: int) -> bool:
    """Whether a denial or a "there is" stands between ``start`` and the clause's last "or" at ``or_at``: that "or"
    belongs to a list of its own ("..., the stent is patent, and there is no ascites or other lesion"), so it does
    not carry the earlier denial on to the item at ``start`` (``scope_words.last_or``)."""
    return any(start < ev[0] < or_at and (ev[2] == K_TERM or ev[2] == K_NEG_PRE and ev[3] not in LIST_GOES_ON)
               for ev in clause)


def denied_items_end(low: str, trigger: str, at: int, comma: int, clause: list) -> bool:
    """Whether the denial ``trigger`` at ``at`` is one of a list denied item by item and the item after the comma at
    ``comma`` (> ``at``) has no denial of its own: the trigger "no" opens its own comma item, and so does a "no" in the
    comma item before it ("no diversion, no septal lines, unilateral effusion": the effusion is said, not denied), and
    no "or"/"nor" follows the item before the next item with its own "no" ("no pain, no nausea, vomiting, or
    diarrhea, no cough": the "or" carries the denial on; NegEx gold). Only the determiner "no": "without X, Y" and "not X, Y" keep their reading.
    The trigger's own item must name a thing (a finding or an organ's abnormal word: "no air") before the comma: in "no
    pneumothorax, no large, loculated effusion" or "no dense, lobar consolidation" it parts adjectives of one noun."""
    if trigger != "no" or comma <= at or not any(at < ev[0] < comma and ev[2] in _NAMING for ev in clause):
        return False
    p = max(low.rfind(c, 0, at) for c in _ITEM_STARTS)
    if p < 0 or low[p] != "," or _ITEM_NO.fullmatch(low, p + 1, at + 3) is None:
        return False
    q = max(low.rfind(c, 0, p) for c in _ITEM_STARTS)
    if _ITEM_NO.match(low, q + 1) is None or " or " in low[q + 1:p]:
        return False
    nxt = _NEXT_ITEM_NO.search(low, comma)  # the item's list up to the next item with its own "no" (or the end)
    return _LIST_OR.search(low, comma, nxt.start() if nxt is not None else len(low)) is None
