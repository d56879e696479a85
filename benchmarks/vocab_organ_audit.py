"""List the vocabulary's synonyms that may name another organ or entity than their concept (issue #8, vocab41).

A synonym naming another organ ("bladder stone" under kidney_stone) or a multi-organ generic word filed under one
organ's concept ("wall thickening" under bowel_wall_thickening) makes a claim match evidence about something else.
This lists the candidates for a reader to judge; most lines are signs that name a neighbour on purpose ("obscured
heart border" is a lung opacity), so it is an audit aid, not a test.

    PYTHONPATH=src python benchmarks/vocab_organ_audit.py [--bare]

ORGAN: a synonym whose organ words are all another organ's than the concept's own (its id and name).
GENERIC: a synonym that is a bare multi-organ word on an organ's concept, and whether ``answers/organ_homes.tsv``
re-reads it where another organ is named beside it. --bare also lists each organ concept's synonyms naming no organ at all.
"""

from __future__ import annotations

import re
import sys

from medstep.answers.concepts import merge_rows, packaged_text, read_rows
from medstep.verify.organ_words import organ_homes

# organ -> the words that name it (regex alternatives)
ORGANS: dict[str, str] = {
    "kidney": r"kidneys?|renal|nephr\w*|pyel\w*|calyx|calyces|calyceal",
    "ureter": r"ureters?|ureteric|ureteral|uretero\w*|pelviureteric",
    "bladder": r"(?<!gall )(?<!gall)bladder|vesical|cyst(?:itis|o\w+)",
    "gallbladder": r"gall ?bladder|cholecyst\w*|cholelith\w*|gallstones?",
    "bile": r"bile|biliary|choledoch\w*|cbd|cholangi\w*",
    "liver": r"liver|hepatic|hepato\w*",
    "bowel": r"bowel|colon\w*|colic|intestin\w*|ileum|ileal|jejun\w*|duoden\w*|rectal|rectum|sigmoid|caec\w*|cec\w*|enter\w*",
    "stomach": r"stomach|gastric|gastr\w*|pylor\w*",
    "esophagus": r"o?esophag\w*",
    "heart": r"heart|cardiac|cardio\w*|ventric\w*|atri(?:al|um)|myocard\w*|pericard\w*",
    "lung": r"lungs?|pulmonary|pneum\w*|lobar|alveol\w*",
    "brain": r"brain|cerebr\w*|intracranial|cranial",
    "femur": r"femur|femoral|thigh",
    "humerus": r"humerus|humeral",
    "tibia": r"tibia|tibial|shin",
    "fibula": r"fibula|fibular",
    "radius": r"radius|radial",
    "ulna": r"ulna|ulnar",
    "ankle": r"ankle|malleol\w*",
    "hip": r"hip",
    "knee": r"knee|patell\w*",
    "spleen": r"spleen|splenic",
    "pancreas": r"pancrea\w*",
    "thyroid": r"thyroid",
    "prostate": r"prostat\w*",
    "uterus": r"uter(?:us|ine)|endometri\w*",
    "ovary": r"ovar\w*",
    "testis": r"test(?:is|es|icular)|scrot\w*",
    "aorta": r"aort\w*",
    "spine": r"spin\w*|vertebr\w*",
}
_ORGAN_RE = {k: re.compile(r"\b(?:" + v + r")\b") for k, v in ORGANS.items()}
# words that name a finding of many organs: bare on one organ's concept, they read every organ's as that one's
GENERIC = frozenset("""wall thickening|thickening|mural thickening|stone|stones|calculus|calculi|mass|masses|cyst|cysts|
dilatation|dilation|dilated|lesion|ulcer|ulcers|ulceration|nodule|tumor|tumour|collection|obstruction|perforation|rupture|
hernia|polyp|polyps|calcification|enlargement|enlarged|fluid|abscess|inflammation|infarct|infarction|thrombus|clot|
narrowing|stenosis|atrophy|distension|torsion|laceration|contusion|hematoma|haematoma|bleed|bleeding|hemorrhage|effusion|
edema|oedema|swelling|tear|aneurysm|cancer|carcinoma|target sign|fracture|dislocation|cuffing|fibrosis|dissection|
tortuosity|air fluid level|fluid level""".replace("\n", "").split("|"))


def organs_of(text: str) -> set[str]:
    """The organs whose words ``text`` (lower case) holds."""
    return {k for k, r in _ORGAN_RE.items() if r.search(text)}


def audit(bare: bool = False) -> list[str]:
    """The lines of the audit over the packaged vocabulary."""
    rows = merge_rows(read_rows(packaged_text("concepts.tsv"), "concepts.tsv"))
    out = []
    for cid, row in rows.items():
        if row.category not in ("finding", "anatomy"):
            continue
        own = organs_of(cid.replace("_", " ") + " " + row.name.lower())
        if not own:
            continue
        plain = []
        for syn in row.synonyms:
            s = syn.split("{")[0].strip().lower().replace("-", " ")
            named = organs_of(s)
            if named and not named & own:
                out.append(f"ORGAN\t{cid}\t{s}\t{','.join(sorted(own))} vs {','.join(sorted(named))}")
            if row.category == "finding" and s in GENERIC:
                homed = "organ_homes" if (cid, s) in organ_homes() else "-"
                out.append(f"GENERIC\t{cid}\t{s}\t{','.join(sorted(own))}\t{homed}")
            if not named and s.isascii():
                plain.append(s)
        if bare and plain and row.category == "finding":
            out.append(f"BARE\t{cid}\t{'|'.join(plain)}")
    return out


if __name__ == "__main__":
    print("\n".join(audit("--bare" in sys.argv[1:])))
