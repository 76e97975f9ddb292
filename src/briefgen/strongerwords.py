"""Where an English claim says more than its quotes not by a word they lack
but by one that outbids theirs (overreach.py), read by four classes of
English words, each judged against every quote the claim cites:

- a quantifier higher on its scale on a noun a quote quantifies lower ("all
  the ministers" citing "some ministers", "every minister" citing "most
  ministers": some, several < many < most < all, every, each);
- a superlative or a word of a record that no quote writes ("the largest
  loan", "a historic deal", "a record $5 billion", "unprecedented", "the
  biggest ever" citing "a loan"); a superlative of the same sense
  ("biggest" for "largest", "top" for either) or a word of a record states
  one, and either states a record;
- a word of cause that no quote writes ("because of the drought", "due
  to", "in response to", "led to", "prompted", "as a result of" citing
  "Japan cut aid. The drought worsened."): quotes that tell two things side
  by side do not say one made the other; any word of cause of theirs
  ("because", "the reason", "led Japan to"), or verb that tells one thing
  made another ("boosted", "drove", "helped"), states one;
- a verb of the opposite sense to one a quote writes, where no quote writes
  the claim's ("accepted" citing "rejected", "rose" citing "fell", "won"
  citing "lost").

Only English quotes are read, or the English translation a citation gives;
a claim citing a quote in another language without one is not judged here.
The first class is read in Spanish, Portuguese, French, Italian, German and
Russian briefs too, whose quantifiers stand before their noun as English
ones do (quantifiers_in: "todos los ministros" citing "algunos ministros"),
and the second in Spanish, Portuguese and French ones (records_in: "el
mayor préstamo", "la plus importante", "un récord", "sem precedentes"
citing "un préstamo"), where any superlative or word of a record a quote
writes states one, whatever its sense.
"""
from __future__ import annotations

import re
from typing import Iterable

from .intents import intended, intents_of
from .verbforms import english_ambiguous_base, english_base
from .wordtokens import Token, language_rules, tokens_in

_stem, _STOP = language_rules("en").stem, language_rules("en").stop

# Quantifiers by how much of a whole they say: a claim's outbids a quote's on the same noun.
_SCALE = {"some": 1, "several": 1, "many": 2, "numerous": 2, "most": 3, "all": 4, "every": 4, "each": 4}
# What may stand between a quantifier and its noun: "all the ministers", "most of the ministers", "all of its staff".
_BEFORE_NOUN = frozenset({"the", "of", "its", "their", "our", "his", "her", "these", "those"})
# The stop words a quantifier may quantify ("all of them"); any other is no noun ("each other", "all but").
_WHOLES = frozenset({"them", "us", "you"})
# What before "most" makes it a superlative's ("the most ambitious", "its most senior"), no quantifier.
_BEFORE_SUPERLATIVE = frozenset({"the", "its", "their", "our", "his", "her", "a"})

# Superlatives of size, rank, time and worth that a claim may add to a quote's plain noun. Those of one sense state
# each other ("the biggest loan" citing "the largest loan"); every other states only itself.
_SUPERLATIVES = {
    "largest": "more", "biggest": "more", "greatest": "more", "highest": "more", "heaviest": "more",
    "smallest": "less", "lowest": "less", "fewest": "less",
    # Not "least" ("at least 40" is a bound, judged with its amount), nor "best" ("best practices", "at best").
    **{word: word for word in ("longest", "shortest", "fastest", "slowest", "strongest", "weakest", "deepest",
                               "widest", "richest", "poorest", "oldest", "newest", "youngest", "earliest",
                               "worst")}}
# Words that mark a thing as beyond all before it: any of them, a superlative, or "first", "ever", "never" in a
# quote states a record.
_RECORDS = frozenset({"record", "historic", "unprecedented", "landmark", "milestone", "groundbreaking",
                      "breakthrough"})
