"""Indonesian event statuses, hedges and negations, as Indonesian news writes
them ("digelar", "akan digelar", "ditunda hingga Mei", "batal digelar",
"kabarnya", "belum digelar"): a status cited from an Indonesian source is
read, not an error because briefgen had no words for it."""
from pathlib import Path

import pytest

from briefgen import check, eventstatus
from briefgen.claimreader import Reader
from briefgen.diagnostics import Location
from briefgen.eventstatus import stated
from briefgen.hedges import hedges_in
from briefgen.model import Cite
from test_status_more_languages import brief

STATING = {
    "planned": [
        "Pemerintah dan JBIC akan menggelar pertemuan lanjutan pada 20 April 2026 di Tokyo.",
        "Groundbreaking proyek akan digelar pada Juni 2026.",
        "KTT itu dijadwalkan berlangsung di Bali.",
        "Presiden akan mengunjungi Seoul pekan depan.",
    ],
    "held": [
        "Penandatanganan perjanjian tersebut berlangsung di Kementerian Keuangan, Jakarta, Selasa (10/3/2026).",
        "Forum yang digelar di Batam pada Kamis, 12 Februari 2026 dihadiri 200 pelaku usaha.",
        "Pertemuan pertama kedua pihak telah diselenggarakan di Jakarta pada 15 Januari 2026.",
        "Presiden mengunjungi Seoul pada Senin (9/3/2026).",
    ],
    "postponed": [
        "Forum investasi ditunda hingga Mei 2026.",
        "KTT itu diundur ke bulan Juni.",
        "KTT itu dijadwalkan ulang.",
    ],
    "cancelled": [
        "Kunjungan menteri ke Jakarta dibatalkan.",
        "Rapat dengar pendapat dengan Komisi XI DPR batal digelar.",
        "Pemerintah batal menggelar forum.",
        "Acara tersebut tidak jadi digelar.",
        "Kunjungan itu urung dilaksanakan.",
    ],
}


@pytest.mark.parametrize("text, status", [(text, status) for status, texts in STATING.items() for text in texts])
def test_indonesian_states_each_status(text, status):
    assert stated(text, "id") == {status}


@pytest.mark.parametrize("text", [
    "Pertemuan tersebut belum digelar.",  # not yet
    "Pemerintah memastikan forum tidak akan ditunda.",
    "Kementerian membantah bahwa pertemuan itu sudah digelar.",
    "Belum dapat dipastikan apakah KTT akan digelar bulan depan.",
])
def test_indonesian_text_that_states_no_status(text):
    assert stated(text, "id") == set()


def test_what_was_to_be_held_and_then_was_called_off_is_a_plan_and_a_cancellation():
    text = "Rapat yang sedianya berlangsung pada 3 Maret 2026 batal digelar."
    assert [m.status for m in eventstatus.find_statuses(text, "id")] == ["planned", "cancelled"]


def test_the_examples_of_indonesian_state_their_status():
    for status in eventstatus.STATUSES:
        for example in eventstatus.examples(status, "id"):
            assert stated(example, "id") == {status}, (status, example)


def status_errors(root: Path) -> list[str]:
    return [d.format() for d in check(root).diagnostics.items if d.severity == "error" and "status" in d.message]


def test_an_indonesian_quote_states_the_status_and_refutes_another(make_project):
    sentence = "Forum Kerja Sama Infrastruktur Korea-Indonesia digelar di Batam pada 12 Februari 2026."
    assert status_errors(brief(make_project, "id", sentence, "  status: held\n", brief_language="id")) == []
    wrong = status_errors(brief(make_project, "id", sentence, "  status: cancelled\n", brief_language="id"))
    assert len(wrong) == 1 and "the cited quotes say 'digelar' (held)" in wrong[0]
    assert "'dibatalkan'" in wrong[0]  # an Indonesian example, not an English one


@pytest.mark.parametrize("text, hedges", [
    ("Kabarnya, Seoul juga menjajaki pinjaman tambahan Rp 3 triliun.", ["kabarnya"]),
    ("Pinjaman itu dikabarkan mencapai US$1 miliar.", ["dikabarkan"]),
    ("Menurut sumber, forum ditunda.", ["menurut sumber"]),
    ("Angka tersebut belum dapat dikonfirmasi.", ["belum dapat dikonfirmasi"]),
    ("Isu lingkungan dibahas dalam forum.", []),  # an issue, no rumour
    ("Jepang menyalurkan pinjaman US$3 miliar.", []),
])
def test_indonesian_hedges(text, hedges):
    assert hedges_in(text, "id") == hedges


def test_an_indonesian_claim_that_drops_a_hedge_or_a_negation_is_unsupported():
    def judged(claim: str, quote: str):
        return Reader({}, {"s": {"language": "id"}}, [], "id").unsupported(claim, [Cite("s", quote, Location("x"))])
    assert judged("Seoul menyiapkan pinjaman Rp 3 triliun.", "Kabarnya Seoul menyiapkan pinjaman Rp 3 triliun.")[5] \
        == ["kabarnya"]
    # what the quote denies ("belum": not yet), and a negation the quote does not give
    assert judged("Jepang menandatangani perjanjian pinjaman.", "Jepang belum menandatangani perjanjian pinjaman.")[3] \
        == ["menandatangani"]
    assert judged("Jepang tidak menyalurkan pinjaman US$3 miliar.", "Jepang menyalurkan pinjaman US$3 miliar.")[2] \
        == ["tidak"]
