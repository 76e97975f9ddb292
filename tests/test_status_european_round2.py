"""Event statuses in Dutch, French, Portuguese, Russian, Turkish and Spanish,
second round: a Dutch particle or participle with a place or a date after
it, a French adverb inside a compound verb, Portuguese "decorreu" and plans
agreed, Russian and Portuguese decisions to hold or put off, Turkish
pluperfects and "could not be held", and a negation followed by "until" or
"before", which says when, not that the event never happened."""
from pathlib import Path

import pytest

from briefgen import check
from briefgen.eventstatus import stated

STATING = {
    "nl": {
        "planned": [
            "De top vindt plaats in Brussel.",
            "De top vindt op 5 maart plaats in het Egmontpaleis.",
            "De top wordt gehouden in Brussel.",
            "De premier zal Jakarta een bezoek brengen.",
        ],
        "held": [
            "De top vond plaats in Brussel.",
            "De top vond op 5 maart plaats in het Egmontpaleis.",
            "Het overleg vond dat jaar plaats in Den Haag.",  # "dat" is "that (year)" here
            "De top werd gehouden in Brussel.",
            "De top werd gehouden op 5 maart.",
            "De top werd georganiseerd door de Europese Commissie.",
            "De ministers kwamen bijeen in Brussel.",
            "Ruim 130 bedrijven namen van 8 tot en met 10 september deel aan de missie.",
            "De premier bracht een bezoek aan Jakarta.",
            "De premier bracht dinsdag een officieel bezoek aan Jakarta.",
            "De premier heeft Jakarta een bezoek gebracht.",
        ],
        "postponed": ["De regering stelde de top uit tot mei."],
        "cancelled": ["Het kabinet zegde de reis af vanwege de storm."],
    },
    "fr": {
        "planned": [
            "Le forum n'aura lieu qu'en juin.",
            "Le séminaire doit finalement se tenir à Paris.",
        ],
        "held": [
            "Le forum s'est finalement déroulé les 19 et 20 mai à Dakar.",
            "Le forum s'est bien tenu.",
            "Le forum a finalement eu lieu.",
            "Le forum a bel et bien eu lieu.",
            "Le forum s'est, finalement, tenu à Dakar.",
            "Le forum a finalement été organisé à Dakar.",
            "Le forum n'a eu lieu qu'en juin.",
            "Le forum n'a été organisé que le 5 juin.",
            # a visit with its day between the verb and where, and talks held
            "Le ministre s'est rendu aujourd'hui à Dakar.",
            "Les ministres se sont rendus mardi dernier à Rome.",
            "Le ministre s'est entretenu avec son homologue sénégalais.",
            "Les deux ministres se sont longuement entretenus à Dakar.",
        ],
        "cancelled": ["Le forum n'a malheureusement pas eu lieu."],
    },
    "pt": {
        "planned": [
            "O fórum realiza-se a 22 de junho.",
            "Montenegro deverá regressar a Angola em novembro.",
            "os dois países comprometem-se a realizar a próxima cimeira em Lisboa, em 2028",
            "os dois países acordaram realizar a próxima cimeira em Lisboa",
            "A comissão deverá voltar a reunir-se em 2027.",
            "A cimeira decorrerá em Lisboa.",
        ],
        "held": [
            "A cimeira decorreu em Luanda.",
            "a sétima cimeira bilateral, que decorreu durante dois dias na capital angolana",
            "O fórum decorreu de 5 a 7 de junho.",
            "A comissão voltou a reunir-se em Brasília.",
            "A Comissão Mista Brasil-Angola voltou a se reunir nesta terça-feira (5), em Brasília.",
        ],
        "cancelled": ["A feira não se realiza este ano."],
    },
    "ru": {
        "planned": [
            "Стороны договорились провести следующий саммит в Москве.",
            "Решено провести форум в Казани.",
        ],
        "postponed": [
            "Саммит решено перенести на осень.",
            "Стороны договорились отложить встречу.",
        ],
    },
    "tr": {
        "held": [
            "Forumun 2024'teki son toplantısına 250 şirket katılmıştı.",
            "Forum İstanbul'da düzenlenmişti.",
            "Forum başarıyla tamamlandı.",
            "Bakanlar Ankara'da görüşmüştü.",
            "Toplantı 2024'te yapılmıştır.",
        ],
        "cancelled": [
            "Forum gerçekleştirilemedi.",
            "Toplantı yapılamadı.",
            "Forum düzenlenmemişti.",
        ],
    },
    "es": {
        "planned": ["La cumbre no se celebrará hasta junio."],
        "held": [
            "El foro no se celebró hasta junio.",
            "El foro no tuvo lugar hasta el 9 de junio.",
            "La cumbre no se celebró en Rabat sino hasta febrero.",
        ],
    },
}


@pytest.mark.parametrize("language, text, status", [
    (language, text, status)
    for language, by_status in STATING.items() for status, texts in by_status.items() for text in texts])
def test_each_language_states_each_status(language, text, status):
    assert stated(text, language) == {status}