_STATES_RECORD = _RECORDS | frozenset(_SUPERLATIVES) | {"first", "ever", "never"}
# What states a superlative of size or rank besides those of its sense: "Japan's top investor" is its largest.
_TOP = frozenset({"top"})
# "record" is a noun of a file too ("the record of the talks", "its track record", "on record"): it tells a record
# only after these ("a record $5 billion", "hit a new record", "at record levels") ...
_BEFORE_RECORD = frozenset({"a", "an", "new", "at", "hit", "hits", "reached", "reach", "reaches", "set", "sets"})
# ... or before these ("record highs", "record levels", "record-breaking": two words), or an amount.
_AFTER_RECORD = frozenset({"high", "highs", "low", "lows", "level", "levels", "number", "numbers", "amount",
                           "amounts", "year", "breaking"})

# Words of cause, as a claim writes them ("because", "due to", "led to"), and what else tells one in a quote.
# (Not the noun "cause": "the cause of the delay was not given" names no cause.)
_CAUSE = (r"because|due to|owing to|thanks to|as a (?:direct )?result|in response to|in reaction to"
          r"|in retaliation (?:for|against)|therefore|consequently|hence|(?:led|lead|leads|leading) to"
          r"|result(?:ed|s|ing)? in|caus(?:ed|ing)|prompt(?:ed|s|ing)|trigger(?:ed|s|ing)|spark(?:ed|s|ing)"
          r"|spurr?(?:ed|s|ing)")
_CLAIMED_CAUSE = re.compile(rf"(?<![\w'-])(?:{_CAUSE})(?![\w'-])", re.IGNORECASE)
_QUOTED_CAUSE = re.compile(rf"(?<![\w'-])(?:{_CAUSE}|(?:led|lead|leads|leading)(?:\s+[\w'’-]+){{1,3}}\s+to"
                           r"|causes?|reasons?|why|thus|since|consequences?|so that"
                           # a verb that tells one thing made another: "New routes boosted trade" states "Trade grew
                           # thanks to new routes"
                           r"|boost(?:s|ed|ing)?|driv(?:e|es|en|ing)|drove|fuel(?:s|led|ed|ling|ing)?"
                           r"|enabl(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|help(?:s|ed|ing)?|allow(?:s|ed|ing)?)(?![\w'-])",
                           re.IGNORECASE)

# Verbs of opposite sense, as news tells decisions and changes: each pair by its base. Not those that are as often
# another word ("open", "close ties", "lower house", "a ban", "a block"), where a quote's would stand for no verb.
_OPPOSITES = (("accept", "reject"), ("approve", "reject"), ("approve", "veto"), ("ratify", "reject"),
              ("adopt", "reject"), ("support", "oppose"), ("agree", "disagree"), ("confirm", "deny"),
              ("lift", "impose"), ("resume", "suspend"), ("join", "quit"), ("win", "lose"), ("gain", "lose"),
              ("succeed", "fail"), ("rise", "fall"), ("rise", "drop"), ("increase", "decrease"),
              ("increase", "cut"), ("increase", "reduce"), ("raise", "cut"), ("raise", "reduce"),
              ("grow", "shrink"), ("expand", "shrink"), ("strengthen", "weaken"), ("accelerate", "slow"))
# How far from a verb the words of its subject or object are looked for: "The council vetoed the plan".
_REACH = 3


def stronger(claim: str, quotes: Iterable[str], unsupported: Iterable[str]) -> list[str]:
    """What the English `claim` says more strongly than every one of the English `quotes` (the module's four
    classes), each as the claim writes it: "all, where its quotes say some", "largest", "because", "accepted,
    where its quotes say rejected". `unsupported`: the claim's words no quote writes, as written. Texts
    normalised."""
    tokens = tokens_in(claim)
    quotes = list(quotes)
    quoted = [tokens_in(quote) for quote in quotes]
    found = _quantifiers(tokens, quoted)
    written = {t.lower for words in quoted for t in words}
    found += [t.text for i, t in enumerate(tokens) if _outbids(tokens, i, written)]
    if not any(_QUOTED_CAUSE.search(quote) for quote in quotes):
        found += [" ".join(m.group().lower().split()) for m in _CLAIMED_CAUSE.finditer(claim)
                  if not _plans_due(tokens, m.start())]
    return found + _opposites(unsupported, tokens, quoted)


