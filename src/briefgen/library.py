"""Load, validate and link everything into the Library, or report why not.

This is the whole of `briefgen check`; `briefgen build` renders its result.
"""
from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from dataclasses import replace
from types import MappingProxyType

from . import anchors as claim_anchors
from . import disputes as dispute_rules
from . import (assessment, cldr, corroboration, credited, datecheck, figurekinds, labels, overreach, quotecontext,
               statusconflicts, support, translations)
from .closestmemo import ClosestPassages
from .config import Project
from .current import working_on
from .diagnostics import Diagnostics, Location
from .factcheck import check_fact_files, taking
from .facts import FactFile, fact_files, parsing_ahead
from .gcpause import collector_paused, give_back, settle
from .keptobjects import go_on
from .links import check_references, unique_records
from .model import Dispute, Library, Record
from .prose import load_pages, warn_twin_titles
from .quoteplaces import QuotePlaces
from .resolutions import check_resolutions
from .references import newest_source_date, standing_at
from .timing import overtaken, planned_since
from .provenance import anchor_cites
from .schema import EVENT_KINDS
from .sources import Source, load_sources, source_stems
from .suggest import did_you_mean
from .supportmemo import SupportMemo
from .views import NAV
from .validate import RecordChecker, check_files, declared_names, refuses_a_name
from .renamedseeds import Renames, SourceIds, renamed_hint
from .yamlsource import REFUSED, LocatedMap


def load_library(project: Project, diagnostics: Diagnostics, later: ExitStack | None = None) -> Library | None:
    """The checked library, or None after an error. With `later`, the
    overreach check's verdicts may still be coming when it returns: they
    only ever warn, and are added to `diagnostics` when `later` closes, so
    a build makes its views meanwhile (`serve`, whose other checks keep
    their answers, would otherwise wait for them)."""
    with collector_paused(), working_on(project.content):  # the stages within name a file where they can
        library = _load(project, diagnostics, later)
        settle()
        return library


def _read(project: Project, diagnostics: Diagnostics):
    """The sources, the names of the sources whose problems are already
    reported, the unreadable sources' names, the sources' metadata, those
    whose metadata has an error, the names citations may give them, and the
    fact files' records as checked."""
    reuse = not project.clean
    with parsing_ahead(project.content, project.root, project.cache, reuse=reuse) as parsed_ahead:
        with working_on(project.seeds):  # sources.py may name each file more precisely
            sources = load_sources(project.seeds, project.max_source_bytes, diagnostics, project.root, project.cache,
                                   reuse=reuse)
        give_back()  # the sources' parse results, before the fact files' located YAML grows
        stems = source_stems(project.seeds)  # None: seeds/ could not be listed (reported), and may hold any file
        unreadable = set() if stems is None else stems - set(sources)
        with taking(project.cache, reuse=reuse) as take, \
                fact_files(project.content, diagnostics, project.root, project.cache, reuse=reuse, ahead=parsed_ahead,
                           take=take) as (described, others):
            if stems is None:
                unreadable = _declared(described, "id") or set()  # no entry of sources.yaml is told it has no file
            renames = Renames({sid: source.path for sid, source in sources.items()}, project.seeds, project.cache)
            meta, uncertain = _source_metadata(described, sources, unreadable, diagnostics, renames)
            aliases = {m["alias"]: sid for sid, m in meta.items() if "alias" in m}
            source_ids = SourceIds(aliases | {sid: sid for sid in sources}, renames)  # an alias never hides a source
            assessment.check_sources(meta, source_ids, diagnostics)
            broken = None if stems is None else _broken_sources(described, sources, unreadable)
            checked = check_fact_files(others, source_ids, diagnostics, broken, project.cache, reuse=reuse)
    return sources, broken, unreadable, meta, uncertain, source_ids, checked


