"""Names on lines of their own at the top of a page: a byline names a real
person ("By Jane Roe", "Jane Roe" alone on a line near the top or the end);
a title-case headline capitalises verbs and nouns, so a name seen only in one
needs the body to name the person too. `people.PeopleFinder` asks both.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc

from ...normalize import doc_text, normalize_name
from ...resources import load_json
from .name_merging import Mention, Person
from .name_shape import NameShape

_LONG_FUNCTION_WORDS = {"with", "from", "into", "onto", "over", "upon", "after", "than", "that", "this", "about"}
_LINE = re.compile(r"[^\n]*\S[^\n]*")
# three full names listed: a line that lists a crew, no headline ("Launch crew—A B, C D, E F")
_LISTED_NAMES = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+, [A-Z][a-z]+ [A-Z][a-z]+,? (?:and )?[A-Z][a-z]+ [A-Z][a-z]+\b")
_HEADLINE_LINES = 3  # a headline, its deck, a byline
_HEADLINE_WORDS = 20  # more words than a headline has: a line of the body
_BYLINE_WORDS = {"by", "posted", "published", "updated", "written", "credit", "credits"}
_SENTENCE_END = set('.?!:"”’')
_VERB_TAGS = {"VBD", "VBN", "VBZ", "VBP", "VBG"}  # a subheading's verb: "Appeared Tired"
# "Jane Roe", "Jane Q. Roe", "Jane Ann Roe", "Chris O'Meara"
_CREDITED_NAME = r"[A-Z][a-z]+(?: (?:[A-Z]\.|[A-Z](?:['’][A-Z])?[a-z]+(?:-[A-Z][a-z]+)?)){1,2}"
# a picture agency: "REUTERS", "AP", "Xinhua", "Sputnik/Jane Roe"
_AGENCIES = r"[A-Z]{2,}|" + "|".join(load_json("people_words.json")["photo_agencies"])
# a wire agency's name in capitals is no surname: "By Jane AFP"
_WIRE_AGENCIES = r"(?:" + "|".join(load_json("people_words.json")["wire_agencies"]) + r")"
# (an embedded post's signature too: "— Jane Roe (@janeroe) July 11, 2021")
_ATTRIBUTION = re.compile(r"(?m)^[ \t]*(?:--|—|–)[ \t]*(?P<name>" + _CREDITED_NAME +
                          r")(?=[,.]|[ \t]*$|[ \t]+\(@\w+\))")
_CONFIRMING_SURNAMES = 3  # the body's person-read surnames that confirm a headline's name
# "Photo by", "Image:", "Pool photograph by"
_CREDIT_LEAD = r"\b(?:[Pp]hoto|[Pp]hotos|[Pp]hotograph|[Ii]mage|[Pp]icture)s?(?: [Cc]redit:?| [Bb]y:?|:)"
_AGENCY_LEAD = r"\b(?:" + _AGENCIES + r"|(?<=[A-Z]{2} )Photo)/"  # "REUTERS/", "Reuters/", "AP Photo/"
# the lead of a picture's credit right before a name: "— Photo: A/Reuters", "REUTERS/A"
CREDIT_BEFORE = re.compile(r"(?:" + _CREDIT_LEAD + "|" + _AGENCY_LEAD + r")[ \t]*$")
# (and the outlet it was taken for: "Summary & Photos by Jane Roe for site.com")
_CREDIT = re.compile(_CREDIT_LEAD + r" (?P<name>" + _CREDITED_NAME +
                     r")(?=[ \t]*[/,.;)]|[ \t]*(?:\(|$|\n)|[ \t]+for[ \t])", re.MULTILINE)
# a wire photo's credit after its caption: "REUTERS/Jane Roe"
_AGENCY_CREDIT = re.compile(_AGENCY_LEAD + r"(?P<name>" + _CREDITED_NAME + r")(?=[ \t]*(?:$|\n|[,.;)]))", re.MULTILINE)
# an agency's picture credit with its photographer after a dash: "Credits: NASA - B. Ingalls", "Credit: ESA–S. Corvaja"
_AGENCY_DASH_CREDIT = re.compile(r"\bCredits?:[ \t]*(?:" + _AGENCIES + r")[ \t]*[-–—][ \t]*"
                                 r"(?P<name>(?:[A-Z]\.[ \t]*)+[A-Z][a-z]+(?:-[A-Z][a-z]+)?|" + _CREDITED_NAME + r")"
                                 r"(?=[ \t]*(?:$|\n|[,;)]))", re.MULTILINE)
# a picture's credit in brackets with its name first: "(Joel Kowsky / NASA / Getty Images)"
_BRACKETED_CREDIT = re.compile(r"\((?P<name>" + _CREDITED_NAME + r")[ \t]*/[ \t]*(?:" + _AGENCIES + r"|Getty)[^()\n]{0,40}\)")
# the outlet before the name: "(Mainichi/Jane Roe)", "(NASA/Bill Ingalls)" closing a caption
# (an archive picture's too: "(AP Photo/Jane Roe, File)")
_OUTLET_CREDIT = re.compile(r"(?<=[.!?] )\((?:[A-Z][\w.]*)(?: [A-Z][\w.]*){0,2}[ \t]*/[ \t]*(?P<name>" + _CREDITED_NAME +
                            r")(?:,[ \t]*File)?\)")
# a picture's credit closing its caption, the name before the agency: ". Jane Roe/NASA via Getty Images"
_SLASHED_CREDIT = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?]\) )|^)(?P<name>" + _CREDITED_NAME + r")[ \t]*/[ \t]*(?:" + _AGENCIES +
                             r"|Getty Images|The(?: [A-Z]\w*){1,3})(?:[ \t]+via[ \t]+Getty[ \t]+Images)?[ \t]*$", re.MULTILINE)
# a name after a label on a page's own line or after a stamp or a bar: "Author: Jane Roe Credit: NASA",
# "Page author: Jane Roe", "From:  Jane Roe <JR@SITE>" (a mail's header), "Mar 26, 2009 By JANE ROE ,
# Associated Press Writer", "By JANE ROE | China Daily | Updated: ...", "graphics designed by Jane Roe"
_LABELLED_BYLINE = re.compile(
    r"(?m)(?:^[ \t]*|\|[ \t]*|\d{4}[ \t]+|(?<=[a-z]) (?=designed by))"
    r"(?P<label>(?:Page )?[Aa]uthor:|From:|By|BY|designed by)[ \t]+"
    r"(?P<name>" + _CREDITED_NAME + r"|[A-Z]{2,}(?: [A-Z]{2,}){1,2})"
    r"(?:[ \t]*,[ \t]*(?P<desk>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}))?"
    r"(?=[ \t]*$|[ \t]*\||[ \t]*<|[ \t]+[A-Z][a-z]+:)")  # (the next label: "Credit: NASA")
_SURNAME_FIRST = re.compile(r"(?<![\w,.])(?P<surname>[A-Z]{2,}(?:[-'’][A-Z]{2,})?),[ \t]+"
                            r"(?P<given>[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?|[A-Z]\.))*)"
                            r"(?P<suffix>,?[ \t]+(?:Jr|Sr)\.?)?"
                            r"(?P<nick>[ \t]+[\"“][^\"”\n]{1,20}[\"”])?,[ \t]+(?P<age>\d{1,3}),"
                            r"(?P<rest>(?:(?![A-Z]{2,},[ \t]+[A-Z][a-z])[^\n]){0,80})")  # (to the next entry on its line)
_OUTLET_WORDS = 3  # a site's name on the line under its byline
_DESK_WORDS = 4  # a desk's title on the line below a byline: "Associated Press Science Writer"
_BYLINE_REACH = 400  # a byline without "By" stands this near the top or the end of the text
_BYLINE_NAME = _CREDITED_NAME  # a byline's name is written as a credit's
# "By Jane Roe & John Doe & Ann Poe", "By Jane Roe, John Doe and Ann Poe": a byline of several reporters
_BYLINE_MANY = re.compile(r"(?m)^[ \t]*(?:[Bb]y|BY) (?P<names>" + _BYLINE_NAME + r"(?:(?:,? (?:and|&)|,) " + _BYLINE_NAME + r")+)[ \t]*$")
_CAPS_SIGNATURE = re.compile(r"(?m)^[ \t]*(?P<name>[A-Z]{2,}(?: [A-Z]\.)?(?: [A-Z]{2,}(?:-[A-Z]{2,})?){1,2}),[ \t]+"
                             r"(?P<title>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})[ \t]*$")
_BYLINE = re.compile(r"(?m)^[ \t]*(?:[-–—•*][ \t]+(?=[Bb]y |BY ))?(?:(?P<stamp>[^|\n]{1,40}\|)[ \t]*(?=[Bb]y |BY ))?"  # "April 13, 1985|By Jane Roe"
                     r"(?:(?:[Ww]ritten |[Pp]osted |[Aa]dditional reporting )?[Bb]y |BY )?(?P<name>" + _BYLINE_NAME +
                     r"|(?<=By |BY )[A-Z]{2,}(?: [A-Z]\.)?(?: [A-Z]{2,}(?:-[A-Z]{2,})?){1,2}?"  # wire copy's "By RICHARD BENKE"
                     r"|(?<=[Bb]y )[A-Z][a-z]+ (?!" + _WIRE_AGENCIES + r"\b)[A-Z]{2,}(?:-[A-Z]{2,})?)"  # "by Kyoko HASEGAWA"
                     # (and its desk after it: "By JANE ROE UPI Science Writer")
                     # (or in capitals, a page's bulleted "- By Jane Roe STAFF WRITER")
                     r"(?:[ \t]+(?:[A-Z]{2,4}[ \t]+)?(?P<desk>(?:[A-Z][a-z]+[ \t]+)?"
                     r"(?:[Ww]riter|[Cc]orrespondent|[Ee]ditor|[Rr]eporter)|(?:[A-Z]+[ \t]+)?"
                     r"(?:WRITER|CORRESPONDENT|EDITOR|REPORTER)))?"
                     # (or its wire service after it: "Jane Roe Associated Press")
                     r"(?:[ \t]+(?:The )?(?:Associated Press|Reuters|Agence France-Presse|AFP))?"
                     r"(?:,[ \t]+(?P<title>[A-Za-z]+(?: [a-z]+){0,2})"  # "Paul Smith, Feature writer"
                     r"|,[ \t]+(?P<outlet>(?:The )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}))?"  # "By MARCIA DUNN, Associated Press"
                     r"(?:[ \t]*\([^()\n]{1,60}\))?"  # "By Cui Jia (Chinadaily.com.cn)": the outlet after it
                     r"(?:[ \t]+for[ \t]+[\w.]+\.[a-z]{2,4}(?:[ \t]+[-–—][ \t]+[^\n]{1,40})?)?"  # "Jane Roe for site.com - ..."
                     r"(?:[ \t]+(?:--|—|–|\|)[ \t]*(?:The )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})?"  # "-- The AP", "| Hagadone News"
                     # (or the stamp and outlet after it: "Jane Roe, March 28, 2021 2:45PM The Australian")
                     r"(?:,[ \t]+(?P<dated>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})(?:[ \t]+\d{1,2}:\d\d[ \t]?[AaPp][Mm])?"
                     r"(?:[ \t]+(?:The )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})?)?"
                     # (or a page's stamp after a slash: "Jane Roe / Updated on Aug 23, 2023, 19:36 IST")
                     r"(?:[ \t]+[/|][ \t]+(?:Updated|Published|Posted)(?:[ \t]+on)?:?[ \t]+[^\n]{1,40})?[ \t]*$")


def surname_first_entries(doc: Doc, blocked: set[int], role_of_phrase: dict[str, str]) -> list[Mention]:
    """A flight log's crew entry, the surname first in capitals and the age after the given names:
    "LEONOV, Aleksey Arkhipovich, 41, Soviet Air Force, commander Soyuz 19" is Aleksey Arkhipovich
    Leonov, a commander (the last field that opens on a role: not "civilian" before "flight engineer")."""
    found = []
    for m in _SURNAME_FIRST.finditer(doc_text(doc)):
        span = doc.char_span(m.start("surname"), max(m.end(g) for g in ("given", "suffix", "nick") if m.group(g)))
        if span is None or blocked.intersection(range(span.start, span.end)):
            continue
        roles = [role_of_phrase[" ".join(words[:n])] for words in (f.lower().split() for f in m.group("rest").split(","))
                 for n in range(len(words), 0, -1) if " ".join(words[:n]) in role_of_phrase][-1:]
        name = f"{m.group('given')} {m.group('surname').title()}{m.group('suffix') or ''}"
        found.append(Mention(span.start, span.end, re.sub(r"\s+", " ", name), True, role=(roles or [""])[0], cued=True))
    return found


def bylines(doc: Doc, blocked: set[int], shape: NameShape, role_of_phrase: dict[str, str]) -> list[Mention]:
    """A line that is only a name, "By" before it or not, perhaps with its title ("Paul Smith,
    Feature writer"): a byline names a real person."""
    found = []
    text = doc_text(doc)
    for m in [*_ATTRIBUTION.finditer(text), *_CREDIT.finditer(text), *_AGENCY_CREDIT.finditer(text),
              *_BRACKETED_CREDIT.finditer(text), *_SLASHED_CREDIT.finditer(text), *_OUTLET_CREDIT.finditer(text),
              *_AGENCY_DASH_CREDIT.finditer(text)]:
        # an epigraph's source, "--Archibald MacLeish, writing about Apollo 8."; a photo's credit, "Photo by
        # Aubrey Gemignani/NASA"
        span = doc.char_span(m.start("name"), m.end("name"))
        if span is not None and not blocked.intersection(range(span.start, span.end)) and \
                shape.looks_like_name(doc, span.start, span.end):
            found.append(Mention(span.start, span.end, span.text, True, cued=True))
    for m in _LABELLED_BYLINE.finditer(text):
        span = doc.char_span(m.start("name"), m.end("name"))
        if span is None or blocked.intersection(range(span.start, span.end)) or \
                normalize_name(span.text) in shape.organisations or \
                any(w.lower() in shape.byline_non_names for w in span.text.split()):
            continue
        label = m.group("label").lower().rstrip(":")
        line_start = not text[text.rfind("\n", 0, m.start()) + 1:m.start("label")].strip()
        if label == "by" and line_start and not text[m.end():].lstrip(" \t").startswith("|"):
            continue  # a byline of its own line, "By Jane Roe, Staff Writer": _BYLINE's
        if span.text.isupper() and not all(w.strip(".").isalpha() and w.lower() not in shape.byline_non_names
                                           and w.title() not in shape.facility_heads for w in span.text.split()):
            continue  # an outlet's own byline: "By FLORIDA TODAY"
        desk = (m.group("desk") or "").lower()
        role = desk if desk.split()[-1:] and desk.split()[-1] in role_of_phrase else \
            label.split()[-1] if label.split()[-1] in role_of_phrase else ""
        # (the label cues a name the NER reads as one, a capitalised label after it or not: "Jane Roe Credit:")
        if span.text.isupper() or all(t.ent_type_ == "PERSON" for t in span) or \
                shape.looks_like_name(doc, span.start, span.end):
            found.append(Mention(span.start, span.end, span.text.title() if span.text.isupper() else span.text,
                                 True, role=role, cued=True))
    for line in _BYLINE_MANY.finditer(text):
        for m in re.finditer(_BYLINE_NAME, line.group("names")):
            span = doc.char_span(line.start("names") + m.start(), line.start("names") + m.end())
            if span is not None and not blocked.intersection(range(span.start, span.end)) and \
                    normalize_name(span.text) not in shape.organisations and shape.looks_like_name(doc, span.start, span.end) \
                    and not any(t.lower_ in shape.byline_non_names for t in span):  # "By Newser Editors and Wire ..."
                found.append(Mention(span.start, span.end, span.text, True, cued=True))
    for m in _BYLINE.finditer(text):
        line = m.group()[m.end("stamp") - m.start():] if m.group("stamp") else m.group()
        by = re.match(r"(?:[-–—•*] +)?(?:(?:written|posted|additional reporting) )?by ", line.strip().lower()) is not None
        if not by and _BYLINE_REACH < m.start() < len(text.rstrip()) - _BYLINE_REACH:
            continue  # a two-word line amid the text is a subheading: "Blazing Chunks"
        if not by and not text[:m.start()].strip():
            continue  # the text's first line is its headline: "Apollo Recovery"
        span = doc.char_span(m.start("name"), m.end("name"))
        if span is None or blocked.intersection(range(span.start, span.end)) or \
                normalize_name(span.text) in shape.organisations:
            continue  # (and "BY SPACEFLIGHT NOW": an outlet's own byline)
        if m.group("outlet") and not by:
            continue  # "New York, NY": a place and its state; an outlet after the name only where "By" says so
        title = (m.group("title") or m.group("desk") or "").lower()
        if title and title.split()[-1] not in role_of_phrase:
            if not by:
                continue  # "New York, NY": a place and its state, no name and its title
            title = ""  # "By Jane Roe, Reuters": the outlet
        if not title:  # a signature's title on the line below: "Keiji Tachikawa\nPresident, JAXA"
            below = text[m.end():].lstrip("\n").split("\n", 1)[0].split(",", 1)[0].strip()
            words = below.split()
            # (or a desk's title there, its outlet and all: "By ALISON SMALE\nAssociated Press Writer")
            desk = 1 < len(words) <= _DESK_WORDS and all(w[:1].isupper() for w in words) and \
                role_of_phrase.get(words[-1].lower()) == words[-1].lower()
            title = role_of_phrase.get(below.lower(), "") or (below.lower() if desk else "")
        if not span.text.isupper() and span.text.split()[-1].isupper() and by:  # "by Kyoko HASEGAWA"
            if span.text.split()[-1].lower() not in shape.byline_non_names:
                found.append(Mention(span.start, span.end, span.text.title(), True, role=title, cued=True))
        elif span.text.isupper():  # wire copy's "By RICHARD BENKE" (the tagger reads capitals poorly)
            # (not an outlet's own: "By FLORIDA TODAY")
            if all(w.strip(".").isalpha() and w.lower() not in shape.byline_non_names
                   and w.title() not in shape.facility_heads
                   for w in span.text.split()):
                found.append(Mention(span.start, span.end, span.text.title(), True, role=title, cued=True))
        elif shape.looks_like_name(doc, span.start, span.end) and \
                not any(t.lower_ in role_of_phrase or t.tag_ in _VERB_TAGS for t in span):  # not "Appeared Tired"
            found.append(Mention(span.start, span.end, span.text, True, role=title, cued=True))
    for m in _CAPS_SIGNATURE.finditer(text):
        # "JANE ROE, National Bureau Chief" on a line of its own at the top or the end
        title = m.group("title").lower()
        span = doc.char_span(m.start("name"), m.end("name"))
        if span is None or blocked.intersection(range(span.start, span.end)) or \
                title.split()[-1] not in role_of_phrase or \
                _BYLINE_REACH < m.start() < len(text.rstrip()) - _BYLINE_REACH:
            continue
        if all(w.strip(".").isalpha() and w.lower() not in shape.byline_non_names
               and w.title() not in shape.facility_heads
               for w in span.text.split()):
            found.append(Mention(span.start, span.end, span.text.title(), True, role=title, cued=True))
    return found


def without_headline_only(doc: Doc, people: list[Person], known: set[str] = frozenset()) -> list[Person]:
    """A title-case headline capitalises verbs and nouns ("Cosmonauts Dock at
    Station, Join Crew Inside"), so a name seen only in one is kept only when
    the body names the person too, or it is a `known` spacefarer's full name."""
    lines = _headline_lines(doc_text(doc))
    if not lines:
        return people

    def in_headline(m: Mention) -> bool:
        return any(a <= doc[m.start].idx < b for a, b in lines)

    # a surname alone in the body does not confirm it: "Remembering Gemini" and "the Gemini programme";
    # unless the NER reads it as a person's there again and again ("Sharman was selected ... Sharman's tasks")
    def confirmed(p: Person) -> bool:
        body = [m for m in p.mentions if not in_headline(m)]
        return any(len(m.text.split()) > 1 for m in body) or sum(m.evidence for m in body) >= _CONFIRMING_SURNAMES

    return [p for p in people if confirmed(p) or normalize_name(p.full_name) in known
            or not any(in_headline(m) for m in p.mentions)]


def headline_end(text: str) -> int:
    """Where the article's first line ends, when it is a headline in any case (no closing stop, few
    words): "UAE's Sultan Al Neyadi becomes first Arab spacewalker"; else 0."""
    m = _LINE.search(text)
    if m is None or m.group().rstrip()[-1:] in _SENTENCE_END or len(m.group().split()) > _HEADLINE_WORDS or \
            "\n" not in text[m.end():]:
        return 0
    return m.end()


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """The article's opening lines that are headlines (a headline and its deck: "Exhilarated
    Astronauts Land Perfectly; Flight Expected In The Fall"): title case, no closing stop, not
    a byline, not a list of names ("Launch crew—A B, C D, E F")."""
    found, previous = [], ""
    for m in itertools.islice(_LINE.finditer(text), _HEADLINE_LINES):
        line, after_byline = m.group().strip(), previous.lower().startswith("by ")
        previous = line
        words = re.findall(r"[A-Za-z][\w'’-]*", line)
        if len(words) > _HEADLINE_WORDS:
            break  # the body has begun: a heading after its first paragraph is a section's ("ISRO Chairman X")
        if after_byline and 0 < len(words) <= _OUTLET_WORDS and all(w[0].isupper() for w in words) and \
                line[-1:] not in _SENTENCE_END:
            found.append((m.start(), m.end()))  # the outlet under its byline: "By Jane Roe\nParabolic Arc"
            continue
        if len(words) < 4 or line[-1:] in _SENTENCE_END or \
                any(w.lower() in _BYLINE_WORDS for w in words) or (_BYLINE.fullmatch(line) and ("," in line or "|" in line)) or \
                _CAPS_SIGNATURE.fullmatch(line) or \
                any(credit.search(line) for credit in (_CREDIT, _AGENCY_CREDIT, _BRACKETED_CREDIT, _SLASHED_CREDIT)):
            continue  # "Posted by Corin Adebayo in Station Watch", "Paul Smith, Feature writer" name the author
            # (and "(AP Photo/Jane Roe)" a picture's)
        long_words = [w for w in words if len(w) > 3]
        # (names raise the share of capitals in a caption: "Former Canadian astronaut Marc Garneau on Chris
        # Hadfield's return from the International Space Station" has two lower-case words of content)
        content = [w for w in long_words if w[0].islower() and w not in _LONG_FUNCTION_WORDS]
        if sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words) and len(content) < 2 and \
                not _LISTED_NAMES.search(line):
            found.append((m.start(), m.end()))
    return found
