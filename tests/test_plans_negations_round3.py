"""The overreach check's plans, negations and hedges, third round: a Turkish
future denied in the verb ("yapmayacak"); "not only … but also" ("não só …
mas também", "nicht nur … sondern auch"), which denies nothing; German plans
("wird … investieren", "soll … unterzeichnet werden", "aufzubauen"); a
Romance conditional after a past verb of saying ("a annoncé qu'elle
investirait"), a plan and no hedge; and the noun of a deed after a word of
intent ("prevê a construção")."""
import pytest

from briefgen import check, negations, overreach
from briefgen.hedges import hedges_in

from test_overreach import _judged

WORDS, DENIED, DONE, HEDGES = 2, 3, 4, 5  # Reader.unsupported's lists


def _negations(claim: str, quote: str, language: str) -> tuple[str, ...]:
    """The negations `claim` writes that its quote does not (Overreach.negations)."""
    words = _judged(claim, quote, language)[WORDS]
    return overreach.Overreach("f", "figure", 1, None, claim, (), (), tuple(words), language=language).negations


@pytest.mark.parametrize("language, claim, quote, dropped", [
    ("tr", "Bakan yatırım yapacak.", "Bakan yatırım yapmayacak.", ["yapacak"]),
    ("tr", "Bakan zirveye katılacak.", "Bakan zirveye katılmayacak.", ["katılacak"]),
    ("tr", "Türkiye anlaşmayı imzalayacak.", "Türkiye'nin anlaşmayı imzalamayacağını açıkladı.", ["imzalayacak"]),
    ("tr", "Türkiye anlaşmayı imzaladı.", "Türkiye'nin anlaşmayı imzalamayacağını açıkladı.", ["imzaladı"]),
    ("tr", "Katar projeye yatırım yaptı.", "Katar projeye yatırım yapmayacak.", ["yaptı"]),
])
def test_a_claim_that_drops_a_turkish_future_negation_is_reported(language, claim, quote, dropped):
    assert _judged(claim, quote, language)[DENIED] == dropped


@pytest.mark.parametrize("language, claim, quote", [
    ("tr", "Bakan yatırım yapmayacak.", "Bakan yatırım yapmayacak."),
    ("tr", "Bakan yatırım yapacak.", "Bakan yatırım yapacak."),
    ("tr", "Bakan zirveye katılacak.", "Bakan zirveye katılacak, ancak konuşmayacak."),  # another verb denied
])
def test_a_turkish_future_kept_as_its_quote_writes_it_is_not_reported(language, claim, quote):
    assert _judged(claim, quote, language)[DENIED] == []


def test_a_turkish_future_told_as_done_is_reported():
    assert _judged("Türkiye anlaşmayı imzaladı.", "Türkiye anlaşmayı imzalayacak.", "tr")[DONE] == ["imzaladı"]


@pytest.mark.parametrize("language, claim, quote", [
    ("pt", "O Brasil investiu em portos e estradas.", "O Brasil investiu não só em portos mas também em estradas."),
    ("pt", "O Brasil investiu em portos.", "O Brasil investiu não apenas em portos, mas também em estradas."),
    ("es", "España invirtió en puertos.", "España invirtió no solo en puertos sino también en carreteras."),
    ("es", "España invirtió en puertos.", "España invirtió no sólo en puertos sino también en carreteras."),
    ("fr", "La France a investi dans les ports.",
     "La France a investi non seulement dans les ports mais aussi ailleurs."),
    ("it", "L'Italia ha investito nei porti.", "L'Italia ha investito non solo nei porti ma anche nelle strade."),
    ("it", "L'Italia ha investito nei porti.", "L'Italia ha investito non soltanto nei porti ma anche nelle strade."),
    ("de", "Deutschland investierte in Häfen.", "Deutschland investierte nicht nur in Häfen, sondern auch in Straßen."),
    ("nl", "Nederland investeerde in havens.", "Nederland investeerde niet alleen in havens maar ook in wegen."),
    ("pl", "Polska inwestowała w porty.", "Polska inwestowała nie tylko w porty, ale też w drogi."),
    ("en", "Japan invested in ports.", "Japan invested not only in ports but also in roads."),
])
def test_a_claim_that_leaves_out_not_only_drops_no_negation(language, claim, quote):
    assert _judged(claim, quote, language)[DENIED] == []