def _load(project: Project, diagnostics: Diagnostics, later: ExitStack | None) -> Library | None:
    sources, broken, unreadable, meta, uncertain, source_ids, checked = _read(project, diagnostics)
    # Serve's reading ahead loads too, and an edit ends it (keptobjects.abandoned_when): the checks
    # over the whole brief give way between stages, and the longest between records or sources.
    go_on()
    disputes = checked.disputes
    by_id = unique_records(checked.records, diagnostics)
    check_references(by_id, disputes, diagnostics, checked.declared, checked.refs_of_failed,
                     lambda: claim_anchors.renamed(by_id, claim_anchors.load(project.cache, project.out)))
    go_on()
    _check_groups(by_id, project.groups, diagnostics)
    pages = load_pages(project.pages, source_ids, broken, diagnostics, project.max_source_bytes)
    section_names = labels.table(project.language, project.labels)
    warn_twin_titles(pages, [section_names[key] for key, _ in NAV], diagnostics)
    # What reads a source's metadata (its date of publication, its language) does not judge the records
    # citing a source whose metadata has an error: the findings would be that error's echo.
    judged = {rid: r for rid, r in by_id.items() if uncertain.isdisjoint(c.source for c in r.cites)}
    every_record_valid = checked.every_record_valid and not uncertain
    cites = [c for r in by_id.values() for c in r.cites]
    cites += [c for page in pages for c in page.cites]
    cites += [c for d in disputes for p in d.positions for c in p.cites]
    cites += [c for d in disputes if d.resolution for c in d.resolution.cites]
    # A source is read in its own language, or else in the brief's.
    languages = {sid: meta.get(sid, {}).get("language") or project.language for sid in sources}
    places = QuotePlaces(project.cache, reuse=not project.clean)
    closest = ClosestPassages(project.cache, reuse=not project.clean)
    # A failed record's quotes are proved too: the editor sees every problem of the record in one run.
    anchors = anchor_cites(cites + checked.of_failed, sources, diagnostics, places,
                           spaced={sid for sid, language in languages.items() if cldr.groups_with_spaces(language)},
                           closest=closest)
    places.save()
    closest.save()
    translations.check((c for c in cites if c.key in anchors), diagnostics, languages, project.language)
    go_on()
    with ExitStack() as now:
        waiting = later if later is not None else now
        found = waiting.enter_context(overreach.finding(
            by_id, disputes, sources, meta, anchors, project.language, project.cache,
            reuse=not project.clean, pages=pages, group_names=dict(project.group_names)))  # beside the checks of fields, dates and disputes
        field_support = support.check_fields(judged, meta, languages, diagnostics,
                                             SupportMemo(project.cache, reuse=not project.clean), anchors,
                                             project.language, checked.origins)
        go_on()
        quotecontext.check((c for c in cites if c.source not in uncertain), anchors, sources, languages,
                           {c.key for (_, field, _), stating in field_support.items() if field == "status"
                            for c in stating}, diagnostics)
        figurekinds.check_types(judged, field_support, languages, diagnostics)
        conflicts = datecheck.check_dates(judged, meta, languages, field_support, diagnostics)
        go_on()
        status_conflicts = statusconflicts.find(judged, languages, field_support, meta, anchors, sources)
        all_disputes = dispute_rules.collect(by_id, disputes, diagnostics, field_support, conflicts,
                                             unjudged=by_id.keys() - judged.keys(), status_conflicts=status_conflicts,
                                             failed=None if checked.declared is None
                                             else checked.declared - by_id.keys())
        check_resolutions(all_disputes, by_id, project.language, diagnostics)
        go_on()
        # What YAML could not read, or a source's metadata in error, may be anything a claim leans on; when
        # every record passed, none leans on a failed one (and the warnings do not ask).
        leaning = None if every_record_valid or checked.declared is None or uncertain \
            else _leaning_on_failed(by_id, disputes)
        waiting.push(_warning_when_done(found, diagnostics, every_record_valid, leaning))
    if every_record_valid:
        # Otherwise a broken record's citations are unknown, and the warning would be noise.
        _warn_unused(sources, cites, diagnostics)
    if not diagnostics.errors:
        # A mistyped reference would otherwise also make its intended target an orphan.
        _warn_orphans(by_id, disputes, diagnostics)
    _warn_undated_events(by_id, diagnostics)
    _warn_overtaken_plans(judged, meta, field_support, diagnostics)
    credited.check_credited(judged, languages, project.language, diagnostics)
    claim_anchors.check_unique(by_id, diagnostics)
    if not diagnostics.errors:
        claim_anchors.warn_changed(by_id, claim_anchors.load(project.cache, project.out), diagnostics)
    if diagnostics.errors:
        return None
    datelines = {sid: corroboration.dateline_agency(source.text) for sid, source in sources.items()}
    source_groups, group_links = corroboration.grouped(meta, source_ids, datelines,
                                                         corroboration.copies(_cited_together(by_id), lambda sid: sources[sid].text))
    return Library(
        records=MappingProxyType(by_id),
        sources=MappingProxyType(sources),
        source_meta=MappingProxyType({sid: MappingProxyType(meta.get(sid, {})) for sid in sources}),
        anchors=MappingProxyType(anchors),
        support=MappingProxyType(field_support),
        disputes=tuple(all_disputes),
        source_groups=MappingProxyType(source_groups),
        group_links=MappingProxyType(group_links),
        outlet_groups=MappingProxyType(corroboration.outlet_groups(meta, datelines, source_groups)),
        datelines=MappingProxyType({sid: agency for sid, agency in datelines.items() if agency}),
        pages=tuple(pages),
        language=project.language,
        group_names=MappingProxyType(dict(project.group_names)),
    )


