"""The places a tube, line, drain or lead may lie, by device family: each position phrase with the places it names
(``_PLACES``), compiled into one leftmost-longest alternation per family (``PLACE_RE``). The table ``positions``
reads positions with; split out of ``positions.py`` (session 22) so that module keeps the reading and the comparison.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from medstep.answers.sites import VESSEL_MODIFIERS
from medstep.lazyre import lazy_compile
from medstep.verify.devices import FAMILIES

# the trachea and the oesophagus run from the neck into the chest: "above the thoracic inlet" and "in the upper
# trachea" can be one place, "4 cm above the carina" and "in the neck" cannot
_TRACHEA = frozenset({"cervical trachea", "thoracic trachea"})
_OESOPHAGUS = frozenset({"cervical oesophagus", "thoracic oesophagus"})
_NECK = frozenset({"pharynx", "cervical trachea", "cervical oesophagus"})
_ABOVE_DIAPHRAGM = frozenset({"thoracic oesophagus", "thoracic trachea", "right bronchus", "left bronchus",
                              "thoracic stomach"})
_BELOW_DIAPHRAGM = frozenset({"abdominal stomach", "duodenum", "jejunum", "abdomen"})
_STOMACH = frozenset({"abdominal stomach", "thoracic stomach"})
_SVC = frozenset({"upper svc", "lower svc"})
_RA = frozenset({"upper right atrium", "right atrium"})
_BELOW_CAJ = _RA | {"right ventricle", "ivc"}
_MEDIASTINUM = _SVC | {"right brachiocephalic", "left brachiocephalic", "upper right atrium", "azygos"}

_S = r"(?:(right|left|r|l) )?"  # an optional side, group 1 of each sided phrase
_VESSEL = r"(?:(?:" + "|".join(VESSEL_MODIFIERS) + r") )?"  # a branch or layer named before the vessel
# a part of a bowel segment before its name ("the proximal jejunum", "the second part of the duodenum"): the
# segment is still the place, as a device tip is judged by the organ it lies in
_PART = r"(?:(?:proximal|distal|mid|upper|lower|first|second|third|fourth) (?:part of the )?|(?:1st|2nd|3rd|4th|d[1-4]) " \
        r"(?:part of the )?)?"
_DIAPHRAGM = r"(?:expected )?(?:level of the )?(?:(?:left|right) )?(?:hemi ?)?diaphragms?"


# where a venous line lies in an artery: a malposition whatever the evidence's tip (``positions.conflict``)
ARTERY = frozenset({"artery"})


def _sided(vein: str) -> frozenset[str]:
    return frozenset({f"right {vein}", f"left {vein}"})


# (family or families, pattern, places; a callable when the side or a modifier picks them)
_Places = frozenset[str] | Callable[[re.Match[str]], frozenset[str]]
# the pulmonary artery a catheter tip lies in: a named branch keeps its side, an unnamed artery is any of them
_PA_PLACES: dict[str | None, frozenset[str]] = {
    "right": frozenset({"right pulmonary artery"}), "left": frozenset({"left pulmonary artery"}),
    "main": frozenset({"main pulmonary artery"}),
    None: frozenset({"main pulmonary artery", "right pulmonary artery", "left pulmonary artery"})}
_PLACES: tuple[tuple[tuple[str, ...], str, _Places], ...] = (
    # ---- airway and enteric tubes ----
    (("airway", "enteric"), r"(?:below|beneath|under|beyond) the gastro o?esophageal junction|(?:below|beneath|under|"
     r"beyond) the (?:goj|gej)|(?:below|beneath|under|beyond) the " + _DIAPHRAGM + r"|(?:in|into|within) the abdomen|"
     r"intra abdominal", _BELOW_DIAPHRAGM),
    (("airway", "enteric"), r"above the " + _DIAPHRAGM, _ABOVE_DIAPHRAGM),
    (("airway", "enteric"), r"(?:at|to) the (?:gastro o?esophageal junction|goj|gej|cardia)",
     frozenset({"thoracic oesophagus", "abdominal stomach", "thoracic stomach"})),
    (("airway", "enteric"), r"(?:herniated|intrathoracic|thoracic) stomach", frozenset({"thoracic stomach"})),
    (("airway", "enteric"), r"(?:in|into|within|inside) (?:the )?stomach|gastric (?:fundus|body|antrum|lumen)|"
     r"(?:in|into) the (?:gastric )?(?:fundus|antrum)|(?:in|into) the gastric", _STOMACH),
    (("airway", "enteric"), r"(?:in|into|within) the " + _PART + r"duodenum|duodenal|post pyloric|beyond the pylorus",
     frozenset({"duodenum"})),
    (("airway", "enteric"), r"(?:in|into|within) the " + _PART + r"jejunum|jejunal|(?:at|beyond) the (?:duodeno ?"
     r"jejunal flexure|dj flexure|ligament of treitz)", frozenset({"jejunum"})),
    (("airway", "enteric"), r"(?:in|into|within) the " + _PART + r"small (?:bowel|intestine)",
     frozenset({"duodenum", "jejunum"})),
    (("airway", "enteric"), r"(?:(mid|middle|lower|distal|upper|proximal|cervical) )?o?esophag(?:us|eal)",
     lambda m: frozenset({"thoracic oesophagus"}) if m.group(1) in ("mid", "middle", "lower", "distal")
     else _OESOPHAGUS),
    (("airway", "enteric"), r"(?:(\d+(?:\.\d+)?) ?(cm|mm) )?above (?:the )?carina", lambda m: (
        frozenset({"thoracic trachea"}) if m.group(1) and float(m.group(1)) / (10 if m.group(2) == "mm" else 1) <= 7
        else _TRACHEA)),
    (("airway", "enteric"), r"(?:in|into|within|down) the (?:(mid|middle|lower|distal|upper|proximal) )?trachea|"
     r"(mid) trachea", lambda m: frozenset({"thoracic trachea"}) if (m.group(1) or m.group(2)) in (
         "mid", "middle", "lower", "distal") else _TRACHEA),
    (("airway", "enteric"), r"at (?:the level of )?(?:the )?(?:thoracic inlet|clavicles|clavicular heads)", _TRACHEA),
    (("airway", "enteric"), r"(?:at|to) (?:the level of )?the carina", frozenset({"thoracic trachea", "right bronchus",
                                                                                   "left bronchus"})),
    (("airway", "enteric"), r"(right|left|r|l) (?:main(?: ?stem)?|mainstem|upper lobe|middle lobe|lower lobe) "
     r"(?:bronchus|bronchi)|(right|left) (?:main ?stem|bronchus)|bronchus intermedius|(right|left) bronchial tree",
     lambda m: frozenset({"left bronchus" if (m.group(1) or m.group(2) or m.group(3) or "r")[0] == "l"
                          else "right bronchus"})),
    (("airway", "enteric"), r"(?:in|into) the (?:neck|pharynx|hypopharynx|oropharynx|nasopharynx)|above the "
     r"(?:level of the )?(?:thoracic inlet|clavicles)|at the level of the (?:vocal cords|larynx)", _NECK),
    (("airway", "enteric"), r"(?:upper|in the|into the) (?:chest|thorax)", _ABOVE_DIAPHRAGM),
    # ---- venous lines ----
    (("venous",), _S + r"(?:internal jugular|ij)(?: vein)?", lambda m: _side_places(m, "internal jugular")),
    (("venous",), _S + r"external jugular(?: vein)?", lambda m: _side_places(m, "external jugular")),
    (("venous",), _S + r"subclavian(?: vein)?", lambda m: _side_places(m, "subclavian")),
    (("venous",), _S + r"axillary(?: vein)?", lambda m: _side_places(m, "axillary")),
    (("venous",), _S + r"(?:brachiocephalic|innominate)(?: vein)?", lambda m: _side_places(m, "brachiocephalic")),
    (("venous",), r"(?:below|beneath|under) (?:the )?(?:(?:lateral|medial|outer|inner) (?:third|end|half|aspect) of "
     r"the )?(right|left) clavicle", lambda m: frozenset({f"{m.group(1)} subclavian", f"{m.group(1)} axillary"})),
    (("venous",), _S + _VESSEL + r"femoral vein", lambda m: _side_places(m, "femoral")),
    # an artery a venous line was put in by mistake ("placed in the left common femoral artery"): no vein of any
    # evidence position (the pulmonary arteries, where a Swan-Ganz catheter lies, are their own places below)
    (("venous",), _S + _VESSEL + r"(?:femoral|carotid|subclavian|axillary|brachial|radial|iliac) artery", ARTERY),
    (("venous",), r"(?:in|into) the neck", frozenset({*_sided("internal jugular"), *_sided("external jugular")})),
    (("venous",), r"(?:in|into|down into|towards) the mediastinum", _MEDIASTINUM),
    (("venous",), r"(?:above|proximal to) the (?:cavo ?atrial|atriocaval|svc ra|caval atrial) junction|above the caj",
     _SVC),
    (("venous",), r"(?:below|beyond|distal to) the (?:cavo ?atrial|atriocaval|svc ra|caval atrial) junction|"
     r"below the caj", _BELOW_CAJ),
    (("venous",), r"(?:cavo ?atrial|atriocaval|svc ra|caval atrial) junction|caj", frozenset({"lower svc",
                                                                                             "upper right atrium"})),
    (("venous",), r"(?:(lower|distal|low|upper|proximal|high|mid) )?(?:superior vena cava|svc)", lambda m: (
        _SVC if m.group(1) is None or m.group(1) == "mid" else frozenset(
            {"lower svc"} if m.group(1) in ("lower", "distal", "low") else {"upper svc"}))),
    # (an umbilical venous catheter's junction before the vessels it names: the first alternative that matches wins)
    (("uvc",), r"(?:cavo ?atrial|atriocaval|ivc ?ra|ivc right atrial|ivc (?:and )?right atrium|ivc ra) junction|"
     r"junction of the (?:ivc|inferior vena cava) and (?:the )?right atrium", frozenset({"ivc", "upper right atrium"})),
    (("venous", "lead"), r"(?:deep|well|low|lower|mid|middle) (?:(?:with)?in|into) the right atrium|(?:mid|middle|lower|low) "
                         r"right atrium", frozenset({"right atrium"})),  # past its upper part, the cavoatrial junction's
    (("venous", "lead", "uvc"), r"right atri(?:um|al (?:appendage|cavity))|ra", _RA),
    (("venous", "lead"), r"right ventric(?:le|ular(?: apex| outflow tract| cavity)?)|rv apex|rv", frozenset(
        {"right ventricle"})),
    (("venous", "lead", "uvc"), r"inferior vena cava|ivc", frozenset({"ivc"})),
    (("venous", "lead"), r"azygos(?: vein| arch)?", frozenset({"azygos"})),
    (("venous", "lead"), r"(?:(right|left) (?:(?:upper|middle|lower) lobe )?|(main) )?pulmonary arter(?:y|ies)|"
                         r"pulmonary trunk", lambda m: _PA_PLACES[m.group(1) or m.group(2)]),  # a branch keeps its side
    (("venous", "lead"), r"coronary sinus", frozenset({"coronary sinus"})),
    (("lead",), r"superior vena cava|svc", _SVC),
    (("lead",), r"(?:over|overlies|overlying|in|on) the (right|left) (?:upper )?(?:chest(?: wall)?|pectoral(?: region)?|"
     r"infraclavicular(?: region)?)",
     lambda m: frozenset({f"{m.group(1)} chest wall"})),
    # ---- pleural drains ----
    (("drain",), r"(?:lung )?apex|apices", frozenset({"apex"})),
    (("drain",), r"(?:lung )?base|costophrenic (?:angle|recess)", frozenset({"base"})),
    (("drain",), r"(?:horizontal|oblique|major|minor) fissure|fissure", frozenset({"fissure"})),
    # ---- cerebrospinal fluid shunts: a ventricle (a horn is its lateral ventricle's), the brain around it, the far end
    (("shunt",), r"(?:frontal|occipital|temporal) horn of the (right|left) lateral ventricle|(right|left) (?:frontal|"
     r"occipital|temporal) horn|(right|left) lateral ventricle", lambda m: frozenset(
         {f"{m.group(1) or m.group(2) or m.group(3)} lateral ventricle"})),
    (("shunt",), r"(?:frontal|occipital|temporal) horns?|lateral ventricles?", _sided("lateral ventricle")),
    (("shunt",), r"third ventricle", frozenset({"third ventricle"})),
    (("shunt",), r"fourth ventricle", frozenset({"fourth ventricle"})),
    (("shunt",), r"(?:in|into|within|inside) the ventricles?|intraventricular|ventricular system",
     _sided("lateral ventricle") | {"third ventricle", "fourth ventricle"}),
    (("shunt",), r"(?:brain |cerebral )?parenchyma|intraparenchymal|extraventricular|outside (?:of )?the (?:lateral )?"
     r"ventricles?|(?:frontal|parietal|temporal|occipital) lobe|white matter", frozenset({"parenchyma"})),
    (("shunt",), r"peritone(?:um|al cavity)|intraperitoneal|(?:in|into|within) the (?:abdomen|pelvis)",
     frozenset({"peritoneum"})),
    # ---- umbilical catheters (lane change50): the venous one's junction of the inferior vena cava and the right atrium,
    # the portal system it may stray into, and either's tip by vertebral level
    (("uvc",), r"(?:(?:left|right|main) )?portal (?:venous system|venous|vein|sinus|system|circulation)|intrahepatic|"
     r"(?:in|within|into) the liver|hepatic veins?", frozenset({"portal"})),
    (("uvc",), r"ductus venosus", frozenset({"ductus venosus"})),
    (("uac",), r"(?:descending |abdominal |thoracic )?aorta|aortic", frozenset({"aorta"})),
    (("uvc", "uac"), r"(?:(?:the )?level of (?:the )?)?([tl])(1[0-2]|[1-9])(?: vertebral body| vertebra)?",
     lambda m: _level_places(m.group(1), int(m.group(2)))),
    # ---- bladder catheters: the balloon in the bladder, or short of it in the urethra (verr25)
    (("urinary",), r"(?:urinary )?bladder|intravesical", frozenset({"bladder"})),
    (("urinary",), r"(?:(?:prostatic|penile|bulbar|membranous|proximal|distal) )?urethra", frozenset({"urethra"})),
)


_SPINE = tuple(f"t{n}" for n in range(1, 13)) + tuple(f"l{n}" for n in range(1, 6)) + ("s1",)
# the places that are vertebral levels: an axis of their own (``positions._on_axis``)
LEVELS = frozenset(_SPINE)


def _level_places(letter: str, n: int) -> frozenset[str]:
    """A tip at a vertebral level as the level and the one below: a level and its neighbour agree (a tip between T9
    and T10 is called either), two levels apart do not (a venous catheter at T12 lies below the heart; an arterial
    one at L1 is low, at T8 high)."""
    k = _SPINE.index(f"{letter}{n}") if f"{letter}{n}" in _SPINE else None
    if k is None:  # (L6 and beyond: no level of the table; an empty place conflicts with nothing)
        return frozenset()
    return frozenset(_SPINE[k:k + 2])


def _side_places(m: re.Match, vein: str) -> frozenset[str]:
    side = m.group(1)
    if side is None:
        return _sided(vein)
    return frozenset({f"{'left' if side[0] == 'l' else 'right'} {vein}"})


def _alternation(rows: Iterable[tuple[int, str]]) -> re.Pattern:
    return re.compile("|".join(rf"(?P<p{k}>\b(?:{pat})\b)" for k, pat in rows))


# one alternation per family: the leftmost-longest phrase of that family's vocabulary wins
PLACE_RE = {fam: (_alternation((k, pat) for k, (fams, pat, _p) in enumerate(_PLACES) if fam in fams),
                   {f"p{k}": (places, lazy_compile(pat) if callable(places) else None)
                    for k, (fams, pat, places) in enumerate(_PLACES) if fam in fams})
             for fam in FAMILIES}

__all__ = ["ARTERY", "LEVELS", "PLACE_RE"]
