"""Overreach's numbers in more languages: Chinese amounts across its two
scripts ("新台币1.5亿元", "新台幣1.5億元"), Korean native numerals and ordinals
("두 차례", "세 번째", "첫 번째"), "both" as two ("entrambi", "beide"), a year a
quote gives relative to its publication ("去年", "昨年", "작년에"), and Arabic
number words and ordinals ("سبع", "الثاني")."""
import pytest

from briefgen import check, dates
from briefgen.diagnostics import Location
from briefgen.model import Cite
from briefgen.claimreader import Reader


def _judged(claim: str, quote: str, language: str, written_in: str | None = None, published: str = "2025-06-12"):
    """What Reader.unsupported gives for `claim` in a brief in `language` citing `quote` of a source written
    in `written_in` (else the brief's language), published on `published`."""
    meta = {"s": {"language": written_in or language, "published": dates.parse_iso(published)}}
    return Reader({}, meta, [], language).unsupported(claim, [Cite("s", quote, Location("x"))])


@pytest.mark.parametrize("language, written_in, claim, quote", [
    # the same amount and currency, written in the other script
    ("zh", "zh-TW", "台湾将投入新台币1.5亿元。", "台灣將投入新台幣1.5億元"),
    ("zh-TW", "zh", "台灣將投入新台幣1.5億元。", "台湾将投入新台币1.5亿元"),
    ("zh", "zh", "台湾将投入新台币1.5亿元。", "台灣將投入新台幣1.5億元"),  # a source that does not say its script
    # a Korean ordinal in digits for its native numeral
    ("ko", None, "정부는 2번째 공장을 짓기로 했다.", "정부는 두 번째 공장을 짓기로 했다"),
    # "both" is two
    ("it", None, "I due Paesi hanno firmato l'intesa.", "Entrambi i Paesi hanno firmato l'intesa"),
    ("es", None, "Los dos países firmaron el acuerdo.", "Ambos países firmaron el acuerdo"),
    ("de", None, "Die zwei Länder unterzeichneten das Abkommen.", "Beide Länder unterzeichneten das Abkommen"),
    ("pl", None, "Dwa kraje podpisały umowę.", "Oba kraje podpisały umowę"),
    ("ru", None, "Две страны подписали соглашение.", "Обе страны подписали соглашение"),
    # a year the quote gives relative to its source's publication (2025)
    ("zh", None, "项目于2024年完工。", "项目于去年完工"),
    ("zh", None, "项目于2024年完工。", "项目于去年年底完工"),
    ("zh", None, "项目于2025年启动。", "项目于今年年初启动"),
    ("ja", None, "プロジェクトは2024年に完成した。", "プロジェクトは昨年完成した"),
    ("ko", None, "사업은 2024년에 완공됐다.", "사업은 작년에 완공됐다"),
    ("ko", None, "사업은 2024년에 완공됐다.", "사업은 지난해 완공됐다"),
])
def test_a_number_the_quote_gives_in_another_form_does_not_warn(language, written_in, claim, quote):
    numbers, names = _judged(claim, quote, language, written_in)[:2]
    assert (numbers, names) == ([], [])


@pytest.mark.parametrize("language, claim, quote, numbers", [
    ("ko", "양국 정상은 세 차례 회담했다.", "양국 정상은 두 차례 회담했다", ["세"]),
    ("ko", "두 나라는 네 번째 협정에 서명했다.", "두 나라는 세 번째 협정에 서명했다", ["네 번째"]),
    ("ko", "정부는 첫 번째 공장을 짓기로 했다.", "정부는 두 번째 공장을 짓기로 했다", ["첫 번째"]),
    ("ko", "정부는 둘째 공장을 짓기로 했다.", "정부는 첫째 공장을 짓기로 했다", ["둘째"]),
    ("ar", "عقد المجلس اجتماعه الثاني في الرياض.", "عقد المجلس اجتماعه الأول في الرياض", ["الثاني"]),
    ("ar", "ووقع الجانبان ثماني مذكرات تفاهم.", "ووقع الجانبان سبع مذكرات تفاهم", ["ثماني"]),
    ("ar", "وللمرة الثالثة شارك خمسة وزراء.", "وللمرة الثانية شارك أربعة وزراء", ["الثالثة", "خمسة"]),
    ("ar", "انعقدت الدورة الحادية عشرة.", "انعقدت الدورة العاشرة", ["الحادية عشرة"]),
    ("zh", "台湾将投入新台币2亿元。", "台灣將投入新台幣1.5億元", ["新台币2亿元"]),  # another amount still warns
    ("zh", "项目于2023年完工。", "项目于去年完工", ["2023"]),  # and another year
])
def test_a_changed_korean_or_arabic_number_warns(language, claim, quote, numbers):
    assert _judged(claim, quote, language)[0] == numbers


