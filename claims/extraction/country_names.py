"""Country names that CLDR (via babel) does not carry, and the CLDR names we must not match.

CLDR gives one formal name per territory and language. Moroccan outlets also write short forms
("الإمارات", "أمريكا"), hamza-less spellings (folding takes care of those), nationality adjectives
("الهولندية", "allemands") and broken plurals ("الألمان"). Everything here is written as an
ordinary reader would type it; `countries.py` folds it before matching.
"""

from __future__ import annotations

# Territory codes that are not countries an article can cite: Morocco itself (the subject of every
# article), supranational bodies, CLDR placeholders, and places whose names are everyday words
# in this press ("مضيق جبل طارق" is a strait; "الأقاليم الجنوبية" is Morocco's own Sahara; the
# Western Sahara is reported as Moroccan territory).
EXCLUDED_CODES = frozenset(
    {
        "MA",
        "EH",
        "EU",
        "EZ",
        "UN",
        "QO",
        "XA",
        "XB",
        "ZZ",
        "AC",
        "AQ",
        "BV",
        "CP",
        "DG",
        "EA",
        "HM",
        "IC",
        "IO",
        "TA",
        "TF",
        "UM",
        "GI",
    }
)

# French CLDR names that are also common words or first names ("une réunion", "Maurice",
# "Dominique"), or that name a Moroccan-reported region. They are dropped rather than guessed.
FRENCH_NAMES_NOT_MATCHED = frozenset(
    {"Maurice", "Grenade", "Dominique", "Jersey", "Salvador", "Saint-Martin", "Sainte-Lucie", "La Réunion"}
)

ARABIC_EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"),
    "GB": ("بريطانيا", "بريطانيا العظمى", "إنجلترا", "إنكلترا"),
    "AE": ("الإمارات", "دولة الإمارات", "الإمارات العربية"),
    "SA": ("السعودية", "العربية السعودية"),
    "DK": ("الدنمارك", "الدانمارك"),
    "IE": ("إيرلندا",),
    "CZ": ("جمهورية التشيك", "تشيكيا"),
    "RU": ("روسيا الاتحادية",),
    "HU": ("المجر",),
    "MK": ("مقدونيا",),
    "BA": ("البوسنة",),
    "PS": ("فلسطين", "دولة فلسطين"),
    "SY": ("سورية",),
    "CI": ("كوت ديفوار",),
    "BF": ("بوركينافاسو",),
    "CD": ("الكونغو الديمقراطية", "جمهورية الكونغو الديمقراطية"),
    "CG": ("الكونغو برازافيل",),
    "TL": ("تيمور الشرقية",),
    "MM": ("ميانمار", "بورما"),
    "HK": ("هونغ كونغ",),
    "CL": ("الشيلي",),
    "GA": ("الجابون",),
    "KR": ("كوريا الجنوبية",),
    "VN": ("فيتنام",),
}

# Capitals that the press uses for their governments ("التعاون بين الرباط ومدريد"). A capital only
# counts where the sentence makes it a partner; anywhere else it is a city ("هجمات باريس").
CAPITALS: dict[str, tuple[str, ...]] = {
    "FR": ("باريس", "Paris"),
    "ES": ("مدريد", "Madrid"),
    "DE": ("برلين", "Berlin"),
    "BE": ("بروكسل", "Bruxelles"),
    "NL": ("لاهاي", "أمستردام", "La Haye", "Amsterdam"),
    "IT": ("روما", "Rome"),
    "US": ("واشنطن", "Washington"),
    "GB": ("لندن", "Londres"),
    "AE": ("أبوظبي", "أبو ظبي", "Abou Dhabi", "Abu Dhabi"),
    "SA": ("الرياض", "Riyad"),
    "QA": ("الدوحة", "Doha"),
    "MR": ("نواكشوط", "Nouakchott"),
    "SN": ("داكار", "Dakar"),
    "ML": ("باماكو", "Bamako"),
    "NE": ("نيامي", "Niamey"),
    "PT": ("لشبونة", "Lisbonne"),
}

# Short names that are also ordinary words: "مالي" is "financial"/"my money", "بنين" is "boys",
# "عمان" is also Amman. They count only after a word that makes them a place ("جمهورية مالي",
# "في مالي") or inside a list of other countries ("تونس ومالي والنيجر").
AMBIGUOUS_ARABIC_NAMES: dict[str, frozenset[str]] = {
    "مالي": frozenset(
        {"دولة", "جمهورية", "بلد", "شمال", "جنوب", "وسط", "شرق", "غرب", "حكومة", "عاصمة", "في", "إلى", "داخل"}
    ),
    "بنين": frozenset({"دولة", "جمهورية", "بلد", "حكومة", "عاصمة"}),
    "عمان": frozenset({"سلطنة", "دولة"}),
}

