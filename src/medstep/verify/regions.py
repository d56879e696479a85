"""The body region a case speaks of, and the words whose finding depends on it.

Some words name a finding with no organ, and the lexicon reads them the way a chest film means them:
a bare "effusion" is a pleural effusion, "shadowing" a lung opacity, "a pocket of pus" a lung abscess, "oedema"
the lungs'. In a knee MRI the effusion is the joint's and the oedema the bone marrow's, in an ultrasound the
shadowing is the acoustic shadow behind a stone, in a CT of the abdomen the pus lies in the abdomen, in a CT of the
head the oedema is the brain's. Read the chest's way there, the report's
"Large effusion." and a chain's "a large knee effusion" were two findings: the chain's was unsupported,
its "no joint effusion" unverifiable instead of contradicted, and the reference's effusion was never
recalled (vread17: a knee MRI, a gallbladder ultrasound and an abdominal CT written before the fix).

The region is the case's, not a sentence's: a chain's "Small effusion." names no organ, and the report it
is judged against does. It is read once per report and reference steps (``Verifier._base``) from the
lexicon's own concepts, and only where it is clear: a case that names any chest organ or chest finding
keeps every chest reading (a CT abdomen's "the lung bases are clear" keeps a bare effusion pleural).
The words re-read are the organless ones only ("pleural effusion" is never re-read).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from medstep.answers.concepts import Concept
from medstep.verify.findings import Finding
from medstep.verify.lexicon import K_CONCEPT
from medstep.verify.organ_words import case_reading, organless_word
from medstep.verify.scan import Scanner, lower_text

# Organs and modalities of the chest: one of them named, the case may be a chest's, and nothing is re-read (not the
# diaphragm: free air under it is an abdominal CT's finding too).
_CHEST_ORGANS = frozenset({"lungs", "pleura", "pericardium", "thorax", "costophrenic_angles", "heart",
                           "cardiomediastinal_silhouette", "mediastinum", "hila", "hilar_lymph_nodes", "pulmonary_vasculature", "trachea",
                           "paraspinal_lines", "chest_xray"})
# Findings of the chest alone and their narrower kinds: "a small pneumothorax" makes a case the chest's too. A lung
# opacity counts itself, not its narrower kinds: the lexicon files edema (of bone marrow, of the brain) under it.
_CHEST_FINDINGS = frozenset({"lung_lesion", "pleural_effusion", "pneumothorax", "enlarged_cardiomediastinum",
                             "pleural_other", "emphysema", "pericardial_effusion", "consolidation", "atelectasis",
                             "airspace_opacity"})
_CHEST_ONLY = _CHEST_FINDINGS | {"lung_opacity"}
# The organs of a joint and the limb's long bones (the ligament and meniscus rows where the lexicon has them).
_JOINT_ORGANS = frozenset({"joints", "long_bones", "acl", "pcl", "menisci", "ligaments"})
# A joint's own recess: a word named in it is the joint's ("no effusion in the suprapatellar pouch" is a knee's),
# though it alone does not make a case a joint case (``organ_reading`` only; review of lane site47)
_JOINT_RECESSES = frozenset({"suprapatellar_recess"})
# The systems that hold stones, and the stone each holds (a stone at the base of an appendix is an appendicolith).
# The bladder's own stone is no kidney stone ("Bladder: 2 cm calculus", a case naming the bladder alone: vocab41); a
# case naming the bladder and another organ of the urinary tract reads its organless stone as the tract's, as before.
_STONE_ORGANS = {**dict.fromkeys(("kidneys", "ureters"), "kidney_stone"), "urinary_bladder": "bladder_stone",
                 **dict.fromkeys(("gallbladder", "bile_ducts"), "cholelithiasis"), "appendix": "appendicolith"}
_TRACT_STONE = {"bladder_stone": "kidney_stone"}
_HEAD_ORGANS = frozenset({"brain", "brain_structures", "cerebral_aqueduct", "ventricles", "skull"})
_ABDOMEN_ORGANS = frozenset({"abdomen", "upper_abdomen", "liver", "spleen", "kidneys", "ureters", "gallbladder",
                             "bile_ducts", "pancreas", "adrenal_glands", "urinary_bladder", "uterus", "ovaries",
                             "bowel_gas", "stomach", "appendix"})
# The organs of the neck ("tonsil" and "throat" are the neck's words): with the above, the organs apart from the chest.
_NECK_ORGANS = frozenset({"neck", "thyroid"})
# The organs right under the diaphragm: a place above or behind one of them is a lung base on a chest film.
_UNDER_DIAPHRAGM = frozenset({"upper_abdomen", "liver", "spleen", "stomach"})
# Organs of a region apart from the chest: a finding placed beside one of them is no finding of the chest, as one beside
# the heart, the aorta or the sternum is (``organ_words``: "Beside the right tonsil there is a pocket of pus"); one
# beside an organ under the diaphragm may be either ("Above the liver there is a nodule": review_sense38 G3).
_APART = _JOINT_ORGANS | _HEAD_ORGANS | _ABDOMEN_ORGANS | _NECK_ORGANS
OFF_CHEST = _APART - _UNDER_DIAPHRAGM


@dataclass(frozen=True, slots=True)
class Region:
    """What a case's report and reference steps name, in the terms the re-readings need."""

    joint: bool = False  # a joint or its parts, and nothing of the chest
    head: bool = False  # the brain, its ventricles or the skull, and nothing of the chest
    abdomen: bool = False  # an abdominal or pelvic organ, and nothing of the chest
    ultrasound: bool = False  # an ultrasound study, and nothing of the chest
    stone: str | None = None  # the stone of the one stone-holding system it names (urinary tract, biliary tree)
    chestless: bool = False  # names organs or findings, none of the chest (a mammogram, a spine MRI, any of the above)
    organs: frozenset[str] = frozenset()  # the organs it names (``organ_words.case_reading``: "nodule" in a thyroid case)
    chest: bool = False  # names the chest (then nothing else above is set; ``organs`` those its other pieces name)

    @property
    def any(self) -> bool:
        return self.joint or self.head or self.abdomen or self.ultrasound or self.chestless

    @property
    def chest_only(self) -> bool:
        """Names the chest and no organ apart from it: an organless denial is the chest's (``verdicts.other_organ``);
        a neck CT's "Lung apices clear." leaves its "No retropharyngeal collection." the neck's."""
        return self.chest and self.organs.isdisjoint(_APART)


    @property
    def parts(self) -> frozenset[str]:
        """The body parts it names (``body_part``): where a finding named in an organ may lie (``verdicts.foreign_organ``)."""
        got = {body_part(o) for o in self.organs}
        for flag, part in ((self.chest, "chest"), (self.head, "head"), (self.abdomen, "abdomen"), (self.joint, "joint")):
            if flag:
                got.add(part)
        return frozenset(got)


