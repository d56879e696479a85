"""The cue words of the concept reader (``extract/findings.py``) that limit what a stated concept answers.

The vocabulary (:mod:`medstep.answers.concepts`) says which concept a phrase names; these say when a mention does
not answer a question about it: a denial limited to one place, a "pseudo" finding, a modality named as another
study, a device's state denied rather than the device, an organ's normal state read for its neighbour. Kept apart
from the reader so that it stays one screen of logic.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.answers.concepts import merge_rows, packaged_text, read_rows, synonym_phrases, vocabulary
from medstep.answers.wordforms import spelling, word_head
from medstep.lazyre import lazy_compile

# "Pseudo-fracture." (a Looser zone), "pseudo-lesion": not the finding the name holds.
PSEUDO = lazy_compile(r"\bpseudo\s*$")
# ... and after it, in the text as written: "Pneumothorax-like lucency from a skin fold.", "a mass-like opacity":
# what resembles the finding, not the finding.
RESEMBLING = lazy_compile(r"-like\b")
# "Physiological amount of fluid in the suprapatellar recess.", "physiologic pleural fluid", "a normal amount of joint
# fluid": the normal fluid a space holds, not the effusion its words name.
PHYSIOLOGIC = lazy_compile(r"\b(?:physiologic(?:al)?\s+(?:(?:small\s+)?(?:amount|volume|quantity)\s+of\s+)?|"
                           r"(?<!than\s)(?<!than\sthe\s)(?<!than\sa\s)(?<!above\sthe\s)normal\s+(?:small\s+)?"
                           r"(?:amount|volume|quantity)\s+of\s+)$")  # ("more than the normal amount of fluid" is more)
# A modality named as another study: compared with, recommended, advised ("A CT is recommended.").
OTHER_STUDY = lazy_compile(r"\b(?:prior|previous|earlier|comparison|compared|correlat\w*|recommend\w*|advis\w*|further|"
                           r"follow[\s-]?up|consider\w*|dedicated|additional|next)\b")
ZH_OTHER_STUDY = lazy_compile(r"建议|既往|比较|对比|复查|进一步|随访|之前|以前")
STUDY_WANTED = lazy_compile(r"\s+(?:is|are|was|would\s+be|could\s+be)\s+(?:recommended|advised|suggested|needed|helpful)\b")
# A device's state denied, not the device: "no endotracheal tube malposition", "no line migration".
# A state made by a procedure, not seen: "The oesophagus was dilated with a balloon.", "the duct has been dilated using a
# bougie" (a passive verb before the state word, an instrument after it).
PROCEDURE_DONE = lazy_compile(r"\b(?:was|were|been)\s+$")
PROCEDURE_TOOL = lazy_compile(r"\s+(?:with|using|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:balloons?|catheters?|dilators?|bougies?|stents?|endoscopes?|scopes?|wires?|tubes?)\b")
DEVICE_STATE = lazy_compile(r"\s+(?:malposition\w*|migration|kink\w*|complications?|displacement|dislodge?ment)\b")

# "clear" as a word of discourse, not of an organ's state: "It is clear that the liver is abnormal.", "What is clear is
# that ...", "It's clear to me the heart is enlarged." (after a dummy subject, before a clause), and "clear of X",
# which denies X only ("The lung is clear of nodules but shows fibrosis."; ``negation.CLEAR_OF``).
_CLEAR_DUMMY = lazy_compile(r"\b(?:it|what|this)\s*(?:is|was|'s|’s|seems|seemed|becomes|became|looks)\s+(?:now\s+|also\s+|quite\s+"
                            r"|very\s+|fairly\s+)?$")
_CLEAR_CLAUSE = lazy_compile(r"\s+(?:that|whether|if|how|why|what|to\s+me|from|on|in|the|this|there|is)\b")
_CLEAR_BEFORE_CLAUSE = lazy_compile(r"\s+(?:that|whether|how|why)\b|\s+(?:" + hedges.alternation(
    tuple(p.split()[1] for p in negation.CLEAR_OF)) + r")\b")


def clear_not_state(low: str, start: int, end: int) -> bool:
    """Whether the normal word "clear" at ``low[start:end]`` is no state of an organ (see ``_CLEAR_DUMMY``)."""
    if low[start:end] != "clear":
        return False
    return _CLEAR_BEFORE_CLAUSE.match(low, end) is not None or (
        _CLEAR_DUMMY.search(low, 0, start) is not None and _CLEAR_CLAUSE.match(low, end) is not None)


# An abnormal word before a noun modifies that noun: "with a dilated left common iliac artery", "behind an enlarged
# thymus" (a determiner, "with", "and" or a comma before it, perhaps a degree; a word after it that is no
# preposition or conjunction). The organ it makes a finding of must be that noun, the next thing named.
_ATTRIBUTIVE_BEFORE = lazy_compile(r"(?:\b(?:a|an|the|with|and|of|its|their)|,)\s+(?:(?:mildly|markedly|moderately|severely|"
                                   r"slightly|massively|very|grossly|diffusely|focally|minimally)\s+)?$")
_ATTRIBUTIVE_AFTER = lazy_compile(r"\s+(?!(?:to|in|at|by|with|and|or|but|on|from|up|since|as|than|compared|measuring|"
                                  r"proximally|distally|throughout|bilaterally|without|for|of|when|which|that)\b)[a-z]")


_DETERMINED = lazy_compile(r"\b(?:a|an|the)\s+$")


def attributive(low: str, start: int, end: int) -> bool:
    """Whether the word at ``low[start:end]`` stands before a noun it modifies (see ``_ATTRIBUTIVE_BEFORE``); after
    a determiner another adjective may follow it ("an enlarged, tortuous aorta")."""
    if _ATTRIBUTIVE_BEFORE.search(low, 0, start) is None:
        return False
    after = end + 1 if low[end:end + 1] == "," and _DETERMINED.search(low, 0, start) else end
    return _ATTRIBUTIVE_AFTER.match(low, after) is not None


# A place after a denied finding ("No mass in the liver.", "No hemorrhage in the scalp."), and the places that are
# the whole study or one side of it ("No pneumothorax in the right hemithorax.", "No hemorrhage in the brain."),
# which limit nothing a presence question asks.
_PLACE_AFTER = lazy_compile(r"\s+(?:(?:is|are)\s+(?:" + hedges.alternation(negation.SEEN)
                            + r")\s+)?(?:in|of|within|involving)\s+"
                            r"(?:the\s+|this\s+|either\s+|both\s+)?(?:left\s+|right\s+)?([a-z]+)")
_WHOLE_PLACES = frozenset({"chest", "thorax", "hemithorax", "hemithoraces", "lung", "lungs", "brain", "head", "abdomen",
                           "pelvis", "body", "image", "images", "study", "film", "radiograph", "scan", "ct", "mri", "x",
                           "side", "sides", "visualized", "visualised", "imaged", "pleural"})


def placed(low: str, end: int) -> bool:
    """Whether the denied finding ending at ``end`` is limited to a place other than the whole study or a side."""
    m = _PLACE_AFTER.match(low, end)
    return m is not None and m.group(1) not in _WHOLE_PLACES


# What an organ called normal does not answer, though the vocabulary's ``expands`` (shared with the verifier, which
# reads a report's "The lungs are clear." as no effusion) lists it: the lungs are not the pleural space, and a
# report gives it its own line ("Lungs: clear. Pleura: a meniscus at the left base."), so "The lungs are clear." to
# "Is there a pleural effusion?" or "... a pneumothorax?" states nothing of the asked finding.
BESIDE_ORGAN = {"lungs": frozenset({"pleural_effusion", "pneumothorax"})}


# Words that name a class of structures as a whole ("the vessels", "the arteries", "the visualised osseous
# structures", "the great vessels"): an organ named by them alone is the class, which holds every member of it.
_CLASS_WORDS = frozenset({"vessels", "vessel", "vasculature", "vascular", "arteries", "artery", "arterial", "veins",
                          "vein", "venous", "structures", "structure", "bones", "bone", "osseous", "bony", "skeletal",
                          "skeleton", "ligaments", "ligament", "ligamentous", "visualized", "visualised", "visible",
                          "imaged", "great", "major", "large", "big"})
# Where the words before an organ's name stop modifying it: an article, a quantifier, a conjunction.
_MODIFIERS_BEFORE = lazy_compile(r"(?:\b(?!(?:the|a|an|all|both|and|or|of|its|their)\b)[a-z]+[ -]){0,2}\Z")


def member_named(low: str, start: int, end: int) -> str:
    """The words naming an organ at ``low[start:end]`` with the modifiers right before it, when they name a member of
    its class ("iliac arteries", "coronary arteries": the vocabulary reads "arteries"), else "" (the class itself: "the
    arteries", "the great vessels", "the bones")."""
    before = _MODIFIERS_BEFORE.search(low, max(0, start - 40), start)
    words = low[before.start() if before is not None else start:end]
    return words if any(w not in _CLASS_WORDS for w in re.findall(r"[a-z]+", words)) else ""


def homed_elsewhere(asked: str, organ: str, ruled: frozenset[str], member: str) -> bool:
    """Whether ``organ``, a class of structures (the vessels, the bones), called normal and named by ``member`` of it
    (:func:`member_named`), rules ``asked`` out only as a narrower kind of a finding it rules out (the vessels'
    aneurysm), a kind the vocabulary places in another organ (the aorta's aortic aneurysm): "The carotid and iliac
    arteries are normal." says nothing of the aorta ("Is there an aortic aneurysm?"), "The sternum is intact." nothing
    of the ribs. The class named as a whole ("The arteries are normal.", "The bones are intact.") holds the other
    organ; an organ whose own ``expands`` lists the asked finding ("The aorta is normal in calibre.") answers it."""
    concepts = vocabulary().concepts
    if not member or asked in ruled or asked not in concepts or organ not in concepts:
        return False
    own = concepts[organ]
    if own.name.lower() not in _CLASS_WORDS:
        return False  # one organ, no class ("the mediastinal contours" are the mediastinum, which holds the heart)
    kinds = [k for k in {asked} | concepts[asked].ancestors
             if k not in ruled and k in concepts and not ruled.isdisjoint(concepts[k].ancestors)]
    return any(h != organ and h not in own.ancestors | own.descendants for k in kinds for h in _homes().get(k, ()))


@lru_cache(maxsize=1)
def concept_names() -> dict[str, tuple[str, ...]]:
    """concept id -> its names in ``answers/concepts.tsv`` (English rows)."""
    rows = merge_rows(read_rows(packaged_text("concepts.tsv"), "concepts.tsv"))
    return {cid: tuple(p for p, _a, _pl in synonym_phrases(row) if p.isascii()) for cid, row in rows.items()}


@lru_cache(maxsize=1)
def _homes() -> dict[str, tuple[str, ...]]:
    """finding -> the organs whose ``expands`` list it (``answers/concepts.tsv``)."""
    homes: dict[str, list[str]] = {}
    for cid, c in vocabulary().concepts.items():
        if c.category == "anatomy":
            for f in c.expands:
                homes.setdefault(f, []).append(cid)
    return {f: tuple(h) for f, h in homes.items()}


# Concepts of the vocabulary that file distinct kinds under one id: its ligament tear holds "mcl tear", "labral tear"
# (the ACL, PCL, meniscal and rotator cuff tears are narrower concepts of it); its bone fragment holds "displaced",
# "stress", "spiral", "comminuted fracture". A question asking one kind is not answered by another. Each with its
# generic name: a question in other words asks one kind ("labral tear"), not the whole concept ("ligament tear").
# The hernia holds the inguinal, femoral and umbilical ones ("Femoral hernia." is no inguinal hernia), the stent every
# organ's, emphysema its centrilobular and paraseptal forms, the infarct lacunar and territorial ones, and so on.
KIND_GENERIC = {"ligament_tear": "ligament tear", "bone_fragment": "bone fragment", "hernia": "hernia", "stent": "stent",
                "emphysema": "emphysema", "herniation": "herniation", "infarct": "infarct", "cerebral_edema": "edema",
                "catheter": "catheter"}
KINDS_UNDER_ONE = frozenset(KIND_GENERIC)
# "Gas and stool throughout a non-dilated colon.": a state word under "non-" is no statement of it.
NON_PREFIX = lazy_compile(r"\b(?:" + negation.alternation(negation.NON) + r")\s*$")


def names_a_kind(concept: str, asked: str) -> bool:
    """Whether the question's words ``asked`` for ``concept`` name one of its kinds ("labral tear"), so that a narrower
    concept of it ("Supraspinatus tear.", a rotator cuff tear) is another kind, not a yes."""
    return concept in KIND_GENERIC and other_kind(concept, asked, KIND_GENERIC[concept])


def other_kind(concept: str, asked: str, said: str) -> bool:
    """Whether ``said`` (the answer's words for the asked concept and what follows them in its clause) names another
    kind of it than ``asked`` (the question's words), for a concept of ``KINDS_UNDER_ONE``: the same head word, each
    with a modifier the other lacks ("meniscal tear" / "acl tear"; modifiers compared in one word form, "pulmonary" /
    "lung"), or the bare head placed by what follows it where no modifier of the question is said ("tear of the medial
    meniscus"). The concept alone would read "Medial meniscal tear." as a yes to "Is there an ACL tear?"."""
    a, s = _WORDS.findall(asked), _WORDS.findall(said)  # "femoral hernia." names "hernia", its stop aside
    if concept not in KINDS_UNDER_ONE or len(a) < 2 or not s:
        return False
    head = next((i for i, w in enumerate(s) if _form(w) == _form(a[-1])), None)
    if head is None:
        return False
    mine, theirs = {_form(w) for w in a[:-1]}, {_form(w) for w in s[:head]}
    if not theirs:  # the bare head placed by what follows: "Tear of the posterior horn of the medial meniscus."
        rest = s[head + 1:]
        named = {_form(w) for w in rest} | {"".join(w[0] for w in rest[i:i + n]) for n in (2, 3, 4) for i in range(len(rest))}
        return rest[:1] in (["of"], ["in"], ["involving"]) and not mine & named  # initials: "acl" in "anterior cruciate ligament"
    if "".join(w[0] for w in a[:-1]) in theirs or "".join(w[0] for w in s[:head]) in mine:
        return False  # "anterior cruciate ligament tear" / "acl tear"
    return bool(mine - theirs) and bool(theirs - mine)


_WORDS = lazy_compile(r"[a-z0-9][a-z0-9'’-]*")


def _form(word: str) -> str:
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return word_head(spelling(word))


# A Chinese modality question naming the modality in Latin letters: 这是CT图像吗？ / 这是一张MRI吗？
ZH_MODALITY_Q = lazy_compile(r"^\s*这(?:张|幅)?(?:是|张是|幅是)(?:一张|一幅|一个)?\s*([A-Za-z][A-Za-z0-9 \-]*?)\s*"
                              r"(?:图像|影像|图片|扫描|片子|检查)?(?:吗|么)\s*[？?]\s*$")
ZH_DENIED = lazy_compile("(?:" + negation.alternation(negation.ZH_NOT) + r")\s*$")  # (而不是 "rather than" ends in 不是)
ZH_HEDGE = lazy_compile(r"可能|似乎|也许|疑似|不确定|或|？|\?")
# A checklist line whose value says nothing of presence ("Effusion - unremarkable", "Effusion - N/A", "Effusion:
# see above") or a numbered heading ("Step 2 - effusion"): the dash or colon cuts it into clauses, and the finding
# would be read as stated. "Effusion - present" / "Effusion: none" are fields, read by ``answer_field`` first.
LABELLED = lazy_compile(r"(?i)^(?:(?:step|part|item|point|section)\s*\d+\s*(?:\s[-–—]\s|:)|[^:\n]{1,60}?(?:\s[-–—]\s|:)\s*"
                         r"(?:unremarkable|n/?a|nil|see\s+(?:above|below)|not\s+applicable|not\s+assessed|\?+|-+)\W*$)")

# The copula may be left out, as report lines do: "Pleural effusion not present.", "Ascites absent.", "Pneumothorax
# excluded." (the words of seeing are ``negation.SEEN``'s; "cannot be excluded" never matches: it opens with "cannot").
# what may follow "-free" ending its clause; not a place ("fluid free in the pelvis" is free fluid)
_FREE_ENDS = r"(?:and|or|but|with|bilaterally|throughout)\b"
_FREE_OF_IT = r"free(?=\s*(?:[.,;:!?)]|$|" + _FREE_ENDS + r"))"
NEG_POST = lazy_compile(r"^\s*(?:(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:not\s+(?:"
                         + hedges.alternation(negation.SEEN, negation.SEEN_RARE) + r")|absent|excluded|ruled\s+out)|"
                         r"(?:is|are|was|were)\s+no\s+longer\s+(?:" + hedges.alternation(negation.SEEN) + r")|"
                         r"(?:(?:previously|formerly)\s+(?:seen|noted|described)\s+)?(?:has|have)\s+(?:now\s+)?"
                         r"resolved|resolved|" + _FREE_OF_IT + r")\b")
# The finding with "-free" after it ("effusion-free", "The pleural spaces are effusion free."; the hyphen is normalised
# to a space): free of it, ending its clause. Before a noun ("an effusion-free recess") it qualifies that noun, whose
# state is then not read (``FREE_BEFORE_NOUN``).
FREE_BEFORE_NOUN = lazy_compile(r"^\s*free\s+(?!" + _FREE_ENDS + r"|(?:on|in|at)\b)[a-z]")
# A result written after the finding, as a checklist or a lab line does: "Pneumothorax negative.", "Effusion: neg.",
# "Pleural effusion (-)." (the text is normalised: the minus is read as a space), "Ascites: nil." It ends the clause.
NEG_RESULT = lazy_compile(r"[\s:—]*(?:negative|neg|nil|none)(?=\s*(?:[.,;:!?)\]]|$))")
# A clause that is only a verdict denying what stands before it, set after a dash, a comma or a bracket
# ("Pneumothorax - not seen.", "Pneumothorax — none.", "Effusion, absent.", "Fracture – no.", "Pneumothorax (absent)"):
# the finding is named to be denied, as in "Pneumothorax: absent." across the colon. Read by the choice readers'
# decision clauses (``extract/decision_clauses.py``) and the open answer's tails (``extract/open_tails.py``).
POSTED_DENIAL = lazy_compile(
    r"(?i)^[\s*_(]*(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:"
    + hedges.alternation(negation.NOT_SEEN, tuple(f"not {w}" for w in negation.SEEN_RARE), negation.NONE,
                         negation.NIL, negation.ABSENT, negation.NEGATIVE, negation.EXCLUDED,
                         ("none seen", "not", "no", "neg"))
    + r")[\s*_.!)]*$")
# The same result as a mark or a label's value, written as the word before clauses are split at the colon or the
# bracket: "Pleural effusion (-)." / "胸腔积液（-）" / "Effusion: neg." read "... negative".
RESULT_MARK = lazy_compile(r"(?i)\s*(?:[(（]\s*[-−–—]\s*[)）]|[:：]\s*(?:neg|negative|nil)\b\.?(?=\s*(?:[.,;!?]|$)))")
# Words before a concept that name it without stating it ("to suggest a pneumothorax", "concerning for").
HYPOTHETICAL = lazy_compile(r"\b(?:suggest|suggests|suggesting|suggestive\s+of|concerning\s+for|concern\s+for|"
                             r"mimic|mimics|mimicking|whether|if|would|could|question\s+of)\b")
# What a thing is able to cause, in general ("Bacteria can cause pneumonia."): no sighting of it, unless a sighting
# or a pointer at this image follows in its clause (", which is present on the right", ", as is the case here"):
# read in ``extract/findings.py`` with that check, so HYPOTHETICAL keeps meaning "named, never stated".
CAUSABLE = lazy_compile(r"\bcan\s+(?:cause|lead\s+to|result\s+in|give\s+rise\s+to|progress\s+to)\b")
# A normal word at the edge of abnormal hedges ("heart size at the upper limit of normal", "top-normal").
BORDERLINE = lazy_compile(r"\b(?:top|high|upper\s+limits?\s+of)\s+normal\b|\bborderline\b")

# An argued denial itself denied ("nothing argues against", "does not argue against", "hardly argues against").
NEGATED_ARGUMENT = lazy_compile(hedges.words(negation.DENY, negation.NEVER, negation.NOR, negation.CANNOT, hedges.NEAR_NONE,
                                             ("nothing",)) + r"[^.;:,]*$|n[’']t\s+(?:\w+\s+)?$")


__all__ = ["NEGATED_ARGUMENT", "FREE_BEFORE_NOUN", "PROCEDURE_DONE", "PROCEDURE_TOOL", "BORDERLINE", "CAUSABLE", "HYPOTHETICAL", "NEG_POST", "NEG_RESULT", "RESULT_MARK", "LABELLED", "ZH_DENIED", "ZH_HEDGE", "ZH_MODALITY_Q", "KIND_GENERIC", "KINDS_UNDER_ONE", "NON_PREFIX", "names_a_kind", "other_kind", "BESIDE_ORGAN", "concept_names", "homed_elsewhere", "member_named", "DEVICE_STATE", "OTHER_STUDY", "PHYSIOLOGIC", "PSEUDO", "RESEMBLING", "STUDY_WANTED", "ZH_OTHER_STUDY", "attributive", "clear_not_state", "other_aspect", "placed", "ASPECTS", "ONE_ASPECT", "aspect_said"]


# One aspect of a thing, not the thing: "The knee alignment is normal." does not answer "Is the knee normal?"
# (``antonyms``, ``head_noun``); the groups below are read from it.
ASPECTS = frozenset({"size", "alignment", "quality", "position", "calibre", "caliber", "contour", "shape", "thickness",
                     "volume", "volumes", "density", "signal", "function", "configuration", "outline", "texture",
                     "margin", "margins", "wall", "enzymes", "level", "levels", "rhythm", "motion"})
# The aspects that give an organ's size ("normal in size", "duct calibre normal"): a normal word on one of them is
# the organ's size said normal, which ``states.tsv`` and the reader's ``size_only`` already handle.
_SIZE_ASPECTS = ASPECTS & {"size", "calibre", "caliber", "volume", "volumes"} | {"diameter", "dimensions"}
# The aspects of an organ's form besides its size: one called normal says nothing of the size ("normal in shape",
# "duct thickness normal"). Not its contour, outline, texture or morphology: "Mediastinal contours are normal." is the
# mediastinum's whole verdict, "normal echotexture" rules out cirrhosis; not its position ("the right is in normal
# position" answers an elevated hemidiaphragm). A wall's thickness is its size ("wall thickness normal").
_FORM_ASPECTS = ASPECTS & {"shape", "thickness", "wall"}
# The aspects that are the organ's whole verdict ("normal in shape and echotexture" rules out cirrhosis).
_WHOLE_ASPECTS = ASPECTS & {"contour", "outline", "texture"} | {"contours", "echotexture", "echogenicity", "morphology",
                                                                   "appearance"}
_ASPECT_LINKS = frozenset({"and", ",", "in", "its", "is", "are", "appears", "appear", "looks", "of"})
_TOKEN = lazy_compile(r"[a-z]+|,")


def other_aspect(low: str, start: int, end: int) -> bool:
    """Whether the normal word at ``low[start:end]`` is said of an aspect other than the organ's size and of no size
    among them: "normal in shape", "duct thickness normal", "of normal shape". One aspect called normal leaves the
    organ's other findings open ("The spleen is normal in shape." does not say it is not enlarged)."""
    after = _TOKEN.findall(low, end, end + 40)
    before = _TOKEN.findall(low, max(0, start - 40), start)[::-1]
    named: set[str] = set()
    for words in (after, before):
        for i, w in enumerate(words):
            if w in _FORM_ASPECTS or w in _SIZE_ASPECTS:
                named.add(w)
            elif w in _WHOLE_ASPECTS:
                return False  # "normal in shape and echotexture": a whole verdict among the aspects
            elif w not in _ASPECT_LINKS or (i == 0 and w in ("and", ",")):
                break
    if {"wall", "thickness"} <= named:
        return False  # "wall thickness normal": a wall's thickness is its size
    if named == {"thickness"} and not _TUBE.search(low, max(0, start - 60), end + 40):
        return False  # "gallbladder: normal thickness": a hollow organ's thickness is its wall's, its size
    return bool(named - {"wall"}) and not named & _SIZE_ASPECTS


def aspect_said(low: str, start: int, end: int, organ_start: int, organ_end: int) -> bool:
    """Whether the normal word at ``low[start:end]`` is said of one aspect of the organ named at
    ``low[organ_start:organ_end]``, not of the organ: "Normal liver contour.", "The liver is normal in echotexture.",
    "Normal echogenicity of the kidneys". Such an aspect rules out what it shows (a nodular contour, a coarse
    echotexture) but leaves the organ's other findings open, so it does not answer whether the organ is normal ("Is
    the liver abnormal?"). Two aspects or more ("normal in size and shape", "wall thickness") amount to the organ's
    verdict, as ``organ_normal`` reads them; so do its appearance or morphology, its size (``size_only`` is the
    vocabulary's) and a compartment's contours ("Mediastinal contours are normal.": all a radiograph shows of it)."""
    # "liver contour", "heart size" (a name the vocabulary reads as the organ's): the organ's name as an attribute
    named = set(_TOKEN.findall(low, organ_start, organ_end)[-1:] + _TOKEN.findall(low, organ_end, organ_end + 20)[:1])
    named &= ASPECTS | _WHOLE_ASPECTS | _SIZE_ASPECTS
    for words in (_TOKEN.findall(low, end, end + 40), _TOKEN.findall(low, max(0, start - 40), start)[::-1]):
        for i, w in enumerate(words):
            if w in ASPECTS | _WHOLE_ASPECTS | _SIZE_ASPECTS:
                named.add(w)
            elif w not in _ASPECT_LINKS or (i == 0 and w in ("and", ",")):
                break
    return len(named) == 1 and named <= ONE_ASPECT


# The aspects of which one, called normal, is not the organ called normal (``aspect_said``; ``antonyms``' health
# pair): not its appearance or morphology (the whole), its size, or a compartment's contours.
ONE_ASPECT = (ASPECTS | _WHOLE_ASPECTS) - _SIZE_ASPECTS - {"appearance", "morphology", "contours"}
_TUBE = lazy_compile(r"\b(?:ducts?|cbd|aort\w*|arter\w*|veins?|vessels?)\b")
