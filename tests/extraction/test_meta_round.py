"""Where pages print their outlet, date and title (corpus_meta round): a site line with its slogan, crumbs
above or below it, "By NAME, OUTLET" lines, agency parentheses in datelines, a city before a date, an update
printed before the first publication, and HTML pages whose og:site_name, <title> suffix and JSON-LD publisher
disagree. Every example is written in other words than the corpus."""

from datetime import date

from claims.extraction.bylines import author_outlet, byline_date, copyright_outlet, is_author_line
from claims.extraction.layouts import parse_document

_BODY_AR = "وقالت المصادر إن الأجهزة الأمنية تابعت تحرياتها في المدينة طيلة الأسبوع الماضي.\n"
_BODY_FR = "Les enquêteurs ont poursuivi leurs recherches pendant toute la semaine dans la région.\n"
_BODY_EN = "Investigators kept working through the week in the northern region, officials said.\n"
_FORM_FR = "\nLaisser un commentaire\nVotre adresse e-mail ne sera pas publiée.\n"
_FORM_EN = "\nLeave a Reply\nYour email address will not be published.\n"
_FORM_AR = "\nاترك تعليقاً\nلن يتم نشر عنوان بريدك الإلكتروني.\n"


# ---- a site line with its slogan ----------------------------------------------------------------------


def test_a_french_site_line_with_a_slogan_gives_the_outlet_not_the_title():
    text = (
        "La Vigie de l'Atlas | Toute l'actualité du Souss\n\nAccueil » Société\n\n"
        "Les gardes-côtes interceptent une embarcation\n\n12 mars 2023\n\n" + _BODY_FR + _FORM_FR
    )
    document = parse_document(text)
    assert document.title == "Les gardes-côtes interceptent une embarcation"
    assert document.outlet == "La Vigie de l'Atlas"
    assert document.published == date(2023, 3, 12)


def test_an_arabic_site_line_with_a_slogan_after_a_dash():
    text = (
        "نبض الشمال – صوت الجهة الشرقية\n\nالرئيسية » مجتمع\n\nتوقيف مهربين في ميناء الناظور\n\n"
        "السبت 4 ماي 2024 - 18:20\n\n" + _BODY_AR + _FORM_AR
    )
    document = parse_document(text)
    assert document.title == "توقيف مهربين في ميناء الناظور"
    assert document.outlet == "نبض الشمال"


def test_crumbs_first_then_the_site_line_with_digits_and_a_slogan():
    text = (
        "Home » Nation\n\nSahara 360 | The voice of the south\n\nCoast guard rescues fishermen off Dakhla\n\n"
        "April 9, 2022\n\n" + _BODY_EN + _FORM_EN
    )
    document = parse_document(text)
    assert document.title == "Coast guard rescues fishermen off Dakhla"
    assert document.outlet == "Sahara 360"


def test_a_headline_with_a_dash_under_crumbs_stays_the_title():
    text = (
        "AccueilTribune\n\nTribune — Le pari de la jeunesse\n\n"
        + _BODY_FR
        + "Deuxième paragraphe du texte.\n"
    )
    document = parse_document(text)
    assert document.title == "Tribune — Le pari de la jeunesse"


def test_crumbs_with_a_trailing_separator_above_a_site_line_and_a_title_opening_with_par():
    text = (
        "Home / Politics /\n\nThe Atlas Courier | Straight from Rabat\n\nParliament debates the budget\n\n"
        "March 3, 2024\n\n" + _BODY_EN + _FORM_EN
    )
    document = parse_document(text)
    assert (document.title, document.outlet, document.published) == (
        "Parliament debates the budget",
        "The Atlas Courier",
        date(2024, 3, 3),
    )


def test_words_that_open_with_by_or_par_are_no_author_line():
    assert not is_author_line("Parliament debates the budget")
    assert not is_author_line("Partenariat renforcé avec Madrid")
    assert not is_author_line("Bygone days in the medina")
    assert is_author_line("Par: Nadia Benali")
    assert is_author_line("By Omar Tazi")


# ---- the author's line under the title -------------------------------------------------------------