@pytest.mark.parametrize("language, claim, quote", [
    ("pt", "O Brasil investiu não só em portos mas também em estradas.", "O Brasil investiu em portos e estradas."),
    ("es", "España invirtió no solo en puertos sino también en carreteras.",
     "España invirtió en puertos y carreteras."),
    ("fr", "La France a investi non seulement dans les ports mais aussi ailleurs.",
     "La France a investi dans les ports."),
    ("it", "L'Italia ha investito non solo nei porti ma anche nelle strade.", "L'Italia ha investito nei porti."),
    ("de", "Deutschland investierte nicht nur in Häfen, sondern auch in Straßen.", "Deutschland investierte in Häfen."),
])
def test_a_claim_that_writes_not_only_adds_no_negation(language, claim, quote):
    assert _negations(claim, quote, language) == ()


@pytest.mark.parametrize("language, claim, quote, negation", [
    ("pt", "O Brasil não investiu em portos.", "O Brasil investiu não só em portos mas também em estradas.", "não"),
    ("de", "Deutschland investierte nicht in Häfen.", "Deutschland investierte nicht nur in Häfen.", "nicht"),
])
def test_a_negation_beside_a_quotes_not_only_is_still_one_it_adds(language, claim, quote, negation):
    assert _negations(claim, quote, language) == (negation,)


def test_a_negation_the_claim_drops_beside_not_only_is_still_reported():
    assert _judged("O Brasil investiu em portos.", "O Brasil não investiu em portos.", "pt")[DENIED] == ["investiu"]


@pytest.mark.parametrize("claim, quote, done", [
    ("Deutschland hat 2 Milliarden Euro investiert.", "Deutschland wird 2 Milliarden Euro investieren", ["investiert"]),
    ("Das Abkommen wurde unterzeichnet.", "Das Abkommen soll im Mai unterzeichnet werden", ["unterzeichnet"]),
    ("Das Abkommen wurde im Mai unterzeichnet.", "Das Abkommen wird im Mai unterzeichnet werden", ["unterzeichnet"]),
    ("Berlin hat 2 Milliarden investiert.", "Berlin will 2 Milliarden investieren", ["investiert"]),
    ("Berlin hat 2 Milliarden investiert.", "Berlin plant, 2 Milliarden in den Hafen zu investieren", ["investiert"]),
    ("Die Regierung hat ein Netz aufgebaut.", "Es ist geplant, ein Netz aufzubauen", ["aufgebaut"]),
    ("Der Fonds legte 2 Milliarden an und hat sie angelegt.", "Der Fonds beabsichtigt, 2 Milliarden anzulegen",
     ["angelegt"]),
    ("Die Länder bauten einen Hafen.", "Die Länder wollen einen Hafen bauen", ["bauten"]),
    ("Deutschland investierte 2 Milliarden Euro.", "Deutschland wird 2 Milliarden Euro investieren", ["investierte"]),
    ("Die Partner haben das Abkommen unterzeichnet.", "Die Partner sollen das Abkommen unterzeichnen",
     ["unterzeichnet"]),
    ("Der Hafen wurde gebaut.", "Der Hafen soll bis 2030 gebaut werden", ["gebaut"]),
    ("Die Experten haben den Bericht gelesen.", "Die Experten wollen den Bericht lesen", ["gelesen"]),
    ("Berlin hat 2 Milliarden bereitgestellt.", "Berlin will 2 Milliarden bereitstellen", ["bereitgestellt"]),
    ("Die Reform wurde umgesetzt.", "Die Regierung beabsichtigt, die Reform umzusetzen", ["umgesetzt"]),
    ("Das Abkommen wurde im Mai unterzeichnet.", "Das Abkommen sollte ursprünglich im Mai unterzeichnet werden",
     ["unterzeichnet"]),
])
def test_a_german_plan_told_as_done_is_reported(claim, quote, done):
    assert _judged(claim, quote, "de")[DONE] == done


