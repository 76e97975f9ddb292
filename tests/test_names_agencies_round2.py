"""Names and agencies as Arabic and Japanese news write them: an Arabic
country's name with the particles glued before it ("لمصر", "للسعودية") or
as a nisba adjective ("السوق المصرية"); a katakana name judged against a
Japanese quote of kanji and hiragana; the credits Arabic news gives an
agency ("ذكرت رويترز", "وفقا لرويترز") and Arab agencies' datelines
("الرياض (واس) -"); NHK's "共同通信によりますと"; and Taiwan's CNA dateline
with the year ("（中央社記者林芳台北2025年6月12日電）")."""
from __future__ import annotations

import pytest

from briefgen.corroboration import WIRE_AGENCIES, credited, dateline_agency
from test_corroboration_more_languages import voices
from test_credited_more_languages import WARNED, credited_warnings


@pytest.mark.parametrize("language, name, quote", [
    ("ar", "Egypt", "قدمت السعودية 5 مليارات دولار لمصر"),
    ("ar", "مصر", "تستثمر الشركات 5 مليارات دولار بمصر"),
    ("ar", "Egypt", "والسعودية ستضخ 5 مليارات دولار ومصر ستستضيف المنتدى"),
    ("ar", "السعودية", "قدمت الإمارات 5 مليارات دولار للسعودية"),
    ("ar", "Saudi Arabia", "قدمت السعودية 5 مليارات دولار لمصر"),  # the short name, beside CLDR's long one
    ("ar", "Saudi Arabia", "وقدمت للمملكة العربية السعودية 5 مليارات دولار"),
    ("ar", "Egypt", "سيضخ الصندوق 5 مليارات دولار في السوق المصرية"),
    ("ar", "Saudi Arabia", "تلقت القاهرة ودائع سعودية بقيمة 5 مليارات دولار"),
    ("ar", "ليبيا", "يستثمر المستثمرون الليبيون 5 مليارات دولار"),
])
def test_an_arabic_name_with_a_particle_glued_on_or_as_a_nisba_names_the_giver(make_project, language, name, quote):
    assert credited_warnings(make_project, language, name, quote) == []


@pytest.mark.parametrize("language, name, quote", [
    ("ar", "Egypt", "قدمت السعودية 5 مليارات دولار لقطر"),
    ("ar", "Egypt", "سيضخ المصرف 5 مليارات دولار في السوق"),  # مصرف (a bank) only starts like مصر
    ("ar", "Saudi Arabia", "قدمت الكويت 5 مليارات دولار للمملكة المغربية"),
    ("ar", "India", "سيضخ الصندوق 5 مليارات دولار في الهندسة"),  # engineering, not a nisba of الهند
    ("ja", "India", "本日印刷した資料によると、政府はニューデリーで10兆円規模の投資を目指す"),  # 日印 in 本日印刷
])
def test_another_country_or_a_word_only_like_the_name_does_not_name_it(make_project, language, name, quote):
    """Guards: another country, or a word that only starts like the name, warns."""
    assert credited_warnings(make_project, language, name, quote) == [WARNED[0].format(name=name)]


def test_a_katakana_name_is_judged_against_a_japanese_quote_of_kanji_and_hiragana(make_project):
    assert credited_warnings(make_project, "ja", "India", "日本政府は10兆円規模の投資を目指す") == \
        [WARNED[0].format(name="India")]
    assert credited_warnings(make_project, "ja", "India", "日本政府はインドに10兆円規模の投資を目指す") == []


def test_a_one_letter_japanese_name_in_a_compound_names_the_country(make_project):
    """対印 ("towards India") and 日米 ("Japan and the US") write India and the US by one letter."""
    assert credited_warnings(make_project, "ja", "India", "日本政府はニューデリーで10兆円規模の対印投資を目指す") == []
    assert credited_warnings(make_project, "ja", "United States", "日米両政府はニューデリーで10兆円規模の投資を目指す") == []


def test_a_katakana_name_is_not_judged_against_a_quote_of_han_letters_only(make_project):
    """Guard: Chinese, written in Han letters alone, writes no katakana name."""
    assert credited_warnings(make_project, "zh", "インド", "中方将向肯尼亚提供5亿美元优惠贷款") == []