def test_an_author_line_under_a_short_title_is_not_the_title():
    text = (
        "Dockers strike in the port\nBy Leila Bennis, The Tangier Courier\nMonday, May 6, 2024\n" + _BODY_EN
    )
    document = parse_document(text)
    assert document.title == "Dockers strike in the port"
    assert document.outlet == "The Tangier Courier"
    assert document.published == date(2024, 5, 6)


def test_by_name_comma_outlet_names_the_outlet_in_french_too():
    assert author_outlet("Par Karim Idrissi, Le Quotidien du Nord") == "Le Quotidien du Nord"
    assert author_outlet("By Sara Alami, staff writer") is None


# ---- agency parentheses in datelines -----------------------------------------------------------------


def test_an_agency_in_the_dateline_parenthesis_is_the_outlet_of_a_page_that_names_no_other():
    text = (
        "Les ports du nord sous surveillance\n"
        "TANGER, 3 juin 2022 (Nord Dépêches) - Les autorités portuaires ont renforcé les contrôles cette semaine.\n"
        "Deuxième paragraphe du texte.\n"
    )
    document = parse_document(text)
    assert document.outlet == "Nord Dépêches"
    assert document.published == date(2022, 6, 3)


def test_a_wire_dateline_alone_on_its_line_names_the_outlet_and_the_city():
    text = (
        "Port traffic rises in the north\nTANGIER (Strait Newswire) —\n"
        + _BODY_EN
        + "Traffic rose again in May.\n"
        "Filed by Strait Newswire on July 8, 2023\n"
    )
    document = parse_document(text)
    assert document.outlet == "Strait Newswire"
    assert document.dateline == "TANGIER"
    assert document.title == "Port traffic rises in the north"


# ---- a city before a date ----------------------------------------------------------------------------


def test_a_city_before_the_date_is_the_dateline_and_the_footer_names_the_outlet():
    text = (
        "حملة أمنية في الأحياء الشعبية\nطنجة - 14 يونيو 2023\n" + _BODY_AR + "وتواصلت الحملة طيلة الأسبوع.\n"
        "© 2023 مرآة الشمال\n"
    )
    document = parse_document(text)
    assert document.outlet == "مرآة الشمال"
    assert document.dateline == "طنجة"
    assert document.published == date(2023, 6, 14)


def test_a_footer_naming_a_paper_whose_name_opens_with_al_jarida_keeps_it_whole():
    assert copyright_outlet("© 2022 الجريدة الشرقية") == "الجريدة الشرقية"
    assert copyright_outlet("جميع الحقوق محفوظة لجريدة الأفق 2020") == "الأفق"


def test_a_french_city_before_the_date_is_not_the_outlet():
    text = (
        "Contrôles renforcés à la frontière\nOujda - 2 juillet 2023\n" + _BODY_FR + "Deuxième paragraphe.\n"
    )
    document = parse_document(text)
    assert document.outlet != "Oujda"
    assert document.dateline == "Oujda"


def test_an_outlet_before_the_date_stays_the_outlet():
    text = (
        "Contrôles renforcés à la frontière\nL'Éclaireur de l'Est - 2 juillet 2023\n" + _BODY_FR + "Suite.\n"
    )
    assert parse_document(text).outlet == "L'Éclaireur de l'Est"


# ---- first publication beats the update ----------------------------------------------------------------


def test_the_first_publication_beats_an_update_printed_before_it():
    assert byline_date("Last updated: 12 March 2024 | Originally published: 10 March 2024") == date(
        2024, 3, 10
    )
    assert byline_date("Mis à jour le 9 mai 2023 · Publié le 7 mai 2023") == date(2023, 5, 7)
    assert byline_date("آخر تحديث: 5 يناير 2024 | نشر في: 3 يناير 2024") == date(2024, 1, 3)


def test_the_publication_after_an_update_in_one_dash_separated_line():
    assert byline_date("آخر تحديث: 8 مارس 2022 - نشر في: 6 مارس 2022") == date(2022, 3, 6)
    assert byline_date("Publié le 7 mai 2023, mis à jour le 9 mai 2023") == date(2023, 5, 7)


