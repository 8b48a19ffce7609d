"""Round 6 (issue 15, on corpus_wire's misses, in other words): offices name the body their holder speaks
for (an MP, the justice minister, Morocco's envoy at the UN, an academic); a question that cites a figure
is parliament's; a study's authors say it in the plural; an agency's or an outlet's own count is
unspecified, unlike a count drawn from official statements; "the data available" is not official; a share
of a group is a figure only when it breaks the group down; death as a verb phrase; English wire copy's
"suspected militants"."""

from claims.extraction.attribution import find_attribution
from claims.extraction.normalize import FoldedText

from .helpers import claims_of


def org_of(sentence, previous=None):
    found = find_attribution(FoldedText(sentence), previous)
    return found.org if found else None


# -- a member of parliament citing a figure ---------------------------------------------------------------


def test_an_mp_asking_about_a_figure_is_parliament_in_three_languages():
    assert (
        org_of(
            "وساءل النائب البرلماني يوسف بنعلي، من فريق الأغلبية، الحكومة حول مصير نحو 1500 مغربي غادروا نحو بؤر التوتر."
        )
        == "PARLIAMENT"
    )
    assert (
        org_of(
            "Lors de la séance des questions orales, la députée Hind Berrada a évoqué 1 500 Marocains partis combattre en Syrie."
        )
        == "PARLIAMENT"
    )
    assert (
        org_of(
            "Lawmaker Salma Idrissi asked why 1,500 Moroccans who joined militant groups had not been tracked."
        )
        == "PARLIAMENT"
    )


def test_an_mp_s_written_question_to_the_minister_is_still_parliament_s_but_the_answer_is_the_ministry_s():
    assert (
        org_of(
            "In a written question to the interior minister, MP Rachid Lamrani cited 1,500 Moroccans who joined extremist groups abroad."
        )
        == "PARLIAMENT"
    )
    assert (
        org_of(
            "Répondant à la question du député, le ministre de l'Intérieur a indiqué que 1 620 Marocains avaient rejoint ces groupes."
        )
        == "MOI"
    )


def test_the_prosecutor_general_is_no_member_of_parliament():
    assert org_of("وكشف النائب العام أن 40 شخصا أحيلوا على العدالة في قضايا الإرهاب.") != "PARLIAMENT"


# -- ministers, the head of government, envoys -------------------------------------------------------------


def test_the_justice_minister_and_the_prime_minister_speak_for_the_government():
    assert org_of("وأكد وزير العدل أن 300 من العائدين من بؤر التوتر أحيلوا على القضاء.") == "GOV"
    assert (
        org_of("Le ministre de la Justice, Karim Tahiri, a affirmé que 250 revenants avaient été jugés.")
        == "GOV"
    )
    assert org_of("The prime minister said 95 cells had been broken up since 2016.") == "GOV"


def test_morocco_s_envoys_abroad_speak_for_foreign_affairs():
    assert (
        org_of(
            "Speaking in New York, Morocco's ambassador to the UN, Leila Bennani, said the kingdom had dismantled 90 cells since 2015."
        )
        == "MFA"
    )
    assert (
        org_of(
            "Le représentant permanent du Maroc auprès de l'ONU a rappelé que 95 cellules avaient été démantelées depuis 2016."
        )
        == "MFA"
    )
    assert org_of("وأكد سفير المغرب لدى الاتحاد الأوروبي أن المملكة فككت 80 خلية منذ سنة 2016.") == "MFA"


def test_the_envoy_named_by_title_goes_on_speaking_after_he_said():
    claims = claims_of(
        "Morocco's permanent representative told the Security Council that 260 Moroccans were held in Iraq. "
        "He added that 95 terrorist cells had been dismantled since 2016."
    )
    assert [c.attribution.org for c in claims] == ["MFA", "MFA"]


# -- academics, a study's authors --------------------------------------------------------------------------