# Names that stop being a country when the next word makes them a region ("أمريكا اللاتينية").
# Security agencies that stand for their government, like a capital (listed only as a partner): "a reçu une
# délégation du FBI". Not the BCIJ's nickname ("le FBI marocain", "Morocco's FBI": countries.py).
AGENCIES: dict[str, tuple[str, ...]] = {
    "US": ("FBI", "CIA", "مكتب التحقيقات الفيدرالي", "الإف بي آي", "Federal Bureau of Investigation"),
    "ES": ("Guardia Civil", "Policía Nacional", "الحرس المدني"),
    "FR": ("DGSI",),
}

REGION_QUALIFIERS: dict[str, tuple[str, ...]] = {
    name: ("اللاتينية", "الجنوبية", "الشمالية", "الوسطى") for name in ("أمريكا", "أميركا")
}

# Nationality adjectives without their final "ي": the matcher adds ي and the endings
# (ـي، ـية، ـيين، ـيون، ـيات، ـيتين، ـيا…). Left out on purpose: مالي (financial), قطري (national),
# يمني (right-hand), عماني (Ammani), روماني (Roman), كوري (North or South?), مجري (a channel).
ARABIC_NISBA_STEMS: dict[str, tuple[str, ...]] = {
    "FR": ("فرنس",),
    "ES": ("إسبان",),
    "DE": ("ألمان",),
    "BE": ("بلجيك",),
    "NL": ("هولند",),
    "IT": ("إيطال",),
    "US": ("أمريك", "أميرك"),
    "GB": ("بريطان",),
    "AE": ("إمارات",),
    "SA": ("سعود",),
    "KW": ("كويت",),
    "BH": ("بحرين",),
    "EG": ("مصر",),
    "SY": ("سور",),
    "IQ": ("عراق",),
    "LY": ("ليب",),
    "TN": ("تونس",),
    "DZ": ("جزائر",),
    "MR": ("موريتان",),
    "NE": ("نيجر",),
    "NG": ("نيجير",),
    "TD": ("تشاد",),
    "SN": ("سنغال",),
    "CI": ("إيفوار",),
    "BF": ("بوركيناب",),
    "CM": ("كاميرون",),
    "SO": ("صومال",),
    "ET": ("إثيوب",),
    "SD": ("سودان",),
    "TR": ("ترك",),
    "RU": ("روس",),
    "CN": ("صين",),
    "IN": ("هند",),
    "JP": ("يابان",),
    "IR": ("إيران",),
    "IL": ("إسرائيل",),
    "PS": ("فلسطين",),
    "JO": ("أردن",),
    "LB": ("لبنان",),
    "AF": ("أفغان",),
    "PK": ("باكستان",),
    "BD": ("بنغلاديش",),
    "ID": ("إندونيس",),
    "MY": ("ماليز",),
    "PH": ("فلبين",),
    "CA": ("كند",),
    "AU": ("أسترال",),
    "BR": ("برازيل",),
    "MX": ("مكسيك",),
    "AR": ("أرجنتين",),
    "CO": ("كولومب",),
    "VE": ("فنزويل",),
    "CH": ("سويسر",),
    "AT": ("نمساو",),
    "SE": ("سويد",),
    "NO": ("نرويج",),
    "DK": ("دنمارك", "دانمارك"),
    "FI": ("فنلند",),
    "PL": ("بولند",),
    "PT": ("برتغال",),
    "GR": ("يونان",),
    "IE": ("إيرلند",),
    "UA": ("أوكران",),
    "HU": ("هنغار",),
    "CZ": ("تشيك",),
    "HR": ("كروات",),
    "BG": ("بلغار",),
    "RS": ("صرب",),
    "BA": ("بوسن",),
    "XK": ("كوسوف",),
    "CY": ("قبرص",),
    "VN": ("فيتنام",),
    "TH": ("تايلاند",),
}

# Broken plurals for peoples, matched only with the article ("الألمان"): bare "روس" is too short.
ARABIC_DEFINITE_PLURALS: dict[str, tuple[str, ...]] = {
    "DE": ("الألمان",),
    "ES": ("الإسبان",),
    "TR": ("الأتراك",),
    "RU": ("الروس",),
    "US": ("الأمريكان", "الأميركان"),
}

FRENCH_EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("Etats-Unis", "USA"),
    "AE": ("Émirats", "EAU"),
    "GB": ("Grande-Bretagne", "Angleterre"),
    "IQ": ("Iraq",),
    "CD": ("RDC", "République démocratique du Congo"),
    "CF": ("Centrafrique",),
    "CZ": ("République tchèque",),
    "BY": ("Bélarus",),
    "MM": ("Birmanie", "Myanmar"),
    "VN": ("Vietnam",),
    "PS": ("Palestine",),
    "MK": ("Macédoine",),
    "SZ": ("Swaziland",),
    "HK": ("Hong Kong",),
    "MU": ("île Maurice",),
}

