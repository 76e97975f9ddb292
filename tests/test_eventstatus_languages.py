"""An event's status stated in other languages than English: each language's
phrase table (eventstatus.PHRASES), read through the public functions, and a
brief whose quotes are German or Chinese checked end to end."""
import pytest

from briefgen import check, eventstatus
from briefgen.eventstatus import find_statuses, stated

# language -> status -> sentences that state that status, and only it.
STATING = {
    "de": {
        "planned": [
            "Das Treffen findet im Mai statt.",
            "Der Gipfel soll im Herbst in Astana stattfinden.",
            "Die Konferenz wird am 9. August 2024 in Tokio stattfinden.",
            "Kishida wird am Gipfel in Astana teilnehmen.",
            "Ein Treffen der Außenminister ist für Dezember geplant.",
            "Japan plant, die Staats- und Regierungschefs nach Tokio einzuladen.",
            "das Treffen, das im Mai stattfindet",
            "vor dem bevorstehenden Gipfel",
        ],
        "held": [
            "Das Treffen fand in der Villa Ciani statt.",
            "Der Gipfel fand am 9. August 2024 in Astana statt.",
            "Die Konferenz hat im Dezember stattgefunden.",
            "Das Forum wurde in Astana abgehalten.",
            "Die Minister trafen sich in Tokio.",
            "Kishida besuchte Kasachstan.",
            "Mehr als 350 Unternehmen nahmen am Forum teil.",
            "nachdem das Treffen in Berlin stattfand",
            "Das Treffen fand wie geplant statt.",
        ],
        "postponed": [
            "Der Besuch wurde verschoben.",
            "Die Konferenz wurde auf Juni vertagt.",
            "Japan verschob die Reise.",
            "die Verschiebung des Gipfels",
        ],
        "cancelled": [
            "Die Reise wurde abgesagt.",
            "Das Treffen fiel aus.",
            "Das Treffen ist wegen des Streiks ausgefallen.",
            "Das Treffen fand in diesem Jahr nicht statt.",
            "Kishida sagte die Reise ab.",
            "Der Gipfel hat nie stattgefunden.",
            "Das Treffen findet nicht statt.",
            "Der Gipfel wird nicht stattfinden.",
            "Der Gipfel kam nicht zustande.",
        ],
    },
    "es": {
        "planned": [
            "La cumbre se celebrará en Tokio en diciembre.",
            "El foro tendrá lugar en Astana.",
            "La reunión está prevista para mayo.",
            "El primer ministro visitará Kazajistán.",
            "Japón tiene previsto acoger a los líderes.",
        ],
        "held": [
            "La cumbre se celebró en Tokio.",
            "El foro tuvo lugar en Astana el 9 de agosto.",
            "La reunión fue celebrada en Madrid.",
            "El primer ministro visitó Kazajistán.",
            "Más de 350 empresas participaron en el foro.",
        ],
        "postponed": [
            "La cumbre fue aplazada hasta otoño.",
            "La visita fue pospuesta.",
            "El gobierno pospuso el viaje.",
            "el aplazamiento de la reunión",
        ],
        "cancelled": [
            "La reunión fue cancelada.",
            "El viaje fue suspendido por el terremoto.",
            "La cumbre no tuvo lugar.",
            "El primer ministro canceló su visita.",
            "El foro no se celebró ese año.",
        ],
    },
    "fr": {
        "planned": [
            "Le sommet se tiendra à Tokyo en décembre.",
            "Le forum aura lieu à Astana.",
            "La réunion est prévue pour mai.",
            "Le Premier ministre se rendra au Kazakhstan.",
            "Le sommet doit avoir lieu en décembre.",
        ],
        "held": [
            "Le sommet s'est tenu à Tokyo.",
            "La réunion s\u2019est tenue le 9 août.",
            "Le forum a eu lieu à Astana.",
            "Le Japon a accueilli les dirigeants.",
            "Plus de 350 entreprises ont participé au forum.",
        ],
        "postponed": [
            "Le sommet a été reporté à l'automne.",
            "La visite a été repoussée.",
            "La réunion a été ajournée.",
            "le report du sommet",
        ],
        "cancelled": [
            "La visite a été annulée.",
            "Le sommet a été annulé.",
            "La réunion n'a pas eu lieu.",
            "Le sommet n'aura pas lieu.",
            "Le forum ne s'est pas tenu cette année.",
        ],
    },
    "it": {
        "planned": [
            "Il vertice si terrà a Tokyo a dicembre.",
            "Il forum avrà luogo ad Astana.",
            "L'incontro è previsto per maggio.",
            "Il primo ministro visiterà il Kazakistan.",
        ],
        "held": [
            "Il vertice si è svolto a Tokyo.",
            "La riunione si è tenuta il 9 agosto.",
            "Il forum ha avuto luogo ad Astana.",
            "Il Giappone ha ospitato i leader.",
        ],
        "postponed": [
            "Il vertice è stato rinviato.",
            "La visita è stata posticipata all'autunno.",
            "L'incontro è stato rimandato.",
        ],
        "cancelled": [
            "La visita è stata annullata.",
            "Il vertice è stato cancellato.",
            "La riunione non si è tenuta.",
            "Il forum non ha avuto luogo.",
        ],
    },
    "pt": {
        "planned": [
            "A cimeira será realizada em Tóquio.",
            "O fórum terá lugar em Astana.",
            "A reunião está prevista para maio.",
            "O primeiro-ministro visitará o Cazaquistão.",
            "A cúpula se realizará em maio.",  # the pronoun before the verb, as Brazil writes it
        ],
        "held": [
            "A cúpula realizou-se em Tóquio.",
            "O fórum foi realizado em Astana.",
            "A reunião teve lugar em 9 de agosto.",
            "O primeiro-ministro visitou o Cazaquistão.",
            "A cúpula se realizou em Astana.",
            "As reuniões se realizaram em maio.",
        ],
        "postponed": [
            "A cúpula foi adiada para o outono.",
            "A visita foi adiada.",
            "o adiamento da reunião",
        ],
        "cancelled": [
            "A visita foi cancelada.",
            "O governo cancelou a viagem.",
            "A reunião não se realizou.",
            "A cúpula não se realizará.",
            "o cancelamento da cimeira",
        ],
    },
    "ru": {
        "planned": [
            "Саммит состоится в Токио в декабре.",
            "Форум пройдёт в Астане.",
            "Форум пройдет в Астане.",
            "Встреча запланирована на май.",
            "Премьер-министр посетит Казахстан.",
            "Саммит должен состояться осенью.",
            "Форум откроется в Ташкенте в апреле.",
        ],
        "held": [
            "Саммит состоялся в Токио.",
            "Встреча состоялась 9 августа.",
            "Форум прошёл в Астане.",
            "Встреча прошла 9 августа 2024 года.",
            "Мероприятие прошло в Ташкенте.",
            "Форум был проведён в Астане.",
            "Премьер-министр посетил Казахстан.",
            "В Ташкенте открылся форум «Транзит Азии».",
            "В Алматы стартовал транспортный форум.",
        ],
        "postponed": [
            "Визит перенесён на осень.",
            "Конференция перенесена на июнь.",
            "Встреча была отложена.",
            "Визит отложили.",
        ],
        "cancelled": [
            "Визит отменён.",
            "Встреча отменена.",
            "Саммит не состоялся.",
            "Поездку отменили.",
            "Форум не состоится.",
        ],
    },
    "ja": {
        "planned": [
            "首脳会議は12月に東京で開催される予定だ。",
            "フォーラムは来月開催予定。",
            "首相はカザフスタンを訪問する予定である。",
            "中央アジアとの首脳会合開催へ",
            "来月東京で開かれる首脳会議",
            "日本は来年首脳会議を開催したい考えだ。",
        ],
        "held": [
            "首脳会議が東京で開催された。",
            "フォーラムは8月9日にアスタナで開かれた。",
            "会談が行われた。",
            "首相はカザフスタンを訪問した。",
            "会議は予定通り開催されました。",
            "日モンゴル投資フォーラムがウランバートルで開幕した。",
            "会議は3日間の日程を終えて閉幕した。",
        ],
        "postponed": [
            "首脳会議は延期された。",
            "訪問は延期となった。",
            "会合は先送りされた。",
        ],
        "cancelled": [
            "訪問は中止された。",
            "首脳会議は中止となった。",
            "会合は開催されなかった。",
            "出張を取りやめた。",
            "政府はフォーラムの開催を見送った。",
            "首脳会談は見送られた。",
            "首脳会談の開催見送りが決まった。",
        ],
    },
    "zh": {
        "planned": [
            "峰会将于12月在东京举行。",
            "峰會將於明年在阿斯塔納舉行。",
            "论坛定于8月9日召开。",
            "會議即將舉行。",
            "总理将出席峰会。",
            "预计明年举行第二届峰会。",
            "论坛将于8月9日在乌兰巴托开幕。",
        ],
        "held": [
            "中国—中亚峰会在西安举行。",
            "於2024年8月20日舉行動土典禮",
            "论坛已于8月9日在阿斯塔纳召开。",
            "會議在台北召開。",
            "双方举行了会谈。",
            "總統出席了開幕式。",
            "將軍出席了儀式。",
            "中蒙投资论坛于8月9日在乌兰巴托开幕。",
            "會議於10日閉幕。",
        ],
        "postponed": [
            "峰会推迟举行。",
            "會議推遲至明年。",
            "论坛延期。",
            "訪問延期舉行。",
            "论坛推迟至9月开幕。",
        ],
        "cancelled": [
            "访问被取消。",
            "會議取消。",
            "峰会未能举行。",
            "論壇沒有舉行。",
            "行程取消了。",
            "论坛并未开幕。",
        ],
    },
    "ko": {
        "planned": [
            "정상회의는 12월 도쿄에서 개최될 예정이다.",
            "포럼은 다음 달 열릴 예정이다.",
            "총리는 카자흐스탄을 방문할 계획이다.",
            "다음 달 열릴 정상회의",
        ],
        "held": [
            "정상회의가 도쿄에서 개최됐다.",
            "포럼은 8월 9일 아스타나에서 열렸다.",
            "총리는 카자흐스탄을 방문했다.",
            "양국 정상은 회담을 가졌다.",
        ],
        "postponed": [
            "정상회의가 연기됐다.",
            "방문이 연기되었다.",
            "회의는 내년으로 미뤄졌다.",
        ],
        "cancelled": [
            "방문이 취소됐다.",
            "정상회의는 무산됐다.",
            "회의는 열리지 않았다.",
        ],
    },
    "ar": {
        "planned": [
            "ستعقد القمة في طوكيو في ديسمبر.",
            "من المقرر أن يزور رئيس الوزراء كازاخستان.",
            "وسيشارك الوزراء في المنتدى.",
            "يعتزم رئيس الوزراء زيارة أستانا.",
        ],
        "held": [
            "عقدت القمة في طوكيو.",
            "عُقدت القمة في طوكيو.",  # with a vowel mark
            "انعقد المنتدى في أستانا.",
            "استضافت اليابان القادة.",
            "وزار رئيس الوزراء كازاخستان.",
        ],
        "postponed": [
            "تم تأجيل القمة.",
            "تأجلت الزيارة إلى الخريف.",
            "أرجئ الاجتماع.",
            "وقد أجلت القمة إلى العام المقبل.",  # the common active form
            "أُجِّلَت القمة.",  # passive, with its vowel marks
        ],
        "cancelled": [
            "تم إلغاء الزيارة.",
            "تم الغاء الزيارة.",  # alif written without its hamza
            "ألغيت القمة.",
            "لم تعقد القمة هذا العام.",
            "وألغى رئيس الوزراء رحلته.",
        ],
    },
    "tr": {
        "planned": [
            "Zirve aralıkta Tokyo'da düzenlenecek.",
            "Forumun Astana'da yapılması planlanıyor.",
            "Başbakan Kazakistan'ı ziyaret edecek.",
            "Bakanların toplantıya katılması bekleniyor.",
            "Zirve aralıkta Ankara'da yapılacak.",
            "Komisyon gelecek ay toplanacak.",
        ],
        "held": [
            "Zirve Tokyo'da düzenlendi.",
            "Forum 9 Ağustos'ta Astana'da gerçekleşti.",
            "Başbakan Kazakistan'ı ziyaret etti.",
            "350'den fazla şirket foruma katıldı.",
            "Komisyon Ankara'da toplandı.",
        ],
        "postponed": [
            "Zirve ertelendi.",
            "Ziyaret sonbahara ertelendi.",
            "Hükümet toplantıyı erteledi.",
        ],
        "cancelled": [
            "Ziyaret iptal edildi.",
            "Zirve gerçekleşmedi.",
            "Toplantı bu yıl düzenlenmedi.",
            "İptal edilen zirve",
        ],
    },
}

