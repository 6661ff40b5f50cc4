"""The status of a fact from the modality around its trigger: signed, negotiating, will, hopes to.

Two readings, in this order: the parse's tense of the trigger's own verb group (`verb_status`: "is set for",
"will be held", "is being held", "are under way", a purpose after a past verb), then the cue classes of
data/cues.yaml `status` over the trigger's clause. A hedge among the cues ("hope", "could") outranks the verb.
"""

from __future__ import annotations

import re

from pactwatch.extract.frames import head_token
from pactwatch.reference import Reference

CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|which|who|as|where)\b|\bbut\b|\bwhile\b|\bafter\b|\bbefore\b")
# Per fact type: the status when no cue speaks, and cue statuses that mean something else for it.
DEFAULT = {"joint_programme": "ongoing"}
TAIL = 15  # words after the trigger that still belong to its verb group ("talks are expected")
AFTER_FUTURE = re.compile(r"[^.;]{0,25}?\b(?:is|are|will be|was|were) (?:also )?(?:scheduled|expected|due|set|planned|"
                          r"slated|to be held)\b", re.I)
RELATIVE = re.compile(r",\s+(?:which|who)\b[^,]*,")  # a closed relative clause says nothing of the main verb
STARTED = re.compile(r"\b(?:began|begins|kicked off|opened|started|got under way|are holding|is under way)\b", re.I)
# For `verb_status`: dependency labels that close a noun's own clause, and the verb classes it reads.
OWN_CLAUSE = ("relcl", "acl", "appos", "advcl", "ccomp")
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}  # "would": the future told in the past ("said it would deliver")
PRESENT_BE = {"is", "are", "am", "'s", "'re"}
SCHEDULED = ("set", "schedule", "slate", "plan", "expect", "due")
BEGIN = ("begin", "start", "commence", "kick", "launch")  # "launched a joint amphibious exercise on Monday"
TEMPORAL = {"when", "once", "after", "before", "as", "while", "until"}  # "will sign ... when the PM visits Nairobi"
PAST_EVENT = ("meeting", "agreement_signed", "agreement_in_force", "exercise")  # verb triggers a plain past tells done
MOTION = ("come", "go", "travel", "fly", "arrive", "visit", "return", "head", "gather", "meet", "convene")
UNDER_WAY = re.compile(r"(?:now |currently |still |already )?(?:under ?way|ongoing|in progress|in full swing)\b")
END = ("conclude", "end", "close", "finish", "wrap", "continue", "last")
# "ministers hold talks in Delhi on Thursday": a present verb with a day told is a headline's past, not live.
TOLD_DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last (?:week|month))\b")
LIVE = ("take", "hold", "attend", "participate", "gather", "convene", "meet", "conduct", "host", "stage")
HABIT = re.compile(r"\b(?:annual(?:ly)?|every|each year|regular(?:ly)?|usually|often|routinely|traditionally)\b", re.I)
# A numbered or new round of talks is a step in a negotiation that goes on; a final round ends it.
ROUND = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|"
                   r"latest|another|next)\s+round\b", re.I)
FINAL_ROUND = re.compile(r"\b(?:final|last|concluding|closing)\s+round\b", re.I)
# A visit under way: the visit goes on, but the talks a report tells of it have taken place (gold practice: meetings
# are "occurred" unless told as live, "ministers take part in the fifth round").
VISIT_UNDER_WAY = re.compile(r"\b(?:is|are) (?:currently |now |still )?(?:visiting|on (?:an? |his |her |their )?"
                             r"(?:[\w-]+ )?visit)\b", re.I)
# What a proposal, a draft or a bill lays down is told in its words: still proposed until adopted.
PROPOSAL_SAYS = re.compile(r"\b(?:proposals?|draft(?: law| bill| text| decree)?|bill)\s+(?:says?|said|states?|stipulates?|"
                           r"reads?|envisages?|foresees?)\b", re.I)
PREPARING = re.compile(r"\bprepar(?:ations?|ing|es?) (?:\w+ )?(?:to|for) (?:sign|conclude|ink|hold|launch)\b", re.I)
PURPOSE_OF = re.compile(r"\b(?:objective|aim|purpose|goal|focus)s? of (?:the|this|their|today's|these) (?:\w+ )?$", re.I)
DONE = ("sign", "ink", "conclude", "seal", "hold", "conduct", "finalize", "finalise", "adopt")  # "a pact inked today"
# A round that ends with no deal leaves the negotiation open; talks "expected to conclude" are under way until then.
NO_DEAL = re.compile(r"\b(?:ended|broke up|closed|concluded|wrapped up)\b[^.;]{0,30}\bwithout (?:a |an |any )?(?:deal|agreement|"
                     r"breakthrough|accord)\b", re.I)
TALKS_END = re.compile(r"[^.;]{0,90}?\b(?:is|are) (?:expected|set|due|likely|scheduled) to (?:conclude|end|wrap up|finish|be "
                       r"concluded|be completed)\b", re.I)
