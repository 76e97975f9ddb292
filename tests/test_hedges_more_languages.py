"""Overreach in more languages: the hedges a claim drops (Chinese 据…报道, the
Italian and Portuguese conditional of hearsay, Korean 것으로 보인다, Dutch,
Polish and Turkish), the numbers a claim changes where they are spelled out
("il quinto vertice" citing "il secondo vertice", "第二届" citing "第三届"),
and the stop words of Portuguese, Dutch and Polish."""
import pytest

from briefgen import check
from briefgen.cli import main
from briefgen.diagnostics import Location
from briefgen.model import Cite
from briefgen.hedges import hedges_in
from briefgen.claimreader import Reader


def _judged(claim: str, quote: str, language: str):
    """What Reader.unsupported gives for `claim` in a brief in `language` citing `quote` of a source in it."""
    return Reader({}, {"s": {"language": language}}, [], language).unsupported(
        claim, [Cite("s", quote, Location("x"))])


@pytest.mark.parametrize("language, claim, quote, hedges", [
    ("zh", "肯尼亚已与中方签署了融资协议。", "据外媒报道，肯尼亚已与中方签署了融资协议。", ["据外媒报道"]),
    ("zh", "双方签署了协议。", "据知情人士透露，双方签署了协议。", ["据知情人士透露"]),
    ("zh", "相关措施涉及约1,200台设备。", "消息人士称，相关措施涉及约1,200台设备。", ["消息人士"]),
    ("zh-Hant", "台積電將追加投資。", "知情人士透露，台積電將追加投資。", ["知情人士"]),
    ("zh", "双方签署了协议。", "一位不愿具名的官员说，双方签署了协议。", ["不愿具名"]),
    ("it", "Eni e Sonatrach hanno raggiunto un accordo.", "Eni e Sonatrach avrebbero raggiunto un accordo.",
     ["avrebbero"]),
    ("it", "Il governo ha deciso di raddoppiare le forniture.",
     "Il governo avrebbe deciso di raddoppiare le forniture.", ["avrebbe"]),
    ("it", "Il ministro ha fatto una promessa.", "Il ministro avrebbe fatto una promessa.", ["avrebbe"]),
    ("ko", "정부는 세제 혜택을 확대했다.", "정부는 세제 혜택을 확대한 것으로 보인다.", ["것으로 보인다"]),
    ("ko", "양측이 협정에 서명했다.", "양측이 협정에 서명한 것으로 추정된다.", ["것으로 추정된다"]),
    ("ja", "両国は協定に署名した。", "両国は協定に署名した模様だ。", ["模様"]),
    ("ja", "首相は会議に出席しない。", "首相は会議に出席しない模様だ。", ["模様"]),
    ("ja", "両国は協定に署名した。", "両国は協定に署名したもようだ。", ["もよう"]),
    ("ko", "양측이 협정에 서명했다.", "양측이 협정에 서명한 것으로 전해졌다.", ["것으로 전해졌다"]),
    ("pt", "O Brasil ofereceu ainda 200 milhões de euros.", "O Brasil terá oferecido ainda 200 milhões de euros.",
     ["terá"]),
    ("nl", "Duitsland heeft 500 miljoen euro toegezegd.", "Naar verluidt heeft Duitsland 500 miljoen euro toegezegd.",
     ["naar verluidt"]),
    ("nl", "Het ministerie heeft 120 miljoen euro extra vrijgemaakt.",
     "Het ministerie zou 120 miljoen euro extra hebben vrijgemaakt.", ["zou"]),
    ("pl", "Niemcy zaoferowały 500 mln euro.", "Podobno Niemcy zaoferowały 500 mln euro.", ["podobno"]),
    ("kk", "Жапония 1 млрд доллар бөледі.", "Хабарланғандай, Жапония 1 млрд доллар бөледі.", ["хабарланғандай"]),
    ("kk", "Жапония 1 млрд доллар бөледі.", "Мәліметтерге қарағанда, Жапония 1 млрд доллар бөледі.",
     ["мәліметтерге қарағанда"]),
    ("uz", "Yaponiya 1 mlrd dollar ajratdi.", "Xabar qilinishicha, Yaponiya 1 mlrd dollar ajratdi.",
     ["xabar qilinishicha"]),
    ("uz", "Yaponiya 1 mlrd dollar ajratdi.", "Xabarlarga koʻra, Yaponiya 1 mlrd dollar ajratdi.",
     ["xabarlarga koʻra"]),
    ("pl", "Łotwa przekazała 80 mln euro.", "Według nieoficjalnych informacji Łotwa przekazała 80 mln euro.",
     ["według nieoficjalnych informacji"]),
    ("pl", "Łotwa przekazała 80 mln euro.", "Łotwa rzekomo przekazała 80 mln euro.", ["rzekomo"]),
    ("de", "Deutschland wird über 1,2 Mrd. Euro in das Terminal investieren.",
     "Deutschland wird nach Informationen aus Branchenkreisen über 1,2 Mrd. Euro in das Terminal investieren.",
     ["nach informationen aus branchenkreisen"]),
    ("de", "Die Konsultationen wurden verschoben.", "Regierungskreisen zufolge wurden die Konsultationen verschoben.",
     ["regierungskreisen zufolge"]),
    ("ru", "Россия инвестирует более 1,2 млрд долларов в строительство АЭС.",
     "Россия инвестирует более 1,2 млрд долларов в строительство АЭС, по неофициальным данным.",
     ["по неофициальным данным"]),
    ("ru", "Россия выделила 80 млн долларов.", "По неподтверждённой информации, Россия выделила 80 млн долларов.",
     ["по неподтверждённой информации"]),
    ("pl", "Łotwa przekazała 80 mln euro.", "Łotwa miała przekazać 80 mln euro.", ["miała"]),
    ("tr", "Gürcistan projeye 80 milyon dolar aktardı.", "Gürcistan'ın projeye 80 milyon dolar aktardığı iddia edildi.",
     ["iddia edildi"]),
    ("tr", "Gürcistan projeye 80 milyon dolar aktardı.", "Gürcistan'ın projeye 80 milyon dolar aktardığı öne sürüldü.",
     ["öne sürüldü"]),
])
def test_a_hedge_the_claim_drops_is_reported(language, claim, quote, hedges):
    assert _judged(claim, quote, language)[5] == hedges


