"""Arabic a claim or a translation words otherwise than its quote, and means
the same: a hedge kept in words of its own ("قد يرفع" for "ربما يرفع": may
raise; "ذكرت وسائل إعلام" for "أفادت تقارير": the press said), and a negation
that denies nothing: "لا تزال" (still), "لم … إلا" (only), "لا سيما"
(especially)."""
import pytest

from briefgen import check, eventstatus, negations, overreach

from test_overreach import _judged

WORDS, DENIED, HEDGES = 2, 3, 5  # Reader.unsupported's lists


@pytest.mark.parametrize("claim, quote", [
    ("قد يرفع البنك الأهلي أسعار الفائدة في يناير.", "ربما يرفع البنك الأهلي أسعار الفائدة في يناير."),
    ("من الممكن أن تؤجل الحكومة الانتخابات إلى العام المقبل.", "ربما تؤجل الحكومة الانتخابات إلى العام المقبل."),
    ("يحتمل أن يرفع البنك المركزي أسعار الفائدة في ديسمبر.", "ربما يرفع البنك المركزي أسعار الفائدة في ديسمبر."),
    ("ومن المحتمل أن يرفع البنك المركزي أسعار الفائدة.", "ربما يرفع البنك المركزي أسعار الفائدة."),
    ("قال محللون إن الحكومة قد تخفض الدعم العام المقبل.", "قال محللون إن الحكومة ربما تخفض الدعم العام المقبل."),
    ("قد لا يرفع البنك أسعار الفائدة.", "ربما لا يرفع البنك أسعار الفائدة."),
    ("ذكرت وسائل إعلام أن الشركة ستسرح 500 موظف.", "وأفادت تقارير إعلامية بأن الشركة ستسرح 500 موظف."),
    ("نقلت مصادر أن الشركة ستسرح 500 موظف.", "وأفادت تقارير إعلامية بأن الشركة ستسرح 500 موظف."),
    ("وبحسب مصادر مطلعة، ستسرح الشركة 500 موظف.", "وأفادت تقارير إعلامية بأن الشركة ستسرح 500 موظف."),
    ("ستسرح الشركة 500 موظف وفق تقارير صحفية.", "وأفادت تقارير إعلامية بأن الشركة ستسرح 500 موظف."),
])
def test_a_claim_that_keeps_its_quotes_hedge_in_words_of_its_own_is_not_told_as_certain(claim, quote):
    assert _judged(claim, quote, "ar")[HEDGES] == []


@pytest.mark.parametrize("claim, quote, hedges", [
    # "قد" before a past tells a deed: "has signed", "has been signed"; "لقد" (indeed) too
    ("قد وقع الوزير الاتفاقية.", "ربما يوقع الوزير الاتفاقية.", ["ربما"]),
    ("وقد تم توقيع الاتفاقية.", "ربما يتم توقيع الاتفاقية.", ["ربما"]),
    ("لقد تراجعت الأسعار.", "ربما تراجعت الأسعار.", ["ربما"]),
    ("الشركة ستسرح 500 موظف.", "وأفادت تقارير إعلامية بأن الشركة ستسرح 500 موظف.", ["أفادت تقارير"]),
    # who said it is no hedge of a doubt: the analysts did not say it will be
    ("قال محللون إن الحكومة تخفض الدعم العام المقبل.", "قال محللون إن الحكومة ربما تخفض الدعم العام المقبل.",
     ["ربما"]),
])
def test_a_claim_that_tells_as_certain_what_its_quote_hedges_still_warns(claim, quote, hedges):
    assert _judged(claim, quote, "ar")[HEDGES] == hedges


