"""Golden tests for pipeline.extract: what the body must and must not contain, and metadata."""

from __future__ import annotations

import gzip
import importlib.util
import json
import time
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.extract import RULES_PATH, _load_rules, extract_html

AEB = Path(__file__).resolve().parents[2] / "shared" / "aeb"
# bench/extraction.py measured F1 0.981 (P 0.977, R 0.984) when this floor was set; the floor
# sits a point below so deliberate trade-offs pass, and still fails on a real regression
# (trafilatura 2.3.1 default scores 0.953 on the same pages).
AEB_F1_FLOOR = 0.970

LOREM = [
    (
        "The city council voted on Tuesday to approve a new budget for the public library system, "
        "ending a months-long dispute between the mayor and several neighbourhood associations."
    ),
    (
        "Supporters said the money would restore weekend opening hours at eleven branches, while "
        "critics argued that the plan relied on optimistic forecasts of property tax revenue."
    ),
    (
        "The library director, who has served in the role since 2015, said the staff were relieved "
        "and would begin hiring in January, with the first branches reopening on Sundays in March."
    ),
    (
        "Several residents who spoke at the meeting described the libraries as the only quiet "
        "place "
        "in their neighbourhood where children can do homework after school."
    ),
    (
        "The budget still needs the signature of the mayor, who has ten days to sign or veto it, "
        "and "
        "a spokesperson said only that the office would review the final text carefully."
    ),
]


def page(body: str, head: str = "", lang: str = "en") -> str:
    """A whole HTML document around a body fragment."""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head>"
        f"<body>{body}</body></html>"
    )


def paragraphs(texts: list[str]) -> str:
    """<p> elements for a list of sentences."""
    return "".join(f"<p>{t}</p>" for t in texts)


NEWS_PAGE = page(
    head=(
        "<title>Council approves library budget | The Daily Example</title>"
        "<meta property='og:title' content='Council approves library budget | The Daily Example'>"
        "<meta property='og:site_name' content='The Daily Example'>"
        "<link rel='canonical' href='https://daily.example.com/news/library-budget'>"
        "<script>window.dataLayer = [];</script><style>p {color: red}</style>"
    ),
    body=(
        "<header class='site-header'><a href='/'>The Daily Example</a>"
        "<nav><ul><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li>"
        "<li><a href='/weather'>Weather</a></li></ul></nav></header>"
        "<main><article>"
        "<h1>Council approves library budget</h1>"
        "<div class='byline'>By Jane Reporter</div>"
        "<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Tweet this</a></div>"
        "<figure><img src='a.jpg'><figcaption>The central library on Main Street. Photo: J. Doe"
        "</figcaption></figure>"
        f"<div class='article-body'>{paragraphs(LOREM[:3])}"
        "<div class='newsletter-signup'><p>Sign up for our morning newsletter and get the day's "
        "news in your inbox before breakfast.</p><button>Subscribe</button></div>"
        f"{paragraphs(LOREM[3:])}</div>"
        "<section class='related-stories'><h2>Related stories</h2><ul>"
        "<li><a href='/a'>Mayor announces new parking rules for downtown</a></li>"
        "<li><a href='/b'>School board delays vote on the new district map</a></li>"
        "<li><a href='/c'>Bridge repairs will close the river road for a week</a></li></ul>"
        "</section>"
        "<section id='comments'><h2>Comments</h2><div class='comment'><p>This is the best news "
        "I have read all year, well done to everyone who campaigned for it!</p></div></section>"
        "</article></main>"
        "<footer><p>Copyright 2024 The Daily Example. All rights reserved. Contact us at "
        "desk@example.com for corrections and complaints.</p></footer>"
    ),
)


def test_news_page_keeps_body_and_drops_boilerplate() -> None:
    """The classic article page: every paragraph in, every page furniture block out."""
    ex = extract_html(NEWS_PAGE, "https://daily.example.com/news/library-budget?utm=x")
    assert ex.is_article, ex.not_article_reason
    for sentence in LOREM:
        assert sentence in ex.text
    for junk in (
        "Sport",
        "Weather",
        "Share on Facebook",
        "Photo: J. Doe",
        "newsletter",
        "Related stories",
        "parking rules",
        "best news I have read",
        "Copyright",
        "By Jane Reporter",
        "window.dataLayer",
        "color: red",
    ):
        assert junk not in ex.text, junk
    assert not ex.text.startswith("Council approves library budget")
    assert ex.text.split("\n\n")[0] == LOREM[0]
    assert "\n\n\n" not in ex.text
    rules = {d.rule for d in ex.dropped}
    assert {"nav", "caption", "comments", "newsletter"} <= rules, rules
    assert all(d.stage == "extract" and d.char_start is None for d in ex.dropped)
    assert all(len(d.removed_text) <= 200 for d in ex.dropped)
    assert ex.meta.title == "Council approves library budget"
    assert ex.meta.url == "https://daily.example.com/news/library-budget"
    assert ex.meta.outlet == "The Daily Example"
    assert ex.meta.language == "en"
    assert ex.meta.byline == "Jane Reporter"
    assert ex.meta.external_id is None


