"""The overreach check's English doubts: a modal or an adverb of likelihood
("could cost", "is likely to cut", "will most likely cut", "was practically
closed") and a clause left open ("did not say whether …", "it is unclear if
…") that a claim drops, saying who said it or not; "unlikely" told as
"likely"; and words of consideration ("is considering a ban", "weighs",
"mulls") whose deed a claim tells as done; and an irregular past ("told",
"held") read as its base against a negation or a plan."""
import pytest

from test_overreach import _judged, forum, warnings

ARTICLE = """\
Forum report
On 9 August 2024, the forum met in Astana.
The ministry did not say whether the forum would be held again in 2025.
Analysts said the forum could cost the city 3 billion tenge.
Analysts say the target is unlikely to be met.
Kazakhstan is considering a ban on grain exports.
"""

DENIED, DONE, HEDGES = 3, 4, 5  # Reader.unsupported's lists


@pytest.mark.parametrize("text, quote, said", [
    ("The ministry said the forum would be held again in 2025.",
     "The ministry did not say whether the forum would be held again in 2025.",
     "as certain, what its quotes hedge: did not say whether"),
    ("Analysts said the forum will cost the city 3 billion tenge.",
     "Analysts said the forum could cost the city 3 billion tenge.", "as certain, what its quotes hedge: could"),
    ("Analysts say the target is likely to be met.", "Analysts say the target is unlikely to be met.",
     "without the negation its quotes write: likely"),
    ("Analysts said the forum could cost the city 3 billion tenge.",
     "Analysts said the forum could cost the city 3 billion tenge.", None),
    ("Kazakhstan has banned grain exports.", "Kazakhstan is considering a ban on grain exports.",
     "as done, what its quotes only intend: banned"),
    ("Kazakhstan weighs a ban on grain exports.", "Kazakhstan is considering a ban on grain exports.", None),
])
def test_a_dropped_doubt_or_consideration_warns_at_the_claim(make_project, text, quote, said):
    files = forum((text, quote))
    files["seeds/article.txt"] = ARTICLE
    found = [d.message for d in warnings(make_project(files))]
    assert found == ([] if said is None else
                     [f"claim 2 of forum 'astana-forum-2024' states what none of its quotes does: {said}"])


@pytest.mark.parametrize("claim, quote, hedges", [
    ("The Commission said the instrument would be legally binding.",
     "The Commission did not say whether the instrument would be legally binding.", ["did not say whether"]),
    ("The instrument will be legally binding.",
     "It is unclear if the instrument will be legally binding.", ["unclear if"]),
    ("The ministry said the deal would be signed in May.",
     "The ministry declined to say whether the deal would be signed in May.", ["declined to say whether"]),
    ("Officials confirmed that the plant would reopen.",
     "Officials would not confirm whether the plant would reopen.", ["would not confirm whether"]),
    ("The plant will reopen.", "It was not clear whether the plant will reopen, officials said.",
     ["not clear whether"]),
    ("The central bank will cut rates in the first quarter.",
     "The central bank will most likely cut rates in the first quarter.", ["most likely"]),
    ("The bank said it would cut rates in March.", "The bank said it was likely to cut rates in March.", ["likely"]),
    ("Analysts said the deal will cost farmers 3 billion euros.",
     "Analysts said the deal could cost farmers 3 billion euros.", ["could"]),
    ("The minister said the deal was closed.", "The minister said the deal was practically closed.", ["practically"]),
    ("The fund doubled its stake.", "The fund almost doubled its stake.", ["almost"]),
    ("The government signed a contract for four frigates.",
     "The government has all but signed a contract for four frigates.", ["all but"]),
    # an amount a thing only could come to, told as what it is
    ("The contract is worth $2.4 billion.",
     "The contract could reach $2.4 billion once maintenance is included.", ["could"]),
    ("Officials said the repairs cost $40 million.", "The repairs may top $40 million.", ["may"]),
    ("The talks will collapse.", "The talks may well collapse.", ["may well"]),
    ("The bank cut rates in March.", "The bank probably cut rates in March.", ["probably"]),
])
def test_a_doubt_the_claim_drops_is_reported_even_where_it_says_who_said_it(claim, quote, hedges):
    assert _judged(claim, quote, "en")[HEDGES] == hedges