def test_academics_and_female_researchers_are_analysts():
    assert (
        org_of("L'universitaire Omar Fikri, spécialiste du Sahel, estime à 300 le nombre de revenants.")
        == "analyst"
    )
    assert org_of("وقدرت الباحثة سلمى الإدريسي عدد العائدين بحوالي 250 شخصا.") == "analyst"
    assert (
        org_of(
            "Professor Ahmed Berrada, who teaches security studies in Rabat, estimates that 300 fighters came home."
        )
        == "analyst"
    )


def test_the_academic_goes_on_speaking_when_referred_to_as_she():
    claims = claims_of(
        "L'universitaire Samira Bennis estime à 320 le nombre de Marocains revenus des zones de conflit. "
        "Selon elle, 90 femmes ont aussi été rapatriées depuis 2019."
    )
    assert [c.attribution.org for c in claims] == ["analyst", "analyst"]


def test_a_study_s_authors_say_it_in_the_plural():
    assert (
        org_of(
            "Plus de 1 200 Marocains ont rejoint des groupes armés, affirment les auteurs du rapport publié par le Centre Atlas."
        )
        == "analyst"
    )


# -- own counts, unofficial data ---------------------------------------------------------------------------


def test_an_agency_s_own_count_is_unspecified_and_stops_the_source_before():
    claims = claims_of(
        "La DGSN a annoncé mardi le démantèlement de 5 cellules terroristes depuis janvier. "
        "D'après un décompte de l'agence Reuters, 15 personnes ont été arrêtées depuis janvier dans des affaires de terrorisme."
    )
    assert [c.attribution.org for c in claims] == ["DGSN", "unspecified"]
    assert "Reuters" in claims[1].attribution.raw
    assert (
        org_of("By Le Matin's own tally, nine terror cells have been broken up since January.")
        == "unspecified"
    )
    assert (
        org_of(
            "According to a Reuters count, at least 15 people have been detained in terrorism cases since January."
        )
        == "unspecified"
    )


def test_a_count_drawn_from_a_body_s_statements_is_still_the_body_s():
    assert (
        org_of(
            "Selon un décompte établi à partir des communiqués de la DGSN, 11 cellules ont été démantelées en 2023."
        )
        == "DGSN"
    )
    assert (
        org_of("In 2022, ten cells were dismantled, the same tally of official statements shows.")
        != "unspecified"
    )


def test_the_data_available_is_not_an_official_source():
    claims = claims_of(
        "وأفادت مصادر أمنية بأن 60 شخصا أوقفوا منذ بداية السنة في قضايا الإرهاب. "
        "ومن بين الموقوفين 7 قاصرين، حسب المعطيات المتوفرة."
    )
    assert [c.attribution.org for c in claims] == ["official_unspecified", "unspecified"]


# -- shares, verbs of death, wire English ------------------------------------------------------------------


def test_a_share_of_a_group_that_is_no_subset_is_not_a_figure():
    assert (
        claims_of(
            "Le chercheur Ali Tazi estime à 280 le nombre de revenants. "
            "Selon lui, 35 % d'entre eux ont bénéficié d'un programme de réinsertion."
        )[1:]
        == []
    )
    found = claims_of("He says 45% of the 260 returnees had completed a rehabilitation course.")
    assert all(c.unit != "percent" for c in found)


def test_a_share_that_breaks_the_group_down_is_still_a_figure():
    claims = claims_of(
        "وأوضحت الحصيلة أن 85 في المائة من الموقوفين في قضايا الإرهاب جرى استقطابهم عبر شبكات التواصل الاجتماعي."
    )
    assert [(c.value, c.unit, c.subset) for c in claims] == [(85, "percent", "online_activity")]
    claims = claims_of(
        "Le responsable a indiqué que 12 % des personnes arrêtées en 2023 avaient un passé de combattant en Syrie."
    )
    assert [(c.value, c.unit, c.subset) for c in claims] == [(12, "percent", "former_fighters")]


def test_death_as_a_verb_phrase_counts_fighters_killed():
    assert [c.metric for c in claims_of("Près de 500 combattants marocains ont perdu la vie en Syrie.")] == [
        "fighters_killed"
    ]
    assert [
        c.metric for c in claims_of("Quelque 600 combattants marocains auraient trouvé la mort en Irak.")
    ] == ["fighters_killed"]
    assert [c.metric for c in claims_of("About 400 Moroccan fighters lost their lives in Iraq.")] == [
        "fighters_killed"
    ]