LANGUAGES = ("de", "es", "fr", "it", "pt", "ru", "ja", "zh", "ko", "ar", "tr")


@pytest.mark.parametrize("language, text, expected", [
    (language, text, {status})
    for language, by_status in STATING.items() for status, texts in by_status.items() for text in texts])
def test_each_language_states_each_status(language, text, expected):
    assert stated(text, language) == expected


@pytest.mark.parametrize("language, text", [
    ("de", "Die Stadt hat 3 Millionen Einwohner."),
    ("de", "Er sagte, dass er ab Montag in Berlin sei."),   # "sagte … ab" is "called off" only at a clause's end
    ("de", "Er fand die Idee gut."),                        # "fand" without "statt"
    ("de", "Das Ergebnis fiel positiv aus."),                # "turned out well", not "was called off"
    ("de", "ein ausgefallenes Programm"),                     # "an unusual programme"
    ("de", "Die Kosten werden auf 3 Milliarden Euro geschätzt."),
    ("es", "La ciudad tiene tres millones de habitantes."),
    ("fr", "La ville compte trois millions d'habitants."),
    ("it", "Il tribunale ha disposto il rinvio a giudizio."),  # "rinvio" is also an indictment
    ("pt", "A cidade tem três milhões de habitantes."),
    ("ru", "В городе живут три миллиона человек."),
    ("ru", "Прошло пять лет."),                             # time passed, no event took place
    ("ru", "С тех пор прошло 10 лет."),
    ("ja", "自由で開かれたインド太平洋を推進する。"),           # "free and open", not "was held"
    ("ja", "東京の人口は約1400万人だ。"),
    ("zh", "东京人口约为一千四百万。"),
    ("zh", "第二届峰会尚未举行。"),                          # not yet held: neither held nor cancelled
    ("zh", "根据五年计划，两国加强合作。"),
    ("ko", "양국 협력의 길이 열렸다."),                       # "a path opened", not "was held"
    ("ko", "배우가 연기했다."),                               # "the actor performed", not "postponed"
    ("ko", "서울의 인구는 약 천만 명이다."),
    ("ar", "من أجل تعزيز التعاون بين البلدين."),               # "for the sake of", not "postponed"
    ("ar", "يبلغ عدد سكان المدينة ثلاثة ملايين نسمة."),
    ("tr", "Şehrin nüfusu 3 milyon."),
    # A status negated states no status ("was not held" alone is a cancellation of its own).
    ("en", "The summit was not postponed."), ("en", "The talks were never cancelled."),
    ("en", "The talks weren't called off."), ("en", "It was not delayed."), ("en", "It has not been held yet."),
    ("en", "The meeting may be convened in July."), ("en", "The leaders are expected to have met by June."),
    # What would have happened did not: "would have been held had it not been called off"
    ("en", "The summit would have been held in May."), ("en", "They would have met in Astana had the war not begun."),
    ("es", "La cumbre no fue aplazada."), ("es", "La cumbre no fue cancelada."),
    ("de", "Der Gipfel wurde nicht verschoben."), ("de", "Der Gipfel wurde nicht abgesagt."),
    ("de", "Der Gipfel ist noch nicht abgehalten worden."),
    ("fr", "Le sommet n'a pas été reporté."), ("fr", "Le sommet n’a jamais été annulé."),
    ("it", "Il vertice non è stato rinviato."), ("it", "La riunione non è stata annullata."),
    ("pt", "A cúpula não foi adiada."), ("pt", "A reunião não foi cancelada."),
    ("ru", "Саммит не был перенесён."), ("ru", "Встреча не была отменена."),
    ("ja", "会議は延期されなかった。"), ("ja", "首脳会談は見送られなかった。"),
    ("ja", "首相は空港で代表団を見送った。"),  # saw them off
    ("zh", "他在开幕式上致辞。"),  # the opening ceremony, no event's opening
    ("zh", "论坛尚未开幕。"),
    ("zh", "会议没有推迟。"), ("zh", "峰會並未取消。"),
    ("ko", "회의는 연기되지 않았다."), ("ar", "لم يتم تأجيل القمة."),
    ("tr", "Zirve ertelenmedi."), ("tr", "Toplantı iptal edilmedi."),
])
def test_text_that_states_no_status(language, text):
    assert stated(text, language) == set()


