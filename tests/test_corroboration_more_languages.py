"""Two papers that print one agency's story, or pass on its report, are one
voice in the languages news agencies write besides English: the datelines
of Chinese, Japanese, Korean and Italian agencies, the same story printed
in unspaced Chinese, and the credits Portuguese, Dutch, Polish, Turkish and
other news gives an agency (and which agencies those are)."""
import pytest

from briefgen import check, corroboration
from briefgen.corroboration import WIRE_AGENCIES, credited, dateline_agency, groups
from conftest import MINI

CLAIM = "The money comes from the Global Gateway programme."


def voices(make_project, described: dict[str, tuple[str, str, str]], text: str = CLAIM) -> int:
    """The independent sources of one claim citing each of `described`:
    source id -> (its publisher, its text, the quote cited), in Chinese, Japanese, Korean or Italian."""
    library = checked(make_project, described, text)
    return library.independent_sources(library.records["jica"].claims[0])


def checked(make_project, described: dict[str, tuple[str, str, str]], text: str = CLAIM):
    """The library of a project whose one claim cites each of `described` (as voices() reads it)."""
    listed = "".join(f"        - source: {sid}\n          quote: \"{quote}\"\n" for sid, (_, _, quote) in described.items())
    root = make_project({
        **{f"seeds/{sid}.txt": f"---\nlanguage: {_language(body)}\n---\n{body}\n"
           for sid, (_, body, _) in described.items()},
        "content/sources.yaml": "".join(f"- id: {sid}\n  title: {sid.title()}\n  publisher: \"{publisher}\"\n"
                                        for sid, (publisher, _, _) in described.items()),
        "content/forums.yaml": None, "content/figures.yaml": None,
        "content/organisations.yaml": f"- id: jica\n  name: JICA\n  claims:\n    - text: {text}\n      cite:\n{listed}",
    }, base={k: v for k, v in MINI.items() if k == "content/countries.yaml"})
    result = check(root)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return result.library


def _language(text: str) -> str:
    """The language of a test's text, told by its letters; Latin letters are labelled Italian. The claim
    is English, and what matters is only that a quote is not: then it bears on the claim unread."""
    if any("\uac00" <= ch <= "\ud7af" for ch in text):
        return "ko"
    if any("\u3040" <= ch <= "\u30ff" for ch in text):
        return "ja"
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return "zh"
    return "it"


LOAN = "中方将向肯尼亚提供5亿美元优惠贷款"  # too short to be told one story by its words
YONHAP = "정부는 베트남 북부 산업단지 조성에 5억 달러를 투자할 예정이다."
KYODO = "米政府は新たな支援策を発表した。"
ANSA = "L'Italia investirà 1,2 miliardi di euro nel corridoio."


@pytest.mark.parametrize("first, second, quote, expected", [
    (f"新华社内罗毕3月20日电 {LOAN}，用于扩建港口。", f"新华社内罗毕20日电（记者 张三）{LOAN}。", LOAN, 1),
    (f"中新网3月20日电 {LOAN}。", f"中新网北京3月20日电 {LOAN}。", LOAN, 1),
    (f"(서울=연합뉴스) 김민수 기자 = {YONHAP}", f"(워싱턴=연합뉴스) 이지은 특파원 = {YONHAP}", YONHAP, 1),
    (f"【서울=뉴시스】김민수 기자 = {YONHAP}", f"(서울=뉴시스) 김민수 기자 = {YONHAP}", YONHAP, 1),
    (f"【ワシントン共同】{KYODO}", f"【北京共同】{KYODO}", KYODO, 1),
    (f"(ANSA) - ROMA, 12 MAR - {ANSA}", f"(ANSA) - MILANO, 13 MAR - {ANSA}", ANSA, 1),
    (f"(AGI) - Roma, 12 mar. - {ANSA}", f"(AGI) - Milano, 12 mar. - {ANSA}", ANSA, 1),
    (f"Roma, 12 mar. (Adnkronos) - {ANSA}", f"Roma, 13 mar. (Adnkronos) - {ANSA}", ANSA, 1),
    (f"ULAANBAATAR, March 5 /MONTSAME/. {ANSA}", f"Ulaanbaatar, March 6 /MONTSAME/. {ANSA}", ANSA, 1),
    (f"БИШКЕК, 5 марта — Кабар. {ANSA}", f"Bishkek, March 5 (Kabar) - {ANSA}", ANSA, 1),
    (f"DUSHANBE, March 5 (Khovar) - {ANSA}", f"ДУШАНБЕ, 5 марта. /Ховар/. {ANSA}", ANSA, 1),
    # Each paper's own story, or another agency's: as many voices as papers.
    (f"本报内罗毕3月20日讯 {LOAN}。", f"本报北京3月20日讯 {LOAN}。", LOAN, 2),
    (f"新华社内罗毕3月20日电 {LOAN}。", f"中新网3月20日电 {LOAN}。", LOAN, 2),
    (f"【ワシントン＝青山直篤】{KYODO}", f"【ワシントン＝青山直篤】{KYODO}", KYODO, 2),  # a paper's reporter
    (f"【ワシントン共同】{KYODO}", f"【ワシントン時事】{KYODO}", KYODO, 2),
    (f"(서울=연합뉴스) 김민수 기자 = {YONHAP}", f"(서울=뉴스1) 김민수 기자 = {YONHAP}", YONHAP, 2),
    (f"Roma, 12 mar. (Foto) - {ANSA}", f"Roma, 12 mar. (Foto) - {ANSA}", ANSA, 2),  # no agency's name
])
def test_two_papers_printing_one_agencys_story_by_its_dateline_are_one_voice(make_project, first, second, quote,
                                                                             expected):
    assert voices(make_project, {"first": ("First Daily", first, quote),
                                 "second": ("Second Daily", second, quote)}) == expected