@pytest.mark.parametrize("claim, quote", [
    # a plan told as a plan, a deed as a deed
    ("Deutschland wird 2 Milliarden Euro investieren.", "Deutschland wird 2 Milliarden Euro investieren"),
    ("Berlin will 2 Milliarden investieren.", "Berlin plant, 2 Milliarden zu investieren"),
    ("Das Abkommen soll im Mai unterzeichnet werden.", "Das Abkommen wird im Mai unterzeichnet werden"),
    ("Deutschland hat investiert.", "Deutschland hat investiert"),
    ("Deutschland hat 2 Milliarden investiert.", "Deutschland investierte 2 Milliarden"),
    ("Das Abkommen wurde unterzeichnet.", "Das Abkommen wurde am Montag unterzeichnet"),
    # a noun's plural shaped as an infinitive, a past or a participle is no verb
    ("Die EU half den Staaten.", "Die EU will den Staaten helfen"),
    ("Die Regierung hat angekündigt, 2 Milliarden zu investieren.", "Die Regierung will 2 Milliarden investieren"),
    ("Das Abkommen ist unterzeichnet worden.", "Das Abkommen ist unterzeichnet worden"),
    ("Die erste Anlage wurde 2020 gebaut.", "Die erste Anlage wurde 2020 gebaut, eine zweite soll folgen"),
    # a deed beside a plan of the same verb
    ("Deutschland hat 2 Milliarden investiert.", "Deutschland hat 2 Milliarden investiert und will mehr investieren"),
    # a negation's, judged as one
    ("Deutschland hat nicht investiert.", "Deutschland wird nicht investieren"),
])
def test_a_german_plan_or_deed_told_as_its_quote_tells_it_is_not_reported(claim, quote):
    assert _judged(claim, quote, "de")[DONE] == []


@pytest.mark.parametrize("language, claim, quote, done", [
    ("en", "Berlin signed the deal.", "Berlin will sign the deal", ["signed"]),
    ("nl", "Nederland heeft 2 miljard geïnvesteerd.", "Nederland wil 2 miljard investeren", ["geïnvesteerd"]),
    ("en", "Berlin will sign the deal.", "Berlin will sign the deal", []),
])
def test_english_and_dutch_plans_are_read_as_before(language, claim, quote, done):
    assert _judged(claim, quote, language)[DONE] == done


@pytest.mark.parametrize("language, claim, quote, done", [
    ("fr", "La France a investi 2 milliards.", "La France a annoncé qu'elle investirait 2 milliards.", ["investi"]),
    ("fr", "L'accord a été signé en mai.", "Le ministre a indiqué que l'accord serait signé en mai.", ["signé"]),
    ("fr", "La France a investi 2 milliards.", "La France a annoncé mardi qu'elle investirait 2 milliards.",
     ["investi"]),
    ("es", "España invirtió 2.000 millones.", "El Gobierno anunció este lunes que invertiría 2.000 millones.",
     ["invirtió"]),
    ("it", "L'accordo è stato firmato.", "Il governo ha fatto sapere che l'accordo sarebbe stato firmato.",
     ["firmato"]),
    ("fr", "Les deux pays ont signé l'accord.",
     "Paris et Rome avaient déclaré qu'ils signeraient l'accord.", ["signé"]),
    ("es", "España invirtió 2.000 millones.", "El Gobierno anunció que invertiría 2.000 millones.", ["invirtió"]),
    ("es", "El acuerdo fue firmado.", "El ministro dijo que el acuerdo sería firmado en mayo.", ["firmado"]),
    ("it", "L'Italia ha investito 2 miliardi.", "Il governo ha annunciato che avrebbe investito 2 miliardi.",
     ["investito"]),
    ("it", "L'accordo è stato firmato.", "Il ministro ha detto che l'accordo sarebbe stato firmato a maggio.",
     ["firmato"]),
    ("pt", "Portugal investiu 2 milhões.", "O Governo anunciou que investiria 2 milhões.", ["investiu"]),
    ("pt", "O acordo foi assinado.", "O ministro afirmou que o acordo seria assinado em maio.", ["assinado"]),
])
def test_a_plan_reported_in_the_past_told_as_done_is_reported(language, claim, quote, done):
    assert _judged(claim, quote, language)[DONE] == done


