"""Qualifiers: the words that narrow a named finding, device or structure to one kind or instance of itself, and
change nothing else ("acute appendicitis", "displaced fracture", "dual-chamber pacemaker", "spiculated mass").

The one list of them (sides, places, sizes and severities live in the vocabulary's own tables: ``concepts.tsv``'s
anatomy rows, the verifier's attribute rows in ``verify/triggers.tsv``, ``wordforms.tsv``). The open-answer grader's
``narrower`` rung (``score/open_narrow.py``) takes an answer that holds its gold with words of its noun phrase only
when each of those words is a known one, so a word that names nothing known ("xyzzy pneumothorax", an option's
letter, a verdict such as "wrong" or "doubtful") never passes for a narrowing one. A word is here only when, said
before or after a finding, it names a kind of that finding that is still the finding: words that make it another
thing, put it in the past, deny or doubt it are the hedge and negation lists' (``answers/hedges.py``,
``answers/negation.py``), and the grader refuses them before it looks here.
"""

from __future__ import annotations

from dataclasses import dataclass

from medstep.answers.text import NUMBER_WORDS

# Time course and onset: "acute appendicitis", "chronic subdural haematoma", "congenital hernia".
ACUITY = ("acute", "subacute", "hyperacute", "chronic", "early", "recurrent", "spontaneous", "primary", "secondary",
          "congenital", "acquired", "neonatal", "infantile", "juvenile", "adult", "paroxysmal", "incidental")
# Cause: "traumatic pneumothorax", "ischaemic stroke", "pathological fracture".
CAUSE = ("traumatic", "iatrogenic", "infectious", "infective", "bacterial", "viral", "fungal", "tuberculous",
         "septic", "ischemic", "ischaemic", "hemorrhagic", "haemorrhagic", "embolic", "thrombotic", "obstructive",
         "degenerative", "inflammatory", "diabetic", "hypertensive", "alcoholic", "pathological", "pathologic",
         "stress", "insufficiency", "osteoporotic", "malignant", "benign", "metastatic", "neoplastic", "reactive")
# Shape, margin, texture and pattern: "spiculated mass", "ring-enhancing lesion", "segmental fine linear branching
# calcifications", "diffuse thin-walled cysts".
FORM = ("simple", "complex", "complicated", "uncomplicated", "displaced", "undisplaced", "angulated", "comminuted",
        "spiral", "oblique", "transverse", "longitudinal", "avulsion", "impacted", "compound", "open", "closed",
        "greenstick", "buckle", "torus", "depressed", "burst", "wedge", "compression", "pedunculated", "sessile",
        "polypoid", "cavitary", "cavitating", "cystic", "solid", "necrotic", "ring", "rim", "enhancing", "well",
        "circumscribed", "defined", "marginated", "ill", "irregular", "smooth", "lobulated", "spiculated", "round",
        "rounded", "oval", "linear", "branching", "fine", "coarse", "punctate", "nodular", "patchy", "focal",
        "multifocal", "diffuse", "generalized", "generalised", "localized", "localised", "lobar", "segmental",
        "subsegmental", "dense", "thick", "thin", "walled", "full", "thickness", "partial", "complete", "incomplete",
        "total", "subtotal", "tension", "loculated", "free", "flowing", "layering", "incarcerated", "strangulated",
        "obstructing", "reducible", "irreducible", "involuting", "amelanotic", "pigmented", "atypical", "typical",
        "classic", "classical", "giant", "saccular", "fusiform", "dissecting", "ruptured", "invasive",
        "infiltrating", "differentiated", "poorly", "undifferentiated", "proliferative", "exudative", "mixed",
        "superficial", "deep", "situ", "viable", "live", "white", "mature", "closed-loop", "loop", "enlarged", "dilated", "distended",
        "hypertrophic", "atrophic", "bulky", "huge", "big", "minute", "long", "short", "wide", "narrow", "broad")
# How an image shows it: echo, density and signal ("heterogeneous hypoechoic mass", "hyperdense MCA sign").
APPEARANCE = ("hypoechoic", "hyperechoic", "anechoic", "isoechoic", "echogenic", "hypodense", "hyperdense", "isodense",
              "hypointense", "hyperintense", "isointense", "hypoattenuating", "hyperattenuating", "heterogeneous",
              "homogeneous", "heterogeneously", "homogeneously", "lucent", "lytic", "sclerotic", "septated",
              "multiloculated", "unilocular", "multilocular", "clustered", "grouped", "pleomorphic", "amorphous",
              "calcified", "noncalcified", "uncalcified", "gangrenous", "perforated", "emphysematous", "bucket", "handle", "flap", "horizontal", "vertical",
              "rapid", "slow", "sliding", "rolling", "spreading", "dichorionic", "diamniotic", "monochorionic",
              "monoamniotic")
