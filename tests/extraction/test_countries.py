"""Which countries an article cites, and whether it cites them as Morocco's security partners."""

from hypothesis import given
from hypothesis import strategies as st

from claims.extraction.countries import find_countries
from claims.extraction.records import Document

SIDEBAR = "فرنسا.. فتح تحقيق في تهديد إرهابي    إسبانيا تشارك في المعرض الدولي لكتاب الطفل\n\n"
FOOTER = "\n\nانقر هنا لقراءة الخبر من مصدره. التعاون مع ألمانيا"


def article(body: str, language: str = "ar", before: str = SIDEBAR, after: str = FOOTER) -> Document:
    text = before + body + after
    return Document(
        text=text,
        title=None,
        outlet=None,
        published=None,
        dateline=None,
        language=language,
        body_start=len(before),
        body_end=len(before) + len(body),
        layout="clean",
    )


def cited(body: str, language: str = "ar") -> list[tuple[str, str, str]]:
    return [(m.code, m.role, m.text) for m in find_countries(article(body, language))]


def codes(body: str, language: str = "ar") -> list[str]:
    return [code for code, _, _ in cited(body, language)]


# --- finding the names -----------------------------------------------------------------------


def test_it_strips_arabic_clitics_from_the_name():
    body = "وتحدث التقرير عن فرنسا وفرنسا كفرنسا لبلجيكا بفرنسا وبإسبانيا."
    assert [text for _, _, text in cited(body)] == ["فرنسا", "فرنسا", "فرنسا", "بلجيكا", "فرنسا", "إسبانيا"]


def test_it_reads_the_hamza_less_spelling():
    assert cited("سافر الوفد إلى اسبانيا الأسبوع الماضي.") == [("ES", "mentioned", "اسبانيا")]


def test_it_reads_a_nationality_adjective_as_its_country():
    assert cited("وأعلنت الشرطة الهولندية توقيف شخص بمدينة سيتارد.") == [("NL", "mentioned", "الهولندية")]


def test_it_reads_short_forms_that_cldr_lacks():
    assert codes("زار الوزير الإمارات ثم أمريكا ثم بريطانيا.") == ["AE", "US", "GB"]


def test_the_longest_name_is_one_mention():
    body = "وقعت الإمارات العربية المتحدة اتفاقا، وكذلك الولايات المتحدة الأمريكية."
    assert [text for _, _, text in cited(body)] == ["الإمارات العربية المتحدة", "الولايات المتحدة الأمريكية"]


def test_morocco_itself_is_not_listed():
    body = "أكد المغرب أن المملكة المغربية ماضية في نهجها، وأن المملكة تثق في المملكة المتحدة."
    assert codes(body) == ["GB"]


def test_financial_mali_is_not_the_country():
    assert codes("قدمت الحكومة الدعم المالي للأسر، رغم عجز مالي كبير ودعم مادي ومالي.") == []


def test_mali_counts_where_the_text_makes_it_a_place():
    assert codes("تنشط الجماعات المسلحة في شمال مالي، وتمتد إلى تونس ومالي والنيجر.") == [
        "ML",
        "TN",
        "ML",
        "NE",
    ]


def test_regions_are_not_countries():
    body = "تربط المغرب علاقات قوية مع دول غرب إفريقيا والساحل وأوروبا وأمريكا اللاتينية."
    assert codes(body) == []


def test_it_reads_french_names_without_their_elided_article():
    assert cited("La police a interpellé un homme à la frontière de l'Espagne.", "fr") == [
        ("ES", "mentioned", "Espagne")
    ]


def test_a_french_country_name_needs_its_capital():
    assert codes("Une réunion s'est tenue à Rabat, sans la Réunion ni de l'eau.", "fr") == []


def test_offsets_point_at_the_name_in_the_whole_text():
    doc = article("تعززت العلاقات مع بَلْجِيكا ولِلعراق.")
    mentions = find_countries(doc)
    assert [(m.code, m.text) for m in mentions] == [("BE", "بَلْجِيكا"), ("IQ", "لعراق")]
    for mention in mentions:
        assert doc.text[mention.start : mention.end] == mention.text
        assert doc.body_start <= mention.start < mention.end <= doc.body_end