@pytest.mark.parametrize("language, claim, quote", [
    ("zh", "据外媒报道，肯尼亚已与中方签署了融资协议。", "据外媒报道，肯尼亚已与中方签署了融资协议。"),  # kept
    ("zh", "消息人士称，相关措施涉及约1,200台设备。", "消息人士称，相关措施涉及约1,200台设备。"),  # kept
    ("it", "Secondo fonti diplomatiche, Eni e Sonatrach hanno raggiunto un accordo.",  # says who said it
     "Eni e Sonatrach avrebbero raggiunto un accordo."),
    ("ko", "정부는 세제 혜택을 확대한 것으로 보인다.", "정부는 세제 혜택을 확대한 것으로 보인다."),
    ("ja", "両国は協定に署名した模様だ。", "両国は協定に署名した模様だ。"),  # kept
    ("pt", "O Brasil terá oferecido ainda 200 milhões de euros.",
     "O Brasil terá oferecido ainda 200 milhões de euros."),
    ("nl", "Volgens ingewijden heeft Duitsland 500 miljoen euro toegezegd.",
     "Naar verluidt heeft Duitsland 500 miljoen euro toegezegd."),
    ("pl", "Według ministerstwa Niemcy zaoferowały 500 mln euro.", "Podobno Niemcy zaoferowały 500 mln euro."),
    ("de", "Nach Informationen aus Branchenkreisen wird Deutschland über 1,2 Mrd. Euro investieren.",  # kept
     "Deutschland wird nach Informationen aus Branchenkreisen über 1,2 Mrd. Euro in das Terminal investieren."),
    ("ru", "По неофициальным данным, Россия инвестирует более 1,2 млрд долларов в АЭС.",  # kept
     "Россия инвестирует более 1,2 млрд долларов в строительство АЭС, по неофициальным данным."),
    ("tr", "Bakanlığa göre Gürcistan projeye 80 milyon dolar aktardı.",
     "Gürcistan'ın projeye 80 milyon dolar aktardığı iddia edildi."),
])
def test_a_claim_that_keeps_the_hedge_or_says_who_said_it_is_not_reported(language, claim, quote):
    assert _judged(claim, quote, language)[5] == []


@pytest.mark.parametrize("language, text", [
    # a conditional of opinion, a plan, a possession: nothing heard
    ("it", "Sarebbe giusto rinviare il vertice."), ("it", "Sarebbe importante firmare."),
    ("pt", "O país terá 200 milhões de euros."), ("nl", "Het zou goed zijn voor de economie."),
    ("nl", "De top zou in mei worden gehouden."), ("pl", "Kraj miał 200 mln euro długu."),
    ("zh", "据新华社电，中方将提供贷款。"),
    ("de", "Die Verschiebung wurde in Regierungskreisen diskutiert."),  # where, not who told it
    ("ja", "会場は水玉模様の布で飾られた。"),  # a polka-dot pattern, not "it appears"
    # what was to be or should have been: a plan of the past, heard from no one
    ("it", "Il vertice, che avrebbe dovuto svolgersi il 20 giugno, è stato rinviato."),
    ("pl", "Spotkanie miało się odbyć 12 maja, ale zostało przełożone."),
    ("pl", "Umowa miała zostać podpisana w maju."),
])
def test_words_that_look_like_a_hedge_and_report_nothing_heard_are_none(language, text):
    assert hedges_in(text, language) == []


