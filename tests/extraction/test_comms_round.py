"""corpus_comms round: a communiqué announced in a sentence of its own ("Un communiqué de la DGSN a été diffusé
jeudi.", "أصدرت المديرية بلاغا", "The bureau put out a statement") names its body as the source of the figures that
follow, until another source is named; a headline that names its source ("BCIJ statement: …", "Selon la DGST, …",
"بلاغ للمكتب …: …") is the source of the body's unsourced figures the same way (corpus_comms q17, and the
convention of corpus_speakers s03: a speaker named in the title and lede carries to the figures after)."""

from datetime import date

from claims.extraction.attribution import find_attribution
from claims.extraction.normalize import FoldedText

from .helpers import claims_of

PUBLISHED = date(2025, 3, 14)


def org_of(sentence):
    found = find_attribution(FoldedText(sentence))
    return found.org if found else None


def orgs(body, title=None):
    return [(c.value, c.attribution.org) for c in claims_of(body, PUBLISHED, title)]


def test_a_sentence_announcing_a_communique_names_its_body():
    assert (
        org_of(
            "Un communiqué de la Direction générale de la surveillance du territoire a été rendu public mardi."
        )
        == "DGST"
    )
    assert (
        org_of("Le communiqué du Bureau central d'investigations judiciaires est tombé en fin de journée.")
        == "BCIJ"
    )
    assert org_of("La DGSN a diffusé un communiqué jeudi soir.") == "DGSN"
    assert org_of("The BCIJ put out a statement on Tuesday.") == "BCIJ"
    assert org_of("أصدرت المديرية العامة للأمن الوطني بلاغا مساء الخميس.") == "DGSN"
    assert org_of("توصلت الجريدة ببلاغ من المكتب المركزي للأبحاث القضائية.") == "BCIJ"
    assert org_of("ونشرت المديرية العامة لمراقبة التراب الوطني بيانا يوم الثلاثاء.") == "DGST"


def test_the_announced_communique_is_the_source_of_the_figures_after_it():
    assert orgs(
        "Un communiqué de la Direction générale de la surveillance du territoire a été rendu public mardi. "
        "Cinq suspects ont été interpellés lundi à Tanger et à Tétouan."
    ) == [(5, "DGST")]
    assert orgs(
        "أصدرت المديرية العامة للأمن الوطني بلاغا مساء الخميس. "
        "وتم توقيف ثمانية أشخاص يشتبه في ارتباطهم بتنظيم داعش بمدينة وجدة يوم الأربعاء."
    ) == [(8, "DGSN")]
    assert orgs(
        "The Central Bureau of Judicial Investigation put out a statement late on Wednesday. "
        "Four men were detained in Nador on Tuesday."
    ) == [(4, "BCIJ")]


def test_the_announced_source_speaks_until_another_is_named():
    assert orgs(
        "La DGSN a diffusé un communiqué jeudi soir. "
        "Huit suspects ont été arrêtés mercredi à Oujda dans le cadre de la lutte antiterroriste. "
        "Selon des sources sécuritaires, trois autres suspects liés à la même cellule terroriste ont été interpellés à Berkane."
    ) == [(8, "DGSN"), (3, "official_unspecified")]


def test_a_headline_naming_its_source_speaks_for_the_lede():
    assert orgs(
        "Five suspects were arrested on Monday in Tangier and Tetouan. The men are aged 19 to 33.",
        title="BCIJ statement: five held in northern Morocco",
    ) == [(5, "BCIJ")]
    assert orgs(
        "Quatre individus ont été interpellés mardi à Nador et à Driouch.",
        title="Selon la DGST, une cellule démantelée dans l'Oriental",
    ) == [(4, "DGST")]
    assert orgs(
        "تم توقيف أربعة أشخاص يوم الثلاثاء بمدينتي طنجة والفنيدق.",
        title="بلاغ للمكتب المركزي للأبحاث القضائية: تفكيك خلية إرهابية بالشمال",
    ) == [(4, "BCIJ")]


def test_the_headline_source_gives_way_to_the_body_s_own():
    assert orgs(
        "Four men were detained in Nador on Tuesday. "
        "A researcher at the Atlas Institute, Karim Lahlou, estimates that about 300 Moroccans are held in Syria.",
        title="BCIJ statement: four held in Nador",
    ) == [(4, "BCIJ"), (300, "analyst")]


def test_a_headline_naming_a_body_without_citing_it_gives_the_lede_no_source():
    # the body the title names as the actor of the news, or voices no one names, are no source the lede cites
    assert orgs(
        "Quatre individus ont été interpellés mardi à Nador.",
        title="Le BCIJ démantèle une cellule terroriste à Nador",
    ) == [(4, "unspecified")]
    assert orgs(
        "وفككت السلطات المغربية خلال سنة 2023 تسع خلايا إرهابية في مدن الشمال.",
        title="محللون: خطر التجنيد عبر الإنترنت يتزايد",
    ) == [(9, "unspecified")]


def test_a_study_the_headline_cites_does_not_tell_the_news_of_an_operation():
    assert orgs(
        "On Monday police arrested four suspects linked to the Islamic State in Fez.",
        title="Jihadists: Morocco leads on returnees, study says",
    ) == [(4, "unspecified")]
    assert orgs(
        "Some 1,700 Moroccans joined jihadist groups in Syria and Iraq.",
        title="Jihadists: Morocco leads on returnees, study says",
    ) == [(1700, "analyst")]
