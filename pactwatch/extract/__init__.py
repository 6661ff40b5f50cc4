"""Article -> [Fact]: typed defence-cooperation facts, each tied to the sentences that tell it.

The cascade, in the order it runs:
1. Guard: empty or missing text gives no facts (never an exception); a page with fewer than a few
   defence words (data/cues.yaml `defence_terms`) is not a defence story and gives none either.
2. Sentences are cut with exact offsets (bounded length, bounded count for huge texts).
3. Cheap pass on every sentence: regexes for states (names, demonyms, capitals, ministries,
   officials) and for the triggers of every family. Background sentences (partner lists,
   anniversaries, analysts' opinions, page furniture) are dropped here. Dates are read in the
   story's own time (extract/dates.py): within a paragraph, year-less dates in past clauses and
   steps ("two days later") read from the date told last; "last week" reads from publication.
4. The article's pair of main states is voted from the title and the lead.
5. spaCy parses only the sentences that have a trigger and a state (or carry the states of the
   sentence before), at most MAX_PARSE of them: people and places come from its entities, and
   extract/parties.py reads from it which states act (a threat, yardstick, beneficiary or old tie is a
   topic; "It was signed ..." points back to the last pact's sides).
6. Each fact family (meetings, agreements, programmes, exercises, mechanisms, transfers, budgets,
   policies, pledges) reads the sentence and returns drafts with date and status read around its
   trigger. Frames from the parse (extract/frames.py) rule drafts out: a trigger that is denied,
   cancelled or only told about ("testified about the meeting") gives none in any family; a meeting
   needs two state sides in its frame (subject, object, "with"/"between", possessor; no quotation,
   non-state group, territory facing its sovereign or visit to a site) or a meeting told before to
   point back to; a mechanism needs a body as the object of its verb.
7. Undated drafts take the main event's date (guideline: things agreed at a meeting take its date),
   or the publication month for lead facts; sentences that look back keep their own dates only.
8. Drafts telling the same event are merged into one fact with every evidence sentence.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from pactwatch.extract import (
    agreements,
    budgets,
    exercises,
    mechanisms,
    meetings,
    pledges,
    policies,
    programmes,
    transfers,
)
from pactwatch.extract.actors import (
    actor_codes,
    article_officials,
    article_states,
    find_firms,
    find_mentions,
    mask,
    place_of,
)
from pactwatch.extract.agreements.rules import comparison_spans
from pactwatch.extract.amounts import find_amounts
from pactwatch.extract.context import ArticleView, Draft, SentenceView, people_for
from pactwatch.extract.dates import infer_year, latest_full_date, story_dates
from pactwatch.extract.frames import head_token, off_event
from pactwatch.extract.genre import Genre, event_veto, read_genre, years_ago
from pactwatch.extract.lending import LEAD, fill_dates, lead_day
from pactwatch.extract.merge import fuse, merge_drafts, share_people
from pactwatch.extract.nlp import parse
from pactwatch.extract.parties import acting, load_cues, with_people_states
from pactwatch.extract.people import complete_countries, people_in, remember
from pactwatch.extract.prices import attach_prices
from pactwatch.extract.sentences import Sentence, split_sentences
from pactwatch.extract.status import negated
from pactwatch.model import Article, Evidence, Fact, Person
from pactwatch.reference import Reference, data_file, load_reference

LOG = logging.getLogger(__name__)
FAMILIES = (meetings, agreements, programmes, exercises, mechanisms, transfers, budgets, policies, pledges)
EXTRACTORS = {family.NAME: family.find for family in FAMILIES}  # versioned names recorded on every fact
MAX_SENTENCES = 5000  # a 100,000-word page is cut here
MAX_PARSE = 300  # candidate sentences the parser sees per article
MAX_FACTS = 50  # a page that yields more is a list, not a report (the densest gold article has 17)
MAX_STATES_PER_PAGE = 16  # a report names a handful of states; a page whose facts span more is a list
MAX_STATES = 8  # a sentence naming more states is a list (unless it is a hub's round of talks)
CONTINUES = re.compile(r"^(?:They|The (?:two|four|three) |The ministers|The leaders|Both|He|She|During|The minister|"
                       r"Discussions|Topics|Talks|The sides|Among|Host and guests?|The hosts? and (?:the )?guests?|The parties|"
                       r"The delegations|Both parties)\b")
PLURAL = re.compile(r"\b(?:the (?:two |four |three )?(?:ministers|leaders|officials|sides|delegations)|their (?:meeting|talks)|"
                    r"both (?:ministers|leaders)|the ministers.)", re.I)
# "TOKYO, July 9 (Jiji Press)--", and a spaced hyphen after a dated head with the wire's name: "Sept 17 (Interfax) - "
# or after a place in capitals and a day: "MANILA, Feb 25 - ", "NEW DELHI, 3 October - " (not "The deal - ", not
# "In 2019 - ")
DATELINE = re.compile(r"^(?:[A-Z][\w .,'-]{1,40}?(?:\([^)]{1,30}\))?\s*(?:--|—|–|:)\s*"
                      r"|[A-Z][\w .,']{0,30}?\d[\w .,']{0,12}?\([^)]{1,30}\)\s+-\s+"
                      r"|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3},\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)"
                      r"(?:,? \d{4})?\s+-\s+)")
PRONOUN = re.compile(r"^(?:He|She)\b")
BULLET = re.compile(r"^[•·▪●◦*-]\s*")
OPENING = re.compile(r"^[\"'“‘(\[]+")  # a quotation or bracket opening the sentence: "“The parties reiterated ..."
# Words inside a sentence that point back to the states told just before, in the next paragraph too (web news often
# gives each sentence its own paragraph): "the two countries", "both sides", "the three-nation unit", "ministers
# Ruiz and Tan" (a plural role before two names), "the parties". Without a state name of its own, such a sentence acts
# for the states told last ("the three countries": the last three told together). "The agreement sets out ..." is
# not enough: it often opens an explanation of an instrument whose verbs are about other times. "It was mutually agreed
# to expand this cooperation": "mutually" and "this/their cooperation" are the two sides told before.
POINTS_BACK = re.compile(r"\b(?:(?:the|both|all|our) (?:two |three |four |five )?(?:countries|nations|sides|parties|states|"
                         r"governments|ministers|leaders|defen[cs]e ministers|delegations|navies|armies|militaries|"
                         r"armed forces)|(?:two|three|four|five)-(?:country|nation|way|party)|(?:ministers|leaders|"
                         r"presidents|counterparts) [A-Z][\w’'-]+ and [A-Z][\w’'-]+|mutually (?:agreed|decided|committed)|"
                         r"(?:this|such|their) (?:bilateral |defen[cs]e |military |security )?co-?operation)\b")
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
DEFENCE_OFFICE = re.compile(r"defen[cs]e|armed forces|military|army|navy|general staff", re.I)  # an official of these
NEAR_PARAGRAPHS = 2  # a pointing-back sentence reads the states told at most this many paragraphs before


def extract_facts(article: Article) -> list[Fact]:
    """Every defence-cooperation fact the article tells, merged per event, with evidence spans.

    Bad input never raises: empty or unreadable text gives no facts, and an unexpected failure on one
    article is logged with its source and gives no facts rather than stopping a batch.
    """
    try:
        return _extract(article)
    except Exception:  # noqa: BLE001 - one bad page must not stop an ingest of thousands
        LOG.exception("extract failed on %s", article.source)
        return []


def _extract(article: Article) -> list[Fact]:
    text = article.text if isinstance(article.text, str) else ""
    if not text.strip():
        return []
    ref = load_reference()
    if not _about_defence(text, ref):
        return []  # trade talks, sport, celebrity news: not what pactwatch tracks
    published = _parse_date(article.published) or latest_full_date(text)
    av_base = ArticleView(ref, published, None if published else infer_year(text), ())
    sentences = split_sentences(text, MAX_SENTENCES)
    full_names = article_officials(text, ref, published)
    mentions = [find_mentions(s.text, ref, published, full_names) for s in sentences]
    title = [find_mentions(article.title, ref, published, full_names)] if article.title else []
    voters = [[] if ref.background.search(s.text) else _uncompared(s.text, m) for s, m in zip(sentences, mentions, strict=True)]
    ranked = article_states(title + voters[: LEAD + 2] + voters)  # a background list or comparison votes for no pair
    av = replace(av_base, dyad=ranked[:2], ranked=ranked)
    candidates = _candidates(sentences, mentions, av)
    docs = parse([sentences[i].text for i, _ in candidates]) if candidates else []
    genre = read_genre(article.title, [s.text for s in sentences[:MAX_PARSE]], article.url)
    dates = _dates(sentences, av)
    drafts = _drafts(sentences, mentions, candidates, docs, av, dates, genre)
    told = lead_day(dates, published)
    drafts = attach_prices(fill_dates(drafts, published, av.dyad, _parse_date(article.published), told), sentences, av)
    groups = _carry_kind(merge_drafts(drafts), sentences, mentions, av)
    facts = share_people([_fact(article, text, group, ref) for group in groups])
    states = {c for f in facts for c in f.parties}
    if len(states) > MAX_STATES_PER_PAGE:  # a list page: keep what concerns the page's main states
        facts = [f for f in facts if set(f.parties) & set(av.ranked[:4])]
    return sorted(facts, key=lambda f: -f.confidence)[:MAX_FACTS] if len(facts) > MAX_FACTS else facts


def _about_defence(text: str, ref: Reference) -> bool:
    """At least a few defence words: the cheap gate before any sentence work."""
    needed = ref.defence_min if len(text) > 900 else 1
    head = text[:200000]
    found = sum(1 for _ in zip(range(needed), ref.defence_terms.finditer(head), strict=False))
    if found < needed:  # defence instruments and equipment count too: "the reciprocal access agreement"
        found += sum(1 for k in ref.agreement_kinds if k.kind != "contract" and k.pattern.search(head))
        # each kind of equipment counts once: "drones ... unmanned aerial vehicles ... interceptors" is a defence
        # story even with no word of defence_terms; dual-use nouns (jets, vehicles) count once together
        forms = {m.group().lower().rstrip("s") for m in ref.equipment_nouns.finditer(head)}
        found += len(forms - _dual_use()) + (1 if forms & _dual_use() else 0)
    if found < needed:  # "Richard Marles and Gilberto Teodoro held talks", "their first joint staff talks"
        found += _gate_phrases().search(head) is not None
        found += any(DEFENCE_OFFICE.search(o.office) for m in ref.official_surface.finditer(head[:20000])
                     if " " in m.group() for o in ref.officials_named(m.group()))
    return found >= needed


@lru_cache(maxsize=1)
def _gate_phrases() -> re.Pattern[str]:
    """Phrases of defence talks that name no weapon nor the word defence (data/page_gate.yaml)."""
    data = data_file("page_gate.yaml")
    return re.compile(r"\b(?:" + "|".join(data["defence_phrases"]) + r")\b", re.I)


@lru_cache(maxsize=1)
def _dual_use() -> frozenset[str]:
    """Equipment nouns civil news uses as often as defence news (data/page_gate.yaml), in singular form."""
    data = data_file("page_gate.yaml")
    return frozenset(str(w).lower().rstrip("s") for w in data["dual_use"])


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _candidates(sentences: list[Sentence], mentions: list, av: ArticleView) -> list[tuple[int, list[str]]]:
    """Sentences with a trigger and acting states (their own, the sentence before's, or its firms'), bounded in number."""
    out: list[tuple[int, list[str]]] = []
    previous: list[str] = []
    history: list[list[str]] = []  # the states each telling sentence named, oldest first
    told_in = -1  # paragraph of the sentence `previous` came from
    for i, s in enumerate(sentences):
        codes = actor_codes(mentions[i])
        told = actor_codes(_uncompared(s.text, mentions[i]))  # "similar to the ones it signed with A and B": not A, B
        pair = _pointed(s.text, previous, history) if told and _place_only(s.text, mentions[i]) else []
        if len(set(pair)) >= 2 and not set(told) & set(pair):
            codes = told = []  # "The two met briefly in Singapore": the place is no side; the pair before acts
            previous = pair
        if told and not av.ref.background.search(s.text):
            wider = _pointed(s.text, told, history)
            if len(set(told)) == 1 and set(told) < set(wider):
                codes = told = wider  # "the Colombian minister said both countries are working on ...": the pair
            previous, told_in = told, s.paragraph
            history.append(told)
        elif not told:
            same_paragraph = i > 0 and sentences[i - 1].paragraph == s.paragraph
            continues = CONTINUES.search(OPENING.sub("", BULLET.sub("", s.text))) or BULLET.match(s.text)
            back = POINTS_BACK.search(s.text) if s.paragraph - told_in <= NEAR_PARAGRAPHS else None
            codes = previous if (same_paragraph or continues) else []
            if back and not same_paragraph and not continues:
                codes, told_in = _pointed(s.text, previous, history), s.paragraph  # the chain goes on
        # "Embraer and Saab launched a line": firms of two states stand for them, added with their mentions
        # (parties.acting); one firm alone names no pair ("15 jets will be built at Embraer's plant")
        firms = [] if codes else actor_codes(find_firms(s.text, av.ref), firms=True)[1:]
        owner_only = not codes and any(t.frame == "owner" and t.pattern.search(s.text) for t in av.ref.triggers)
        if not codes and not firms and not av.ref.dyad_markers.search(s.text) and not find_amounts(s.text) and not owner_only:
            continue  # "The government also dropped its refusal ...": policies and budgets belong to the lead state
        if len(set(codes)) > MAX_STATES and not re.search(r"\b(?:bilateral|with|counterparts)\b", s.text):
            continue
        if av.ref.background.search(s.text) or not any(t.pattern.search(s.text) for t in av.ref.triggers if t.id != "known"):
            continue
        out.append((i, codes))
        if len(out) >= MAX_PARSE:
            break
    return out


def _place_only(text: str, mentions: list) -> bool:
    """A sentence that points back ("The two met ...", "They will ...") and names states only as places or topics."""
    return bool(mentions) and all(m.locative or m.topic for m in mentions) \
        and bool(CONTINUES.search(OPENING.sub("", text)) or POINTS_BACK.search(text))


def _pointed(text: str, previous: list[str], history: list[list[str]]) -> list[str]:
    """"the three countries": the last states told that many at once; otherwise the sentence before's."""
    for m in POINTS_BACK.finditer(text):
        words = m.group()
        lead = words.split()[-2] if " " in words else words.split("-")[0]
        n = 2 if words.lower().startswith("both") or " and " in words else NUMBERS.get(lead.lower())
        if n is not None:
            return previous if len(set(previous)) == n else next((h for h in reversed(history) if len(set(h)) == n), previous)
    return previous