# Denied, doubted or rumoured, as English "denied that the summit took place": the event's happening, or its
# being put off or called off, is left unsaid.
@pytest.mark.parametrize("language, text", [
    ("ru", "МИД опроверг сообщения о том, что встреча состоялась."),
    ("ru", "Министерство отрицает, что саммит был проведён в мае."),
    ("ru", "Неизвестно, состоялась ли встреча."),
    ("ru", "Слухи о том, что переговоры прошли в Дохе, не подтвердились."),
    ("ru", "Кремль опроверг, что визит был отменён."),
    ("zh", "外交部否认双方举行了会晤。"),
    ("zh", "外交部否認雙方舉行了會晤。"),
    ("zh", "目前尚不清楚峰会是否已经举行。"),
    ("zh", "有传闻称两国领导人已在北京会见。"),
    ("zh", "关于峰会已推迟的报道不实。"),
    ("tr", "Bakanlık görüşmenin yapıldığı iddialarını yalanladı."),
    ("tr", "Bakanlık zirvenin ertelendiği haberlerini yalanladı."),
    ("tr", "Toplantının yapılıp yapılmadığı belirsiz."),
    ("tr", "Zirvenin düzenlendiğine dair söylentiler asılsız çıktı."),
    ("es", "El gobierno desmintió que la cumbre fue aplazada."),
    ("es", "No está claro si la reunión se celebró."),
    ("es", "Rumores de que el presidente visitó Moscú."),
    ("fr", "Le ministère a démenti que la réunion a eu lieu."),
    ("fr", "On ignore si le sommet a eu lieu."),
    ("fr", "Des rumeurs selon lesquelles le sommet a été reporté."),
    ("de", "Das Ministerium bestritt, dass das Treffen stattgefunden habe."),
    ("de", "Es ist unklar, ob das Treffen am 9. August stattgefunden hat."),
    ("de", "Die Regierung dementierte, dass der Gipfel verschoben wurde."),
    ("it", "Il governo ha negato che il vertice si è tenuto."),
    ("it", "Non è chiaro se la riunione ha avuto luogo."),
    ("pt", "O ministério desmentiu que a cúpula foi adiada."),
    ("pt", "Não está claro se a reunião teve lugar."),
    ("ar", "نفت الوزارة أن الاجتماع انعقد."),
    ("ar", "نفت الوزارة أن يكون الاجتماع قد جرى في الدوحة."),
    ("ar", "ليس واضحا ما إذا كان الاجتماع قد انعقد."),
    ("ar", "شائعات بأن القمة تأجلت."),
    ("ko", "정부는 회담이 열렸다는 보도를 부인했다."),
    ("ko", "회담이 열렸는지 확인되지 않았다."),
    ("ko", "정상회의가 연기됐다는 소문을 일축했다."),
    ("ja", "政府は会談が行われたとの報道を否定した。"),
    ("ja", "会議が開催されたかどうかは不明だ。"),
    ("ja", "首脳会談が延期されたとのうわさを否定した。"),
    # what may happen: no plan, postponement or cancellation yet
    ("zh", "会议可能于下周举行。"),
    ("zh", "峰会或将推迟。"),
    ("zh-Hant", "論壇可能取消。"),
    ("zh", "主办方不排除延期。"),
])
def test_an_event_denied_doubted_or_rumoured_states_no_status(language, text):
    assert stated(text, language) == set()