@pytest.mark.parametrize("language, claim, quote", [
    ("ko", "양국 정상은 3차례 회담했다.", "양국 정상은 세 차례 회담했다"),
    ("ko", "양국 정상은 세 차례 회담했다.", "양국 정상은 3차례 회담했다"),
    ("ko", "정부는 두 번째 공장을 짓기로 했다.", "정부는 2번째 공장을 짓기로 했다"),
    ("ko", "세계 경제가 회복됐다.", "경제가 회복됐다"),  # 세 of 세계 (world) counts nothing
    ("ar", "شارك 7 دول.", "شارك سبع دول"),
    ("ar", "شارك سبع دول.", "شارك 7 دول"),
    ("ar", "عقد الاجتماع الأول.", "عقد الاجتماع الأول"),
    ("ar", "عقدت أول قمة بين البلدين.", "عقدت في 22 أكتوبر 2025 أول قمة بين البلدين"),  # after a year
    ("ar", "عقدت أول قمة بين البلدين.", "عقدت في ٢٢ أكتوبر ٢٠٢٥ أول قمة بين البلدين"),
    ("ar", "ثلاثة وعشرون بلدا.", "23 بلدا"),  # a unit of a larger number
    ("ar", "في كانون الثاني.", "في يناير"),  # a month's name, not "second"
    ("ar", "اجتمع الوزراء يوم الاثنين.", "اجتمع الوزراء"),  # Monday
    ("ar", "خفض انبعاثات ثاني أكسيد الكربون.", "خفض انبعاثات الكربون"),  # dioxide
    ("en", "The two countries signed the deal.", "Both countries signed the deal"),
])
def test_the_same_number_in_digits_or_words_does_not_warn(language, claim, quote):
    assert _judged(claim, quote, language)[0] == []


@pytest.mark.parametrize("claim, quote, numbers", [
    ("Three countries signed the deal.", "Both countries signed the deal", ["Three"]),
    ("The project was finished in 2023.", "The project was finished last year", ["2023"]),
    ("The project was finished in 2024.", "The project was finished last year", []),
])
def test_english_is_read_as_before(claim, quote, numbers):
    assert _judged(claim, quote, "en")[0] == numbers


def test_a_simplified_brief_citing_a_traditional_source_warns_only_of_a_changed_number(make_project):
    files = {
        "briefgen.toml": '[site]\nlanguage = "zh"\n',
        "seeds/cna.txt": "---\npublished: 2025-06-12\nlanguage: zh-TW\n---\n台灣將投入新台幣1.5億元。此計畫去年年底簽約。\n",
        "content/sources.yaml": "- id: cna\n  title: 中央社\n  language: zh-TW\n",
        "content/figures.yaml": None,
        "content/forums.yaml": """\
            - id: taiwan-forum
              name: Taiwan Forum
              claims:
                - text: "台湾将投入新台币1.5亿元。"
                  cite:
                    - source: cna
                      quote: "台灣將投入新台幣1.5億元"
                - text: "此计划于2024年签约。"
                  cite:
                    - source: cna
                      quote: "此計畫去年年底簽約"
                - text: "台湾将投入新台币3亿元。"
                  cite:
                    - source: cna
                      quote: "台灣將投入新台幣1.5億元"
            """,
    }
    root = make_project(files)
    assert sorted(d.message for d in check(root).diagnostics.warnings if "none of its quotes" in d.message) == [
        "claim 3 of forum 'taiwan-forum' states what none of its quotes does: numbers 新台币3亿元",
    ]