def test_unlikely_told_as_likely_drops_a_negation():
    assert _judged("Analysts say the target is likely to be met.", "Analysts say the target is unlikely to be met.",
                   "en")[DENIED] == ["likely"]


@pytest.mark.parametrize("claim, quote", [
    # the claim keeps the doubt, in its words or in others
    ("The bank is likely to cut rates.", "The bank is likely to cut rates."),
    ("The bank will probably cut rates.", "The bank is likely to cut rates."),
    ("The deal could cost farmers 3 billion euros.", "The deal could cost farmers 3 billion euros."),
    ("The Commission did not say whether the instrument would be binding.",
     "The Commission did not say whether the instrument would be binding."),
    ("Analysts say the target is unlikely to be met.", "Analysts say the target is unlikely to be met."),
    ("The target is not likely to be met.", "The target is unlikely to be met."),
    # what the doubt does not touch: another clause, an amount's bound, a word the quote also states plainly
    ("The Commission proposed an instrument.",
     "The Commission proposed an instrument but did not say whether it would be binding."),
    ("Nearly 40 people died.", "Nearly 40 people died."),
    ("The government has all but signed the contract.", "The government has all but signed the contract."),
    ("All but two states signed the treaty.", "All but two states signed the treaty."),
    ("The contract could be worth $2.4 billion.", "The contract could reach $2.4 billion."),
    ("The contract is worth $2.4 billion.", "The contract is worth $2.4 billion and could reach $3 billion."),
    ("Japan will invest $2 billion.", "Japan will invest $2 billion and could invest more later."),
    ("In May the deal was signed.", "In May the deal was signed."),  # "May" the month
    ("The bank cut rates.", "The bank may not cut rates again, but it cut rates in May."),
])
def test_a_claim_that_keeps_a_doubt_or_states_what_is_not_doubted_is_not_reported(claim, quote):
    judged = _judged(claim, quote, "en")
    assert judged[HEDGES] == [] and judged[DENIED] == []


def test_a_plan_told_as_done_is_reported_once_not_again_as_a_doubt():
    assert _judged("Officials said the forum was held in March 2026.",
                   "Officials said the forum could be held in March 2026.", "en")[DONE:HEDGES + 1] == (["held"], [])


@pytest.mark.parametrize("language, text", [
    ("en", "In May the summit was held."),
    ("en", "It is clear whether the plan works."),
    ("en", "They asked whether the plant would reopen."),
    ("de", "Das Abkommen könnte im Mai unterzeichnet werden."),  # no list in German: read by none
])
def test_words_that_look_like_a_doubt_are_none(language, text):
    from briefgen.hedges import doubts_in
    assert doubts_in(text, language) == []


CONSIDERING = "Indonesia is considering a ban on nickel matte exports."


@pytest.mark.parametrize("claim, quote, done", [
    ("Indonesia has banned nickel matte exports.", CONSIDERING, ["banned"]),
    ("Indonesia bans nickel matte exports.", CONSIDERING, ["bans"]),
    ("Indonesia banned nickel exports.", "Indonesia weighs an export ban on nickel.", ["banned"]),
    ("Indonesia banned nickel exports.", "Indonesia is mulling a nickel ore export ban, officials said.", ["banned"]),
    ("Indonesia banned nickel exports.", "Indonesia is looking at new bans on nickel exports.", ["banned"]),
    ("Indonesia banned nickel exports.", "Indonesia is studying the possibility of a ban on nickel exports.",
     ["banned"]),
    ("The ministry banned nickel exports.", "The ministry proposed banning nickel exports.", ["banned"]),
    ("The ministry banned nickel exports.", "The ministry proposed a ban on nickel exports.", ["banned"]),
    ("The EU taxed imports.", "The EU is also discussing a tax on imports.", ["taxed"]),
])
def test_a_deed_its_quote_only_considers_that_the_claim_tells_as_done_is_reported(claim, quote, done):
    assert _judged(claim, quote, "en")[DONE] == done


