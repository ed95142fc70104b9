"""Labels and fragments of another language on an English page, and what is kept beside them."""

import pytest

from pipeline.clean.boilerplate import FOREIGN_BYLINE_RULE, FOREIGN_LABEL_RULE, strip_boilerplate
from pipeline.clean.lexicon import is_english
from pipeline.clean.mt_artifacts import strip_mt_artifacts

ENGLISH = "The minister said on Thursday that talks with the union would continue next week."
FRENCH = "Le ministre a déclaré jeudi que les négociations avec le syndicat se poursuivraient."
INDONESIAN = "Menteri itu mengatakan bahwa perundingan dengan serikat pekerja akan dilanjutkan."


def _page(line: str, prose: str = ENGLISH) -> str:
    return f"{prose}\n\n{line}\n\n{prose}"


@pytest.mark.parametrize(
    "label",
    [
        "Fermer",
        "Zamknij okno",
        "Näytä lisää",
        "Daha fazla göster",
        "Tampilkan lebih banyak",
        "Direct naar de hoofdinhoud",  # "naar" and "de" are in the English list, Dutch's far more
        "Imprimer cet article",
        "• ÄHNLICHE ARTIKEL",  # capitalised, but no word of it is a name English knows
        "FUNGA DIRISHA",  # in capitals, of a language no list has: English lists no word of it
        "| Přejít Na Hlavní Obsah",
        "Saltar a la portada de The Harbour Gazette",  # a label, then the outlet it names
        "Envía esta noticia a un amigo",
        "Dieser Text ist zuerst bei example.com erschienen",
        "Dit verhaal verscheen oorspronkelijk bij The Harbour Gazette.",
        "• Simak juga: Ferry timetable cut as crew shortage bites",  # a label and a headline
        "Đọc thêm: Tenants win appeal over unpaid deposit scheme",
        "Texto: Maria Jensen",  # a one-word label, then a name
        "Διαβάστε επίσης",  # labels in other scripts than the Latin one
        "相关新闻",
        "مشاركة المقال",
        "関連記事: Tenants win appeal over unpaid deposit scheme",
        "எங்கள் தினசரி செய்திமடலுக்கு இப்போதே பதிவு செய்யுங்கள்",  # 54 code points, 34 seen
        # a footer naming the site it first ran on, in a sentence of another language or script
        "Ky artikull u botua fillimisht në harbourgazette.co.nz.",
        "Статья впервые опубликована на сайте harbourgazette.co.nz.",
        # ... in a language no list has, whose short words the English list holds
        "Pego e e phasaladitswe la ntlha mo harbourgazette.co.nz.",
        # labels in languages the word lists lack: words no list has, or another language's
        "Ripota: Amina Yusuf",
        "Habari nyingine: Ferry timetable cut as crew shortage bites",
    ],
)
def test_an_untranslated_label_on_an_english_page_is_removed(label):
    result = strip_boilerplate(_page(label))
    assert result.text == f"{ENGLISH}\n\n{ENGLISH}"
    assert [e.rule for e in result.edits] == [FOREIGN_LABEL_RULE]


@pytest.mark.parametrize(
    "line",
    [
        "Michael Anastassiades",  # a name: capitalised words only
        "Resume listening",  # English chrome is the detector's, not this rule's
        "— Lena Ortiz (@lenaortiz) November 3, 2019",  # an embed's credit
        "Kuala Lumpur",
        "KUALA LUMPUR",  # names in capitals: English lists a word of each
        "MICHAEL ANASTASSIADES",
        "LA LIGA",
        "A quiet week in Parliament.",
        "Read the full report at harbourgazette.co.nz today.",  # English around an address
    ],
)
def test_names_credits_and_english_lines_are_not_foreign_labels(line):
    assert FOREIGN_LABEL_RULE not in [e.rule for e in strip_boilerplate(_page(line)).edits]


def test_a_page_in_another_language_keeps_its_own_short_lines():
    text = _page("Fermer", FRENCH)
    assert not is_english(text)
    assert strip_boilerplate(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "La Liga",  # "la" is Spanish's, "Liga" a name English knows
        "Ángel Di María",
        "Itziar Goikoetxea",  # a name no list knows
        "Oslo",  # a dateline, a heading
        "Von der Leyen wins second term",
        "Mbappé: I want to stay at Real Madrid",  # a name quoted, not a label
        "Itziar Goikoetxea: We will appeal",  # a name no list knows, quoted
        "Bundesliga: Bayern beat Dortmund",
        "El Paso Police Department",
        "corso Monforte, 15, Milan",  # an address
        "Satechi 72W USB-C Power Delivery Car Charger",  # a product
        "Di Maria",  # one name after "di" is a surname, not a byline
    ],
)
def test_names_headings_addresses_and_products_are_not_foreign_labels(line):
    rules = [e.rule for e in strip_boilerplate(_page(line)).edits]
    assert FOREIGN_LABEL_RULE not in rules and FOREIGN_BYLINE_RULE not in rules


@pytest.mark.parametrize(
    "byline",
    ["Von Anna Weber, Köln", "Par Claire Dubois", "Oleh Ayu Kartika", "Door Pieter de Vries"],
)
def test_a_byline_in_another_language_moves_to_the_byline(byline):
    result = strip_boilerplate(_page(byline))
    assert result.text == f"{ENGLISH}\n\n{ENGLISH}"
    assert [e.rule for e in result.edits] == [FOREIGN_BYLINE_RULE]
    assert result.byline == byline