@pytest.mark.parametrize("language, claim, quote", [
    ("fr", "La 5e édition du forum s'est tenue à Dakar.", "La cinquième édition du forum s'est tenue à Dakar."),
    ("fr", "La cinquième édition du forum s'est tenue à Dakar.", "La 5e édition du forum s'est tenue à Dakar."),
    ("fr", "La 5ème édition du forum s'est tenue à Dakar.", "La cinquième édition du forum s'est tenue à Dakar."),
    ("fr", "Le premier sommet s'est tenu à Dakar.", "Le 1er sommet s'est tenu à Dakar."),
    ("pt", "A 5ª cimeira decorreu em Lisboa.", "A quinta cimeira decorreu em Lisboa."),
    ("es", "El 5º foro se celebró en Madrid.", "El quinto foro se celebró en Madrid."),
    ("it", "Il 5º vertice si è tenuto a Roma.", "Il quinto vertice si è tenuto a Roma."),
])
def test_an_ordinal_in_digits_is_the_ordinal_spelled_out(language, claim, quote):
    assert _judged(claim, quote, language)[0] == []


def test_an_ordinal_in_digits_that_differs_warns():
    assert _judged("La 6e édition du forum s'est tenue à Dakar.", "La cinquième édition du forum s'est tenue à Dakar.",
                   "fr")[0] == ["6e"]


@pytest.mark.parametrize("language, claim, quote", [
    # digits and a full stop: an ordinal, in the languages that write one so
    ("de", "Das fünfte Gipfeltreffen fand in Berlin statt.", "Der 5. Gipfel fand in Berlin statt."),
    ("de", "Der 5. Gipfel fand in Berlin statt.", "Der fünfte Gipfel fand in Berlin statt."),
    ("de", "Das 5. Treffen fand in Berlin statt.", "Das fünfte Treffen fand in Berlin statt."),
    ("de", "Zum 3. Mal trafen sich die Minister.", "Zum dritten Mal trafen sich die Minister."),
    ("pl", "5. szczyt odbył się w Warszawie.", "Piąty szczyt odbył się w Warszawie."),
    ("pl", "Piąty szczyt odbył się w Warszawie.", "5. szczyt odbył się w Warszawie."),
    ("tr", "5. Zirve İstanbul'da yapıldı.", "Beşinci zirve İstanbul'da yapıldı."),
    ("tr", "Beşinci zirve İstanbul'da yapıldı.", "5. zirve İstanbul'da yapıldı."),
    ("cs", "5. summit se konal v Praze.", "Pátý summit se konal v Praze."),
    ("cs", "Delegace dorazily na páté zasedání.", "Delegace dorazily na 5. zasedání."),
    ("da", "Det 5. topmøde blev holdt i København.", "Det femte topmøde blev holdt i København."),
    ("nb", "Det femte toppmøtet ble holdt i Oslo.", "Det 5. toppmøtet ble holdt i Oslo."),
    ("hu", "Az 5. csúcstalálkozót Budapesten tartották.", "Az ötödik csúcstalálkozót Budapesten tartották."),
    # a hyphen and the ordinal's ending
    ("ru", "Пятый саммит прошёл в Москве.", "5-й саммит прошёл в Москве."),
    ("ru", "5-й саммит прошёл в Москве.", "Пятый саммит прошёл в Москве."),
    ("ru", "Участники 5-го форума собрались в Казани.", "Участники пятого форума собрались в Казани."),
    ("ru", "5-е заседание прошло в Минске.", "Пятое заседание прошло в Минске."),
    ("ru", "Стороны договорились в 5-м раунде.", "Стороны договорились в пятом раунде."),
    ("uk", "5-та сесія відбулася в Києві.", "П'ята сесія відбулася в Києві."),
    ("uk", "Учасники 5-ї сесії зібралися в Києві.", "Учасники пʼятої сесії зібралися в Києві."),
    ("bg", "5-ият форум се проведе в София.", "Петият форум се проведе в София."),
    ("bg", "Петият форум се проведе в София.", "5-ия форум се проведе в София."),
    # Roman numerals numbering an event
    ("en", "The 15th summit was held in Lima.", "La XV Cumbre se celebró en Lima."),
    ("en", "The XV Ibero-American Summit was held in Lima.", "The 15th Ibero-American summit was held in Lima."),
    ("en", "The fourth forum met in Astana.", "The IV Forum met in Astana."),
    ("es", "El segundo foro se celebró en Madrid.", "El II Foro se celebró en Madrid."),
    ("es", "La decimoquinta cumbre se celebró en Lima.", "La XV Cumbre se celebró en Lima."),
    ("es", "La XV Cumbre se celebró en Lima.", "La decimoquinta cumbre se celebró en Lima."),
    ("de", "Der XV. Gipfel fand in Berlin statt.", "Der fünfzehnte Gipfel fand in Berlin statt."),
    ("es", "La I Cumbre se celebró en Madrid.", "La primera cumbre se celebró en Madrid."),
    ("fr", "La 12e édition s'est tenue à Dakar.", "La XIIe édition s'est tenue à Dakar."),
    ("ru", "Пятый саммит прошёл в Москве.", "V саммит прошёл в Москве."),
    ("ru", "V саммит прошёл в Москве.", "5-й саммит прошёл в Москве."),
])
def test_an_ordinal_in_digits_with_its_mark_or_in_roman_numerals_is_the_ordinal(language, claim, quote):
    assert _judged(claim, quote, language)[:2] == ([], [])


