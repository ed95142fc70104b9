"""URL canonicalization: every rule on a table of cases, the rule file's checks, and properties."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from pipeline.clean.rules import RuleError
from pipeline.urls import (
    RULES_PATH,
    canonical_url,
    identity_url,
    is_http_url,
    load_rules,
    url_rules,
)

RULES = url_rules()

# --- canonical_url: one case per rule -----------------------------------------------------------

CANONICAL = [
    # scheme and host
    ("lowercase_scheme_host", "HTTP://Example.COM/News/Story", "https://example.com/News/Story"),
    ("https_kept", "https://example.com/a", "https://example.com/a"),
    ("http_is_https", "http://example.com/a", "https://example.com/a"),
    ("idna_host", "https://bücher.de/a", "https://xn--bcher-kva.de/a"),
    ("idna_host_uppercase", "https://BÜCHER.de/a", "https://xn--bcher-kva.de/a"),
    ("idna_host_already_encoded", "https://XN--BCHER-KVA.de/a", "https://xn--bcher-kva.de/a"),
    ("idna_host_ideographic_dot", "https://例え。jp/", "https://xn--r8jz45g.jp/"),
    ("host_escapes_decoded", "https://ex%61mple.com/a", "https://example.com/a"),
    ("trailing_dot", "https://example.com./a", "https://example.com/a"),
    ("default_port_http", "http://example.com:80/a", "https://example.com/a"),
    ("default_port_https", "https://example.com:443/a", "https://example.com/a"),
    ("default_port_of_identity_scheme", "http://example.com:443/a", "https://example.com/a"),
    ("empty_port", "https://example.com:/a", "https://example.com/a"),
    ("other_port_kept", "https://example.com:8443/a", "https://example.com:8443/a"),
    ("userinfo_dropped", "https://user:secret@example.com/a", "https://example.com/a"),
    ("ipv4_host", "http://127.0.0.1:8080/a", "https://127.0.0.1:8080/a"),
    ("ipv6_host", "http://[0:0:0:0:0:0:0:1]:80/a", "https://[::1]/a"),
    ("surrounding_space", "  https://example.com/a \n", "https://example.com/a"),
    # www. is a different host
    ("www_kept", "https://www.example.com/a", "https://www.example.com/a"),
    # fragment
    ("fragment_dropped", "https://example.com/a#section-2", "https://example.com/a"),
    ("empty_fragment_dropped", "https://example.com/a?b=1#", "https://example.com/a?b=1"),
    # tracking parameters (each listed name and prefix also has a case of its own below)
    (
        "tracking_among_others",
        "https://example.com/a?id=7&utm_source=tw&fbclid=Ab1&page=2",
        "https://example.com/a?id=7&page=2",
    ),
    (
        "tracking_case_insensitive",
        "https://example.com/a?UTM_Source=x&FbClId=y",
        "https://example.com/a",
    ),
    (
        "tracking_webtrends_dotted",
        "https://example.com/a?WT.mc_id=x&x=1",
        "https://example.com/a?x=1",
    ),
    (
        "tracking_escaped_name",
        "https://example.com/a?utm%5Fsource=x&x=1",
        "https://example.com/a?x=1",
    ),
    (
        "tracking_only_leaves_no_query",
        "https://example.com/a?utm_medium=email",
        "https://example.com/a",
    ),
    ("empty_query_dropped", "https://example.com/a?", "https://example.com/a"),
    ("empty_pieces_dropped", "https://example.com/a?&x=1&&y=2&", "https://example.com/a?x=1&y=2"),
    (
        "generic_names_kept",
        "https://example.com/a?story=4&q=x&page=2&id=1&p=3&article=5&ref=home&source=feed",
        "https://example.com/a?article=5&id=1&p=3&page=2&q=x&ref=home&source=feed&story=4",
    ),
    (
        "utm_not_a_prefix_of_utmost",
        "https://example.com/a?utmost=1",
        "https://example.com/a?utmost=1",
    ),
    # parameter order
    ("sorted_by_name", "https://example.com/a?b=2&a=1&c=3", "https://example.com/a?a=1&b=2&c=3"),
    (
        "repeated_names_keep_order",
        "https://example.com/a?tag=z&b=1&tag=a",
        "https://example.com/a?b=1&tag=z&tag=a",
    ),
    ("sort_is_case_sensitive", "https://example.com/a?b=1&B=2", "https://example.com/a?B=2&b=1"),
    # blank values
    ("blank_value_kept", "https://example.com/a?b=&a", "https://example.com/a?a&b="),
    ("bare_flag_kept_bare", "https://example.com/a?print", "https://example.com/a?print"),
    # percent escapes
    (
        "unreserved_escape_decoded",
        "https://example.com/%7Euser/%41b",
        "https://example.com/~user/Ab",
    ),
    ("unreserved_escape_lowercase_hex", "https://example.com/%7euser", "https://example.com/~user"),
    (
        "reserved_escape_kept",
        "https://example.com/a%2fb?q=a%3db%26c",
        "https://example.com/a%2Fb?q=a%3Db%26c",
    ),
    (
        "reserved_literal_kept",
        "https://example.com/a;b=c,d?q=a/b:c@d",
        "https://example.com/a;b=c,d?q=a/b:c@d",
    ),
    ("plus_kept", "https://example.com/a?q=a+b&r=a%2Bb", "https://example.com/a?q=a+b&r=a%2Bb"),
    ("space_escaped", "https://example.com/a b?q=c d", "https://example.com/a%20b?q=c%20d"),
    (
        "non_ascii_path_escaped",
        "https://example.com/café?q=é",
        "https://example.com/caf%C3%A9?q=%C3%A9",
    ),
    (
        "non_ascii_escape_uppercased",
        "https://example.com/caf%c3%a9",
        "https://example.com/caf%C3%A9",
    ),
    (
        "lone_percent_escaped",
        "https://example.com/100%?q=%zz",
        "https://example.com/100%25?q=%25zz",
    ),
    (
        "unsafe_ascii_escaped",
        'https://example.com/a"b<c>{d}',
        "https://example.com/a%22b%3Cc%3E%7Bd%7D",
    ),
    # mobile and AMP hosts
    ("mobile_host_m", "https://m.example.com/a", "https://example.com/a"),
    ("mobile_host_mobile", "https://mobile.example.com/a", "https://example.com/a"),
    ("mobile_host_amp", "https://amp.example.com/a", "https://example.com/a"),
    ("mobile_host_uppercase", "https://M.Example.com/a", "https://example.com/a"),
    ("mobile_host_twice", "https://amp.m.example.co.uk/a", "https://example.co.uk/a"),
    ("mobile_host_before_www", "https://m.www.example.com/a", "https://www.example.com/a"),
    ("mobile_host_no_dot_left", "https://m.com/a", "https://m.com/a"),
    ("mobile_host_single_label", "http://m.localhost/a", "https://m.localhost/a"),
    (
        "mobile_host_inner_label_kept",
        "https://news.m.example.com/a",
        "https://news.m.example.com/a",
    ),
    ("mobile_like_label_kept", "https://mail.example.com/a", "https://mail.example.com/a"),
    # AMP paths
    ("amp_path_segment", "https://example.com/news/story/amp", "https://example.com/news/story"),
    (
        "amp_path_segment_slash",
        "https://example.com/news/story/amp/",
        "https://example.com/news/story/",
    ),
    ("amp_path_extension", "https://example.com/news/story.amp", "https://example.com/news/story"),
    (
        "amp_path_html",
        "https://example.com/news/story.amp.html",
        "https://example.com/news/story.html",
    ),
    ("amp_path_twice", "https://example.com/story/amp/amp", "https://example.com/story"),
    ("amp_path_home", "https://example.com/amp", "https://example.com/"),
    ("amp_path_inside_kept", "https://example.com/amp/story", "https://example.com/amp/story"),
    ("amp_word_kept", "https://example.com/news/champ", "https://example.com/news/champ"),
    ("amp_path_case_kept", "https://example.com/news/AMP", "https://example.com/news/AMP"),
    # AMP query flags
    ("amp_flag_bare", "https://example.com/a?amp", "https://example.com/a"),
    ("amp_flag_empty", "https://example.com/a?amp=", "https://example.com/a"),
    ("amp_flag_one", "https://example.com/a?amp=1&x=2", "https://example.com/a?x=2"),
    ("amp_flag_output_type", "https://example.com/a?outputType=AMP", "https://example.com/a"),
    ("amp_flag_output", "https://example.com/a?output=amp", "https://example.com/a"),
    (
        "amp_flag_other_value_kept",
        "https://example.com/a?output=print",
        "https://example.com/a?output=print",
    ),
    # AMP caches
    (
        "amp_cache",
        "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path",
        "https://www.example.com/path",
    ),
    (
        "amp_cache_http_origin",
        "https://www-example-com.cdn.ampproject.org/c/www.example.com/news/story/amp/",
        "https://www.example.com/news/story/",
    ),
    (
        "amp_cache_viewer_query",
        "https://example-com.cdn.ampproject.org/v/s/m.example.com/a.amp.html?amp_js_v=0.1&x=1#frag",
        "https://example.com/a.html?x=1",
    ),
    (
        "google_amp_viewer",
        "https://www.google.com/amp/s/www.example.com/news/story?usqp=mq331AQ",
        "https://www.example.com/news/story",
    ),
    (
        "amp_cache_resource_kept",
        "https://example-com.cdn.ampproject.org/i/s/example.com/photo.jpg",
        "https://example-com.cdn.ampproject.org/i/s/example.com/photo.jpg",
    ),
    (
        "amp_cache_without_origin_kept",
        "https://example-com.cdn.ampproject.org/c/s/",
        "https://example-com.cdn.ampproject.org/c/s/",
    ),
    (
        "amp_cache_domain_itself",
        "https://cdn.ampproject.org/c/s/example.com/a",
        "https://cdn.ampproject.org/c/s/example.com/a",
    ),
    # path
    ("empty_path", "https://example.com", "https://example.com/"),
    ("empty_path_with_query", "https://example.com?b=1", "https://example.com/?b=1"),
    ("dot_segments", "https://example.com/a/./b/../c", "https://example.com/a/c"),
    ("dot_dot_above_root", "https://example.com/../../a", "https://example.com/a"),
    ("trailing_dot_segment", "https://example.com/a/b/..", "https://example.com/a/"),
    ("escaped_dot_segments", "https://example.com/a/%2E%2e/b", "https://example.com/b"),
    ("duplicate_slashes", "https://example.com//a///b//", "https://example.com/a/b/"),
    ("trailing_slash_kept", "https://example.com/a/", "https://example.com/a/"),
    ("no_trailing_slash_kept", "https://example.com/a", "https://example.com/a"),
    (
        "path_case_kept",
        "https://example.com/News/Story?Q=Abc",
        "https://example.com/News/Story?Q=Abc",
    ),
]

NOT_HTTP = [
    ("empty", ""),
    ("blank", "   "),
    ("ftp", "ftp://example.com/a"),
    ("mailto", "mailto:news@example.com"),
    ("javascript", "javascript:alert(1)"),
    ("data", "data:text/html,<p>hi</p>"),
    ("scheme_relative", "//example.com/a"),
    ("path_only", "/news/story"),
    ("no_scheme", "example.com/news/story"),
    ("no_host", "http://"),
    ("empty_host", "http:///a"),
    ("userinfo_only", "https://user@/a"),
    ("opaque_http", "http:example.com"),
    ("space_in_host", "https://exa mple.com/"),
    ("bad_host_character", "https://exa<mple.com/"),
    ("empty_label", "https://example..com/"),
    ("dots_only", "https://./"),
    ("escaped_slash_in_host", "https://example.com%2Fevil/"),
    ("label_too_long", f"https://{'a' * 64}.com/"),
    ("unclosed_ipv6", "http://[::1/a"),
    ("bad_ipv6", "http://[1:2:3]/a"),
    ("port_out_of_range", "http://example.com:99999/"),
    ("port_not_a_number", "http://example.com:port/"),
]


@pytest.mark.parametrize(("url", "expected"), [pytest.param(u, e, id=i) for i, u, e in CANONICAL])
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize("url", [pytest.param(u, id=i) for i, u in NOT_HTTP])
def test_not_an_http_url(url):
    assert canonical_url(url) is None
    assert not is_http_url(url)


@pytest.mark.parametrize("value", [None, 42, b"https://example.com/"])
def test_not_a_string(value):
    assert canonical_url(value) is None
    assert not is_http_url(value)


def test_is_http_url():
    assert is_http_url("http://example.com")
    assert is_http_url("HTTPS://m.example.com/a?utm_source=x#top")


@pytest.mark.parametrize("name", sorted(RULES.tracking_names))
def test_every_tracking_name_is_dropped(name):
    url = f"https://example.com/a?id=7&{name}=x&{name.upper()}=y"
    assert canonical_url(url) == "https://example.com/a?id=7"


@pytest.mark.parametrize("prefix", RULES.tracking_prefixes)
def test_every_tracking_prefix_is_dropped(prefix):
    url = f"https://example.com/a?id=7&{prefix}campaign=x&{prefix.upper()}Source=y"
    assert canonical_url(url) == "https://example.com/a?id=7"


GENERIC_NAMES = ["id", "p", "page", "story", "article", "q", "s", "ref", "src", "source", "cid"]


@pytest.mark.parametrize("name", GENERIC_NAMES)
def test_generic_names_are_no_tracking(name):
    assert not RULES.drops(name, "1")
    assert canonical_url(f"https://example.com/a?{name}=1") == f"https://example.com/a?{name}=1"


def test_rule_file_lists_the_required_names():
    required_names = {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga",
        "_gl", "ocid", "cmpid", "smid", "ito", "ns_mchannel", "ns_source", "ns_campaign",
        "ns_linkname", "ns_fee", "sr_share", "wt.mc_id", "cmp", "ref_src", "ref_url", "s_cid",
        "share", "at_medium", "at_campaign", "taid", "rss", "partner",
    }  # fmt: skip
    assert required_names <= RULES.tracking_names
    required_prefixes = {"utm_", "pk_", "hsa_", "itm_", "_hs", "mkt_", "vero_", "oly_"}
    assert required_prefixes <= set(RULES.tracking_prefixes)
    assert set(RULES.host_prefixes) == {"m.", "mobile.", "amp."}
    assert {suffix for suffix, _ in RULES.amp_suffixes} == {"/amp", "/amp/", ".amp", ".amp.html"}


# --- identity_url ---------------------------------------------------------------------------------

STORY = "https://example.com/news/2024/story-1"

IDENTITY = [
    ("declared_wins", f"{STORY}?utm_source=x", "https://example.com/news/story-1", "https://example.com/news/story-1"),
    ("declared_canonicalized", STORY, "http://M.example.com/news/story-1/amp#top", "https://example.com/news/story-1"),
    ("no_declared", "http://example.com/news/2024/story-1?fbclid=1", None, STORY),
    ("empty_declared", STORY, "  ", STORY),
    ("root_relative_declared", STORY, "/news/story-1", "https://example.com/news/story-1"),
    ("path_relative_declared", STORY, "story-2", "https://example.com/news/2024/story-2"),
    ("dot_relative_declared", STORY, "../story-3", "https://example.com/news/story-3"),
    ("scheme_relative_declared", STORY, "//www.example.com/s1", "https://www.example.com/s1"),
    ("fragment_only_declared", STORY, "#comments", STORY),
    ("home_page_refused", STORY, "https://example.com/", STORY),
    ("home_page_empty_path_refused", STORY, "https://example.com", STORY),
    ("home_page_relative_refused", STORY, "/", STORY),
    ("home_page_tracking_refused", STORY, "https://example.com/?utm_source=x", STORY),
    ("section_host_root_refused", "https://sport.example.com/football/match-report", "https://sport.example.com/", "https://sport.example.com/football/match-report"),
    ("home_page_with_query_accepted", "https://example.com/index.php?id=12", "https://example.com/?p=12", "https://example.com/?p=12"),
    ("home_page_for_home_page", "https://example.com/?utm_source=x", "https://example.com/", "https://example.com/"),
    ("home_page_refused_for_query_page", "https://example.com/?p=12", "https://example.com/", "https://example.com/?p=12"),
    ("other_site_accepted", STORY, "https://wire.example.org/2024/original", "https://wire.example.org/2024/original"),
    ("non_http_declared_refused", STORY, "ftp://example.com/news/story-1", STORY),
    ("javascript_declared_refused", STORY, "javascript:void(0)", STORY),
    ("broken_declared_refused", STORY, "https://[::1/x", STORY),
    ("no_given", None, "https://example.com/news/story-1", "https://example.com/news/story-1"),
    ("no_given_home_page", None, "https://example.com/", "https://example.com/"),
    ("no_given_relative_declared", None, "/news/story-1", None),
    ("bad_given_relative_declared", "not a url", "/news/story-1", None),
    ("bad_given_absolute_declared", "not a url", "https://example.com/a", "https://example.com/a"),
    ("bad_given_no_declared", "not a url", None, None),
    ("nothing", None, None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("given_url", "declared", "expected"), [pytest.param(g, d, e, id=i) for i, g, d, e in IDENTITY]
)
def test_identity_url(given_url, declared, expected):
    assert identity_url(given_url, declared) == expected


# --- the rule file's checks -----------------------------------------------------------------------


def _rules_with(tmp_path: Path, old: str, new: str) -> Path:
    text = RULES_PATH.read_text("utf-8")
    assert old in text
    path = tmp_path / "urls.toml"
    path.write_text(text.replace(old, new, 1), "utf-8")
    return path


def test_rule_file_loads():
    assert load_rules() == RULES


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('prefixes = ["utm_"', 'prefixes = ["", "utm_"', "tracking.prefixes"),
        ('host_prefixes = ["m."', 'host_prefixes = ["m"', "mobile.host_prefixes"),
        ('["/amp/", "/"]', '["/amp/", "/amp/x"]', "amp.path_suffixes"),
        ('query_flags = ["amp"', 'query_flags = ["=amp"', "amp.query_flags"),
        ('path_prefixes = ["/c/"', 'path_prefixes = ["c/"', "amp_cache"),
        ('host = "www.google.com"', 'host = "www.google.com/amp"', "amp_cache"),
        ("[mobile]", "[mobile_hosts]", "[mobile]"),
    ],
)
def test_bad_rule_file_is_refused(tmp_path, old, new, message):
    with pytest.raises(RuleError, match=re.escape(message)):
        load_rules(_rules_with(tmp_path, old, new))


# --- properties -------------------------------------------------------------------------------------

SCHEMES = st.sampled_from(["http", "https", "HTTP", "Https"])
HOSTS = st.sampled_from(
    [
        "example.com", "Example.COM.", "www.example.com", "m.example.com", "amp.m.example.com",
        "m.com", "bücher.de", "xn--bcher-kva.de", "127.0.0.1", "[::1]", "ex%61mple.com",
        "mobile.news.example.co.uk", "www-example-com.cdn.ampproject.org", "www.google.com",
    ]
)  # fmt: skip
USERINFO = st.sampled_from(["", "user@", "user:pw@"])
PORTS = st.sampled_from(["", ":80", ":443", ":8080", ":"])
SEGMENTS = st.one_of(
    st.sampled_from(
        [
            "", ".", "..", "amp", "s", "c", "v", "a", "story.amp.html", "x.amp", "..amp", "%7E",
            "%7e", "%2F", "%2e%2E", "café", "a b", "%", "%zz", "example.com", "m.example.com",
            "bücher.de", "ex%61mple.com", "index.html",
        ]
    ),
    st.text(max_size=8),
)  # fmt: skip
TRACKING_NAMES = st.one_of(
    st.sampled_from(sorted(RULES.tracking_names)),
    st.tuples(
        st.sampled_from(RULES.tracking_prefixes), st.text(string.ascii_letters + "_", max_size=8)
    ).map("".join),
).flatmap(lambda name: st.sampled_from([name, name.upper(), name.title()]))
PARAM_NAMES = st.one_of(
    TRACKING_NAMES,
    st.sampled_from(["id", "p", "page", "a", "b", "B", "amp", "outputType", "output", "q", ""]),
    st.text(max_size=6),
)
PARAM_VALUES = st.one_of(
    st.sampled_from(["", "1", "amp", "AMP", "%7E", "~", "%2f", "a+b", "é", "%"]),
    st.text(max_size=6),
)
PARAMS = st.lists(
    st.tuples(PARAM_NAMES, st.sampled_from(["=", ""]), PARAM_VALUES).map("".join), max_size=5
)
SAFE_VALUES = st.text(string.ascii_letters + string.digits + "-._~%+=:/?", max_size=10)


def _url(scheme, userinfo, host, port, segments, params, fragment=None) -> str:
    query = f"?{'&'.join(params)}" if params else ""
    tail = f"#{fragment}" if fragment is not None else ""
    return f"{scheme}://{userinfo}{host}{port}/{'/'.join(segments)}{query}{tail}"


# For the tracking property: no "?" or "#" in the path, so the query starts where _url puts it.
URL_PARTS = st.tuples(
    SCHEMES,
    USERINFO,
    HOSTS,
    PORTS,
    st.lists(SEGMENTS.filter(lambda s: "?" not in s and "#" not in s), max_size=6),
    PARAMS,
)
URLS = st.one_of(
    st.builds(_url, SCHEMES, USERINFO, HOSTS, PORTS, st.lists(SEGMENTS, max_size=6), PARAMS, st.none() | st.text(max_size=8)),
    st.text(),
)  # fmt: skip


@given(URLS)
@example("https://example-com.cdn.ampproject.org/c/s/ex%61mple.com/a/..amp")
@example("https://m.m.example.com/a/%2e%2E/story/amp/amp?b=2&a=1&b=1")
def test_canonical_url_is_idempotent(url):
    canonical = canonical_url(url)
    if canonical is not None:
        assert canonical_url(canonical) == canonical


@given(st.text())
@example("http://[")
@example("http://example.com:65536/")
@example("https://\ud800.com/\udfff")
def test_canonical_url_never_raises(text):
    canonical = canonical_url(text)
    assert canonical is None or (canonical.isascii() and canonical.startswith("https://"))
    assert is_http_url(text) == (canonical is not None)


@given(
    st.sampled_from(["ftp", "mailto", "javascript", "file", "data", "ws", "httpx", ""]), st.text()
)
def test_other_schemes_are_not_http(scheme, rest):
    assert canonical_url(f"{scheme}:{rest}") is None


@given(
    URL_PARTS,
    st.integers(min_value=0, max_value=5),
    TRACKING_NAMES,
    st.none() | SAFE_VALUES,
    st.text(),
)
def test_tracking_parameters_and_fragments_do_not_change_identity(
    parts, position, name, value, fragment
):
    *base, params = parts
    plain = _url(*base, params)
    # Surrounding space is no part of a URL: "?a " is "?a", but "?a &fbclid=1" keeps the space.
    assume(plain == plain.rstrip())
    tracked = [*params]
    tracked.insert(min(position, len(params)), name if value is None else f"{name}={value}")
    assert canonical_url(_url(*base, tracked, fragment)) == canonical_url(plain)
