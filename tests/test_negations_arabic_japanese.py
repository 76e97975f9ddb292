"""The overreach check's negations and hedges in Arabic: a verb denied by
لم, لن or لا before it ("لم يوقع", "لن تستثمر") that a claim tells in its
past or future ("وقع", "ستستثمر")."""
import pytest

from briefgen import check, overreach

from test_overreach import _judged

DENIED = 3  # Reader.unsupported's list of what a claim writes without its quotes' negation


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


def test_an_arabic_brief_warns_of_each_negation_its_claims_drop(make_project):
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
    for what in ("without the negation its quotes write: وقع", "without the negation its quotes write: ستستثمر"):
        assert any(what in m for m in messages), (what, messages)