@pytest.mark.parametrize("language, text", [
    ("ru", "МИД опроверг слухи об отставке. Встреча состоялась в Москве."),
    ("ru", "Встреча состоялась, хотя ранее МИД это отрицал."),
    ("zh", "外交部否认有关报道。会议在北京举行。"),
    ("zh", "峰会于5月举行，但关于峰会已推迟的报道不实。"),
    ("tr", "Bakanlık iddiaları yalanladı. Toplantı Ankara'da yapıldı."),
    ("es", "El ministro negó la acusación. La cumbre se celebró en Madrid."),
    ("de", "Der Minister bestritt die Vorwürfe. Das Treffen fand in Berlin statt."),
    ("ko", "정부는 회의가 열렸다고 밝혔다."),  # said so: a report, not a denial
    ("ja", "会議が開催されたと発表した。"),
])
def test_a_denial_of_something_else_leaves_held(language, text):
    assert "held" in stated(text, language)


# Chinese 会晤 is both "to meet" and "talks": only the verb says the talks were held.
@pytest.mark.parametrize("text, expected", [
    ("双方就会晤安排进行沟通。", set()),             # the arrangements for the talks
    ("此次会晤引发关注。", set()),                   # these talks drew attention
    ("两国外长在会晤期间交换了意见。", set()),
    ("在北京会晤的两国外长签署了协议。", set()),
    ("习近平未同普京会晤。", set()),                 # did not meet
    ("两国外长在北京会晤。", {"held"}),
    ("习近平同普京会晤。", {"held"}),
    ("双方会晤了两个小时。", {"held"}),
    ("双方举行会晤。", {"held"}),
    ("此次会晤在北京举行。", {"held"}),
    ("他将与普京会晤。", {"planned"}),
])
def test_chinese_talks_as_a_noun_state_nothing_and_as_a_verb_held(text, expected):
    assert stated(text, "zh") == expected


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Der für Mai geplante Gipfel wurde abgesagt.", ["planned", "cancelled"]),
    ("de", "Das Treffen fand statt, das nächste findet im Juni statt.", ["held", "planned"]),
    ("fr", "Le sommet, prévu en mai, a été reporté puis annulé.", ["planned", "postponed", "cancelled"]),
    ("ja", "開催される予定だったが中止された。", ["planned", "cancelled"]),
    ("zh", "原定於5月舉行的峰會已宣布取消。", ["planned", "cancelled"]),
    ("ru", "Саммит, который должен был состояться в мае, отменён.", ["planned", "cancelled"]),
    ("zh", "他将于明日出发，会议已于昨日举行。", ["planned", "held"]),  # a plan does not reach across 已 (done)
    ("ko", "회의가 예정대로 열렸다.", ["held"]),                # "as scheduled" states no plan
    ("ja", "会議は予定通り開催されました。", ["held"]),
    ("fr", "Le sommet s'est tenu comme prévu.", ["held"]),
    ("en", "The summit was not postponed and went ahead on 13 May.", ["held"]),
    ("en", "The summit is to be hosted by Riverton.", ["planned"]),
    ("tr", "Zirve Ankara'da yapıldı, bir sonraki yapılmadı.", ["held", "cancelled"]),
    # 原定/原訂 (originally set for) without 于 tells the plan, as 原定于 does: the event was not held then.
    ("zh", "原定本月10日舉行的對話將延後至下個月舉行。", ["planned", "postponed"]),
    ("zh", "原訂週二在新竹舉行的論壇已取消。", ["planned", "cancelled"]),
    ("zh", "峰会原定3月举行，现已推迟。", ["planned", "postponed"]),
    ("ru", "Саммит не был проведён.", ["cancelled"]),  # not held, as "was not held"
    ("de", "Der Gipfel hat nicht stattgefunden, der nächste noch nicht.", ["cancelled"]),
])
def test_a_quote_may_state_several_statuses_in_order(language, text, expected):
    assert [m.status for m in find_statuses(text, language)] == expected


