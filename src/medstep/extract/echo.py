"""Where the model's own turn starts when an output echoes its prompt.

Some backends return the decoded prompt with the answer: the chat template
("<|im_start|>user ... <|im_start|>assistant"), or, with special tokens
stripped, bare "user" / "assistant" lines; LLaVA-style "USER: ... ASSISTANT:".
The echoed prompt holds the question, the options ("A. ...") and format
instructions ("... inside <think></think> ... <answer></answer>"), all of
which would be misread as reasoning or answer. Splitting therefore starts
after the *last* echoed assistant turn; an output without one is all response.
"""

from __future__ import annotations

from medstep.extract.anchors import lowered
from medstep.lazyre import lazy_compile

# Assistant-turn openers of common chat templates (special tokens kept).
_SPECIAL = lazy_compile(
    r"<\|im_start\|>[ \t]*assistant[ \t]*\n?"
    r"|<\|start_header_id\|>[ \t]*assistant[ \t]*<\|end_header_id\|>"
    r"|<start_of_turn>[ \t]*model[ \t]*\n?"
    r"|<\|assistant\|>|<｜Assistant｜>|<\|Assistant\|>|\[/INST\]"
)
# The same turns with special tokens stripped: a plain "assistant" line (Qwen,
# InternVL), "ASSISTANT:" (LLaVA), "Assistant:" / "### Assistant:" (Vicuna-like);
# only counted after a matching user turn, so prose saying "assistant" is safe.
_PLAIN = (
    (lazy_compile(r"(?m)^[ \t]*user[ \t]*$"), lazy_compile(r"(?m)^[ \t]*assistant[ \t]*\n")),
    (lazy_compile(r"USER:"), lazy_compile(r"ASSISTANT:[ \t]*")),
    (lazy_compile(r"(?m)^(?:###[ \t]*)?(?:User|Human):"), lazy_compile(r"(?m)^(?:###[ \t]*)?Assistant:[ \t]*")),
)


def response_start(text: str, low: str | None = None) -> int:
    """Index just after the last echoed assistant-turn marker, or 0 when the output has none.

    ``low`` is ``text.lower()`` when the caller has it (one scan for the common case of no echo).
    """
    low = lowered(text) if low is None else low
    # ("_" and "[" first: a rare character is found many times faster than a word)
    if "ssistant" not in low and ("_" not in low or "start_of_turn" not in low) and ("[" not in low or "[/inst]" not in low):
        return 0
    start = 0
    for m in _SPECIAL.finditer(text):
        start = m.end()
    if start:
        return start
    for user, assistant in _PLAIN:
        first_user = user.search(text)
        if first_user is None:
            continue
        for m in assistant.finditer(text, first_user.end()):
            start = max(start, m.end())
    return start


# A ChatML turn opener and the end-of-turn token (``_SPECIAL``'s first template, whose turns carry their role).
_CHATML_TURN = lazy_compile(r"<\|im_start\|>[ \t]*(\w+)[ \t]*\n?")
_CHATML_END = lazy_compile(r"<\|im_end\|>|<\|im_start\|>")


# An end-of-turn or end-of-text token of a chat template or tokenizer.
_END_TOKEN = lazy_compile(r"<\|im_end\|>|<\|endoftext\|>|<\|eot_id\|>|<\|end\|>|<end_of_turn>|</s>|<eos>")
# A turn of the other party opened right after it: a template's user or system opener, or a role label opening a line
# ("Human:", "User:", "user"). Not a second assistant turn: the model's own further turn may revise its reply.
_TURN_OPENER = lazy_compile(r"\s*(?:<s>\s*)?(?:(?:<\|im_start\|>|<start_of_turn>|<\|start_header_id\|>)[ \t]*"
                            r"(?:user|system|human)\b|\[INST\]|<\|user\|>|<\|system\|>|<｜User｜>|(?:###[ \t]*)?(?:Human|User|USER)[ \t]*:"
                            r"|user[ \t]*\n)")
# ... or an empty turn of its own, nothing after its header: "The answer is A.<|eot_id|><|start_header_id|>assistant
# <|end_header_id|>" (the reply is the text before, not the empty turn after the last header).
_EMPTY_OWN_TURN = lazy_compile(r"\s*(?:(?:<\|im_start\|>|<start_of_turn>|<\|start_header_id\|>)[ \t]*(?:assistant|model)"
                               r"[ \t]*(?:<\|end_header_id\|>)?|<\|assistant\|>)\s*\Z")
# A turn opener anywhere before the end token: the text is an echoed prompt, not a reply that ran on.
_ANY_OPENER = lazy_compile(r"<\|im_start\|>|<start_of_turn>|<\|start_header_id\|>|\[INST\]|\[/INST\]|<\|user\|>"
                           r"|<\|assistant\|>|<\|system\|>|<｜User｜>|<｜Assistant｜>|(?m:^[ \t]*(?:###[ \t]*)?"
                           r"(?:Human|User|USER|Assistant|ASSISTANT)[ \t]*:)")


def run_on_end(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the reply when the output opens on it and ran on past its end-of-turn token into another
    turn it invented ("A<|endoftext|>Human: What is the size of the heart?\\nAssistant: The heart is enlarged.",
    "A<end_of_turn>\\n<start_of_turn>user\\n..."): the reply is the text before that token (issue #7, lane choice59).
    Only when the output opens on its reply, no turn opener before the token: an output that opens on a user or system
    turn echoes its prompt, and one that opens on its assistant header decodes a conversation, whose last assistant
    turn with text is the reply (:func:`response_start`, session 58: "A", "Are you sure?", "on reflection it is B");
    an end token with nothing or no new turn after it is the reply's own end."""
    if "<" not in text:
        return None
    end = _END_TOKEN.search(text)
    if end is None or _TURN_OPENER.match(text, end.end()) is None and _EMPTY_OWN_TURN.match(text, end.end()) is None:
        return None
    if not text[:end.start()].strip() or _ANY_OPENER.search(text, 0, end.start()) is not None:
        return None
    return 0, end.start()


def response_span(text: str) -> tuple[int, int]:
    """``(start, end)`` of the model's own turn: from :func:`response_start` to the end of ``text``, except where the
    model ran on past its turn. "<|im_start|>assistant\\nA. Liver<|im_end|>\\n<|im_start|>user\\n<question again>
    <|im_end|>\\n<|im_start|>assistant\\n" ends on an empty assistant turn: the reply is the one assistant turn with
    text, closed by its end-of-turn token, when no user turn came before it (the output opened on the model's own
    turn; after an echoed user turn an earlier assistant turn may be a prompt's worked example, never the reply)."""
    ran_on = run_on_end(text)
    if ran_on is not None:
        return ran_on
    start = response_start(text)
    if start == 0 or text[start:].strip() or "<|im_start|>" not in text:
        return start, len(text)
    for turn in _CHATML_TURN.finditer(text):
        if turn.group(1).lower() != "assistant":
            return start, len(text)  # a user (or system) turn first: the prompt was echoed, the reply is empty
        close = _CHATML_END.search(text, turn.end())
        end = close.start() if close is not None else len(text)
        if text[turn.end():end].strip():
            return turn.end(), end
    return start, len(text)