# the body part of each organ the regions group ("tonsil" is the neck's, "frontal lobe" reads nowhere but the skull
# beside it is the head's): one organ named makes the case speak of its part
_PARTS = {**dict.fromkeys(_CHEST_ORGANS, "chest"), **dict.fromkeys(_HEAD_ORGANS, "head"),
          **dict.fromkeys(_NECK_ORGANS, "neck"), **dict.fromkeys(_ABDOMEN_ORGANS, "abdomen"),
          **dict.fromkeys(_JOINT_ORGANS, "joint")}


def body_part(organ: str) -> str:
    """The body part ``organ`` lies in (chest, head, neck, abdomen, joint), or the organ itself where no part holds it."""
    return _PARTS.get(organ, organ)


NO_REGION = Region()
_CHESTLESS = Region(chestless=True)

# The organless words each re-reading applies to (lower case, as the text wrote them).
_BARE_EFFUSION = frozenset({"effusion", "effusions", "eff", "fluid"})
_BARE_EDEMA = frozenset({"edema", "oedema"})
# a swelling that names no organ: a head's is the brain's ("bright swelling on the fluid-sensitive images", vpara25)
_BARE_SWELLING = frozenset({"swelling", "swellings"})
_ACOUSTIC = frozenset({"shadowing", "shadow", "shadows"})
# the lay words of a lung opacity that name no organ: a whiteness, a patch, a cloud, a haze, a shadow (vlay23)
_LAY_OPACITY = ("white", "patch", "cloud", "haz", "shadow")
_CHEST_WORDS = ("lung", "pulmonary", "chest", "hemithorax", "heart", "hila", "hilum")
# the radiologist's own words of an opacity: "patchy opacity", "hazy density" are a chest report's, never lay
_TECHNICAL_OPACITY = ("opacit", "densit", "consolidat", "airspace", "air space", "infiltrat")