def test_a_negated_or_future_form_is_not_also_read_as_held():
    assert [m.text for m in find_statuses("Das Treffen fand in diesem Jahr nicht statt.", "de")] == [
        "fand in diesem Jahr nicht statt"]
    assert [m.text for m in find_statuses("峰會將於明年在阿斯塔納舉行。", "zh")] == ["將於明年在阿斯塔納舉行"]
    assert [m.text for m in find_statuses("峰会推迟举行。", "zh")] == ["推迟举行"]
    assert [m.text for m in find_statuses("Саммит не состоялся.", "ru")] == ["не состоялся"]


def test_region_and_script_subtags_read_with_the_language_table():
    assert eventstatus.table_language("zh-TW") == eventstatus.table_language("zh-Hant-TW") == "zh"
    assert eventstatus.table_language("pt-BR") == "pt" and eventstatus.table_language("de_CH") == "de"
    assert stated("會議取消", "zh-TW") == stated("会议取消", "zh-CN") == {"cancelled"}


def test_phrases_of_unspaced_languages_match_inside_unspaced_text_and_english_keeps_whole_words():
    assert eventstatus.UNSPACED == {"ja", "zh", "th"}
    assert stated("峰會於2024年8月20日舉行動土典禮", "zh-TW") == {"held"}  # 舉行 between other characters
    assert stated("首脳会議が東京で開催された", "ja") == {"held"}
    assert stated("an unscheduled stop") == set() and stated("the metal industry") == set()
    assert stated("정상회의가개최됐다", "ko") == set()  # Korean is written with spaces: whole words only