def _drafts(sentences: list[Sentence], mentions: list, candidates: list, docs: list, av: ArticleView,
            dates: list[list], genre: Genre) -> list[Draft]:
    ref = av.ref
    registry: dict[str, Person] = {}
    last_kind: str | None = None
    lead_in = ""
    recent_people: list[Person] = []
    out: list[Draft] = []
    by_index = {i: (codes, doc) for (i, codes), doc in zip(candidates, docs, strict=True)}
    for i, s in enumerate(sentences):
        if s.text.rstrip().endswith(":"):
            lead_in = s.text
        elif not BULLET.match(s.text) and len(s.text) > 60:
            lead_in = ""
        if i not in by_index:
            last_kind = _kind_told(s.text, ref, av.dyad) or last_kind
            continue
        codes, doc = by_index[i]
        carried = codes if _place_only(s.text, mentions[i]) and len(set(codes)) >= 2 \
            and not set(codes) & {m.code for m in mentions[i]} else None
        mentions[i], codes = acting(s, doc, mentions[i], codes, out)  # threats, beneficiaries, "It was signed"
        if carried:
            codes = carried  # "They will hold drills in Australia": the place stays the place, the pair before acts
        people = people_in(s.text, doc, mentions[i], ref, av.published, registry)
        remember(registry, people)
        if people and PRONOUN.match(s.text) and recent_people and recent_people[0] not in people:
            people = [recent_people[0], *people]  # "He also met with ...": the last sentence's first person
        codes, own = with_people_states(codes, people, mentions[i], doc)  # "Mukherjee had talks with ...": his state acts
        if people:
            recent_people = people
        elif PLURAL.search(s.text):
            people = recent_people  # "the ministers' meeting": the people of the sentence before
        sv = SentenceView(s, s.text, mentions[i], codes, own, dates[i],
                          find_amounts(s.text), doc, people, place_of(doc, ref), lead_in if BULLET.match(s.text) else "",
                          last_kind, bool(ref.looking_back.search(s.text)), frozenset(d.type for d in out))
        before = len(out)
        for family in FAMILIES:
            out.extend(_aged(d if d.people else replace(d, people=people_for(sv, d.parties)), av)
                       for d in family.find(sv, av) if not negated(doc, d.trigger[0], ref) and not _told_off(sv, d)
                       and event_veto(genre, s.text, doc, d.trigger, d.type, d.own_date, d.date, av.published) is None)
        out[before:] = _same_kind_sides(out[:before], out[before:], s.text, mentions[i])
        told = [d.agreement_kind for d in out[before:] if d.type.startswith("agreement_") and d.agreement_kind != "other"]
        last_kind = (told[-1] if told else None) or _kind_told(s.text, ref, av.dyad) or last_kind
    return out