@pytest.mark.parametrize("claim, quote", [
    ("Indonesia is considering a ban on nickel matte exports.", CONSIDERING),
    ("Indonesia weighs a ban on nickel matte exports.", CONSIDERING),
    ("Indonesia considered a ban on nickel matte exports.", CONSIDERING),
    ("A ban on nickel matte exports is being considered.", CONSIDERING),
    # the noun, not the deed; a deed the quote tells as done elsewhere; "proposed" as an adjective
    ("The ban on nickel exports was discussed.", "Ministers are discussing the ban on nickel exports."),
    ("The deal was signed in May.", "Ministers are discussing the deal, which was signed in May."),
    ("Indonesia banned nickel exports.",
     "Indonesia, which banned nickel exports in 2020, is considering a ban on bauxite."),
    ("The ban was adopted.", "The proposed ban was adopted."),
    ("The risk was priced in.", "The ban is considered a risk, and the risk was priced in."),
])
def test_a_deed_told_as_its_quote_tells_it_is_not_reported(claim, quote):
    assert _judged(claim, quote, "en")[DONE] == []


# An irregular past is its verb's base where a negation or a word of intent stands before the base.
@pytest.mark.parametrize("claim, quote, which, said", [
    ("The ministry told reporters the deal was signed.", "The ministry did not tell reporters the deal was signed.",
     DENIED, ["told"]),
    ("Japan met the target.", "Japan did not meet the target.", DENIED, ["met"]),
    ("Japan held talks with Kenya.", "Japan will hold talks with Kenya.", DONE, ["held"]),
    ("Kenya sold the stake.", "Kenya plans to sell the stake.", DONE, ["sold"]),
    # ... and told as its quote tells it
    ("Japan met the target.", "Japan did not meet the target in May but met it in June.", DENIED, []),
    ("Japan held talks with Kenya.", "Japan held talks with Kenya.", DONE, []),
    ("Japan will hold talks with Kenya.", "Japan will hold talks with Kenya.", DONE, []),
])
def test_an_irregular_past_drops_the_negation_or_the_plan_of_its_base(claim, quote, which, said):
    assert _judged(claim, quote, "en")[which] == said


def test_an_irregular_past_supports_no_name_its_base_makes():
    # "met" is "meet" only against a negation or a plan: the name "Meeting" is no word of the quote's
    assert _judged("The forum met at the Consultative Meeting.", "The forum met in Astana.", "en")[1] == [
        "Consultative", "Meeting"]


@pytest.mark.parametrize("claim, quote", [
    # The quote answers its own open question in another clause, by a pronoun: its verb there is stated.
    ("Germany backed the deal on Monday.",
     "France has not decided whether to back the deal, but Germany backed it on Monday."),
    ("The bank raised rates on Thursday.",
     "The bank did not say whether it would raise rates again, after it raised them on Thursday."),
    ("Germany backed the deal on Monday.",
     "France has not decided whether to back the deal, but Germany backed the deal on Monday."),
    # The claim keeps the doubt in words of its own: an expectation, "all but", "no indication whether".
    ("The Commission gave no indication whether the instrument would be legally binding.",
     "The Commission did not say whether the instrument would be legally binding."),
    ("The bank is expected to cut rates in March.", "The bank is likely to cut rates in March."),
    ("The deal was all but closed on Friday.", "The deal was practically closed on Friday."),
    ("The bank is set to cut rates in March.", "The bank will probably cut rates in March."),
    ("Analysts said the bank is not expected to cut rates in March.",
     "It is unlikely that the bank will cut rates in March."),
])
def test_a_doubt_answered_in_the_quote_or_kept_in_other_words_is_not_reported(claim, quote):
    assert _judged(claim, quote, "en")[HEDGES] == []