def test_every_language_has_a_table_of_the_four_statuses_and_examples_that_it_reads():
    for language in ("en", *LANGUAGES):
        table = eventstatus.PHRASES[language]
        assert set(table) - {eventstatus.NO_STATUS} == set(eventstatus.STATUSES), language
        for status in eventstatus.STATUSES:
            for example in eventstatus.examples(status, language):
                assert stated(example, language) == {status}, (language, status, example)
    assert eventstatus.examples("held", "xx") == eventstatus.EXAMPLES["held"]
    assert eventstatus.examples("cancelled", "de-AT") == eventstatus.LANGUAGE_EXAMPLES["de"]["cancelled"]


def test_english_reads_as_before():
    assert [m.status for m in find_statuses("It will be held, and the other was not held.")] == ["planned", "cancelled"]
    assert stated("Das Treffen fand in der Villa Ciani statt.") == set()  # German text read with the English table


# --- through check() ------------------------------------------------------------

GERMAN_SEED = """\
Bericht über das Forum
Das Forum fand am 9. August 2024 in Astana statt. Japan und Kasachstan unterzeichneten drei Abkommen.
"""

GERMAN_FORUM = """\
- id: astana-forum-2024
  name: Astana Forum
  date: 2024-08-09
  status: {status}
  place: Astana
  countries: [kz, jp]
  claims:
    - text: The forum was held in Astana on 9 August 2024.
      cite:
        - source: article
          quote: "Das Forum fand am 9. August 2024 in Astana statt."
"""


