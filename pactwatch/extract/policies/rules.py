"""A state's change of its own defence or export policy."""

from __future__ import annotations

import re
from dataclasses import replace

from pactwatch.extract.actors import owner_of
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches
from pactwatch.extract.family_cues import load_policy_cues
from pactwatch.extract.transfers.frame import subject_of

NAME = "pactwatch.extract.policies/9"
# "to 2.5% of GDP by 2027": a spending target's year is when it is to be met, so the pledge is a plan for then
TARGET_YEAR = re.compile(r"^(?:[^.;]|\.(?=\d)){0,120}?(?:% of|per ?cent of)[^.;]{0,40}?\b(?:by|in) (?:fiscal )?((?:19|20)\d\d)\b", re.I)
# "Turkey blocked Sweden's accession to NATO": an entry others hold up is no change of the joiner's policy
HELD_UP = re.compile(r"\b(?:block\w*|veto\w*|oppos\w+|delay\w*|stall\w*|hold\w* up|held up|obstruct\w*)\b[^.;]{0,30}$", re.I)
# The grammatical links by which a policy verb governs the rule it changes ("relaxed its rules on ...",
# "approved a revision of the export guidelines"); a rule noun in another clause (said, after, which) is not its object.
OBJECT_PATH = {"dobj", "pobj", "prep", "compound", "conj", "appos", "nsubjpass", "attr", "oprd", "amod", "npadvmod", "poss",
               "nmod", "acl", "xcomp", "cc", "pcomp"}  # pcomp: "a vision for expanding the armed forces"
GOVERNED = ("ease", "adopt", "endpact")
# "Finland's accession", "Germany's new export rules": the possessor right before the trigger owns the change
POSSESSOR = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,2}$")
# "(ban on arms exports) to Saudi Arabia", "(embargo) on Russia": the state after such a word is the target
TARGET = re.compile(r"\b(?:to|on|against|for|into|towards|toward|with|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$"
                    r"|\b(?:to|on|against|for|into|towards|toward|with|from)\s+(?:the\s+)?[\w ,()'’-]*\band\s+(?:the\s+)?$", re.I)
# "(exports) to Turkey, Saudi Arabia and the UAE": a state inside a list of targets, told with no word before it
LISTED = re.compile(r"\b(?:to|on|against|into|towards|toward)\s+(?:the\s+)?[\w ()'’-]+,\s+(?:the\s+)?$", re.I)
LIST_GOES_ON = re.compile(r"^\s*(?:\([^()]{0,12}\)\s*)?(?:,|and\b|or\b)", re.I)
RECIPIENT = re.compile(r"\b(?:to|into|towards?)\s+(?:the\s+)?$", re.I)
# "for U.S. defense contractors to sell drones": a state's own firms, not a target of the change
OWN_FIRMS = re.compile(r"^[\s-]*(?:defen[cs]e\s+|arms\s+|weapons?\s+)?(?:firms|companies|contractors|manufacturers|makers|industry|"
                       r"exporters|producers)\b", re.I)
# "..., German officials said": a state named as the sayer after a change told with no subject of its own
SPEAKER = re.compile(r"^\W*(?:[\w-]+\s+){0,2}(?:said|says|announced|told|confirmed)\b", re.I)
# "Ukraine called on Germany to lift its restrictions", "urged Tokyo to ease": another's demand changes nothing
DEMAND = re.compile(r"\b(?:call(?:s|ed|ing)? on|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|push(?:es|ed|ing)?|"
                    r"lobb(?:y|ies|ied|ying)|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)? to|persuad\w+|encourag\w+)\s+(?:[\w'’.-]+\s+){1,4}?"
                    r"to\s+$|\b(?:calls?|demands?|pressure|appeals?|pleas?|petitions?|campaigns?)\s+(?:[\w'’-]+\s+){0,3}?to\s+$", re.I)
# "lawmakers voted on Wednesday to allow foreign troops": a vote taken is a change made, though told with "to"
VOTED = re.compile(r"\b(?:voted|(?:have|has) voted)\s+(?:(?:on|this|last)\s+\w+\s+|overwhelmingly\s+|narrowly\s+)?(?:in favou?r of|to)\b"
                   r"(?![^.;]{0,80}\b(?:will|would)\b)", re.I)
