"""The overreach check's negations and hedges in Arabic and Japanese: an
Arabic verb denied by لم, لن or لا before it ("لم يوقع", "لن تستثمر") that a
claim tells in its past or future ("وقع", "ستستثمر"); a Japanese verb denied
after it ("署名しなかった", "投資しない", "訪問していない") that a claim tells
affirmed; and the Arabic hedges ربما (perhaps) and أفادت تقارير (reports
said)."""
import pytest

from briefgen import check, overreach

from test_overreach import _judged

DENIED, HEDGES = 3, 5  # Reader.unsupported's lists


@pytest.mark.parametrize("language, claim, quote, dropped", [
    ("ar", "وقع الوزير الاتفاقية في القاهرة.", "لم يوقع الوزير الاتفاقية في القاهرة.", ["وقع"]),
    ("ar", "ستستثمر الشركة 3 ملايين دولار في المشروع.", "لن تستثمر الشركة ٣ ملايين دولار في المشروع.",
     ["ستستثمر"]),
    ("ar", "سيوقع الوزير الاتفاقية.", "لن يوقع الوزير الاتفاقية.", ["سيوقع"]),
    ("ar", "أعلن الوزير موعد القمة.", "لم يعلن الوزير موعد القمة.", ["أعلن"]),
    ("ar", "استثمرت الشركة في المشروع.", "ولم تستثمر الشركة في المشروع.", ["استثمرت"]),  # her past's ت
    ("ar", "وقعت الحكومة الاتفاقية.", "لم توقع الحكومة الاتفاقية.", ["وقعت"]),
    ("ar", "استثمروا في المشروع.", "لم يستثمروا في المشروع.", ["استثمروا"]),
    ("ar", "ضخت الشركة 3 ملايين دولار.", "لا تضخ الشركة ٣ ملايين دولار.", ["ضخت"]),
    ("ja", "日本政府は協定に署名した。", "日本政府は協定に署名しなかった。", ["署名した"]),
    ("ja", "日本はカザフスタンに投資する。", "日本はカザフスタンに投資しない。", ["投資する"]),
    ("ja", "首相はアスタナを訪問した。", "首相はアスタナを訪問していない。", ["訪問した"]),
    ("ja", "両国は協定に署名しました。", "両国は協定に署名しませんでした。", ["署名しました"]),
    ("ja", "政府は計画を承認した。", "政府は計画を承認せず、再検討を求めた。", ["承認した"]),
    ("ja", "両国は協定を結んだ。", "両国は協定を結ばなかった。", ["結んだ"]),
    ("ja", "政府は方針を決めた。", "政府は方針を決めていない。", ["決めた"]),
])
def test_a_claim_that_drops_a_negation_of_its_quotes_verb_is_reported(language, claim, quote, dropped):
    assert _judged(claim, quote, language)[DENIED] == dropped


@pytest.mark.parametrize("language, claim, quote", [
    # the negation kept
    ("ar", "لم يوقع الوزير الاتفاقية في القاهرة.", "لم يوقع الوزير الاتفاقية في القاهرة."),
    ("ar", "لن تستثمر الشركة 3 ملايين دولار في المشروع.", "لن تستثمر الشركة ٣ ملايين دولار في المشروع."),
    ("ja", "日本政府は協定に署名しなかった。", "日本政府は協定に署名しなかった。"),
    ("ja", "日本はカザフスタンに投資しない。", "日本はカザフスタンに投資しない。"),
    ("ja", "首相はアスタナを訪問していない。", "首相はアスタナを訪問していない。"),
    # another verb denied
    ("ar", "وقع الوزير الاتفاقية.", "وقع الوزير الاتفاقية ولم يعلن موعد تنفيذها."),
    ("ja", "首相はアスタナを訪問した。", "首相はアスタナを訪問したが、協定には署名しなかった。"),
    # the affirmation as its quote writes it
    ("ar", "وقع الوزير الاتفاقية.", "وقع الوزير الاتفاقية."),
    ("ja", "日本政府は協定に署名した。", "日本政府は協定に署名した。"),
    # no verb denied: "不明" and "少ない" are no negated verbs
    ("ja", "投資額は少ない。", "投資額は少ない。"),
])
def test_a_claim_that_keeps_its_quotes_negation_or_affirmation_is_not_reported(language, claim, quote):
    assert _judged(claim, quote, language)[DENIED] == []


@pytest.mark.parametrize("language, claim, quote, hedges", [
    ("ar", "زار الوفد الرياض.", "قال المتحدث إن الوفد ربما يزور الرياض الأسبوع المقبل.", ["ربما"]),
    ("ar", "خصصت الحكومة 200 مليون دولار للمشروع.", "وأفادت تقارير بأن الحكومة خصصت ٢٠٠ مليون دولار للمشروع.",
     ["أفادت تقارير"]),
    ("ar", "خصصت الحكومة 200 مليون دولار للمشروع.", "ذكرت تقارير إعلامية أن الحكومة خصصت ٢٠٠ مليون دولار للمشروع.",
     ["ذكرت تقارير"]),
    ("ar", "وقعت الشركة العقد.", "وقعت الشركة العقد على ما يبدو.", ["على ما يبدو"]),
])
def test_an_arabic_hedge_the_claim_drops_is_reported(language, claim, quote, hedges):
    assert _judged(claim, quote, language)[HEDGES] == hedges