def test_the_sidebar_and_footer_are_ignored():
    assert codes("لا تذكر هذه المقالة أي بلد آخر.") == []


# --- partner or mentioned ----------------------------------------------------------------------


def test_security_cooperation_makes_a_partner():
    body = "وتعزز التعاون الأمني بين المغرب وإسبانيا خلال السنوات الأخيرة."
    assert cited(body) == [("ES", "partner", "إسبانيا")]


def test_countries_given_intelligence_are_partners():
    body = "فقد سبق لأجهزة الأمن المغربية أن زودت دولا كفرنسا واسبانيا وبلجيكا بمعلومات حساسة."
    assert cited(body) == [
        ("FR", "partner", "فرنسا"),
        ("ES", "partner", "اسبانيا"),
        ("BE", "partner", "بلجيكا"),
    ]


def test_a_tip_that_led_to_an_arrest_makes_a_partner():
    body = "أوقفت الشرطة الهولندية قاصرا بناء على معلومات قدمتها المديرية العامة لمراقبة التراب الوطني."
    assert cited(body) == [("NL", "partner", "الهولندية")]


def test_a_list_continuing_a_partnership_shares_its_role():
    body = "وتشمل الشراكات الموسعة فرنسا، وإسبانيا، وألمانيا، وبلجيكا، إلى جانب دول أخرى."
    assert [(code, role) for code, role, _ in cited(body)] == [
        ("FR", "partner"),
        ("ES", "partner"),
        ("DE", "partner"),
        ("BE", "partner"),
    ]


def test_a_sentence_of_examples_continues_the_previous_partner_sentence():
    body = (
        "وأدت المعلومات المغربية إلى إحباط عدة مخططات إرهابية في دول صديقة. "
        "ومن الأمثلة البارزة على ذلك إسبانيا وإيطاليا."
    )
    assert cited(body) == [("ES", "partner", "إسبانيا"), ("IT", "partner", "إيطاليا")]


def test_a_suspects_nationality_is_mentioned_even_beside_cooperation():
    body = "وبتنسيق مع المصالح الإسبانية، أوقفت السلطات مواطنا سوريا يشتبه في انتمائه إلى داعش."
    assert cited(body) == [("ES", "partner", "الإسبانية"), ("SY", "mentioned", "سوريا")]


def test_a_conflict_zone_is_mentioned():
    body = "وفي إطار التعاون مع إسبانيا، تم توقيف شاب كان يستعد للالتحاق بسوريا والعراق."
    assert cited(body) == [
        ("ES", "partner", "إسبانيا"),
        ("SY", "mentioned", "سوريا"),
        ("IQ", "mentioned", "العراق"),
    ]


def test_a_contrasting_model_is_mentioned():
    body = (
        "وأضاف أن الأجهزة الأمنية في أوروبا والولايات المتحدة الأمريكية، جرّبت نموذجا يقوم على "
        "تدريب المجتمع على الصمود، بينما يراهن المغرب على التعاون الاستخباراتي الوثيق مع فرنسا."
    )
    assert cited(body) == [("US", "mentioned", "الولايات المتحدة الأمريكية"), ("FR", "partner", "فرنسا")]


def test_a_country_that_refuses_cooperation_is_mentioned():
    assert cited("ورفضت الجزائر التعاون الأمني مع المغرب في هذا الملف.") == [("DZ", "mentioned", "الجزائر")]


def test_especially_cooperation_is_not_a_negation():
    body = "وتتطور العلاقات مع بلجيكا، لا سيما التعاون في مجال مكافحة الإرهاب."
    assert cited(body) == [("BE", "partner", "بلجيكا")]


def test_a_country_named_without_a_cue_is_mentioned():
    assert cited("وشهدت فرنسا موجة من الهجمات الإرهابية سنة 2015.") == [("FR", "mentioned", "فرنسا")]