@pytest.mark.parametrize("language, claim, quote, numbers", [
    ("de", "Der 6. Gipfel fand in Berlin statt.", "Der fünfte Gipfel fand in Berlin statt.", ["6."]),
    ("de", "Das sechste Treffen fand in Berlin statt.", "Das 5. Treffen fand in Berlin statt.", ["sechste"]),
    ("pl", "6. szczyt odbył się w Warszawie.", "Piąty szczyt odbył się w Warszawie.", ["6."]),
    ("cs", "6. summit se konal v Praze.", "Pátý summit se konal v Praze.", ["6."]),
    ("da", "Det sjette topmøde blev holdt i København.", "Det 5. topmøde blev holdt i København.", ["sjette"]),
    ("hu", "A 6. csúcstalálkozót Budapesten tartották.", "Az ötödik csúcstalálkozót Budapesten tartották.", ["6."]),
    ("pl", "5. szczyt odbył się w Warszawie.", "Pięć szczytów odbyło się w Warszawie.", ["5."]),  # five, not fifth
    ("ru", "6-й саммит прошёл в Москве.", "Пятый саммит прошёл в Москве.", ["6-й"]),
    ("ru", "Шестой саммит прошёл в Москве.", "5-й саммит прошёл в Москве.", ["Шестой"]),
    ("en", "The 16th summit was held in Lima.", "La XV Cumbre se celebró en Lima.", ["16th"]),
    ("es", "La XVI Cumbre se celebró en Lima.", "La XV Cumbre se celebró en Lima.", ["XVI"]),
    ("es", "La decimosexta cumbre se celebró en Lima.", "La XV Cumbre se celebró en Lima.", ["decimosexta"]),
    ("uk", "6-та сесія відбулася в Києві.", "П'ята сесія відбулася в Києві.", ["6-та"]),
    ("bg", "Шестият форум се проведе в София.", "5-ият форум се проведе в София.", ["Шестият"]),
    ("fr", "La 13e édition s'est tenue à Dakar.", "La XIIe édition s'est tenue à Dakar.", ["13e"]),
])
def test_another_ordinal_with_its_mark_or_in_roman_numerals_warns(language, claim, quote, numbers):
    assert _judged(claim, quote, language)[0] == numbers