PLEDGE_MADE = re.compile(r"\b(?:agreed|agree|pledged|vowed|committed|reaffirmed|confirmed|decided|reached)\b", re.I)


def status_of(sentence: str, trigger_start: int, trigger_end: int, fact_type: str, ref: Reference,
              lead: str = "", verb: str | None = None) -> str:
    """Read the cues in the trigger's clause (and a list's lead-in); the first cue class that matches wins, except
    that the tense of the trigger's own verb (`verb`, from `verb_status`) outranks every cue but a hedge; a
    round of talks leaves the negotiation under way."""
    if PURPOSE_OF.search(sentence[max(0, trigger_start - 40) : trigger_start]) \
            and re.match(r"\s+(?:is|was|are|were) to\b", sentence[trigger_end:]):
        return "occurred"  # "the objective of the meeting is to deepen ties": a purpose, the meeting is the one told
    cued = _cued(sentence, trigger_start, trigger_end, fact_type, ref, lead)
    if PREPARING.search(sentence, max(0, trigger_start - 40), trigger_end + 40):
        return "planned"  # "are finalising preparations to sign a memorandum": the signing is still to come
    status = cued if verb is None or cued == "proposed" else verb  # "hope the talks will be held": the hedge rules
    if status in ("planned", "occurred") and PROPOSAL_SAYS.search(sentence, trigger_end):
        return "proposed"  # "the government will be able to lift the ban ..., the government's proposals say"
    if fact_type == "meeting" and status == "ongoing" \
            and VISIT_UNDER_WAY.search(sentence, max(0, trigger_start - 40), trigger_end + 10):
        return "occurred"  # "his delegation is visiting Pakistan": the talks the visit brought are told as done
    if fact_type == "agreement_negotiation" and status == "occurred" and ROUND.search(sentence) \
            and not FINAL_ROUND.search(sentence):
        return "ongoing"  # "concluded the sixth round of talks on the pact": the negotiation goes on
    if fact_type == "agreement_negotiation" and status in ("occurred", "planned") \
            and (NO_DEAL.search(sentence) or TALKS_END.match(sentence, trigger_end)):
        return "ongoing"  # "talks ... ended without a deal", "negotiations ... are expected to conclude by December"
    return status


def _cued(sentence: str, trigger_start: int, trigger_end: int, fact_type: str, ref: Reference, lead: str) -> str:
    window = (lead + " ; " if lead else "") + _clause(sentence, trigger_start, trigger_end)
    if fact_type == "meeting":
        window = lead + " " + sentence[max(0, trigger_start - 25) : trigger_end + 10]  # "will meet", "set to begin talks"
    elif fact_type == "budget":
        window = window[: len(window) - (len(sentence[trigger_end : trigger_end + TAIL]))]  # "fund of X to modernise"
    if fact_type == "cooperation_pledge" and PLEDGE_MADE.search(window) and not re.search(
            r"\b(?:hopes?|wants?|would like|could|may|might|consider\w*|discuss\w*)\b", window, re.I):
        return "occurred"  # "agreed to boost cooperation": the pledge itself is the event
    for cue in ref.status_cues:
        if cue.pattern.search(window):
            return cue.status
    if AFTER_FUTURE.match(sentence[trigger_end : trigger_end + 60]):
        return "planned"  # "the first exercise ... is scheduled to be held in September"
    if fact_type == "exercise" and STARTED.search(window):
        return "ongoing"  # "the navies began the drills": under way as the story is told
    return DEFAULT.get(fact_type, "occurred")