@pytest.mark.parametrize("claim, quote, hedges", [
    # Another verb, or the same one without a pronoun for what is doubted, answers nothing.
    ("Germany backed the deal on Monday.",
     "France has not decided whether to back the deal, but Germany backed the plan on Monday.",
     ["has not decided whether"]),
    ("The bank said it would raise rates again.",
     "The bank did not say whether it would raise rates again, after it cut them on Thursday.",
     ["did not say whether"]),
    ("The Commission said the instrument would be legally binding.",
     "The Commission gave no indication whether the instrument would be legally binding.",
     ["no indication whether"]),
    ("The bank will cut rates in March.", "The bank is likely to cut rates in March.", ["likely"]),
])
def test_a_doubt_neither_answered_nor_kept_is_still_reported(claim, quote, hedges):
    assert _judged(claim, quote, "en")[HEDGES] == hedges


@pytest.mark.parametrize("text, quote", [
    ("Kazakhstan backed the forum on Monday.",
     "Japan has not decided whether to back the forum, but Kazakhstan backed it on Monday."),
    ("Analysts said the forum is expected to cost the city 3 billion tenge.",
     "Analysts said the forum could cost the city 3 billion tenge."),
])
def test_a_doubt_answered_or_kept_warns_nothing_at_the_claim(make_project, text, quote):
    files = forum((text, quote))
    files["seeds/article.txt"] = ARTICLE + ("" if quote in ARTICLE else quote + "\n")
    assert [d.message for d in warnings(make_project(files)) if "hedge" in d.message] == []


@pytest.mark.parametrize("text, keeps", [
    ("The bank is expected to cut rates in March.", True),
    ("The bank is set to cut rates.", True),
    ("The deal was all but closed.", True),
    ("Officials gave no indication whether the plant would reopen.", True),
    ("The bank said it would cut rates.", False),
    ("The rate was set to 4% in March.", False),  # an amount after "to": no expectation
])
def test_a_claims_own_doubt_or_expectation_keeps_its_quotes_doubt(text, keeps):
    from briefgen.hedges import keeps_doubt
    assert keeps_doubt(text, "en") is keeps


@pytest.mark.parametrize("claim, quote", [
    # A definite or possessive object names a thing already there, not a deed considered.
    ("The court ruled on Monday that the mining law was unconstitutional.",
     "The government is studying the ruling the court issued on Monday, which found the mining law "
     "unconstitutional."),
    ("The court ruled against NorthOre on Monday.", "NorthOre is studying Monday's ruling against it."),
    ("The court ruled against NorthOre on Monday.", "NorthOre is studying the ruling, which the court issued on Monday."),
    ("The court ruled the law unconstitutional.",
     "Lawyers are examining the ruling that declared the law unconstitutional."),
    ("The regulator fined Acme in May.", "Acme is weighing its response to the court's fine."),
    ("The board decided to sell.", "Investors are debating the board's decision to sell."),
    ("The EU banned imports.", "Ministers are discussing this ban on imports."),
])
def test_a_definite_object_of_consideration_is_no_deed_considered(claim, quote):
    assert _judged(claim, quote, "en")[DONE] == []


@pytest.mark.parametrize("claim, quote", [
    # ... while an indefinite one, or a definite one that is only proposed, is still a deed to come
    ("Indonesia banned nickel exports.", "Indonesia is considering the proposed ban on nickel exports."),
    ("Indonesia banned nickel exports.", "Indonesia is weighing a possible ban on nickel exports."),
    ("Indonesia banned nickel exports.", "Indonesia is studying the option of a ban on nickel exports."),
])
def test_an_indefinite_or_proposed_object_of_consideration_is_still_a_deed_considered(claim, quote):
    assert _judged(claim, quote, "en")[DONE] == ["banned"]


