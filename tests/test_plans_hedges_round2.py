"""The overreach check's plans, negations and hedges, second round: a
postponement announced (将延期举行) is no plan told as done; 据悉 is no hedge;
plans told by a decision or an agreement (同意于…前完成, "열기로 했다",
"si sono impegnati a completare", "dovrebbe collegare", "投資を目指す"), by the
Arabic future ("سيضخ", "من المتوقع أن يبدأ"); a Korean negation before 것
("넘지 않을 것"); and an Arabic hedge behind a proclitic ("وبحسب تقارير")."""
import pytest

from briefgen.hedges import hedges_in

from test_overreach import _judged

DENIED, DONE, HEDGES = 3, 4, 5  # Reader.unsupported's lists


@pytest.mark.parametrize("language, claim, quote, done", [
    ("zh", "双方于2025年6月30日完成自由贸易协定联合可行性研究。", "双方同意于2025年6月30日前完成自由贸易协定联合可行性研究",
     ["完", "成"]),
    ("zh", "两国于下半年签署协定。", "两国决定于下半年签署协定", ["签", "署"]),
    ("ar", "أعلن الصندوق أنه ضخ استثمارات في السوق المصرية.", "وأعلن الصندوق أنه سيضخ استثمارات في السوق المصرية",
     ["ضخ"]),
    ("ar", "بدأ تشغيل المرحلة الأولى.", "ومن المتوقع أن يبدأ تشغيل المرحلة الأولى", ["بدأ"]),
    ("ko", "양국은 내달 서울에서 국방장관 회담을 열었다.", "양국은 내달 서울에서 국방장관 회담을 열기로 했다", ["열었다"]),
    ("ko", "양국은 회담을 열었다.", "양국은 회담을 열기로 합의했다", ["열었다"]),
    ("ja", "日本政府は10兆円を投資した。", "日本政府は今後10年間で、官民合わせて10兆円規模の対印投資を目指す方針を表明した",
     ["投", "資"]),
    ("it", "I due governi hanno completato il piano entro il 31 dicembre.",
     "I due governi si sono impegnati a completare entro il 31 dicembre il piano", ["completato"]),
    ("it", "Il gasdotto collega l'Algeria all'Europa.", "Il gasdotto dovrebbe collegare l'Algeria all'Europa",
     ["collega"]),
    ("it", "Il governo ha raddoppiato le forniture.", "Il governo ha deciso di raddoppiare le forniture",
     ["raddoppiato"]),
])
def test_a_plan_its_quote_tells_that_the_claim_tells_as_done_is_reported(language, claim, quote, done):
    assert _judged(claim, quote, language)[DONE] == done


@pytest.mark.parametrize("language, claim, quote", [
    # a postponement announced, told as announced
    ("zh", "峰会延期举行。", "峰会将延期举行"),
    ("zh", "峰会推迟至5月20日举行。", "峰会将推迟至5月20日举行"),
    ("zh", "峰會延期舉行。", "峰會將延期舉行"),
    # a plan told as a plan
    ("zh", "双方同意于2025年6月30日前完成研究。", "双方同意于2025年6月30日前完成研究"),
    ("ar", "أعلن الصندوق أنه سيضخ استثمارات.", "وأعلن الصندوق أنه سيضخ استثمارات"),
    ("ar", "من المتوقع أن يبدأ التشغيل.", "ومن المتوقع أن يبدأ التشغيل"),
    ("ko", "양국은 회담을 열기로 했다.", "양국은 회담을 열기로 했다"),
    ("ja", "日本政府は10兆円規模の投資を目指す。", "日本政府は10兆円規模の投資を目指す"),
    ("it", "I governi si sono impegnati a completare il piano.", "I governi si sono impegnati a completare il piano"),
    ("it", "Il gasdotto dovrebbe collegare l'Algeria all'Europa.", "Il gasdotto dovrebbe collegare l'Algeria all'Europa"),
    # a deed told as a deed, and a faithful paraphrase
    ("zh", "双方完成了研究。", "双方完成了研究"),
    ("ar", "ضخ الصندوق استثمارات.", "ضخ الصندوق استثمارات"),
    ("ar", "تناقش الحكومة السياسة.", "تناقش الحكومة السياسة والسنوات المقبلة"),  # nouns in س: no future
    ("ko", "양국은 회담을 열었다.", "양국은 회담을 열었다"),
    ("ja", "日本政府は投資した。", "日本政府は投資した"),
    ("it", "I governi hanno completato il piano.", "I governi hanno completato il piano"),
    ("it", "Il governo ha annunciato un deciso aumento.", "Il governo ha annunciato un deciso aumento"),
    ("it", "I fondi sono arrivati.", "I fondi impegnati a Roma sono arrivati"),  # "impegnati a Roma": no infinitive
    ("en", "Japan signed the deal.", "Japan signed the deal."),
])
def test_a_plan_or_a_deed_told_as_its_quote_tells_it_is_not_reported(language, claim, quote):
    assert _judged(claim, quote, language)[DONE] == []