def test_suspected_militants_are_a_terrorism_frame_for_arrests_that_follow():
    claims = claims_of(
        "Police in Tangier detained suspected militants on Friday. "
        "Nine people have been arrested since January, according to a Reuters count."
    )
    assert [(c.metric, c.value, c.attribution.org) for c in claims] == [
        ("persons_arrested", 9, "unspecified")
    ]


# -- periods, parts, unnamed voices ------------------------------------------------------------------------


def test_the_current_year_is_still_running_in_december():
    from datetime import date

    claims = claims_of(
        "وكشفت مصادر أمنية أن الأجهزة المختصة فككت 9 خلايا إرهابية خلال العام الجاري.",
        published=date(2024, 12, 20),
    )
    assert [(c.period.type, c.period.start) for c in claims] == [("year_to_date", "2024")]


def test_a_part_named_by_a_definite_noun_counts_in_the_whole_s_period_whoever_gives_it():
    claims = claims_of(
        "Des sources sécuritaires ont indiqué que 55 personnes ont été arrêtées depuis janvier dans des affaires de terrorisme. "
        "Parmi les personnes interpellées, 6 femmes, selon des sources concordantes."
    )
    assert [(c.value, c.period.type, c.attribution.org) for c in claims] == [
        (55, "year_to_date", "official_unspecified"),
        (6, "year_to_date", "unspecified"),
    ]


def test_unnamed_observers_hold_for_their_sentence_only():
    claims = claims_of(
        "Selon des observateurs, le Maroc a démantelé plus de 200 cellules terroristes depuis 2002. "
        "Le pays a connu trois attentats meurtriers depuis 2003."
    )
    assert [c.attribution.org for c in claims] == ["analyst", "unspecified"]
    named = claims_of(
        "Le chercheur Driss Alaoui estime à 1 500 le nombre de Marocains partis combattre en Syrie. "
        "Quelque 300 d'entre eux sont revenus au pays."
    )
    assert [c.attribution.org for c in named] == ["analyst", "analyst"]


def test_women_and_children_are_one_subset_and_the_speaker_s_own_time_is_not_the_figure_s():
    claims = claims_of(
        "La chercheuse Laila Amrani suit le dossier des revenants depuis 2018 et estime que 35 % des revenants "
        "marocains sont des femmes et des enfants."
    )
    assert [(c.unit, c.subset, c.period.type) for c in claims] == [
        ("percent", "women_and_minors", "cumulative_unspecified")
    ]


# -- a figure restricted to a conflict zone carries it (the seed's "650 arrested for online activity" carries
# its category) ----------------------------------------------------------------------------------------------


def test_fighters_who_joined_in_syria_and_iraq_carry_the_zone_in_either_order():
    ar = claims_of(
        "وأفادت المديرية بأن 1500 مغربي انضموا إلى الجماعات المسلحة في العراق وسوريا منذ سنة 2013."
    )
    fr = claims_of(
        "Environ 1 400 Marocains ont rejoint les groupes jihadistes en Irak et en Syrie, selon la DGST."
    )
    en = claims_of(
        "About 1,450 Moroccans went to fight for extremist groups in Iraq and Syria, officials say."
    )
    assert [(c.metric, c.subset) for c in ar + fr + en] == [("fighters_joined", "syria_iraq_linked")] * 3


def test_people_held_in_syria_alone_carry_syria_but_not_when_other_countries_share_the_figure():
    held = claims_of(
        "Selon le rapport parlementaire, 240 combattants marocains sont toujours détenus en Syrie, 20 en Irak."
    )
    assert [(c.value, c.subset) for c in held][:1] == [(240, "syria")]
    shared = claims_of(
        "Some 260 Moroccan fighters are held in Syria, Iraq and Turkey, according to the report."
    )
    assert [c.subset for c in shared] == [None]


def test_official_estimates_are_an_official_source():
    assert (
        org_of("وتفيد التقديرات الرسمية بأن نحو 1500 مغربي التحقوا بالتنظيمات المتطرفة.")
        == "official_unspecified"
    )
    assert (
        org_of("Official estimates put the number of Moroccan fighters abroad at 1,500.")
        == "official_unspecified"
    )