def test_other_update_labels_give_way_to_the_publication():
    assert byline_date("Dernière mise à jour : 2 août 2021 - Publié le 31 juillet 2021") == date(2021, 7, 31)
    assert byline_date("Last modified: Oct 4, 2022 | Published: Oct 1, 2022") == date(2022, 10, 1)
    assert byline_date("Actualisé le 12 janvier 2020 · Publié le 10 janvier 2020") == date(2020, 1, 10)


def test_an_update_alone_still_dates_the_line():
    assert byline_date("Updated: 4 June 2021") == date(2021, 6, 4)


# ---- HTML: the outlet the page's names agree on --------------------------------------------------------


def _html(title_tag: str, og: str, publisher: str, lang: str = "fr") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title_tag}</title>'
        f'<meta property="og:site_name" content="{og}">'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        '"datePublished":"2023-04-02T09:00:00+01:00","publisher":{"@type":"Organization","name":"'
        + publisher
        + '"}}</script></head><body><article><h1>Saisie record au port de Tanger</h1>'
        "<p>Les douaniers ont saisi une cargaison importante au port de Tanger Med cette semaine.</p>"
        "<p>L'enquête a été confiée à la police judiciaire de la ville.</p></article></body></html>"
    )


def test_a_parent_company_as_publisher_loses_to_the_site_name_and_the_title_suffix():
    html = _html("Saisie record au port de Tanger - Le Veilleur.ma", "Le Veilleur", "Veilleur Média Holding")
    assert parse_document(html).outlet == "Le Veilleur"


def test_the_name_two_sources_agree_on_beats_a_latin_site_name():
    html = _html("Saisie record au port de Tanger | المرصد", "Al Marsad", "المرصد", lang="ar")
    assert parse_document(html).outlet == "المرصد"


# ---- what the page's furniture prints is never a figure ----------------------------------------------


def _figures(text: str) -> list[tuple[str, int]]:
    from claims.extraction.engine import read_article

    _, _, extraction = read_article(text.encode("utf-8"), "page.txt")
    return [(claim.metric, claim.value) for claim in extraction.claims]


def test_the_site_line_digits_the_meta_line_time_and_the_footer_year_are_no_figures():
    text = (
        "Agadir 24 | Le Souss en direct\n\nAccueil » Maroc\n\n"
        "Plus de 90 cellules démantelées par le BCIJ\n\n"
        "Publié le 3 avril 2023 à 09h40 · Mis à jour le 4 avril 2023 à 18h15\n\n"
        "Le BCIJ a démantelé plus de 90 cellules terroristes depuis sa création, selon son directeur.\n\n"
        "© 2023 Agadir 24\n" + _FORM_FR
    )
    document = parse_document(text)
    assert (document.title, document.outlet, document.published) == (
        "Plus de 90 cellules démantelées par le BCIJ",
        "Agadir 24",
        date(2023, 4, 3),
    )
    assert _figures(text) == [("cells_dismantled", 90)]


def test_an_arabic_page_with_a_dated_meta_line_and_a_wire_parenthesis_gives_only_the_body_figure():
    text = (
        "تفكيك 7 خلايا خلال السنة الجارية\n"
        "فاس، 11 شتنبر 2024 (وكالة الأطلس للأنباء) - أعلن المكتب المركزي للأبحاث القضائية عن تفكيك 7 خلايا"
        " إرهابية منذ بداية السنة الجارية.\n"
        "وتمت العملية الأخيرة في الساعة 23:30.\n"
    )
    document = parse_document(text)
    assert document.outlet == "وكالة الأطلس للأنباء"
    assert document.published == date(2024, 9, 11)
    assert [value for _, value in _figures(text)] == [7]


def test_with_no_two_names_agreeing_the_site_name_beats_the_parent_company():
    html = _html("Saisie record au port de Tanger", "L'Écho du Détroit", "Détroit Médias SA")
    assert parse_document(html).outlet == "L'Écho du Détroit"
    html = _html("Saisie record au port de Tanger | La Sentinelle", "", "Sentinelle Holding")
    assert parse_document(html).outlet == "La Sentinelle"


# ---- crumbs, then the site's name alone; a "Source :" footer ----------------------------------------