@pytest.mark.parametrize("claim, quote", [
    ("ما زالت المفاوضات جارية بين الجانبين حول الرسوم الجمركية.",
     "لا تزال المفاوضات جارية بين الجانبين حول الرسوم الجمركية."),
    ("ما زال البنك المركزي يدرس خفض أسعار الفائدة.", "لا يزال البنك المركزي يدرس خفض أسعار الفائدة."),
    ("ما زال الوزراء يدرسون الخطة.", "ولم يزل الوزراء يدرسون الخطة."),
    ("ما زالت الشركة تبحث عن مستثمرين.", "لا تنفك الشركة تبحث عن مستثمرين."),
    ("استثمرت الشركة 3 ملايين دولار فقط في المشروع.", "لم تستثمر الشركة إلا 3 ملايين دولار في المشروع."),
    ("حضر الرئيس القمة ليوم واحد فقط.", "لم يحضر الرئيس القمة إلا ليوم واحد."),
    ("وقعت الحكومة اتفاقية مع البنك الدولي في مارس.", "لا سيما أن الحكومة وقعت اتفاقية مع البنك الدولي في مارس."),
])
def test_still_only_and_especially_deny_no_verb(claim, quote):
    assert _judged(claim, quote, "ar")[DENIED] == []


@pytest.mark.parametrize("claim, quote", [
    ("لا تزال المفاوضات جارية بين الجانبين.", "ما زالت المفاوضات جارية بين الجانبين."),
    ("لم تستثمر الشركة إلا 3 ملايين دولار في المشروع.", "استثمرت الشركة 3 ملايين دولار في المشروع."),
    ("وقعت الحكومة اتفاقية مع البنك الدولي، لا سيما في مارس.", "وقعت الحكومة اتفاقية مع البنك الدولي في مارس."),
])
def test_a_claim_that_writes_still_only_or_especially_adds_no_negation(claim, quote):
    words = _judged(claim, quote, "ar")[WORDS]
    assert overreach.Overreach("a", "agreement", 1, None, claim, (), (), tuple(words), language="ar").negations == ()


@pytest.mark.parametrize("claim, quote, dropped", [
    ("يزيل العمال الأنقاض.", "لا يزيل العمال الأنقاض.", ["يزيل"]),  # removes, no "still"
    ("وقع الوزير الاتفاقية.", "لم يوقع الوزير الاتفاقية إلا أنه أيدها.", ["وقع"]),  # إلا أن: however
    ("وقع الوزير الاتفاقية.", "لن يوقع الوزير الاتفاقية إلا إذا عدلت.", ["وقع"]),  # إلا إذا: unless
    ("وقع الوزير الاتفاقية.", "لم يوقع الوزير الاتفاقية ولا يدعم إلا الحوار.", ["وقع"]),  # إلا of another clause
])
def test_a_negation_that_denies_still_warns(claim, quote, dropped):
    assert _judged(claim, quote, "ar")[DENIED] == dropped


@pytest.mark.parametrize("text, status", [
    ("لم يحضر الرئيس القمة إلا ليوم واحد.", {"held"}),
    ("لم تنعقد القمة إلا في مارس.", {"held"}),
    ("لم تنعقد القمة.", {"cancelled"}),
    ("لم يحضر الرئيس القمة إلا أنه أرسل وفدا.", set()),  # إلا أن: however
])
def test_not_but_states_the_event_held_only_then(text, status):
    assert eventstatus.stated(text, "ar") == status


def test_an_amount_after_not_but_is_not_denied():
    text = "لم تستثمر الشركة إلا 3 ملايين دولار في المشروع."
    assert not negations.denies(text, text.index("3"), "ar")
    denied = "لم تستثمر الشركة 3 ملايين دولار في المشروع."
    assert negations.denies(denied, denied.index("3"), "ar")


