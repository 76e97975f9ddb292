"""The overreach check's plans and deeds in German and Portuguese: a German
strong or separable past ("fand … statt", "hat stattgefunden", "traf sich",
"unterschrieb") is a deed of the verb a plan writes in its infinitive
("soll stattfinden"); a "zu" infinitive after a verb of announcing or
promising ("kündigte an, 2 Milliarden zu investieren") is a plan, said in
the past or not."""
import pytest

from briefgen import check

from test_overreach import _judged

DONE = 4  # Reader.unsupported's list of what the claim tells as done


@pytest.mark.parametrize("claim, quote, done", [
    ("Der Gipfel fand im Juni statt.", "Der Gipfel soll im Juni stattfinden.", ["fand"]),
    ("Das Forum fand am 9. August in Astana statt.", "Das Forum wird am 9. August in Astana stattfinden.",
     ["fand"]),
    ("Der Gipfel hat im Juni stattgefunden.", "Der Gipfel soll im Juni stattfinden.", ["stattgefunden"]),
    ("Die Minister trafen sich in Berlin.", "Die Minister wollen sich in Berlin treffen.", ["trafen"]),
    ("Die Minister haben sich in Berlin getroffen.", "Die Minister wollen sich in Berlin treffen.", ["getroffen"]),
    ("Japan unterschrieb das Abkommen.", "Japan will das Abkommen unterschreiben.", ["unterschrieb"]),
    ("Japan hat das Abkommen unterschrieben.", "Japan will das Abkommen unterschreiben.", ["unterschrieben"]),
    ("Die Länder schlossen das Abkommen ab.", "Die Länder wollen das Abkommen abschließen.", ["schlossen"]),
    ("Der Bau ist abgeschlossen worden.", "Der Bau soll 2027 abgeschlossen werden.", ["abgeschlossen"]),
    ("Die Regierung gab die Mittel frei.", "Die Regierung wird die Mittel freigeben.", ["gab"]),
    ("Der Minister nahm am Gipfel teil.", "Der Minister wird am Gipfel teilnehmen.", ["nahm"]),
    # a plan announced in the past is still a plan
    ("Japan hat 2 Milliarden investiert.", "Japan kündigte an, 2 Milliarden zu investieren.", ["investiert"]),
    ("Japan investierte 2 Milliarden.", "Japan hat angekündigt, 2 Milliarden zu investieren.", ["investierte"]),
    ("Berlin hat den Hafen ausgebaut.", "Berlin versprach, den Hafen auszubauen.", ["ausgebaut"]),
    ("Die Partner unterzeichneten das Abkommen.", "Die Partner vereinbarten, das Abkommen im Mai zu unterzeichnen.",
     ["unterzeichneten"]),
    ("Japan hat in Kenia investiert.", "Japan reiste nach Kenia, um dort zu investieren.", ["investiert"]),
])
def test_a_german_plan_told_by_a_strong_or_separable_past_is_reported(claim, quote, done):
    assert _judged(claim, quote, "de")[DONE] == done


@pytest.mark.parametrize("claim, quote", [
    # a deed in a strong or separable form, told as its quote tells it
    ("Der Gipfel fand im Juni statt.", "Der Gipfel hat im Juni stattgefunden."),
    ("Der Gipfel hat im Juni stattgefunden.", "Der Gipfel fand im Juni statt."),
    ("Die Minister trafen sich in Berlin.", "Die Minister haben sich in Berlin getroffen."),
    ("Japan hat das Abkommen unterschrieben.", "Japan unterschrieb das Abkommen."),
    ("Der Bau wurde abgeschlossen.", "Der Bau ist abgeschlossen worden."),
    ("Das Abkommen wurde unterzeichnet.", "Das Abkommen wurde unterzeichnet."),
    # a deed beside its plan: done
    ("Der Gipfel fand im Juni statt.", "Der Gipfel sollte im Mai stattfinden, fand aber im Juni statt."),
    # a plan told as a plan
    ("Japan kündigte an, 2 Milliarden zu investieren.", "Japan kündigte an, 2 Milliarden zu investieren."),
    ("Japan will 2 Milliarden investieren.", "Japan kündigte an, 2 Milliarden zu investieren."),
    ("Der Gipfel soll im Juni stattfinden.", "Der Gipfel soll im Juni stattfinden."),
    # a perfect infinitive tells a deed; a negation's is judged as one
    ("Japan hat 2 Milliarden investiert.", "Japan bestätigte, 2 Milliarden investiert zu haben."),
    ("Japan hat nicht investiert.", "Japan kündigte an, nicht zu investieren."),
])
def test_a_german_deed_or_plan_told_as_its_quote_tells_it_is_not_reported(claim, quote):
    assert _judged(claim, quote, "de")[DONE] == []