# How many: "multiple gallstones", "solitary pulmonary nodule".
NUMBER = ("multiple", "solitary", "single", "numerous", "several", "few", "innumerable", "scattered", "isolated")
# A device's build and route: "dual-chamber pacemaker", "tunnelled central venous catheter".
BUILD = ("dual", "chamber", "permanent", "temporary", "tunneled", "tunnelled", "implantable", "transvenous",
         "biventricular", "internal", "external", "indwelling")
# Places and regions: the body's structures and their adjectives that the vocabulary's anatomy rows do not hold as
# words (those rows carry what "a normal <organ>" rules out for the extractor and the verifier, so they name organs,
# not every place), vascular territories and the ECG leads: "vegetation on the anterior mitral leaflet", "median
# nerve at the carpal tunnel", "ST elevation in V1-V4".
PLACE = ("intrauterine", "intracranial", "extracranial", "intraventricular", "periventricular", "intra", "extra",
         "cortical", "subcortical", "medullary", "medulla", "subcapsular", "territory", "region", "segment", "wall",
         "jugular", "subclavian", "carotid", "vertebral", "popliteal", "radial", "ulnar", "fibular", "patellar",
         "artery", "vein", "venous", "arterial", "valve", "valvular", "leaflet", "annulus", "mitral", "tricuspid",
         "pulmonic", "myocardial", "pericardial", "endocardial", "carpal", "tarsal", "tunnel", "cubital", "scaphoid",
         "lunate", "talus", "talar", "calcaneus", "calcaneal", "navicular", "cuboid", "phalanx", "phalangeal",
         "metacarpal", "metatarsal", "epiphysis", "epiphyseal", "metaphysis", "metaphyseal", "diaphysis",
         "diaphyseal", "acetabular", "acetabulum", "glenoid", "clavicular", "scapular", "sternal", "costal",
         "intercostal", "sacral", "coccygeal", "tendon", "cartilage", "labrum", "labral", "rotator", "cuff",
         "achilles", "plantar", "palmar", "digital", "capsule", "retinal", "macula", "macular", "fovea", "foveal", "corneal", "lens", "vitreous",
         "choroidal", "orbital", "mandibular", "mandible", "maxilla", "tonsil", "tonsillar", "parotid",
         "submandibular", "ovarian", "prostatic", "testicular", "scrotal", "inguinal", "umbilical", "ileal",
         "hippocampal", "axillary", "supraclavicular", "nipple", "skin", "epidural", "subdural", "subarachnoid",
         "eye", "eyes", "back", "trunk", "scalp", "face", "forehead", "cheek", "chin", "arm", "forearm", "thigh",
         "calf", "shin", "leg", "sole", "palm", "finger", "toe", "waist", "supraspinatus", "infraspinatus",
         "subscapularis", "cerebellopontine", "accessory", "ossicle", "lead", "leads", "v1", "v2", "v3", "v4", "v5", "v6", "avf", "avl", "avr",
         "precordial", "septal", "anteroseptal", "anterolateral", "inferolateral", "posterolateral", "posteromedial",
         "anteromedial", "mca", "aca", "pca", "ica", "lad", "ileocolic", "ileoileal", "colocolic", "jejunojejunal",
         "ileocaecal", "ileocecal", "jejunal", "postaxial", "preaxial", "articular", "subcapital", "subtrochanteric",
         "intertrochanteric", "intraperitoneal", "retroperitoneal", "extraperitoneal")

QUALIFIERS = frozenset(ACUITY + CAUSE + FORM + APPEARANCE + NUMBER + BUILD + PLACE)

# Subtype words: the qualifiers that single out one kind of a finding among its others, so that denying that kind
# leaves the others standing ("no saddle embolus" beside segmental emboli, "no large bowel obstruction" beside a
# small-bowel one, "no displaced fragment" beside an undisplaced one; ``verify/subtypes.py``). Words of distribution,
# place or look ("focal", "patchy", "diffuse", "lobar", "venous") are not: writers deny the whole finding with them
# ("no focal consolidation"), and a report names the same finding by its place ("right lower lobe consolidation").
# "small" and "large" name the bowel's two parts and the grade of a kind ("large vestibular aqueduct" is the
# enlarged one: a word of the concept's own name never counts). Nor "complete": a finding named without it is
# the complete one ("no complete left bundle branch block" against "left bundle branch block" errs), and a complete
# tear is a grade (``verify/triggers.tsv``). Not part of ``QUALIFIERS``: the open-answer grader's
# narrowing words are a separate decision. A subtype word makes a kind only as an alternative of ``KIND_SETS``.
SUBTYPE = frozenset(("saddle", "tension", "partial", "full", "thickness", "displaced",
                     "undisplaced", "nondisplaced", "comminuted", "closed", "loop", "central", "massive", "small",
                     "large", "spiral", "oblique", "transverse", "greenstick", "buckle", "torus", "avulsion", "burst",
                     "depressed", "impacted", "compound", "open", "strangulated", "incarcerated", "saccular",
                     "fusiform", "dissecting", "loculated", "bacterial", "pneumococcal", "viral", "fungal",
                     "pneumocystis"))