# "its biggest export win since it eased a ban on arms sales": a change told as the start of a period is background
SINCE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# "If elected, the opposition would raise spending to 3% of GDP": a condition makes no pledge of the state's
IF = re.compile(r"\b(?:if|unless|should it|were it)\b", re.I)
# "renewed calls to halt arms sales": the trigger verb governs others' demand, not a change
CALLED = re.compile(r"\b(?:calls?|demands?|appeals?|pressure|pleas?)\s+(?:[\w-]+\s+){0,2}?to\b", re.I)
# "2.4 billion euros on defence next year, or 3.2% of GDP", "4.1 billion euros (2.4% of GDP)": a share after a sum
RESTATE = re.compile(r"^(?:\s*\([^()]{0,30}\))?[^.;%]{0,40}?(?:,\s*(?:or|equal to|equivalent to|representing|amounting to|which is)|"
                     r"\s+(?:equal to|equivalent to|equals|representing)|\s*\()\s*(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?"
                     r"[\d.,]+\s*(?:%|per ?cent)", re.I)
# A spending goal told as a noun ("a commitment to spend 2% of GDP"): it must be announced or a state's own
TARGET_NOUN = re.compile(r"(?:commitments?|pledges?|promises?|decisions?|goals?|vows?)\b", re.I)
ANNOUNCED = re.compile(r"\b(?:announc\w+|made|makes?|making|gave|gives?|unveil\w+|adopt\w+|reaffirm\w+|renew\w+|confirm\w+|"
                       r"set out|sets out|took|takes?)\s+(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?$", re.I)
ALLIANCE_OWNED = re.compile(r"\b(?:NATO|alliance|bloc|EU|Union)(?:'s|’s)\s+(?:[\w-]+\s+)?$|\b(?:short of|miss\w*|meet\w*|met|fail\w*|"
                            r"below|reach\w*|fall\w* short)\b[^.;]{0,25}$", re.I)
# The one day a sentence tells, when no date hangs on the trigger's verb, is the day the change was announced
DAY_KINDS = ("weekday", "today", "yesterday", "iso", "mdy", "dmy", "md", "dm", "slash")
# "its biggest export win since it eased a ban on arms sales": a change told in an aside is not the day's news
ASIDE = re.compile(r"\b(?:since|after|before|until|when|once)\b[^,;]{0,25}$", re.I)
# A change still to be decided: proposed, put to consultation, drafted, tabled as a bill
PROPOSAL = re.compile(r"\b(?:proposals?|proposed|proposes|proposing|consultations? on|public consultations?|(?:launch\w*|open\w*|began|"
                      r"begins?|start\w*) (?:a |public )?consultations?|draft|bill|tabled)\b", re.I)
# The defence word may come before the trigger ("a bill letting buyers of Swiss arms pass them on", "gave French troops
# a month to leave, ending the accord"), within this many characters.
BEFORE = 60
# "ending a defence accord": the partner of the ended accord is a party of the change
PARTNERED = frozenset({"endpact"})
# "promised on Monday to ease its export rules": a pledged change is still to come
PLEDGED = re.compile(r"\b(?:promis\w*|pledg\w*|vow\w*|plan(?:s|ned|ning)?|intends?|intended|aims?|aimed|wants?|wanted|"
                     r"expected|set|is due|are due)\s+(?:(?:on|this|next|last)\s+\w+\s+)?to\s+$", re.I)


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """One policy change per sentence: a state easing, revising or lifting its defence rules."""
    defence = load_policy_cues().defence
    hits = [h for h in matches(sv, av, "policies") if defence.search(sv.text[max(0, h[1] - BEFORE) : h[2] + 90])]
    hits = [h for h in hits if h[0].id not in GOVERNED or _governs(sv.doc, h[1], h[2])]
    hits = [h for h in hits if not (h[0].id == "join" and HELD_UP.search(sv.text[max(0, h[1] - 50) : h[1]]))]
    hits = [h for h in hits if not (h[0].id == "target" and (not _own_target(sv, h[1]) or _restated(sv, h[1], h[2])))]
    hits = [h for h in hits if not SINCE.search(sv.text[max(0, h[1] - 40) : h[1]])]
    hits = [h for h in hits if not DEMAND.search(sv.text[max(0, h[1] - 60) : h[1]]) and not CALLED.search(sv.text[h[1] : h[2]])]
    if not hits:
        return []
    trig, start, _end = hits[0]
    parties = _owner(sv, av, start, _end)
    if not parties:
        return []
    if trig.id in PARTNERED:
        parties = tuple(sorted({*parties, *_partners(sv, start, _end, parties)}))
    item = draft(sv, av, "policy_change", parties, start, start + 10, NAME)
    if item.date and any(d.value == item.date and start <= d.start < _end for d in sv.dates):
        item = replace(item, date=None, own_date=False)  # "ending a 2018 accord": the year names the accord
    if item.status == "planned" and VOTED.search(sv.text[max(0, start - 120) : start]):
        item = replace(item, status="occurred")  # "lawmakers voted on Wednesday to allow US troops ..., overturning"
    if item.status == "occurred" and PLEDGED.search(sv.text[max(0, start - 40) : start]):
        item = replace(item, status="planned")  # "promised on Monday to ease the export rules"
    days = {d.value for d in sv.dates if d.kind in DAY_KINDS}
    if item.date is None and len(days) == 1 and not sv.background and not ASIDE.search(sv.text[max(0, start - 30) : start]):
        item = replace(item, date=days.pop(), own_date=True)  # "In policy changes announced Thursday, ... removing"
    if item.status in ("planned", "occurred") and PROPOSAL.search(sv.text) and not load_policy_cues().enacted.search(sv.text):
        item = replace(item, status="proposed")  # "the government's proposals say", "launched consultations on"
    year = TARGET_YEAR.match(sv.text[start:]) if trig.id == "target" else None
    if year and re.search(r"\b(?:will|plans?|aims?|intends?|seeks?|targets?|pledged|vowed|promised|committed|decided|agreed|would)\b", sv.text[start : start + 40], re.I):
        item = replace(item, date=year.group(1), own_date=True, status="planned")
    told = {d.value for d in sv.dates if d.kind in DAY_KINDS}
    if trig.id == "target" and len(told) == 1 and not sv.background and not IF.search(sv.text[:start]):
        # "will raise defence spending to 5.4% of GDP next year, the prime minister said on Wednesday": the pledge
        # is the change and it was made that day (the gold dates share targets by their announcement); no day told,
        # the target's year stays
        item = replace(item, date=told.pop(), own_date=True, status="occurred")
    return [item]