@pytest.mark.parametrize("language, claim, quote, done", [
    ("en", "Japan signed the deal.", "Japan will sign the deal.", ["signed"]),
    ("en", "Japan signed the deal.", "Japan signed the deal.", []),
    ("nl", "De top vond plaats in Brussel.", "De top vond plaats in Brussel.", []),
    ("nl", "Nederland heeft 2 miljard geïnvesteerd.", "Nederland wil 2 miljard investeren", ["geïnvesteerd"]),
    ("de", "Deutschland hat 2 Milliarden Euro investiert.", "Deutschland wird 2 Milliarden Euro investieren",
     ["investiert"]),
    ("de", "Die Länder bauten einen Hafen.", "Die Länder wollen einen Hafen bauen", ["bauten"]),
])
def test_english_dutch_and_german_weak_verbs_are_read_as_before(language, claim, quote, done):
    assert _judged(claim, quote, language)[DONE] == done


def _project(make_project, language: str, claim: str, quote: str):
    return make_project({
        "briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{language}"\n',
        "seeds/quelle.txt": f"---\ntitle: Quelle\npublisher: Agentur\npublished: 2025-03-14\n"
                            f"language: {language}\n---\n{quote}\n",
        "content/meetings.yaml": f"""
            - id: m1
              name: Gipfel
              claims:
                - text: "{claim}"
                  cite:
                    - source: quelle
                      quote: "{quote}"
            """,
    }, base=None)


def test_a_german_plan_announced_in_the_past_and_told_as_done_warns_in_check(make_project):
    root = _project(make_project, "de", "Japan hat 2 Milliarden Euro investiert.",
                    "Japan kündigte an, 2 Milliarden Euro zu investieren.")
    messages = [d.format() for d in check(root).diagnostics.items]
    assert any("what its quotes only intend: investiert" in m for m in messages), messages


@pytest.mark.parametrize("claim, quote, done", [
    ("Japan hat das Werk gebaut.", "Der Bau ist geplant.", ["gebaut"]),
    ("Japan baute das Werk.", "Der Bau des Werks ist für 2026 geplant.", ["baute"]),
    ("Das Abkommen wurde unterzeichnet.", "Die Unterzeichnung ist für März vorgesehen.", ["unterzeichnet"]),
    ("Das Abkommen wurde im März unterzeichnet.", "Für März ist die Unterzeichnung des Abkommens vorgesehen.",
     ["unterzeichnet"]),
    ("Japan hat 2 Milliarden investiert.", "Die Investition von 2 Milliarden wird erwartet.", ["investiert"]),
    ("Japan hat das Werk gebaut.", "Der Bau des Werks ist in Planung.", ["gebaut"]),
    ("Das Abkommen wurde unterzeichnet.", "Die geplante Unterzeichnung wurde begrüßt.", ["unterzeichnet"]),
    ("Die Bank hat das Projekt finanziert.", "Die Finanzierung des Projekts ist beschlossen.", ["finanziert"]),
])
def test_a_german_noun_of_a_planned_deed_told_as_done_is_reported(claim, quote, done):
    assert _judged(claim, quote, "de")[DONE] == done