# Kinds that exclude one another: each set lists, for the head words it kinds, its alternatives as groups of words
# that say the same kind (an abbreviation, a synonym kind, a word form, the bowel's part by name). A denied kind is
# set aside only when the evidence names ANOTHER alternative of its set for that finding ("no small bowel
# obstruction" beside a large-bowel one, "no buckle fracture" beside a greenstick one); evidence of no stated kind, or
# of the same kind in any of its words ("buckle" and "torus", "SBO"), still answers the denial
# (``verify/subtypes.py``). Words of no set ("tension", "closed loop", "central") never set a denial aside.
@dataclass(frozen=True)
class KindSet:
    """Mutually exclusive kinds of the findings whose synonyms end in one of ``heads``."""

    heads: frozenset[str]
    alternatives: tuple[frozenset[str], ...]


KIND_SETS = (
    KindSet(frozenset(("obstruction", "obstructions", "ischaemia", "ischemia", "ischaemias", "ischemias")),
            (frozenset(("small", "sbo", "jejunal", "jejunum", "ileal", "ileum")),
             frozenset(("large", "lbo", "colonic", "colon", "sigmoid", "caecal", "cecal")))),
    KindSet(frozenset(("embolus", "emboli", "embolism", "embolisms")),
            (frozenset(("saddle",)), frozenset(("lobar",)), frozenset(("segmental",)), frozenset(("subsegmental",)))),
    KindSet(frozenset(("fracture", "fractures")),
            (frozenset(("spiral",)), frozenset(("oblique",)), frozenset(("transverse", "transversely")))),
    KindSet(frozenset(("fracture", "fractures")),
            (frozenset(("buckle", "torus", "buckling")), frozenset(("greenstick",)), frozenset(("complete",)))),
    KindSet(frozenset(("tear", "tears")), (frozenset(("partial",)), frozenset(("full", "complete")))),
    # a pneumonia's cause (session 45: "Pneumocystis pneumonia rather than bacterial pneumonia" was contradicted by the
    # report's Pneumocystis pneumonia); a pattern ("lobar", "atypical") names no cause and stays out. Pneumocystis is
    # a fungus: "not a fungal pneumonia" against a Pneumocystis pneumonia errs (review of medi45)
    KindSet(frozenset(("pneumonia", "pneumonias")),
            (frozenset(("bacterial", "pneumococcal", "staphylococcal", "streptococcal")), frozenset(("viral",)),
             frozenset(("fungal", "pneumocystis", "pcp", "pjp")))),
)


# Qualifiers that exclude one another, whatever the finding: each family lists its alternatives, each a group of words
# that say the same (hyphenated and "non " compounds written as one word: "non-displaced" is "nondisplaced",
# "full-thickness" is "fullthickness"). A statement that says one alternative of a family beside a finding, and no
# word of another, contradicts an option that qualifies the same finding with that other alternative: "chronic subdural
# haematoma" is no "Acute subdural hematoma", "two pulmonary nodules" no "Solitary pulmonary nodule", "an
# intertrochanteric fracture" no "Femoral neck fracture" (``extract/option_narrowed.qualifier_contradicted``, the check
# every multiple-choice reading by words passes). ``KIND_SETS`` add the kinds of their own heads.
OPPOSED: tuple[tuple[frozenset[str], ...], ...] = tuple(tuple(frozenset(group) for group in family) for family in (
    # time course
    (("acute", "hyperacute", "acutely"), ("subacute",), ("chronic", "chronically", "longstanding", "remote")),
    # displacement of a fracture
    (("displaced",), ("undisplaced", "nondisplaced")),
    # complication
    (("perforated", "ruptured", "gangrenous", "complicated"), ("uncomplicated", "nonperforated", "unruptured")),
    # how many
    (("solitary", "single", "isolated", "lone", "unifocal"),
     ("multiple", "numerous", "several", "innumerable", "multifocal", "many", "bilateral", *NUMBER_WORDS[2:])),
    # behaviour
    (("benign", "nonmalignant"), ("malignant", "metastatic", "cancerous")),
    # extent of a tear or collapse
    (("partial", "partialthickness", "incomplete"), ("complete", "fullthickness")),
    # grade
    (("lowgrade",), ("highgrade",)),
    # cause of a stroke or bleed
    (("ischemic", "ischaemic"), ("hemorrhagic", "haemorrhagic")),
    # side
    (("left",), ("right",)),
    # level of a lobe, a zone or a limb
    (("upper",), ("middle",), ("lower",)),
    (("proximal",), ("distal",)),
    # the parts of the proximal femur
    (("neck", "subcapital", "transcervical", "basicervical"), ("intertrochanteric", "pertrochanteric", "trochanteric"),
     ("subtrochanteric",), ("shaft", "midshaft", "diaphyseal")),
))