# French nationality adjectives, masculine singular; the matcher adds the feminine and plural
# endings. Case-insensitive ("les Français", "la police française").
FRENCH_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "FR": ("français",),
    "ES": ("espagnol",),
    "DE": ("allemand",),
    "BE": ("belge",),
    "NL": ("néerlandais", "hollandais"),
    "IT": ("italien",),
    "US": ("américain",),
    "GB": ("britannique",),
    "AE": ("émirati",),
    "SA": ("saoudien",),
    "QA": ("qatari",),
    "EG": ("égyptien",),
    "SY": ("syrien",),
    "IQ": ("irakien",),
    "LY": ("libyen",),
    "TN": ("tunisien",),
    "DZ": ("algérien",),
    "MR": ("mauritanien",),
    "ML": ("malien",),
    "NE": ("nigérien",),
    "NG": ("nigérian",),
    "TD": ("tchadien",),
    "SN": ("sénégalais",),
    "CI": ("ivoirien",),
    "TR": ("turc", "turque"),
    "RU": ("russe",),
    "CN": ("chinois",),
    "IL": ("israélien",),
    "PS": ("palestinien",),
    "JO": ("jordanien",),
    "LB": ("libanais",),
    "IR": ("iranien",),
    "AF": ("afghan",),
    "PK": ("pakistanais",),
    "CH": ("suisse",),
    "SE": ("suédois",),
    "DK": ("danois",),
    "NO": ("norvégien",),
    "AT": ("autrichien",),
    "PT": ("portugais",),
    "CA": ("canadien",),
    "IE": ("irlandais",),
    "GR": ("grec", "grecque"),
    "PL": ("polonais",),
    "UA": ("ukrainien",),
    "JP": ("japonais",),
    "BR": ("brésilien",),
    "AU": ("australien",),
}

# English: the short names the press uses where CLDR's differ, and nationality adjectives with their
# plural nouns ("Spanish police", "two Belgians"). Matched with an initial capital, like French names.
ENGLISH_EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("United States", "United States of America", "USA", "U.S.", "US", "America"),
    "GB": ("United Kingdom", "Britain", "Great Britain", "UK", "U.K.", "England"),
    "AE": ("UAE", "United Arab Emirates", "Emirates"),
    "NL": ("Netherlands", "the Netherlands", "Holland"),
    "CZ": ("Czech Republic",),
    "CI": ("Ivory Coast",),
    "CD": ("Democratic Republic of the Congo", "DR Congo"),
    "MM": ("Burma",),
    "KR": ("South Korea",),
    "RU": ("Russian Federation",),
}
ENGLISH_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "FR": ("French", "Frenchman", "Frenchmen"),
    "ES": ("Spanish", "Spaniard", "Spaniards"),
    "DE": ("German", "Germans"),
    "BE": ("Belgian", "Belgians"),
    "NL": ("Dutch",),
    "IT": ("Italian", "Italians"),
    "US": ("American", "Americans"),
    "GB": ("British",),
    "AE": ("Emirati", "Emiratis"),
    "SA": ("Saudi", "Saudis"),
    "QA": ("Qatari",),
    "EG": ("Egyptian", "Egyptians"),
    "SY": ("Syrian", "Syrians"),
    "IQ": ("Iraqi", "Iraqis"),
    "LY": ("Libyan", "Libyans"),
    "TN": ("Tunisian", "Tunisians"),
    "DZ": ("Algerian", "Algerians"),
    "MR": ("Mauritanian",),
    "ML": ("Malian", "Malians"),
    "TD": ("Chadian",),
    "SN": ("Senegalese",),
    "TR": ("Turkish", "Turk", "Turks"),
    "RU": ("Russian", "Russians"),
    "AF": ("Afghan", "Afghans"),
    "PK": ("Pakistani",),
    "CH": ("Swiss",),
    "SE": ("Swedish", "Swede"),
    "DK": ("Danish", "Dane", "Danes"),
    "NO": ("Norwegian",),
    "AT": ("Austrian",),
    "PT": ("Portuguese",),
    "CA": ("Canadian",),
    "JO": ("Jordanian",),
    "LB": ("Lebanese",),
}

# English CLDR names that are everyday words or names in this press.
ENGLISH_NAMES_NOT_MATCHED = frozenset({"Jersey", "Georgia", "Réunion", "Guernsey", "Dominica", "Grenada"})