@pytest.mark.parametrize("claim, quote", [
    ("Der Bau wurde abgeschlossen.", "Der Bau wurde abgeschlossen."),
    ("Japan hat das Werk gebaut.", "Der Bau wurde abgeschlossen."),
    ("Das Abkommen wurde unterzeichnet.", "Das Abkommen wurde unterzeichnet."),
    ("Der Bau ist geplant.", "Der Bau ist geplant."),
    # the noun a preposition governs, or of another clause, is not what is planned
    ("Japan hat den Hafen gebaut.", "Nach dem Bau des Hafens ist eine Erweiterung geplant."),
    ("Japan hat den Hafen gebaut.", "Der Bau wurde 2020 abgeschlossen, die Eröffnung ist geplant."),
    # planned and done in the quotes: done
    ("Japan hat das Werk gebaut.", "Der Bau ist geplant, Japan hat die Halle schon gebaut."),
])
def test_a_german_noun_of_a_deed_told_as_its_quote_tells_it_is_not_reported(claim, quote):
    assert _judged(claim, quote, "de")[DONE] == []


def test_a_german_noun_plan_told_as_done_warns_in_check(make_project):
    root = _project(make_project, "de", "Das Abkommen wurde im März unterzeichnet.",
                    "Die Unterzeichnung des Abkommens ist für März vorgesehen.")
    messages = [d.format() for d in check(root).diagnostics.items]
    assert any("what its quotes only intend: unterzeichnet" in m for m in messages), messages


@pytest.mark.parametrize("claim, quote, done", [
    ("O acordo foi assinado.", "Quando for assinado, o acordo criará empregos.", ["assinado"]),
    ("O acordo foi aprovado.", "Caso seja aprovado, o acordo criará empregos.", ["aprovado"]),
    ("Os acordos foram aprovados.", "Se os acordos forem aprovados, o porto será ampliado.", ["aprovados"]),
    ("O acordo foi assinado.", "Está previsto que o acordo seja assinado em maio.", ["assinado"]),
    ("O acordo foi assinado.", "Prevê-se que o acordo seja assinado em maio.", ["assinado"]),
    ("O acordo foi assinado.", "A assinatura do acordo está prevista para maio.", ["assinado"]),
    ("O Brasil construiu o porto.", "A construção do porto está prevista para 2026.", ["construiu"]),
    ("O acordo foi assinado.", "O acordo deverá ser assinado em maio.", ["assinado"]),
    ("O Brasil assinou o acordo.", "O Brasil assinará o acordo.", ["assinou"]),
    ("O Brasil assinou o acordo.", "O Brasil vai assinar o acordo.", ["assinou"]),
    ("O Brasil investiu 2 milhões.", "O Brasil irá investir 2 milhões.", ["investiu"]),
])
def test_a_portuguese_plan_or_condition_told_as_done_is_reported(claim, quote, done):
    assert _judged(claim, quote, "pt")[DONE] == done


@pytest.mark.parametrize("claim, quote", [
    ("O acordo foi assinado.", "O acordo foi assinado."),
    ("O Brasil assinou o acordo.", "O Brasil assinou o acordo."),
    ("A cimeira realizou-se em maio.", "A cimeira realizou-se em maio."),
    ("O acordo foi assinado.", "O acordo foi assinado em maio, e a construção do porto está prevista."),
    ("Caso seja aprovado, o acordo criará empregos.", "Caso seja aprovado, o acordo criará empregos."),
    ("O acordo será assinado.", "Quando for assinado, o acordo criará empregos."),
])
def test_a_portuguese_deed_or_plan_told_as_its_quote_tells_it_is_not_reported(claim, quote):
    assert _judged(claim, quote, "pt")[DONE] == []