@pytest.mark.parametrize("language, claim, quote", [
    # a number ending its sentence, and a date, are no ordinals
    ("de", "Die Zahl stieg auf 5. Danach fiel sie.", "Die Zahl stieg auf 5. Danach fiel sie."),
    ("de", "Die Zahl der Teilnehmer stieg auf 5.", "Die Zahl der Teilnehmer stieg auf 5"),
    ("de", "Der Gipfel fand am 5. Mai statt.", "Der Gipfel fand am 5. Mai statt."),
    ("cs", "Summit se konal 5. května.", "Summit se konal 5. května."),
    ("ru", "Соглашение подписали в 2-х экземплярах.", "Соглашение подписали в двух экземплярах."),
    ("bg", "Срещнаха се 2-ма министри.", "Срещнаха се 2 министри."),  # "двама", a count of people: no ordinal
    ("da", "Den anden side afviste forslaget.", "Den anden side afviste forslaget."),  # "other", not second
    # a word in capitals is no Roman numeral, but beside an event's word
    ("en", "Leaders met in Washington DC for the summit.", "Leaders met in Washington DC for the summit."),
    ("en", "At the summit I met the delegates.", "At the summit I met the delegates."),
    ("en", "The MIX Forum met in Astana.", "The MIX Forum met in Astana."),
    ("fr", "Le sommet s'est tenu à Dakar.", "Le sommet s'est tenu à Dakar."),
    ("tr", "Ve zirve İstanbul'da yapıldı.", "Ve zirve İstanbul'da yapıldı."),
    ("en", "The 5. summit was held.", "The 5. summit was held."),  # English writes no ordinal so
])
def test_a_number_date_or_word_in_capitals_is_read_as_before(language, claim, quote):
    assert _judged(claim, quote, language)[:2] == ([], [])


@pytest.mark.parametrize("language, written_in, claim, quote, numbers", [
    # a French ordinal in several words is the whole number, hyphened or not
    ("fr", None, "Le 21e sommet s'est tenu à Dakar.", "Le vingt-et-unième sommet s'est tenu à Dakar.", []),
    ("en", "fr", "The 21st summit was held in Dakar.", "Le vingt et unième sommet s'est tenu à Dakar.", []),
    ("fr", None, "Le vingt-deuxième sommet s'est tenu à Dakar.", "Le 22e sommet s'est tenu à Dakar.", []),
    ("fr", None, "Le 97e congrès s'est tenu à Lyon.", "Le quatre-vingt-dix-septième congrès s'est tenu à Lyon.", []),
    ("fr", None, "La 71e édition s'est tenue à Cannes.", "La soixante-et-onzième édition s'est tenue à Cannes.", []),
    # and its last word alone is no ordinal of its own
    ("fr", None, "La septième édition s'est tenue à Dakar.", "La dix-septième édition s'est tenue à Dakar.",
     ["septième"]),
    ("fr", None, "Le deuxième sommet s'est tenu à Dakar.", "Le vingt-deuxième sommet s'est tenu à Dakar.",
     ["deuxième"]),
    ("fr", None, "Le 22e sommet s'est tenu à Dakar.", "Le vingt-et-unième sommet s'est tenu à Dakar.", ["22e"]),
    ("en", "fr", "The 22nd summit was held in Dakar.", "Le vingt-et-unième sommet s'est tenu à Dakar.", ["22nd"]),
    # three fifths are no ordinal
    ("fr", None, "Les trois cinquièmes des élus ont voté.", "Les trois cinquièmes des élus ont voté.", []),
])
def test_a_french_ordinal_in_several_words_is_read_whole(language, written_in, claim, quote, numbers):
    assert _judged(claim, quote, language, written_in)[0] == numbers