@pytest.mark.parametrize(
    "fragment", ["Begitu.", "Ipnida.", "Sudah begitu.", "Değil.", "Tak.", "Yani."]
)
def test_a_fragment_of_another_language_after_a_sentence_is_removed(fragment):
    result = strip_mt_artifacts(f"{ENGLISH} {fragment} {ENGLISH}")
    assert result.text == f"{ENGLISH} {ENGLISH}"
    assert len(result.edits) == 1


@pytest.mark.parametrize(
    "sentence",
    ["Possibly not.", "Meth.", "Nadal.", "Oslo.", "“Merci.”", "1 QHX.", "Tackles: 3 QHX."],
)
def test_short_english_sentences_names_and_quotes_are_kept(sentence):
    text = f"{ENGLISH} {sentence} {ENGLISH}"
    assert strip_mt_artifacts(text).text == text


def test_the_same_fragment_in_a_text_of_that_language_is_kept():
    text = f"{INDONESIAN} Begitu. {INDONESIAN}"
    assert strip_mt_artifacts(text).text == text


@pytest.mark.parametrize("fragment", ["Loh ya.", "Zhe yang.", "Nan desu.", "Sou nan."])
def test_a_particle_with_a_word_english_seldom_prints_is_debris(fragment):
    result = strip_mt_artifacts(f"{ENGLISH} {fragment} The talks resume in May.")
    assert result.text == f"{ENGLISH} The talks resume in May."
    assert [e.rule for e in result.edits] == ["particle"]


@pytest.mark.parametrize("reply", ["Thank you.", "You bet.", "Oh ya.", "La Paz."])
def test_a_short_english_reply_or_a_name_beside_a_particle_is_kept(reply):
    text = f"{ENGLISH} {reply} The talks resume in May."
    assert strip_mt_artifacts(text).text == text


def test_a_page_in_another_script_keeps_its_own_short_lines():
    russian = (
        "Министр заявил в четверг, что переговоры с профсоюзом продолжатся на следующей неделе."
    )
    text = _page("Что дальше", russian)  # a heading of the page's own language
    assert strip_boilerplate(text).text == text


def test_a_long_paragraph_in_another_script_is_no_label():
    quote = "为人民服务是我们的宗旨，我们将继续努力推动两国关系健康稳定发展并造福两国人民和世界"
    assert strip_boilerplate(_page(quote)).edits == ()


@pytest.mark.parametrize("prose", [FRENCH, INDONESIAN])
def test_a_label_in_another_script_is_removed_from_a_latin_page_in_any_language(prose):
    result = strip_boilerplate(_page("Ваша подписка", prose))
    assert result.text == f"{prose}\n\n{prose}"
    assert [e.rule for e in result.edits] == [FOREIGN_LABEL_RULE]


RUSSIAN = "Министр заявил в четверг, что переговоры с профсоюзом продолжатся на следующей неделе."
JAPANESE = "大臣は木曜日、労働組合との交渉は来週も続くと述べた。政府は新しい案を示す方針だ。"


@pytest.mark.parametrize(
    ("label", "prose"),
    [("ለጋዜጣችን ይመዝገቡ", RUSSIAN), ("相关新闻", RUSSIAN), ("Ваша подписка", JAPANESE)],
)
def test_a_label_in_a_third_script_is_removed_from_a_page_in_another_script(label, prose):
    result = strip_boilerplate(_page(label, prose))
    assert result.text == f"{prose}\n\n{prose}"
    assert [e.rule for e in result.edits] == [FOREIGN_LABEL_RULE]


@pytest.mark.parametrize("label", ["関連記事", "기사 더보기", "相关新闻"])
def test_a_japanese_page_keeps_short_lines_of_chinese_or_korean_letters(label):
    text = _page(label, JAPANESE)  # one script to the cleaner: their pages mix them
    assert strip_boilerplate(text).text == text


def test_a_fragment_in_a_third_script_is_removed_from_a_page_in_another_script():
    result = strip_mt_artifacts(f"{RUSSIAN} ነው። {RUSSIAN}")
    assert result.text == f"{RUSSIAN} {RUSSIAN}"
    assert [e.rule for e in result.edits] == ["foreign_fragment"]


def test_a_page_that_quotes_verse_in_another_script_keeps_its_short_lines():
    verse = "أحبب حبيبك هونا ما عسى أن يكون بغيضك يوما ما، وأبغض بغيضك هونا ما"
    text = f"{INDONESIAN}\n\n{verse}\n\nما\n\n{INDONESIAN}"
    assert strip_boilerplate(text).text == text


@pytest.mark.parametrize("fragment", ["了。", "है।", "Это так."])
def test_a_fragment_in_another_script_after_a_sentence_is_removed_from_a_latin_page(fragment):
    result = strip_mt_artifacts(f"{INDONESIAN} {fragment} {INDONESIAN}")
    assert result.text == f"{INDONESIAN} {INDONESIAN}"
    assert [e.rule for e in result.edits] == ["foreign_fragment"]
