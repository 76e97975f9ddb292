"""The one description of every fact file: the validator and the JSON Schemas
in schemas/ are both generated from it, so they cannot drift apart."""
from __future__ import annotations

from dataclasses import dataclass

from .eventstatus import STATUSES


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # see TYPES
    description: str
    required: bool = False
    refs: tuple[str, ...] = ()  # kinds a reference may point to
    choices: tuple[str, ...] = ()


TYPES = ("slug", "text", "url", "date", "iso-date", "amount", "status", "bool", "ref", "refs",
         "strings", "choice", "claims", "equivalent", "positions", "resolution", "language", "currency")

# An unquoted `date: 2024` is a number to any YAML reader; these are taken as years.
UNQUOTED_YEARS = range(1000, 10000)

EVENT_KINDS = ("summit", "forum", "meeting")
PUBLISHER_TYPES = ("wire", "newspaper", "think-tank", "government", "blog", "analysis")
RELIABILITY_GRADES = ("A", "B", "C", "D", "E", "F")  # NATO Admiralty code, source reliability
PARTY_KINDS = ("country", "organisation")
COUNTRY_TYPES = ("country", "bloc", "former-state")
RECORD_KINDS = ("country", *EVENT_KINDS, "agreement", "figure", "organisation")

_ID = Field("id", "slug", "Stable lowercase id, unique across all fact files; never change it once published.",
            required=True)
_NAME = Field("name", "text", "Display name.", required=True)
_COUNTRIES = Field("countries", "refs", "Countries this record concerns.", refs=("country",))
_CLAIMS = Field("claims", "claims", "Statements, each with citations.", required=True)
_OPTIONAL_CLAIMS = Field("claims", "claims", "Statements, each with citations.")
_DATE = Field("date", "date", "ISO date with honest precision (2024-08-09, 2024-08, 2024, start/end), or alternatives when sources disagree.")

_EVENT = (
    _ID, _NAME, _DATE,
    Field("status", "status", "planned, held, postponed or cancelled, as a cited quote states it, or alternatives "
          "when sources disagree. Leave it out when no source says: the event is shown as 'status not reported'.",
          choices=STATUSES),
    Field("place", "text", "Where it took place, as the source names it."),
    Field("type", "text", "visit, commission, dialogue, policy, fair, summit, forum…"),
    _COUNTRIES,
    Field("organisations", "refs", "Organisations that took part.", refs=("organisation",)),
    Field("people", "strings", "People named as taking part, as written."),
    Field("part_of", "ref", "The larger event this one belonged to.", refs=EVENT_KINDS),
    _CLAIMS,
)