def test_the_role_is_decided_sentence_by_sentence():
    body = "وتتواصل الشراكة الأمنية مع ألمانيا. وفي سياق آخر، عرفت تونس انتخابات رئاسية."
    assert [(code, role) for code, role, _ in cited(body)] == [("DE", "partner"), ("TN", "mentioned")]


def test_french_intelligence_tip_makes_a_partner_and_a_suspects_nationality_does_not():
    body = (
        "Grâce aux renseignements fournis par la DGST, la police espagnole a interpellé "
        "un ressortissant syrien à Madrid."
    )
    assert cited(body, "fr") == [("ES", "partner", "espagnole"), ("SY", "mentioned", "syrien")]


def test_french_partnership_list_is_partner():
    body = "Le Maroc a renforcé sa coopération sécuritaire avec la France, l'Allemagne et les Pays-Bas."
    assert cited(body, "fr") == [
        ("FR", "partner", "France"),
        ("DE", "partner", "Allemagne"),
        ("NL", "partner", "Pays-Bas"),
    ]


def test_a_french_country_that_does_not_cooperate_is_mentioned():
    assert cited("Selon la source, la Belgique ne coopère pas dans ce dossier.", "fr") == [
        ("BE", "mentioned", "Belgique")
    ]


def test_cooperation_with_a_named_country_does_not_reach_back_to_where_people_came_from():
    body = "وقد تمت إعادة ثمانية مغاربة من سوريا بتنسيق مع السلطات الأمريكية."
    assert cited(body) == [("SY", "mentioned", "سوريا"), ("US", "partner", "الأمريكية")]


def test_a_country_praising_cooperation_with_morocco_is_a_partner():
    body = "وأشادت الولايات المتحدة، في تقريرها السنوي، بالتعاون الأمني مع المغرب."
    assert cited(body) == [("US", "partner", "الولايات المتحدة")]


def test_moroccan_intelligence_that_spared_a_country_makes_it_a_partner():
    body = "وساهمت المعلومات المغربية في تفادي مجزرة في كنيسة بفرنسا."
    assert cited(body) == [("FR", "partner", "فرنسا")]


def test_a_foreign_service_working_with_its_moroccan_counterpart_is_a_partner():
    body = "وتلقت المخابرات الفرنسية معطيات دقيقة من نظيرتها المغربية حول الخلية."
    assert cited(body) == [("FR", "partner", "الفرنسية")]


def test_an_organisation_named_cooperation_is_not_a_cooperation_cue():
    body = "وشارك وزير خارجية قطر في اجتماع مجلس التعاون الخليجي."
    assert cited(body) == [("QA", "mentioned", "قطر")]


_PIECES = st.sampled_from(
    ["فرنسا", "وبإسبانيا", "للعراق", "الهولندية", "مالي", "İstanbul", "la France", "l'Espagne", "التعاون",
     "مع", "، ", ". ", "\n", " ", "ـ", "َ", "Émirats", "EAU", "eau", "٢٠١٥", "مواطن", "سوري"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=30), st.lists(_PIECES, max_size=5), st.lists(_PIECES, max_size=5))
def test_every_mention_is_a_span_of_the_body_with_its_own_text(body, before, after):
    doc = article("".join(body), before="".join(before), after="".join(after))
    for mention in find_countries(doc):
        assert doc.body_start <= mention.start < mention.end <= doc.body_end
        assert doc.text[mention.start : mention.end] == mention.text
        assert mention.role in ("partner", "mentioned")


def test_a_capital_standing_for_its_government_is_a_partner():
    body = "وتعزز التنسيق الأمني بين الرباط ومدريد في السنوات الأخيرة."
    assert cited(body) == [("ES", "partner", "مدريد")]


def test_a_capital_that_is_only_a_city_is_not_listed():
    assert cited("وأعادت هجمات باريس النقاش حول التطرف.") == []


def test_a_capital_where_something_happened_is_a_city_even_in_a_partner_sentence():
    body = "وزودت المصالح المغربية إسبانيا بمعلومات عن متطرف كان يقيم في باريس."
    assert cited(body) == [("ES", "partner", "إسبانيا")]
