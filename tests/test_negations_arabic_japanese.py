"""The overreach check's negations and hedges in Arabic: a verb denied by
لم, لن or لا before it ("لم يوقع", "لن تستثمر") that a claim tells in its
past or future ("وقع", "ستستثمر"); and the hedges ربما (perhaps) and أفادت
تقارير (reports said)."""
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
])
def test_a_claim_that_drops_a_negation_of_its_quotes_verb_is_reported(language, claim, quote, dropped):
    assert _judged(claim, quote, language)[DENIED] == dropped


@pytest.mark.parametrize("language, claim, quote", [
    # the negation kept
    ("ar", "لم يوقع الوزير الاتفاقية في القاهرة.", "لم يوقع الوزير الاتفاقية في القاهرة."),
    ("ar", "لن تستثمر الشركة 3 ملايين دولار في المشروع.", "لن تستثمر الشركة ٣ ملايين دولار في المشروع."),
    # another verb denied
    ("ar", "وقع الوزير الاتفاقية.", "وقع الوزير الاتفاقية ولم يعلن موعد تنفيذها."),
    # the affirmation as its quote writes it
    ("ar", "وقع الوزير الاتفاقية.", "وقع الوزير الاتفاقية."),
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

