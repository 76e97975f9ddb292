"""The overreach check's plans and negations in more languages: a plan told
by an auxiliary and its verb (Italian "sarà firmato", Portuguese "vai
investir", Dutch "gaat … investeren"), by a Polish perfective present
("zainwestuje"), by a Chinese word of intent before a place, a partner or a
time ("将向肯尼亚提供"), that a claim tells as done; and a negation written
in the verb or after it (Turkish "yatırmadı", Korean "짓지 않기로") that a
claim drops or adds."""
import pytest

from briefgen import check, negations, overreach, verbforms

from test_overreach import _judged

DONE = 4  # Reader.unsupported's list of what the claim tells as done
DENIED = 3  # ... and of what it writes without the negation its quotes write


@pytest.mark.parametrize("language, claim, quote, done", [
    ("zh", "中方向肯尼亚提供了5亿美元优惠贷款。", "中方将向肯尼亚提供5亿美元优惠贷款", ["提", "供"]),
    ("zh", "两国于2025年下半年签署了自由贸易协定。", "两国计划于2025年下半年签署自由贸易协定", ["签", "署"]),
    ("zh", "中方在肯尼亚投资建设了一座光伏电站。", "中方拟在肯尼亚投资建设一座光伏电站。", ["建", "设"]),
    ("zh", "日本已于去年签署协定。", "日本将于明年签署协定。", ["签", "署"]),  # the verb behind the time
    ("zh", "日本已签署协定。", "日本将在东京签署协定。", ["签", "署"]),
    ("zh", "中方与埃及开展了合作。", "中方将与埃及开展合作。", ["开", "展"]),
    ("it", "Il memorandum è stato firmato ad Algeri in aprile.", "Il memorandum sarà firmato ad Algeri in aprile.",
     ["firmato"]),
    ("it", "L'intesa sulla pesca è stata firmata entro marzo.",
     "L'intesa sulla pesca dovrebbe essere firmata entro marzo.", ["firmata"]),
    ("it", "L'Italia ha investito 2 miliardi.", "L'Italia dovrebbe investire 2 miliardi.", ["investito"]),
    ("it", "Il ponte è stato costruito.", "Il ponte verrà costruito.", ["costruito"]),
    ("pt", "O Governo português investiu 300 milhões de euros.",
     "O Governo português vai investir 300 milhões de euros.", ["investiu"]),
    ("pt", "Os dois países assinaram o acordo.", "Os dois países vão assinar o acordo.", ["assinaram"]),
    ("pt", "O acordo foi assinado em Lisboa.", "O acordo vai ser assinado em Lisboa.", ["assinado"]),
    ("pt", "O Brasil financiou a obra.", "O Brasil deverá financiar a obra.", ["financiou"]),
    ("es", "España invirtió 2.000 millones.", "España va a invertir 2.000 millones.", ["invirtió"]),
    ("fr", "La France a signé l'accord.", "La France va signer l'accord.", ["signé"]),
    ("nl", "Nederland heeft 2,4 miljard euro geïnvesteerd in windparken.",
     "Nederland gaat 2,4 miljard euro investeren in windparken.", ["geïnvesteerd"]),
    ("nl", "De landen hebben het verdrag in mei ondertekend.", "De landen zullen het verdrag in mei ondertekenen.",
     ["ondertekend"]),
    ("nl", "België betaalde de helft van de kosten.", "België zal de helft van de kosten betalen.", ["betaalde"]),
    ("nl", "De haven werd vorig jaar gebouwd.", "De haven zal volgend jaar worden gebouwd.", ["gebouwd"]),
    ("pl", "Polska zainwestowała 2 mld zł w port.", "Polska zainwestuje 2 mld zł w port.", ["zainwestowała"]),
    ("pl", "Kraje podpisały umowę.", "Kraje podpiszą umowę.", ["podpisały"]),
    ("pl", "Litwa przeznaczyła 5 mln euro na drogi.", "Litwa przeznaczy 5 mln euro na drogi.", ["przeznaczyła"]),
    ("pl", "Polska zainwestowała w porty.", "Polska będzie inwestować w porty.", ["zainwestowała"]),
    ("pl", "Umowa została podpisana.", "Umowa zostanie podpisana.", ["została"]),
    ("pl", "Niemcy przekazały 3 mln euro.", "Niemcy przekażą 3 mln euro.", ["przekazały"]),
    # other verbs
    ("it", "Il ponte è stato inaugurato a maggio.", "Il ponte verrà inaugurato a maggio.", ["inaugurato"]),
    ("pt", "Os hospitais foram inaugurados.", "Os hospitais vão ser inaugurados.", ["inaugurados"]),
    ("nl", "De brug werd in mei geopend.", "De brug zal in mei worden geopend.", ["geopend"]),
    ("nl", "Het bedrijf bouwde een fabriek.", "Het bedrijf gaat een fabriek bouwen.", ["bouwde"]),
    ("pl", "Rząd udzielił pożyczki.", "Rząd udzieli pożyczki.", ["udzielił"]),
    ("pl", "Bank sfinansował budowę.", "Bank sfinansuje budowę.", ["sfinansował"]),
    ("zh", "中方向肯尼亚援建了一所医院。", "中方将于明年向肯尼亚援建一所医院。", ["援", "建"]),
])
def test_a_plan_its_quote_tells_that_the_claim_tells_as_done_is_reported(language, claim, quote, done):
    assert _judged(claim, quote, language)[DONE] == done