def test_crumbs_then_the_site_name_alone_then_the_longer_title():
    text = (
        "الرئيسية » جهات\n\nدرعة 36\n\nحجز كميات من المخدرات بضواحي ورزازات\n\nنشر في: 9 فبراير 2023\n\n"
        + _BODY_AR
        + _FORM_AR
    )
    document = parse_document(text)
    assert (document.title, document.outlet) == ("حجز كميات من المخدرات بضواحي ورزازات", "درعة 36")


def test_crumbs_then_a_short_title_then_a_longer_line_is_not_read_as_a_site_name():
    text = (
        "Accueil » Maroc\n\nAlerte au port\n\nLa Gazette du Littoral Nord\n\n3 mars 2024\n\n"
        + _BODY_FR
        + _FORM_FR
    )
    assert parse_document(text).title == "Alerte au port"


def test_a_source_line_at_the_foot_names_the_outlet_but_a_description_does_not():
    text = (
        "Que devient le port de pêche ?\n14 mai 2025\n"
        + _BODY_FR
        + "Deuxième paragraphe.\nSource : Le Phare du Gharb\n"
    )
    document = parse_document(text)
    assert document.outlet == "Le Phare du Gharb"
    assert "Source" not in document.body
    text = (
        "What next for the fishing port?\nMay 14, 2025\n"
        + _BODY_EN
        + "More text.\nSource: official figures\n"
    )
    assert parse_document(text).outlet is None


def test_a_short_title_opening_on_its_figure_under_crumbs_is_not_a_site_name():
    text = (
        "Accueil » Maroc\n\n5 cellules démantelées\n\nLa Gazette du Littoral\n\n3 mars 2024\n\n"
        + _BODY_FR
        + _FORM_FR
    )
    assert parse_document(text).title == "5 cellules démantelées"


# ---- HTML: the publication among update stamps ------------------------------------------------------


def _dated_page(meta_line: str) -> str:
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Contrôles au port</title></head>'
        f"<body><article><h1>Contrôles renforcés au port de Nador</h1>{meta_line}"
        "<p>Les douaniers ont renforcé les contrôles au port de Nador pendant toute la semaine.</p>"
        "<p>Les opérations se poursuivront jusqu'à la fin du mois, selon la direction.</p></article></body></html>"
    )


def test_an_update_time_tag_before_the_publication_time_tag_does_not_date_the_page():
    html = _dated_page(
        '<p class="meta">Mis à jour le <time class="updated" datetime="2022-11-30">30 novembre 2022</time> · '
        'Publié le <time class="published" datetime="2022-11-28">28 novembre 2022</time></p>'
    )
    assert parse_document(html).published == date(2022, 11, 28)


def test_a_visible_byline_printing_the_update_first_is_dated_by_the_publication():
    html = _dated_page(
        '<p class="byline">Par Salma B. | Modifié le 30 novembre 2022 | Publié le 28 novembre 2022</p>'
    )
    assert parse_document(html).published == date(2022, 11, 28)


def test_a_wire_dateline_alone_on_its_line_with_a_date_dates_the_page_and_names_the_agency():
    for line, city, agency, day in (
        ("AGADIR, Nov. 8, 2021 (Souss Wire) —", "AGADIR", "Souss Wire", date(2021, 11, 8)),
        ("مكناس، 8 نونبر 2021 (وكالة سايس للأنباء) -", "مكناس", "وكالة سايس للأنباء", date(2021, 11, 8)),
        ("MEKNÈS, 8 novembre 2021 (Presse du Saïs)", "MEKNÈS", "Presse du Saïs", date(2021, 11, 8)),
    ):
        document = parse_document(
            "Port traffic rises in the north\n" + line + "\n" + _BODY_EN + "More text.\n"
        )
        assert (document.dateline, document.outlet, document.published) == (city, agency, day), line


def test_a_month_first_dateline_opening_the_body_dates_the_page():
    text = "Port traffic rises in the north\nAGADIR, Nov. 8, 2021 (Souss Wire) — " + _BODY_EN + "More text.\n"
    document = parse_document(text)
    assert (document.outlet, document.published) == ("Souss Wire", date(2021, 11, 8))