def test_studying_a_ruling_warns_nothing_at_the_claim(make_project):
    files = forum(("The forum ruled on Monday that the grain ban was unlawful.",
                   "Kazakhstan is studying the ruling the forum issued on Monday, which found the grain ban unlawful."))
    files["seeds/article.txt"] = ARTICLE + "Kazakhstan is studying the ruling the forum issued on Monday, " \
                                           "which found the grain ban unlawful.\n"
    assert [d.message for d in warnings(make_project(files)) if "intend" in d.message] == []


@pytest.mark.parametrize("claim, quote", [
    # "could" is also the past of "can", "may" a permission: a claim that tells an ability or a permission reads it so
    ("The court allowed the company to keep its mining licence.",
     "The court ruled that the company could keep its mining licence."),
    ("Fans were able to buy tickets online from Monday.", "Fans could buy tickets online from Monday."),
    ("The judge let the company appeal within 30 days.",
     "The judge ruled that the company could appeal within 30 days."),
    ("Under the ruling, the company can keep its licence.", "Under the ruling, the company could keep its licence."),
    ("Residents were permitted to return home on Sunday.", "Residents could return home on Sunday, police said."),
    ("The regulator said Acme is free to sell the plant.", "The regulator said Acme may sell the plant."),
])
def test_could_or_may_told_as_an_ability_or_a_permission_is_not_reported(claim, quote):
    assert _judged(claim, quote, "en")[HEDGES] == []


@pytest.mark.parametrize("claim, quote, hedges", [
    # ... not where the claim tells a deed, nor where the permission is itself what is doubted
    ("The company will keep its mining licence.",
     "The court ruled that the company could keep its mining licence.", ["could"]),
    ("The court will allow the company to keep its licence.",
     "The court could allow the company to keep its licence.", ["could"]),
    ("Analysts said the deal will cost farmers 3 billion euros, allowing imports.",
     "Analysts said the deal could cost farmers 3 billion euros.", ["could"]),
    ("The bank was able to cut rates.", "The bank is likely to cut rates.", ["likely"]),
])
def test_could_told_as_a_deed_or_a_permission_it_doubts_is_still_reported(claim, quote, hedges):
    assert _judged(claim, quote, "en")[HEDGES] == hedges


def test_a_permission_told_as_one_warns_nothing_at_the_claim(make_project):
    files = forum(("The court allowed Kazakhstan to keep the forum in Astana.",
                   "The court ruled that Kazakhstan could keep the forum in Astana."))
    files["seeds/article.txt"] = ARTICLE + "The court ruled that Kazakhstan could keep the forum in Astana.\n"
    assert [d.message for d in warnings(make_project(files)) if "hedge" in d.message] == []


@pytest.mark.parametrize("claim, quote, said", [
    # An irregular past that is as often another word is its verb's where the quote writes the verb after the
    # same word: the doubt, or the plan, it tells as done.
    ("The death toll rose to 14.", "The death toll could rise to 14, the governor said.", (["rose"], [])),
    ("Prices fell 3% in May.", "Prices are likely to fall 3% in May.", ([], ["likely"])),
    ("The study found no link.", "The study could find no link.", (["found"], [])),
    # ... and told as its quote tells it, or another word
    ("The death toll rose to 14.", "The death toll rose to 14, the governor said.", ([], [])),
    ("The death toll could rise to 14.", "The death toll could rise to 14, the governor said.", ([], [])),
    ("The governor laid a rose at the memorial.",
     "The governor laid a rose at the memorial and said the toll could rise.", ([], [])),
])
def test_an_ambiguous_irregular_past_after_the_quotes_subject_is_its_verb(claim, quote, said):
    assert _judged(claim, quote, "en")[DONE:HEDGES + 1] == said


def test_a_doubted_rise_told_as_risen_warns_at_the_claim(make_project):
    quote = "The forum's cost could rise to 3 billion tenge, analysts said."
    files = forum(("The forum's cost rose to 3 billion tenge.", quote))
    files["seeds/article.txt"] = ARTICLE + quote + "\n"
    assert [d.message for d in warnings(make_project(files))] == [
        "claim 2 of forum 'astana-forum-2024' states what none of its quotes does: "
        "as done, what its quotes only intend: rose"]