# Each beside what its words state without what makes it state nothing.
@pytest.mark.parametrize("language, text, stating, status", [
    # a Dutch particle that is a noun, or a verb of keeping, or "together", or "now and then"
    ("nl", "Hij vond alles op zijn plaats.", "De top vond plaats in Brussel.", "held"),
    ("nl", "De politie vond het lichaam op een afgelegen plaats.", "De top vond plaats in Brussel.", "held"),
    ("nl", "De minister vond dat er plaats was voor meer overleg.", "De top vond plaats in Brussel.", "held"),
    ("nl", "Hij nam een deel van de kosten op zich.", "Hij nam deel aan de top.", "held"),
    ("nl", "Het gesprek werd geheim gehouden voor de pers.", "De top werd gehouden in Brussel.", "held"),
    ("nl", "De minister werd op de hoogte gehouden.", "De top werd gehouden in Brussel.", "held"),
    ("nl", "De staat is gehouden aan het verdrag.", "De top werd gehouden in Brussel.", "held"),
    ("nl", "De ministers kwamen samen naar Brussel.", "De ministers kwamen bijeen in Brussel.", "held"),
    ("nl", "De partij stelde de kandidaat uit Gent voor.", "De regering stelde de top uit tot mei.", "postponed"),
    ("nl", "Het kabinet zegde af en toe iets toe.", "Het kabinet zegde de reis af vanwege de storm.", "cancelled"),
    ("nl", "De premier heeft Jakarta nooit een bezoek gebracht.", "De premier heeft Jakarta een bezoek gebracht.",
     "held"),
    # not before a time: when, not whether
    ("fr", "Le forum n'a pas eu lieu avant juin.", "Le forum n'a eu lieu qu'en juin.", "held"),
    ("fr", "Le forum ne se tiendra pas avant 2027.", "Le forum n'aura lieu qu'en juin.", "planned"),
    ("fr", "Le forum n'a toujours pas eu lieu.", "Le forum a finalement eu lieu.", "held"),  # not yet
    ("pt", "O fórum não se realizou até junho.", "A cimeira decorreu em Luanda.", "held"),  # until, or as of
    ("pt", "O fórum não se realizou em Lisboa antes de junho.", "A cimeira decorreu em Luanda.", "held"),
    ("ru", "Форум не состоялся до июня.", "Стороны договорились провести следующий саммит в Москве.", "planned"),
    ("tr", "Forum Haziran'a kadar gerçekleşmedi.", "Forum gerçekleştirilemedi.", "cancelled"),
    ("es", "La cumbre no se ha celebrado hasta ahora.", "El foro no se celebró hasta junio.", "held"),
    ("es", "El foro no se celebró hasta la fecha.", "El foro no se celebró hasta junio.", "held"),
    # French "se rendre compte" (to realise), and "entretenir" (to keep up) without its reflexive
    ("fr", "Le ministre s'est rendu compte de l'erreur.", "Le ministre s'est rendu aujourd'hui à Dakar.", "held"),
    ("fr", "Paris a entretenu des relations étroites avec Dakar.",
     "Le ministre s'est entretenu avec son homologue sénégalais.", "held"),
    # Portuguese "decorrer" of time passing or arising from; Turkish preparations completed, a meeting (toplantı)
    ("pt", "Decorreram dois anos desde a última cimeira.", "A cimeira decorreu em Luanda.", "held"),
    ("pt", "O acordo decorreu das negociações de 2023.", "A cimeira decorreu em Luanda.", "held"),
    ("tr", "Forumun hazırlıkları tamamlandı.", "Forum başarıyla tamamlandı.", "held"),
    # agreed not to: no plan
    ("ru", "Стороны договорились не проводить саммит.", "Стороны договорились провести саммит.", "planned"),
])
def test_text_that_states_no_status(language, text, stating, status):
    assert stated(text, language) == set() and stated(stating, language) == {status}


def test_a_negation_until_a_time_is_no_cancellation():
    assert stated("El foro no se celebró hasta junio.", "es") == {"held"}
    assert stated("El foro no se celebró.", "es") == {"cancelled"}
    assert stated("La cumbre nunca se celebró.", "es") == {"cancelled"}
    assert stated("Le forum ne s'est pas tenu.", "fr") == {"cancelled"}
    assert stated("Le forum n'a pas eu lieu, alors qu'il était prévu.", "fr") == {"cancelled", "planned"}
    assert stated("O fórum não se realizou.", "pt") == {"cancelled"}
    assert stated("Форум не состоялся.", "ru") == {"cancelled"}
    assert stated("Forum gerçekleşmedi.", "tr") == {"cancelled"}


# --- through check() ------------------------------------------------------------

EVENT = """\
- id: forum
  name: Forum
  status: {status}
  claims:
    - text: "{sentence}"
      cite:
        - source: article
          quote: "{sentence}"
"""


def brief(make_project, language: str, sentence: str, status: str) -> Path:
    return make_project({
        "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "en"\n',
        "seeds/article.txt": f"---\nlanguage: {language}\npublished: 2026-12-01\n---\nReport\n{sentence}\n",
        "content/forums.yaml": EVENT.format(status=status, sentence=sentence),
        "content/figures.yaml": None,
    })


@pytest.mark.parametrize("language, sentence, status", [
    ("nl", "De top vond plaats in Brussel.", "held"),
    ("nl", "Ruim 130 bedrijven namen van 8 tot en met 10 september deel aan de missie.", "held"),
    ("fr", "Le forum s'est finalement déroulé les 19 et 20 mai à Dakar.", "held"),
    ("fr", "Le ministre s'est rendu aujourd'hui à Dakar, où il s'est entretenu avec son homologue sénégalais.",
     "held"),
    ("pt", "Montenegro deverá regressar a Angola em novembro.", "planned"),
    ("ru", "Саммит решено перенести на осень.", "postponed"),
    ("tr", "Forumun 2024'teki son toplantısına 250 şirket katılmıştı.", "held"),
    ("es", "El foro no se celebró hasta junio.", "held"),
])
def test_the_status_a_quote_states_passes_the_check(make_project, language, sentence, status):
    found = [d.format() for d in check(brief(make_project, language, sentence, status)).diagnostics.items
             if "status" in d.message]
    assert found == []
