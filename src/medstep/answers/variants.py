"""Regular variants of the vocabulary's phrases: British spellings and the shorthand of a cancer's organ.

The concept table lists its phrases mostly in American spelling ("hematoma", "edema", "esophagus", "tumor",
"oligemia", "necrotizing") and only some in British spelling beside them. A chain written in British English
("a subdural haematoma", "an oligaemic lung", "the oesophagus is dilated", "necrotising pancreatitis") then named
nothing the table knows, and a faithful chain lost whole findings to its spelling (vlay21: the retired blind sets'
chains are written in British English by writers who never saw the table). Both readers add these variants after
every listed phrase, never over one: a phrase the table lists itself keeps its concept.

The rules are the regular correspondences of medical spelling (the "ae" and "oe" of Greek roots, "-our", "-re",
"-ise"), each bounded to the roots where it holds: "hemi-" (half) is no "haemi-", "systemic" no "systaemic",
"pedicle" no "paedicle", "size" no "sise".

Terse chains name a cancer by its organ and "ca" or "primary" ("testicular ca", "known lung primary", "breast ca"):
an organ's cancer listed as "<organ> cancer" or "<organ> carcinoma" is read in those forms too.
"""

from __future__ import annotations

import re

from medstep.lazyre import lazy_compile

__all__ = ["british_variant", "derived_phrases"]

_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((lazy_compile(p), r) for p, r in (
    # haem-: blood ("hematoma", "hemorrhage", "hemarthrosis", "lipohemarthrosis", "hemangioma"), not hemi- (half)
    (r"(?<![a-z])(lipo|pneumo|hydro)?hem(?=[ao])", r"\1haem"),
    # -aemia / -aemic: a state of the blood ("oligemia", "ischemic", "anemia", "hyperemia", "leukemia")
    (r"(isch|olig|an|hyper|leuk|septic|bacter|tox|ur|hypox|glyc|kal|natr|calc|lip|vir)em(?=i[ac])", r"\1aem"),
    # oedema ("edema", "lymphedema", "myxedema"), oesophagus ("esophageal", "gastroesophageal")
    (r"(?<![a-z])(lymph|myx)?edem", r"\1oedem"),
    (r"gastro ?esophag", "gastro oesophag"),
    (r"(?<![a-z])esophag", "oesophag"),
    (r"(?<![a-z])fet(?=al\b|us\b|uses\b)", "foet"),
    (r"(?<![a-z])(orthop|p)ediatric", r"\1aediatric"),
    (r"(?<![a-z])ortho?pedic", "orthopaedic"),
    (r"(?<![a-z])cec(?=um\b|al\b)", "caec"),
    (r"(?<![a-z])celiac", "coeliac"),
    (r"(?<![a-z])(an)?esthe", r"\1aesthe"),
    (r"(diarrh|gonorrh)ea", r"\1oea"),
    (r"(?<![a-z])estrogen", "oestrogen"),
    (r"leukocyt", "leucocyt"),
    # -our, -re, grey
    (r"tumor", "tumour"),
    (r"(?<![a-z])(colo|favo)r", r"\1ur"),
    (r"(?<![a-z])(cent|fib|lit|met)er(?=s?\b)", r"\1re"),
    (r"(?<![a-z])gray(?![a-z])", "grey"),
    # -ise, -isation: three letters or more before "iz" ("necrotizing", "localized", "organization"; not "size",
    # "seizure")
    (r"(?<=[a-z]{3})iz(?=e\b|ed\b|es\b|ing\b|ation)", "is"),
))


# the letters every rule needs, without its bounds: most phrases hold none, and one plain search settles them (26,000
# phrases are read twice at start-up; the twenty bounded searches each cost a second)
_ANY = lazy_compile(r"hem|emi[ac]|edem|esophag|fet|pediatric|pedic|cec|celiac|esthe|rrhea|estrogen|leukocyt|tumor|colo|"
                  r"favo|enter|iber|iter|eter|gray|iz")


def british_variant(phrase: str) -> str | None:
    """``phrase`` (lower case) in British spelling, or None when it reads the same."""
    if _ANY.search(phrase) is None:
        return None
    out = phrase
    for pattern, repl in _RULES:
        if pattern.search(out):
            out = pattern.sub(repl, out)
    return out if out != phrase else None


_CANCER = lazy_compile(r"^([a-z]+) (?:cancer|carcinoma)$")


def derived_phrases(phrase: str) -> list[str]:
    """The variants of a vocabulary phrase (lower case, hyphens as spaces) the readers add after every listed phrase,
    never over one: its British spelling, and an organ's cancer as "<organ> ca" and "<organ> primary"."""
    out = []
    uk = british_variant(phrase)
    if uk is not None:
        out.append(uk)
    m = _CANCER.match(phrase)
    if m is not None:
        out += [f"{m.group(1)} ca", f"{m.group(1)} primary"]
    return out
