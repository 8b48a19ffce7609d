"""Dev round: mechanisms for figures whose noun or frame lies outside their own clause."""

from datetime import date

from claims.extraction.claims import find_claims
from claims.extraction.countries import find_countries
from claims.extraction.records import Document

from .helpers import body_document, claims_of

PUBLISHED = date(2024, 3, 14)


def _document(body: str, language: str) -> Document:
    return Document(
        text=body,
        title="Entretien",
        outlet=None,
        published=PUBLISHED,
        dateline=None,
        language=language,
        body_start=0,
        body_end=len(body),
        layout="clean",
    )


def test_an_answer_counts_what_the_question_asked_about():
    # "départs" counts fighters only where fighters or their zones are spoken of: here, in the question
    body = (
        "Karim Bennani suit les filières djihadistes depuis quinze ans.\n"
        "Q : Combien de cellules ont été démantelées ?\n"
        "R : Une quarantaine de cellules en trois ans.\n"
        "Q : Et les départs vers la Syrie ?\n"
        "R : Selon mes calculs, près de 1 500 départs, pas davantage.\n"
    )
    found = [(c.metric, c.value) for c in find_claims(_document(body, "fr"))]
    assert ("fighters_joined", 1500) in found


def _found(body: str) -> list[tuple]:
    return [(c.metric, c.value, c.unit) for c in find_claims(_document(body, "en"))]


def test_a_share_of_those_a_participle_names_counts_those_people():
    claims = find_claims(
        _document(
            "Nearly 40 percent of those convicted since 2016 had been radicalized on the internet.", "en"
        )
    )
    assert [(c.metric, c.value, c.unit, c.subset) for c in claims] == [
        ("persons_arrested", 40, "percent", "online_activity")
    ]


def test_over_the_internet_is_no_age_band():
    # "over 25" is an age; "over the internet" is how they were recruited
    assert _found("Over 55 percent of those detained last year were recruited over the internet.") == [
        ("persons_arrested", 55, "percent")
    ]
    assert _found("Some 38 percent of those detained last year were over thirty.") == []


def test_returnees_making_up_a_number_of_those_prosecuted_are_returnees_arrested():
    assert _found("Returnees from Syria make up 95 of those charged since 2015, the prosecutor said.") == [
        ("returnees_arrested", 95, "count")
    ]


def test_a_colon_after_a_figure_of_people_opens_the_list_of_its_parts():
    found = _found(
        "Some 90 returnees have been brought before the courts: 60 from Syria, 20 former members of the group in Libya "
        "and 10 others handed over by Turkey."
    )
    assert found == [("returnees_arrested", value, "count") for value in (90, 60, 20, 10)]


def test_a_total_announced_earlier_in_the_pluperfect_is_dated_not_a_month():
    claims = claims_of(
        "وأكد المصدر أن المكتب فكك منذ سنة 2015 ما مجموعه 95 خلية، بعدما كان المكتب قد أعلن في مارس 2022 "
        "عن تفكيك 90 خلية.",
        date(2024, 6, 1),
    )
    assert [(c.value, c.period.type, c.period.start, c.as_of) for c in claims] == [
        (95, "since", "2015", None),
        (90, "since", "2015", "2022-03"),
    ]


def test_the_official_figures_of_a_month_date_the_running_total():
    claim = claims_of(
        "Les statistiques officielles de mars 2022 recensaient 90 cellules démantelées depuis 2015.",
        date(2024, 6, 1),
    )
    assert [(c.value, c.period.type, c.period.start, c.as_of) for c in claim] == [
        (90, "since", "2015", "2022-03")
    ]


def _partners(body: str) -> list[str]:
    return sorted({m.code for m in find_countries(body_document(body)) if m.role == "partner"})


def test_an_operation_carried_out_with_a_foreign_service_makes_its_country_a_partner():
    assert _partners("L'interpellation, menée avec la police belge, a eu lieu à Nador.") == ["BE"]
    assert _partners("The raid was carried out with Italian investigators in Beni Mellal.") == ["IT"]
    assert _partners("وجرت العملية بمعية الشرطة الفرنسية في مدينة طنجة.") == ["FR"]


def test_people_held_in_camps_kept_by_kurdish_forces_are_held_abroad():
    found = [
        (c.metric, c.value)
        for c in claims_of("Selon le rapport, 75 femmes sont retenues dans des camps gérés par les Kurdes.")
    ]
    assert found == [("fighters_detained_abroad", 75)]


def test_camps_the_sentence_before_places_abroad_hold_people_abroad():
    found = [
        (c.metric, c.value)
        for c in claims_of(
            "Des centaines de Marocains restent bloqués en Syrie depuis la chute de Baghouz. "
            "Une ONG a recensé 64 enfants retenus dans des camps."
        )
    ]
    assert found == [("fighters_detained_abroad", 64)]


def test_foreigners_counted_in_french_are_people():
    found = [
        (c.metric, c.value, c.subset)
        for c in claims_of(
            "Neuf étrangers comptent parmi les suspects arrêtés dans cette affaire de terrorisme."
        )
    ]
    assert found == [("persons_arrested", 9, "foreigners")]


def test_returns_that_led_to_prosecution_are_returnees_arrested():
    found = [
        (c.metric, c.value)
        for c in claims_of(
            "On dénombre 210 retours de Syrie, dont 180 ont fait l'objet de poursuites judiciaires."
        )
    ]
    assert found == [("returnees", 210), ("returnees_arrested", 180)]


def test_the_body_acting_after_a_fronted_complement_is_the_source():
    english = claims_of(
        "In close coordination with the General Directorate for Internal Security of France, the DGST arrested "
        "four terrorism suspects in Oujda on Tuesday."
    )
    assert [(c.value, c.attribution.org) for c in english] == [(4, "DGST")]
    arabic = claims_of(
        "وبتنسيق وثيق مع مصالح الاستخبارات الداخلية الإسبانية والفرنسية، تمكن المكتب المركزي للأبحاث القضائية "
        "من توقيف خمسة أشخاص موالين لداعش."
    )
    assert [(c.value, c.attribution.org) for c in arabic] == [(5, "BCIJ")]


def test_the_agent_of_a_passive_sentence_named_late_is_the_source():
    french = claims_of(
        "Trois partisans de Daech ont été arrêtés jeudi à Agadir et à Inezgane, au terme d'une enquête de la "
        "Direction générale de la surveillance du territoire (DGST)."
    )
    assert [(c.value, c.attribution.org) for c in french] == [(3, "DGST")]
    english = claims_of(
        "Six terrorism suspects were detained in Sale and Temara early on Friday by the Central Bureau of "
        "Judicial Investigations."
    )
    assert [(c.value, c.attribution.org) for c in english] == [(6, "BCIJ")]