@pytest.mark.parametrize("language, claim, quote, done", [
    ("es", "España invirtió 2.000 millones.", "España va a invertir 2.000 millones.", ["invirtió"]),
    ("es", "El acuerdo fue firmado.", "El acuerdo fue firmado.", []),
    ("it", "Il ponte è stato costruito.", "Il ponte verrà costruito.", ["costruito"]),
])
def test_spanish_and_italian_plans_are_read_as_before(language, claim, quote, done):
    assert _judged(claim, quote, language)[DONE] == done


def test_a_portuguese_condition_told_as_done_warns_in_check(make_project):
    root = _project(make_project, "pt", "O acordo foi aprovado.", "Caso seja aprovado, o acordo criará empregos.")
    messages = [d.format() for d in check(root).diagnostics.items]
    assert any("what its quotes only intend: aprovado" in m for m in messages), messages


@pytest.mark.parametrize("claim, quote, done", [
    ("A cimeira realizou-se em maio.", "A cimeira realizar-se-á em maio.", ["realizou"]),
    ("Os ministros assinaram o acordo.", "Os ministros assiná-lo-ão em maio.", ["assinaram"]),
    ("A cimeira realizou-se em maio.", "A cimeira realizou-se em maio.", []),
    ("A cimeira realizar-se-á em maio.", "A cimeira realizar-se-á em maio.", []),
])
def test_a_portuguese_future_with_a_pronoun_inside_is_a_plan(claim, quote, done):
    assert _judged(claim, quote, "pt")[DONE] == done


@pytest.mark.parametrize("claim, quote, done", [
    ("Japan hat 2 Milliarden investiert.", "Die geplanten Investitionen wurden begrüßt.", ["investiert"]),
    ("Die Straßen wurden modernisiert.", "Modernisierungen der Straßen sind vorgesehen.", ["modernisiert"]),
    ("Die Straßen wurden modernisiert.", "Modernisierungen der Straßen wurden abgeschlossen.", []),
])
def test_a_german_plural_or_sentence_opening_noun_of_a_plan_is_read(claim, quote, done):
    assert _judged(claim, quote, "de")[DONE] == done


# A deed told by its noun and a verb of completion or occurrence is a deed, whatever else its quote plans.
@pytest.mark.parametrize("language, claim, quote", [
    ("de", "Die Brücke wurde 2025 gebaut.",
     "Der Bau der Brücke wurde 2025 abgeschlossen; der Bau einer zweiten Brücke ist geplant."),
    ("de", "Die Straßen wurden im Mai modernisiert.",
     "Die Modernisierung der Straßen wurde im Mai abgeschlossen, eine weitere Modernisierung ist geplant."),
    ("de", "Die Straßen wurden modernisiert.",
     "Im Mai wurde die Modernisierung der Straßen abgeschlossen; eine weitere Modernisierung ist geplant."),
    ("de", "Der Vertrag wurde im Juli unterzeichnet.", "Die Unterzeichnung, die für März vorgesehen war, fand im Juli statt."),
    ("de", "Das Abkommen wurde unterzeichnet.",
     "Im Juli fand die Unterzeichnung statt, weitere Unterzeichnungen sind geplant."),
    ("de", "Das Abkommen wurde unterzeichnet.",
     "Die Unterzeichnung erfolgte im Juli; eine weitere Unterzeichnung ist vorgesehen."),
    ("de", "Das Werk wurde gebaut.", "Der Bau des Werks wurde durchgeführt, ein zweiter Bau ist geplant."),
    ("de", "Die Straßen wurden modernisiert.", "Die Modernisierung, die lange geplant war, wurde im Mai abgeschlossen."),
    ("pt", "O acordo foi assinado em julho.",
     "A assinatura do acordo, que estava prevista para março, realizou-se em julho."),
    ("pt", "O acordo foi assinado.", "Realizou-se em julho a assinatura do acordo, e outra assinatura está prevista."),
    ("pt", "O Brasil construiu o porto.",
     "O governo anunciou que a construção do porto ocorreu em maio, e a construção de outro está prevista."),
])
def test_a_deed_told_by_its_noun_and_a_verb_of_completion_is_not_reported(language, claim, quote):
    assert _judged(claim, quote, language)[DONE] == []


