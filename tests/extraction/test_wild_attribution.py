"""Attribution read wrongly on fresh press copy (engine-wild round)."""

from datetime import date

from .helpers import claims_of

PUBLISHED = date(2017, 3, 10)


def test_a_speaker_named_with_added_owns_the_anonymous_tally_just_before():
    for text, org in (
        (
            "En une quinzaine d'années, les services ont démantelé 168 cellules terroristes, selon des chiffres "
            "officiels présentés jeudi. Plus de 1600 Marocains ont rejoint les foyers de tension, a ajouté "
            "Mohamed Moufakir, directeur de la coopération internationale au ministère de l'Intérieur.",
            "MOI",
        ),
        (
            "Security services have broken up 168 terrorist cells in fifteen years. More than 1,600 Moroccans "
            "left to fight abroad, added Abdelhak Khiame, the director of the Central Bureau of Judicial "
            "Investigation.",
            "BCIJ",
        ),
        (
            "فككت الأجهزة الأمنية 168 خلية إرهابية منذ سنة 2002. وأضاف مدير المكتب المركزي للأبحاث القضائية، "
            "الشرقاوي حبوب، أن أزيد من 1600 مغربي التحقوا ببؤر التوتر.",
            "BCIJ",
        ),
    ):
        claims = claims_of(text, PUBLISHED)
        assert [c.value for c in claims] == [168, 1600], text
        assert [c.attribution.org for c in claims] == [org, org], text


def test_a_named_source_before_is_kept_when_another_speaker_adds():
    claims = claims_of(
        "Selon la DGSN, 168 cellules ont été démantelées depuis 2002. Plus de 1600 Marocains ont rejoint les "
        "foyers de tension, a ajouté le ministre de l'Intérieur, Abdelouafi Laftit.",
        PUBLISHED,
    )
    assert [(c.value, c.attribution.org) for c in claims] == [(168, "DGSN"), (1600, "MOI")]


def test_a_speaker_who_adds_does_not_reach_past_the_sentence_just_before():
    claims = claims_of(
        "Le Maroc a démantelé 150 cellules terroristes depuis 2002. Le débat sur la réforme du code pénal "
        "reste ouvert. Quelque 1600 combattants marocains ont rejoint les foyers de tension, a ajouté le ministre de "
        "l'Intérieur, Abdelouafi Laftit.",
        PUBLISHED,
    )
    assert [(c.value, c.attribution.org) for c in claims] == [(150, "unspecified"), (1600, "MOI")]


def test_he_added_citing_a_body_does_not_give_that_body_the_speakers_earlier_figure():
    claims = claims_of(
        "Spanish and Moroccan services have run 23 joint operations since 2014, Spain's interior minister said. "
        "Quoting DGST data, he added that about 1,660 Moroccans had gone to Syria and Iraq.",
        date(2024, 6, 18),
    )
    assert [(c.value, c.attribution.org) for c in claims] == [(23, "unspecified"), (1660, "DGST")]


def test_other_verbs_of_departure_count_fighters_who_joined():
    for text in (
        "According to the DGST, some 1,660 Moroccans had gone to Syria and Iraq.",
        "According to the DGST, some 1,660 Moroccans had left for Syria and Iraq.",
        "Selon la DGST, quelque 1660 Marocains sont allés combattre en Syrie et en Irak.",
    ):
        [claim] = claims_of(text, date(2024, 6, 18))
        assert (claim.value, claim.metric, claim.attribution.org) == (1660, "fighters_joined", "DGST"), text


def test_a_councillor_of_the_opposition_speaks_for_parliament_not_the_minister_before():
    claims = claims_of(
        "Le ministre de l'Intérieur, Mohamed Hassad, a dressé mardi devant la Chambre des conseillers le bilan "
        "de la lutte antiterroriste. Depuis 2013, 40 cellules ont été démantelées, a-t-il précisé en réponse "
        "aux questions des conseillers. Selon un conseiller de l'opposition, plus de 1500 Marocains combattent "
        "toujours en Syrie.",
        date(2016, 4, 14),
    )
    assert [(c.value, c.attribution.org) for c in claims] == [(40, "MOI"), (1500, "PARLIAMENT")]