# The same scale in the other languages whose quantifiers stand before their noun as English ones do, with what
# may stand between ("todos los ministros", "la mayoría de los ministros", "la plupart des ministres", "die meisten
# Minister", "большинство министров"): a claim's "todos los ministros" citing "algunos ministros" outbids it too.
_SCALES = {
    "es": ({"algunos": 1, "algunas": 1, "varios": 1, "varias": 1, "muchos": 2, "muchas": 2, "numerosos": 2,
            "numerosas": 2, "mayoría": 3, "todos": 4, "todas": 4, "cada": 4},
           frozenset({"los", "las", "de", "sus", "estos", "estas"})),
    "pt": ({"alguns": 1, "algumas": 1, "vários": 1, "várias": 1, "muitos": 2, "muitas": 2, "numerosos": 2,
            "numerosas": 2, "maioria": 3, "todos": 4, "todas": 4, "cada": 4},
           frozenset({"os", "as", "dos", "das", "de", "seus", "suas"})),
    "fr": ({"quelques": 1, "plusieurs": 1, "certains": 1, "certaines": 1, "nombreux": 2, "nombreuses": 2,
            "beaucoup": 2, "plupart": 3, "tous": 4, "toutes": 4, "chaque": 4},
           frozenset({"les", "des", "de", "d", "leurs", "ses", "ces"})),
    "it": ({"alcuni": 1, "alcune": 1, "diversi": 1, "diverse": 1, "molti": 2, "molte": 2, "numerosi": 2,
            "numerose": 2, "maggioranza": 3, "tutti": 4, "tutte": 4, "ogni": 4},
           frozenset({"i", "gli", "le", "dei", "degli", "delle", "loro", "suoi"})),
    "de": ({"einige": 1, "mehrere": 1, "manche": 1, "viele": 2, "zahlreiche": 2, "meisten": 3, "alle": 4,
            "sämtliche": 4, "jeder": 4, "jede": 4, "jedes": 4},
           frozenset({"der", "die", "den", "ihre", "seine", "unsere"})),
    "ru": ({"некоторые": 1, "несколько": 1, "многие": 2, "большинство": 3, "все": 4, "каждый": 4, "каждая": 4,
            "каждое": 4}, frozenset()),
}


def quantifiers_in(claim: str, quotes: Iterable[str], language: str) -> list[str]:
    """The quantifiers of `claim`, in `language` (_SCALES: not English, which stronger() reads), that outbid its
    `quotes`' on the same noun ("todos, where its quotes say algunos"); none in a language without a scale here.
    Texts normalised."""
    if language not in _SCALES:
        return []
    scale, before_noun = _SCALES[language]
    rules = language_rules(language)
    return _quantifiers(tokens_in(claim), [tokens_in(quote) for quote in quotes],
                        (scale, before_noun, frozenset(), rules.stop, rules.stem))


