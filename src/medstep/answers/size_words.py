"""Words that give a size without a number: a size qualitatively ("small", "enlarged", "normal in size"), compared
("larger than the spleen", "unchanged"), as a share of what holds it ("occupying most of the right lobe") or against a
familiar object ("pea-sized"). A reply to a size question that holds none of these, no unit and no number gives no
size at all (``extract/open_unsized.py``); one that holds any of them may be a committed size and is left read.
"""

from __future__ import annotations

SIZE_WORDS = frozenset({
    # degree and size words
    "small", "smaller", "smallest", "large", "larger", "largest", "big", "bigger", "biggest", "tiny", "huge",
    "massive", "giant", "enormous", "sizeable", "sizable", "substantial", "bulky", "minute", "microscopic", "little",
    "medium", "moderate", "moderately", "mild", "mildly", "marked", "markedly", "severe", "severely", "slight",
    "slightly", "minimal", "subtle", "prominent", "extensive", "trace", "small-volume",
    # away from normal, or not
    "enlarged", "enlargement", "dilated", "dilatation", "dilation", "expanded", "distended", "swollen", "atrophic",
    "atrophy", "shrunken", "hypoplastic", "hypertrophied", "hypertrophic", "normal", "normally", "average",
    "borderline", "increased", "decreased", "reduced", "diminished", "thickened", "thinned",
    # dimensions compared
    "wide", "wider", "narrow", "narrower", "thick", "thicker", "thin", "thinner", "long", "longer", "short", "shorter",
    "same", "similar", "equal", "comparable", "unchanged", "stable", "grown", "growing", "shrinking", "sized",
    # a share of what holds it
    "half", "third", "quarter", "most", "majority", "entire", "whole", "occupying", "occupies", "occupy", "fills",
    "filling", "fill", "spans", "spanning", "extends", "extending", "measurable",
    # units written out
    "subcentimeter", "subcentimetre", "centimeter", "centimeters", "centimetre", "centimetres", "millimeter",
    "millimeters", "millimetre", "millimetres", "cm", "mm", "inch", "inches",
    # the size named as such ("the size of a golf ball", "heart size unremarkable", "a hand's breadth")
    "size", "sizes", "breadth", "fingerbreadth", "fingerbreadths",
    "centimetric", "subcentimetric", "millimetric", "submillimetric",
    # a size or a length named by a word of its own class: "widened", "prolonged", "diminutive" (a polyp),
    # "punctate" (a calcification), "lacunar" (an infarct), "pinpoint" (pupils), "ectatic", "aneurysmal"
    "widened", "widening", "narrowed", "narrowing", "prolonged", "shortened", "lengthened", "elongated",
    "diminutive", "punctate", "pinpoint", "lacunar", "gigantic", "immense", "minuscule", "miniscule", "significant",
    "considerable", "ectatic", "aneurysmal", "goitrous", "bulging", "compressed", "collapsed", "slit",
    # a size named by a finding's own word ("wall thickening", "gastric distension", "parotid swelling", "volume loss",
    # "a staghorn calculus", "hyperinflation", "a voluminous mass", "has filled the hemithorax", "complete")
    "thickening", "distension", "distention", "swelling", "volume", "volumes", "staghorn", "voluminous", "filled",
    "complete", "completely", "full", "hyperinflation", "hyperinflated", "overinflated", "overdistended",
})
# Endings of a word naming a size away from normal: "cardiomegaly", "hypertrophy", "bronchiectasis", "hyperplasia".
SIZE_ENDINGS = ("megaly", "trophy", "ectasis", "ectasia", "cephaly", "cephalic", "somia", "somic", "cytic", "cytosis",
                "plasia")  # "hyperplasia", "hypoplasia": a tissue grown or left small
# Beginnings of a word naming a size class: "macroadenoma", "microcytic", "megacolon", "gigantism".
SIZE_BEGINNINGS = ("macro", "micro", "mega", "giga", "hydro")  # "hydroureter", "hydrops": a lumen filled and widened

__all__ = ["SIZE_BEGINNINGS", "SIZE_ENDINGS", "SIZE_WORDS"]
