"""The side words of the other languages medstep reads (Spanish, Portuguese, French, Italian, German, Dutch), each to
its English side: "izquierdo" and "gauche" are left, "derecha" and "rechte" right, "ambos" and "beide" both.

Romance languages put the side after the noun ("riñón izquierdo", "rein droit", "polmone sinistro"), German and
Dutch before it ("rechte Lunge", "linker nier"). One home for these words: the open-answer grader reads a side and an
organ named in another language as the English phrase (``score/open_grade.py``), and the closed reader's sign rows
read the Spanish sides (``extract/implications.py``). Chinese writes the side against its noun ("左肺", "双侧胸腔积液"):
its side words and characters (:data:`ZH_SIDES`, :data:`ZH_SIDE_CHARS`) are read by the verifier's scopes
(``verify/scope_words.py``) and by the grader's sided Chinese findings (``score/open_zh.py``).
"""

from __future__ import annotations

_TABLE: dict[str, tuple[str, ...]] = {
    "left": ("izquierdo", "izquierda", "izquierdos", "izquierdas", "esquerdo", "esquerda", "esquerdos", "esquerdas",
             "gauche", "gauches", "sinistro", "sinistra", "sinistri", "sinistre", "linke", "linker", "linkes", "linken",
             "linkem", "links"),
    "right": ("derecho", "derecha", "derechos", "derechas", "direito", "direita", "direitos", "direitas", "droit",
              "droite", "droits", "droites", "destro", "destra", "destri", "destre", "rechte", "rechter", "rechtes",
              "rechten", "rechtem", "rechts"),
    "both": ("ambos", "ambas", "beide", "beiden", "entrambi", "entrambe", "bilaterales", "beidseits", "beidseitig",
             "beidseitige", "bilatéral", "bilatérale", "bilatéraux", "bilatérales", "bilaterale", "bilaterali"),
}
# Each word (lower case) to its English side.
SIDE_OF: dict[str, str] = {word: side for side, words in _TABLE.items() for word in words}
# The side words that precede their noun: the German and Dutch adjectives ("rechte Lunge", "linker nier"); the adverbs
# "links" / "rechts" follow it ("Lunge rechts"), as the Romance adjectives do.
_BEFORE_NOUN = frozenset(w for w in SIDE_OF if w.startswith(("link", "recht", "beide", "beidseitig")) and w not in ("links", "rechts"))

# Chinese sides, longest first ("左侧肺", "左肺", "双肺"; "两肺" both lungs), and every character that names a side
# (侧 side, 双 / 两 both, 左 left, 右 right).
ZH_SIDES = (("双侧", "bilateral"), ("两侧", "bilateral"), ("左侧", "left"), ("右侧", "right"), ("双", "bilateral"),
            ("两", "bilateral"), ("左", "left"), ("右", "right"))
ZH_SIDE_CHARS = frozenset("侧双两左右")


def english_side(word: str) -> str | None:
    """The English side ("left", "right", "both") a side word of another language names, else ``None``."""
    return SIDE_OF.get(word.lower())


def precedes_noun(word: str) -> bool:
    """Whether the side word ``word`` stands before its noun (German "rechte Lunge"), not after it ("pulmón derecho")."""
    return word.lower() in _BEFORE_NOUN


__all__ = ["SIDE_OF", "ZH_SIDES", "ZH_SIDE_CHARS", "english_side", "precedes_noun"]