@pytest.mark.parametrize("language, claim, quote", [
    # a plan told as a plan
    ("zh", "两国计划于2025年下半年签署自由贸易协定。", "两国计划于2025年下半年签署自由贸易协定"),
    ("zh", "中方将向肯尼亚提供5亿美元优惠贷款。", "中方将向肯尼亚提供5亿美元优惠贷款"),
    ("it", "Il memorandum sarà firmato ad Algeri.", "Il memorandum sarà firmato ad Algeri."),
    ("it", "L'intesa dovrebbe essere firmata entro marzo.", "L'intesa sarà firmata entro marzo."),
    ("pt", "Os dois países vão assinar o acordo.", "Os dois países vão assinar o acordo."),
    ("pt", "Os dois países assinarão o acordo.", "Os dois países vão assinar o acordo."),
    ("nl", "De landen zullen het verdrag ondertekenen.", "De landen zullen het verdrag ondertekenen."),
    ("nl", "Nederland wil 2 miljard investeren.", "Nederland gaat 2 miljard investeren."),
    ("pl", "Kraje podpiszą umowę.", "Kraje podpiszą umowę."),
    ("pl", "Polska planuje zainwestować w porty.", "Polska zainwestuje w porty."),
    # a deed told as a deed
    ("zh", "中方向肯尼亚提供了5亿美元优惠贷款。", "中方向肯尼亚提供了5亿美元优惠贷款。"),
    ("it", "Il memorandum è stato firmato ad Algeri.", "Il memorandum è stato firmato ad Algeri."),
    ("pt", "Os dois países assinaram o acordo.", "Os dois países assinaram o acordo."),
    ("nl", "De landen hebben het verdrag ondertekend.", "De landen hebben het verdrag ondertekend."),
    ("pl", "Kraje podpisały umowę.", "Kraje podpisały umowę."),
    # a quote that tells the plan and the deed: the deed is stated
    ("zh", "中方提供了贷款。", "中方将向肯尼亚提供贷款，此前已提供了5亿美元。"),
    ("pt", "O Brasil investiu 2 milhões.", "O Brasil vai investir mais, depois de ter investido 2 milhões."),
    # a negation's, judged as one
    ("pt", "Os dois países não assinaram o acordo.", "Os dois países não vão assinar o acordo."),
    ("nl", "Nederland heeft niet geïnvesteerd.", "Nederland gaat niet investeren."),
    # what is, not what will be: an imperfective present, a prefixed verb that says what is
    ("pl", "Polska inwestowała w porty.", "Polska inwestuje w porty."),
    ("pl", "Kraje podpisały umowę.", "Kraje podpisują umowę."),
    ("pl", "Wartość kontraktu wynosiła 5 mln zł.", "Wartość kontraktu wynosi 5 mln zł."),
    # a quote that tells the deed beside a plan of another verb, or of the same
    ("it", "L'accordo è stato firmato ieri.", "L'accordo, che dovrebbe rafforzare i legami, è stato firmato ieri."),
    ("nl", "Het verdrag werd in mei ondertekend.", "Het verdrag, dat de handel moet bevorderen, werd in mei ondertekend."),
    ("nl", "Nederland heeft 2 miljard geïnvesteerd.", "Nederland heeft 2 miljard geïnvesteerd en zal meer investeren."),
    ("pl", "Rząd przekazał 5 mln zł na drogi.", "Rząd przekazał 5 mln zł na drogi i przekaże kolejne."),
    ("zh", "两国签署了协定。", "两国签署了协定，计划于明年开始实施。"),
    ("zh", "中方向肯尼亚提供了贷款。", "中方履行承诺向肯尼亚提供了贷款。"),  # 承诺, a promise kept
    # a noun that looks like a participle ("gebied", area) is no deed
    ("nl", "Het bedrijf heeft het gebied gekocht.", "Het bedrijf zal het gebied bieden aan investeerders."),
    # an auxiliary with no verb after it
    ("it", "Il vertice è stato a Roma.", "Il vertice sarà a Roma."),
    ("pt", "O Brasil deve 2 milhões.", "O Brasil deve 2 milhões."),
])
def test_a_plan_or_a_deed_told_as_its_quote_tells_it_is_not_reported(language, claim, quote):
    assert _judged(claim, quote, language)[DONE] == []