@pytest.mark.parametrize("language, claim, quote", [
    ("ar", "ربما يزور الوفد الرياض.", "قال المتحدث إن الوفد ربما يزور الرياض الأسبوع المقبل."),
    ("ar", "أفادت تقارير بأن الحكومة خصصت 200 مليون دولار.", "وأفادت تقارير بأن الحكومة خصصت ٢٠٠ مليون دولار."),
    ("ar", "خصصت الحكومة 200 مليون دولار.", "خصصت الحكومة ٢٠٠ مليون دولار وفق التقرير السنوي."),
])
def test_an_arabic_claim_that_keeps_the_hedge_or_whose_quote_has_none_is_not_reported(language, claim, quote):
    assert _judged(claim, quote, language)[HEDGES] == []


def test_an_arabic_brief_warns_of_each_negation_and_hedge_its_claims_drop(make_project):
    sentences = ["لم يوقع الوزير الاتفاقية في القاهرة.", "لن تستثمر الشركة ٣ ملايين دولار في المشروع.",
                 "قال المتحدث إن الوفد ربما يزور الرياض الأسبوع المقبل.",
                 "وأفادت تقارير بأن الحكومة خصصت ٢٠٠ مليون دولار للمشروع."]
    claims = ["وقع الوزير الاتفاقية في القاهرة.", "ستستثمر الشركة 3 ملايين دولار في المشروع.", "زار الوفد الرياض.",
              "خصصت الحكومة 200 مليون دولار للمشروع."]
    cited = "".join(f"""
                - text: {claim}
                  cite:
                    - source: k
                      quote: "{sentence}"
""" for claim, sentence in zip(claims, sentences))
    root = make_project({
        "briefgen.toml": '[site]\ntitle = "موجز"\nlanguage = "ar"\n',
        "seeds/k.md": "---\ntitle: خبر\npublished: 2025-11-21\nlanguage: ar\n---\n" + "\n".join(sentences) + "\n",
        "content/meetings.yaml": """
            - id: m1
              name: اجتماع
              date: 2025-11-20
              claims:""" + cited,
    }, base=None)
    messages = [d.format() for d in check(root).diagnostics.items]
    for what in ("without the negation its quotes write: وقع", "without the negation its quotes write: ستستثمر",
                 "as certain, what its quotes hedge: ربما", "as certain, what its quotes hedge: أفادت تقارير"):
        assert any(what in m for m in messages), (what, messages)


@pytest.mark.parametrize("claim, quote", [
    ("日本政府は協定に署名しなかった。", "日本政府は協定に署名した。"),
    ("日本はカザフスタンに投資しない。", "日本はカザフスタンに投資する。"),
])
def test_a_japanese_claim_that_adds_a_negation_warns(claim, quote):
    words = _judged(claim, quote, "ja")[2]
    found = overreach.Overreach("f", "figure", 1, None, claim, (), (), tuple(words), language="ja")
    assert found.negations and found.warned


def test_a_japanese_quote_cut_before_its_negation_is_told_so(make_project):
    root = make_project({
        "briefgen.toml": '[site]\ntitle = "報告"\nlanguage = "ja"\n',
        "seeds/neg.md": "---\ntitle: 記事\npublished: 2025-11-21\nlanguage: ja\n---\n日本政府は協定に署名しなかった。\n"
                        "首相はアスタナを訪問した。\n会談は2025年11月20日に行われた。\n",
        "content/meetings.yaml": """
            - id: m1
              name: 会談
              date: 2025-11-20
              claims:
                - text: 日本政府は協定に署名しなかった。
                  cite:
                    - source: neg
                      quote: 日本政府は協定に署名
                - text: 首相はアスタナを訪問した。
                  cite:
                    - source: neg
                      quote: 首相はアスタナを訪問
                - text: 会談は2025年11月20日に行われた。
                  cite:
                    - source: neg
                      quote: 会談は2025年11月20日に行われた。
""",
    }, base=None)
    messages = [d.format() for d in check(root).diagnostics.items]
    cut = [m for m in messages if "negates this quote" in m]
    assert len(cut) == 1 and "署名しなかった" in cut[0], messages