@pytest.mark.parametrize("language, claim, quote", [
    ("fr", "L'accord sera signé en mai.", "Le ministre a indiqué que l'accord serait signé en mai."),
    ("fr", "La France a annoncé qu'elle investirait 2 milliards.",
     "La France a annoncé qu'elle investirait 2 milliards."),
    ("it", "L'Italia investirà 2 miliardi.", "Il governo ha annunciato che avrebbe investito 2 miliardi."),
    ("pt", "O acordo vai ser assinado.", "O ministro afirmou que o acordo teria sido assinado antes de maio."),
])
def test_a_conditional_after_a_past_verb_of_saying_is_no_hedge(language, claim, quote):
    judged = _judged(claim, quote, language, language)
    assert judged[HEDGES] == [] and judged[DONE] == []


@pytest.mark.parametrize("language, claim, quote, hedges", [
    ("fr", "L'accord a été signé.", "L'accord serait signé.", ["serait"]),
    ("fr", "Le ministre a reçu 2 millions.", "Des médias ont rapporté que le ministre aurait reçu 2 millions.",
     ["aurait"]),
    ("it", "L'accordo è stato firmato.", "L'accordo sarebbe stato firmato ieri.", ["sarebbe"]),
    ("es", "El ministro firmó el acuerdo.", "El ministro habría firmado el acuerdo.", ["habría"]),
    # a hedge of its own inside a reported clause stays one
    ("fr", "L'accord a été signé.", "Il a annoncé que, selon des sources, l'accord a été signé.",
     ["selon des sources"]),
])
def test_a_bare_conditional_of_hearsay_stays_a_hedge(language, claim, quote, hedges):
    assert _judged(claim, quote, language, language)[HEDGES] == hedges


@pytest.mark.parametrize("language, claim, quote", [
    ("fr", "Le ministre a annoncé que l'accord serait signé.", "L'accord serait signé."),
    ("it", "Il ministro ha annunciato che l'accordo sarebbe stato firmato.", "L'accordo sarebbe stato firmato."),
])
def test_a_claim_that_reports_who_said_it_keeps_a_hedged_report_a_report(language, claim, quote):
    assert _judged(claim, quote, language, language)[HEDGES] == []


def test_a_bare_conditional_of_hearsay_plans_nothing():
    assert _judged("L'accord a été signé.", "L'accord serait signé.", "fr")[DONE] == []
    assert hedges_in("Le ministre dit que l'accord serait signé.", "fr") == ["serait"]  # said now: hearsay
    assert hedges_in("Le ministre a dit que l'accord serait signé.", "fr") == []


@pytest.mark.parametrize("language, claim, quote, done", [
    ("pt", "Portugal construiu o porto.", "O Governo prevê a construção de um porto.", ["construiu"]),
    ("pt", "Portugal construiu o porto.", "Está prevista a construção do porto.", ["construiu"]),
    ("pt", "Portugal construiu o porto.", "Prevê-se a construção de um porto.", ["construiu"]),
    ("pt", "Portugal investiu 2 milhões.", "Portugal prevê investir 2 milhões.", ["investiu"]),
    ("pt", "O Estado financiou a obra.", "O plano prevê o financiamento da obra.", ["financiou"]),
    ("pt", "O PIB cresceu 2%.", "O FMI prevê um crescimento de 2%.", ["cresceu"]),  # a forecast is no fact
    ("es", "España construyó el puerto.", "El Gobierno prevé la construcción del puerto.", ["construyó"]),
    ("es", "España construyó el puerto.", "Está prevista la construcción del puerto.", ["construyó"]),
    ("es", "El Gobierno amplió el puerto.", "El plan contempla la ampliación del puerto.", ["amplió"]),
    ("fr", "La France a signé l'accord.", "Le plan prévoit la signature de l'accord.", ["signé"]),
    ("fr", "La France a élargi le port.", "Le plan prévoit l'élargissement du port.", ["élargi"]),
    ("it", "L'Italia ha realizzato il ponte.", "Il piano prevede la realizzazione del ponte.", ["realizzato"]),
])
def test_a_deed_a_word_of_intent_plans_by_its_noun_told_as_done_is_reported(language, claim, quote, done):
    assert _judged(claim, quote, language)[DONE] == done