@pytest.mark.parametrize("language, written_in, claim, quote, numbers", [
    # tens and a unit's ordinal are one ordinal, whose unit alone is no first
    ("en", "ru", "The first summit was held in Kazan.", "Двадцать первый саммит прошёл в Казани.", ["first"]),
    ("en", "ru", "The 21st summit was held in Kazan.", "Двадцать первый саммит прошёл в Казани.", []),
    ("ru", None, "21-й саммит прошёл в Казани.", "Двадцать первый саммит прошёл в Казани.", []),
    ("ru", None, "Первый саммит прошёл в Казани.", "Двадцать первый саммит прошёл в Казани.", ["Первый"]),
    ("en", "uk", "The first session was held in Kyiv.", "Двадцять перша сесія відбулася в Києві.", ["first"]),
    ("en", "bg", "The 21st forum was held in Sofia.", "Двадесет и първият форум се проведе в София.", []),
    ("en", "tr", "The first summit was held in Ankara.", "Yirmi birinci zirve Ankara'da yapıldı.", ["first"]),
    ("en", "tr", "The 11th summit was held in Ankara.", "On birinci zirve Ankara'da yapıldı.", []),
    ("en", "es", "The 20th summit was held in Lima.", "La vigésima primera cumbre se celebró en Lima.", ["20th"]),
    ("en", "es", "The 21st summit was held in Lima.", "La vigésima primera cumbre se celebró en Lima.", []),
    ("en", "es", "The 12th summit was held in Lima.", "La décima segunda cumbre se celebró en Lima.", []),
    ("en", "pt", "The first summit was held in Lisbon.", "A décima primeira cimeira decorreu em Lisboa.", ["first"]),
    ("en", "pl", "The 21st summit was held in Warsaw.", "Dwudziesty pierwszy szczyt odbył się w Warszawie.", []),
    ("en", "cs", "The first summit was held in Prague.", "Dvacátý první summit se konal v Praze.", ["first"]),
    # tens alone, and a count, as before
    ("en", "es", "The 20th summit was held in Lima.", "La vigésima cumbre se celebró en Lima.", []),
    ("ru", None, "Двадцать министров встретились.", "Двадцать министров встретились.", []),
])
def test_tens_and_a_units_ordinal_are_one_ordinal(language, written_in, claim, quote, numbers):
    assert _judged(claim, quote, language, written_in)[0] == numbers


@pytest.mark.parametrize("claim, quote, numbers", [
    # an English ordinal of tens and a unit is one ordinal, hyphened or spaced, whose unit alone is no first
    ("The 21st summit was held in Lisbon.", "The twenty-first summit was held in Lisbon.", []),
    ("The twenty-first summit was held in Lisbon.", "The 21st summit was held in Lisbon.", []),
    ("The 32nd summit was held in Lisbon.", "The thirty-second summit was held in Lisbon.", []),
    ("The thirty-second summit was held in Lisbon.", "The 32nd summit was held in Lisbon.", []),
    ("The 99th summit was held in Lisbon.", "The Ninety Ninth Summit was held in Lisbon.", []),
    ("The 21st-century economy grew.", "The twenty-first-century economy grew.", []),
    ("The first summit was held in Lisbon.", "The twenty-first summit was held in Lisbon.", ["first"]),
    ("The 22nd summit was held in Lisbon.", "The twenty-first summit was held in Lisbon.", ["22nd"]),
    ("The twenty-second summit was held in Lisbon.", "The 21st summit was held in Lisbon.", ["twenty-second"]),
    # tens and a hundred in one word
    ("The 30th summit was held in Lisbon.", "The thirtieth summit was held in Lisbon.", []),
    ("The 100th summit was held in Lisbon.", "The one hundredth summit was held in Lisbon.", []),
    ("The 40th summit was held in Lisbon.", "The thirtieth summit was held in Lisbon.", ["40th"]),
    # a count before a unit's adjective, and the ordinals read before
    ("The 21st buyer got a loan.", "Twenty first-time buyers got loans.", ["21st"]),
    ("The first summit was held in Lisbon.", "The first summit was held in Lisbon.", []),
    ("The 21st summit was held in Lisbon.", "The 21st summit was held in Lisbon.", []),
])
def test_an_english_ordinal_in_two_words_is_read_whole(claim, quote, numbers):
    assert _judged(claim, quote, "en")[0] == numbers