def test_the_holder_named_after_a_title_is_the_person():
    def person_of(sentence):
        found = find_attribution(FoldedText(sentence))
        return found.person if found else None

    assert (
        person_of("Lawmaker Salma Idrissi said 1,500 Moroccans had joined militant groups.")
        == "Salma Idrissi"
    )
    assert person_of("La députée Hind Berrada a évoqué 1 500 Marocains partis combattre.") == "Hind Berrada"
    assert person_of("وتساءل النائب رشيد العمراني، عن فريق معارض، عن مصير 1500 مغربي.") == "رشيد العمراني"
    # no name after the title: none is made up from the words that follow
    assert (
        person_of(
            "Le représentant permanent du Maroc auprès de l'ONU a rappelé que 95 cellules ont été démantelées."
        )
        is None
    )


def test_more_offices_and_bodies_in_three_languages():
    assert (
        org_of(
            "وقال المدير العام للأمن الوطني ومراقبة التراب الوطني إن المصالح الأمنية فككت 220 خلية منذ 2002."
        )
        == "DGST"
    )
    assert (
        org_of("The head of the Central Bureau told reporters that 95 cells had been dismantled since 2015.")
        == "BCIJ"
    )
    assert (
        org_of("وأفاد تقرير صادر عن مركز السياسات للجنوب الجديد بأن 1600 مغربي التحقوا ببؤر التوتر.")
        == "analyst"
    )
    assert org_of("وحسب أرقام وزارة العدل، فقد أحيل 300 شخص على القضاء في قضايا الإرهاب سنة 2023.") == "GOV"
    assert (
        org_of("Une source proche du dossier a indiqué que 14 suspects ont été interpellés depuis janvier.")
        == "official_unspecified"
    )
    assert (
        org_of("La députée de l'opposition a cité le chiffre de 1 600 combattants marocains.") == "PARLIAMENT"
    )


def test_an_mp_addressing_a_question_to_the_minister_is_parliament_and_no_arrest():
    claims = claims_of(
        "ووجه النائب عبد الله بوانو سؤالا كتابيا إلى وزير الداخلية حول مصير 1600 مغربي التحقوا ببؤر التوتر."
    )
    assert [c.attribution.org for c in claims] == ["PARLIAMENT"]
    claims = claims_of(
        "Le député Omar Balafrej a interpellé le ministre de l'Intérieur sur le sort de 1 600 combattants marocains."
    )
    assert [(c.metric, c.attribution.org) for c in claims] == [("fighters_joined", "PARLIAMENT")]


def test_according_to_him_carries_the_official_named_before():
    claims = claims_of(
        "Hammouchi received the Spanish delegation in Rabat. According to him, 218 cells have been dismantled since 2002."
    )
    assert [c.attribution.org for c in claims] == ["DGST"]
    claims = claims_of("واستقبل حموشي الوفد الإسباني بالرباط. وحسب قوله، فقد فككت 218 خلية منذ سنة 2002.")
    assert [c.attribution.org for c in claims] == ["DGST"]


def test_people_prosecuted_are_counted_as_brought_to_justice():
    claims = claims_of(
        "وقدم وزير العدل عرضا أمام لجنة العدل والتشريع. وأوضح الوزير أن 300 شخص توبعوا في قضايا الإرهاب منذ 2015."
    )
    assert [(c.metric, c.attribution.org) for c in claims] == [("persons_arrested", "GOV")]


def test_foundations_and_endowments_are_analysts():
    assert (
        org_of(
            "According to the Carnegie Endowment, about 1,500 Moroccans joined the Islamic State in Syria."
        )
        == "analyst"
    )
    assert org_of(
        "Selon la Fondation Konrad Adenauer, quelque 1 500 Marocains ont rejoint des groupes jihadistes."
    ) == ("analyst")
    assert org_of("وحسب مؤسسة كارنيغي، فإن نحو 1500 مغربي التحقوا بتنظيم داعش.") == "analyst"