@pytest.mark.parametrize("language, claim, quote, numbers", [
    ("zh", "第二届中非数字经济峰会将于9月举行。", "第三届中非数字经济峰会定于9月举行。", ["第二"]),
    ("zh", "中国已连续六年成为肯尼亚最大贸易伙伴。", "中国已连续五年成为肯尼亚最大贸易伙伴。", ["六"]),
    ("zh", "两国签署了十二项协议。", "两国签署了十项协议。", ["十二"]),
    ("it", "Il quinto vertice si è svolto a Roma.", "Il secondo vertice si è svolto a Roma.", ["quinto"]),
    ("it", "Hanno partecipato sette ministri.", "Hanno partecipato tre ministri.", ["sette"]),
    ("pt", "A terceira cimeira realizou-se em Lisboa.", "A segunda cimeira realizou-se em Lisboa.", ["terceira"]),
    ("nl", "De derde top vond plaats in Brussel.", "De tweede top vond plaats in Brussel.", ["derde"]),
    ("pl", "Trzeci szczyt odbył się w Warszawie.", "Drugi szczyt odbył się w Warszawie.", ["Trzeci"]),
    ("es", "Asistieron cinco ministros.", "Asistieron cuatro ministros.", ["cinco"]),
    ("tr", "Üçüncü zirve Ankara'da yapıldı.", "İkinci zirve Ankara'da yapıldı.", ["Üçüncü"]),
])
def test_a_spelled_out_number_or_ordinal_the_quotes_do_not_give_warns(language, claim, quote, numbers):
    assert _judged(claim, quote, language)[0] == numbers


@pytest.mark.parametrize("language, claim, quote", [
    ("zh", "第三届中非数字经济峰会定于9月举行。", "第三届中非数字经济峰会定于9月举行。"),
    ("zh", "第3届峰会定于9月举行。", "第三届峰会定于9月举行。"),
    ("zh", "中国已连续5年成为肯尼亚最大贸易伙伴。", "中国已连续五年成为肯尼亚最大贸易伙伴。"),
    ("zh", "一带一路倡议和二十国集团", "一带一路倡议和二十国集团"),
    ("it", "Hanno partecipato 7 ministri.", "Hanno partecipato sette ministri."),
    ("it", "Il quinto vertice si è svolto a Roma.", "Il quinto vertice si è svolto a Roma."),
    # "secondo" says who said it; "primo ministro" is a title; a number word inside a larger one
    ("it", "Secondo il ministro, in secondo luogo il vertice si è svolto a Roma.", "Il vertice si è svolto a Roma."),
    ("it", "Il primo ministro ha firmato.", "Il premier ha firmato."),
    ("it", "L'Italia ha stanziato tre milioni di euro.", "L'Italia ha stanziato 3 milioni di euro."),
    ("pt", "Segundo o ministro, a cimeira realizou-se na segunda-feira.", "A cimeira realizou-se na segunda-feira."),
    ("pl", "Dwadzieścia dwa kraje podpisały umowę.", "22 kraje podpisały umowę."),
    ("en", "The inaugural forum met in Astana.", "The first forum met in Astana."),
    ("nl", "Het kabinet acht het nodig te investeren.", "Het kabinet wil investeren."),  # deems, not eight
    ("ja", "東京五輪の会場が決まった。", "東京オリンピックの会場が決まった。"),  # the Olympics, not five rounds
])
def test_a_number_the_quotes_give_or_a_word_that_counts_nothing_does_not_warn(language, claim, quote):
    assert _judged(claim, quote, language)[0] == []


@pytest.mark.parametrize("language, claim, quote, words", [
    # Function words the stop-word lists of these languages left out are no unsupported words.
    ("pt", "A comissão instalou uma estação de monitoramento do rio.",
     "A comissão instalou estação monitoramento rio", []),
    ("nl", "Duitsland heeft op de top geld voor het project toegezegd.", "Duitsland top geld project toegezegd", []),
    ("nl", "Het project wordt gefinancierd naar de wens van de partners.",
     "project gefinancierd wens partners", []),
    ("pl", "W Wilnie podpisano umowę i list o współpracy z Litwą.", "Wilnie podpisano umowę list współpracy Litwą", []),
])
def test_function_words_of_portuguese_dutch_and_polish_are_stop_words(language, claim, quote, words):
    assert _judged(claim, quote, language)[2] == words