@pytest.mark.parametrize("language, claim, quote, dropped", [
    ("tr", "Katar projeye 600 milyon dolar yatırdı.", "Katar'ın projeye 600 milyon dolar yatırmadığını", ["yatırdı"]),
    ("tr", "Katar projeye yatırım yaptı.", "Katar projeye yatırım yapmadı.", ["yaptı"]),
    ("tr", "İran 150 milyon dolar verdi.", "İran'ın 150 milyon dolar verdiği doğru değil.", ["verdi"]),
    ("tr", "Bakan Ankara'yı ziyaret etti.", "Bakan Ankara'yı ziyaret etmedi.", ["etti"]),
    ("ko", "정부는 공장을 짓기로 했다.", "정부는 공장을 짓지 않기로 했다.", ["짓기로"]),
    ("ko", "정부는 예산을 투입했다.", "정부는 예산을 투입하지 못했다.", ["투입했다"]),
    ("ko", "정부는 예산을 투입했다.", "정부는 예산을 안 투입했다.", ["투입했다"]),
    ("ko", "장관은 회의에 참석했다.", "장관은 회의에 참석하지 않았다.", ["참석했다"]),
    ("tr", "Bakan zirveye katıldı.", "Bakan zirveye katılmayacak.", ["katıldı"]),
    ("tr", "Türkiye anlaşmayı imzaladı.", "Türkiye'nin anlaşmayı imzaladığı doğru değil.", ["imzaladı"]),
])
def test_a_claim_that_drops_a_negation_written_in_or_after_the_verb_is_reported(language, claim, quote, dropped):
    assert _judged(claim, quote, language)[DENIED] == dropped


@pytest.mark.parametrize("language, claim, quote, word", [
    ("ko", "정부는 예산을 투입하지 않기로 했다.", "정부는 예산을 투입하기로 했다.", "않기로"),
    ("ko", "정부는 공장을 짓지 못했다.", "정부는 공장을 지었다.", "못했다"),
    ("tr", "Katar projeye yatırım yapmadı.", "Katar projeye yatırım yaptı.", "yapmadı"),
    ("tr", "Anlaşma bağlayıcı değil.", "Anlaşma bağlayıcı.", "değil"),
])
def test_a_claim_that_adds_a_negation_written_in_or_after_the_verb_warns(language, claim, quote, word):
    from briefgen.diagnostics import Location
    words = _judged(claim, quote, language)[2]
    assert word in words
    found = overreach.Overreach("f", "figure", 1, Location("x"), claim, (), (), tuple(words), language=language)
    assert found.negations == (word,) and found.warned


@pytest.mark.parametrize("language, claim, quote", [
    ("tr", "Katar projeye yatırım yapmadı.", "Katar projeye yatırım yapmadı."),
    ("tr", "Katar projeye yatırım yaptı.", "Katar projeye yatırım yaptı."),
    ("tr", "Bu bir anlaşmadır.", "Bu bir anlaşmadır."),  # a noun in -ma and the copula: no negation
    ("tr", "Anlaşma imzalandı.", "Bu bir anlaşmadır ve imzalandı."),
    ("ko", "정부는 공장을 짓지 않기로 했다.", "정부는 공장을 짓지 않기로 했다."),
    ("ko", "정부는 예산을 투입하기로 했다.", "정부는 예산을 투입하기로 했다."),
    ("ko", "사업은 차질 없이 진행됐다.", "사업은 차질 없이 진행됐다."),
    ("tr", "Toplantı Ankara'da yapıldı.", "Toplantı Ankara'da yapıldı, ancak karar açıklanmadı."),
])
def test_a_claim_that_keeps_its_quotes_negation_or_its_affirmation_is_not_reported(language, claim, quote):
    numbers, names, words, dropped, *_ = _judged(claim, quote, language)
    assert dropped == [] and not overreach.Overreach("f", "figure", 1, None, claim, tuple(numbers), tuple(names),
                                                     tuple(words), language=language).negations