@pytest.mark.parametrize("claim, quote", [
    # the negation carried by another verb, or another form of it
    ("首相は中国の首脳と会談しなかった。", "首相は中国の首脳と会わなかった。"),
    ("大臣は現地を訪問しなかった。", "大臣は現地に行かなかった。"),
    ("政府は計画を変更しなかった。", "政府は計画を変えなかった。"),
    ("交渉は妥結しなかった。", "交渉はまとまらなかった。"),  # a verb in kana only
    ("同社は株主に配当を支払わなかった。", "同社は株主に配当を払わなかった。"),
    ("日本はカザフスタンへの投資を行わないと表明した。", "日本はカザフスタンに投資しないと表明した。"),
    ("両国は合意できなかった。", "両国は合意に至らなかった。"),
    ("政府は何もしなかった。", "政府は対策を講じなかった。"),
    # "has never": a negation too, in the claim or in its quote
    ("外相は中国を訪問したことはない。", "外相はこれまで中国を訪問していない。"),
    ("外相は中国を訪問していない。", "外相は中国を訪問したことがない。"),
    ("大臣は辞任しないと述べた。", "大臣は辞任する予定はないと述べた。"),  # a noun's "there is no"
])
def test_a_japanese_claim_that_keeps_its_quotes_negation_in_other_words_is_not_reported(claim, quote):
    judged = _judged(claim, quote, "ja")
    found = overreach.Overreach("f", "figure", 1, None, claim, (), (), tuple(judged[2]))
    assert (found.negations, judged[DENIED]) == ((), [])


@pytest.mark.parametrize("claim, quote, dropped", [
    ("外相は中国を訪問した。", "外相は中国を訪問したことはない。", ["訪問した"]),
    ("両国は協定を結んだ。", "両国は協定を結んだことがない。", ["結んだ"]),
])
def test_a_japanese_claim_that_drops_has_never_is_reported(claim, quote, dropped):
    assert _judged(claim, quote, "ja")[DENIED] == dropped


@pytest.mark.parametrize("claim, quote", [
    ("首相は中国の首脳と会談しなかった。", "首相は中国の首脳と会談した。"),
    ("交渉は妥結しなかった。", "交渉はまとまった。"),
])
def test_a_japanese_claim_that_negates_what_its_quote_affirms_still_warns(claim, quote):
    words = _judged(claim, quote, "ja")[2]
    found = overreach.Overreach("f", "figure", 1, None, claim, (), (), tuple(words), language="ja")
    assert found.negations and found.warned


def test_only_is_no_negation_of_a_japanese_verb():
    """"3億ドルしか投資しなかった" (invested only $300 million) invested: a claim that it did drops nothing."""
    assert _judged("日本は同国に3億ドルを投資した。", "日本は同国に3億ドルしか投資しなかった。", "ja")[DENIED] == []


JA_TRANSLATED = [
    ("日本政府はカザフスタンとの協定に署名しなかった。",
     "The Japanese government did not sign the agreement with Kazakhstan."),
    ("外相はまだ中国を訪問していない。", "The foreign minister has not yet visited China."),
    ("支援は5億ドルを下回らない見通しだ。", "Support is expected not to fall below 500 million dollars."),
    ("大臣は辞任する考えはないと述べた。", "The minister said he had no intention of resigning."),
    ("交渉はまとまらなかった。", "The talks did not reach a deal."),
    ("外相は中国を訪問したことがない。", "The foreign minister has never visited China."),
    ("その計画は実現しないのではないかとの懸念が広がっている。",
     "Concerns are spreading that the plan might not be realised."),
    ("日本は同国に3億ドルしか投資しなかった。", "Japan invested only 300 million dollars in the country."),
    # a negative ending that denies nothing: may, must, merely
    ("両国は来年、経済連携協定に署名するかもしれない。", "The two countries may sign the agreement next year."),
    ("政府は法案を提出しなくてはならない。", "The government must submit the bill."),
    ("支援額は要請の一部に過ぎない。", "The support is merely part of the request."),
    ("会議は2026年11月17日に東京で開催された。", "The meeting was held in Tokyo on 17 November 2026."),
]


def _translation_warnings(make_project, pairs: list[tuple[str, str]]) -> list[str]:
    records = "".join(f"""
            - id: a{i}
              name: A{i}
              claims:
                - text: "{translation}"
                  cite:
                    - source: s
                      quote: "{quote}"
                      translation: "{translation}"
""" for i, (quote, translation) in enumerate(pairs))
    root = make_project({
        "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "en"\n',
        "seeds/s.md": "---\ntitle: T\npublished: 2026-11-18\nlanguage: ja\n---\n"
                      + "\n\n".join(quote for quote, _ in pairs) + "\n",
        "content/agreements.yaml": records,
    }, base=None)
    return [d.format() for d in check(root).diagnostics.items if "the translation" in d.message]


def test_a_faithful_translation_of_a_japanese_negation_is_not_told(make_project):
    assert _translation_warnings(make_project, JA_TRANSLATED) == []


@pytest.mark.parametrize("quote, translation, said", [
    ("日本政府は協定に署名した。", "The Japanese government did not sign the agreement.", "adds a negation"),
    ("日本政府は協定に署名しなかった。", "The Japanese government signed the agreement.", "drops the quote's negation"),
    ("交渉はまとまらなかった。", "The talks reached a deal.", "drops the quote's negation"),
])
def test_a_translation_that_adds_or_drops_a_japanese_negation_is_told(make_project, quote, translation, said):
    warned = _translation_warnings(make_project, [(quote, translation)])
    assert len(warned) == 1 and said in warned[0], warned