# Qualifiers that set a DENIAL apart from a finding said otherwise (issue #8, lane denial48): a denial qualified by one
# alternative of a family ("no acute fracture", "not venous thrombosis", "no posterior dislocation", "not sigmoid
# volvulus") does not reach a finding of its concept the report qualifies with another alternative of that family and
# not the denied one ("old healed rib fractures", "a filling defect in the superior mesenteric artery", "anterior
# dislocation", "caecal volvulus"); a finding said with the denied alternative, or with none, still answers it
# (``verify/qualified.py``, ``verify/evidence_relation.relation``). OPPOSED's families of kind (time course, with the
# words that date a finding as old: "healed", "united"; displacement; complication; behaviour; cause of a stroke),
# not its sides, levels and counts, which the verifier reads as places and numbers with their own rules, and the
# families of place that name another structure of one finding: the vessel, the front or back, the orbit's septum,
# the compartment of a bleed, the segment of the colon, the part of the bowel. Only words said inside the denied phrase count: a denial
# with no qualifier ("no fracture") reaches every fracture, as before.
_OLD = ("old", "healed", "healing", "united", "longstanding", "remote", "chronic", "chronically")
DENIAL_APART: tuple[tuple[frozenset[str], ...], ...] = (
    (frozenset(("acute", "hyperacute", "acutely", "fresh")), frozenset(("subacute",)), frozenset(_OLD)),
    *(f for f in OPPOSED if any(w in g for g in f for w in ("displaced", "perforated", "benign", "ischemic"))),
    (frozenset(("arterial", "artery", "arteries")), frozenset(("venous", "vein", "veins"))),
    (frozenset(("anterior", "anteriorly")), frozenset(("posterior", "posteriorly"))),
    (frozenset(("occlusive", "occluding", "occluded")), frozenset(("nonocclusive",))),
    (frozenset(("preseptal",)), frozenset(("postseptal",))),
    (frozenset(("subarachnoid",)), frozenset(("subdural",)), frozenset(("epidural", "extradural")),
     frozenset(("intraparenchymal", "parenchymal", "intracerebral", "ganglia", "thalamic")),
     frozenset(("intraventricular",))),
    (frozenset(("sigmoid",)), frozenset(("caecal", "cecal", "caecum", "cecum")), frozenset(("midgut",))),
    # the bowel's two parts ("small bowel" and "large bowel" read as one word each: "the colon is not dilated" denies
    # no small-bowel obstruction)
    (frozenset(("smallbowel", "smallintestine", "jejunal", "jejunum", "ileal", "ileum", "duodenal", "duodenum")),
     frozenset(("largebowel", "largeintestine", "colon", "colonic", "caecal", "cecal", "caecum", "cecum", "sigmoid",
                "rectal", "rectum", "rectosigmoid"))),
)


# Words that name one kind (issue #8, session 54 review): a kind set aside by one of them ("against reactivation TB")
# is said by a finding named with another ("post-primary tuberculosis": hyphenated words read joined), beside the groups
# of OPPOSED and DENIAL_APART ("extradural" and "epidural") (``verify.label_denials.labels_apart``).
SAME_KIND: tuple[frozenset[str], ...] = (
    frozenset(("reactivation", "postprimary")),
    *(group for family in (*OPPOSED, *DENIAL_APART) for group in family if len(group) > 1),
)

__all__ = ["ACUITY", "APPEARANCE", "BUILD", "CAUSE", "DENIAL_APART", "FORM", "KIND_SETS", "NUMBER", "OPPOSED", "PLACE", "QUALIFIERS",
           "SAME_KIND", "SUBTYPE", "KindSet"]