def german_brief(make_project, status: str):
    return make_project({
        "briefgen.toml": '[site]\ntitle = "Forum"\nlanguage = "de"\n',
        "seeds/article.txt": GERMAN_SEED,
        "content/forums.yaml": GERMAN_FORUM.format(status=status),
        "content/figures.yaml": None,
    })


def test_a_german_brief_states_held_with_a_german_quote(make_project):
    result = check(german_brief(make_project, "held"))
    assert result.ok and [d.format() for d in result.diagnostics.errors] == []


def test_a_german_quote_that_says_held_does_not_state_cancelled(make_project):
    result = check(german_brief(make_project, "cancelled"))
    assert [d.message for d in result.diagnostics.errors] == [
        "status 'cancelled' of forum 'astana-forum-2024' is not stated by any cited quote"]
    # The hint suggests what a German source would say.
    hint = result.diagnostics.errors[0].hint
    examples = ", ".join(f"'{phrase}'" for phrase in eventstatus.examples("cancelled", "de"))
    assert f"(such as {examples})" in hint and examples != ", ".join(
        f"'{phrase}'" for phrase in eventstatus.EXAMPLES["cancelled"])


TAIWAN_SEED = """\
---
language: zh-TW
---
阿斯塔納論壇
原定於2024年8月9日在阿斯塔納舉行的論壇已宣布取消。
"""