def test_headings_inside_article_are_kept_as_paragraphs() -> None:
    """Sub-headings are part of the body, each its own paragraph."""
    body = (
        "<article><h1>How the budget works</h1>"
        f"<p>{LOREM[0]}</p><h2>Where the money goes</h2><p>{LOREM[1]}</p>"
        f"<h3>What happens next</h3><p>{LOREM[2]}</p><p>{LOREM[3]}</p></article>"
    )
    ex = extract_html(page(body, head="<title>How the budget works - Example News</title>"))
    parts = ex.text.split("\n\n")
    assert "Where the money goes" in parts
    assert "What happens next" in parts
    assert parts.index("Where the money goes") < parts.index(LOREM[1])
    assert parts[0] == LOREM[0]
    assert ex.meta.title == "How the budget works"


def test_whitespace_is_collapsed_inside_paragraphs() -> None:
    """Line breaks and runs of spaces in the source become single spaces."""
    messy = LOREM[0].replace(" ", "  \n\t ", 5)
    ex = extract_html(page(f"<article><p>{messy}</p>{paragraphs(LOREM[1:])}</article>"))
    assert ex.text.split("\n\n")[0] == LOREM[0]


RUSSIAN = [
    (
        "Накануне городской совет Новосибирска утвердил новый бюджет на следующий год, "
        "после долгих споров между мэрией и депутатами."
    ),
    (
        "По словам сторонников решения, дополнительные средства позволят отремонтировать "
        "двенадцать "
        "школ и открыть три новые библиотеки в спальных районах."
    ),
    (
        "Критики считают, что прогноз доходов слишком оптимистичен, и предлагают вернуться к "
        "обсуждению весной, когда станут известны итоги первого квартала."
    ),
    (
        "Мэр города пообещал подписать документ до конца недели и опубликовать подробный план "
        "расходов на официальном сайте администрации."
    ),
]


def test_russian_page() -> None:
    """Nothing in the core decision depends on English words."""
    body = (
        "<div class='menu'><a href='/'>Главная</a> <a href='/news'>Новости</a> "
        "<a href='/sport'>Спорт</a></div>"
        f"<div class='content'><h1>Совет утвердил бюджет</h1>{paragraphs(RUSSIAN)}</div>"
        "<div class='sidebar'><h3>Популярное</h3><ul><li><a href='/1'>Погода на выходные: "
        "синоптики обещают снег</a></li><li><a href='/2'>Недалеко от центра города открылся новый "
        "каток</a></li></ul></div>"
    )
    ex = extract_html(page(body, lang="ru-RU", head="<title>Совет утвердил бюджет</title>"))
    assert ex.is_article
    for sentence in RUSSIAN:
        assert sentence in ex.text
    for junk in ("Главная", "Популярное", "Погода на выходные", "Совет утвердил бюджет"):
        assert junk not in ex.text
    assert ex.meta.language == "ru-RU"


def test_portuguese_page_with_og_locale() -> None:
    """Language falls back to og:locale, normalised to a short code."""
    texts = [
        (
            "A prefeitura de Belo Horizonte anunciou nesta segunda-feira um novo plano para "
            "reformar "
            "as praças do centro da cidade até o fim do próximo ano."
        ),
        (
            "Segundo a secretaria de obras, o investimento total será de doze milhões de reais, "
            "divididos entre paisagismo, iluminação e acessibilidade."
        ),
        (
            "Moradores ouvidos pela reportagem elogiaram a iniciativa, mas cobraram mais segurança "
            "nas áreas que ficam vazias durante a noite."
        ),
    ]
    html = (
        "<html><head><meta property='og:locale' content='pt_BR'></head><body>"
        f"<div id='conteudo'>{paragraphs(texts)}</div></body></html>"
    )
    ex = extract_html(html)
    assert ex.meta.language == "pt-BR"
    assert ex.text == "\n\n".join(texts)