def test_an_arabic_brief_passes_claims_that_keep_their_quotes_meaning(make_project):
    pairs = [
        ("ربما يرفع البنك الأهلي أسعار الفائدة في يناير.", "قد يرفع البنك الأهلي أسعار الفائدة في يناير."),
        ("ربما تؤجل الحكومة الانتخابات إلى العام المقبل.", "من الممكن أن تؤجل الحكومة الانتخابات إلى العام المقبل."),
        ("قال محللون إن الحكومة ربما تخفض الدعم العام المقبل.", "قال محللون إن الحكومة قد تخفض الدعم العام المقبل."),
        ("وأفادت تقارير إعلامية بأن الشركة ستسرح 500 موظف.", "ذكرت وسائل إعلام أن الشركة ستسرح 500 موظف."),
        ("لا تزال المفاوضات جارية بين الجانبين حول الرسوم الجمركية.",
         "ما زالت المفاوضات جارية بين الجانبين حول الرسوم الجمركية."),
        ("لم تستثمر الشركة إلا 3 ملايين دولار في المشروع.", "استثمرت الشركة 3 ملايين دولار فقط في المشروع."),
        ("لم يحضر الرئيس القمة إلا ليوم واحد.", "حضر الرئيس القمة ليوم واحد فقط."),
        # a guard: a negation dropped still warns
        ("لم يوقع وزير المالية الاتفاقية مع صندوق النقد الدولي.", "وقع وزير المالية الاتفاقية مع صندوق النقد الدولي."),
    ]
    cited = "".join(f"""
                - text: "{claim}"
                  cite:
                    - source: k
                      quote: "{quote}"
""" for quote, claim in pairs)
    root = make_project({
        "briefgen.toml": '[site]\ntitle = "موجز"\nlanguage = "ar"\n',
        "seeds/k.md": "---\ntitle: خبر\npublished: 2026-11-18\nlanguage: ar\n---\n"
                      + "\n\n".join(quote for quote, _ in pairs) + "\n",
        "content/agreements.yaml": """
            - id: a1
              name: اتفاق
              claims:""" + cited,
    }, base=None)
    warned = [d.message for d in check(root).diagnostics.items if "states what none of its quotes does" in d.message]
    assert warned == ["claim 8 of agreement 'a1' states what none of its quotes does: without the negation its "
                      "quotes write: وقع"], warned


def translation_warnings(make_project, quote: str, translation: str) -> list[str]:
    root = make_project({
        "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "en"\n',
        "seeds/k.md": f"---\ntitle: خبر\npublished: 2026-11-18\nlanguage: ar\n---\n{quote}\n",
        "content/agreements.yaml": f"""
            - id: a1
              name: A1
              claims:
                - text: "{translation}"
                  cite:
                    - source: k
                      quote: "{quote}"
                      translation: "{translation}"
""",
    }, base=None)
    return [d.message for d in check(root).diagnostics.items if "translation" in d.message]


@pytest.mark.parametrize("quote, translation", [
    ("لا تزال المفاوضات جارية بين الجانبين حول الرسوم الجمركية.",
     "Negotiations are still ongoing between the two sides on customs tariffs."),
    ("لا يزال البنك المركزي يدرس خفض أسعار الفائدة.", "The central bank is still considering cutting interest rates."),
    ("لم تستثمر الشركة إلا 3 ملايين دولار في المشروع.", "The company invested only 3 million dollars in the project."),
    ("لا سيما أن الحكومة وقعت اتفاقية مع البنك الدولي في مارس.",
     "Especially since the government signed an agreement with the World Bank in March."),
    # "لم يحضر … إلا": he attended, if only for a day, as the translation says
    ("لم يحضر الرئيس القمة إلا ليوم واحد.", "The president attended the summit for only one day."),
])
def test_a_translation_of_still_only_or_especially_drops_no_negation(make_project, quote, translation):
    assert translation_warnings(make_project, quote, translation) == []


def test_a_translation_that_drops_an_arabic_negation_still_warns(make_project):
    assert translation_warnings(make_project, "لم يوقع وزير المالية الاتفاقية مع صندوق النقد الدولي.",
                                "The finance minister signed the agreement with the IMF.") == [
        "the translation drops the quote's negation"]