def _lay_opacity(word: str) -> bool:
    """Whether ``word`` (a lung-opacity phrase, lower case) is a lay one naming no chest organ."""
    return (any(w in word for w in _LAY_OPACITY) and not any(w in word for w in _CHEST_WORDS)
            and not any(w in word for w in _TECHNICAL_OPACITY))

# lay words of a shift that name no organ: the chest reads them as the trachea's, a head CT as the midline's
# ("the brain is pushed over to the right")
_BARE_SHIFT = frozenset({"pushed over", "pulled over", "pushed across", "shifted over"})
_LUNG_WORDS = ("lung", "pulmonary")
# a bleed that names no place: a head CT's "no bleed", "no haemorrhage", "fresh blood" is the skull's (vlay21: a terse
# "no bleed, no shift" and a lay "there is no bleeding" against a report's "no intracranial haemorrhage" were
# unverifiable, a bleed in general not being denied by the absence of one kind)
_BARE_BLEED = frozenset({"bleed", "bleeds", "bleeding", "hemorrhage", "haemorrhage", "hemorrhages", "haemorrhages",
                         "blood", "fresh blood", "acute blood", "hyperdense blood", "blood products"})


def case_region(scanner: Scanner, concepts: Mapping[str, Concept], texts: Iterable[str | None],
                memo: dict[str, _Named] | None = None) -> Region:
    """The region of a case's ``texts`` (its report and reference steps): none where any names the chest (only
    ``chest``, with the organs its other pieces name), and ``NO_REGION`` where none names a joint, an abdominal organ
    or an ultrasound study. The organless words re-read here do not count as the chest's ("Large effusion." in a knee
    report).

    ``memo``: what each sentence piece names (``_names``), kept by the caller for its scanner and concepts:
    a benchmark's reports are new texts of sentences seen before, and scanning each whole report again was a
    visible share of the verifier's time on them (issue #12)."""
    joint = head = abdomen = ultrasound = named = chest = False
    stones: set[str] = set()
    organs: set[str] = set()
    for text in texts:
        if not text:
            continue
        for got in _text_names(scanner, concepts, text, lower_text(text), memo):
            chest = chest or got.chest
            named = named or got.named
            joint = joint or got.joint
            head = head or got.head
            abdomen = abdomen or got.abdomen
            ultrasound = ultrasound or got.ultrasound
            stones.update(got.stones)
            organs.update(got.organs)
    if chest:
        return Region(chest=True, organs=frozenset(organs))
    if not (joint or head or abdomen or ultrasound):
        # (nothing named: no report, nothing known of the case)
        return (Region(chestless=True, organs=frozenset(organs)) if organs else _CHESTLESS) if named else NO_REGION
    if len(stones) > 1:
        stones = {_TRACT_STONE.get(s, s) for s in stones}
    return Region(joint, head, abdomen, ultrasound, stones.pop() if len(stones) == 1 else None, True,
                  frozenset(organs))


@dataclass(frozen=True, slots=True)
class _Named:
    """What a text (or sentence piece) names: the chest, any concept at all, the organ systems, the stones, the
    organs (all of them read on past a chest word: ``Region.chest_only`` asks whether another organ is named too)."""

    chest: bool
    named: bool
    joint: bool
    head: bool
    abdomen: bool
    ultrasound: bool
    stones: frozenset[str]
    organs: frozenset[str]


_MEMO_LIMIT = 16384


