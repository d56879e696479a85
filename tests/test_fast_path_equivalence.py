"""Fast paths answer exactly as their plain forms: the step splitter's patterns (verify/steps.py) and the
alternatives test of extraction (extract/refusal.py).

Why: ``_SENTENCE_END`` is written class-first and the list marks are searched after a line break
for speed (a GRPO batch splits every completion); a difference would move every step boundary.
"""

from __future__ import annotations

import random
import re

from medstep.verify import steps as S

_PLAIN_SENTENCE_END = re.compile(r"[.!?](\s+)(?=[A-Z0-9(\"'])|[\u3002\uff01\uff1f](\s*)(?=\S)|\n+")
_ATOMS = ["Step 1:", "step 2.", "**Step 3**", "1. ", "2) ", "- ", "* ", "\u2022 ", "\n", "\n\n", " \n ", "\t", "  ",
          "The heart is enlarged.", " No effusion!", "Why? ", "A) Pleural effusion:", "\u3002", "\uff01", "\u65e0",
          "(C) ", "'q' ", "\"Q\" ", "12. item", "3.5 cm", "e.g. this", "end. next", "END. 9", ".", "?\n", "\n- a",
          "\n 1. b", "\n\t* c", "\u017ftep 5:", "STEP 6: ok", "\r\n", "\u0663. x"]


def _texts(n: int = 3000) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(_ATOMS) for _ in range(rng.randint(1, 20))) for _ in range(n)]


def test_sentence_end_matches_its_plain_alternation() -> None:
    for text in _texts():
        fast = [(m.span(), m.lastindex, m.regs) for m in S._SENTENCE_END.finditer(text)]
        plain = [(m.span(), m.lastindex, m.regs) for m in _PLAIN_SENTENCE_END.finditer(text)]
        assert fast == plain, text


def test_list_cuts_match_the_multiline_pattern() -> None:
    for text in _texts():
        assert S._list_cuts(text) == [(m.start(), m.end()) for m in S._LIST_MARK.finditer(text)], text


_OR_ATOMS = ["CT or MRI", "Axial or coronal.", " could be ", "Could", "MIGHT", "may", "possibly", "either", "includes",
             "puede", "tal vez", "podr\u00eda", " o ", " or ", "no ", "n't", ".", ";", "?", "\n", "  ", "the liver",
             "right kidney", "effusion", "\u2014", "(", ":", "B or C", "*", "'", "\u00e9", "\u017f", " maybe ", "perhaps",
             "Alternatively, ", ", alternatively ", "potentially", "pourrait", " ou ", " oder ", "wahrscheinlich",
             "probable", " o'clock", "U-"]


def _plain_offers_alternatives(text: str) -> bool:
    from medstep.extract import refusal as R

    for m in R._SENTENCE.finditer(text[:600]):
        if R._asked(text, m.end()):
            continue  # "Right or left? Right.": alternatives asked, then answered
        sentence = m.group()
        found = R._BARE_PAIR.match(sentence) if m.start() == 0 or not text[:m.start()].strip() else None
        found = found or R._hedged_or(sentence) or R._ALTERNATIVELY.search(sentence) or (
            R._OR_MAYBE.search(sentence) if not text[m.end():].strip(R._CLOSING) else None)
        if found is not None and R._NEGATED.search(sentence, 0, found.end()) is None:
            return True
    return False


def test_offers_alternatives_fast_path_answers_as_the_sentence_loop() -> None:
    """extract/refusal.py skips the hedge searches of an ASCII text without a hedge word."""
    from medstep.extract.refusal import offers_alternatives

    rng = random.Random(11)
    texts = ["".join(rng.choice(_OR_ATOMS) for _ in range(rng.randint(1, 12))) for _ in range(4000)]
    assert sum(map(offers_alternatives, texts)) > 200  # both answers are exercised
    for text in texts:
        assert offers_alternatives(text) == _plain_offers_alternatives(text), text


def test_markup_quote_prefilter_keeps_every_blockquote_removal() -> None:
    """extract/markup.py runs its multi-line blockquote pattern only where a line can open with ">"."""
    from medstep.extract import markup

    rng = random.Random(5)
    atoms = [">", "> ", ">>", "> 5 mm", ">=", "->", "\n", " \t", "\t", "**B. x**", "A", "text", "<", " "]
    for _ in range(4000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(1, 10)))
        if "<" in text or "~" in text:
            continue
        assert markup.plain(text) == markup._QUOTE.sub("", text), text


def test_markup_known_tag_prefilter_rewrites_as_the_four_patterns() -> None:
    """extract/markup.py runs its four tag rewrites only when one of their tags is in the text."""
    from medstep.extract import markup as M

    def reference(text: str) -> str:
        for pattern, repl in ((M._BREAK, "\n"), (M._BOLD, "**"), (M._ITALIC, "*"), (M._INLINE, "")):
            text = pattern.sub(repl, text)
        return text

    rng = random.Random(13)
    atoms = ["<think>", "</think>", "<answer>", "<b>", "</B>", "<br/>", "<br >", "<p class='x'>", "</li>", "<em>",
             "<i>", "<span>", "<sup>", "<letter>", "<", ">", "b", "br", "<b<br>>", "&amp;", " ", "\n", "A", "x"]
    for _ in range(4000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(1, 10)))
        got = M.plain(text)
        want = text
        if "<" in want and M._HTML_HINT.search(want) is not None:
            want = reference(want)
            if "&" in want:
                for entity, char in M._ENTITIES:
                    want = want.replace(entity, char)
        if ">" in want:
            want = M._QUOTE.sub("", want)
        assert got == want, text