# Spanish, Portuguese and French superlatives and words of a record (no library lists them). A superlative is a
# definite article or a possessive before "más", "mais", "plus" (or "menos", "moins") and an adjective ("el más
# grande", "la plus importante"), or before a comparative of its own ("el mayor préstamo", "a maior", "le
# meilleur"); in Spanish and Portuguese also after the noun, with what it is the most of ("el préstamo más grande
# de la historia"), since "una cooperación más estrecha" compares only. A word of a record is the noun, as these
# languages write it only of a record ("un récord", "cifra récord", "recorde", "un record"), or "without precedent".
# Not "histórico", "historique": they say "historical" as often. Each reads: (articles and possessives, "more"
# and "less", the comparatives that are superlatives after an article, what after one is a quantifier ("la mayor
# parte": most), the words of a record, the two words of "without precedent", what "of" is after the adjective,
# and the words that state a record besides: "first", "never").
_ROMANCE_RECORDS = {
    "es": (frozenset({"el", "la", "los", "las", "lo", "su", "sus"}), frozenset({"más", "menos"}),
           frozenset({"mayor", "mayores", "menor", "menores", "mejor", "mejores", "peor", "peores"}),
           frozenset({"parte"}), frozenset({"récord", "récords", "record", "records"}), ("sin", "precedentes"),
           frozenset({"de", "del"}),
           frozenset({"primer", "primera", "primero", "primeros", "primeras", "nunca", "jamás"})),
    "pt": (frozenset({"o", "a", "os", "as", "seu", "sua", "seus", "suas"}), frozenset({"mais", "menos"}),
           frozenset({"maior", "maiores", "menor", "menores", "melhor", "melhores", "pior", "piores"}),
           frozenset({"parte"}), frozenset({"recorde", "recordes"}), ("sem", "precedentes"),
           frozenset({"de", "do", "da", "dos", "das"}),
           frozenset({"primeiro", "primeira", "primeiros", "primeiras", "nunca", "jamais"})),
    "fr": (frozenset({"le", "la", "les", "l", "son", "sa", "ses", "leur", "leurs"}), frozenset({"plus", "moins"}),
           frozenset({"meilleur", "meilleure", "meilleurs", "meilleures", "pire", "pires"}),
           frozenset(), frozenset({"record", "records"}), ("sans", "précédent"), frozenset(),
           frozenset({"premier", "première", "premiers", "premières", "jamais"})),
}


def records_in(claim: str, quotes: Iterable[str], language: str) -> list[str]:
    """The superlatives and words of a record of a Spanish, Portuguese or French `claim` that none of its `quotes`
    states (_ROMANCE_RECORDS: "mayor", "más grande", "récord", "sin precedentes" citing "un préstamo"); a quote's
    superlative, whatever its sense, or its word of a record states either, and so does its "first" or "never" a
    record. None in another language. Texts normalised."""
    if language not in _ROMANCE_RECORDS:
        return []
    claimed = _romance_records(tokens_in(claim), language)
    if not claimed:
        return []
    first = _ROMANCE_RECORDS[language][7]
    for quote in quotes:
        tokens = tokens_in(quote)
        if _romance_records(tokens, language) or any(t.lower in first for t in tokens):
            return []
    return claimed


def _romance_records(tokens: list[Token], language: str) -> list[str]:
    """The superlatives and words of a record `tokens` write, as written (_ROMANCE_RECORDS)."""
    articles, more, comparatives, quantifying, records, (without, precedent), of, _ = _ROMANCE_RECORDS[language]
    stop = language_rules(language).stop
    found = []
    for index, token in enumerate(tokens):
        before = tokens[index - 1].lower if index else ""
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        adjective = after is not None and after.text[0].isalpha() and after.lower not in stop
        if token.lower in records:
            found.append(token.text)
        elif token.lower == without and after is not None and after.lower.startswith(precedent):
            found.append(f"{token.text} {after.text}")
        elif token.lower in comparatives and token.text.islower() and before in articles and not (
                after is not None and after.lower in quantifying):
            found.append(token.text)
        elif token.lower in more and adjective and (before in articles or (
                of and index > 1 and tokens[index - 2].lower in articles and before not in stop
                and index + 2 < len(tokens) and tokens[index + 2].lower in of)):
            found.append(f"{token.text} {after.text}")
    return found


def _quantified(tokens: list[Token], words: tuple = ()) -> list[tuple[str, int, str]]:
    """Each quantifier of `tokens` (as written in lower case), its rank and the stem of the noun it quantifies;
    `words`: the language's (scale, what may stand before the noun, the stop words that are nouns, stop words,
    stemmer), English's by default."""
    scale, before_noun, wholes, stop, stem = words or (_SCALE, _BEFORE_NOUN, _WHOLES, _STOP, _stem)
    found = []
    for index, token in enumerate(tokens):
        rank = scale.get(token.lower)
        if rank is None or (not words and token.lower == "most" and index
                            and tokens[index - 1].lower in _BEFORE_SUPERLATIVE):
            continue
        after = index + 1
        while after < len(tokens) and tokens[after].lower in before_noun:
            after += 1
        if after < len(tokens) and tokens[after].text[0].isalpha() and (tokens[after].lower not in stop
                                                                       or tokens[after].lower in wholes):
            found.append((token.lower, rank, stem(tokens[after].lower)))
    return found