@pytest.mark.parametrize("language, claim, quote", [
    ("pt", "O Governo prevê a construção de um porto.", "O Governo prevê a construção de um porto."),
    ("pt", "Portugal construiu o porto.", "Portugal construiu o porto e prevê a construção de outro."),
    # a past report of a forecast is no plan of its noun, and its "previu" no deed
    ("pt", "O FMI previu um crescimento de 2%.", "O FMI previu um crescimento de 2%."),
    ("pt", "O FMI previu um crescimento de 2%.", "O FMI prevê um crescimento de 2%."),
    ("pt", "O PIB cresceu 2%.", "O FMI previu em janeiro um crescimento de 2%."),
    ("es", "Está prevista la construcción del puerto.", "El Gobierno prevé la construcción del puerto."),
    # a noun of the deed with no word of intent before it
    ("pt", "Portugal construiu o porto.", "A construção do porto terminou em maio e Portugal construiu o porto."),
])
def test_a_noun_of_a_deed_told_as_its_quote_tells_it_is_not_reported(language, claim, quote):
    assert _judged(claim, quote, language)[DONE] == []


def _brief(make_project, language: str, claim: str, quote: str):
    """A brief in `language` with one figure whose claim cites `quote` of a source in the same language."""
    return make_project({
        "briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{language}"\n',
        "seeds/quelle.txt": f"---\ntitle: Quelle\npublisher: Agentur\nlanguage: {language}\n---\n{quote}\n",
        "content/sources.yaml": "- id: quelle\n  title: Quelle\n",
        "content/countries.yaml": "- id: de\n  name: Deutschland\n  focus: true\n",
        "content/figures.yaml": f"""
            - id: investition
              name: Investition
              amount: 2000000000
              currency: EUR
              by: [de]
              claims:
                - text: "{claim}"
                  cite:
                    - source: quelle
                      quote: "{quote}"
            """,
    }, base=None)


def test_a_german_brief_warns_of_a_plan_told_as_done(make_project):
    root = _brief(make_project, "de", "Deutschland hat 2 Milliarden Euro investiert.",
                  "Deutschland wird 2 Milliarden Euro investieren")
    messages = [d.format() for d in check(root).diagnostics.items]
    assert any("as done, what its quotes only intend: investiert" in m for m in messages), messages


def test_a_french_brief_keeps_a_reported_plan_as_a_plan_and_no_hedge(make_project):
    quote = "Le ministre a annoncé que la France investirait 2 milliards d'euros"
    messages = [d.format() for d in check(_brief(make_project, "fr", "La France investira 2 milliards d'euros.",
                                                 quote)).diagnostics.items]
    assert not any("as certain, what its quotes hedge" in m for m in messages), messages
    messages = [d.format() for d in check(_brief(make_project, "fr", "La France a investi 2 milliards d'euros.",
                                                 quote)).diagnostics.items]
    assert any("as done, what its quotes only intend: investi" in m for m in messages), messages


# French elides "ne" onto a verb that starts with a vowel ("n'investit"): that verb is the one denied, as the
# verb after "ne" is ("ne signera pas"); onto avoir or être, the participle after "pas" is ("n'a pas signé").
@pytest.mark.parametrize("language, claim, quote, dropped", [
    ("fr", "L'entreprise investira 3 millions de dollars.", "L'entreprise n'investira pas 3 millions de dollars.",
     ["investira"]),
    ("fr", "La Chine investit au Brésil.", "La Chine n'investit plus au Brésil.", ["investit"]),
    ("fr", "La Chine investit au Brésil.", "La Chine n’investit plus au Brésil.", ["investit"]),
    ("fr", "Le fonds a honoré ses engagements.", "Le fonds n'a jamais honoré ses engagements.", ["honoré"]),
    ("fr", "La Chine a signé l'accord.", "La Chine n’a pas signé l'accord.", ["signé"]),
    ("fr", "Le pont est construit.", "Le pont n'est pas construit.", ["construit"]),
    ("it", "Un'altra azienda ha investito.", "Nessun'altra azienda ha investito.", ["Un'altra"]),
])
def test_a_claim_that_drops_an_elided_negation_is_reported(language, claim, quote, dropped):
    assert _judged(claim, quote, language)[DENIED] == dropped