def _owner(sv: SentenceView, av: ArticleView, start: int, end: int) -> tuple[str, ...]:
    """The state whose policy changes: "Finland's accession" is Finland's, the subject of the changing verb owns it
    ("Germany would supply ... to Kyiv, ending its refusal" is Germany's), and a state after "to"/"on"/"against" is
    the target of a ban or of exports, never its owner ("lift restrictions on arms projects to Saudi Arabia")."""
    for m in sv.mentions:
        if 0 <= start - m.end <= 25 and POSSESSOR.match(sv.text[m.end : start]):
            return (m.code,)
    subject = _subject_states(sv, start, end)
    if subject:
        return subject
    mentions = [m for m in sv.mentions if not _repeated(sv, m)]
    own = [m for m in mentions if not (m.start > start and _target(sv, m) and not OWN_FIRMS.match(sv.text[m.end : m.end + 30]))]
    own = [m for m in own if not _later_clause(sv, start, m)]
    givers = [m for m in own if not (m.end <= start and RECIPIENT.search(sv.text[max(0, m.start - 12) : m.start]))]
    own = givers or own  # "would supply missiles to Kyiv, ending its refusal": Kyiv receives, it changes nothing
    if own or not mentions:
        return owner_of(own, start, av.dyad)
    targets = {m.code for m in mentions}
    speakers = [p.country for p in sv.people if p.country and p.country not in targets]
    lead = [c for c in av.ranked or av.dyad if c not in targets]  # the article's main state that is not the target
    pick = speakers or lead
    return (pick[0],) if pick else ()


def _target(sv: SentenceView, m) -> bool:
    """The state is what a ban or export is aimed at: after "to"/"on"/"against" ("ban on arms sales to Turkey"), or inside
    such a list ("to Turkey, Saudi Arabia and the UAE": Saudi Arabia is a target too)."""
    before = sv.text[max(0, m.start - 40) : m.start]
    return bool(TARGET.search(before) or LISTED.search(before) and LIST_GOES_ON.match(sv.text[m.end : m.end + 20]))


def _repeated(sv: SentenceView, m) -> bool:
    """A state's short name in brackets right after its full name ("the United Arab Emirates (UAE)") repeats that
    mention and keeps its role (a target stays a target), whatever word precedes the bracket."""
    return bool(re.search(r"\(\s*$", sv.text[max(0, m.start - 3) : m.start])) and any(
        o.code == m.code and o.end <= m.start and not sv.text[o.end : m.start].strip(" (") for o in sv.mentions)


