"""HTML pages: encoding, body convention, metadata and date; plus decoding and language."""

from newsledger.clean.encoding import declared_charset, decode
from newsledger.clean.language import detect_language
from newsledger.read.html import read_html

RU_PARAGRAPHS = [
    "Городской совет во вторник отклонил сообщения о тайной сделке с оператором танкеров и "
    "назвал их полностью необоснованными.",
    "«Такого соглашения не существует, и никто его не обсуждал», — заявила журналистам "
    "пресс-секретарь совета Елена Брандт на брифинге в здании порта.",
    "Местные газеты на прошлой неделе писали, что оператору обещали причалы на десять лет в "
    "обмен на финансирование нового терминала, ссылаясь на двух анонимных чиновников.",
]
DE_PARAGRAPHS = [
    "Der Gemeinderat von Valmora hat am Dienstag Berichte über ein geheimes Abkommen mit einem "
    "Reeder zurückgewiesen und sie als völlig unbegründet bezeichnet.",
    "»Ein solches Abkommen gibt es nicht, und es wurde auch nie verhandelt«, sagte die "
    "Sprecherin des Rates, Elena Brandt, vor Journalisten im Hafengebäude.",
    "Örtliche Zeitungen hatten in der vergangenen Woche berichtet, dem Reeder seien für zehn "
    "Jahre exklusive Liegeplätze zugesagt worden, im Gegenzug für die Finanzierung eines neuen "
    "Terminals. Sie beriefen sich auf zwei ungenannte Beamte.",
]


def page(title: str, paragraphs: list[str], head: str = "") -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<html><head>{head}<title>{title}</title>"
        '<meta property="article:published_time" content="2024-03-05T10:00:00+00:00">'
        f"</head><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/p'>Politik</a></li>"
        f"</ul></nav><article><h1>{title}</h1>\n{body}</article>"
        "<footer>© Valmora Daily</footer></body></html>"
    )


def test_windows_1251_page_declared_by_meta_charset():
    html = page("Совет отклонил сообщения о сделке", RU_PARAGRAPHS, '<meta charset="windows-1251">')
    data = html.encode("cp1251")
    article = read_html(data, "ru.html", url="https://example.org/ru")
    assert article.title == "Совет отклонил сообщения о сделке"
    assert "Такого соглашения не существует" in article.body
    assert article.language == "ru"
    assert article.raw == data and article.raw_kind == "html"
    assert article.url == "https://example.org/ru"


def test_latin1_page_declared_by_http_equiv():
    head = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    html = page("Gemeinderat weist Berichte über Abkommen zurück", DE_PARAGRAPHS, head)
    article = read_html(html.encode("latin-1"), "de.html")
    assert article.title == "Gemeinderat weist Berichte über Abkommen zurück"
    assert "»Ein solches Abkommen gibt es nicht" in article.body
    assert "Örtliche Zeitungen" in article.body
    assert article.language == "de"


def test_body_convention_date_and_no_page_furniture():
    html = page("Gemeinderat weist Berichte zurück", DE_PARAGRAPHS, '<meta charset="utf-8">')
    article = read_html(html.encode("utf-8"), "de.html")
    assert article.body.startswith(article.title + "\n\n")
    assert article.title_start == 0
    assert article.body.count(article.title) == 1  # the <h1> is not repeated
    lines = article.body.split("\n\n", 1)[1].splitlines()
    assert lines[0].startswith("Der Gemeinderat") and len(lines) == 3
    assert "Politik" not in article.body and "©" not in article.body
    assert article.published == "2024-03-05"


def test_page_without_article_text_keeps_raw_and_does_not_raise():
    article = read_html(b"<html><body><nav>Home</nav></body></html>", "empty.html")
    assert article.body == "" or "Home" in article.body
    assert article.raw_kind == "html"


def test_decode_order_and_fallbacks():
    text = "Новости дня: совет отклонил сообщения о тайной сделке с оператором. " * 4
    assert decode(text.encode("cp1251")) == text  # undeclared: detected
    assert decode("Größe und Übermaß".encode("latin-1"), "latin-1") == "Größe und Übermaß"
    assert decode("\ufeffBOM first".encode("utf-8"), "latin-1") == "BOM first"
    assert decode(b"\xff\xfe\xfa junk \x80\x81", "no-such-charset") is not None
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">')
    assert declared_charset(b"<html><body>no charset</body></html>") is None


def test_detect_language():
    assert detect_language(" ".join(DE_PARAGRAPHS)) == "de"
    assert detect_language(" ".join(RU_PARAGRAPHS)) == "ru"
    assert detect_language("ok") is None