@pytest.mark.parametrize("language, claim, quote", [
    ("fr", "La Chine n'investit plus au Brésil.", "La Chine n'investit plus au Brésil."),
    ("fr", "La Chine n'investit pas au Brésil.", "La Chine n’investira plus au Brésil."),
    ("fr", "La Chine investit au Brésil.", "La Chine investit au Brésil, et n'importe quel pays peut le faire."),
    ("fr", "La Chine a signé l'accord.", "La Chine a signé l'accord."),
])
def test_an_elided_negation_kept_or_none_written_is_not_reported(language, claim, quote):
    assert _judged(claim, quote, language)[DENIED] == []


@pytest.mark.parametrize("claim, quote, negation", [
    ("La Chine n'investit plus au Brésil.", "La Chine investit au Brésil.", "n'investit"),
    ("L'entreprise n’investira pas 3 millions.", "L'entreprise investira 3 millions.", "n'investira"),
])
def test_a_claim_that_adds_an_elided_negation_is_reported(claim, quote, negation):
    assert negation in _judged(claim, quote, "fr")[WORDS]


def test_a_french_brief_warns_of_an_elided_negation_dropped(make_project):
    root = _brief(make_project, "fr", "La France investira 2 milliards d'euros.",
                  "La France n'investira pas 2 milliards d'euros")
    messages = [d.format() for d in check(root).diagnostics.items]
    assert any("investira" in m and "warning" in m for m in messages), messages


# French "ne … que" is "only", and denies nothing: "n'investit que 3 millions" invests 3 million.
@pytest.mark.parametrize("claim, quote", [
    ("La Chine investit 3 millions au Brésil.", "La Chine n'investit que 3 millions au Brésil."),
    ("La Chine a investi 3 millions.", "La Chine n'a investi que 3 millions."),
    ("La Chine signera l'accord en mai.", "La Chine ne signera l'accord qu'en mai."),
    ("La Chine n'investit que 3 millions au Brésil.", "La Chine investit 3 millions au Brésil."),
])
def test_a_french_ne_que_is_no_negation(claim, quote):
    judged = _judged(claim, quote, "fr")
    assert (judged[DENIED], [w for w in judged[WORDS] if w.lower().startswith(("n'", "ne"))]) == ([], [])


@pytest.mark.parametrize("text, denied", [
    ("La Chine n'investit que 3 millions", False),
    ("La Chine ne signera que 3 millions", False),
    ("La Chine n'investira pas 3 millions", True),
    ("La Chine n'a pas dit que 3 millions", True),
])
def test_an_amount_after_a_french_ne_que_is_not_denied(text, denied):
    assert negations.denies(text, text.index("3"), "fr") is denied


# "ne … plus que" (now only), "ne … guère que", "ne … jamais que" are "only", as "ne … que" is; "ne … pas que"
# before an amount or a noun phrase is "not only", which widens: none denies the verb.
@pytest.mark.parametrize("claim, quote", [
    ("Le pays exporte désormais uniquement du gaz vers l'Europe.", "Le pays n'exporte plus que du gaz vers l'Europe."),
    ("Le groupe investit seulement 3 millions d'euros au Brésil.",
     "Le groupe n'investit plus que 3 millions d'euros au Brésil."),
    ("Le groupe investit 3 millions d'euros au Brésil.", "Le groupe n'investit guère que 3 millions d'euros au Brésil."),
    ("Le groupe investit 3 millions d'euros au Brésil.", "Le groupe n'investit jamais que 3 millions d'euros au Brésil."),
    ("Le groupe investit 3 millions d'euros au Brésil.", "Le groupe n'investit pas que 3 millions d'euros au Brésil."),
    ("Le pays exporte du gaz.", "Le pays n'exporte pas que du gaz."),
    ("Le groupe investit en France.", "Le groupe n'investit pas qu'en France."),
])
def test_a_french_ne_plus_que_or_pas_que_is_no_negation(claim, quote):
    assert _judged(claim, quote, "fr", "fr")[DENIED] == []