def _cited_together(records: Mapping[str, Record]) -> set[tuple[str, str]]:
    """Each pair of sources one claim cites, in id order: the sources whose independence is counted."""
    return {pair for record in records.values() for claim in record.claims
            for pair in itertools.combinations(sorted({c.source for c in claim.cites}), 2)}


def _warning_when_done(found: Callable[[], list], diagnostics: Diagnostics, every_record_valid: bool,
                       leaning: set[tuple[str, str]] | None):
    """The overreach warnings, added as the stack they wait on closes,
    unless it closes on an exception (then they are not waited for). When
    a record failed its checks, a claim may name what that record is (a
    country it links), which would then be taken for a name no quote gives
    (one mistake, one message): the texts `leaning` on a record that did not
    pass are not told of names; with `leaning` None, anything may be, and
    none is warned of. When every record passed, `leaning` is not read."""
    def done(failed, *_) -> None:
        if failed is not None or not every_record_valid and leaning is None:
            return
        items = found()
        if not every_record_valid:
            items = [replace(o, names=()) if (o.kind, o.id) in leaning else o for o in items]
        overreach.warn(items, diagnostics)
    return done


def _leaning_on_failed(records: dict[str, Record], disputes: list[Dispute]) -> set[tuple[str, str]]:
    """(kind, id) of each record naming, and each dispute holding a position
    of, a record that did not pass its checks: their texts may use its name."""
    leaning = {(r.kind, r.id) for r in records.values() if not r.named() <= records.keys()}
    return leaning | {("dispute", d.id) for d in disputes if any(p.record not in records for p in d.positions)}


def _declared(files: list[FactFile], key: str) -> set[str] | None:
    """Every `key` the files' records give, whether or not the record passed
    its checks; None if a file could not be read, or one of these names
    in it was refused as read, so any name may be in it."""
    if not all(f.readable and not refuses_a_name(f, key) for f in files):
        return None
    return {name for f in files for name in declared_names(f, key)}


def _broken_sources(files: list[FactFile], sources: dict[str, Source], unreadable: set[str]) -> set[str] | None:
    """Source names whose own problem is already reported, so a citation of
    them is not reported again; None when an alias was refused as read
    (in sources.yaml or a front matter), so any name may be one."""
    described = [f for f in files if f.stem == "sources"]
    ids, aliases = _declared(described, "id"), _declared(described, "alias")
    if ids is None or aliases is None or any(s.front_matter.get("alias") is REFUSED for s in sources.values()):
        return None
    return unreadable | ids | aliases