@pytest.mark.parametrize("language, claim, quote, numbers", [
    # the academies' ordinal in digits, a full stop before its indicator
    ("es", "La 21.ª cumbre se celebró en Madrid.", "La vigésima primera cumbre se celebró en Madrid.", []),
    ("es", "La 21.ª cumbre se celebró en Madrid.", "La 21ª cumbre se celebró en Madrid.", []),
    ("pt", "O 3.º encontro decorreu em Lisboa.", "O terceiro encontro decorreu em Lisboa.", []),
    ("es", "La 22.ª cumbre se celebró en Madrid.", "La vigésima primera cumbre se celebró en Madrid.", ["22.ª"]),
    ("es", "La 21ª cumbre se celebró en Madrid.", "La vigésima primera cumbre se celebró en Madrid.", []),
])
def test_an_ordinal_with_a_full_stop_before_its_indicator_is_the_ordinal(language, claim, quote, numbers):
    assert _judged(claim, quote, language)[0] == numbers


@pytest.mark.parametrize("language, written_in, claim, quote, numbers", [
    # Finnish spelled ordinals, in their cases, beside "5." (read before)
    ("fi", None, "Viides huippukokous pidettiin Tampereella.", "5. huippukokous pidettiin Tampereella.", []),
    ("en", "fi", "The 5th summit was held in Tampere.", "Viides huippukokous pidettiin Tampereella.", []),
    ("en", "fi", "The 6th summit was held in Tampere.", "Viides huippukokous pidettiin Tampereella.", ["6th"]),
    ("fi", None, "Kuudes huippukokous pidettiin Tampereella.", "5. huippukokous pidettiin Tampereella.", ["Kuudes"]),
    ("en", "fi", "Leaders met at the third summit.", "Johtajat tapasivat kolmannessa huippukokouksessa.", []),
    ("en", "fi", "Leaders met at the fourth summit.", "Johtajat tapasivat kolmannessa huippukokouksessa.",
     ["fourth"]),
    # Swedish: digits, a colon and the ordinal's last letter, and the ordinals spelled out
    ("en", "sv", "The 5th summit was held in Malmö.", "Det 5:e toppmötet hölls i Malmö.", []),
    ("en", "sv", "The 6th summit was held in Malmö.", "Det 5:e toppmötet hölls i Malmö.", ["6th"]),
    ("en", "sv", "The 5th summit was held in Malmö.", "Det femte toppmötet hölls i Malmö.", []),
    ("en", "sv", "The 6th summit was held in Malmö.", "Det femte toppmötet hölls i Malmö.", ["6th"]),
    ("sv", None, "Det sjätte toppmötet hölls i Malmö.", "Det 5:e toppmötet hölls i Malmö.", ["sjätte"]),
    ("sv", None, "Det 1:a toppmötet hölls i Malmö.", "Det första toppmötet hölls i Malmö.", []),
    # "andra", "toinen" are as often "other": no ordinal; a Swedish day "5:e maj" is a date's
    ("sv", None, "Den andra sidan avvisade förslaget.", "Den andra sidan avvisade förslaget.", []),
    ("fi", None, "Toinen osapuoli hylkäsi ehdotuksen.", "Toinen osapuoli hylkäsi ehdotuksen.", []),
    ("en", "sv", "The summit was held on 5 May 2025.", "Toppmötet hölls den 5:e maj 2025.", []),
    # Danish, read before
    ("en", "da", "The 6th summit was held in Aarhus.", "Det femte topmøde blev holdt i Aarhus.", ["6th"]),
])
def test_a_nordic_ordinal_in_digits_or_words_is_the_ordinal(language, written_in, claim, quote, numbers):
    assert _judged(claim, quote, language, written_in)[:2] == (numbers, [])