def test_context_before_memo_answers_as_its_computation() -> None:
    """verify/clauses.py memoises ``context_before`` on the characters it reads."""
    from medstep.verify import clauses

    rng = random.Random(17)
    atoms = ["left ", "right", "both", "12", ".", "3.5", " cm", "\n", "2. ", "x", "other ", "measures ", " "]
    for _ in range(3000):
        low = "".join(rng.choice(atoms) for _ in range(rng.randint(1, 12)))
        for a in range(0, len(low) + 1, 3):
            t = low[max(0, a - clauses.BACK):a]
            assert clauses.context_before(low, a) == clauses._context_of(t), (low, a)


_PHRASE_ATOMS = ["answer", "Answer", "ANSWER", "option", "choice", "diagnosis", "verdict", " is ", ": ", " - ", "the ",
                 "final ", "correct ", "most likely ", "my ", "**", "\n", ". ", "C", "(B)", "respuesta es ", "答案是",
                 "answers", "reanswer", "options", "é", "  ", "to this question ", "Final:", "correction: ",
                 "semifinal: "]


def _plain_phrases(body: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """The final-answer phrases as the lazy keyword walk found them: every keyword position, the last first."""
    from medstep.extract import split as S

    keywords = sorted((m.start() for m in S._PHRASE_KEYWORDS._pattern.finditer(body)), reverse=True)
    out = []
    for pos in keywords:
        if hi is not None and pos >= hi:
            continue
        if pos < lo:
            return out
        starts = pos == 0 or not body[pos - 1].isalnum()
        if body[pos:pos + 5].lower() == "final" or body[pos:pos + 10].lower() == "correction":
            label = S._LABEL_AT.match(body, pos) if starts else None  # "Final: C" opening its line
            if label is not None and S._opens_sentence(body, pos):
                out.append((pos, label.end()))
            continue
        m = S._PHRASE_AT.match(body, pos) if starts else None
        if m is None:
            continue
        before = S._words_before(body, pos, 3)
        qualifier = before[-1][1] if before and before[-1][1] in S._QUALIFIERS else ""
        if qualifier in ("likely", "appropriate") and not (len(before) > 1 and before[-2][1] == "most"):
            qualifier = ""
        keyword = m.group(1).lower()
        if (keyword in ("option", "choice") and not qualifier) or (keyword == "diagnosis" and qualifier != "final"):
            continue
        taken = 1 + (qualifier in ("likely", "appropriate")) if qualifier else 0
        start = before[-taken][0] if taken else pos
        if len(before) > taken and before[-taken - 1][1] in S._DETERMINERS:
            start = before[-taken - 1][0]
        out.append((start, m.end()))
    end = len(body) if hi is None else hi
    if not body.isascii():
        out += reversed([(m.start(), m.end()) for m in S._ZH_PHRASE.finditer(body, lo, end)])
    if "espuesta" in body or "pci" in body:
        out += reversed([(m.start(), m.end()) for m in S._ES_PHRASE.finditer(body, lo, end)])
    return out


def test_phrases_found_once_per_text_answer_as_the_keyword_walk() -> None:
    """extract/split.py finds a text's answer phrases once (extract/context.py) and filters them per range."""
    from medstep.extract.split import phrases

    rng = random.Random(19)
    for _ in range(3000):
        body = "".join(rng.choice(_PHRASE_ATOMS) for _ in range(rng.randint(1, 14)))
        assert list(phrases(body)) == _plain_phrases(body), body
        for lo, hi in ((0, len(body) // 2), (len(body) // 3, None), (len(body) // 4, len(body) - 5)):
            assert list(phrases(body, lo, hi)) == _plain_phrases(body, lo, hi), (body, lo, hi)


def test_option_text_matches_tried_at_their_first_words_equal_finditer() -> None:
    """extract/mentions.py tries an option's text pattern only where one of its first words starts."""
    from medstep.extract import mentions as M

    keys = ["squamous cell carcinoma", "pleural effusion", "cardiomegaly", "right lower lobe atelectasis",
            "no acute process", "cell cell cell", "a b c"]
    atoms = ["squamous ", "cell", "cells ", "carcinoma", "carcinomas", " of the ", " in ", "pleural", "effusion",
             "-like", "cardiomegaly", "right", " lower ", "lobe", "atelectasis", "no", " acute ", "process", " a ",
             " b ", "c", "_", "-", " ", ", ", "x"]
    rng = random.Random(23)
    for key in keys:
        pattern, heads = M._text_pattern(key), M._heads(key)
        assert pattern is not None
        for _ in range(1500):
            low = "".join(rng.choice(atoms) for _ in range(rng.randint(1, 12)))
            lo, hi = rng.randint(0, len(low)), len(low) - rng.randint(0, 3)
            want = [m.span() for m in pattern.finditer(low, lo, max(lo, hi))]
            assert [m.span() for m in M._anchored(pattern, low, lo, max(lo, hi), heads)] == want, (key, low, lo, hi)


def _sentence_end(window: str, i: int) -> bool:
    """A '.' followed by a non-space ("0.5", "C.") is not a sentence end."""
    return window[i] != "." or i + 1 >= len(window) or window[i + 1].isspace()


def _plain_clause_left(text: str, start: int) -> str:
    from medstep.extract import clauses as K

    window = text[max(0, start - 150):start]
    cut = 0
    for c in K._STOPS:
        i = window.rfind(c)
        while i >= 0 and not _sentence_end(window, i):
            i = window.rfind(c, 0, i)
        cut = max(cut, i + 1)
    low = window[cut:].lower()
    more = 0
    for w in K._CONTRASTS:
        i = low.rfind(w)
        if i >= 0:
            more = max(more, i + len(w))
    return window[cut + more:]


def _plain_clause_right(text: str, end: int) -> tuple[str, str]:
    from medstep.extract import clauses as K

    window = text[end:end + 160]
    stop, char = len(window), ""
    for c in K._STOPS:
        i = window.find(c)
        while i >= 0 and not _sentence_end(window, i):
            i = window.find(c, i + 1)
        if 0 <= i < stop:
            stop, char = i, c
    low = window[:stop].lower()
    for w in K._RIGHT_CONTRASTS:
        i = low.find(w)
        if 0 <= i < stop:
            stop, char = i, ","
    return window[:stop], K._FULL_WIDTH.get(char, char)


def test_clause_bounds_searched_only_where_they_can_move_answer_as_full_searches() -> None:
    """extract/clauses.py searches each stop and contrast word only where it can still move the clause bound."""
    from medstep.extract.clauses import clause_left, clause_right

    atoms = [".", ". ", "0.5", "!", "?", ";", "\n", " but ", ", but", " however", " whereas ", " while ", "wait,",
             " though ", ", yet", " no wait", "on second thought", "correction:", " actually,", "B", " is ", "x",
             " ", "C.", "scratch that", ", although", "\u3002", "\uff1f", "\uff1b", "\u00e9", ","]
    rng = random.Random(29)
    for _ in range(3000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(1, 40)))
        for pos in range(0, len(text) + 1, 7):
            assert clause_left(text, pos) == _plain_clause_left(text, pos), (text, pos)
            assert clause_right(text, pos) == _plain_clause_right(text, pos), (text, pos)


def test_hedge_word_gates_answer_as_the_hedge_search() -> None:
    """extract/refusal.py's ``is_hedge`` skips its search in an ASCII text holding none of the hedge words."""
    from medstep.extract import refusal as R

    atoms = ["could", "COULD", "May", "maybe", "mayo", "might", "possibly", "Possible", "perhaps", "either", "torn",
             "between", "both", "plausible", "depend on", "depends  on", "depending\non", "uncertain", "unsure",
             "not sure", "not\tsure", "cannot decide", "can't distinguish", "cannot", "decide", "sure", " ", ".",
             "the heart", "x", "\u6216", "\u53ef\u80fd", "\u00e9", "\u017f", "-", "'"]
    rng = random.Random(31)
    for _ in range(4000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(1, 12)))
        assert R.is_hedge(text) == (R._HEDGE.search(text[-400:]) is not None), text


def test_final_section_found_from_the_last_hash_answers_as_the_heading_walk() -> None:
    """extract/open_reader.py tries the final-section heading only on lines holding a '#', the last first."""
    from medstep.extract import open_reader as K

    atoms = ["## Final Response", "### Final answer:", "# Answer", "#answer", "**", " ", "\t", "\n", "\r\n", "x",
             "## Thinking", "Answer #1", "#", "final", "FINAL ANSWER", "\u017f", "B."]
    rng = random.Random(37)
    for _ in range(4000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(1, 14)))
        last = None
        for last in K._FINAL_HEADING.finditer(text):
            pass
        assert K.final_section(text) == (text[last.end():].strip() if last is not None else ""), text


def test_last_word_tried_where_the_text_ends_answers_as_the_search() -> None:
    """extract/cut.py tries its last-word pattern only at the letters ending the text, not at every position."""
    from medstep.extract import cut as K

    atoms = ["the", "A", "N/A", "/", "a", " ", "\n", "*", "_", "**", ".", "x1", "\u00e9", "\u00a0", "\u2003", "\u017f",
             "and", "\u2192", ":", "B", "-", "1", "\t", "Answer: A", "shows", "neumon\u00eda", "\u0301", "\u00b2", "\u80ba",
             "_"]
    rng = random.Random(41)
    for _ in range(5000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 12)))
        want, got = K._LAST_WORD.search(text), K._last_word(text)
        assert (want and (want.span(), want.group(1))) == (got and (got.span(), got.group(1))), text