def verb_status(doc, start: int, end: int, fact_type: str) -> str | None:
    """The status the trigger's own verb group says by its tense, when it says one clearly: "is set for", "will be
    held", "is being held", "are holding" and a purpose after a past verb ("received him to sign": it happened)."""
    token = head_token(doc, start, end)
    if token is None:
        return None
    own = _own_participle(token)
    if own is not None:
        return own
    verb = token
    for _ in range(4):  # from a noun trigger ("the dialogue") up to the verb of its clause
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb or verb.dep_ in OWN_CLAUSE:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    after = " ".join(t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 5])
    if verb.lemma_ == "be" and UNDER_WAY.match(after):
        return "ongoing"  # "the drills are under way"
    if aux & FUTURE_AUX and verb.lemma_ in END and fact_type in ("meeting", "exercise"):
        return "ongoing"  # "the exercise will conclude on Friday": it has begun
    if verb.dep_ in ("advcl", "xcomp") and "to" in aux and verb.tag_ == "VB" and verb.head.tag_ == "VBD" \
            and (verb.dep_ == "advcl" or verb.head.lemma_ in MOTION) \
            and not {c.lower_ for c in verb.head.children if c.dep_ == "aux"} & FUTURE_AUX:
        return "occurred"  # "flew to Hanoi to sign the pact": the purpose of a past trip was carried out
    if aux & FUTURE_AUX or {"to", "be"} <= aux:
        return "planned"  # "will be held", "ready to be signed"
    if verb.tag_ == "VBN" and verb.lemma_ in SCHEDULED and aux & PRESENT_BE:
        return "planned"  # "the dialogue is set for 20 August"
    if aux & PRESENT_BE and (verb.tag_ == "VBG" or "being" in aux):
        return "ongoing"  # "are holding the drills", "is being held"
    if fact_type in ("meeting", "exercise") and verb.tag_ in ("VBP", "VBZ") and verb.lemma_ in LIVE and not aux \
            and not HABIT.search(verb.doc.text) and not TOLD_DAY.search(verb.doc.text):
        return "ongoing"  # "ministers take part in the fifth round": a report told as it happens
    if fact_type == "exercise" and verb.tag_ in ("VBD", "VBZ") and (verb.lemma_ in BEGIN or (
            verb.lemma_ == "get" and after.startswith(("under way", "underway")))):
        return "ongoing"  # "the drills began on Friday", "got under way on Sunday": under way as the story is told
    if verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and not aux \
            and {c.lower_ for c in verb.children if c.dep_ == "mark" or c.dep_ == "advmod"} & TEMPORAL \
            and {c.lower_ for c in verb.head.children if c.dep_ == "aux"} & FUTURE_AUX:
        return "planned"  # "will sign a pact when the prime minister visits Nairobi": English tells that future so
    if fact_type in PAST_EVENT and token.i == verb.i and verb.tag_ == "VBD" and not aux \
            and verb.dep_ in ("ROOT", "conj", "ccomp") \
            and not any(c.dep_ == "mark" or (c.dep_ == "xcomp" and c.tag_ != "VBG") for c in verb.children):
        return "occurred"  # "A pact allowing troops to deploy ... took effect on Thursday": the verb's own past
    return None


def _own_participle(token) -> str | None:
    """A noun trigger's own participle says its status before any verb above it: "agreed to strengthen ties
    under a memorandum inked today" (done), "the exercise, taking place at the range" (under way)."""
    before = next((t for t in reversed(token.doc[: token.i]) if not t.is_punct), None)
    if token.dep_ in ("acl", "advcl", "conj") and token.tag_ in ("VBN", "VBD") and token.lemma_.lower() in DONE \
            and before is not None and before.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in token.children):
        return "occurred"  # the trigger is the participle itself ("... a memorandum inked today")
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    after = [c for c in token.head.children if c.dep_ == "advcl" and c.i > token.i] if token.dep_ == "dobj" else []
    nxt = token.right_edge.i + 1
    while nxt < len(token.doc) and token.doc[nxt].is_punct:
        nxt += 1
    if nxt < len(token.doc) and token.doc[nxt].tag_ in ("VBN", "VBD") and token.doc[nxt].lemma_.lower() in DONE \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.doc[nxt].children):
        return "occurred"  # "a Memorandum of Understanding, MoU, inked today": the parser may hang it on the verb
    for child in [*token.children, *after]:  # the parser hangs "..., taking place at" on the verb as often
        if child.dep_ not in ("acl", "advcl") or any(c.dep_ in ("aux", "auxpass", "mark") for c in child.children):
            continue  # "expected to be signed", "to be held": not a participle told as fact
        if child.dep_ == "acl" and child.tag_ in ("VBN", "VBD") and child.lemma_.lower() in DONE:
            return "occurred"
        if child.tag_ == "VBG" and child.lemma_.lower() == "take" and any(c.lower_ == "place" for c in child.children):
            return "ongoing"
    return None


def negated(doc, start: int, ref: Reference) -> bool:
    """The parse says the trigger's verb is denied: "did not sign", "never held talks", "failed to agree"."""
    if doc is None:
        return False
    token = next((t for t in doc if t.idx <= start < t.idx + max(len(t.text), 1)), None)
    if token is None:
        return False
    verb = token
    for _ in range(4):  # from a noun trigger ("joint patrol") up to the verb that carries it
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    for t in (token, verb):
        if any(c.dep_ == "neg" for c in t.children):
            return True
    governor = verb.head if verb.dep_ == "xcomp" and verb.head.i < verb.i else None  # "failed to agree"
    return bool(governor is not None and (ref.denial.fullmatch(governor.lemma_) or
                                          any(c.dep_ == "neg" for c in governor.children)))


def _clause(sentence: str, start: int, end: int) -> str:
    """From the clause break before the trigger to a few words after it."""
    head = RELATIVE.sub(lambda m: " " * len(m.group()), sentence[:start])
    cut = 0
    for m in CLAUSE_BREAK.finditer(head):
        cut = m.start() if m.group()[0].isalpha() else m.end()  # "before it can take effect" keeps its "before"
    tail = sentence[end : end + TAIL]
    stop = CLAUSE_BREAK.search(tail) or re.search(r"\bto\b", tail)  # "signed a deal to buy": a purpose, not a plan
    return head[cut:] + sentence[start:end] + (tail[: stop.start()] if stop else tail)