@pytest.mark.parametrize("text, denied", [
    ("Le groupe n'investit plus que 3 millions", False),
    ("Le groupe n'investit guère que 3 millions", False),
    ("Le groupe n'investit jamais que 3 millions", False),
    ("Le groupe n'investit pas que 3 millions", False),
    ("Le groupe n'investit plus 3 millions", True),
    ("Le ministre ne pense pas que le groupe investira 3 millions", True),
])
def test_an_amount_after_a_french_ne_plus_que_is_not_denied(text, denied):
    assert negations.denies(text, text.index("3"), "fr") is denied


@pytest.mark.parametrize("claim, quote, dropped", [
    # "pas que" before a clause denies its verb: "does not think that"
    ("Le ministre pense que le groupe investira.", "Le ministre ne pense pas que le groupe investira.", ["pense"]),
    ("Le groupe investit au Brésil.", "Le groupe n'investit plus au Brésil.", ["investit"]),
    ("Le groupe a signé l'accord.", "Le groupe n'a jamais signé l'accord.", ["signé"]),
])
def test_a_french_negation_before_a_clause_or_without_que_still_denies(claim, quote, dropped):
    assert dropped[0] in _judged(claim, quote, "fr", "fr")[DENIED]


def test_a_french_brief_reads_ne_plus_que_as_only(make_project):
    root = _brief(make_project, "fr", "Le groupe investit seulement 3 millions d'euros au Brésil.",
                  "Le groupe n'investit plus que 3 millions d'euros au Brésil.")
    messages = [d.format() for d in check(root).diagnostics.items]
    assert not any("without the negation" in m for m in messages), messages


@pytest.mark.parametrize("claim, quote", [
    # "pas moins de" is at least, "pas plus de" at most: a bound, not the verb denied
    ("La Banque publique d'investissement accordera au moins 1 milliard d'euros de prêts.",
     "La Banque publique d'investissement n'accordera pas moins d'un milliard d'euros de prêts d'ici 2028."),
    ("L'État investira au minimum 400 millions d'euros dans le port.",
     "L'État n'investira pas moins de 400 millions d'euros dans le port."),
    ("La banque prêtera au moins 300 millions d'euros.", "La banque ne prêtera pas moins de 300 millions d'euros."),
    ("Le groupe investira au maximum 200 millions d'euros.", "Le groupe n'investira pas plus de 200 millions d'euros."),
    # "pas seulement" is not only: it widens
    ("La Chine investit en Afrique et en Amérique latine.",
     "La Chine n'investit pas seulement en Afrique, mais aussi en Amérique latine."),
    ("Le fonds finance des routes et des écoles.", "Le fonds ne finance pas seulement des routes, mais aussi des écoles."),
])
def test_a_french_negated_bound_or_not_only_denies_no_verb(claim, quote):
    judged = _judged(claim, quote, "fr", "fr")
    assert (judged[0], judged[DENIED]) == ([], [])


@pytest.mark.parametrize("claim, quote, dropped", [
    ("La banque a accordé plus de détails.", "La banque n'a pas accordé plus de détails.", "accordé"),
    ("La Chine investit en Afrique.", "La Chine n'investit pas en Afrique.", "investit"),
])
def test_a_french_negation_before_no_amount_still_denies(claim, quote, dropped):
    assert dropped in _judged(claim, quote, "fr", "fr")[DENIED]


def test_a_french_claims_may_is_a_month_not_a_negation(make_project):
    root = _brief(make_project, "fr", "Le forum se tiendra à Lomé en mai 2027.",
                  "Le forum se tiendra à Lomé en juin 2027.")
    messages = [d.format() for d in check(root).diagnostics.items]
    assert not any("negation mai" in m for m in messages), messages


# "not invest 3 million, but 5 million": the negation's object is the amount, and the verb is told of the other.
CORRECTED = {"fr": "La banque n'investira pas 3 millions d'euros cette année, mais 5 millions d'euros.",
             "en": "The bank will not invest 3 million euros this year, but 5 million euros."}


@pytest.mark.parametrize("language, claim", [
    ("fr", "La banque investira 5 millions d'euros cette année."),
    ("en", "The bank will invest 5 million euros this year."),
    ("fr", "La banque n'investira pas 3 millions d'euros cette année."),
])
def test_a_negation_of_an_amount_a_later_clause_corrects_denies_no_verb(language, claim):
    assert _judged(claim, CORRECTED[language], language)[:4] == ([], [], [], [])