@pytest.mark.parametrize("language, text", [
    ("en", "The funds were immediately disbursed."), ("en", "An intermediate report was published."),
    ("it", "Il rimedio è arrivato."), ("es", "Los fondos se entregaron de forma inmediata."),
    ("en", "A comedian opened the forum."),
])
def test_a_word_of_another_language_shaped_like_a_turkish_negated_verb_is_no_negation(language, text):
    assert not negations.negated(text, language)


@pytest.mark.parametrize("language, text, amount, denied", [
    ("tr", "Bakanlık, Katar'ın projeye 600 milyon dolar yatırmadığını açıkladı.", "600", True),
    ("tr", "Katar projeye 700 milyon dolar yatırım yapmadı.", "700", True),
    ("tr", "İran'ın 150 milyon dolar verdiği doğru değil.", "150", True),
    ("tr", "Enerji forumu 2 Mart 2026'da yapılmadı.", "2", True),
    ("tr", "Katar projeye 700 milyon dolar yatırım yaptı.", "700", False),
    ("tr", "Katar 600 milyon dolar yatırdı ve 200 milyon dolar vermedi.", "600", False),
    ("tr", "Katar 600 milyon dolar yatırdı ve 200 milyon dolar vermedi.", "200", True),
    ("ko", "정부는 600억 원을 투입하지 않기로 했다.", "600", True),
    ("ko", "정부는 600억 원을 투입하기로 했다.", "600", False),
    ("ko", "정부는 600억 원을 투입하고 200억 원은 투입하지 않았다.", "600", False),
    ("ko", "정부는 600억 원을 투입하고 200억 원은 투입하지 않았다.", "200", True),
    ("tr", "Katar 600 milyon dolar yatırdı 200 milyon dolar vermedi.", "600", False),
    ("tr", "Katar 600 milyon dolar yatırıp 200 milyon dolar vermedi.", "600", False),
    ("tr", "Katar 600 milyon dolar kredi vermedi.", "600", True),
    ("pt", "O Brasil não investiu 300 milhões.", "300", True),
    ("en", "Japan pledged $1 billion and did not pay.", "1", False),  # English reads only what stands before
])
def test_an_amount_a_negation_after_it_denies_is_denied(language, text, amount, denied):
    assert negations.denies(text, text.index(amount), language) is denied


def test_a_turkish_figure_whose_quote_denies_its_amount_is_not_stated_and_its_claim_warns(make_project):
    root = make_project({
        "briefgen.toml": '[site]\ntitle = "Rapor"\nlanguage = "tr"\n',
        "seeds/yalanlama.txt": "Yalanlama\nBakanlık, Katar'ın projeye 600 milyon dolar yatırmadığını açıkladı.\n",
        "content/sources.yaml": "- id: yalanlama\n  title: Yalanlama\n",
        "content/countries.yaml": "- id: qa\n  name: Katar\n  focus: true\n",
        "content/figures.yaml": """
            - id: katar-yatirim
              name: Katar yatırımı
              amount: 600000000
              currency: USD
              by: [qa]
              claims:
                - text: Katar projeye 600 milyon dolar yatırdı.
                  cite:
                    - source: yalanlama
                      quote: "Katar'ın projeye 600 milyon dolar yatırmadığını"
            """,
    }, base=None)
    messages = [d.format() for d in check(root).diagnostics.items]
    assert any("error: amount $600 million of figure 'katar-yatirim' is not stated by any cited quote" in m
               for m in messages), messages
    assert any("states what none of its quotes does: without the negation its quotes write: yatırdı" in m
               for m in messages), messages
    assert not any("negates this quote" in m for m in messages), messages


@pytest.mark.parametrize("words, language, verb, key", [
    ("Polska zainwestuje w port", "pl", 1, "zainwestow"),
    ("Polska inwestuje w port", "pl", 1, None),  # no perfective prefix: what is
    ("Wartość wynosi 5 mln", "pl", 1, None),  # prefixed, and what is all the same
    ("il memorandum sarà firmato", "it", 3, "firm"),
    ("o governo vai investir", "pt", 3, "invest"),
    ("o governo não vai investir", "pt", 4, None),
    ("nederland zal niet investeren", "nl", 3, None),
])
def test_the_verbs_a_future_tells(words, language, verb, key):
    assert verbforms.foretold(words.lower().split(), language, {"não", "nie", "niet"}).get(verb) == key