@pytest.mark.parametrize("language, claim, quote, done", [
    # the noun's plan stands where no verb of completion tells it done, or one of another clause or noun does
    ("de", "Die Brücke wurde gebaut.", "Der Bau soll 2027 abgeschlossen werden; der Bau ist geplant.", ["gebaut"]),
    ("de", "Das Abkommen wurde unterzeichnet.",
     "Die Unterzeichnung war für März vorgesehen, der Gipfel fand im Juli statt.", ["unterzeichnet"]),
    ("de", "Die Brücke wurde gebaut.", "Die Planung wurde abgeschlossen, der Bau der Brücke ist geplant.", ["gebaut"]),
    ("de", "Die Brücke wurde gebaut.", "Die Finanzierung des Baus wurde abgeschlossen, der Bau ist geplant.",
     ["gebaut"]),
    ("de", "Die Brücke wurde gebaut.", "Der Bau der Brücke wurde nicht abgeschlossen, ein neuer Bau ist geplant.",
     ["gebaut"]),
    ("de", "Japan hat das Werk gebaut.", "Der Bau ist geplant.", ["gebaut"]),
    ("pt", "O acordo foi assinado.", "A assinatura do acordo está prevista para maio e a cimeira realizou-se em março.",
     ["assinado"]),
    ("pt", "O acordo foi assinado.",
     "A cimeira, que previa a assinatura do acordo, realizou-se em março; a assinatura está prevista para maio.",
     ["assinado"]),
    ("pt", "O acordo foi assinado.", "A assinatura do acordo está prevista para maio.", ["assinado"]),
])
def test_a_planned_noun_no_verb_of_completion_tells_done_is_still_reported(language, claim, quote, done):
    assert _judged(claim, quote, language)[DONE] == done


def test_a_german_deed_told_by_its_noun_beside_another_plan_passes_check(make_project):
    root = _project(make_project, "de", "Die Brücke wurde 2025 gebaut.",
                    "Der Bau der Brücke wurde 2025 abgeschlossen; der Bau einer zweiten Brücke ist geplant.")
    messages = [d.format() for d in check(root).diagnostics.items]
    assert not any("what its quotes only intend" in m for m in messages), messages


# A Portuguese participle in -ído after a vowel ("construído", "concluída", "distribuídos") is a past form too.
@pytest.mark.parametrize("claim, quote, done", [
    ("O porto foi construído.", "O porto vai ser construído.", ["construído"]),
    ("A ponte foi concluída.", "A ponte será concluída em 2026.", ["concluída"]),
    ("Os fundos foram distribuídos.", "Os fundos vão ser distribuídos.", ["distribuídos"]),
    ("O Brasil construiu o porto.",
     "A construção do porto foi concluída em maio, e a construção de outro porto está prevista.", []),
    ("O porto foi construído.", "O porto foi construído.", []),
    ("A ponte foi concluída.", "A ponte foi concluída em 2026.", []),
])
def test_a_portuguese_participle_in_ido_is_read_as_a_past(claim, quote, done):
    assert _judged(claim, quote, "pt")[DONE] == done