KINDS: dict[str, tuple[str, tuple[Field, ...]]] = {
    # file stem: (kind, fields)
    "countries": ("country", (
        _ID, _NAME,
        Field("type", "choice", "What the record is: a state (default), a bloc of states, or a state that no longer exists.",
              choices=COUNTRY_TYPES),
        Field("group", "text", "Region the state or bloc belongs to: one of the `groups` in briefgen.toml (shown "
                               "by the name its table gives it), or free text, shown as written, when none are set."),
        Field("focus", "bool", "True for the states the brief is about."),
        _OPTIONAL_CLAIMS,
    )),
    "summits": ("summit", _EVENT),
    "forums": ("forum", _EVENT),
    "meetings": ("meeting", _EVENT),
    "agreements": ("agreement", (
        _ID, _NAME,
        Field("type", "text", "memorandum, roadmap, action-plan, programme, joint-statement…"),
        _DATE,
        Field("event", "ref", "Event at which it was signed or adopted.", refs=EVENT_KINDS),
        Field("parties", "refs", "Countries or organisations party to it.", refs=PARTY_KINDS),
        Field("topics", "strings", "Subjects it covers."),
        _COUNTRIES, _CLAIMS,
    )),
    "figures": ("figure", (
        _ID, _NAME,
        Field("type", "choice", "What the number is; the figures page groups by it. Without it a percentage (unit percent or percentage points) is a percentage, a figure with another unit a count, any other is 'other'.",
              choices=("target", "pledge", "grant", "investment", "loan", "count")),
        Field("amount", "amount", "The number as a plain value (1000000000 for $1 billion), or alternatives.", required=True),
        Field("currency", "currency", "Currency of a money amount: an ISO 4217 code (USD, EUR, JPY, BRL…)."),
        Field("unit", "text", "What a count counts (plural noun), when it is not money; percent for a percentage."),
        Field("qualifier", "choice", "How the source qualifies the number.",
              choices=("more-than", "over", "exceeding", "at-least", "about", "nearly", "up-to", "less-than")),
        Field("equivalent", "equivalent",
              "Conversion the source itself gives: {amount, currency}, and its qualifier if the source has one."),
        Field("period", "text", "Period the amount covers, e.g. '5 years'."),
        _DATE,
        Field("by", "refs", "Who pledges, invests or counts.", refs=PARTY_KINDS),
        Field("to", "refs", "Who receives.", refs=PARTY_KINDS),
        Field("event", "ref", "Event it was announced at.", refs=EVENT_KINDS),
        Field("agreement", "ref", "Agreement it belongs to.", refs=("agreement",)),
        _COUNTRIES, _CLAIMS,
    )),
    "organisations": ("organisation", (
        _ID, _NAME,
        Field("type", "text", "company, agency, ministry, university, media, alliance…"),
        Field("country", "ref", "Country it is based in.", refs=("country",)),
        _COUNTRIES, _OPTIONAL_CLAIMS,
    )),
    "sources": ("source", (
        Field("id", "slug", "File stem of the source in seeds/.", required=True),
        Field("alias", "slug", "Short id that citations may use instead."),
        Field("title", "text", "Title of the document (else its front matter's, else its first line)."),
        Field("publisher", "text", "Who published it."),
        Field("author", "text", "Who wrote it."),
        Field("published", "iso-date", "Publication date, only when the text allows it."),
        Field("published_basis", "text", "How the publication date was inferred, or why it is unknown."),
        Field("url", "url", "Where the original is (http or https)."),
        Field("retrieved", "iso-date", "When it was retrieved."),
        Field("language", "language", "BCP 47 tag of the text's language (en, es, ja…); "
                                      "the brief's language when not given. Dates and amounts are read in it."),
        Field("publisher_type", "choice", "What kind of publisher it is.", choices=PUBLISHER_TYPES),
        Field("reliability", "choice", "Source reliability on the NATO Admiralty scale: A completely reliable, "
              "B usually, C fairly, D not usually, E unreliable, F cannot be judged. Needs 'assessment'.",
              choices=RELIABILITY_GRADES),
        Field("assessment", "text", "Why the source has its reliability grade, from what its text shows."),
        Field("republishes", "slug", "Id or alias of the source whose story this one reproduces; "
                                     "the two count as one source."),
        Field("wire_id", "text", "Identifier of the wire story this text carries (an agency's slug or "
                                 "headline); sources sharing one count as one source."),
    )),
    "disputes": ("dispute", (
        Field("id", "slug", "Dispute id; <record-id>-date, -amount or -status to mark a disagreement found in a record's field.", required=True),
        Field("question", "text", "The question the sources answer differently.", required=True),
        Field("positions", "positions", "Each answer: {record, text, cite}. Omit it to acknowledge a field dispute the build found (id <record-id>-<field>)."),
        Field("resolution", "resolution", "How an editor settled it: {text, cite}."),
    )),
}

CITE_FIELDS = {
    "source": "Source id (file stem) or alias.",
    "quote": "Exact passage of the source.",
    "prefix": "Text just before the quote, to pick one occurrence.",
    "suffix": "Text just after the quote, to pick one occurrence.",
    "translation": "The editor's translation of a quote in another language, shown beside the original.",
}
CLAIM_FIELDS = {"id": "Optional permalink id (c-<id>), unique on the claim's page; without it the anchor is a hash of the wording.",
                "text": "The statement, in neutral words.", "cite": "One or more citations."}


def fields_of(stem: str) -> dict[str, Field]:
    return {field.name: field for field in KINDS[stem][1]}


FIELDS_OF_KIND: dict[str, dict[str, Field]] = {kind: {f.name: f for f in fields} for kind, fields in KINDS.values()}
REFERENCE_FIELDS: dict[str, tuple[str, ...]] = {
    kind: tuple(name for name, f in fields.items() if f.type in ("ref", "refs"))
    for kind, fields in FIELDS_OF_KIND.items()}