def _later_clause(sv: SentenceView, start: int, m) -> bool:
    """A state told after a subjectless change, in a clause the change's verb does not govern, is another clause's
    actor: "lifting the restrictions makes it likely Israel will import engines again" is no change of Israel's."""
    if sv.doc is None or m.start <= start:
        return False
    verb = next((t for t in sv.doc if t.idx == start), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("csubj", "csubjpass"):
        return False  # only a change told as a clause's subject ("lifting X makes ...", "easing the rules means ...")
    if SPEAKER.match(sv.text[m.end : m.end + 40]):
        return False  # "..., US officials said": the speaker's state made the change
    return not any(t.idx <= m.start < t.idx + len(t.text) for t in verb.subtree)


def _partners(sv: SentenceView, start: int, end: int, owner: tuple[str, ...]) -> tuple[str, ...]:
    """The other side of an ended accord: a state in the accord's own phrase ("a pact to buy French submarines", "its
    agreement with Fiji"), else one told before the change ("gave French troops a month to leave, ending ...")."""
    tail = re.split(r"[,;]| in favou?r of\b| instead\b", sv.text[end : end + 50])[0]
    near = [m.code for m in sv.mentions if start <= m.start and m.end <= end + len(tail) and not m.firm and m.code not in owner]
    before = [m.code for m in sv.mentions if m.end <= start and not m.firm and m.code not in owner]
    return tuple(dict.fromkeys(near or before[-1:]))


def _restated(sv: SentenceView, start: int, end: int) -> bool:
    """The share of GDP only restates a sum told first ("will spend 2.4 billion euros on defence next year, or 3.2% of
    GDP"): a budget figure (the budgets family), no spending target."""
    return any(start <= a.start < end and RESTATE.match(sv.text[a.end : end]) for a in sv.amounts)


def _own_target(sv: SentenceView, start: int) -> bool:
    """A spending goal told as a noun is a change only when announced or owned by a state ("announced a commitment to
    spend", "Italy's decision to spend"), not a yardstick ("short of NATO's goal to spend 2%", "missed the pledge")."""
    if not TARGET_NOUN.match(sv.text[start:]):
        return True
    before = sv.text[max(0, start - 40) : start]
    if ALLIANCE_OWNED.search(before):
        return False
    owned = any(0 <= start - m.end <= 25 and POSSESSOR.match(sv.text[m.end : start]) for m in sv.mentions)
    return owned or bool(ANNOUNCED.search(before)) or _announcing_verb(sv, start)


def _announcing_verb(sv: SentenceView, start: int) -> bool:
    """The goal noun is the object of an announcing verb, maybe coordinated ("announced a fund ... and a commitment")."""
    if sv.doc is None:
        return False
    t = next((t for t in sv.doc if t.idx == start), None)
    for _ in range(4):
        if t is None or t.head.i == t.i or t.dep_ not in ("conj", "dobj", "appos", "attr"):
            return False
        t = t.head
        if t.pos_ == "VERB":
            return t.lemma_.lower() in load_policy_cues().announcing
    return False


def _subject_states(sv: SentenceView, start: int, end: int) -> tuple[str, ...]:
    """The states named in the subject of the trigger's verb (climbing "decided to scrap", "would supply ...,
    ending"); () without a parse, a verb, or a state in the subject ("the administration", "it")."""
    if sv.doc is None:
        return ()
    verb = next((t for t in sv.doc if start <= t.idx < end and t.pos_ in ("VERB", "AUX")), None)
    subject = subject_of(verb) if verb is not None else None
    if subject is not None and subject.lower_ in ("it", "they", "we") and subject.head.dep_ == "ccomp":
        subject = next((c for c in subject.head.head.children if c.dep_ == "nsubj"), subject)  # "Norway said it would"
    if subject is None:
        return ()
    lo = min(t.idx for t in subject.subtree)
    hi = max(t.idx + len(t.text) for t in subject.subtree)
    return tuple(dict.fromkeys(m.code for m in sv.mentions if lo <= m.start and m.end <= hi and not m.firm))


def _governs(doc, start: int, end: int) -> bool:
    """Whether the trigger's verb governs the rule noun that ends its match (no parse: trust the pattern)."""
    if doc is None:
        return True
    verb = next((t for t in doc if t.idx == start), None)
    noun = next((t for t in doc if t.idx < end <= t.idx + len(t.text)), None)
    if verb is None or noun is None:
        return True
    if verb.dep_ == "amod" and verb.head.i == noun.i:
        return True  # "approved eased principles for weapons exports": the participle itself tells the change
    t = noun
    while t.i != verb.i:
        if t.dep_ not in OBJECT_PATH or t.head.i == t.i:
            return False
        if t.dep_ == "prep" and t.lower_ not in load_policy_cues().object_preps:
            return False  # "a plan released Tuesday under defence guidelines": the guidelines are not what is released
        t = t.head
    return True