# A German modal or future after its verb ends a subordinate clause: it plans that verb, not the main clause's next.
@pytest.mark.parametrize("claim, quote, done", [
    ("Der Gipfel fand im Juli in Rom statt.",
     "Der Gipfel, der im Juni stattfinden sollte, fand schließlich im Juli in Rom statt.", []),
    ("Die Minister trafen sich am Montag in Wien.",
     "Die Minister, die sich schon im Mai treffen wollten, trafen sich am Montag in Wien.", []),
    ("Der Konzern unterschrieb den Vertrag im Juli 2026.",
     "Der Konzern, der eigentlich 2025 unterschreiben wollte, unterschrieb den Vertrag im Juli 2026.", []),
    ("Der Gipfel fand im Juli statt.", "Die Minister sagten, dass der Gipfel im Juli stattfinden soll.", ["fand"]),
    ("Der Gipfel fand im Juli statt.", "Der Gipfel, der im Juli stattfinden soll, wird vorbereitet.", ["fand"]),
    ("Das Abkommen wurde unterzeichnet.",
     "Die Minister sagten, dass das Abkommen im Mai unterzeichnet werden soll.", ["unterzeichnet"]),
    ("Japan hat 2 Milliarden investiert.", "Japan, das 2 Milliarden investieren will, prüft Standorte.",
     ["investiert"]),
    # a main clause's modal plans as before; a present passive or a denied verb is no plan
    ("Das Abkommen wurde unterzeichnet.", "Nun soll das Abkommen unterzeichnet werden.", ["unterzeichnet"]),
    ("Der Gipfel fand im Juli statt.", "Dann soll der Gipfel im Juli stattfinden.", ["fand"]),
    ("Die Brücken wurden gebaut.", "Die Brücken, die gebaut werden, sind teuer.", []),
    ("Der Gipfel fand statt.", "Der Gipfel, der nicht stattfinden sollte, wird vorbereitet.", []),
])
def test_a_german_modal_ending_a_subordinate_clause_plans_the_verb_before_it(claim, quote, done):
    assert _judged(claim, quote, "de")[DONE] == done


# A German noun's plan of a named object ("die Modernisierung der Brücken") plans no deed of another object.
@pytest.mark.parametrize("claim, quote, done", [
    ("Die Straßen wurden im Mai modernisiert.",
     "Nach der Modernisierung der Straßen im Mai ist nun die Modernisierung der Brücken geplant.", []),
    ("Die Brücken wurden modernisiert.",
     "Nach der Modernisierung der Straßen im Mai ist nun die Modernisierung der Brücken geplant.", ["modernisiert"]),
    ("Die Brücke wurde gebaut.", "Der Bau einer zweiten Brücke ist geplant.", ["gebaut"]),
    ("Die Straße wurde modernisiert.", "Die Modernisierung der Straßen ist geplant.", ["modernisiert"]),
    ("Das Abkommen wurde unterzeichnet.", "Die geplante Unterzeichnung des Abkommens wurde begrüßt.",
     ["unterzeichnet"]),
])
def test_a_german_noun_plan_of_another_object_is_not_the_claims_deed(claim, quote, done):
    assert _judged(claim, quote, "de")[DONE] == done


# "fertigstellen" is separable, "vollenden" and "vollziehen" inseparable: their participles tell a deed.
@pytest.mark.parametrize("claim, quote, done", [
    ("Die Brücke wurde gebaut.", "Der Bau der Brücke wurde fertiggestellt; ein zweiter Bau ist geplant.", []),
    ("Die Brücke wurde gebaut.", "Der Bau der Brücke wurde im Mai vollendet; ein zweiter Bau ist geplant.", []),
    ("Die Brücke wurde fertiggestellt.", "Die Brücke soll 2027 fertiggestellt werden.", ["fertiggestellt"]),
    ("Die Brücke wurde fertiggestellt.", "Die Firma will die Brücke 2027 fertigstellen.", ["fertiggestellt"]),
    ("Die Fusion wurde vollzogen.", "Die Fusion soll im Mai vollzogen werden.", ["vollzogen"]),
    ("Die Brücke wurde fertiggestellt.", "Die Brücke wurde 2025 fertiggestellt.", []),
    ("Die Brücke wurde gebaut.", "Der Bau der Brücke soll 2027 fertiggestellt werden; der Bau ist geplant.",
     ["gebaut"]),
])
def test_german_verbs_of_finishing_are_read(claim, quote, done):
    assert _judged(claim, quote, "de")[DONE] == done