def _uncompared(text: str, mentions: list) -> list:
    """The mentions outside a comparison with older pacts: those states neither act nor make the article's pair."""
    spans = comparison_spans(text)
    return [m for m in mentions if not any(lo <= m.start < hi for lo, hi in spans)] if spans else mentions


def _same_kind_sides(told: list[Draft], new: list[Draft], text: str, mentions: list) -> list[Draft]:
    """"The access agreement entered into force": with no state of its own, the sides of the last pact of that kind."""
    if any(not m.topic and not m.locative for m in mentions) or not load_cues().anaphor_subject.search(text.strip()):
        return new
    out = []
    for d in new:
        same = [t for t in told if t.type.startswith("agreement_") and t.agreement_kind == d.agreement_kind
                and len(t.parties) >= 2] if d.type.startswith("agreement_") and d.agreement_kind != "other" else []
        out.append(replace(d, parties=same[-1].parties) if same else d)
    return out


def _aged(d: Draft, av: ArticleView) -> Draft:
    """"Five years ago, A and B signed ...": the draft takes that year (its clause's "on Monday" is another verb's)."""
    ago, at = years_ago(d.sentence.text)
    if not ago or av.published is None or (d.date is not None and at > d.trigger[0]):
        return d  # "signed on Monday, three years ago to the day": the date told with the verb stays
    year = str(av.published.year - ago)
    return d if d.date and d.date.startswith(year) else replace(d, date=year, own_date=True)