@pytest.mark.parametrize("language, claim, quote, dropped", [
    ("ko", "계약 금액이 26조 원을 넘을 것이라는 관측이 나온다.", "업계에서는 계약 금액이 26조 원을 넘지 않을 것이라는 관측이 나온다",
     ["넘을"]),
])
def test_a_claim_that_drops_a_korean_negation_before_a_prospective_is_reported(language, claim, quote, dropped):
    assert _judged(claim, quote, language)[DENIED] == dropped


@pytest.mark.parametrize("language, claim, quote", [
    ("ko", "계약 금액이 26조 원을 넘지 않을 것이다.", "계약 금액이 26조 원을 넘지 않을 것이다"),
    ("ko", "정부는 공장을 지을 것이다.", "정부는 공장을 지을 것이다"),
    ("ko", "정부는 공장을 세웠다.", "정부는 공장을 짓지 않았다"),  # another verb; 공장을 is an object
])
def test_a_korean_claim_that_keeps_its_quotes_negation_or_affirmation_is_not_reported(language, claim, quote):
    assert _judged(claim, quote, language)[DENIED] == []


@pytest.mark.parametrize("language, claim, quote, hedges", [
    ("ar", "تدرس الحكومة بيع الأصول.", "وبحسب تقارير إعلامية، تدرس الحكومة بيع الأصول", ["بحسب تقارير"]),
    ("ar", "تدرس الحكومة بيع الأصول.", "ووفقا لتقارير إعلامية، تدرس الحكومة بيع الأصول", ["وفقا لتقارير"]),
    ("ar", "تدرس الرياض تحويل ودائعها.", "بحسب تقارير إعلامية، تدرس الرياض تحويل ودائعها", ["بحسب تقارير"]),
    ("ar", "وبحسب تقارير إعلامية، تدرس الحكومة بيع الأصول.", "وبحسب تقارير إعلامية، تدرس الحكومة بيع الأصول", []),
    # 据悉 is how Chinese news brings in what it learned, no hedge; 据称 and 据传 are
    ("zh", "两国领导人会晤计划于下半年在北京举行。", "据悉，两国领导人会晤计划于下半年在北京举行", []),
    ("zh", "峰会在北京举行。", "据传峰会在北京举行。", ["据传"]),
    ("en", "The deal was signed.", "The deal was reportedly signed.", ["reportedly"]),
])
def test_the_hedges_a_claim_drops(language, claim, quote, hedges):
    assert _judged(claim, quote, language, language)[HEDGES] == hedges


def test_hedges_are_given_without_the_words_glued_before_them():
    assert hedges_in("وبحسب تقارير إعلامية، تدرس الحكومة", "ar") == ["بحسب تقارير"]
    assert hedges_in("والشائعات كثيرة", "ar") == ["شائعات"]
    assert hedges_in("据悉，会晤计划于下半年举行。", "zh") == []
    assert hedges_in("It was reportedly signed.") == ["reportedly"]


def test_a_spanish_debe_plans_the_verb_after_it():
    """"debe ser aprobado" (is still to be approved) is a plan, as Portuguese "deve ser aprovado" is; "debe
    500 millones" (owes) plans nothing."""
    assert _judged("El préstamo fue aprobado.", "El préstamo todavía debe ser aprobado.", "es")[DONE] == ["aprobado"]
    assert _judged("El préstamo debe ser aprobado.", "El préstamo todavía debe ser aprobado.", "es")[DONE] == []
    assert _judged("El país aprobó el préstamo.", "El país debe 500 millones.", "es")[DONE] == []


WORDS = 2  # Reader.unsupported's list of other words, where a negation its quotes lack is listed


@pytest.mark.parametrize("language, claim, quote", [
    ("fr", "Date non encore fixée.", "Aucune date n'a encore été fixée."),
    ("fr", "Aucune date n'a été fixée.", "La date n'a pas été fixée."),
    ("es", "No fue confirmado por las partes.", "Ninguna de las dos partes lo confirmó."),
    ("de", "Es gibt keinen Termin.", "Der Termin steht noch nicht fest."),
    ("nl", "Er is geen datum.", "De datum is niet vastgesteld."),
    ("pt", "Não houve acordo.", "Nenhum acordo foi alcançado."),
])
def test_a_negation_its_quotes_write_in_other_words_is_theirs(language, claim, quote):
    judged = _judged(claim, quote, language)
    assert judged[DENIED] == [] and not {"non", "Aucune", "No", "keinen", "geen", "Não"} & set(judged[WORDS])


@pytest.mark.parametrize("language, claim, quote", [
    ("fr", "Aucune date n'a été fixée.", "La date a été fixée."),
    ("es", "Nadie firmó el acuerdo.", "Las partes firmaron el acuerdo."),
])
def test_a_negation_no_quote_writes_is_still_listed(language, claim, quote):
    assert {"Aucune", "Nadie"} & set(_judged(claim, quote, language)[WORDS])
