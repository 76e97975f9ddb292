"""Names as Arabic and Japanese news write them: an Arabic country's name
with the particles glued before it ("لمصر", "للسعودية") or as a nisba
adjective ("السوق المصرية"); a katakana name judged against a Japanese quote
of kanji and hiragana, and India written 対印."""
from __future__ import annotations

import pytest

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