TAIWAN_FORUM = """\
- id: astana-forum-2024
  name: Astana Forum
  date: 2024-08-09
  status: cancelled
  place: Astana
  countries: [kz, jp]
  claims:
    - text: The forum planned for 9 August 2024 in Astana was cancelled.
      cite:
        - source: article
          quote: "原定於2024年8月9日在阿斯塔納舉行的論壇已宣布取消。"
"""


def test_a_source_in_traditional_chinese_states_cancelled(make_project):
    root = make_project({"seeds/article.txt": TAIWAN_SEED, "content/forums.yaml": TAIWAN_FORUM,
                         "content/figures.yaml": None})
    result = check(root)
    assert result.ok and [d.format() for d in result.diagnostics.errors] == []


POSTPONED_SEED = """\
---
language: zh-Hant
published: 2026-03-05
---
對話延後
據悉，台美雙方原定本月10日舉行的經濟對話將延後至下個月舉行。
"""

POSTPONED_DIALOGUE = """\
- id: economic-dialogue
  name: Economic dialogue
  date: 2026-03-10
  status: postponed
  countries: [kz, jp]
  claims:
    - text: The dialogue set for 10 March 2026 was postponed.
      cite:
        - source: article
          quote: "台美雙方原定本月10日舉行的經濟對話將延後至下個月舉行"
"""


def test_a_postponement_from_the_date_it_was_set_for_without_yu_is_not_told_as_held(make_project):
    root = make_project({"seeds/article.txt": POSTPONED_SEED, "content/meetings.yaml": POSTPONED_DIALOGUE,
                         "content/figures.yaml": None})
    assert [d.format() for d in check(root).diagnostics.items if "status" in d.message] == []


@pytest.mark.parametrize("text, expected", [
    ("Il 2 marzo 2026 i leader della Nordlandia e della Sudlandia si sono incontrati a un vertice a Riverton.",
     {"held"}),
    ("Il ministro si è incontrato con il suo omologo a Tokyo.", {"held"}),
    ("Il governo ha negato che i leader si sono incontrati.", set()),
])
def test_italian_leaders_who_met_each_other_state_held(text, expected):
    """The Italian starter's summit quote, "si sono incontrati a un vertice", stated no status, where the
    French, Spanish and German starters' same sentence ("se sont réunis", "se reunieron", "trafen sich")
    states held: Italian read "hanno incontrato" (met someone) and "si sono riuniti", not the reflexive
    "si sono incontrati" (met each other), and `check --coverage` said no quote told whether it happened."""
    assert stated(text, "it") == expected


@pytest.mark.parametrize("text, expected", [
    # decided or agreed to hold it: a plan
    ("首脳会合の開催が決まった。", {"planned"}),
    ("政府は首脳会合の開催を決定した。", {"planned"}),
    ("両首脳は首脳会合の開催で合意した。", {"planned"}),
    ("来年、東京で首脳会合を開くことで一致した。", {"planned"}),
    # not decided, not agreed, or yet to decide: nothing
    ("首脳会合の開催は決まらなかった。", set()),
    ("首脳会合の開催で合意に至らなかった。", set()),
    ("首脳会合の開催で一致せず、協議を続ける。", set()),
    ("政府は首脳会合の開催を近く決める見通しだ。", set()),
])
def test_a_japanese_decision_or_agreement_to_hold_an_event_states_a_plan(text, expected):
    assert eventstatus.stated(text, "ja") == expected