def test_a_story_an_agency_datelines_in_its_own_script_counts_with_the_agency():
    """The agency's own report counts with the papers' copies, whichever of its names its publisher is."""
    meta = {"agency": {"publisher": "Yonhap"}, "paper": {"publisher": "한국경제"}}
    agencies = {"agency": None, "paper": dateline_agency(f"한·베트남 경제공동위\n(서울=연합뉴스) 김민수 기자 = {YONHAP}")}
    assert groups(meta, {sid: sid for sid in meta}, agencies) == {"agency": "agency", "paper": "agency"}
    meta["agency"] = {"publisher": "共同通信"}
    agencies["paper"] = dateline_agency(f"【ワシントン共同】{KYODO}")
    assert groups(meta, {sid: sid for sid in meta}, agencies) == {"agency": "agency", "paper": "agency"}
    meta["agency"] = {"publisher": "Jiji Press"}
    assert groups(meta, {sid: sid for sid in meta}, agencies) == {"agency": "agency", "paper": "paper"}


STORY = "中方将向肯尼亚提供5亿美元优惠贷款，用于扩建蒙巴萨港，这是两国近年来规模最大的港口合作项目。"


def test_one_long_chinese_passage_in_two_papers_is_one_story(make_project):
    """Chinese writes no spaces: its passage is as long as its letters, two a word, make it."""
    printed = {"first": ("人民日报", STORY, STORY), "second": ("光明日报", STORY, STORY)}
    assert voices(make_project, printed) == 1
    printed = {sid: (publisher, STORY, LOAN) for sid, (publisher, _, _) in printed.items()}
    assert voices(make_project, printed) == 2  # a short passage two reporters may well both write


def test_papers_passing_on_the_agency_whose_story_the_brief_cites_are_one_voice(make_project):
    yonhap = ("연합뉴스", f"(서울=연합뉴스) 김민수 기자 = {YONHAP}", YONHAP)
    reprint = ("한국경제", f"(서울=연합뉴스) 김민수 기자 = {YONHAP}", YONHAP)
    credit = ("매일경제", f"연합뉴스 보도에 따르면 {YONHAP}", f"연합뉴스 보도에 따르면 {YONHAP}")
    assert voices(make_project, {"yonhap": yonhap, "reprint": reprint, "maeil": credit}) == 1
    ansa = ("ANSA", f"(ANSA) - ROMA, 12 MAR - {ANSA}", ANSA)
    sole = ("Il Sole 24 Ore", f"{ANSA[:-1]}, riferisce l'ANSA.", f"{ANSA[:-1]}, riferisce l'ANSA.")
    corriere = ("Corriere della Sera", f"(ANSA) - ROMA, 12 MAR - {ANSA}", ANSA)
    assert voices(make_project, {"ansa": ansa, "corriere": corriere, "sole": sole}) == 1
    other = ("Rai News", f"{ANSA[:-1]}, secondo fonti diplomatiche.", f"{ANSA[:-1]}, secondo fonti diplomatiche.")
    assert voices(make_project, {"ansa": ansa, "other": other}) == 2


def test_a_paper_printing_an_agencys_story_and_one_crediting_the_agency_are_one_voice(make_project):
    """Given the agency each source's dateline names, though the brief cites none of the agency's own stories."""
    library = checked(make_project, {"renmin": ("人民日报", f"新华社内罗毕3月20日电 {LOAN}。", LOAN),
                                     "jingji": ("经济日报", f"新华社消息，{LOAN}。", f"新华社消息，{LOAN}。")})
    assert library.independent_sources(library.records["jica"].claims[0]) == 1
    assert dict(library.datelines) == {"renmin": "新华社"}
    claim = library.records["jica"].claims[0]
    assert corroboration.voices(claim, library.source_groups, lambda sid: "zh", "en",
                                lambda sid: library.source_meta[sid]["publisher"]).count == 2  # without the datelines