def _text_names(scanner: Scanner, concepts: Mapping[str, Concept], text: str, low: str,
                memo: dict[str, _Named] | None) -> list[_Named]:
    """``_names`` of ``text`` (``low``: its scan form), read piece by piece with ``memo`` where the text's sentence pieces scan as
    the whole does (``pieces.py``: ``Scanner.sentences_cut``, no run of spaces or tabs), else of the whole text.

    A piece is read and keyed without the spaces it opens with (a piece after the first starts with the space after a
    sentence mark): a report's " No effusion." and its reference step "No effusion." are then one entry, read once per
    case where every sentence is new. Exact: under ``sentences_cut`` no phrase begins with a space, and the scan pads
    its text with a space on each side (``Scanner.events_lower``), so a leading space is a word bound as the text's
    start is and the events of the stripped piece are those of the piece, shifted; ``_names`` reads of each event
    only its concept and its own words (``low[start:end]``), never its offset."""
    if memo is None or not scanner.sentences_cut or "  " in low or "\t" in low:
        return [_names(scanner, concepts, low)]
    from medstep.verify.pieces import piece_starts  # (here: pieces -> clauses -> ... -> regions at import time)

    cuts = piece_starts(text, low, 0, len(low), scanner.dot_keys)
    out = []
    for a, b in zip([0, *cuts], [*cuts, len(low)]):
        piece = low[a:b].lstrip(" ")  # (" No effusion." in a report is its reference step "No effusion.": one key)
        if piece in memo:
            got = memo[piece]
        else:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            got = memo[piece] = _names(scanner, concepts, piece)
        out.append(got)
    return out


def _names(scanner: Scanner, concepts: Mapping[str, Concept], low: str) -> _Named:
    """What ``low`` (scan form) names; ``chest`` where it names a chest organ or finding (the case keeps every
    reading)."""
    joint = head = abdomen = ultrasound = named = chest = False
    stones: set[str] = set()
    organs: set[str] = set()
    for start, end, kind, cid, _attrs in scanner.events_lower(low):
        if kind != K_CONCEPT:
            continue
        c = concepts.get(cid)
        if c is None:
            continue
        named = True
        if cid in _CHEST_ORGANS or ((cid in _CHEST_ONLY or not c.ancestors.isdisjoint(_CHEST_FINDINGS))
                                    and not _organless(cid, low[start:end])
                                    and not organless_word(cid, low[start:end])):
            chest = True
            continue
        joint = joint or cid in _JOINT_ORGANS
        head = head or cid in _HEAD_ORGANS
        abdomen = abdomen or cid in _ABDOMEN_ORGANS
        ultrasound = ultrasound or cid == "ultrasound"
        if cid in _STONE_ORGANS:
            stones.add(_STONE_ORGANS[cid])
        if c.category == "anatomy":
            organs.add(cid)
    return _Named(chest, named, joint, head, abdomen, ultrasound, frozenset(stones), frozenset(organs))


def _organless(cid: str, word: str) -> bool:
    """Whether ``word`` is one of the organless words a region re-reads (for ``cid``)."""
    if cid == "pleural_effusion":
        return word in _BARE_EFFUSION
    if cid == "lung_opacity":
        return word in _ACOUSTIC or _lay_opacity(word)
    if cid == "edema":
        return word in _BARE_EDEMA
    if cid == "lung_abscess":
        return not any(w in word for w in _LUNG_WORDS)
    if cid == "tracheal_deviation":
        return word in _BARE_SHIFT
    if cid == "hemorrhage":
        return word in _BARE_BLEED
    if cid == "soft_tissue_swelling":
        return word in _BARE_SWELLING
    return False