def test_short_korean_article_counts_as_an_article() -> None:
    """Character thresholds scale for Hangul/Han: three Korean sentences are an article."""
    texts = [
        (
            "서울시는 화요일 도서관 예산안을 승인했다고 밝혔다. 이번 결정으로 주말 개관 시간이 "
            "복원될 예정이다."
        ),
        (
            "시민들은 이번 결정을 환영하며 아이들이 방과 후 공부할 수 있는 조용한 공간이 "
            "생겼다고 말했다."
        ),
        (
            "도서관장은 내년 1월부터 직원 채용을 시작할 것이라고 말했다. 일부 지점은 3월부터 "
            "일요일에도 문을 연다."
        ),
    ]
    body = (
        "<div class='gnb'><a href='/'>홈</a> <a href='/news'>뉴스</a></div>"
        f"<div id='article_body'>{paragraphs(texts)}</div>"
        "<div class='reply'><p>좋은 기사 감사합니다. 정말 유익한 내용이었어요!</p></div>"
    )
    ex = extract_html(page(body, lang="ko"))
    assert ex.is_article, ex.not_article_reason
    assert ex.text == "\n\n".join(texts)
    assert ex.meta.language == "ko"


def test_metadata_from_jsonld_time_and_canonical() -> None:
    """JSON-LD NewsArticle, <time datetime>, html lang, rel=canonical, og:title suffix."""
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Example Wire"},
            {
                "@type": "NewsArticle",
                "headline": "Rates held steady",
                "datePublished": "2024-03-05T09:30:00+01:00",
                "author": [{"@type": "Person", "name": "Ana Lima"}],
                "publisher": {"@type": "Organization", "name": "Example Wire"},
            },
        ],
    }
    head = (
        "<meta property='og:title' content='Rates held steady | Example Wire'>"
        "<link rel='canonical' href='https://wire.example.org/rates-held'>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    )
    body = (
        f"<article><time datetime='2024-03-04T23:00:00Z'>4 March</time>{paragraphs(LOREM)}"
        "</article>"
    )
    ex = extract_html(page(body, head=head, lang="en-GB"), "https://wire.example.org/x?ref=1")
    meta = ex.meta
    assert meta.title == "Rates held steady"
    assert meta.url == "https://wire.example.org/rates-held"
    assert meta.byline == "Ana Lima"
    assert meta.outlet == "Example Wire"
    assert meta.language == "en-GB"
    assert meta.published_at == datetime(2024, 3, 5, 8, 30)
    assert meta.published_at.tzinfo is None


def test_time_element_and_url_fallbacks() -> None:
    """Without meta tags: <time datetime>, the url argument, and its host as the outlet."""
    body = (
        f"<article><time datetime='2023-11-19T08:57:40-05:00'>Nov 19</time>{paragraphs(LOREM)}"
        "</article>"
    )
    ex = extract_html(page(body), "https://www.somepaper.example/story/1")
    assert ex.meta.published_at == datetime(2023, 11, 19, 13, 57, 40)
    assert ex.meta.url == "https://www.somepaper.example/story/1"
    assert ex.meta.outlet == "somepaper.example"
    assert ex.meta.external_id is None


def test_jsonld_article_body_hint_picks_the_right_container() -> None:
    """Two prose containers: the one JSON-LD articleBody agrees with wins."""
    other = [
        (
            "A second story preloaded below the first one talks about the football club and its "
            "plans for a new stadium on the old rail yards north of the river."
        ),
        (
            "The club's owners say construction could start next summer if the planning board "
            "agrees, though neighbours have already collected signatures against it."
        ),
        (
            "Traffic engineers warned that match days would need new bus lanes and that parking "
            "near the site would have to be restricted to residents only."
        ),
        (
            "A final decision is not expected before the autumn, after a public consultation that "
            "will run for twelve weeks and include three open meetings."
        ),
        "The club has promised to publish its traffic study in full next month.",
    ]
    ld = {"@type": "NewsArticle", "articleBody": " ".join(LOREM[:4])}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    body = f"<div class='x'>{paragraphs(other)}</div><div class='y'>{paragraphs(LOREM[:4])}</div>"
    ex = extract_html(page(body, head=head))
    assert LOREM[0] in ex.text
    assert other[0] not in ex.text


def test_jsonld_body_with_other_punctuation_or_unrelated_text_does_no_harm() -> None:
    """Straight vs curly quotes still match; a body matching nothing is ignored."""
    curly = [t.replace("library", "\u201clibrary\u201d") for t in LOREM]
    straight_body = " ".join(LOREM).replace("library", '"library"')
    straight = {"@type": "NewsArticle", "articleBody": straight_body}
    unrelated = {"@type": "NewsArticle", "articleBody": "Completely different words. " * 40}
    for ld in (straight, unrelated):
        head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
        body = (
            "<div class='nav-links'><a href='/a'>Home</a> <a href='/b'>World</a></div>"
            f"<div class='story'>{paragraphs(curly)}</div>"
        )
        ex = extract_html(page(body, head=head))
        assert ex.is_article
        assert ex.text == "\n\n".join(curly)


def test_index_page_is_not_an_article() -> None:
    """A section front: lists of headline links and little prose."""
    items = "".join(
        f"<li><a href='/story/{i}'>Headline number {i} about something that happened today</a></li>"
        for i in range(40)
    )
    body = (
        "<nav><a href='/'>Home</a></nav>"
        f"<div class='main'><h1>Latest news</h1><ul>{items}</ul></div>"
    )
    ex = extract_html(page(body, head="<title>Latest news</title>"))
    assert not ex.is_article
    assert ex.not_article_reason


def test_teaser_grid_is_not_an_article() -> None:
    """A section front made of cards (headline link, summary, time) has prose but no article."""
    cards = "".join(
        f"<div class='card'><h3><a href='/s/{i}'>Headline number {i} about the council and "
        f"its budget</a></h3><p>Summary of story {i}: the council met again on Tuesday and "
        "argued about money for a long time.</p><span>2 hours ago</span></div>"
        for i in range(12)
    )
    ex = extract_html(page(f"<main><h1>Politics</h1><section>{cards}</section></main>"))
    assert not ex.is_article
    assert ex.not_article_reason == "index page: mostly teasers"


def test_teaser_cards_next_to_an_article_are_dropped() -> None:
    """The same cards below a real article are related-story furniture."""
    cards = "".join(
        f"<div class='card'><h3><a href='/s/{i}'>Headline number {i} about the council and "
        f"its budget</a></h3><p>Summary of story {i}: the council met again on Tuesday and "
        "argued about money for a long time.</p><span>2 hours ago</span></div>"
        for i in range(5)
    )
    body = f"<div class='main'><div class='story'>{paragraphs(LOREM)}</div><div>{cards}</div></div>"
    ex = extract_html(page(body))
    assert ex.is_article
    assert LOREM[-1] in ex.text
    assert "Summary of story" not in ex.text
    assert "2 hours ago" not in ex.text


def test_article_in_a_container_with_a_boilerplate_name_survives() -> None:
    """Class names like "comments-open" on the article wrapper must not lose the article."""
    body = (
        "<div class='post comments-open'><div class='sharing-is-caring'>"
        f"{paragraphs(LOREM)}</div></div>"
        "<div class='comments'><p>First comment on this fine story, nicely written!</p></div>"
    )
    ex = extract_html(page(body))
    assert ex.is_article
    assert all(sentence in ex.text for sentence in LOREM)
    assert "First comment" not in ex.text


def test_article_inside_aside_is_found_on_the_second_try() -> None:
    """<aside>/<footer> are stripped before parsing for speed; not when they hold the story."""
    ex = extract_html(page(f"<nav><a href='/'>Home</a></nav><aside>{paragraphs(LOREM)}</aside>"))
    assert ex.is_article
    assert all(sentence in ex.text for sentence in LOREM)


def test_unclosed_and_pathological_markup_is_linear() -> None:
    """Thousands of unclosed <script>/<nav>/comments must not make the pre-parse scan quadratic."""
    junk = "<script>" * 5000 + "<nav>" * 5000 + "<!--" * 5000
    start = time.perf_counter()
    ex = extract_html(page(paragraphs(LOREM) + "<nav>" * 5000 + junk))
    assert time.perf_counter() - start < 5
    assert LOREM[0] in ex.text


def test_hidden_copy_is_dropped_but_a_hidden_only_article_is_kept() -> None:
    """display:none duplicates go; an article that is only in a hidden container stays."""
    hidden_copy = f"<div style='display: none'>{paragraphs(LOREM[:2])}</div>"
    ex = extract_html(page(f"<article>{paragraphs(LOREM)}</article>{hidden_copy}"))
    assert ex.text.count(LOREM[0]) == 1
    ex = extract_html(page(f"<div hidden><article>{paragraphs(LOREM)}</article></div>"))
    assert ex.is_article
    assert LOREM[0] in ex.text


def test_embedded_tweet_and_table_rows_are_kept() -> None:
    """Quoted posts are part of the story; a table row reads as one line."""
    body = (
        f"<article>{paragraphs(LOREM[:2])}"
        "<blockquote class='twitter-tweet'><p>The library vote is a great day for our "
        "city and its readers.</p>— Mayor (@mayor) March 5, 2024</blockquote>"
        f"{paragraphs(LOREM[2:4])}"
        "<table><tr><th>Branch</th><th>Hours</th></tr><tr><td>Central</td><td>9-21</td></tr>"
        f"</table>{paragraphs(LOREM[4:])}</article>"
    )
    ex = extract_html(page(body))
    assert "The library vote is a great day for our city and its readers." in ex.text
    assert "Central 9-21" in ex.text.split("\n\n")


def test_inline_headline_promo_is_dropped() -> None:
    """A link-only paragraph with a headline inside the body is a promo; prose stays."""
    body = (
        f"<article>{paragraphs(LOREM[:2])}"
        "<p><strong><a href='/other'>MAYOR ANNOUNCES NEW PARKING RULES FOR DOWNTOWN</a>"
        f"</strong></p>{paragraphs(LOREM[2:])}</article>"
    )
    ex = extract_html(page(body))
    assert "PARKING RULES" not in ex.text
    assert all(sentence in ex.text for sentence in LOREM)


def test_javascript_shell_is_not_an_article() -> None:
    """A single-page-app shell with no server-rendered text."""
    html = (
        "<html><head><title>App</title><script src='/bundle.js'></script></head>"
        "<body><div id='root'></div><noscript>You need to enable JavaScript to run this app."
        "</noscript><script>render()</script></body></html>"
    )
    ex = extract_html(html)
    assert not ex.is_article
    assert ex.not_article_reason == "needs JavaScript"
    assert ex.text == ""


@pytest.mark.parametrize(
    "html", ["", "   ", "<html>", "<p>unclosed <b>bold <i>nest", "\x00\x01<<>>"]
)
def test_degenerate_input_does_not_raise(html: str) -> None:
    """Empty and broken markup gives a (non-)article, never an exception."""
    ex = extract_html(html)
    assert not ex.is_article
    assert isinstance(ex.text, str)


def test_deeply_nested_page_does_not_raise() -> None:
    """5000 nested divs must neither recurse too deep nor take long."""
    depth = 5000
    html = page("<div>" * depth + paragraphs(LOREM) + "</div>" * depth)
    start = time.perf_counter()
    ex = extract_html(html)
    assert time.perf_counter() - start < 5
    assert LOREM[0] in ex.text


def test_deeply_nested_inline_markup_does_not_raise() -> None:
    """Unclosed inline tags nest without bound in the tree; still fine."""
    html = page("<p>" + "<b><i><span>word " * 3000 + "</p>" + paragraphs(LOREM))
    ex = extract_html(html)
    assert isinstance(ex.text, str)


def test_rule_file_is_validated(tmp_path: Path) -> None:
    """The shipped rules load; a broken pattern fails loudly, naming file and pattern."""
    assert _load_rules(RULES_PATH).boilerplate.search("share-bar")
    bad = tmp_path / "extract.toml"
    bad.write_text('positive = ["body"]\nkeep = []\n[boilerplate]\nad = ["(unclosed"]\n')
    with pytest.raises(ValueError, match="unclosed"):
        _load_rules(bad)


def load_scorer():
    """The benchmark's own score.py, imported from the shared folder."""
    spec = importlib.util.spec_from_file_location("aeb_score", AEB / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(
    not (AEB / "ground-truth.json").exists(),
    reason=f"article-extraction benchmark not found at {AEB}",
)
def test_benchmark_f1_floor() -> None:
    """Regression guard on the 181 real pages of the shared benchmark."""
    scorer = load_scorer()
    truth = json.loads((AEB / "ground-truth.json").read_text("utf-8"))
    pred = {}
    for page_id, entry in truth.items():
        html = gzip.decompress((AEB / "html" / f"{page_id}.html.gz").read_bytes())
        pred[page_id] = extract_html(html.decode("utf-8", errors="replace"), entry.get("url")).text
    gt = scorer.load_gt(AEB / "ground-truth.json")
    metrics = scorer.evaluate(gt, pred, n_bootstrap=0)
    summary = {key: round(metrics[key], 4) for key in ("f1", "precision", "recall")}
    assert metrics["f1"] >= AEB_F1_FLOOR, summary
    assert min(metrics["precision"], metrics["recall"]) >= AEB_F1_FLOOR - 0.01, summary