@pytest.mark.parametrize("language, written_in, claim, quote, numbers", [
    # a decade's first year is no year of its own, in the quote or the claim
    ("en", "ru", "Growth is expected in 2020.", "Рост ожидается в 2020-х годах.", ["2020"]),
    ("ru", None, "Рост ожидается в 2020 году.", "Рост ожидается в 2020-х годах.", ["2020"]),
    ("ru", None, "Рост ожидается в 2020-х годах.", "Рост ожидается в 2020 году.", ["2020"]),
    ("en", None, "Growth is expected in 2020.", "Growth is expected in the 2020's.", ["2020"]),
    ("en", "fr", "Growth was strong in 2020.", "La croissance a été forte dans les années 2020.", ["2020"]),
    ("en", "tr", "Growth was strong in 2020.", "Büyüme 2020'li yıllarda güçlüydü.", ["2020"]),
    ("ru", None, "Рост ожидается в 2030-х годах.", "Рост ожидается в 2020-х годах.", ["2030"]),
    # the decade for the decade, and a year for a year, as before
    ("en", "ru", "Growth is expected in the 2020s.", "Рост ожидается в 2020-х годах.", []),
    ("ru", None, "Рост ожидается в 2020-х годах.", "Рост ожидается в 2020-е годы.", []),
    ("en", "fr", "Growth was strong in 2020 and 2021.", "La croissance a été forte dans les années 2020 et 2021.", []),
    ("ru", None, "Рост ожидается в 2020-м году.", "Рост ожидается в 2020 году.", []),
    ("en", None, "Growth was strong in 2020.", "Growth was strong in 2020.", []),
    ("en", None, "The budget was cut in 2020.", "2020's budget was cut.", []),  # a year's possessive
])
def test_a_decade_states_its_years_not_the_first(language, written_in, claim, quote, numbers):
    assert _judged(claim, quote, language, written_in)[:2] == (numbers, [])


def test_a_roman_numeral_is_read_only_beside_the_word_of_an_event():
    from briefgen.ordinals import find
    assert [(w.value, w.sure) for w in find("the XV Ibero-American Summit and Forum II", ["en"])] == [
        (15, True), (2, True)]
    assert find("World War II, Louis XIV, XI JINPING AT SUMMIT, I round, at the summit V said, DC summit", ["en"]) \
        == []
    assert [(w.value, w.sure) for w in find("Der 5. Gipfel, stieg auf 5. Danach, die 5. runde", ["de"])] == [
        (5, False), (5, False), (5, True)]
    assert find("Der 5. Gipfel", ["en"]) == []


def test_a_german_brief_warns_only_of_the_ordinal_its_quote_does_not_give(make_project):
    files = {
        "briefgen.toml": '[site]\nlanguage = "de"\n',
        "seeds/dpa.txt": "---\npublished: 2025-06-12\nlanguage: de\n---\nDer 5. Gipfel fand am 5. Mai in Berlin statt."
                         " Die XV Konferenz tagte in Bonn.\n",
        "content/sources.yaml": "- id: dpa\n  title: dpa\n  language: de\n",
        "content/figures.yaml": None,
        "content/forums.yaml": """\
            - id: gipfel
              name: Gipfel
              claims:
                - text: "Das fünfte Gipfeltreffen fand am 5. Mai in Berlin statt."
                  cite:
                    - source: dpa
                      quote: "Der 5. Gipfel fand am 5. Mai in Berlin statt."
                - text: "Die fünfzehnte Konferenz tagte in Bonn."
                  cite:
                    - source: dpa
                      quote: "Die XV Konferenz tagte in Bonn."
                - text: "Der 6. Gipfel fand am 5. Mai in Berlin statt."
                  cite:
                    - source: dpa
                      quote: "Der 5. Gipfel fand am 5. Mai in Berlin statt."
            """,
    }
    root = make_project(files)
    assert sorted(d.message for d in check(root).diagnostics.warnings if "none of its quotes" in d.message) == [
        "claim 3 of forum 'gipfel' states what none of its quotes does: numbers 6.",
    ]