@pytest.mark.parametrize("language, claim, quote", [
    # the preposition, the auxiliary and the reflexive pronoun the lists of French and Spanish leave out
    ("fr", "L'accord de pêche a été signé mercredi à Dakar.", "L'accord de pêche, signé mercredi à Dakar"),
    ("fr", "Les ministres ont signé un accord sur la pêche.", "Les ministres signèrent l'accord sur la pêche"),
    ("es", "El memorando migratorio se firmó el miércoles en Rabat.",
     "El memorando migratorio, firmado el miércoles en Rabat"),
    ("es", "Los ministros firmaron un acuerdo de pesca y de migración.",
     "Los ministros firmaron el acuerdo pesquero, migración"),
])
def test_function_words_of_french_and_spanish_are_stop_words(language, claim, quote):
    unsupported = _judged(claim, quote, language)[2]
    assert not {"a", "à", "ont", "un", "de", "se", "y"} & {word.lower() for word in unsupported}


@pytest.mark.parametrize("language, claim, quote, words", [
    # Vietnamese, which the stop-word package has no list for, and Indonesian's commonest prepositions.
    ("vi", "Phần lớn điện của đập sẽ được bán cho Thái Lan.", "phần lớn sản lượng điện đập sẽ bán Thái Lan", []),
    ("vi", "Viện công bố báo cáo về phù sa tại Cần Thơ.", "Viện công bố báo cáo phù sa Cần Thơ", []),
    ("id", "Ringkasan ini mengikuti investasi smelter di Sulawesi untuk ekspor.",
     "Ringkasan ini mengikuti investasi smelter Sulawesi ekspor", []),
    # A negation or a tense is what a claim states.
    ("vi", "Đập đã không được xây.", "Đập được xây", ["đã", "không"]),
])
def test_function_words_of_vietnamese_and_indonesian_are_stop_words(language, claim, quote, words):
    assert _judged(claim, quote, language)[2] == words


def test_a_chinese_brief_warns_of_a_changed_ordinal_and_a_dropped_hedge(make_project, capsys):
    files = {
        "briefgen.toml": '[site]\nlanguage = "zh"\n',
        "seeds/xinhua.txt": "峰会\n第三届中非数字经济峰会定于2025年9月在北京举行。\n\n据外媒报道，肯尼亚已与中方签署了融资协议。\n",
        "content/sources.yaml": "- id: xinhua\n  title: 峰会\n  language: zh\n",
        "content/figures.yaml": None,
        "content/forums.yaml": """\
            - id: astana-forum-2024
              name: Astana Forum
              claims:
                - text: "第二届中非数字经济峰会定于2025年9月在北京举行。"
                  cite:
                    - source: xinhua
                      quote: "第三届中非数字经济峰会定于2025年9月在北京举行"
                - text: "肯尼亚已与中方签署了融资协议。"
                  cite:
                    - source: xinhua
                      quote: "据外媒报道，肯尼亚已与中方签署了融资协议。"
                - text: "第三届中非数字经济峰会定于2025年9月在北京举行。"
                  cite:
                    - source: xinhua
                      quote: "第三届中非数字经济峰会定于2025年9月在北京举行"
            """,
    }
    root = make_project(files)
    assert sorted(d.message for d in check(root).diagnostics.warnings if "none of its quotes" in d.message) == [
        "claim 1 of forum 'astana-forum-2024' states what none of its quotes does: numbers 第二",
        "claim 2 of forum 'astana-forum-2024' states what none of its quotes does: as certain, what its quotes "
        "hedge: 据外媒报道",
    ]
    capsys.readouterr()
    assert main(["--root", str(root), "check", "--overreach"]) == 0
    assert "claim 3" not in capsys.readouterr().out


def test_a_turkish_word_opening_with_a_dotted_capital_is_the_word_in_lower_case():
    """Python lowers "İş" to "i̇ş", with a combining dot no word written in lower case has."""
    words = _judged("İş forumuna 120 şirket katıldı.", "120 şirketin katıldığı bir iş forumuyla", "tr")[2]
    assert "İş" not in words
    assert "İstanbul'da" in _judged("Forum İstanbul'da toplandı.", "120 şirketin katıldığı bir iş forumuyla", "tr")[1]