def _source_metadata(files: list[FactFile], sources: dict[str, Source], unreadable: set[str],
                     diagnostics: Diagnostics, renames: Renames) -> tuple[dict[str, dict], set[str]]:
    """Front matter first; content/sources.yaml fills what front matter lacks."""
    from_yaml: dict[str, dict] = {}
    uncertain: set[str] = set()
    for file in files:
        if file.stem == "sources":
            found = diagnostics.fresh()  # this file's own, to tell which entries they fall in
            _, from_yaml, _ = check_files([file], {}, found)
            uncertain |= _entries_in_error(from_yaml, found.errors, set(sources))
            diagnostics.extend(found)
            if not file.readable or not file.clean:  # what YAML could not read may be any source's entry
                uncertain |= set(sources) - from_yaml.keys()
    meta: dict[str, dict] = {}
    for sid, source in sources.items():
        found = diagnostics.fresh()  # this front matter's own: the whole run's errors are sorted each time they are read
        checker = RecordChecker(source.path, found, {})
        values = checker.record("sources", source.front_matter, 0, None, required=False, name=sid) or {}
        if found.errors or not source.clean:  # a value refused or repeated: what it meant is unknown
            uncertain.add(sid)
        diagnostics.extend(found)
        merged = dict(from_yaml.get(sid, {}))
        locations = dict(merged.get("field_locations", {}))
        for key in sorted(values.keys() & merged.keys() - {"id"}):
            if not _same_value(values[key], merged[key]):
                diagnostics.warning(locations.get(key, merged["location"]),
                                    f"'{key}' of source '{sid}' differs from its front matter's, which is used",
                                    f"keep one: remove '{key}' here, or from the front matter of "
                                    f"seeds/{source.path.name}")
        locations.update((key, checker.at(source.front_matter, key)) for key in values)
        _warn_grade_apart(sid, values, merged, locations, diagnostics)
        merged.update(values)
        merged["field_locations"] = locations
        merged.setdefault("title", source.text[source.paragraphs[0].start:source.paragraphs[0].end])
        merged["id"] = sid
        meta[sid] = merged
    for sid, values in from_yaml.items():
        if sid not in sources and sid not in unreadable:
            diagnostics.error(values["location"], f"sources.yaml describes '{sid}', but seeds/ has no such file",
                              renamed_hint(sid, renames, 'id') or did_you_mean(sid, set(sources) - set(from_yaml),
                                                                       f"add seeds/{sid}.txt or .md, or remove the entry"))
    _check_aliases(meta, sources, unreadable, _alias_locations(files, sources, diagnostics), diagnostics)
    return meta, uncertain


def _same_value(front_matter: object, in_sources_yaml: object) -> bool:
    """Text that reads the same is the same: a title pasted on a Mac comes in decomposed
    ("o" and a combining accent), the same title typed elsewhere composed."""
    if isinstance(front_matter, str) and isinstance(in_sources_yaml, str):
        return unicodedata.normalize("NFC", front_matter) == unicodedata.normalize("NFC", in_sources_yaml)
    return front_matter == in_sources_yaml


def _entries_in_error(entries: dict[str, dict], errors: list, sources: set[str]) -> set[str]:
    """The sources whose metadata the errors in sources.yaml may have left
    wrong: the entry each error falls in, by line, and every source without a
    readable entry (an error may be in the one entry YAML could not read)."""
    if not errors:
        return set()
    starts = sorted((values["location"].line, sid) for sid, values in entries.items())
    found = sources - entries.keys()
    for error in errors:
        before = [sid for line, sid in starts if line <= error.location.line]
        if before:
            found.add(before[-1])
    return found


def _warn_grade_apart(sid: str, front: dict, listed: dict, locations: dict, diagnostics: Diagnostics) -> None:
    """A grade given only in the front matter and its reason only in
    sources.yaml, or the other way round: read as one judgement, they would
    drift apart unseen."""
    if {"reliability", "assessment"} <= (front.keys() ^ listed.keys()) and \
            ("reliability" in front) != ("assessment" in front):
        other = locations["assessment"].path
        diagnostics.warning(locations["reliability"],
                            f"source '{sid}' has its reliability here and its assessment in {other}",
                            "a grade and its reason belong together: move one of them next to the other")


def _check_groups(records: dict[str, Record], groups: tuple[str, ...], diagnostics: Diagnostics) -> None:
    """A project that lists its country groups holds every country to them."""
    if not groups:
        return
    for record in records.values():
        group = record.get("group")
        if record.kind == "country" and group and group not in groups:
            diagnostics.error(record.field_locations["group"], f"unknown group '{group}' of country '{record.id}'",
                              did_you_mean(group, groups, f"groups in briefgen.toml: {', '.join(groups)}"))


def _check_aliases(meta: dict[str, dict], sources: dict[str, Source], unreadable: set[str],
                   locations: dict[str, Location], diagnostics: Diagnostics) -> None:
    """An alias naming another source would take that source's citations."""
    taken: dict[str, str] = {}
    for sid in sorted(meta):
        alias = meta[sid].get("alias")
        if not alias or alias == sid:
            continue
        if alias in sources or alias in unreadable:
            diagnostics.error(locations[sid], f"alias '{alias}' of source '{sid}' is the id of another source",
                              "choose an alias that no file in seeds/ has as its name")
        elif alias in taken:
            diagnostics.error(locations[sid], f"alias '{alias}' of source '{sid}' is already the alias of '{taken[alias]}'",
                              "choose another alias")
        else:
            taken[alias] = sid