def _quantifiers(tokens: list[Token], quoted: list[list[Token]], words: tuple = ()) -> list[str]:
    theirs = [q for quote in quoted for q in _quantified(quote, words)]
    found = []
    for word, rank, noun in _quantified(tokens, words):
        on_noun = [(their_rank, their_word) for their_word, their_rank, their_noun in theirs if their_noun == noun]
        if on_noun and max(on_noun)[0] < rank:
            found.append(f"{word}, where its quotes say {max(on_noun)[1]}")
    return found


def _outbids(tokens: list[Token], index: int, written: set[str]) -> bool:
    """Whether the word at `index` is a superlative or a word of a record that no quote states (`written`: the
    quotes' words in lower case)."""
    word = tokens[index].lower
    if word in _SUPERLATIVES:
        sense = _SUPERLATIVES[word]
        return not any(_SUPERLATIVES.get(other) == sense or other in _RECORDS or (sense == "more" and other in _TOP)
                       for other in written)
    if word == "ever":  # "the largest ever", "first-ever": a record only after a superlative or "first"
        record = index > 0 and tokens[index - 1].lower in _STATES_RECORD
    elif word == "record":
        after = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        record = ((index > 0 and tokens[index - 1].lower in _BEFORE_RECORD and after not in ("of", "on", "for"))
                  or after in _AFTER_RECORD or after[:1].isdigit())
    elif word == "landmark":  # "a landmark deal", not a building: "near a landmark"
        record = index + 1 < len(tokens) and tokens[index + 1].lower not in _STOP
    else:
        record = word in _RECORDS
    return record and not written & _STATES_RECORD


def _plans_due(tokens: list[Token], start: int) -> bool:
    """Whether the word at `start` is a "due" that plans ("is due to sign the deal"), no cause."""
    index = next((i for i, t in enumerate(tokens) if t.start == start), None)
    return index is not None and tokens[index].lower == "due" and intended(tokens, index, intents_of("en"))


def _base(word: str) -> str:
    return _stem(english_ambiguous_base(word) or english_base(word))


def _opposite_stems() -> dict[str, frozenset[str]]:
    """By a verb's stem, the stems of the verbs of opposite sense (_OPPOSITES)."""
    found: dict[str, set[str]] = {}
    for one, other in _OPPOSITES:
        found.setdefault(_stem(one), set()).add(_stem(other))
        found.setdefault(_stem(other), set()).add(_stem(one))
    return {key: frozenset(value) for key, value in found.items()}


_OPPOSITE = _opposite_stems()


def _opposites(unsupported: Iterable[str], claim: list[Token], quoted: list[list[Token]]) -> list[str]:
    """Each of the `unsupported` words of the claim that is a verb of opposite sense to one a quote writes of the
    same thing: a word of its subject before each, or of its object after each ("The council approved the plan"
    citing "The council vetoed the plan"; not citing "The council accepted the plan it had rejected in May",
    whose "rejected" has no subject or object the claim's "approved" has)."""
    words = {word.lower() for word in unsupported}
    found = []
    for index, token in enumerate(claim):
        opposite = _OPPOSITE.get(_base(token.lower)) if token.lower in words else None
        if not opposite:
            continue
        before, after = _near(claim, index)
        against = [t.text for tokens in quoted for i, t in enumerate(tokens)
                   if _base(t.lower) in opposite and (before & _near(tokens, i)[0] or after & _near(tokens, i)[1])]
        if against:
            found.append(f"{token.text}, where its quotes say {against[0]}")
            words.discard(token.lower)
    return found


def _near(tokens: list[Token], index: int) -> tuple[set[str], set[str]]:
    """The stems of the words other than stop words within _REACH before the word at `index`, and after it."""
    def stems(part: list[Token]) -> set[str]:
        return {_stem(t.lower) for t in part if t.lower not in _STOP and t.text[0].isalpha()}
    return stems(tokens[max(0, index - _REACH):index]), stems(tokens[index + 1:index + 1 + _REACH])