@pytest.mark.parametrize("language, claim, number", [
    ("fr", "La banque investira 3 millions d'euros cette année.", "3 millions d'euros"),
    ("en", "The bank will invest 3 million euros this year.", "3 million euros"),
])
def test_the_amount_a_later_clause_corrects_is_denied(language, claim, number):
    assert _judged(claim, CORRECTED[language], language)[0] == [number]


@pytest.mark.parametrize("language, claim, quote, dropped", [
    ("en", "The bank invested in 2025.", "The bank did not invest in 2025, but 5 million euros in 2026.", ["invested"]),
    ("fr", "La banque investira 5 millions d'euros.", "La banque n'investira pas 5 millions d'euros.", ["investira"]),
    ("en", "The bank will invest $3 million.", "The bank will not invest $3 million, officials said.", ["invest"]),
])
def test_a_negation_no_later_amount_corrects_still_denies_its_verb(language, claim, quote, dropped):
    assert _judged(claim, quote, language)[DENIED] == dropped


def test_a_french_brief_tells_no_negation_dropped_of_a_corrected_amount(make_project):
    root = _brief(make_project, "fr", "La banque investira 5 millions d'euros cette année.", CORRECTED["fr"])
    assert not [d.format() for d in check(root).diagnostics.warnings if "states what none of its quotes" in d.message]


@pytest.mark.parametrize("language, claim, quote", [
    # a negation before a verb a bound of more or less follows bounds the amount, as "não menos de" does
    ("pt", "O banco concederá pelo menos 1 bilhão de reais em empréstimos.",
     "O banco não concederá menos de 1 bilhão de reais em empréstimos."),
    ("es", "El gobierno invertirá hasta 300 millones de euros.",
     "El gobierno no invertirá más de 300 millones de euros."),
    ("it", "La banca concederà almeno 1 miliardo di euro in prestiti.",
     "La banca non concederà meno di 1 miliardo di euro in prestiti."),
    ("en", "The bank will grant at least $1 billion in loans.", "The bank will not grant less than $1 billion in loans."),
])
def test_a_negation_a_verbs_bound_turns_round_denies_no_verb(language, claim, quote):
    judged = _judged(claim, quote, language, language)
    assert (judged[0], judged[DENIED]) == ([], [])


@pytest.mark.parametrize("language, claim, quote, numbers", [
    ("pt", "O banco concederá menos de 1 bilhão de reais em empréstimos.",
     "O banco não concederá menos de 1 bilhão de reais em empréstimos.", ["menos de 1 bilhão de reais"]),
    ("en", "The bank will grant less than $1 billion in loans.",
     "The bank will not grant less than $1 billion in loans.", ["less than $1 billion"]),
    ("es", "El gobierno invertirá más de 300 millones de euros.",
     "El gobierno no invertirá más de 300 millones de euros.", ["más de 300 millones de euros"]),
])
def test_a_claim_that_drops_the_negation_of_a_bound_says_the_opposite_amount(language, claim, quote, numbers):
    assert _judged(claim, quote, language, language)[0] == numbers


@pytest.mark.parametrize("language, claim, quote, dropped", [
    ("pt", "O banco concederá empréstimos à empresa.", "O banco não concederá empréstimos à empresa.", "concederá"),
    ("pt", "O banco assinou o acordo.", "O banco não assinou o acordo, mais de 300 funcionários protestaram.",
     "assinou"),
])
def test_a_negation_no_bound_follows_still_denies(language, claim, quote, dropped):
    assert dropped in _judged(claim, quote, language, language)[DENIED]


@pytest.mark.parametrize("claim, quote", [
    ("Le Brésil continue d'investir dans les énergies renouvelables.",
     "Le Brésil ne cesse d'investir dans les énergies renouvelables."),
    ("Les prix continuent d'augmenter depuis 2024.", "Les prix n'ont cessé d'augmenter depuis 2024."),
])
def test_a_french_ne_cesse_de_keeps_on_and_denies_no_verb(claim, quote):
    assert _judged(claim, quote, "fr", "fr")[DENIED] == []