def _alias_locations(files: list[FactFile], sources: dict[str, Source], diagnostics: Diagnostics) -> dict[str, Location]:
    """Where each source's alias is written: its front matter wins over sources.yaml, as its value does."""
    found: dict[str, Location] = {}
    for file in files:
        if file.stem == "sources":
            for raw in file.records:
                if isinstance(raw, LocatedMap) and "alias" in raw and isinstance(raw.get("id"), str):
                    found[raw["id"]] = diagnostics.where(file.path, *(raw.value_mark("alias") or (0, 0)))
    for sid, source in sources.items():
        mark = source.front_matter.value_mark("alias") if "alias" in source.front_matter else None
        if mark is not None:
            found[sid] = diagnostics.where(source.path, mark.line, mark.col)
    return found


def _warn_unused(sources: dict[str, Source], cites, diagnostics: Diagnostics) -> None:
    cited = {c.source for c in cites}
    for sid, source in sources.items():
        if sid not in cited:
            diagnostics.warning(source.location, f"source '{sid}' is not cited by any claim",
                                "cite it from a fact file, or remove it from seeds/")


def _warn_orphans(records: dict[str, Record], disputes: list[Dispute], diagnostics: Diagnostics) -> None:
    """An orphan cites no source, names no record, no record names it, and it
    is not a focus country (the home page features those): its page would
    show a name and nothing else. Usually it was left behind when the record
    naming it went. A record with a cited claim stands on its own."""
    tied = {p.record for d in disputes for p in d.positions}
    for record in records.values():
        named = record.named()
        if named:
            tied |= named | {record.id}
    for record in records.values():
        if not record.cites and record.id not in tied and not record.get("focus"):
            diagnostics.warning(record.field_locations.get("id", record.location),
                                f"{record.kind} '{record.id}' is an orphan: it cites no source, "
                                "names no record, and no record names it",
                                "name it from the records it concerns, give it a cited claim, or remove it")


def _warn_overtaken_plans(records: dict[str, Record], meta: dict[str, dict],
                          field_support: Mapping[tuple[str, str, int], tuple], diagnostics: Diagnostics) -> None:
    """An event the site would show as to come that the news has moved past (timing.overtaken), or that a
    source published after its date still plans (timing.planned_since)."""
    now = standing_at(meta)
    for record in records.values():
        if overtaken(record, field_support, meta, now):
            status = " or ".join(sorted({alt.value for alt in record.alternatives("status")}))
            when = ", ".join(alt.value.iso() for alt in record.alternatives("date"))
            diagnostics.warning(record.field_locations.get("status", record.location),
                                f"{record.kind} '{record.id}' is {status} for {when}, as sources published before "
                                f"then say, and {_standing_words(now, meta)} is later: its status may be out of date",
                                "cite a source published since that says whether it took place, was put off or "
                                "called off, and write that status (held, postponed, cancelled)")
        for cite in planned_since(record, field_support, meta):
            when = ", ".join(alt.value.iso() for alt in record.alternatives("date"))
            diagnostics.warning(cite.location, f"{record.kind} '{record.id}' is planned for {when}, and source "
                                f"'{cite.source}', published {meta[cite.source]['published'].iso()}, after that "
                                "date, still tells it as to come: the event may have moved, or the quote retells "
                                "the plan after the fact",
                                "give the date that source plans it for (with status: postponed from the first "
                                "date, where a source says so), or cite a passage that says what became of it")


def _standing_words(now, meta: dict[str, dict]) -> str:
    """The brief's date as a warning names it: a SOURCE_DATE_EPOCH later than
    every source moves it, and no source is of that day."""
    if now == newest_source_date(meta):
        return f"the brief's newest source ({now.iso()})"
    return f"the date the brief stands at ({now.iso()}, from SOURCE_DATE_EPOCH)"


# An event only planned, put off or called off may have no date to give.
_MAY_BE_UNDATED = frozenset({"planned", "postponed", "cancelled"})


def _warn_undated_events(records: dict[str, Record], diagnostics: Diagnostics) -> None:
    for record in records.values():
        statuses = {alt.value for alt in record.alternatives("status")}
        if record.kind in EVENT_KINDS and not record.alternatives("date") and not (statuses and statuses <= _MAY_BE_UNDATED):
            diagnostics.warning(record.field_locations.get("id", record.location),
                                f"{record.kind} '{record.id}' has no date, so the timeline lists it apart, "
                                "under 'date not reported', and the home page leaves it out",
                                "add the date the sources give, at the precision they give it (date: 2024 is enough)")