@pytest.mark.parametrize("quote, outlets", [
    ("ذكرت رويترز أن القمة تأجلت.", {"reuters"}),
    ("وبحسب رويترز، تأجلت القمة.", {"reuters"}),
    ("نقلت وكالة رويترز عن مصادر أن القمة تأجلت.", {"reuters"}),
    ("تأجلت القمة وفقا لرويترز.", {"reuters"}),
    ("تأجلت القمة وفقاً لـ رويترز.", {"reuters"}),
    ("ذكرت وكالة الأنباء السعودية (واس) أن القمة تأجلت.", {"spa"}),
    ("قالت وكالة أنباء الإمارات إن القمة تأجلت.", {"wam"}),
    ("وذكرت قنا أن القمة تأجلت.", {"qna"}),
    ("نقلاً عن وكالة الأناضول، تأجلت القمة.", {"anadolu"}),
    ("ذكرت وكالة أنباء الشرق الأوسط أن القمة تأجلت.", {"mena"}),
    ("共同通信によりますと、会談はおよそ1時間半にわたって行われたということです", {"kyodo"}),
    ("共同通信の報道では、会談は予定より長かった", {"kyodo"}),
    ("時事通信によりますと、会談は予定より長かった", {"jiji"}),
    # Whose words they are is not told: no outlet.
    ("وفقا لبيان صادر عن وزارة الاستثمار، تأجلت القمة.", set()),
    ("وبحسب مسؤولين، تأجلت القمة.", set()),
    ("ذكرت مصادر حكومية أن القمة تأجلت.", set()),
    ("日本では会談が予定より長かった", set()),
])
def test_an_outlet_an_arabic_or_japanese_quote_credits_is_read(quote, outlets):
    assert credited(quote, WIRE_AGENCIES) == outlets


@pytest.mark.parametrize("text, agency", [
    ("الرياض (واس) - عقد مجلس التنسيق اجتماعه الأول.", "واس"),
    ("الرياض 17 شوال 1446 هـ الموافق 15 أبريل 2025 م (واس) - عقد المجلس اجتماعه.", "واس"),
    ("القاهرة (أ ش أ) - قال وزير الاستثمار.", "أ ش أ"),
    ("（中央社記者林芳台北2025年6月12日電）外交部今天表示，台灣將投入新台幣1.5億元。", "中央社"),
])
def test_arab_agencies_and_taiwans_cna_datelines_are_read(text, agency):
    assert dateline_agency(text) == agency


SUMMIT = "تأجلت القمة إلى الشهر المقبل."
CNA = "台灣將投入新台幣1.5億元"  # too short to be told one story by its words


@pytest.mark.parametrize("first, second, expected", [
    ((("الأهرام", f"ذكرت وكالة الأنباء السعودية (واس) أن {SUMMIT}", f"ذكرت وكالة الأنباء السعودية (واس) أن {SUMMIT}")),
     ("وكالة الأنباء السعودية", f"الرياض (واس) - {SUMMIT}", SUMMIT), 1),
    (("الأهرام", f"ذكرت رويترز أن {SUMMIT}", f"ذكرت رويترز أن {SUMMIT}"),
     ("الشرق الأوسط", f"وفقا لرويترز، {SUMMIT}", f"وفقا لرويترز، {SUMMIT}"), 1),
    (("聯合報", f"（中央社記者林芳台北2025年6月12日電）外交部今天表示，{CNA}。", CNA),
     ("中央社", f"外交部表示，{CNA}。", CNA), 1),
    # Independent sources stay two.
    (("الأهرام", f"ذكرت مصادر حكومية أن {SUMMIT}", f"ذكرت مصادر حكومية أن {SUMMIT}"),
     ("الشرق الأوسط", f"ذكرت رويترز أن {SUMMIT}", f"ذكرت رويترز أن {SUMMIT}"), 2),
    (("الأهرام", f"القاهرة (رويترز) - {SUMMIT}", SUMMIT), ("الشرق الأوسط", f"الرياض (واس) - {SUMMIT}", SUMMIT), 2),
])
def test_papers_crediting_or_datelining_one_arab_or_taiwanese_agency_are_one_voice(make_project, first, second,
                                                                                   expected):
    assert voices(make_project, {"first": first, "second": second}, text="The summit was postponed.") == expected