def _told_off(sv: SentenceView, d: Draft) -> bool:
    """The parse shows the trigger is not the sentence's event: denied, cancelled, or only told about."""
    token = head_token(sv.doc, *d.trigger)
    return token is not None and off_event(token) is not None


def _dates(sentences: list[Sentence], av: ArticleView) -> list[list]:
    """Dates of every sentence in the story's own time (a history paragraph anchors its year-less dates), leaving
    out the dateline ("Tokyo, July 9 (Jiji Press)--"): that is the filing day."""
    texts = []
    for s in sentences:
        head = DATELINE.match(s.text)
        cut = head.end() if head else 0
        texts.append((" " * cut + mask(s.text, av.ref)[cut:], s.paragraph))
    return story_dates(texts, av.published, av.fallback_year)


def _kind_told(text: str, ref: Reference, dyad: tuple[str, ...]) -> str | None:
    """The last agreement kind a sentence names, for a later "the agreement" to point back to."""
    found = [(m.start(), ref.kind_of(m.group(), dyad) or k.kind) for k in ref.agreement_kinds
             for m in [k.pattern.search(text)] if m]
    return max(found)[1] if found else None


def _carry_kind(groups: list[list[Draft]], sentences: list[Sentence], mentions: list,
                av: ArticleView) -> list[list[Draft]]:
    """"signed a military cooperation agreement ... the old pact expires once the new treaty is adopted": when the
    article names one kind only for its pair's instrument, a pair pact still of kind `other` is that instrument."""
    pair = tuple(sorted(av.dyad))
    vague = [g for g in groups if g[0].type.startswith("agreement_") and g[0].parties == pair
             and all(d.agreement_kind == "other" for d in g)]
    if len(pair) != 2 or not vague:
        return groups
    told = {d.agreement_kind for g in groups for d in g if d.type.startswith("agreement_") and d.parties == pair}
    for s, found in zip(sentences, mentions, strict=True):
        if {m.code for m in found if not m.topic} <= set(pair) and not av.ref.background.search(s.text):
            told.add(_kind_told(s.text, av.ref, av.dyad))
    told -= {None, "other", "contract"}
    if len(told) != 1:
        return groups  # two instruments named (a logistics pact and a vision statement): no guessing
    kind = told.pop()
    return [[replace(d, agreement_kind=kind) for d in g] if any(g is v for v in vague) else g for g in groups]


def _fact(article: Article, text: str, group: list[Draft], ref: Reference) -> Fact:
    d = fuse(group)
    seen: set[int] = set()
    evidence = []
    for g in sorted(group, key=lambda g: g.sentence.start):
        if g.sentence.start not in seen:
            seen.add(g.sentence.start)
            evidence.append(Evidence(text[g.sentence.start : g.sentence.end], g.sentence.start, g.sentence.end))
    return Fact(article_id=article.id, doc=article.doc, type=d.type, parties=d.parties, date=d.date, status=d.status,
                agreement_kind=d.agreement_kind if d.type.startswith("agreement_") else None,
                programme=d.programme if d.type in ("joint_programme", "mechanism_established") else None,
                amount=d.amount if d.type in ("budget", "agreement_signed", "arms_transfer") else None,
                place=d.place if d.type in ("meeting", "agreement_signed", "mechanism_established") else None,
                people=complete_countries(d.people, d.parties),
                evidence=tuple(evidence),
                confidence=round(d.confidence, 3), extractor=d.extractor, reference_version=ref.version)


__all__ = ["EXTRACTORS", "extract_facts"]