@pytest.mark.parametrize("first, second, expected", [
    ("A cimeira foi adiada, segundo a Lusa.", "Segundo a Lusa, a cimeira foi adiada.", 1),
    ("De top werd uitgesteld, meldt ANP.", "Volgens ANP is de top uitgesteld.", 1),
    ("De top werd uitgesteld, meldt Reuters.", "Volgens Reuters is de top uitgesteld.", 1),
    ("Szczyt przełożono, podała PAP.", "Według PAP szczyt przełożono.", 1),
    ("Zirve, Reuters'ın haberine göre ertelendi.", "Reuters'ın bildirdiğine göre zirve ertelendi.", 1),
    ("Zirve, Anadolu Ajansı'nın haberine göre ertelendi.", "AA'nın bildirdiğine göre zirve ertelendi.", 1),
    # Two agencies, or words whose no one tells: two voices.
    ("A cimeira foi adiada, segundo a Lusa.", "Segundo a Reuters, a cimeira foi adiada.", 2),
    ("Volgens diplomaten is de top uitgesteld.", "Volgens ANP is de top uitgesteld.", 2),
    ("Diplomatlara göre zirve ertelendi.", "AA'nın bildirdiğine göre zirve ertelendi.", 2),
])
def test_two_papers_passing_on_one_agencys_report_are_one_voice_in_more_languages(make_project, first, second,
                                                                                  expected):
    assert voices(make_project, {"first": ("Jornal Um", first, first), "second": ("Gazete İki", second, second)},
                  text="The summit was postponed.") == expected


@pytest.mark.parametrize("quote, outlets", [
    ("据新华社电，中方将提供贷款。", {"xinhua"}),
    ("据新华社北京3月20日电，中方将提供贷款。", {"xinhua"}),
    ("据中日共同声明称，双方将加强合作。", set()),  # "共同" is Kyodo only in its dateline
    ("新华社消息，中方将向肯尼亚提供5亿美元优惠贷款。", {"xinhua"}),
    ("新华社报道，峰会将于明年举行。", {"xinhua"}),
    ("据路透报道，峰会将于明年举行。", {"reuters"}),
    ("時事通信の報道によると、日本は投資する。", {"jiji"}),
    ("共同通信社によると、日本は投資する。", {"kyodo"}),
    ("로이터 통신에 따르면 정부는 투자한다.", {"reuters"}),
    ("연합뉴스 보도에 따르면 정부는 투자할 예정이다.", {"yonhap"}),
    ("뉴시스에 따르면 정부는 투자한다.", {"newsis"}),
    ("L'Italia investirà 1,2 miliardi, riferisce l'ANSA.", {"ansa"}),
    ("Lo fa sapere l'ANSA.", {"ansa"}),
    ("Secondo quanto riportato dall'ANSA, l'Italia investirà.", {"ansa"}),
    ("L'Italia investirà, scrive l'Adnkronos.", {"adnkronos"}),
    ("A cimeira foi adiada, segundo a Lusa.", {"lusa"}),
    ("Segundo a Lusa, a cimeira foi adiada.", {"lusa"}),
    ("Segundo a Agência Brasil, o governo vai investir.", {"agência brasil"}),
    ("Selon l'Agence France-Presse, le Japon a promis.", {"afp"}),
    ("De top werd uitgesteld, meldt ANP.", {"anp"}),
    ("Volgens het ANP is de top uitgesteld.", {"anp"}),
    ("Volgens Reuters is de top uitgesteld.", {"reuters"}),
    ("Szczyt został przełożony, podała PAP.", {"pap"}),
    ("Według PAP szczyt przełożono.", {"pap"}),
    ("Według Reutersa szczyt przełożono.", {"reuters"}),
    ("Zirve, Reuters'ın haberine göre ertelendi.", {"reuters"}),
    ("Anadolu Ajansı'nın haberine göre zirve ertelendi.", {"anadolu"}),
    ("AA'nın bildirdiğine göre zirve ertelendi.", {"anadolu"}),
    ("İHA'nın haberine göre zirve ertelendi.", {"iha"}),
    ("Podle ČTK byl summit odložen.", {"čtk"}),
    ("Enligt TT har toppmötet skjutits upp.", {"tt"}),
    ("STT:n mukaan huippukokous siirtyi.", {"stt"}),
    ("Az MTI szerint a csúcsot elhalasztották.", {"mti"}),
    # Whose words they are is not told: no outlet.
    ("Volgens diplomaten is de top uitgesteld.", set()),
    ("Według dyplomatów szczyt przełożono.", set()),
    ("Diplomatlara göre zirve ertelendi.", set()),
    ("Bakanın açıklamasına göre zirve ertelendi.", set()),
    ("Secondo fonti diplomatiche, Eni ha firmato.", set()),
    ("외교관들에 따르면 정부는 투자한다.", set()),
    ("据外交官称，峰会在北京举行。", set()),
    ("Según la belga Ana, hubo acuerdo.", set()),  # a word, not the agency's name
    ("Japan pledged $1 billion, according to trend data.", set()),
])
def test_an_outlet_a_quote_credits_is_read_in_more_languages(quote, outlets):
    assert credited(quote, WIRE_AGENCIES) == outlets