def reread(found: list[Finding], region: Region, concepts: Mapping[str, Concept]) -> list[Finding]:
    """``found`` with its organless chest words read in ``region``: a bare effusion of a joint case is a joint
    effusion, "shadowing" in an ultrasound is the stone casting it (none where the case names both kidneys and
    gallbladder, or neither), oedema is the joint's bone marrow's or the head's brain's, an organless
    abscess in an abdominal case is an abscess, an organless stone ("A calculus is seen.") the gallbladder's in a
    case of the biliary tree. ``found`` itself when nothing changes (the lists are cached)."""
    if not region.any or not found:
        return found
    out: list[Finding] | None = None
    for k, f in enumerate(found):
        cid = f.concept
        new: str | None
        sited = cid in _REREAD and f.organ is not None and (f.bare or _organless(cid, f.text.lower()))
        own = organ_reading(cid, f.text.lower(), f.organ) if sited and f.organ is not None else None
        if sited and (own is not None and own != cid or own is None and f.organ in _CHEST_ORGANS):
            # named with its own organ ("no fluid in the pleural spaces" in a knee case): that organ's reading, not
            # the case's (a pleural denial read as the knee's effusion contradicted it; issue #8, lane site47); an
            # organ of no region of its own outside the chest ("shadowing in the left kidney") leaves the case's reading
            new = own or cid
        else:
            new = _reading(cid, region, f.text.lower()) if cid in _REREAD and (
                f.bare or _organless(cid, f.text.lower())) else case_reading(concepts, cid, f.text.lower(),
                                                                             region.organs)
        if new == cid:
            if out is not None:
                out.append(f)
            continue
        if out is None:
            out = found[:k]
        if new is not None and new in concepts:
            c = concepts[new]
            out.append(replace(f, concept=c.id, name=c.name, category=c.category))
    return found if out is None else out


REREAD = _REREAD = frozenset({"pleural_effusion", "lung_opacity", "lung_abscess", "edema", "kidney_stone",
                              "tracheal_deviation", "hemorrhage", "soft_tissue_swelling"})


def organ_reading(cid: str, word: str, organ: str) -> str | None:
    """What an organless word (``cid`` as the chest reads ``word``) is when the text names its organ: a label or an
    "in the knee" beside it ("Knee: effusion.", "Brain - oedema", "a small effusion in the left knee"), in a case
    whose report also names the chest (where ``case_region`` keeps the chest's readings). None: read as it is."""
    if cid not in _REREAD or not _organless(cid, word.lower()):
        return None
    if cid == "edema" and organ == "soft_tissues":  # "oedema in Kager's fat pad": the soft tissues' swelling (vlay23)
        return "soft_tissue_swelling"
    region = Region(organ in _JOINT_ORGANS or organ in _JOINT_RECESSES, organ in _HEAD_ORGANS,
                    organ in _ABDOMEN_ORGANS, False,
                    _STONE_ORGANS.get(organ))
    return _reading(cid, region, word.lower()) if region.any else None


def _reading(cid: str, region: Region, word: str = "") -> str | None:
    """What the chest reading ``cid`` of an organless ``word`` is in ``region``: a concept id (``cid`` itself: kept
    as read), or None (no finding)."""
    if cid == "pleural_effusion":
        return "joint_effusion" if region.joint else cid
    if cid == "lung_opacity" and region.ultrasound and word in _ACOUSTIC:  # the shadow behind an echogenic focus:
        return region.stone  # the stone of the one system holding them
    if cid == "lung_opacity" and _lay_opacity(word):  # a lay whiteness or patch ("whiter than normal", "a patch of
        return None  # white specks") with no chest: the brighter bone, breast or organ, no finding of its own (vlay23)
    if cid == "lung_opacity":
        return cid
    if cid == "lung_abscess":
        return "abscess" if region.abdomen else cid
    if cid == "kidney_stone":  # a stone with no organ near ("A calculus is seen."): the one system's the case names
        return region.stone if region.joint or region.head or region.abdomen or region.ultrasound else cid
    if cid == "tracheal_deviation":  # a lay shift in a head is the midline's
        return "midline_shift" if region.head else cid
    if cid == "hemorrhage":  # a bleed naming no place, in a head, is inside the skull
        return "intracranial_hemorrhage" if region.head else cid
    if cid == "soft_tissue_swelling":  # a swelling naming no place, in a head (no joint), is the brain's
        return "cerebral_edema" if region.head and not region.joint else cid
    if cid == "edema":  # oedema in a joint lies in the bone marrow, in a head in the brain (never both named)
        return cid if region.joint == region.head else "bone_marrow_edema" if region.joint else "cerebral_edema"
    return cid
