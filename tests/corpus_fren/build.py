"""Writes the French and English development corpus (tests/corpus_fren/*) and its gold, expected.json.

    .venv/bin/python tests/corpus_fren/build.py [--out DIR]

Sixty files: thirty French (f01-f30) and thirty English (e01-e30), in the layouts Moroccan and foreign
outlets are read in (aggregator dumps, WordPress dumps, clean articles with datelines, wire copy, saved
HTML pages) and in several encodings (UTF-8, UTF-8 with a byte-order mark, UTF-16, CRLF line ends, one
UTF-8 file cut inside its last character), plus two files that must be rejected.

Every article is written here from Python strings, so the gold cannot drift from the files: a claim's
`sentence` is the very string placed in the text, byte sizes are measured after writing, and `verify()`
re-reads every file from disk, decodes it the way the gold says, and checks that each sentence,
value_text, qualifier_text, period text, attribution, trap and country text is really there.

The articles were written for this corpus after reading real Moroccan and foreign reporting (the stored
press pages of the search tool): the wording patterns, reporting verbs, page furniture and the public
orders of magnitude (about 200-220 cells since 2002, some 1,650-1,700 fighters, about 270 returnees,
BCIJ totals since 2015...) follow that reporting, but every sentence is new and every article is
invented, including those printed under real outlet names. Outlets marked `outlet_fictional` do not
exist; the analysts and bloggers named in them are invented.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
NBSP = "\u00a0"
NNBSP = "\u202f"
NBSP4 = NBSP * 4

# ---------------------------------------------------------------- layouts


def aggregator(sidebar, title, outlet, date, paragraphs, *, lang, tags=None):
    """The maghress-style aggregator dump: a first line of other headlines (the sidebar), the report-image
    notice, the title, a "Publié dans X le DD - MM - YYYY" byline, the paragraphs, tags, a source link.
    The English variant is the same page of the site's English edition."""
    d = date.split("-")
    if lang == "fr":
        notice = [
            "Merci pour votre signalement !",
            "Cette image sera automatiquement bloquée après avoir été signalée par plusieurs personnes.",
        ]
        byline = f"Publié dans {outlet} le {d[2]} - {d[1]} - {d[0]}"
        tag_word, tail = "Mots-clés", "Cliquez ici pour lire l'article depuis sa source."
    else:
        notice = [
            "Thank you for reporting!",
            "This image will be automatically blocked after it is reported by several people.",
        ]
        byline = f"Published in {outlet} on {d[2]} - {d[1]} - {d[0]}"
        tag_word, tail = "Keywords", "Click here to read the story from its source."
    first_line = ""
    for i, headline in enumerate(sidebar):
        sep = "" if i == 0 else (NBSP4 * 2 if i % 5 == 3 else NBSP4)
        first_line += sep + headline
    lines = [first_line] + [""] * 7 + notice + [""] * 3 + [title, byline, ""]
    lines += paragraphs + [""]
    if tags:
        lines += [tag_word, tags, ""]
    lines += ["", tail]
    return "\n".join(lines)


WP_FORM = {
    "fr": [
        "Laisser un commentaire",
        "",
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "",
        "Commentaire *",
        "",
        "Nom *",
        "",
        "E-mail *",
        "",
        "Site web",
        "",
        "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
        "",
        "Retour en haut de page",
    ],
    "en": [
        "Leave a Reply",
        "",
        "Your email address will not be published. Required fields are marked *",
        "",
        "Comment *",
        "",
        "Name *",
        "",
        "Email *",
        "",
        "Website",
        "",
        "Save my name, email, and website in this browser for the next time I comment.",
        "",
        "Back to top button",
    ],
}


def wordpress(site, breadcrumb, title, date_line, blocks, related, *, lang, footer=None):
    """A WordPress theme page as a text export: site name, glued breadcrumb, title, the theme's date
    line with author and reading time, blank-separated blocks, related posts, the comment form."""
    lines = ([site, ""] if site else []) + [breadcrumb, "", title, "", date_line, ""]
    for block in blocks:
        lines += [block, ""]
    lines += ["Articles similaires" if lang == "fr" else "Related Articles", ""]
    for headline in related:
        lines += [headline, ""]
    lines += WP_FORM[lang]
    if footer:
        lines += ["", footer]
    return "\n".join(lines)


def clean(title, head, dateline, paragraphs, tail=()):
    """Title, optional lines before the body (byline, date), the dateline glued to the first paragraph,
    one paragraph a line, optional lines after (credit)."""
    return "\n".join([title, *head, f"{dateline}{paragraphs[0]}", *paragraphs[1:], *tail])


def ps(body, indent="      "):
    return "\n".join(f"{indent}<p>{p}</p>" for p in body)


# ---------------------------------------------------------------- gold helpers


def P(type_, start=None, end=None, text=None, n=None):
    period = {"type": type_, "start": start, "end": end, "text": text}
    if n is not None:
        period["n"] = n
    return period


def since(start, pub, text):
    return P("since", start, pub, text)


def year(y, text):
    return P("year", y, y, text)


def ytd(pub, text):
    return P("year_to_date", pub[:4], pub, text)


def lastn(n, pub, text):
    return P("last_n_years", str(int(pub[:4]) - n), pub, text, n=n)


def cumul(pub, text=None):
    return P("cumulative_unspecified", None, pub, text)


def A(org, raw=None, person=None):
    return {"org": org, "person": person, "raw": raw}


def C(
    metric,
    value,
    value_text,
    sentence,
    *,
    period,
    attribution,
    qualifier="exact",
    qualifier_text=None,
    subset=None,
    unit="count",
    notes=None,
    as_of=None,
    scope="national",
):
    claim = {
        "metric": metric,
        "subset": subset,
        "value": value,
        "value_text": value_text,
        "qualifier": qualifier,
        "qualifier_text": qualifier_text,
        "unit": unit,
        "scope": scope,
        "period": period,
        "as_of": as_of,
        "attribution": attribution,
        "sentence": sentence,
    }
    if notes:
        claim["notes"] = notes
    return claim


def T(text, reason):
    """A must_not_extract trap."""
    return {"text": text, "reason": reason}


def NP(country, text, reason):
    return {"country": country, "text": text, "reason": reason}


SIDEBAR_RULE = T(
    "<any headline in the first line (sidebar)>",
    "sidebar headlines belong to other articles: never a claim, never a partner, never metadata",
)


def sidebar_traps(items):
    """items: headline strings, or (headline, trap_text, reason) for headlines carrying a number."""
    heads, traps = [], [SIDEBAR_RULE]
    for item in items:
        if isinstance(item, tuple):
            heads.append(item[0])
            traps.append(T(item[1], "sidebar: " + item[2]))
        else:
            heads.append(item)
    return heads, traps


def meta(title, outlet, date, *, alias=None, fictional=False, city=None):
    return dict(
        title=title,
        outlet=outlet,
        outlet_alias=alias if alias is not None else outlet,
        outlet_fictional=fictional,
        date=date,
        dateline_city=city,
    )


ARTICLES = []


def article(fn):
    ARTICLES.append(fn)
    return fn


def Q(s):
    """French quotation marks with the no-break spaces French typography puts inside them."""
    return f"«{NBSP}{s}{NBSP}»"


# ================================================================ French articles


@article
def f01():
    pub = "2016-12-29"
    heads, traps = sidebar_traps(
        [
            ("Botola Pro D1 : le Wydad s'impose face au Kawkab (3-1)", "(3-1)", "football score"),
            ("Rabii Al Akhir 1438 : le ministère des Habous annonce le début du mois", "1438", "Hijri year"),
            (
                "COP22 : plus de 20 000 participants ont pris part à la conférence de Marrakech",
                "plus de 20 000 participants",
                "attendance, with a qualifier",
            ),
            "Le roi Mohammed VI poursuit sa tournée africaine",
            ("Immobilier : les prix reculent de 1,2% au troisième trimestre", "1,2%", "price index"),
            (
                "Syrie : 40 000 civils évacués d'Alep, selon le CICR",
                "40 000 civils",
                "another country's figure",
            ),
            "Météo : vague de froid attendue sur le Moyen Atlas",
        ]
    )
    title = "Le BCIJ dresse le bilan de ses vingt et un premiers mois"
    s1 = (
        "Le Bureau a démantelé 40 cellules terroristes depuis sa création en mars 2015, dont 21 en 2015 et 19 "
        "en 2016, a indiqué son directeur, Abdelhak Khiame, lors d'une rencontre avec des journalistes à Salé."
    )
    s2 = (
        "Sur cette même période, 548 personnes ont été interpellées puis déférées devant la justice, 275 l'an "
        "dernier et 273 cette année, a-t-il précisé."
    )
    s3 = (
        f"Parmi les cellules démantelées, 36 étaient liées à l'organisation dite {Q('État islamique')} et 4 "
        f"autres à la nébuleuse {Q('Al-Faye wal-Istihlal')}, qui légitime le vol pour financer le jihad."
    )
    s4 = (
        "Entre 2015 et 2016, le BCIJ a en outre arrêté 71 individus revenus des foyers de tension, dont 47 "
        "cette année, a ajouté M. Khiame."
    )
    paragraphs = [
        "Créé en mars 2015 pour servir de bras judiciaire à la Direction générale de la surveillance du "
        "territoire (DGST), le Bureau central d'investigations judiciaires (BCIJ) a livré mercredi à la presse "
        "un premier bilan chiffré de son action.",
        f"{s1} {s2}",
        s3,
        s4,
        "Ces résultats doivent beaucoup à l'échange de renseignements : plusieurs opérations ont été menées en "
        "étroite collaboration avec les services espagnols, a rappelé le directeur du BCIJ.",
        "Abdelhak Khiame a également mis en garde contre le retour de combattants aguerris de l'État islamique "
        "en Irak et au Levant, dont certains, âgés de moins de 25 ans, ont été formés au maniement des "
        "explosifs.",
        "Le Bureau, qui emploie quelque 150 officiers de police judiciaire, agit sous la supervision du parquet "
        "général.",
    ]
    bcij = A("BCIJ", "a indiqué son directeur, Abdelhak Khiame", person="Abdelhak Khiame")
    creation = since("2015-03", pub, "depuis sa création en mars 2015")
    return dict(
        key="f01",
        file="f01_le360_bcij_bilan_2016.txt",
        format="aggregator",
        language="fr",
        text=aggregator(heads, title, "Le360", pub, paragraphs, lang="fr", tags="BCIJ terrorisme Daech Salé"),
        metadata=meta(title, "Le360", pub),
        claims=[
            C("cells_dismantled", 40, "40", s1, period=creation, attribution=bcij),
            C(
                "cells_dismantled",
                21,
                "21",
                s1,
                period=year("2015", "en 2015"),
                attribution=bcij,
                notes="list: the noun 'cellules' and the source are shared by the items; the year follows the number",
            ),
            C("cells_dismantled", 19, "19", s1, period=year("2016", "en 2016"), attribution=bcij),
            C(
                "persons_arrested",
                548,
                "548",
                s2,
                period=since("2015-03", pub, "Sur cette même période"),
                attribution=A("BCIJ", "a-t-il précisé", person="Abdelhak Khiame"),
                notes="interpellées puis déférées devant la justice: one count; period inherited from the previous sentence",
            ),
            C(
                "persons_arrested",
                275,
                "275",
                s2,
                period=year("2015", "l'an dernier"),
                attribution=A("BCIJ", "a-t-il précisé", person="Abdelhak Khiame"),
                notes="relative period resolved from the byline (December 2016)",
            ),
            C(
                "persons_arrested",
                273,
                "273",
                s2,
                period=year("2016", "cette année"),
                attribution=A("BCIJ", "a-t-il précisé", person="Abdelhak Khiame"),
            ),
            C(
                "cells_dismantled",
                36,
                "36",
                s3,
                subset="isis_linked",
                period=since("2015-03", pub, None),
                attribution=bcij,
                notes="breakdown of the 40: period and source carried from the head sentence",
            ),
            C(
                "cells_dismantled",
                4,
                "4",
                s3,
                subset="istihlal_linked",
                period=since("2015-03", pub, None),
                attribution=bcij,
                notes="'4 autres': the noun is the breakdown's head",
            ),
            C(
                "returnees_arrested",
                71,
                "71",
                s4,
                period=P("range", "2015", "2016", "Entre 2015 et 2016"),
                attribution=A("BCIJ", "a ajouté M. Khiame", person="Abdelhak Khiame"),
            ),
            C(
                "returnees_arrested",
                47,
                "47",
                s4,
                period=year("2016", "cette année"),
                attribution=A("BCIJ", "a ajouté M. Khiame", person="Abdelhak Khiame"),
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "the title's duration 'vingt et un premiers mois' is not a count"),
            T("Créé en mars 2015", "date of creation in another clause, attached to no figure"),
            T("moins de 25 ans", "age, with a qualifier"),
            T("quelque 150 officiers", "staff headcount, not a tracked metric"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[
            NP("IQ", "l'État islamique en Irak et au Levant", "a country inside an organisation's name"),
        ],
        flags=[
            "aggregator",
            "french",
            "list",
            "list_year_after_number",
            "since_creation_month",
            "relative_period",
            "inherited_period",
            "range",
            "subset_isis_linked",
            "list_and_others",
            "attribution_after",
            "attribution_pronoun",
            "named_person",
            "org_BCIJ",
            "partner_cue",
            "country_in_org_name",
            "age_trap",
            "hijri_trap",
            "score_trap",
            "title_duration_trap",
        ],
    )


@article
def f02():
    pub = "2018-10-12"
    title = "BCIJ : 57 cellules démantelées en trois ans et demi"
    lead = (
        "Le directeur du Bureau central d’investigations judiciaires, Abdelhak Khiame, a présenté jeudi à "
        "Salé les chiffres de son service, à l’occasion du démantèlement d’une nouvelle cellule à Tanger."
    )
    s1 = (
        f"Depuis 2015, 57 cellules terroristes ont été démantelées, dont 51 liées à Daech et 6 à la mouvance "
        f"{Q('Al-Faye wal-Istihlal')}."
    )
    s2 = "Dans le détail, le bureau a neutralisé 21 cellules en 2015, 19 en 2016, 9 en 2017 et 8 depuis le début de l’année."
    s3 = (
        "Ces opérations ont abouti à l’arrestation de 902 personnes, parmi lesquelles 14 femmes et 29 mineurs, "
        "a-t-il ajouté."
    )
    s4 = (
        "Vingt-deux étrangers figurent parmi les personnes interpellées, notamment des Syriens, des Afghans et "
        "des Français, ainsi que plusieurs binationaux belgo-marocains."
    )
    s5 = (
        "Les quatre membres de la cellule démantelée jeudi, âgés de 20 à 35 ans, ont été arrêtés à Tanger et à "
        "Meknès alors qu’ils projetaient de rejoindre les camps de Daech au Sahel."
    )
    body = [
        lead,
        f"{s1} {s2}",
        f"{s3} {s4}",
        "Abdelhak Khiame a aussi insisté sur la coordination avec les services de renseignement européens, "
        "tout en déplorant l’absence de toute coopération de la part de l’Algérie.",
        s5,
    ]
    text = f"""<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>{title} | Médias24</title>
  <meta property="og:site_name" content="Médias24">
  <meta property="og:title" content="{title}">
  <meta name="description" content="Le patron du BCIJ a livré jeudi les chiffres de son service.">
</head>
<body>
  <div class="ticker">MASI +0,4% | MADEX +0,5% | EUR/MAD 11,02</div>
  <nav><a href="/">Accueil</a> <a href="/economie">Économie</a> <a href="/politique">Politique</a> <a href="/societe">Société</a></nav>
  <main>
    <article>
      <h1>{title}</h1>
      <div class="meta">Par <a href="/auteur/redaction">La rédaction</a> · <time datetime="{pub}T09:15:00+01:00">il y a 2 jours</time></div>
{ps(body)}
    </article>
    <aside class="most-read">
      <h2>Les plus lus</h2>
      <ul>
        <li>Botola : le Raja tenu en échec par le DHJ (1-1)</li>
        <li>Immobilier : le prix moyen du m² atteint 11.300 DH à Casablanca</li>
      </ul>
    </aside>
  </main>
  <footer>© Médias24 2013-2018. Tous droits réservés.</footer>
</body>
</html>
"""
    bcij = A(
        "BCIJ",
        "Le directeur du Bureau central d’investigations judiciaires, Abdelhak Khiame",
        person="Abdelhak Khiame",
    )
    s2015 = since("2015", pub, "Depuis 2015")
    return dict(
        key="f02",
        file="f02_medias24_bcij_57_liste.html",
        format="html",
        language="fr",
        text=text,
        metadata=meta(title, "Médias24", pub, alias="Medias24"),
        claims=[
            C(
                "cells_dismantled",
                57,
                "57",
                s1,
                period=s2015,
                attribution=bcij,
                notes="the speaker is named in the previous sentence",
            ),
            C("cells_dismantled", 51, "51", s1, subset="isis_linked", period=s2015, attribution=bcij),
            C("cells_dismantled", 6, "6", s1, subset="istihlal_linked", period=s2015, attribution=bcij),
            C("cells_dismantled", 21, "21", s2, period=year("2015", "en 2015"), attribution=bcij),
            C(
                "cells_dismantled",
                19,
                "19",
                s2,
                period=year("2016", "en 2016"),
                attribution=bcij,
                notes="list item without its noun: 'cellules' is shared",
            ),
            C("cells_dismantled", 9, "9", s2, period=year("2017", "en 2017"), attribution=bcij),
            C(
                "cells_dismantled",
                8,
                "8",
                s2,
                period=ytd(pub, "depuis le début de l’année"),
                attribution=bcij,
            ),
            C(
                "persons_arrested",
                902,
                "902",
                s3,
                period=since("2015", pub, None),
                attribution=A("BCIJ", "a-t-il ajouté", person="Abdelhak Khiame"),
                notes="'Ces opérations' points back to the cells since 2015",
            ),
            C(
                "persons_arrested",
                14,
                "14",
                s3,
                subset="women",
                period=since("2015", pub, None),
                attribution=A("BCIJ", "a-t-il ajouté", person="Abdelhak Khiame"),
            ),
            C(
                "persons_arrested",
                29,
                "29",
                s3,
                subset="minors",
                period=since("2015", pub, None),
                attribution=A("BCIJ", "a-t-il ajouté", person="Abdelhak Khiame"),
            ),
            C(
                "persons_arrested",
                22,
                "Vingt-deux",
                s4,
                subset="foreigners",
                period=since("2015", pub, None),
                attribution=bcij,
                notes="number word opening the sentence",
            ),
            C(
                "persons_arrested",
                4,
                "quatre",
                s5,
                period=P("event", "2018-10-11", "2018-10-11", "jeudi"),
                attribution=bcij,
                notes="one operation",
            ),
        ],
        must_not_extract=[
            T(title, "title figure repeated by the body"),
            T("trois ans et demi", "duration"),
            T("âgés de 20 à 35 ans", "ages"),
            T("MASI +0,4%", "ticker: stock index"),
            T("(1-1)", "most read: football score"),
            T("11.300 DH", "most read: price"),
            T("© Médias24 2013-2018", "footer years"),
            T("il y a 2 jours", "relative time of the page, not the publication date"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("DZ", "l’absence de toute coopération de la part de l’Algérie", "named as not cooperating"),
            NP("SY", "des Syriens", "nationality of people arrested"),
            NP("AF", "des Afghans", "nationality of people arrested"),
            NP("FR", "des Français", "nationality of people arrested"),
            NP("BE", "binationaux belgo-marocains", "nationality of people arrested"),
        ],
        flags=[
            "html",
            "date_only_in_time_datetime",
            "french",
            "list",
            "list_year_after_number",
            "year_to_date",
            "speaker_previous_sentence",
            "subset_isis_linked",
            "subset_women",
            "subset_minors",
            "subset_foreigners",
            "number_words",
            "period_event",
            "nationality_mention",
            "not_cooperating_mention",
            "title_figure_trap",
            "score_trap",
            "money_trap",
        ],
    )


@article
def f03():
    pub = "2015-03-27"
    heads, traps = sidebar_traps(
        [
            ("Coupe de la CAF : le FUS éliminé aux tirs au but (4-3)", "(4-3)", "football score"),
            ("Crash de l'A320 dans les Alpes : 150 morts", "150 morts", "casualties of another event"),
            ("Emploi : le taux de chômage atteint 9,9%", "9,9%", "unemployment rate"),
            "Sommet arabe de Charm El-Cheikh : le Maroc plaide pour l'unité",
            ("Joumada II 1436 : horaires de prière", "1436", "Hijri year"),
        ]
    )
    title = "Le patron du BCIJ livre les chiffres de la menace terroriste"
    s1 = (
        "Depuis 2002, les services de sécurité ont démantelé 132 cellules terroristes et mis en échec 276 "
        "projets d’attentats, a-t-il souligné."
    )
    s2 = "Au cours de la même période, 2 720 personnes ont été interpellées."
    s3 = (
        "Selon le responsable, 1 354 Marocains ont rejoint les rangs de groupes jihadistes en Syrie et en Irak, "
        "parmi lesquels 200 anciens détenus."
    )
    s4 = "Sur ce total, 246 ont été tués en Syrie et 40 en Irak, tandis que 136 sont rentrés au Maroc."
    s5 = (
        "Les femmes ne sont pas en reste : 185 d’entre elles ont rallié les groupes terroristes au Proche-Orient, "
        "de même que 135 enfants, a-t-il ajouté."
    )
    s6 = (
        "Le Bureau, opérationnel depuis le 20 mars, a déjà démantelé une cellule de 13 personnes actives dans "
        "neuf villes du Royaume."
    )
    paragraphs = [
        "Quelques jours après l’inauguration du Bureau central d’investigations judiciaires (BCIJ) à Salé, son "
        "directeur, Abdelhak Khiame, a dressé un état des lieux de la menace terroriste qui pèse sur le Royaume.",
        f"{s1} {s2}",
        f"{s3} {s4}",
        s5,
        f"{s6} Le BCIJ a déjà échangé des informations avec ses homologues belges et français, a-t-il assuré.",
        "Le projet de loi 86-14, en cours d’examen au Parlement, prévoit de punir de cinq à quinze ans de prison "
        "le fait de rejoindre un groupe terroriste à l’étranger.",
    ]
    khiame = A("BCIJ", "a-t-il souligné", person="Abdelhak Khiame")
    resp = A("BCIJ", "Selon le responsable", person="Abdelhak Khiame")
    return dict(
        key="f03",
        file="f03_lematin_khiame_2015.txt",
        format="aggregator",
        language="fr",
        text=aggregator(heads, title, "Le Matin", pub, paragraphs, lang="fr"),
        metadata=meta(title, "Le Matin", pub),
        claims=[
            C(
                "cells_dismantled",
                132,
                "132",
                s1,
                period=since("2002", pub, "Depuis 2002"),
                attribution=khiame,
                notes="the speaker is named in the previous paragraph",
            ),
            C(
                "plots_foiled",
                276,
                "276",
                s1,
                period=since("2002", pub, "Depuis 2002"),
                attribution=khiame,
                notes="'projets d’attentats mis en échec'",
            ),
            C(
                "persons_arrested",
                2720,
                "2 720",
                s2,
                period=since("2002", pub, "Au cours de la même période"),
                attribution=khiame,
            ),
            C(
                "fighters_joined",
                1354,
                "1 354",
                s3,
                period=cumul(pub),
                attribution=resp,
                notes="'ont rejoint les rangs de'",
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_joined",
                200,
                "200",
                s3,
                subset="former_detainees",
                period=cumul(pub),
                attribution=resp,
            ),
            C(
                "fighters_killed",
                246,
                "246",
                s4,
                subset="syria",
                period=cumul(pub),
                attribution=resp,
                notes="number followed by a verb with no counted noun ('ont été tués')",
            ),
            C(
                "fighters_killed",
                40,
                "40",
                s4,
                subset="iraq",
                period=cumul(pub),
                attribution=resp,
                notes="second list item: verb and noun shared",
            ),
            C(
                "returnees",
                136,
                "136",
                s4,
                period=cumul(pub),
                attribution=resp,
                notes="'sont rentrés au Maroc'",
            ),
            C(
                "fighters_joined",
                185,
                "185",
                s5,
                subset="women",
                period=cumul(pub),
                attribution=A("BCIJ", "a-t-il ajouté", person="Abdelhak Khiame"),
            ),
            C(
                "fighters_joined",
                135,
                "135",
                s5,
                subset="minors",
                period=cumul(pub),
                attribution=A("BCIJ", "a-t-il ajouté", person="Abdelhak Khiame"),
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                13,
                "13",
                s6,
                period=P("event"),
                attribution=resp,
                notes="size of the cell of the bureau's first operation: arrests of one event",
            ),
        ],
        must_not_extract=traps
        + [
            T("neuf villes", "count of cities"),
            T("le 20 mars", "date"),
            T("loi 86-14", "law number"),
            T("de cinq à quinze ans de prison", "prison terms"),
        ],
        countries_cited=["BE", "FR"],
        countries_not_partners=[
            NP("SY", "en Syrie et en Irak", "conflict zone"),
            NP("IQ", "en Syrie et en Irak", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "french",
            "thousands_separator",
            "inherited_period",
            "verb_without_noun",
            "list",
            "subset_former_detainees",
            "subset_women",
            "subset_minors",
            "metric_frame",
            "speaker_previous_sentence",
            "partner_adjective",
            "law_number_trap",
            "hijri_trap",
            "score_trap",
            "conflict_zone_mention",
        ],
    )


@article
def f04():
    pub = "2021-03-15"
    title = f"Cherkaoui Habboub : {Q('Aucun pays n’est à l’abri')}"
    s1 = (
        "Depuis 2002, les services marocains ont démantelé deux cent dix cellules terroristes, a rappelé le "
        f"patron du BCIJ, qui insiste sur le caractère {Q('préventif')} de chaque intervention."
    )
    s2 = "Au cours de la même période, plus de cinq cents projets d’attentats ont été avortés, estime-t-il."
    s3 = "Pour le seul BCIJ, le compteur affiche 83 cellules depuis sa création en mars 2015, dont 77 liées à Daech."
    paragraphs = [
        "Trois mois après sa nomination à la tête du Bureau central d’investigations judiciaires (BCIJ), "
        "Cherkaoui Habboub multiplie les sorties médiatiques pour expliquer la doctrine de son service.",
        f"{s1} {s2}",
        s3,
        "Le directeur du BCIJ, 63 ans, a passé plus de la moitié de sa vie dans les services de sécurité.",
        "Interrogé sur la coopération régionale, Cherkaoui Habboub a regretté que l’Algérie reste le seul voisin "
        "à refuser tout échange d’informations, alors que les services marocains travaillent au quotidien avec "
        "la France, l’Espagne et les États-Unis.",
        "Il a enfin évoqué le Sahel, où la porosité des frontières entre le Mali, le Niger et le Burkina Faso "
        "profite aux groupes affiliés à Daech et à Al-Qaïda.",
        f"Selon lui, la menace se nourrit aussi d’Internet : {Q('il suffit parfois de quelques semaines pour qu’un jeune bascule')}, a-t-il confié.",
    ]
    habboub = A("BCIJ", "a rappelé le patron du BCIJ", person="Cherkaoui Habboub")
    return dict(
        key="f04",
        file="f04_telquel_habboub_deux_cent_dix.txt",
        format="clean",
        language="fr",
        text=clean(
            title, ["Par la rédaction", "Le 15 mars 2021 à 11h02"], "Rabat – ", paragraphs, ["© TelQuel"]
        ),
        metadata=meta(title, "TelQuel", pub, city="Rabat"),
        claims=[
            C(
                "cells_dismantled",
                210,
                "deux cent dix",
                s1,
                period=since("2002", pub, "Depuis 2002"),
                attribution=habboub,
                notes="number in words; attribution after the figure, title containing the body's name",
            ),
            C(
                "plots_foiled",
                500,
                "cinq cents",
                s2,
                qualifier="more_than",
                qualifier_text="plus de",
                period=since("2002", pub, "Au cours de la même période"),
                attribution=A("BCIJ", "estime-t-il", person="Cherkaoui Habboub"),
            ),
            C(
                "cells_dismantled",
                83,
                "83",
                s3,
                period=since("2015-03", pub, "depuis sa création en mars 2015"),
                attribution=habboub,
                notes="attribution carried from the previous paragraph",
            ),
            C(
                "cells_dismantled",
                77,
                "77",
                s3,
                subset="isis_linked",
                period=since("2015-03", pub, "depuis sa création en mars 2015"),
                attribution=habboub,
            ),
        ],
        must_not_extract=[
            T("Trois mois", "duration"),
            T("63 ans", "age"),
            T("plus de la moitié de sa vie", "fraction of a life, with a qualifier"),
            T("quelques semaines", "vague duration"),
            T("Le 15 mars 2021 à 11h02", "date line (metadata, not a value)"),
        ],
        countries_cited=["FR", "ES", "US"],
        countries_not_partners=[
            NP(
                "DZ",
                "l’Algérie reste le seul voisin à refuser tout échange d’informations",
                "named as not cooperating",
            ),
            NP("ML", "le Mali", "conflict zone"),
            NP("NE", "le Niger", "conflict zone"),
            NP("BF", "le Burkina Faso", "conflict zone"),
        ],
        flags=[
            "clean",
            "dateline",
            "date_line_in_clean",
            "french",
            "number_words",
            "qualifier_more_than",
            "inherited_period",
            "since_creation_month",
            "attribution_after",
            "carried_attribution",
            "named_person",
            "org_BCIJ",
            "not_cooperating_mention",
            "conflict_zone_mention",
            "age_trap",
            "duration_trap",
        ],
    )


@article
def f05():
    pub = "2022-10-26"
    title = "Terrorisme : plus de 500 projets avortés depuis 2002, selon Mohamed Dkhissi"
    s1 = (
        "Entre 2002 et 2021, les services de sécurité ont démantelé 214 cellules terroristes et traduit 4 304 "
        "personnes devant la justice, a-t-il indiqué."
    )
    s2 = "Depuis 2002, plus de 500 projets terroristes ont par ailleurs été avortés, selon M. Dkhissi."
    s3 = f"Il a précisé que 88{NNBSP}% des cellules démantelées depuis 2013 étaient liées à Daech."
    s4 = (
        "Le rythme a toutefois ralenti : une trentaine de cellules ont été neutralisées au cours des trois "
        "dernières années, contre plus d’une centaine entre 2013 et 2016."
    )
    s5 = (
        "Le responsable a aussi rappelé qu’en 2016, dix membres d’une cellule de Daech, formés à l’étranger, "
        "s’apprêtaient à utiliser des engins explosifs contenant une toxine."
    )
    blocks = [
        "Le directeur central de la police judiciaire et chef du bureau Interpol à Rabat, Mohamed Dkhissi, a "
        "présenté mardi à Marrakech le bilan de l’approche marocaine de lutte contre le terrorisme, à "
        "l’ouverture d’un congrès international sur la sécurité chimique.",
        s1,
        f"{s2} {s3}",
        s4,
        s5,
        "Le congrès, qui réunit jusqu’à jeudi des experts de plus de 40 pays, se penche sur les menaces "
        "chimiques et biologiques.",
        "La DGSN a par ailleurs mis en place une cellule de veille chargée de suivre les précurseurs "
        "d’explosifs vendus dans le commerce, comme les bouteilles de butane détournées de leur usage.",
    ]
    text = wordpress(
        "Le Site info",
        "AccueilMarocSécurité",
        title,
        "26 octobre 2022 à 16:40 · Par Rédaction · 3 min de lecture",
        blocks,
        [
            "Tanger : démantèlement d’une cellule de 4 membres liée à Daech",
            "Migration : 25 000 tentatives d’émigration avortées au premier semestre",
            "Coupe du monde 2030 : le comité d’organisation installé",
        ],
        lang="fr",
        footer="© 2022 Le Site info. Tous droits réservés.",
    )
    dkhissi = A("DGSN", "a-t-il indiqué", person="Mohamed Dkhissi")
    rng = P("range", "2002", "2021", "Entre 2002 et 2021")
    return dict(
        key="f05",
        file="f05_lesiteinfo_dkhissi_wordpress.txt",
        format="wordpress",
        language="fr",
        text=text,
        metadata=meta(title, "Le Site info", pub, alias="Le Site info"),
        claims=[
            C(
                "cells_dismantled",
                214,
                "214",
                s1,
                period=rng,
                attribution=dkhissi,
                notes="the central director of the judicial police speaks for the DGSN",
            ),
            C(
                "persons_arrested",
                4304,
                "4 304",
                s1,
                period=rng,
                attribution=dkhissi,
                notes="'traduit … devant la justice'; plain space as thousands separator",
            ),
            C(
                "plots_foiled",
                500,
                "500",
                s2,
                qualifier="more_than",
                qualifier_text="plus de",
                period=since("2002", pub, "Depuis 2002"),
                attribution=A("DGSN", "selon M. Dkhissi", person="Mohamed Dkhissi"),
            ),
            C(
                "cells_dismantled",
                88,
                "88",
                s3,
                subset="isis_linked",
                unit="percent",
                period=since("2013", pub, "depuis 2013"),
                attribution=A("DGSN", "Il a précisé", person="Mohamed Dkhissi"),
                notes="percent with a narrow no-break space before the sign",
            ),
            C(
                "cells_dismantled",
                30,
                "une trentaine",
                s4,
                qualifier="about",
                qualifier_text="une trentaine",
                period=lastn(3, pub, "au cours des trois dernières années"),
                attribution=A("DGSN", "selon M. Dkhissi", person="Mohamed Dkhissi"),
                notes="attribution carried",
            ),
            C(
                "cells_dismantled",
                100,
                "une centaine",
                s4,
                qualifier="more_than",
                qualifier_text="plus d’",
                period=P("range", "2013", "2016", "entre 2013 et 2016"),
                attribution=A("DGSN", "selon M. Dkhissi", person="Mohamed Dkhissi"),
                notes="'plus d’une centaine': a lower bound of 100",
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                10,
                "dix",
                s5,
                period=P("event", "2016", "2016", "en 2016"),
                attribution=A("DGSN", "Le responsable", person="Mohamed Dkhissi"),
                notes="members of one cell in one operation",
            ),
        ],
        must_not_extract=[
            T(title, "title figure repeated by the body"),
            T("plus de 40 pays", "count of countries at a congress"),
            T("une cellule de veille", "'cellule' that is not a terror cell"),
            T("cellule de 4 membres", "related-articles headline"),
            T(
                "25 000 tentatives d’émigration avortées",
                "related articles: migration attempts ('tentatives avortées')",
            ),
            T("Coupe du monde 2030", "related articles: bare year"),
            T("3 min de lecture", "reading time"),
            T("26 octobre 2022 à 16:40", "date line (metadata)"),
        ],
        countries_cited=[],
        countries_not_partners=[NP("BT", "butane", "substring of another word")],
        flags=[
            "wordpress",
            "wordpress_date_line",
            "french",
            "range",
            "metric_frame",
            "thousands_separator",
            "percent",
            "narrow_nbsp",
            "number_words",
            "qualifier_about",
            "qualifier_more_than",
            "period_last_n_years",
            "named_person",
            "org_DGSN",
            "cell_not_terror",
            "substring_trap",
            "related_articles_trap",
        ],
    )


@article
def f06():
    pub = "2022-01-12"
    heads, traps = sidebar_traps(
        [
            ("Botola : la RSB s'impose à Tanger (2-0)", "(2-0)", "football score"),
            ("Covid-19 : 8 144 nouveaux cas en 24 heures", "8 144 nouveaux cas", "covid count"),
            ("Carburants : le gasoil à 11,80 DH le litre", "11,80 DH", "price"),
            "Enseignement : les syndicats appellent à la grève",
            (
                "Nouvel an amazigh 2972 : les appels à un jour férié se multiplient",
                "2972",
                "Amazigh calendar year",
            ),
        ]
    )
    title = "Terrorisme : 12 cellules démantelées en 2021, la menace sahélienne se précise"
    s1 = (
        "Sur les 12 cellules démantelées l’an dernier, 8 étaient liées à la branche sahélienne de Daech et 5 "
        "agissaient de manière autonome, selon des sources sécuritaires citées par H24info."
    )
    s2 = "Au cours de la même période, 83 personnes ont été interpellées, dont 3 femmes."
    s2b = "Moins de dix d’entre elles étaient revenues des zones de conflit, a-t-on précisé."
    s3 = (
        "Depuis 2015, le bureau fonctionne sous la supervision du parquet général ; il a notamment mis hors "
        "d’état de nuire en novembre une cellule de quatre membres à Tétouan."
    )
    paragraphs = [
        "Créé en 2015 pour prendre en charge les affaires de terrorisme, le Bureau central d’investigations "
        "judiciaires (BCIJ) a connu une année 2021 chargée.",
        f"{s1} {s2} {s2b}",
        "Les enquêtes ont montré que plusieurs suspects étaient en contact avec des recruteurs opérant entre "
        "le Mali et le Niger.",
        s3,
        "La cellule de communication de la DGSN a, de son côté, diffusé 46 communiqués sur des affaires de "
        "terrorisme en 2021.",
        "Plusieurs de ces opérations ont été conduites grâce aux renseignements fournis par les services "
        "américains, a-t-on appris de même source.",
    ]
    src = A("official_unspecified", "selon des sources sécuritaires citées par H24info")
    y2021 = year("2021", "l’an dernier")
    return dict(
        key="f06",
        file="f06_h24info_arithmetique_2021.txt",
        format="aggregator",
        language="fr",
        text=aggregator(heads, title, "H24info", pub, paragraphs, lang="fr", tags="BCIJ Sahel Daech bilan"),
        metadata=meta(title, "H24info", pub),
        claims=[
            C(
                "cells_dismantled",
                12,
                "12",
                s1,
                period=y2021,
                attribution=src,
                notes="breakdown head: 8 + 5 = 13, not 12 (internal_arithmetic)",
            ),
            C("cells_dismantled", 8, "8", s1, subset="sahel_linked", period=y2021, attribution=src),
            C(
                "cells_dismantled",
                5,
                "5",
                s1,
                subset="autonomous",
                period=y2021,
                attribution=src,
                notes="the noun comes from the breakdown's head ('Sur les 12 cellules')",
            ),
            C(
                "persons_arrested",
                83,
                "83",
                s2,
                period=year("2021", "Au cours de la même période"),
                attribution=src,
                notes="the same period is 'l’an dernier' of the previous sentence",
            ),
            C(
                "persons_arrested",
                3,
                "3",
                s2,
                subset="women",
                period=year("2021", "Au cours de la même période"),
                attribution=src,
            ),
            C(
                "returnees_arrested",
                10,
                "dix",
                s2b,
                qualifier="less_than",
                qualifier_text="Moins de",
                period=year("2021", None),
                attribution=A("official_unspecified", "a-t-on précisé"),
                notes="'d’entre elles': arrested returnees among the year's arrests; period carried",
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                4,
                "quatre",
                s3,
                period=P("event", "2021-11", "2021-11", "en novembre"),
                attribution=A("unspecified"),
                notes="size of one cell; 'Depuis 2015' belongs to the other clause",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title figure repeated by the body"),
            T("Créé en 2015", "date of creation in another clause"),
            T("Depuis 2015, le bureau fonctionne", "period of another clause, attached to no figure"),
            T("La cellule de communication de la DGSN", "'cellule' that is not a terror cell"),
            T("46 communiqués", "press releases"),
        ],
        countries_cited=["US"],
        countries_not_partners=[
            NP("ML", "le Mali et le Niger", "conflict zone"),
            NP("NE", "le Mali et le Niger", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "french",
            "internal_arithmetic",
            "breakdown_head",
            "relative_period",
            "inherited_period",
            "subset_women",
            "qualifier_less_than",
            "number_words",
            "org_official_unspecified",
            "partner_cue",
            "cell_not_terror",
            "other_clause_period",
            "title_figure_trap",
            "score_trap",
        ],
    )


@article
def f07():
    pub = "2020-06-15"
    heads, traps = sidebar_traps(
        [
            ("Covid-19 : 80 nouveaux cas, le bilan passe à 8 610", "8 610", "covid count"),
            ("Déconfinement : les cafés rouvrent à 50% de leur capacité", "50%", "capacity"),
            "Opération Marhaba suspendue cette année",
            ("Liga : le Barça bat Leganés 2-0", "2-0", "football score"),
            ("Chawwal 1441 : reprise des prières à la mosquée reportée", "1441", "Hijri year"),
        ]
    )
    title = "Jihadistes marocains : le lourd bilan des départs vers la Syrie et l’Irak"
    s1 = (
        "Selon des chiffres communiqués par le Bureau central d’investigations judiciaires, quelque 1 660 "
        "Marocains sont partis combattre dans la zone syro-irakienne depuis 2012."
    )
    s2 = "Parmi eux, 745 ont été tués, en majorité dans des attentats-suicides ou sur les lignes de front."
    s3 = (
        "D’autres ont fait le chemin inverse : 270 sont revenus au Maroc, a précisé la même source, et 137 d’entre "
        "eux ont été déférés devant la justice."
    )
    s4 = (
        "Le BCIJ évalue par ailleurs à 288 le nombre de femmes et à 391 celui des mineurs qui se sont rendus "
        "dans les zones de conflit."
    )
    paragraphs = [
        "Le dossier des combattants marocains partis en Syrie et en Irak n’est pas refermé, loin de là.",
        f"{s1} {s2}",
        s3,
        s4,
        "À titre de comparaison, la Tunisie aurait vu partir près de 3 000 de ses ressortissants, selon les "
        "Nations unies.",
        "Pour les familles, l’attente est longue : certaines n’ont plus de nouvelles depuis 2016, et des "
        "dizaines d’enfants sont nés dans les camps.",
        "Les revenants sont poursuivis en vertu de la loi 86-14, qui prévoit jusqu’à quinze ans de prison.",
    ]
    bcij = A("BCIJ", "Selon des chiffres communiqués par le Bureau central d’investigations judiciaires")
    same = A("BCIJ", "a précisé la même source")
    return dict(
        key="f07",
        file="f07_yabiladi_quelque_1660.txt",
        format="aggregator",
        language="fr",
        text=aggregator(
            heads, title, "Yabiladi", pub, paragraphs, lang="fr", tags="Syrie Irak combattants BCIJ"
        ),
        metadata=meta(title, "Yabiladi", pub),
        claims=[
            C(
                "fighters_joined",
                1660,
                "1 660",
                s1,
                qualifier="about",
                qualifier_text="quelque",
                period=since("2012", pub, "depuis 2012"),
                attribution=bcij,
                notes="'partis combattre'",
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_killed",
                745,
                "745",
                s2,
                period=cumul(pub),
                attribution=bcij,
                notes="'N ont été tués': the metric comes from the verb",
            ),
            C("returnees", 270, "270", s3, period=cumul(pub), attribution=same, notes="'sont revenus'"),
            C(
                "returnees_arrested",
                137,
                "137",
                s3,
                period=cumul(pub),
                attribution=same,
                notes="'déférés devant la justice' among those who came back",
            ),
            C(
                "fighters_joined",
                288,
                "288",
                s4,
                subset="women",
                period=cumul(pub),
                attribution=A("BCIJ", "Le BCIJ évalue"),
                notes="'évalue à N le nombre de': the noun follows",
            ),
            C(
                "fighters_joined",
                391,
                "391",
                s4,
                subset="minors",
                period=cumul(pub),
                attribution=A("BCIJ", "Le BCIJ évalue"),
            ),
        ],
        must_not_extract=traps
        + [
            T("près de 3 000 de ses ressortissants", "another country's figure (Tunisia)"),
            T("des dizaines d’enfants", "vague count"),
            T("depuis 2016", "bare year, no figure"),
            T("loi 86-14", "law number"),
            T("quinze ans de prison", "prison term"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("TN", "la Tunisie", "another country's figure"),
            NP("SY", "en Syrie et en Irak", "conflict zone"),
            NP("IQ", "en Syrie et en Irak", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "french",
            "qualifier_about",
            "thousands_separator",
            "metric_frame",
            "verb_without_noun",
            "subset_women",
            "subset_minors",
            "carried_attribution",
            "other_country_figure",
            "vague_count_trap",
            "law_number_trap",
            "hijri_trap",
            "score_trap",
        ],
    )


@article
def f08():
    pub = "2017-04-10"
    title = "Djihadisme : ce que dit le dernier décompte de l’Intérieur"
    s1 = (
        "Jusqu’à fin décembre 2016, au moins 1 623 Marocains avaient quitté le Royaume pour rejoindre les rangs "
        "de groupes jihadistes en Syrie et en Irak, rappelle le document."
    )
    s2 = "Près de 900 d’entre eux combattraient toujours dans les rangs de l’organisation État islamique."
    s3 = (
        "Le document recense également cent quarante-sept retours, dont cent trente-deux ont donné lieu à des "
        "poursuites judiciaires."
    )
    s4 = (
        "Le ministère signale enfin que six personnes ont été empêchées de quitter le territoire national au "
        "cours de l’année 2016."
    )
    paragraphs = [
        "Un document interne du ministère de l’Intérieur, consulté par Le Desk, dresse un état précis des "
        "départs de Marocains vers les zones de conflit.",
        f"{s1} {s2}",
        s3,
        s4,
        "Les premières vagues de départs remontent à 2012, lorsque des réseaux de recrutement s’activaient à "
        "Fnideq, Tétouan et Tanger.",
        "Depuis, la plupart des filières ont été démantelées, souvent en étroite collaboration avec les "
        "services espagnols, les recruteurs opérant de part et d’autre du détroit.",
        "Le Desk a sollicité le ministère, qui n’a pas souhaité commenter ces chiffres.",
    ]
    moi = A("MOI", "rappelle le document")
    dec2016 = P("cumulative_unspecified", None, "2016-12", "Jusqu’à fin décembre 2016")
    return dict(
        key="f08",
        file="f08_ledesk_fin_decembre_2016.txt",
        format="clean",
        language="fr",
        text=clean(title, ["10.04.2017 à 12 h 40", "Par Le Desk"], "Casablanca – ", paragraphs),
        metadata=meta(title, "Le Desk", pub, alias="LeDesk", city="Casablanca"),
        claims=[
            C(
                "fighters_joined",
                1623,
                "1 623",
                s1,
                qualifier="at_least",
                qualifier_text="au moins",
                period=dec2016,
                as_of="2016-12",
                attribution=moi,
                notes="cumulative up to the end of December 2016, not that month; 'ont quitté le Royaume pour rejoindre'",
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_in_zone",
                900,
                "900",
                s2,
                qualifier="about",
                qualifier_text="Près de",
                period=cumul("2016-12"),
                as_of="2016-12",
                attribution=moi,
                notes="fighters still in the zone (new slug); a stock at the date of the document",
            ),
            C(
                "returnees",
                147,
                "cent quarante-sept",
                s3,
                period=P("cumulative_unspecified", None, "2016-12", None),
                as_of="2016-12",
                attribution=A("MOI", "Le document"),
                notes="number in words; the date of the document carried",
            ),
            C(
                "returnees_arrested",
                132,
                "cent trente-deux",
                s3,
                period=P("cumulative_unspecified", None, "2016-12", None),
                as_of="2016-12",
                attribution=A("MOI", "Le document"),
            ),
        ],
        optional_claims=[
            C(
                "departures_prevented",
                6,
                "six",
                s4,
                period=year("2016", "au cours de l’année 2016"),
                attribution=A("MOI", "Le ministère"),
                notes="outside the tracked metrics",
            ),
        ],
        must_not_extract=[
            T("10.04.2017 à 12 h 40", "date line (metadata)"),
            T("remontent à 2012", "bare year"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[
            NP("SY", "en Syrie et en Irak", "conflict zone"),
            NP("IQ", "en Syrie et en Irak", "conflict zone"),
        ],
        flags=[
            "clean",
            "dateline",
            "date_line_in_clean",
            "french",
            "until_end_of_month",
            "as_of",
            "qualifier_at_least",
            "qualifier_about",
            "metric_frame",
            "number_words",
            "new_metric_slug",
            "attribution_after",
            "org_MOI",
            "partner_cue",
            "conflict_zone_mention",
        ],
    )


@article
def f09():
    pub = "2021-07-19"
    title = "Le BCIJ a démantelé 84 cellules terroristes depuis sa création (Habboub)"
    s1 = (
        "Le Bureau central d’investigations judiciaires (BCIJ) a démantelé 84 cellules terroristes depuis sa "
        "création en mars 2015, a affirmé son directeur, Cherkaoui Habboub, dans un entretien accordé à la MAP."
    )
    s2 = (
        f"Parmi ces cellules, 78 étaient liées à l’organisation {Q('Daech')} et 6 autres adhéraient à l’idéologie "
        f"de la nébuleuse {Q('Al-Istihlal wal-Faye')}, qui légitime des activités illicites pour financer le "
        "terrorisme, a-t-il précisé."
    )
    s3 = f"Les opérations du Bureau ont permis de traduire en justice 1{NNBSP}357 individus, dont 14 femmes et 34 mineurs."
    s4 = (
        "En outre, 137 personnes de retour des zones de conflit ont été déférées devant la justice, parmi "
        "lesquelles 115 rentrées de la zone syro-irakienne, 14 anciens membres de Daech en Libye et 8 autres "
        "extradées vers le Maroc dans le cadre de la coordination avec les États-Unis."
    )
    body = [
        s1,
        s2,
        f"{s3} {s4}",
        f"Ces résultats sont le fruit d’une coopération {Q('totale et inconditionnelle')} entre les différents "
        "services nationaux, a souligné le responsable, qui a salué l’échange de renseignements avec la France "
        "et l’Espagne.",
        "Il a en revanche regretté l’absence de coopération de l’Algérie, seul pays de la région à refuser la "
        "main tendue du Maroc.",
    ]
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": f"{pub}T13:47:00+01:00",
            "publisher": {"@type": "Organization", "name": "MAP Express"},
        },
        ensure_ascii=False,
    )
    text = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{title} - MAP Express</title>
<meta property="og:site_name" content="MAP Express">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<header><a href="/" class="logo">MAP Express</a> <span class="weather">Rabat 31°C</span></header>
<div class="article">
<h1>{title}</h1>
<div class="auteur">MAP</div>
{ps(body, "")}
<div class="stats">Lu 2 340 fois</div>
</div>
<aside><h3>Dépêches</h3><p>Vaccination : 10 millions de personnes ont reçu deux doses</p></aside>
<footer>© MAP 2021</footer>
</body>
</html>
"""
    habboub = A("BCIJ", "a affirmé son directeur, Cherkaoui Habboub", person="Cherkaoui Habboub")
    pronoun = A("BCIJ", "a-t-il précisé", person="Cherkaoui Habboub")
    creation = since("2015-03", pub, "depuis sa création en mars 2015")
    inherited = since("2015-03", pub, None)
    return dict(
        key="f09",
        file="f09_map_habboub_84_jsonld.html",
        format="html",
        language="fr",
        text=text,
        metadata=meta(title, "MAP Express", pub, alias="MAP"),
        claims=[
            C("cells_dismantled", 84, "84", s1, period=creation, attribution=habboub),
            C("cells_dismantled", 78, "78", s2, subset="isis_linked", period=inherited, attribution=pronoun),
            C(
                "cells_dismantled",
                6,
                "6",
                s2,
                subset="istihlal_linked",
                period=inherited,
                attribution=pronoun,
                notes="'6 autres'",
            ),
            C(
                "persons_arrested",
                1357,
                f"1{NNBSP}357",
                s3,
                period=inherited,
                attribution=habboub,
                notes="thousands separated by U+202F; 'traduire en justice'",
            ),
            C("persons_arrested", 14, "14", s3, subset="women", period=inherited, attribution=habboub),
            C("persons_arrested", 34, "34", s3, subset="minors", period=inherited, attribution=habboub),
            C("returnees_arrested", 137, "137", s4, period=inherited, attribution=habboub),
            C(
                "returnees_arrested",
                115,
                "115",
                s4,
                subset="syria_iraq_linked",
                period=inherited,
                attribution=habboub,
            ),
            C("returnees_arrested", 14, "14", s4, subset="libya", period=inherited, attribution=habboub),
            C(
                "returnees_arrested",
                8,
                "8",
                s4,
                subset="extradited",
                period=inherited,
                attribution=habboub,
                notes="'8 autres extradées'",
            ),
        ],
        must_not_extract=[
            T(title, "title figure repeated by the body"),
            T("Lu 2 340 fois", "view count"),
            T("Rabat 31°C", "weather"),
            T("10 millions de personnes", "aside: vaccination"),
            T("© MAP 2021", "footer year"),
        ],
        countries_cited=["US", "FR", "ES"],
        countries_not_partners=[
            NP("DZ", "l’absence de coopération de l’Algérie", "named as not cooperating"),
            NP("LY", "en Libye", "conflict zone"),
        ],
        flags=[
            "html",
            "date_only_in_json_ld",
            "french",
            "since_creation_month",
            "narrow_nbsp",
            "thousands_separator",
            "list_and_others",
            "subset_isis_linked",
            "subset_women",
            "subset_minors",
            "subset_syria_iraq",
            "metric_frame",
            "attribution_after",
            "named_person",
            "org_BCIJ",
            "partner_cue",
            "not_cooperating_mention",
            "title_figure_trap",
            "view_count_trap",
        ],
    )


@article
def f10():
    pub = "2020-11-19"
    title = "Lutte antiterroriste : le BCIJ détaille vingt ans de résultats"
    s1 = (
        f"Depuis 2002, 207 cellules terroristes ont été démantelées et quelque 3{NBSP}535 personnes "
        "interpellées, a révélé le responsable."
    )
    s2 = "Durant la même période, plus de 500 projets de sabotage ont été mis en échec."
    s3 = (
        "Le Maroc a été directement confronté au terrorisme dès les attentats du 16 mai 2003 à Casablanca, qui "
        "avaient fait 45 morts."
    )
    blocks = [
        "À l’occasion d’une conférence internationale organisée à distance depuis Rabat sur l’extrémisme "
        "violent, un haut responsable du Bureau central d’investigations judiciaires, le commissaire "
        "divisionnaire Mohamed Nifaoui, a passé en revue l’expérience marocaine.",
        f"{s1} {s2}",
        s3,
        "Grâce aux renseignements fournis par la DGST, les services français, belges et espagnols ont pu "
        "déjouer plusieurs attentats sur leur sol ces dernières années, a-t-il souligné.",
        "La conférence, qui a réuni pendant trois jours des experts de 24 pays, était organisée par "
        "l’Observatoire marocain sur l’extrémisme et la violence.",
        "Une cellule d’écoute psychologique a par ailleurs accompagné 120 familles de détenus radicalisés, dans "
        "le cadre du programme Moussalaha.",
    ]
    text = wordpress(
        "Maroc Diplomatique",
        "AccueilActualitéSécurité",
        title,
        "19 novembre 2020 · Rédaction MD",
        blocks,
        ["Tétouan : une cellule de 5 membres démantelée", "Sahara : trois nouveaux consulats à Laâyoune"],
        lang="fr",
        footer="© 2020 Maroc Diplomatique",
    )
    nifaoui = A("BCIJ", "a révélé le responsable", person="Mohamed Nifaoui")
    return dict(
        key="f10",
        file="f10_marocdiplomatique_nbsp_wordpress.txt",
        format="wordpress",
        language="fr",
        text=text,
        metadata=meta(title, "Maroc Diplomatique", pub),
        claims=[
            C(
                "cells_dismantled",
                207,
                "207",
                s1,
                period=since("2002", pub, "Depuis 2002"),
                attribution=nifaoui,
                notes="the speaker is introduced in the previous paragraph",
            ),
            C(
                "persons_arrested",
                3535,
                f"3{NBSP}535",
                s1,
                qualifier="about",
                qualifier_text="quelque",
                period=since("2002", pub, "Depuis 2002"),
                attribution=nifaoui,
                notes="thousands separated by U+00A0",
            ),
            C(
                "plots_foiled",
                500,
                "500",
                s2,
                qualifier="more_than",
                qualifier_text="plus de",
                period=since("2002", pub, "Durant la même période"),
                attribution=nifaoui,
                notes="'projets de sabotage mis en échec'",
            ),
        ],
        optional_claims=[
            C(
                "attack_deaths",
                45,
                "45",
                s3,
                period=P("event", "2003-05-16", "2003-05-16", "16 mai 2003"),
                attribution=A("unspecified"),
                notes="victims of one attack: outside the tracked metrics",
            ),
        ],
        must_not_extract=[
            T("vingt ans", "duration in the title"),
            T("trois jours", "duration"),
            T("24 pays", "count of countries"),
            T("Une cellule d’écoute psychologique", "'cellule' that is not a terror cell"),
            T("120 familles", "families supported, not a tracked metric"),
            T("une cellule de 5 membres", "related-articles headline"),
        ],
        countries_cited=["FR", "BE", "ES"],
        countries_not_partners=[],
        flags=[
            "wordpress",
            "wordpress_date_line",
            "french",
            "nbsp_separator",
            "thousands_separator",
            "qualifier_about",
            "qualifier_more_than",
            "inherited_period",
            "metric_frame",
            "named_person",
            "org_BCIJ",
            "partner_cue",
            "partner_adjective",
            "cell_not_terror",
            "related_articles_trap",
            "duration_trap",
        ],
    )


@article
def f11():
    pub = "2016-11-25"
    title = "Rabat : 168 cellules démantelées depuis le 11 septembre 2001"
    s1 = (
        "Le Maroc a démantelé 168 cellules terroristes depuis les attentats du 11 septembre 2001 aux "
        "États-Unis, a indiqué jeudi à Rabat Mohamed Moufakir, wali, directeur général de la coopération "
        "internationale au ministère de l’Intérieur."
    )
    s2 = (
        "Ces opérations ont permis l’arrestation de 2.963 personnes et la mise en échec de 341 projets "
        "criminels, a précisé le responsable."
    )
    s3 = (
        "Sur l’ensemble de ces cellules, 50 étaient en relation avec des groupes actifs en Afghanistan, au "
        "Pakistan, en Irak, en Syrie et au Sahel."
    )
    s4 = "Plus de 1 600 Marocains sont partis combattre dans ces foyers de tension, a-t-il ajouté."
    s5 = "Parmi eux, 147 sont rentrés au Maroc et 132 ont été arrêtés et présentés à la justice."
    s6 = "Six autres personnes ont été interpellées alors qu’elles tentaient de quitter le territoire national."
    paragraphs = [
        s1,
        f"{s2} {s3}",
        f"{s4} {s5} {s6}",
        "Intervenant lors d’un séminaire sur la coopération sécuritaire en Méditerranée, organisé au Parlement, "
        "M. Moufakir a souligné que le Royaume avait mené avec l’Espagne plusieurs opérations conjointes contre "
        "des réseaux de recrutement.",
        "Le dispositif juridique repose sur la loi 03-03, complétée en 2015 pour criminaliser le ralliement aux "
        "groupes terroristes à l’étranger.",
    ]
    moufakir = A(
        "MOI",
        "a indiqué jeudi à Rabat Mohamed Moufakir, wali, directeur général de la coopération internationale au "
        "ministère de l’Intérieur",
        person="Mohamed Moufakir",
    )
    sept = since("2001-09-11", pub, "depuis les attentats du 11 septembre 2001")
    return dict(
        key="f11",
        file="f11_lematin_point_11_septembre.txt",
        format="clean",
        language="fr",
        text=clean(title, ["Le Matin", "25 novembre 2016"], "Rabat – ", paragraphs),
        metadata=meta(title, "Le Matin", pub, city="Rabat"),
        claims=[
            C(
                "cells_dismantled",
                168,
                "168",
                s1,
                period=sept,
                attribution=moufakir,
                notes="the period starts at an event abroad; the United States is the place of the attack, not a partner",
            ),
            C(
                "persons_arrested",
                2963,
                "2.963",
                s2,
                period=since("2001-09-11", pub, None),
                attribution=A("MOI", "a précisé le responsable", person="Mohamed Moufakir"),
                notes="dot as thousands separator",
            ),
            C(
                "plots_foiled",
                341,
                "341",
                s2,
                period=since("2001-09-11", pub, None),
                attribution=A("MOI", "a précisé le responsable", person="Mohamed Moufakir"),
                notes="'mise en échec de … projets criminels'",
            ),
            C(
                "cells_dismantled",
                50,
                "50",
                s3,
                subset="foreign_linked",
                period=since("2001-09-11", pub, None),
                attribution=moufakir,
            ),
            C(
                "fighters_joined",
                1600,
                "1 600",
                s4,
                qualifier="more_than",
                qualifier_text="Plus de",
                period=cumul(pub),
                attribution=A("MOI", "a-t-il ajouté", person="Mohamed Moufakir"),
                notes="'partis combattre'",
            ),
            C(
                "returnees",
                147,
                "147",
                s5,
                period=cumul(pub),
                attribution=A("MOI", "a-t-il ajouté", person="Mohamed Moufakir"),
            ),
            C(
                "returnees_arrested",
                132,
                "132",
                s5,
                period=cumul(pub),
                attribution=A("MOI", "a-t-il ajouté", person="Mohamed Moufakir"),
            ),
        ],
        optional_claims=[
            C(
                "departures_prevented",
                6,
                "Six",
                s6,
                period=cumul(pub),
                attribution=A("MOI", "a-t-il ajouté", person="Mohamed Moufakir"),
                notes="'Six autres personnes': outside the tracked metrics",
            ),
        ],
        must_not_extract=[
            T("11 septembre 2001", "date of an attack abroad (in the title and the period), not a value"),
            T("loi 03-03", "law number"),
            T("complétée en 2015", "year of an amendment"),
            T("organisé au Parlement", "venue: the speaker is the interior ministry, not parliament"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[
            NP("US", "les attentats du 11 septembre 2001 aux États-Unis", "place of an attack"),
            NP("AF", "en Afghanistan", "conflict zone"),
            NP("PK", "au Pakistan", "conflict zone"),
            NP("IQ", "en Irak", "conflict zone"),
            NP("SY", "en Syrie", "conflict zone"),
        ],
        flags=[
            "clean",
            "dateline",
            "date_line_in_clean",
            "french",
            "dot_separator",
            "thousands_separator",
            "qualifier_more_than",
            "verb_without_noun",
            "metric_frame",
            "list_and_others",
            "named_person",
            "org_MOI",
            "place_of_attack_mention",
            "conflict_zone_mention",
            "partner_cue",
            "law_number_trap",
        ],
    )


@article
def f12():
    pub = "2019-04-25"
    heads, traps = sidebar_traps(
        [
            (
                "Botola : le Hassania d'Agadir domine l'Olympique de Khouribga (3-0)",
                "(3-0)",
                "football score",
            ),
            ("Ramadan 1440 : début prévu le 6 mai", "1440", "Hijri year"),
            (
                "Sri Lanka : le bilan des attentats s'élève à 253 morts",
                "253 morts",
                "casualties of attacks in another country",
            ),
            "Brexit : Theresa May de nouveau sous pression",
            ("Bourse : le MASI recule de 0,3%", "0,3%", "stock index"),
        ]
    )
    title = f"Retour des jihadistes : le Maroc {Q('de loin le plus avancé')}, selon une étude européenne"
    s1 = "Selon l’étude, plus d’un millier de Marocains ont rejoint les rangs de l’organisation État islamique au Proche-Orient."
    s2 = "Pas plus de 300 d’entre eux seraient revenus au pays, estiment les auteurs."
    s3 = (
        "Le rapport souligne que le Royaume n’a connu qu’un seul attentat terroriste depuis 2011, l’assassinat de "
        "deux touristes scandinaves près d’Imlil en décembre 2018."
    )
    paragraphs = [
        "Le centre de réflexion Egmont, basé à Bruxelles, et la fondation allemande Konrad-Adenauer ont publié "
        "mercredi une étude comparant la gestion des combattants de retour en Égypte, en Tunisie et au Maroc.",
        f"{s1} {s2}",
        s3,
        "La Tunisie, de son côté, aurait fourni entre 3 000 et 6 000 combattants, ce qui en fait l’un des "
        "premiers pays d’origine des jihadistes étrangers.",
        "Les auteurs saluent l’approche sécuritaire marocaine, mais estiment que les volets socio-économique et "
        "de gouvernance restent insuffisamment traités.",
        "À l’échelle mondiale, plus de 40 000 étrangers auraient rejoint Daech entre 2013 et 2019, selon les "
        "chiffres cités par l’étude.",
    ]
    return dict(
        key="f12",
        file="f12_hespressfr_etude_egmont.txt",
        format="aggregator",
        language="fr",
        text=aggregator(
            heads, title, "Hespress FR", pub, paragraphs, lang="fr", tags="Egmont étude revenants"
        ),
        metadata=meta(title, "Hespress FR", pub, alias="Hespress"),
        claims=[
            C(
                "fighters_joined",
                1000,
                "un millier",
                s1,
                qualifier="more_than",
                qualifier_text="plus d’",
                period=cumul(pub),
                attribution=A("analyst", "Selon l’étude"),
                notes="a think tank's study: analyst",
            ),
            C(
                "returnees",
                300,
                "300",
                s2,
                qualifier="at_most",
                qualifier_text="Pas plus de",
                period=cumul(pub),
                attribution=A("analyst", "estiment les auteurs"),
            ),
            C(
                "terrorist_attacks",
                1,
                "un seul",
                s3,
                period=since("2011", pub, "depuis 2011"),
                attribution=A("analyst", "Le rapport"),
            ),
        ],
        must_not_extract=traps
        + [
            T("entre 3 000 et 6 000 combattants", "another country's figure (Tunisia)"),
            T("plus de 40 000 étrangers", "world figure"),
            T("décembre 2018", "date of an attack"),
            T("deux touristes scandinaves", "victims of one attack, nationality"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("BE", "basé à Bruxelles", "seat of the think tank"),
            NP(
                "DE",
                "la fondation allemande Konrad-Adenauer",
                "a country (adjective) inside an organisation's name",
            ),
            NP("EG", "en Égypte", "compared country"),
            NP("TN", "La Tunisie", "compared country, its own figure"),
        ],
        flags=[
            "aggregator",
            "french",
            "org_analyst",
            "number_words",
            "qualifier_more_than",
            "qualifier_at_most",
            "other_country_figure",
            "world_figure",
            "country_in_org_name",
            "hijri_trap",
            "score_trap",
            "casualties_trap",
        ],
    )


@article
def f13():
    pub = "2023-11-08"
    title = "Budget de l’Intérieur : Laftit fait le point sur la menace terroriste"
    lead = (
        "Répondant mardi aux questions des députés de la commission de l’intérieur à la Chambre des "
        "représentants, le ministre de l’Intérieur, Abdelouafi Laftit, est revenu sur l’évolution de la menace "
        "terroriste."
    )
    s1 = (
        "Depuis 2002, plus de 215 cellules terroristes ont été démantelées, a-t-il indiqué, précisant que la "
        "plupart étaient liées à Daech."
    )
    s2 = "Au cours des trois dernières années, 38 cellules ont été neutralisées, a-t-il poursuivi."
    s3 = "Le ministre a également rappelé que 232 Marocains étaient toujours détenus en Syrie et 12 en Irak."
    body = [
        lead,
        f"{s1} {s2}",
        s3,
        "Sur les 4 100 postes budgétaires créés l’an prochain, une part importante ira aux services de sécurité, "
        "selon le projet de loi de finances 2024.",
        "Le ministre a par ailleurs annoncé la généralisation des cellules de prise en charge des femmes "
        "victimes de violence dans les 12 régions.",
        "Il a salué la coopération avec l’Espagne et le Portugal en vue de la sécurisation de la Coupe du monde "
        "2030.",
    ]
    text = f"""<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>{title}</title>
  <meta property="og:site_name" content="Médias24">
</head>
<body>
  <nav>Accueil | Politique | Économie | Sport</nav>
  <article>
    <h1>{title}</h1>
    <p class="byline">Par Rédaction Médias24 – Publié le 08/11/2023 à 18h30</p>
{ps(body, "    ")}
  </article>
  <aside><h3>À lire aussi</h3><p>Botola : l'AS FAR s'impose 3-0</p></aside>
  <footer>© Médias24</footer>
</body>
</html>
"""
    laftit = A("MOI", "a-t-il indiqué", person="Abdelouafi Laftit")
    return dict(
        key="f13",
        file="f13_medias24_laftit_deputes.html",
        format="html",
        language="fr",
        text=text,
        metadata=meta(title, "Médias24", pub, alias="Medias24"),
        claims=[
            C(
                "cells_dismantled",
                215,
                "215",
                s1,
                qualifier="more_than",
                qualifier_text="plus de",
                period=since("2002", pub, "Depuis 2002"),
                attribution=laftit,
                notes="a minister answering MPs: the source is the ministry, not parliament",
            ),
            C(
                "cells_dismantled",
                38,
                "38",
                s2,
                period=lastn(3, pub, "Au cours des trois dernières années"),
                attribution=A("MOI", "a-t-il poursuivi", person="Abdelouafi Laftit"),
            ),
            C(
                "fighters_detained_abroad",
                232,
                "232",
                s3,
                subset="syria",
                period=cumul(pub),
                attribution=A("MOI", "Le ministre", person="Abdelouafi Laftit"),
            ),
            C(
                "fighters_detained_abroad",
                12,
                "12",
                s3,
                subset="iraq",
                period=cumul(pub),
                attribution=A("MOI", "Le ministre", person="Abdelouafi Laftit"),
                notes="second list item: noun and verb shared",
            ),
        ],
        must_not_extract=[
            T("4 100 postes budgétaires", "budget posts"),
            T("loi de finances 2024", "law name with a year"),
            T(
                "cellules de prise en charge des femmes victimes de violence",
                "'cellule' that is not a terror cell",
            ),
            T("les 12 régions", "count of regions"),
            T("Coupe du monde 2030", "bare year"),
            T("3-0", "aside: football score"),
        ],
        countries_cited=["ES", "PT"],
        countries_not_partners=[
            NP("SY", "détenus en Syrie", "place of detention"),
            NP("IQ", "12 en Irak", "place of detention"),
        ],
        flags=[
            "html",
            "date_only_in_byline",
            "french",
            "minister_answering_mps",
            "org_MOI",
            "named_person",
            "qualifier_more_than",
            "period_last_n_years",
            "list",
            "as_of",
            "cell_not_terror",
            "attribution_pronoun",
        ],
    )


@article
def f14():
    pub = "2019-10-08"
    heads, traps = sidebar_traps(
        [
            ("Handball : le Maroc bat le Chili 28-25", "28-25", "handball score"),
            ("Safar 1441 : début du mois lundi", "1441", "Hijri year"),
            ("Présidentielle tunisienne : une participation de 45%", "45%", "turnout abroad"),
            "Tanger Med : nouveau record de conteneurs",
        ]
    )
    title = "Terrorisme : l'année 2019 déjà marquée par une série de coups de filet"
    s1 = (
        "Depuis le début de l’année, 14 cellules terroristes ont été démantelées à travers le Royaume, selon un "
        "décompte établi à partir des communiqués du ministère de l’Intérieur."
    )
    s2 = (
        "Les 61 personnes interpellées dans ce cadre ont toutes été présentées au parquet ; 5 d’entre elles "
        "avaient déjà purgé des peines pour terrorisme et 3 autres étaient revenues de la zone syro-irakienne."
    )
    s3 = (
        "La dernière opération, la quatorzième de l’année, a visé mardi une cellule de cinq membres à Berkane "
        "et Nador."
    )
    paragraphs = [
        "Les services de sécurité marocains n’ont pas chômé cette année.",
        f"{s1} {s2}",
        s3,
        "Les suspects, âgés de 27 à 41 ans, menaient des expériences de fabrication d’explosifs dans une zone "
        "montagneuse de la province de Driouch.",
        "Selon le communiqué, ils projetaient de rejoindre les camps d’une branche de Daech au Sahel.",
    ]
    moi = A("MOI", "selon un décompte établi à partir des communiqués du ministère de l’Intérieur")
    y = ytd(pub, "Depuis le début de l’année")
    y_inh = ytd(pub, None)
    return dict(
        key="f14",
        file="f14_lesiteinfo_2019_depuis_janvier.txt",
        format="aggregator",
        language="fr",
        text=aggregator(heads, title, "Le Site info", pub, paragraphs, lang="fr"),
        metadata=meta(title, "Le Site info", pub),
        claims=[
            C(
                "cells_dismantled",
                14,
                "14",
                s1,
                period=y,
                attribution=moi,
                notes="the outlet's count of the ministry's statements",
            ),
            C("persons_arrested", 61, "61", s2, period=y_inh, attribution=moi),
            C(
                "persons_arrested",
                5,
                "5",
                s2,
                subset="former_detainees",
                period=y_inh,
                attribution=moi,
                notes="'5 d’entre elles'",
            ),
            C(
                "returnees_arrested",
                3,
                "3",
                s2,
                period=y_inh,
                attribution=moi,
                notes="'3 autres étaient revenues': arrested returnees",
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                5,
                "cinq",
                s3,
                period=P("event"),
                attribution=moi,
                notes="one operation; 'la quatorzième' is an ordinal",
            ),
        ],
        must_not_extract=traps
        + [
            T("la quatorzième de l’année", "ordinal"),
            T("âgés de 27 à 41 ans", "ages"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "french",
            "year_to_date",
            "list_and_others",
            "subset_former_detainees",
            "org_MOI",
            "ordinal_trap",
            "age_trap",
            "hijri_trap",
            "score_trap",
        ],
    )


@article
def f15():
    pub = "2020-01-06"
    heads, traps = sidebar_traps(
        [
            ("Coupe du Trône : le TAS élimine le Raja (1-0)", "(1-0)", "football score"),
            ("Tensions Iran-USA : le baril bondit de 3,5%", "3,5%", "oil price"),
            ("Joumada I 1441 : le calendrier des prières", "1441", "Hijri year"),
            "Rentrée parlementaire : les dossiers chauds",
        ]
    )
    title = "Bilan 2019 : douze cellules terroristes démantelées"
    s1 = (
        "Au cours de l’année écoulée, les services de sécurité ont démantelé 12 cellules terroristes, d’après "
        "des sources sécuritaires."
    )
    s2 = (
        "Une soixantaine de personnes ont été interpellées durant la même période, la plupart pour leurs liens "
        "avec des cellules dormantes de Daech."
    )
    s3 = (
        "L’opération la plus marquante reste celle de Tanger, en septembre, où une cellule de quatre membres "
        "préparait des attentats contre des sites sensibles."
    )
    paragraphs = [
        f"{s1} {s2}",
        s3,
        "Le démantèlement des cellules s’est accompagné de saisies d’armes blanches, de produits chimiques et "
        "de bonbonnes de gaz.",
        "Les spécialistes notent que le nombre de cellules démantelées reste nettement inférieur aux pics de "
        "2015 et 2016, marqués par l’afflux de combattants vers la Syrie.",
        "Le Maroc figure par ailleurs au 96e rang du classement mondial du terrorisme, publié en novembre.",
    ]
    src = A("official_unspecified", "d’après des sources sécuritaires")
    return dict(
        key="f15",
        file="f15_lesiteinfo_bilan_2019.txt",
        format="aggregator",
        language="fr",
        text=aggregator(heads, title, "Le Site info", pub, paragraphs, lang="fr"),
        metadata=meta(title, "Le Site info", pub),
        claims=[
            C(
                "cells_dismantled",
                12,
                "12",
                s1,
                period=year("2019", "Au cours de l’année écoulée"),
                attribution=src,
                notes="same outlet said 14 'depuis le début de l’année' in October 2019 (partial_exceeds_whole)",
            ),
            C(
                "persons_arrested",
                60,
                "Une soixantaine",
                s2,
                qualifier="about",
                qualifier_text="Une soixantaine",
                period=year("2019", "durant la même période"),
                attribution=src,
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                4,
                "quatre",
                s3,
                period=P("event", "2019-09", "2019-09", "en septembre"),
                attribution=A("unspecified"),
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title figure (in words) repeated by the body in digits"),
            T("pics de 2015 et 2016", "bare years"),
            T("96e rang", "ordinal (ranking)"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "french",
            "relative_period",
            "inherited_period",
            "number_words",
            "qualifier_about",
            "org_official_unspecified",
            "partial_exceeds_whole",
            "title_figure_trap",
            "ordinal_trap",
            "hijri_trap",
            "score_trap",
        ],
    )


@article
def f16():
    pub = "2018-10-04"
    title = f"Khiame : {Q('183 structures terroristes démantelées depuis 2002')}"
    s1 = (
        "Depuis 2002, les services de sécurité ont mis hors d’état de nuire 183 structures terroristes qui "
        "projetaient de commettre des attentats dans le Royaume, a-t-il affirmé."
    )
    s2 = "Au total, 361 tentatives terroristes ont été avortées au cours de la même période."
    s3 = (
        "Les interventions ont par ailleurs conduit à l’arrestation de plus de 3 129 personnes, dont 292 avaient "
        "des antécédents judiciaires."
    )
    s4 = (
        "Pour sa part, la Brigade de lutte contre le terrorisme du BCIJ a démantelé 57 cellules depuis 2015 et "
        "arrêté 902 personnes."
    )
    s5 = "Pour les seules années 2016 et 2017, la brigade a démantelé 28 cellules, a rappelé Abdelhak Khiame."
    blocks = [
        "Le directeur du Bureau central d’investigations judiciaires, Abdelhak Khiame, a livré jeudi de nouveaux "
        "chiffres sur la lutte antiterroriste.",
        s1,
        f"{s2} {s3}",
        f"{s4} {s5}",
        "Le BCIJ a également arrêté 167 personnes depuis 2015 dans des affaires de crime organisé, hors "
        "terrorisme.",
        "Parmi les étrangers arrêtés figurent des ressortissants syriens, afghans et tchadiens.",
    ]
    text = wordpress(
        "L'Economiste",
        "AccueilSociétéSécurité",
        title,
        "4 octobre 2018 · Par Nadia B. · Édition N° 5373",
        blocks,
        ["Sécurité routière : 3 400 morts en 2017", f"Khiame : {Q('Le Polisario, un vivier pour AQMI')}"],
        lang="fr",
        footer="L'Economiste © 2018",
    )
    khiame = A("BCIJ", "a-t-il affirmé", person="Abdelhak Khiame")
    s2002 = since("2002", pub, None)
    return dict(
        key="f16",
        file="f16_leconomiste_structures_tentatives.txt",
        format="wordpress",
        language="fr",
        text=text,
        metadata=meta(title, "L'Economiste", pub, alias="L'Economiste"),
        claims=[
            C(
                "cells_dismantled",
                183,
                "183",
                s1,
                period=since("2002", pub, "Depuis 2002"),
                attribution=khiame,
                notes="'structures' for cells; the speaker is named in the previous block",
            ),
            C(
                "plots_foiled",
                361,
                "361",
                s2,
                period=since("2002", pub, "au cours de la même période"),
                attribution=khiame,
                notes="'tentatives terroristes avortées'",
            ),
            C(
                "persons_arrested",
                3129,
                "3 129",
                s3,
                qualifier="more_than",
                qualifier_text="plus de",
                period=s2002,
                attribution=khiame,
            ),
            C(
                "persons_arrested",
                292,
                "292",
                s3,
                subset="with_criminal_record",
                period=s2002,
                attribution=khiame,
            ),
            C("cells_dismantled", 57, "57", s4, period=since("2015", pub, "depuis 2015"), attribution=khiame),
            C(
                "persons_arrested",
                902,
                "902",
                s4,
                period=since("2015", pub, "depuis 2015"),
                attribution=khiame,
            ),
            C(
                "cells_dismantled",
                28,
                "28",
                s5,
                period=P("range", "2016", "2017", "les seules années 2016 et 2017"),
                attribution=A("BCIJ", "a rappelé Abdelhak Khiame", person="Abdelhak Khiame"),
                notes="paired years: one figure for the two years together",
            ),
        ],
        must_not_extract=[
            T(title, "title figure repeated by the body"),
            T("167 personnes", "organised crime, not terrorism"),
            T("Édition N° 5373", "issue number"),
            T("3 400 morts en 2017", "related articles: road deaths"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("SY", "ressortissants syriens", "nationality of people arrested"),
            NP("AF", "afghans", "nationality of people arrested"),
            NP("TD", "tchadiens", "nationality of people arrested"),
        ],
        flags=[
            "wordpress",
            "wordpress_date_line",
            "french",
            "metric_frame",
            "inherited_period",
            "qualifier_more_than",
            "thousands_separator",
            "subset_with_criminal_record",
            "speaker_previous_sentence",
            "paired_years",
            "org_BCIJ",
            "nationality_mention",
            "title_figure_trap",
            "related_articles_trap",
        ],
    )


@article
def f17():
    pub = "2025-02-25"
    title = f"{Q('Lions du califat')} : le BCIJ expose les ramifications sahéliennes de la cellule"
    s1 = (
        f"Les douze suspects, âgés de 18 à 40 ans, recevaient leurs instructions d’un cadre de l’{Q('État islamique au Sahel')}, "
        "le Libyen Abderrahmane Sahraoui, a-t-il expliqué."
    )
    s2 = (
        "Depuis 2016, plus de 600 personnes radicalisées sur les réseaux sociaux ont été interpellées, a ajouté "
        "le responsable, qui voit dans Internet le premier vecteur de recrutement."
    )
    s3 = "Au total, le BCIJ a démantelé plus de 40 cellules liées au Sahel depuis 2015, selon Cherkaoui Habboub."
    body = [
        "Le directeur du Bureau central d’investigations judiciaires, Cherkaoui Habboub, a détaillé lundi à Salé "
        "les résultats de l’enquête sur la cellule démantelée la semaine dernière dans neuf villes du Royaume.",
        s1,
        f"{s2} {s3}",
        "Une cellule de crise réunissant la DGST, la DGSN et la Gendarmerie royale a été activée pendant les 48 "
        "heures de l’opération.",
        "Selon les enquêteurs, les armes saisies auraient transité par le Mali et le Niger.",
        "La DGST avait annoncé le démantèlement de la cellule en soulignant qu’il s’agissait de l’une des plus "
        "dangereuses depuis vingt ans.",
        "Un scénario digne des romans d’espionnage, résume un enquêteur.",
    ]
    text = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{title} – TelQuel</title>
<meta property="og:site_name" content="TelQuel">
<meta property="article:published_time" content="{pub}T17:05:00+01:00">
<meta property="article:section" content="Politique">
</head>
<body>
<header><div class="logo">TelQuel</div><div class="flash">Flash : le dirham se déprécie de 0,2% face à l’euro</div></header>
<article>
<h1>{title}</h1>
<div class="signature">Par Rédaction</div>
{ps(body, "")}
</article>
<footer>TelQuel Média © 2025</footer>
</body>
</html>
"""
    habboub = A("BCIJ", "a-t-il expliqué", person="Cherkaoui Habboub")
    return dict(
        key="f17",
        file="f17_telquel_lions_califat.html",
        format="html",
        language="fr",
        text=text,
        metadata=meta(title, "TelQuel", pub),
        claims=[
            C(
                "persons_arrested",
                12,
                "douze",
                s1,
                period=P("event"),
                attribution=habboub,
                notes="one operation; the speaker is named in the previous sentence",
            ),
            C(
                "persons_arrested",
                600,
                "600",
                s2,
                subset="online_activity",
                qualifier="more_than",
                qualifier_text="plus de",
                period=since("2016", pub, "Depuis 2016"),
                attribution=A("BCIJ", "a ajouté le responsable", person="Cherkaoui Habboub"),
            ),
            C(
                "cells_dismantled",
                40,
                "40",
                s3,
                subset="sahel_linked",
                qualifier="more_than",
                qualifier_text="plus de",
                period=since("2015", pub, "depuis 2015"),
                attribution=A("BCIJ", "selon Cherkaoui Habboub", person="Cherkaoui Habboub"),
            ),
        ],
        must_not_extract=[
            T("âgés de 18 à 40 ans", "ages"),
            T("neuf villes", "count of cities"),
            T("Une cellule de crise", "'cellule' that is not a terror cell"),
            T("48 heures", "duration"),
            T("vingt ans", "duration"),
            T("0,2%", "header flash: currency"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("LY", "le Libyen Abderrahmane Sahraoui", "nationality"),
            NP("OM", "romans", "substring of another word ('romans' contains 'Oman')"),
            NP("ML", "le Mali et le Niger", "transit country"),
            NP("NE", "le Mali et le Niger", "transit country"),
        ],
        flags=[
            "html",
            "date_only_in_meta_published_time",
            "french",
            "number_words",
            "period_event",
            "subset_online_activity",
            "subset_sahel_linked",
            "qualifier_more_than",
            "speaker_previous_sentence",
            "named_person",
            "org_BCIJ",
            "cell_not_terror",
            "nationality_mention",
            "substring_trap",
            "age_trap",
            "duration_trap",
        ],
    )


@article
def f18():
    pub = "2023-05-16"
    title = "Maroc : vingt ans après le 16 mai, la doctrine du coup d’avance"
    s0 = "Le 16 mai 2003, douze kamikazes frappaient cinq cibles à Casablanca, tuant 33 personnes."
    s1 = (
        "Vingt ans plus tard, le royaume se targue d’avoir démantelé plus de 210 cellules depuis 2002, selon "
        "les chiffres de la DGST."
    )
    s2 = (
        "Au cours des cinq dernières années, une cinquantaine de cellules ont été neutralisées, estime un ancien "
        "responsable du renseignement, qui a requis l’anonymat."
    )
    paragraphs = [
        s0,
        s1,
        s2,
        "Le royaume a aussi appris à coopérer : c’est grâce aux informations fournies par la DGST que la police "
        "française a localisé, en novembre 2015, Abdelhamid Abaaoud, le Belgo-Marocain considéré comme le "
        "coordinateur des attentats de Paris.",
        "Depuis, la liste des partenaires s’est allongée, de l’Espagne aux Pays-Bas en passant par l’Allemagne.",
        "Les attentats de Bruxelles, en 2016, avaient pourtant rappelé que des binationaux formés en Europe "
        "pouvaient échapper à toute surveillance.",
        "Le dernier attentat meurtrier remonte à décembre 2018, avec l’assassinat de deux randonneuses "
        "scandinaves près d’Imlil.",
    ]
    return dict(
        key="f18",
        file="f18_jeuneafrique_vingt_ans.txt",
        format="clean",
        language="fr",
        text=clean(
            title,
            ["Par Jeune Afrique", "Publié le 16 mai 2023 à 08:30, mis à jour le 17 mai 2023 à 10:05"],
            "",
            paragraphs,
        ),
        metadata=meta(title, "Jeune Afrique", pub),
        claims=[
            C(
                "cells_dismantled",
                210,
                "210",
                s1,
                qualifier="more_than",
                qualifier_text="plus de",
                period=since("2002", pub, "depuis 2002"),
                attribution=A("DGST", "selon les chiffres de la DGST"),
            ),
            C(
                "cells_dismantled",
                50,
                "une cinquantaine",
                s2,
                qualifier="about",
                qualifier_text="une cinquantaine",
                period=lastn(5, pub, "Au cours des cinq dernières années"),
                attribution=A("official_unspecified", "estime un ancien responsable du renseignement"),
                notes="an unnamed former official",
            ),
        ],
        optional_claims=[
            C(
                "attack_deaths",
                33,
                "33",
                s0,
                period=P("event", "2003-05-16", "2003-05-16", "Le 16 mai 2003"),
                attribution=A("unspecified"),
                notes="victims of one attack",
            ),
        ],
        must_not_extract=[
            T("douze kamikazes", "attackers of one attack"),
            T("cinq cibles", "targets of one attack"),
            T("Vingt ans plus tard", "duration"),
            T("mis à jour le 17 mai 2023", "update date, not the publication date"),
            T("deux randonneuses", "victims of one attack"),
            T("novembre 2015", "date"),
        ],
        countries_cited=["FR", "ES", "NL", "DE"],
        countries_not_partners=[
            NP("BE", "le Belgo-Marocain", "nationality"),
            NP("BE", "Les attentats de Bruxelles", "place of an attack"),
        ],
        flags=[
            "clean",
            "no_dateline",
            "date_line_in_clean",
            "updated_date_trap",
            "french",
            "foreign_outlet",
            "qualifier_more_than",
            "qualifier_about",
            "number_words",
            "period_last_n_years",
            "org_DGST",
            "org_official_unspecified",
            "partner_cue",
            "place_of_attack_mention",
            "nationality_mention",
        ],
    )


@article
def f19():
    pub = "2018-01-05"
    title = "Maroc : 28 cellules jihadistes démantelées en deux ans"
    s1 = (
        "Les autorités marocaines ont démantelé 28 cellules jihadistes en 2016 et 2017, a annoncé vendredi le "
        f"Bureau central d’investigations judiciaires, qui fait état d’une {Q('menace persistante')}."
    )
    s2 = "Près de 450 personnes ont été arrêtées au cours de ces deux années."
    s3 = (
        "Le royaume a été la cible de plusieurs attentats, dont ceux de Casablanca en 2003 (33 morts) et de "
        "Marrakech en 2011 (17 morts)."
    )
    s4 = (
        "Jusqu’à fin décembre 2017, quelque 1 600 Marocains avaient rejoint les rangs de groupes jihadistes en "
        "Syrie et en Irak, selon des chiffres officiels."
    )
    paragraphs = [
        f"{s1} {s2}",
        "La majorité de ces cellules étaient liées au groupe État islamique (EI), selon la même source.",
        s3,
        s4,
        "Le Maroc, allié de l’Occident dans la lutte antiterroriste, coopère étroitement avec la France et "
        "l’Espagne en matière de renseignement.",
        "Le pays reste toutefois épargné par les attaques d’envergure qui ont frappé la Tunisie voisine en 2015.",
    ]
    rng = P("range", "2016", "2017", "en 2016 et 2017")
    bcij = A("BCIJ", "a annoncé vendredi le Bureau central d’investigations judiciaires")
    return dict(
        key="f19",
        file="f19_france24_2016_et_2017.txt",
        format="clean",
        language="fr",
        text=clean(title, ["France 24", "Publié le : 05/01/2018 - 14:22"], "Rabat (AFP) – ", paragraphs),
        metadata=meta(title, "France 24", pub, city="Rabat"),
        claims=[
            C(
                "cells_dismantled",
                28,
                "28",
                s1,
                period=rng,
                attribution=bcij,
                notes="paired years: one figure for the two years together",
            ),
            C(
                "persons_arrested",
                450,
                "450",
                s2,
                qualifier="about",
                qualifier_text="Près de",
                period=P("range", "2016", "2017", "au cours de ces deux années"),
                attribution=bcij,
            ),
            C(
                "fighters_joined",
                1600,
                "1 600",
                s4,
                qualifier="about",
                qualifier_text="quelque",
                period=P("cumulative_unspecified", None, "2017-12", "Jusqu’à fin décembre 2017"),
                as_of="2017-12",
                attribution=A("official_unspecified", "selon des chiffres officiels"),
                notes="cumulative up to the end of December 2017, not that month",
                subset="syria_iraq_linked",
            ),
        ],
        optional_claims=[
            C(
                "attack_deaths",
                33,
                "33",
                s3,
                period=P("event", "2003", "2003", "en 2003"),
                attribution=A("unspecified"),
            ),
            C(
                "attack_deaths",
                17,
                "17",
                s3,
                period=P("event", "2011", "2011", "en 2011"),
                attribution=A("unspecified"),
            ),
        ],
        must_not_extract=[
            T(title, "title figure repeated by the body"),
            T("en deux ans", "duration"),
            T("en 2015", "year of attacks abroad"),
        ],
        countries_cited=["FR", "ES"],
        countries_not_partners=[
            NP("TN", "la Tunisie voisine", "place of attacks"),
            NP("SY", "en Syrie et en Irak", "conflict zone"),
            NP("IQ", "en Syrie et en Irak", "conflict zone"),
        ],
        flags=[
            "clean",
            "wire_dateline",
            "date_line_in_clean",
            "french",
            "foreign_outlet",
            "paired_years",
            "until_end_of_month",
            "as_of",
            "qualifier_about",
            "inherited_period",
            "org_BCIJ",
            "org_official_unspecified",
            "partner_cue",
            "place_of_attack_mention",
            "title_figure_trap",
        ],
    )


@article
def f20():
    pub = "2019-03-11"
    title = "Le Maroc rapatrie huit jihadistes présumés de Syrie"
    s1 = (
        "Le Maroc a rapatrié dimanche huit de ses ressortissants qui se trouvaient dans les zones de conflit en "
        "Syrie, a annoncé le ministère de l’Intérieur dans un communiqué."
    )
    s2 = (
        "Environ 280 Marocaines et près de 400 mineurs seraient encore retenus dans des camps en Syrie et en "
        "Irak, selon des estimations officielles."
    )
    s3 = (
        "Depuis 2012, plus de 1 600 Marocains sont partis rejoindre les groupes jihadistes dans la région, selon "
        "les mêmes sources."
    )
    paragraphs = [
        s1,
        "Ils font l’objet d’une enquête judiciaire pour leur implication présumée dans des actes terroristes, "
        "précise le texte.",
        f"L’opération, qualifiée d’{Q('humanitaire')} par Rabat, a été menée sans coordination avec les Forces "
        "démocratiques syriennes, qui contrôlent les camps du nord-est du pays, ont indiqué des sources "
        "officielles.",
        s2,
        s3,
        "Washington, qui presse ses alliés de reprendre leurs ressortissants, a salué la décision marocaine.",
    ]
    official = A("official_unspecified", "selon des estimations officielles")
    return dict(
        key="f20",
        file="f20_rfi_rapatriement_huit.txt",
        format="clean",
        language="fr",
        text=clean(
            title, ["RFI", "Publié le : 11/03/2019 - 08:12 Modifié le : 11/03/2019 - 09:40"], "", paragraphs
        ),
        metadata=meta(title, "RFI", pub),
        claims=[
            C(
                "returnees",
                8,
                "huit",
                s1,
                period=P("event", "2019-03-10", "2019-03-10", "dimanche"),
                attribution=A("MOI", "a annoncé le ministère de l’Intérieur dans un communiqué"),
                notes="one repatriation; number in words",
            ),
            C(
                "fighters_detained_abroad",
                280,
                "280",
                s2,
                subset="women",
                qualifier="about",
                qualifier_text="Environ",
                period=cumul(pub),
                attribution=official,
                notes="'retenus dans des camps'",
            ),
            C(
                "fighters_detained_abroad",
                400,
                "400",
                s2,
                subset="minors",
                qualifier="about",
                qualifier_text="près de",
                period=cumul(pub),
                attribution=official,
                notes="each list item has its own qualifier",
            ),
            C(
                "fighters_joined",
                1600,
                "1 600",
                s3,
                qualifier="more_than",
                qualifier_text="plus de",
                period=since("2012", pub, "Depuis 2012"),
                attribution=A("official_unspecified", "selon les mêmes sources"),
            ),
        ],
        must_not_extract=[
            T(title, "title figure repeated by the body"),
            T("Modifié le : 11/03/2019 - 09:40", "update time"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("SY", "Forces démocratiques syriennes", "a country (adjective) inside an organisation's name"),
            NP("US", "Washington", "welcomed the decision; no cooperation stated"),
            NP("IQ", "en Syrie et en Irak", "place of detention"),
        ],
        flags=[
            "clean",
            "no_dateline",
            "date_line_in_clean",
            "french",
            "foreign_outlet",
            "number_words",
            "period_event",
            "metric_frame",
            "qualifier_about",
            "qualifier_more_than",
            "as_of",
            "subset_women",
            "subset_minors",
            "org_MOI",
            "org_official_unspecified",
            "country_in_org_name",
            "title_figure_trap",
        ],
    )


@article
def f21():
    pub = "2024-05-21"
    title = "Au Maroc, la lutte antiterroriste à l’épreuve de la menace sahélienne"
    s1 = (
        "En novembre 2020, la DGST faisait état de 207 cellules démantelées depuis 2002 ; le chiffre dépasse "
        "aujourd’hui 220, selon une source sécuritaire."
    )
    s2 = (
        "Le Bureau central d’investigations judiciaires, créé en 2015, revendique à lui seul 92 cellules, a "
        "précisé cette source."
    )
    s3 = (
        "Quelque 1 700 Marocains avaient rejoint les rangs de l’État islamique et d’autres groupes au plus fort "
        "du conflit syrien, selon les estimations de ce chercheur."
    )
    s4 = "Depuis l’attentat d’Imlil, en décembre 2018, le royaume n’a connu aucun attentat sur son sol."
    body = [
        "Le royaume aime afficher ses résultats.",
        s1,
        s2,
        "Les menaces ont changé de visage : aux filières syro-irakiennes ont succédé des recruteurs opérant "
        "depuis le Mali, le Burkina Faso ou le Niger.",
        f"{Q('La moitié des suspects arrêtés ces deux dernières années avaient moins de 25 ans')}, observe un "
        "chercheur rabati, Youssef Belkadi, spécialiste des mouvements jihadistes.",
        s3,
        s4,
        "La France, qui a rétabli une coopération pleine avec Rabat après la brouille de 2021, compte sur les "
        "services marocains à l’approche des Jeux olympiques de Paris.",
    ]
    text = f"""<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>{title}</title>
  <meta property="og:site_name" content="Le Monde.fr">
</head>
<body>
  <header>Le Monde Afrique · Maghreb</header>
  <article>
    <h1>{title}</h1>
    <p class="meta__publisher">Par Alexandre Aublanc (Casablanca, correspondance)</p>
    <p class="meta__date">Publié le 21 mai 2024 à 06h00, modifié le 21 mai 2024 à 09h12</p>
    <p class="reading-time">Temps de lecture : 4 min.</p>
{ps(body, "    ")}
  </article>
  <section class="services">Offrir Le Monde · Abonnement : 1 € le premier mois</section>
</body>
</html>
"""
    return dict(
        key="f21",
        file="f21_lemonde_as_of_207.html",
        format="html",
        language="fr",
        text=text,
        metadata=meta(title, "Le Monde", pub),
        claims=[
            C(
                "cells_dismantled",
                207,
                "207",
                s1,
                period=since("2002", "2020-11", "depuis 2002"),
                as_of="2020-11",
                attribution=A("DGST", "la DGST faisait état"),
                notes="a figure the text dates itself (November 2020): compare it at that date",
            ),
            C(
                "cells_dismantled",
                220,
                "220",
                s1,
                qualifier="more_than",
                qualifier_text="dépasse",
                period=since("2002", pub, None),
                attribution=A("official_unspecified", "selon une source sécuritaire"),
                notes="the current figure, same series; period from the first clause",
            ),
            C(
                "cells_dismantled",
                92,
                "92",
                s2,
                period=since("2015", pub, "créé en 2015"),
                attribution=A("official_unspecified", "a précisé cette source"),
                notes="the BCIJ's own total since its creation",
            ),
            C(
                "fighters_joined",
                1700,
                "1 700",
                s3,
                qualifier="about",
                qualifier_text="Quelque",
                period=cumul(pub),
                attribution=A("analyst", "selon les estimations de ce chercheur", person="Youssef Belkadi"),
                notes="the researcher is named in the previous paragraph (invented)",
            ),
            C(
                "terrorist_attacks",
                0,
                "aucun",
                s4,
                period=since("2018-12", pub, "Depuis l’attentat d’Imlil, en décembre 2018"),
                attribution=A("unspecified"),
                notes="zero written as 'aucun'; the author's own assertion; the period starts after that attack",
            ),
        ],
        must_not_extract=[
            T("moins de 25 ans", "age"),
            T("ces deux dernières années", "period of an age statistic"),
            T("modifié le 21 mai 2024 à 09h12", "update time"),
            T("Temps de lecture : 4 min.", "reading time"),
            T("1 € le premier mois", "subscription price"),
            T("la brouille de 2021", "bare year"),
        ],
        countries_cited=["FR"],
        countries_not_partners=[
            NP("ML", "le Mali, le Burkina Faso ou le Niger", "conflict zone"),
            NP("BF", "le Mali, le Burkina Faso ou le Niger", "conflict zone"),
            NP("NE", "le Mali, le Burkina Faso ou le Niger", "conflict zone"),
        ],
        flags=[
            "html",
            "date_only_in_byline",
            "updated_date_trap",
            "french",
            "foreign_outlet",
            "as_of",
            "qualifier_more_than",
            "qualifier_about",
            "org_DGST",
            "org_analyst",
            "org_unspecified",
            "zero_as_word",
            "speaker_previous_sentence",
            "partner_cue",
            "conflict_zone_mention",
            "age_trap",
        ],
    )


@article
def f22():
    pub = "2017-11-09"
    heads, traps = sidebar_traps(
        [
            (
                "Éliminatoires du Mondial : le Maroc s'impose en Côte d'Ivoire (2-0)",
                "(2-0)",
                "football score",
            ),
            ("Rabii Al Awal 1439 : le Mawlid célébré le 1er décembre", "1439", "Hijri year"),
            "Crise du Golfe : Rabat appelle au dialogue",
            ("Pluviométrie : un déficit de 46% par rapport à une année normale", "46%", "rainfall"),
            (
                "Paradise Papers : 13,4 millions de documents analysés",
                "13,4 millions de documents",
                "leak size",
            ),
        ]
    )
    title = "Laftit devant les députés : 864 Marocains combattent toujours aux côtés de Daech"
    s1 = "Les services de sécurité ont démantelé 16 cellules terroristes l’an dernier, a indiqué le ministre en réponse aux députés."
    s2 = (
        "Selon Abdelouafi Laftit, 864 Marocains combattent toujours dans les rangs de Daech, entre la Syrie, "
        "l’Irak et la région du Sahel."
    )
    s3 = "Sur le front, 498 ont trouvé la mort en Syrie et 69 en Irak, a-t-il ajouté."
    s4 = "Le ministre a également révélé que 284 femmes et 333 enfants avaient été enrôlés par les groupes terroristes."
    paragraphs = [
        "Intervenant mercredi devant la commission de l’intérieur de la Chambre des représentants, à l’occasion "
        "de l’examen du budget de son département, le ministre de l’Intérieur, Abdelouafi Laftit, a livré des "
        "chiffres inédits sur la menace terroriste.",
        s1,
        f"{s2} {s3}",
        s4,
        "Le dernier attentat perpétré sur le sol marocain remonte à l’explosion du café Argana, à Marrakech, en "
        "avril 2011.",
        "Les députés ont par ailleurs interpellé le ministre sur la situation des familles bloquées à la "
        "frontière syro-turque.",
    ]
    laftit = A("MOI", "a indiqué le ministre en réponse aux députés", person="Abdelouafi Laftit")
    selon = A("MOI", "Selon Abdelouafi Laftit", person="Abdelouafi Laftit")
    return dict(
        key="f22",
        file="f22_lematin_laftit_16_cellules.txt",
        format="aggregator",
        language="fr",
        text=aggregator(heads, title, "Le Matin", pub, paragraphs, lang="fr", tags="Laftit Parlement Daech"),
        metadata=meta(title, "Le Matin", pub),
        claims=[
            C(
                "cells_dismantled",
                16,
                "16",
                s1,
                period=year("2016", "l’an dernier"),
                attribution=laftit,
                notes="the interior ministry's count for 2016; the BCIJ printed 19 (same_period_disagreement)",
            ),
            C(
                "fighters_in_zone",
                864,
                "864",
                s2,
                period=cumul(pub),
                attribution=selon,
                notes="fighters still in the zone (new slug)",
            ),
            C(
                "fighters_killed",
                498,
                "498",
                s3,
                subset="syria",
                period=cumul(pub),
                attribution=A("MOI", "a-t-il ajouté", person="Abdelouafi Laftit"),
                notes="'ont trouvé la mort': no counted noun",
            ),
            C(
                "fighters_killed",
                69,
                "69",
                s3,
                subset="iraq",
                period=cumul(pub),
                attribution=A("MOI", "a-t-il ajouté", person="Abdelouafi Laftit"),
            ),
            C(
                "fighters_joined",
                284,
                "284",
                s4,
                subset="women",
                period=cumul(pub),
                attribution=A("MOI", "Le ministre", person="Abdelouafi Laftit"),
            ),
            C(
                "fighters_joined",
                333,
                "333",
                s4,
                subset="minors",
                period=cumul(pub),
                attribution=A("MOI", "Le ministre", person="Abdelouafi Laftit"),
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title figure repeated by the body"),
            T("avril 2011", "date of an attack"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("SY", "entre la Syrie, l’Irak et la région du Sahel", "conflict zone"),
            NP("IQ", "entre la Syrie, l’Irak et la région du Sahel", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "french",
            "minister_answering_mps",
            "org_MOI",
            "named_person",
            "relative_period",
            "verb_without_noun",
            "list",
            "new_metric_slug",
            "subset_women",
            "subset_minors",
            "same_period_disagreement",
            "title_figure_trap",
            "hijri_trap",
            "score_trap",
        ],
    )


@article
def f23():
    pub = "2024-12-30"
    heads, traps = sidebar_traps(
        [
            ("CAN 2025 : le tirage au sort fixé au 27 janvier", "27 janvier", "date"),
            ("Inflation : 0,9% en novembre", "0,9%", "inflation"),
            ("Joumada II 1446 : début du mois mercredi", "1446", "Hijri year"),
            "Nouvel an : renforts sécuritaires dans les grandes villes",
            ("Séisme d'Al Haouz : 55 000 logements reconstruits", "55 000 logements", "reconstruction"),
        ]
    )
    title = "Bilan 2024 de la DGSN : la prise en charge des femmes victimes de violence renforcée"
    s1 = (
        "Sur le volet antiterroriste, les services de la Sûreté nationale, dont la brigade spécialisée existe "
        "depuis 2003, ont contribué, en appui à la DGST, à l’interpellation de 51 personnes soupçonnées de liens "
        "avec des organisations terroristes au cours de l’année, rappelle le document."
    )
    paragraphs = [
        "La Direction générale de la sûreté nationale (DGSN) a rendu public lundi son bilan annuel, qui met "
        "l’accent sur la prise en charge des victimes et la lutte contre la criminalité.",
        "Les 440 cellules de prise en charge des femmes victimes de violence, réparties sur l’ensemble des "
        "services de police, ont traité plus de 24 000 plaintes au cours de l’année, selon le document.",
        "Une cellule centrale, créée en 2019, coordonne leur action et forme les agents à l’accueil des "
        "victimes.",
        s1,
        "Le bilan fait aussi état de 98 000 personnes interpellées pour trafic de drogue et de 1 250 tonnes de "
        "cannabis saisies.",
        "La DGSN met enfin en avant sa coopération avec Interpol et ses homologues européens, notamment "
        "allemands et espagnols, dans les enquêtes transfrontalières.",
    ]
    return dict(
        key="f23",
        file="f23_lematin_dgsn_cellules_femmes.txt",
        format="aggregator",
        language="fr",
        text=aggregator(
            heads, title, "Le Matin", pub, paragraphs, lang="fr", tags="DGSN bilan violences femmes"
        ),
        metadata=meta(title, "Le Matin", pub),
        claims=[
            C(
                "persons_arrested",
                51,
                "51",
                s1,
                period=year("2024", "au cours de l’année"),
                attribution=A("DGSN", "rappelle le document"),
                notes="the DGSN's annual report; 'the year' resolved from the byline; 'depuis 2003' belongs to "
                "the relative clause",
            ),
        ],
        must_not_extract=traps
        + [
            T(
                "440 cellules de prise en charge des femmes victimes de violence",
                "'cellule' that is not a terror cell",
            ),
            T("plus de 24 000 plaintes", "complaints of violence against women"),
            T("Une cellule centrale", "'cellule' that is not a terror cell"),
            T(
                "98 000 personnes interpellées pour trafic de drogue",
                "arrests for drug trafficking, not terrorism",
            ),
            T("1 250 tonnes", "seizures"),
            T("Bilan 2024", "bare year in the title"),
            T("existe depuis 2003", "period of another clause"),
        ],
        countries_cited=["DE", "ES"],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "french",
            "cell_not_terror",
            "relative_period",
            "other_clause_period",
            "org_DGSN",
            "attribution_after",
            "partner_adjective",
            "metric_trap",
            "hijri_trap",
        ],
    )


@article
def f24():
    pub = "2023-09-18"
    title = "Tanger : une cellule pro-Daech démantelée en étroite collaboration avec la police espagnole"
    s1 = (
        "Les cinq suspects, âgés de 22 à 38 ans, ont été arrêtés simultanément à Tanger et à M’diq, tandis "
        "qu’un sixième était interpellé à Ceuta par les agents espagnols, selon un communiqué du BCIJ."
    )
    s2 = "Il s’agit de la dixième cellule démantelée depuis le début de l’année, selon notre décompte."
    s3 = (
        "Au cours des six derniers mois, au moins 25 personnes ont été interpellées dans des affaires liées au "
        "terrorisme, selon des sources sécuritaires."
    )
    s4 = (
        "Le porte-parole du gouvernement, Mustapha Baitas, a salué jeudi l’opération, rappelant que plus de 500 "
        "projets terroristes avaient été déjoués depuis 2002."
    )
    blocks = [
        f"Le Bureau central d’investigations judiciaires a démantelé lundi à Tanger une cellule affiliée à "
        f"l’organisation {Q('État islamique')}, en étroite collaboration avec la police nationale espagnole.",
        s1,
        f"{s2} {s3}",
        "Les enquêteurs ont saisi des armes blanches, des téléphones et une somme de 12 000 dirhams.",
        "La coopération maroco-espagnole, régie par un accord entré en vigueur en avril 2022, a déjà permis "
        "plusieurs opérations conjointes.",
        "Les suspects seront présentés au parquet chargé des affaires de terrorisme à l’issue d’une garde à vue "
        "de 96 heures.",
        s4,
    ]
    text = wordpress(
        "Atlas Sécurité",
        "AccueilTerrorismeActualités",
        title,
        "18 septembre 2023 | Karim Alaoui | 4 min",
        blocks,
        [
            "Oujda : un partisan de Daech arrêté grâce au FBI",
            "Les 10 chiffres clés de la lutte antiterroriste au Maroc",
        ],
        lang="fr",
        footer="© 2023 Atlas Sécurité — Tous droits réservés",
    )
    return dict(
        key="f24",
        file="f24_atlas_securite_bom_wordpress.txt",
        format="wordpress",
        language="fr",
        encoding="utf-8-sig",
        text=text,
        metadata=meta(title, "Atlas Sécurité", pub, fictional=True),
        claims=[
            C(
                "persons_arrested",
                5,
                "cinq",
                s1,
                period=P("event", pub, pub, None),
                attribution=A("BCIJ", "selon un communiqué du BCIJ"),
                notes="one operation; the sixth suspect was arrested in Spain (not a Moroccan figure)",
            ),
            C(
                "persons_arrested",
                25,
                "25",
                s3,
                qualifier="at_least",
                qualifier_text="au moins",
                period=P("range", "2023-03-18", pub, "Au cours des six derniers mois"),
                attribution=A("official_unspecified", "selon des sources sécuritaires"),
                notes="'six derniers mois' resolved from the byline",
            ),
            C(
                "plots_foiled",
                500,
                "500",
                s4,
                qualifier="more_than",
                qualifier_text="plus de",
                period=since("2002", pub, "depuis 2002"),
                attribution=A(
                    "GOV", "Le porte-parole du gouvernement, Mustapha Baitas", person="Mustapha Baitas"
                ),
                notes="the government spokesman: GOV",
            ),
        ],
        optional_claims=[
            C(
                "cells_dismantled",
                10,
                "dixième",
                s2,
                period=ytd(pub, "depuis le début de l’année"),
                attribution=A("unspecified", "selon notre décompte"),
                notes="an ordinal that implies a count ('the tenth cell this year'): a careful reader may record it",
            ),
        ],
        must_not_extract=[
            T("âgés de 22 à 38 ans", "ages"),
            T("un sixième", "ordinal: a suspect arrested abroad"),
            T("12 000 dirhams", "money"),
            T("96 heures", "duration"),
            T("avril 2022", "date"),
            T("Les 10 chiffres clés", "related-articles headline"),
            T("4 min", "reading time"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[],
        flags=[
            "wordpress",
            "wordpress_date_line",
            "utf8_bom",
            "french",
            "fictional_outlet",
            "number_words",
            "period_event",
            "relative_period",
            "qualifier_at_least",
            "ordinal_count",
            "org_BCIJ",
            "org_GOV",
            "named_person",
            "qualifier_more_than",
            "org_official_unspecified",
            "partner_cue",
            "age_trap",
            "money_trap",
            "duration_trap",
            "related_articles_trap",
        ],
        notes="Partner: 'en étroite collaboration avec la police nationale espagnole'. The FBI of the related "
        "headline is page furniture, not a partner of this article.",
    )


@article
def f25():
    pub = "2021-03-18"
    heads, traps = sidebar_traps(
        [
            (
                "Covid-19 : plus de 4 millions de Marocains vaccinés",
                "plus de 4 millions de Marocains",
                "vaccination count",
            ),
            ("Botola : l'IRT bat le MAS 2-1", "2-1", "football score"),
            ("Chaabane 1442 : début du mois dimanche", "1442", "Hijri year"),
            "Sahara : le Guatemala annonce l'ouverture d'un consulat à Dakhla",
        ]
    )
    title = "Cherkaoui Habboub : les groupes du Sahel, principale menace pour le Maroc"
    s1 = (
        "Au total, 1 645 Marocains ont rejoint des groupes jihadistes en Syrie et en Irak, dont 745 sont morts "
        "dans des attentats-suicides ou au combat, a précisé Cherkaoui Habboub."
    )
    s2 = (
        "Parmi les survivants, 270 sont rentrés au Maroc et 137 ont été poursuivis en justice, a-t-il ajouté."
    )
    s3 = "Par ailleurs, 288 femmes et 391 mineurs se sont rendus dans les zones de conflit."
    s4 = (
        "Depuis sa création en 2015, le BCIJ a démantelé des dizaines de cellules et arrêté plus d’un millier "
        "de jihadistes présumés, a souligné son directeur."
    )
    paragraphs = [
        "Les groupes jihadistes du Sahel, qui recrutent et forment leurs adeptes en ligne, représentent "
        "aujourd’hui la principale menace pour le Maroc, a déclaré le directeur du BCIJ, Cherkaoui Habboub, dans "
        "un entretien accordé à l’agence Reuters.",
        f"{s1} {s2} {s3}",
        s4,
        "L’État islamique dans le Grand Sahara, notamment, profite de la porosité des frontières et des réseaux "
        "de trafiquants, a mis en garde le responsable.",
        "Cherkaoui Habboub a enfin déploré l’absence de coopération avec l’Algérie, contrairement aux échanges "
        "réguliers avec la France, l’Espagne et les États-Unis.",
    ]
    habboub = A("BCIJ", "a précisé Cherkaoui Habboub", person="Cherkaoui Habboub")
    ajoute = A("BCIJ", "a-t-il ajouté", person="Cherkaoui Habboub")
    return dict(
        key="f25",
        file="f25_yabiladi_utf16_reuters.txt",
        format="aggregator",
        language="fr",
        encoding="utf-16",
        text=aggregator(heads, title, "Yabiladi", pub, paragraphs, lang="fr", tags="BCIJ Sahel Reuters"),
        metadata=meta(title, "Yabiladi", pub),
        claims=[
            C(
                "fighters_joined",
                1645,
                "1 645",
                s1,
                period=cumul(pub),
                attribution=habboub,
                notes="below the 1,659 printed in October 2019 (cumulative_decrease); relays a Reuters interview",
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_killed",
                745,
                "745",
                s1,
                period=cumul(pub),
                attribution=habboub,
                notes="'dont 745 sont morts'",
            ),
            C("returnees", 270, "270", s2, period=cumul(pub), attribution=ajoute, notes="'sont rentrés'"),
            C(
                "returnees_arrested",
                137,
                "137",
                s2,
                period=cumul(pub),
                attribution=ajoute,
                notes="'ont été poursuivis en justice'",
            ),
            C("fighters_joined", 288, "288", s3, subset="women", period=cumul(pub), attribution=ajoute),
            C("fighters_joined", 391, "391", s3, subset="minors", period=cumul(pub), attribution=ajoute),
            C(
                "persons_arrested",
                1000,
                "un millier",
                s4,
                qualifier="more_than",
                qualifier_text="plus d’",
                period=since("2015", pub, "Depuis sa création en 2015"),
                attribution=A("BCIJ", "a souligné son directeur", person="Cherkaoui Habboub"),
            ),
        ],
        must_not_extract=traps + [T("des dizaines de cellules", "vague count")],
        countries_cited=["FR", "ES", "US"],
        countries_not_partners=[
            NP("DZ", "l’absence de coopération avec l’Algérie", "named as not cooperating"),
            NP("SY", "en Syrie et en Irak", "conflict zone"),
            NP("IQ", "en Syrie et en Irak", "conflict zone"),
        ],
        flags=[
            "aggregator",
            "utf16",
            "french",
            "verb_without_noun",
            "thousands_separator",
            "number_words",
            "qualifier_more_than",
            "since_creation",
            "subset_women",
            "subset_minors",
            "syndicated_copy",
            "named_person",
            "org_BCIJ",
            "not_cooperating_mention",
            "vague_count_trap",
            "hijri_trap",
            "score_trap",
        ],
    )


@article
def f26():
    pub = "2022-06-20"
    heads, traps = sidebar_traps(
        [
            ("Botola : le Wydad sacré champion (2-1 face au RCOZ)", "(2-1 face au RCOZ)", "football score"),
            ("Dhou Al Qiida 1443 : les horaires de prière", "1443", "Hijri year"),
            ("Carburants : le gasoil dépasse 15 DH le litre", "15 DH", "price"),
            "Melilla : Rabat regrette les pertes humaines",
        ]
    )
    title = "Sécurité : le Maroc, un rempart contre le terrorisme au Sahel"
    s1 = (
        "Depuis 2002, les services de sécurité ont démantelé 183 cellules terroristes et avorté 361 projets "
        "d’attentats, a rappelé le ministre des Affaires étrangères, Nasser Bourita, lors d’un forum à Rabat."
    )
    paragraphs = [
        "Le Royaume s’est imposé en deux décennies comme un acteur incontournable de la lutte antiterroriste en "
        "Afrique.",
        s1,
        "Au cours des dernières années, l’essentiel de la menace s’est déplacé vers la bande sahélo-saharienne, "
        "où opèrent des groupes affiliés à Al-Qaïda et à Daech.",
        "Le Maroc partage ses renseignements avec ses partenaires du Sahel, notamment la Mauritanie et le "
        "Sénégal, a rappelé un diplomate.",
        "Le royaume a accueilli en mai à Marrakech la réunion ministérielle de la coalition internationale "
        "contre Daech, qui compte 84 membres.",
    ]
    official = A(
        "MFA", "a rappelé le ministre des Affaires étrangères, Nasser Bourita", person="Nasser Bourita"
    )
    s2002 = since("2002", pub, "Depuis 2002")
    return dict(
        key="f26",
        file="f26_marocdiplomatique_crlf_stale.txt",
        format="aggregator",
        language="fr",
        line_endings="CRLF",
        text=aggregator(heads, title, "Maroc Diplomatique", pub, paragraphs, lang="fr"),
        metadata=meta(title, "Maroc Diplomatique", pub),
        claims=[
            C(
                "cells_dismantled",
                183,
                "183",
                s1,
                period=s2002,
                attribution=official,
                notes="stale: the October 2018 total, repeated after 207 (2020) and 210 (2021) were published",
            ),
            C(
                "plots_foiled",
                361,
                "361",
                s1,
                period=s2002,
                attribution=official,
                notes="stale: repeated after 'plus de 500' (2020)",
            ),
        ],
        must_not_extract=traps
        + [
            T("deux décennies", "duration"),
            T("84 membres", "members of a coalition"),
        ],
        countries_cited=["MR", "SN"],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "crlf",
            "french",
            "stale_figure",
            "metric_frame",
            "org_MFA",
            "named_person",
            "attribution_after",
            "partner_cue",
            "duration_trap",
            "hijri_trap",
            "score_trap",
        ],
    )


@article
def f27():
    pub = "2022-09-05"
    title = "Combattants étrangers : le Maroc face à la question des revenants"
    s1 = (
        "D’après les données du ministère de l’Intérieur, quelque 16 600 Marocains ont rejoint les rangs de "
        "Daech et d’autres organisations en Syrie et en Irak depuis 2012."
    )
    s2 = (
        "En 2021, au moins 250 d’entre eux étaient détenus dans des prisons en Syrie, en Irak et en Turquie, selon "
        "le rapport de la mission parlementaire d’information."
    )
    s3 = (
        "Depuis 2019, le royaume a rapatrié une poignée de ressortissants, dont huit combattants présumés en "
        "mars 2019."
    )
    s4 = "Le programme de déradicalisation Moussalaha a bénéficié à plus de 300 détenus depuis 2017."
    body = [
        "Près de dix ans après les premiers départs vers la Syrie, la question des combattants marocains reste "
        "entière.",
        f"{s1} {s2}",
        "Le sort de plusieurs centaines d’autres reste inconnu.",
        s3,
        s4,
        "Cette situation contraste avec celle de la France, qui a rapatrié des dizaines d’enfants.",
    ]
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "Article",
            "datePublished": f"{pub}T07:30:00Z",
            "wordCount": 389,
        },
        ensure_ascii=False,
    )
    text = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{title} | Maghreb Vigie</title>
<meta property="og:site_name" content="Maghreb Vigie">
<meta property="article:published_time" content="{pub}T07:30:00Z">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<div class="top">Maghreb Vigie — l’observatoire de la sécurité régionale</div>
<article>
<h1>{title}</h1>
<p class="byline">Par Salma Idrissi · <time datetime="{pub}T07:30:00Z">5 septembre 2022</time> · Lecture : 4 min · 1 245 vues</p>
{ps(body, "")}
</article>
<footer>© 2022 Maghreb Vigie</footer>
</body>
</html>
"""
    moi = A("MOI", "D’après les données du ministère de l’Intérieur")
    return dict(
        key="f27",
        file="f27_maghreb_vigie_16600.html",
        format="html",
        language="fr",
        text=text,
        metadata=meta(title, "Maghreb Vigie", pub, fictional=True),
        claims=[
            C(
                "fighters_joined",
                16600,
                "16 600",
                s1,
                qualifier="about",
                qualifier_text="quelque",
                period=since("2012", pub, "depuis 2012"),
                attribution=moi,
                notes="misprint of about 1,660 (implausible_value): extracted as printed",
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_detained_abroad",
                250,
                "250",
                s2,
                qualifier="at_least",
                qualifier_text="au moins",
                period=P("unspecified", None, None, "En 2021"),
                as_of="2021",
                attribution=A("PARLIAMENT", "selon le rapport de la mission parlementaire d’information"),
                notes="a stock the text dates (2021)",
            ),
        ],
        optional_claims=[
            C(
                "returnees",
                8,
                "huit",
                s3,
                period=P("event", "2019-03", "2019-03", "en mars 2019"),
                attribution=A("unspecified"),
                notes="a recap of the March 2019 repatriation",
            ),
            C(
                "deradicalisation_beneficiaries",
                300,
                "300",
                s4,
                qualifier="more_than",
                qualifier_text="plus de",
                period=since("2017", pub, "depuis 2017"),
                attribution=A("unspecified"),
                notes="outside the tracked metrics",
            ),
        ],
        must_not_extract=[
            T("plusieurs centaines d’autres", "vague count"),
            T("des dizaines d’enfants", "vague count (another country)"),
            T("1 245 vues", "view count"),
            T("Lecture : 4 min", "reading time"),
            T("Près de dix ans", "duration"),
            T('"wordCount": 389', "JSON-LD word count"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("FR", "celle de la France", "contrasting model"),
            NP("TR", "en Turquie", "place of detention"),
        ],
        flags=[
            "html",
            "date_in_meta_json_ld_and_time",
            "french",
            "fictional_outlet",
            "misprint",
            "implausible_value",
            "qualifier_about",
            "qualifier_at_least",
            "as_of",
            "org_MOI",
            "org_PARLIAMENT",
            "contrasting_model_mention",
            "vague_count_trap",
            "view_count_trap",
        ],
    )


@article
def f28():
    pub = "2024-07-09"
    heads, traps = sidebar_traps(
        [
            ("Euro 2024 : l'Espagne élimine la France (2-1)", "(2-1)", "football score"),
            ("Moharram 1446 : le nouvel an de l'Hégire célébré dimanche", "1446", "Hijri year"),
            ("Canicule : 47 °C attendus à Béni Mellal", "47 °C", "temperature"),
            "Oujda : le tramway de nouveau à l'étude",
        ]
    )
    title = "Le BCIJ a démantelé plus de 90 cellules depuis sa création"
    s1 = (
        "Le Bureau central d’investigations judiciaires a démantelé plus de 90 cellules terroristes depuis sa "
        "création, a fait savoir son directeur, Cherkaoui Habboub, lors d’une journée d’étude à Oujda."
    )
    s2 = (
        f"Le responsable a précisé que pas plus de 10{NBSP}% des personnes interpellées avaient un passé de "
        "combattant dans les zones de conflit."
    )
    last = (
        "Pour les organisateurs, ce type de rencontre permet de rapprocher magistrats, policiers et chercheurs "
        "au service de la sécurité"
    )
    paragraphs = [
        s1,
        s2,
        "Il a salué les échanges d’informations avec les services belges et néerlandais, qui ont permis "
        "l’arrestation de plusieurs suspects en Europe.",
        "La journée d’étude, la troisième du genre, a réuni 150 participants, dont des magistrats et des "
        "universitaires.",
        last + " des citoyens.",
    ]
    full = aggregator(heads, title, "Oriental Infos", pub, paragraphs, lang="fr")
    text = full[: full.index(last) + len(last)]
    return dict(
        key="f28",
        file="f28_oriental_infos_truncated.txt",
        format="aggregator",
        language="fr",
        text=text,
        truncate_bytes=1,
        expected_warnings=[
            "the file ends inside a UTF-8 character (truncated): imported up to the last whole character"
        ],
        metadata=meta(title, "Oriental Infos", pub, fictional=True),
        claims=[
            C(
                "cells_dismantled",
                90,
                "90",
                s1,
                qualifier="more_than",
                qualifier_text="plus de",
                period=since("2015", pub, "depuis sa création"),
                attribution=A(
                    "BCIJ", "a fait savoir son directeur, Cherkaoui Habboub", person="Cherkaoui Habboub"
                ),
                notes="'since its creation': the BCIJ was created in 2015",
            ),
            C(
                "persons_arrested",
                10,
                "10",
                s2,
                subset="former_fighters",
                unit="percent",
                qualifier="at_most",
                qualifier_text="pas plus de",
                period=since("2015", pub, None),
                attribution=A("BCIJ", "Le responsable a précisé", person="Cherkaoui Habboub"),
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title figure repeated by the body"),
            T("la troisième du genre", "ordinal"),
            T("150 participants", "attendance"),
        ],
        countries_cited=["BE", "NL"],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "truncated_utf8",
            "french",
            "fictional_outlet",
            "since_creation",
            "qualifier_more_than",
            "qualifier_at_most",
            "percent",
            "named_person",
            "org_BCIJ",
            "partner_adjective",
            "ordinal_trap",
            "title_figure_trap",
            "hijri_trap",
            "score_trap",
        ],
    )


@article
def f29():
    pub = "2019-03-12"
    title = "Madrid décore Abdellatif Hammouchi pour la coopération antiterroriste"
    s1 = (
        "Depuis 2014, les services marocains et espagnols ont mené 12 opérations conjointes contre des réseaux "
        "de recrutement jihadistes, a déclaré Abdellatif Hammouchi lors de la cérémonie, selon un communiqué de la "
        "DGST."
    )
    s2 = (
        "Grâce aux renseignements fournis par la DGST, une vingtaine de projets d’attentats ont été déjoués en "
        "Europe depuis 2015, affirme le communiqué."
    )
    body = [
        "Le directeur général de la Sûreté nationale et de la Surveillance du territoire, Abdellatif Hammouchi, "
        "a été décoré mardi à Madrid de la Grand-Croix du mérite de la Garde civile.",
        s1,
        s2,
        "La distinction, la troisième remise par l’Espagne à un responsable marocain, salue aussi l’action de la "
        "DGST contre l’immigration clandestine.",
        "En 2018, la coopération entre les deux pays a permis d’avorter 89 000 tentatives d’émigration "
        "irrégulière, selon Madrid.",
    ]
    text = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{title} - H24info</title>
<meta property="og:site_name" content="H24info">
</head>
<body>
<nav>Maroc | Monde | Économie | Sport | Culture</nav>
<article>
<h1>{title}</h1>
<p class="date">Publié le <time datetime="{pub}T19:45:00+01:00">12/03/2019 à 19h45</time></p>
{ps(body, "")}
<p class="lire-aussi">Lire aussi : Le Maroc et l’Espagne démantèlent une cellule de 4 membres</p>
</article>
<footer>© H24info 2019</footer>
</body>
</html>
"""
    return dict(
        key="f29",
        file="f29_h24info_hammouchi_madrid.html",
        format="html",
        language="fr",
        text=text,
        metadata=meta(title, "H24info", pub),
        claims=[
            C(
                "joint_operations",
                12,
                "12",
                s1,
                period=since("2014", pub, "Depuis 2014"),
                attribution=A("DGST", "a déclaré Abdellatif Hammouchi", person="Abdellatif Hammouchi"),
                notes="the head of both the DGSN and the DGST speaking of intelligence cooperation: DGST",
            ),
        ],
        optional_claims=[
            C(
                "plots_foiled_abroad",
                20,
                "une vingtaine",
                s2,
                qualifier="about",
                qualifier_text="une vingtaine",
                period=since("2015", pub, "depuis 2015"),
                attribution=A("DGST", "affirme le communiqué"),
                notes="plots foiled in Europe thanks to Moroccan intelligence: outside Morocco's own record",
            ),
        ],
        must_not_extract=[
            T("la troisième remise par l’Espagne", "ordinal"),
            T("89 000 tentatives d’émigration", "migration attempts ('tentatives avortées')"),
            T("En 2018", "bare year"),
            T("une cellule de 4 membres", "read-also headline"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[],
        flags=[
            "html",
            "date_in_byline_and_time",
            "french",
            "org_DGST",
            "named_person",
            "joint_operations",
            "partner_cue",
            "ordinal_trap",
            "metric_trap",
        ],
        notes="Hammouchi heads both the DGSN and the DGST; the statement is the DGST's.",
    )


@article
def f30():
    rng = random.Random(2030)
    stream = bytes(rng.randrange(256) for _ in range(400))
    pdf = (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"4 0 obj\n<< /Length 402 /Filter /FlateDecode >>\nstream\n"
        + stream
        + b"\x00\x00\nendstream\nendobj\n"
        b"xref\n0 5\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    return dict(
        key="f30",
        file="f30_communique_pdf_saved_as_txt.txt",
        format="unknown",
        expected_status="rejected",
        expected_error="not a text file (binary data)",
        raw=pdf,
        flags=["binary_file", "pdf"],
    )


# ================================================================ English articles


@article
def e01():
    pub = "2016-10-20"
    heads, traps = sidebar_traps(
        [
            ("Botola: Wydad edge Raja 1-0 in Casablanca derby", "1-0", "football score"),
            ("COP22: 25,000 delegates expected in Marrakech", "25,000 delegates", "attendance"),
            ("Muharram 1438: Islamic New Year holiday announced", "1438", "Hijri year"),
            "King Mohammed VI begins East Africa tour",
            (
                "Mosul offensive: 5,000 ISIS fighters holed up in the city, US says",
                "5,000 ISIS fighters",
                "another country's figure",
            ),
        ]
    )
    title = "Morocco Dismantled 167 Terror Cells Since 2002: BCIJ Chief"
    s1 = (
        "Morocco’s security services have dismantled 167 terrorist cells since 2002, the head of the Central "
        "Bureau of Judicial Investigations (BCIJ), Abdelhak Khiame, said on Wednesday."
    )
    s2 = (
        "During the same period, the security services foiled 341 terrorist plots and arrested 2,963 people, "
        "277 of whom had criminal records."
    )
    s3 = (
        "Khiame noted that 46 of the cells had been directly linked to groups fighting in the Syrian-Iraqi zone, "
        "chief among them the Islamic State of Iraq and the Levant (ISIL)."
    )
    s4 = "Since its creation in March 2015, the BCIJ alone has broken up 37 cells, he added."
    paragraphs = [
        f"Rabat – {s1}",
        s2,
        s3,
        s4,
        "The BCIJ chief warned that dozens of returnees remain under surveillance and that online "
        "radicalization has become the main threat.",
        "Under Law 86-14, adopted in 2015, joining a terrorist group abroad is punishable by up to 15 years in "
        "prison.",
    ]
    khiame = A(
        "BCIJ",
        "the head of the Central Bureau of Judicial Investigations (BCIJ), Abdelhak Khiame, said on Wednesday",
        person="Abdelhak Khiame",
    )
    s2002 = since("2002", pub, None)
    return dict(
        key="e01",
        file="e01_mwn_167_cells_aggregator.txt",
        format="aggregator",
        language="en",
        text=aggregator(
            heads, title, "Morocco World News", pub, paragraphs, lang="en", tags="BCIJ terrorism Khiame"
        ),
        metadata=meta(title, "Morocco World News", pub, alias="MWN", city="Rabat"),
        claims=[
            C(
                "cells_dismantled",
                167,
                "167",
                s1,
                period=since("2002", pub, "since 2002"),
                attribution=khiame,
            ),
            C(
                "plots_foiled",
                341,
                "341",
                s2,
                period=since("2002", pub, "During the same period"),
                attribution=khiame,
            ),
            C(
                "persons_arrested",
                2963,
                "2,963",
                s2,
                period=since("2002", pub, "During the same period"),
                attribution=khiame,
            ),
            C(
                "persons_arrested",
                277,
                "277",
                s2,
                subset="with_criminal_record",
                period=since("2002", pub, "During the same period"),
                attribution=khiame,
                notes="'277 of whom'",
            ),
            C(
                "cells_dismantled",
                46,
                "46",
                s3,
                subset="syria_iraq_linked",
                period=s2002,
                attribution=A("BCIJ", "Khiame noted", person="Abdelhak Khiame"),
            ),
            C(
                "cells_dismantled",
                37,
                "37",
                s4,
                period=since("2015-03", pub, "Since its creation in March 2015"),
                attribution=A("BCIJ", "he added", person="Abdelhak Khiame"),
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title figure repeated by the body"),
            T("dozens of returnees", "vague count"),
            T("Law 86-14", "law number"),
            T("up to 15 years", "prison term"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("IQ", "Islamic State of Iraq and the Levant", "a country inside an organisation's name"),
        ],
        flags=[
            "aggregator",
            "english",
            "aggregator_dateline",
            "inherited_period",
            "thousands_separator",
            "subset_with_criminal_record",
            "subset_syria_iraq_linked",
            "since_creation_month",
            "attribution_after",
            "named_person",
            "org_BCIJ",
            "country_in_org_name",
            "vague_count_trap",
            "law_number_trap",
            "title_figure_trap",
            "hijri_trap",
            "score_trap",
        ],
    )


@article
def e02():
    pub = "2024-11-23"
    title = "Morocco, Spain dismantle ISIS-linked cell in joint operation"
    lead = (
        "Morocco’s Central Bureau of Judicial Investigations (BCIJ), in coordination with the General "
        "Intelligence Commissariat of the Spanish National Police, dismantled on Friday a terrorist cell linked "
        "to the so-called Islamic State in the Sahel."
    )
    s1 = (
        "Three suspects were arrested in Tetouan and Fnideq, while Spanish police detained six others in Madrid, "
        "Ibiza and Ceuta, the BCIJ said in a statement."
    )
    s2 = (
        "Since 2014, the two countries have carried out about 20 joint counter-terrorism operations, DGSN and DGST "
        "chief Abdellatif Hammouchi told his Spanish counterparts in Madrid last month."
    )
    body = [
        lead,
        s1,
        "Some of the suspects had previously served prison terms in Spain on terrorism-related charges, the "
        "statement said.",
        s2,
        "The suspects had allegedly planned to join the group’s branch south of the Sahara, where it has "
        "expanded since 2019.",
        "Searches of their homes led to the seizure of bladed weapons and electronic devices that will undergo "
        "digital forensic analysis within 72 hours.",
    ]
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | Hespress English</title>
  <meta property="og:site_name" content="Hespress English">
</head>
<body>
  <div class="breaking">Breaking: Atlas Lions beat Lesotho 7-0 in AFCON qualifier</div>
  <article class="post">
    <h1 class="post-title">{title}</h1>
    <div class="post-meta">Hespress English · <time datetime="{pub}T14:05:00+01:00">2 hours ago</time></div>
{ps(body, "    ")}
    <p class="read-also">Read also: Morocco busts 4-member cell in Had Soualem</p>
  </article>
  <footer>© 2024 Hespress English</footer>
</body>
</html>
"""
    bcij = A("BCIJ", "the BCIJ said in a statement")
    return dict(
        key="e02",
        file="e02_hespress_en_spain_joint_time.html",
        format="html",
        language="en",
        text=text,
        metadata=meta(title, "Hespress English", pub, alias="Hespress"),
        claims=[
            C(
                "persons_arrested",
                3,
                "Three",
                s1,
                period=P("event", "2024-11-22", "2024-11-22", None),
                attribution=bcij,
                notes="arrests in Morocco in one joint operation",
            ),
            C(
                "joint_operations",
                20,
                "20",
                s2,
                qualifier="about",
                qualifier_text="about",
                period=since("2014", pub, "Since 2014"),
                attribution=A(
                    "DGST",
                    "DGSN and DGST chief Abdellatif Hammouchi told his Spanish counterparts",
                    person="Abdellatif Hammouchi",
                ),
                notes="the head of both directorates speaking of intelligence cooperation: DGST",
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested_abroad",
                6,
                "six",
                s1,
                period=P("event", "2024-11-22", "2024-11-22", None),
                attribution=bcij,
                notes="'six others' arrested by Spanish police: the joint operation's arrests abroad",
            ),
        ],
        must_not_extract=[
            T("7-0", "breaking bar: football score"),
            T("within 72 hours", "duration"),
            T("since 2019", "bare year"),
            T("4-member cell", "read-also headline"),
            T("2 hours ago", "relative time of the page"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[],
        flags=[
            "html",
            "date_only_in_time_datetime",
            "english",
            "number_words",
            "period_event",
            "list_and_others",
            "qualifier_about",
            "joint_operations",
            "org_BCIJ",
            "org_DGST",
            "named_person",
            "partner_cue",
            "duration_trap",
            "score_trap",
        ],
    )


@article
def e03():
    pub = "2018-02-07"
    title = "Moroccan FBI Dismantled 49 Terrorist Cells Since 2015"
    s1 = (
        "The head of Morocco’s Central Bureau of Judicial Investigation (BCIJ), Abdelhak Khiame, told French "
        "daily Le Monde that his bureau had dismantled 49 terrorist cells, 44 of them loyal to ISIS, since its "
        "creation in March 2015."
    )
    s2 = "Over the same period, 772 people were arrested on terrorism charges, he said."
    s3 = (
        "Khiame added that, since 2015, 97 Moroccan fighters who returned from conflict zones had been arrested, "
        "84 of them from Iraq and Syria and 13 from Libya, while 53 others were expelled to Morocco by other "
        "countries."
    )
    s4 = "The BCIJ chief recalled that a seven-member cell operating in Tangier and Meknes had been busted the previous week."
    paragraphs = [
        s1,
        s2,
        s3,
        s4,
        "He said bi-nationals of Moroccan descent involved in the Paris (2015) and Brussels (2016) attacks had "
        "been radicalized largely in European prisons.",
        "Morocco adopted a law in 2015 under which anyone joining a terrorist group abroad faces up to 15 years "
        "in jail.",
    ]
    khiame = A("BCIJ", "told French daily Le Monde", person="Abdelhak Khiame")
    creation = since("2015-03", pub, "since its creation in March 2015")
    cum = since("2015", pub, "since 2015")
    return dict(
        key="e03",
        file="e03_aawsat_49_cells_clean.txt",
        format="clean",
        language="en",
        text=clean(
            title,
            ["Wednesday, 7 February, 2018 - 08:15"],
            "Rabat – ",
            paragraphs,
            ["Asharq Al-Awsat English"],
        ),
        metadata=meta(title, "Asharq Al-Awsat English", pub, alias="Asharq Al-Awsat", city="Rabat"),
        claims=[
            C("cells_dismantled", 49, "49", s1, period=creation, attribution=khiame),
            C(
                "cells_dismantled",
                44,
                "44",
                s1,
                subset="isis_linked",
                period=creation,
                attribution=khiame,
                notes="'44 of them'",
            ),
            C(
                "persons_arrested",
                772,
                "772",
                s2,
                period=since("2015-03", pub, "Over the same period"),
                attribution=A("BCIJ", "he said", person="Abdelhak Khiame"),
            ),
            C(
                "returnees_arrested",
                97,
                "97",
                s3,
                period=cum,
                attribution=A("BCIJ", "Khiame added", person="Abdelhak Khiame"),
            ),
            C(
                "returnees_arrested",
                84,
                "84",
                s3,
                subset="syria_iraq_linked",
                period=cum,
                attribution=A("BCIJ", "Khiame added", person="Abdelhak Khiame"),
            ),
            C(
                "returnees_arrested",
                13,
                "13",
                s3,
                subset="libya",
                period=cum,
                attribution=A("BCIJ", "Khiame added", person="Abdelhak Khiame"),
            ),
        ],
        optional_claims=[
            C(
                "returnees_expelled",
                53,
                "53",
                s3,
                period=cum,
                attribution=A("BCIJ", "Khiame added", person="Abdelhak Khiame"),
                notes="'53 others': expelled by other countries, outside the tracked metrics",
            ),
            C(
                "persons_arrested",
                7,
                "seven",
                s4,
                period=P("event"),
                attribution=A("BCIJ", "The BCIJ chief recalled", person="Abdelhak Khiame"),
                notes="cell size of one operation",
            ),
        ],
        must_not_extract=[
            T(title, "title figure repeated by the body"),
            T("Wednesday, 7 February, 2018 - 08:15", "date line (metadata)"),
            T("up to 15 years", "prison term"),
            T("adopted a law in 2015", "year of a law"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("FR", "French daily Le Monde", "nationality of a newspaper (the interviewer)"),
            NP("FR", "the Paris (2015)", "place of an attack"),
            NP("BE", "Brussels (2016)", "place of an attack"),
            NP("LY", "13 from Libya", "conflict zone"),
        ],
        flags=[
            "clean",
            "dateline",
            "date_line_in_clean",
            "english",
            "since_creation_month",
            "inherited_period",
            "subset_isis_linked",
            "subset_syria_iraq",
            "list_and_others",
            "attribution_after",
            "named_person",
            "org_BCIJ",
            "place_of_attack_mention",
            "nationality_mention",
            "title_figure_trap",
        ],
    )


@article
def e04():
    pub = "2021-03-16"
    title = "Sahel militants now Morocco’s main security threat, says counter-terrorism chief"
    s1 = (
        "Although Morocco has suffered only one major attack in the past decade, the 2018 killing of two "
        "Scandinavian hikers, its location makes it a target for groups in the Sahel, said Cherkaoui Habboub, "
        "director of the Central Bureau of Judicial Investigations (BCIJ)."
    )
    s2 = "Since 2002, Morocco has dismantled 210 militant cells, Habboub said."
    s3 = (
        "In total, 1,645 Moroccans have joined militant groups in Syria and Iraq, most of them Islamic State, "
        "and 745 of them have been killed in suicide attacks or in combat."
    )
    s4 = "Of the survivors, 270 returned home and 137 have been brought to justice, he said."
    s5 = "A further 288 women and 391 minors also went to the conflict zones, according to Habboub."
    paragraphs = [
        "Islamist militant groups in the Sahel that recruit and train followers online are now the biggest "
        "threat facing Morocco, the head of the country’s main counter-terrorism agency told Reuters.",
        s1,
        s2,
        f"{s3} {s4}",
        s5,
        "The threat persists as long as there are groups recruiting and training followers online, including "
        "Islamic State in the Greater Sahara, he said.",
        "Habboub said Algeria was the only country in the region that refused to cooperate with Morocco on "
        "security.",
    ]
    habboub = A("BCIJ", "Habboub said", person="Cherkaoui Habboub")
    return dict(
        key="e04",
        file="e04_reuters_habboub_clean.txt",
        format="clean",
        language="en",
        text=clean(
            title,
            ["By Ahmed El Jechtimi", "March 16, 2021 12:41 PM GMT", "3 min read"],
            "RABAT, March 16 (Reuters) - ",
            paragraphs,
            ["Reporting by Ahmed El Jechtimi; Editing by Frances Kerry"],
        ),
        metadata=meta(title, "Reuters", pub, city="RABAT"),
        claims=[
            C(
                "terrorist_attacks",
                1,
                "one",
                s1,
                period=lastn(10, pub, "in the past decade"),
                attribution=A(
                    "BCIJ",
                    "said Cherkaoui Habboub, director of the Central Bureau of Judicial Investigations (BCIJ)",
                    person="Cherkaoui Habboub",
                ),
                notes="'only one major attack in the past decade'; attribution after the figure",
            ),
            C(
                "cells_dismantled",
                210,
                "210",
                s2,
                period=since("2002", pub, "Since 2002"),
                attribution=habboub,
            ),
            C(
                "fighters_joined",
                1645,
                "1,645",
                s3,
                period=cumul(pub),
                attribution=habboub,
                notes="below the 1,659 published in October 2019 (cumulative_decrease)",
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_killed",
                745,
                "745",
                s3,
                period=cumul(pub),
                attribution=habboub,
                notes="'745 of them have been killed'",
            ),
            C(
                "returnees",
                270,
                "270",
                s4,
                period=cumul(pub),
                attribution=A("BCIJ", "he said", person="Cherkaoui Habboub"),
                notes="'N returned home': no counted noun",
            ),
            C(
                "returnees_arrested",
                137,
                "137",
                s4,
                period=cumul(pub),
                attribution=A("BCIJ", "he said", person="Cherkaoui Habboub"),
                notes="'N have been brought to justice'",
            ),
            C(
                "fighters_joined",
                288,
                "288",
                s5,
                subset="women",
                period=cumul(pub),
                attribution=A("BCIJ", "according to Habboub", person="Cherkaoui Habboub"),
            ),
            C(
                "fighters_joined",
                391,
                "391",
                s5,
                subset="minors",
                period=cumul(pub),
                attribution=A("BCIJ", "according to Habboub", person="Cherkaoui Habboub"),
            ),
        ],
        must_not_extract=[
            T("the 2018 killing", "year of an attack"),
            T("two Scandinavian hikers", "victims of one attack"),
            T("3 min read", "reading time"),
            T("March 16, 2021 12:41 PM GMT", "date line (metadata)"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP(
                "DZ",
                "Algeria was the only country in the region that refused to cooperate",
                "named as not cooperating",
            ),
            NP(None, "Scandinavian hikers", "nationality of victims"),
            NP("SY", "in Syria and Iraq", "conflict zone"),
            NP("IQ", "in Syria and Iraq", "conflict zone"),
        ],
        flags=[
            "clean",
            "wire_dateline",
            "wire_reuters",
            "date_line_in_clean",
            "english",
            "number_words",
            "period_last_n_years",
            "verb_without_noun",
            "metric_frame",
            "thousands_separator",
            "subset_women",
            "subset_minors",
            "attribution_after",
            "named_person",
            "org_BCIJ",
            "not_cooperating_mention",
            "cumulative_decrease",
        ],
    )


@article
def e05():
    pub = "2019-10-28"
    title = "Morocco wants women, minors held in Iraq, Syria to come home"
    s1 = (
        "Morocco wants to bring home 671 Moroccan women and children linked with extremist groups who are held "
        "in Syria and Iraq, a top investigative official said Monday."
    )
    s2 = (
        "Abdelhak Khiame, director of the Central Bureau of Judicial Investigations, told a news conference in "
        "Sale that the 280 women and 391 minors “are not terrorists” and cannot be blamed for anything."
    )
    s3 = (
        "The kingdom’s top intelligence spokesman, Boubker Sabik, said 1,659 Moroccans had joined the Islamic "
        "State group or other extremist organizations, and 742 of them died fighting."
    )
    s4 = (
        "Moroccan authorities dismantled a cell of Islamic State loyalists on Friday that was allegedly preparing "
        "to harm the economy, and arrested a dozen people in the days that followed."
    )
    paragraphs = [
        s1,
        s2,
        "Khiame said Morocco would also welcome the return of male fighters, but would subject them to the law.",
        s3,
        s4,
        "The announcement comes as Kurdish-led forces in northeastern Syria hold thousands of foreign fighters "
        "and their families in overcrowded camps.",
    ]
    sabik = A("DGST", "The kingdom’s top intelligence spokesman, Boubker Sabik, said", person="Boubker Sabik")
    return dict(
        key="e05",
        file="e05_ap_women_minors_clean.txt",
        format="clean",
        language="en",
        text=clean(title, ["By TARIK EL BARAKAH", "October 28, 2019"], "SALE, Morocco (AP) — ", paragraphs),
        metadata=meta(title, "AP", pub, alias="Associated Press", city="SALE"),
        claims=[
            C(
                "fighters_detained_abroad",
                671,
                "671",
                s1,
                subset="women_and_minors",
                period=cumul(pub),
                attribution=A("BCIJ", "a top investigative official said Monday", person="Abdelhak Khiame"),
                notes="the official is named in the next sentence",
            ),
            C(
                "fighters_detained_abroad",
                280,
                "280",
                s2,
                subset="women",
                period=cumul(pub),
                attribution=A(
                    "BCIJ",
                    "Abdelhak Khiame, director of the Central Bureau of Judicial Investigations",
                    person="Abdelhak Khiame",
                ),
            ),
            C(
                "fighters_detained_abroad",
                391,
                "391",
                s2,
                subset="minors",
                period=cumul(pub),
                attribution=A(
                    "BCIJ",
                    "Abdelhak Khiame, director of the Central Bureau of Judicial Investigations",
                    person="Abdelhak Khiame",
                ),
            ),
            C(
                "fighters_joined",
                1659,
                "1,659",
                s3,
                period=cumul(pub),
                attribution=sabik,
                notes="the spokesman of the DGSN-DGST speaking of intelligence figures: DGST",
            ),
            C(
                "fighters_killed",
                742,
                "742",
                s3,
                period=cumul(pub),
                attribution=sabik,
                notes="'742 of them died fighting'",
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                12,
                "a dozen",
                s4,
                qualifier="about",
                qualifier_text="a dozen",
                period=P("event"),
                attribution=A("official_unspecified", "Moroccan authorities"),
                notes="'a dozen' is read as about 12 (like 'une douzaine'); a careful reader may also call it vague, "
                "so it is optional. 'dozens' is never a claim.",
            ),
        ],
        must_not_extract=[
            T("thousands of foreign fighters", "vague count, other countries"),
            T("October 28, 2019", "date line (metadata)"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("SY", "held in Syria and Iraq", "place of detention"),
            NP("IQ", "held in Syria and Iraq", "place of detention"),
        ],
        flags=[
            "clean",
            "wire_dateline",
            "wire_ap",
            "date_line_in_clean",
            "english",
            "as_of",
            "subset_women",
            "subset_minors",
            "thousands_separator",
            "speaker_next_sentence",
            "named_person",
            "org_BCIJ",
            "org_DGST",
            "dozen_optional",
            "vague_count_trap",
        ],
    )


@article
def e06():
    pub = "2022-09-15"
    heads, traps = sidebar_traps(
        [
            ("Botola Pro: AS FAR beat Maghreb Fez 3-0", "3-0", "football score"),
            ("Inflation climbs to 8% in August", "8%", "inflation"),
            ("Rabi al-Awwal 1444: crescent sighted, Mawlid on October 9", "1444", "Hijri year"),
            "Morocco, EU renew migration cooperation",
            ("Pakistan floods: death toll tops 1,400", "1,400", "another country's casualties"),
        ]
    )
    title = "Morocco busts eighth terror cell of 2022 in Tangier"
    s1 = (
        "Operating since 2015 under the supervision of the public prosecutor, the Central Bureau of Judicial "
        "Investigations (BCIJ) on Wednesday dismantled a cell loyal to the Islamic State in Tangier and arrested "
        "its four members, the bureau said."
    )
    s2 = "The operation brings to eight the number of cells dismantled since the start of the year, according to security sources."
    s3 = (
        "Of the 47 people arrested in terrorism cases this year, six of them had already served prison terms "
        "under the anti-terrorism law and four others had returned from conflict zones, the same sources said."
    )
    paragraphs = [
        s1,
        s2,
        s3,
        "The suspects, aged between 19 and 31, were in contact with Islamic State operatives in the Sahel, the "
        "statement said.",
        "The operation was carried out thanks to intelligence shared by the US Federal Bureau of Investigation, "
        "the BCIJ said.",
    ]
    src = A("official_unspecified", "according to security sources")
    same = A("official_unspecified", "the same sources said")
    y = ytd(pub, "this year")
    return dict(
        key="e06",
        file="e06_nap_eight_cells_ytd.txt",
        format="aggregator",
        language="en",
        text=aggregator(
            heads, title, "The North Africa Post", pub, paragraphs, lang="en", tags="BCIJ Tangier ISIS"
        ),
        metadata=meta(title, "The North Africa Post", pub, alias="North Africa Post"),
        claims=[
            C(
                "persons_arrested",
                4,
                "four",
                s1,
                period=P("event", "2022-09-14", "2022-09-14", "on Wednesday"),
                attribution=A("BCIJ", "the bureau said"),
                notes="'since 2015' belongs to the participial clause, not to the four arrests",
            ),
            C(
                "cells_dismantled",
                8,
                "eight",
                s2,
                period=ytd(pub, "since the start of the year"),
                attribution=src,
                notes="'brings to eight the number of cells'; the same outlet printed six for all of 2022 in January "
                "2023 (partial_exceeds_whole)",
            ),
            C("persons_arrested", 47, "47", s3, period=y, attribution=same),
            C(
                "persons_arrested",
                6,
                "six",
                s3,
                subset="former_detainees",
                period=y,
                attribution=same,
                notes="'six of them'",
            ),
            C(
                "returnees_arrested",
                4,
                "four",
                s3,
                period=y,
                attribution=same,
                notes="'four others … had returned from conflict zones'",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "ordinal in the title"),
            T("Operating since 2015", "period of another clause"),
            T("aged between 19 and 31", "ages"),
        ],
        countries_cited=["US"],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "english",
            "number_words",
            "year_to_date",
            "relative_period",
            "list_and_others",
            "subset_former_detainees",
            "period_event",
            "other_clause_period",
            "org_official_unspecified",
            "org_BCIJ",
            "partner_cue",
            "partial_exceeds_whole",
            "ordinal_trap",
            "age_trap",
            "hijri_trap",
            "score_trap",
        ],
    )


@article
def e07():
    pub = "2020-07-14"
    title = "Lockdown did not stop the jihadists: Morocco’s counter-terror year so far"
    s1 = (
        "In the past six months, security services have dismantled three terrorist cells and arrested 14 "
        "suspects, according to figures compiled by the Interior Ministry."
    )
    s2 = (
        "Last year, the same services broke up 12 cells, a pace officials attribute to the collapse of the "
        "Islamic State’s territorial caliphate, the ministry’s figures show."
    )
    blocks = [
        "Confinement kept most Moroccans at home this spring, but it did not stop extremist recruiters, who "
        "simply moved further online.",
        s1,
        s2,
        "A woman from Fes was among those arrested in March, the first such case since 2018, the ministry said.",
        "Rabat has stepped up intelligence sharing with Paris and Madrid over the same period, officials say.",
        "Under the 2015 amendment to Law 03-03, even attempting to join a terrorist group abroad carries a "
        "sentence of five to 15 years.",
    ]
    text = wordpress(
        "The Rabat Observer",
        "HomeSecurityAnalysis",
        title,
        "July 14, 2020 · by Sara Benjelloun · 5 min read",
        blocks,
        ["Morocco repatriates 8 nationals from Syria", "5 things to know about the BCIJ"],
        lang="en",
        footer="© 2020 The Rabat Observer",
    )
    moi = A("MOI", "according to figures compiled by the Interior Ministry")
    six = P("range", "2020-01-14", pub, "In the past six months")
    return dict(
        key="e07",
        file="e07_rabat_observer_six_months_wordpress.txt",
        format="wordpress",
        language="en",
        text=text,
        metadata=meta(title, "The Rabat Observer", pub, fictional=True),
        claims=[
            C(
                "cells_dismantled",
                3,
                "three",
                s1,
                period=six,
                attribution=moi,
                notes="'the past six months' resolved from the byline",
            ),
            C("persons_arrested", 14, "14", s1, period=six, attribution=moi),
            C(
                "cells_dismantled",
                12,
                "12",
                s2,
                period=year("2019", "Last year"),
                attribution=A("MOI", "the ministry’s figures show"),
            ),
        ],
        must_not_extract=[
            T("the first such case since 2018", "ordinal and bare year"),
            T("Law 03-03", "law number"),
            T("five to 15 years", "prison terms"),
            T("5 min read", "reading time"),
            T("Morocco repatriates 8 nationals from Syria", "related-articles headline"),
            T("5 things to know", "related-articles headline"),
        ],
        countries_cited=["FR", "ES"],
        countries_not_partners=[NP("OM", "A woman", "substring of another word ('woman' contains 'Oman')")],
        flags=[
            "wordpress",
            "wordpress_date_line",
            "english",
            "fictional_outlet",
            "number_words",
            "relative_period",
            "six_months",
            "org_MOI",
            "partner_capital_metonym",
            "substring_trap",
            "law_number_trap",
            "related_articles_trap",
        ],
    )


@article
def e08():
    pub = "2023-01-10"
    heads, traps = sidebar_traps(
        [
            "Atlas Lions return home to a hero's welcome",
            ("Inflation hits 8.3% in December", "8.3%", "inflation"),
            ("Jumada al-Akhirah 1444 begins on Tuesday", "1444", "Hijri year"),
            (
                "Ukraine war: 7,000 civilians killed, UN says",
                "7,000 civilians",
                "another country's casualties",
            ),
            "Rabat hosts African security summit",
        ]
    )
    title = "Morocco dismantled six terror cells last year, security sources say"
    s1 = (
        "Moroccan security services dismantled six terrorist cells last year, most of them linked to the "
        "Islamic State’s affiliates in the Sahel, security sources told The North Africa Post."
    )
    s2 = "The number of people arrested in terrorism-related cases reached 61 over the same period, the sources added."
    s3 = (
        "The figures compare with 12 cells in 2021, the sources said, reflecting a shift from organized networks "
        "to isolated individuals."
    )
    paragraphs = [
        s1,
        s2,
        "Among those arrested was a 17-year-old who had pledged allegiance to the group online.",
        s3,
        "Security cooperation with Spain remained close throughout the year, with several joint operations in "
        "Ceuta, Melilla and Madrid.",
    ]
    src = A("official_unspecified", "security sources told The North Africa Post")
    return dict(
        key="e08",
        file="e08_nap_six_cells_2022.txt",
        format="aggregator",
        language="en",
        text=aggregator(heads, title, "The North Africa Post", pub, paragraphs, lang="en"),
        metadata=meta(title, "The North Africa Post", pub, alias="North Africa Post"),
        claims=[
            C(
                "cells_dismantled",
                6,
                "six",
                s1,
                period=year("2022", "last year"),
                attribution=src,
                notes="below the eight the same outlet counted by September 2022 (partial_exceeds_whole)",
            ),
            C(
                "persons_arrested",
                61,
                "61",
                s2,
                period=year("2022", "over the same period"),
                attribution=A("official_unspecified", "the sources added"),
            ),
            C(
                "cells_dismantled",
                12,
                "12",
                s3,
                period=year("2021", "in 2021"),
                attribution=A("official_unspecified", "the sources said"),
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title figure repeated by the body"),
            T("a 17-year-old", "age"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "english",
            "number_words",
            "relative_period",
            "inherited_period",
            "org_official_unspecified",
            "partner_cue",
            "partial_exceeds_whole",
            "title_figure_trap",
            "age_trap",
            "hijri_trap",
            "casualties_trap",
        ],
    )


@article
def e09():
    pub = "2021-07-19"
    title = "BCIJ dismantled 84 terrorist cells since its creation, director says"
    s1 = (
        "The Central Bureau of Judicial Investigations (BCIJ) has dismantled 84 terrorist cells since its "
        "creation in 2015, its director Cherkaoui Habboub said in an interview with MAP."
    )
    s2 = (
        "These include 78 cells linked to Daesh and six others adhering to the ideology of the Al-Istihlal "
        "wal-Faye group, which legitimizes illicit activities to finance terrorist acts, he said."
    )
    s3 = (
        "The bureau’s operations also made it possible to bring 1,357 individuals to justice, including 14 "
        "women and 34 minors."
    )
    s4 = (
        "In addition, 137 returnees from combat zones have been brought to justice: 115 from the Syrian-Iraqi "
        "zone, 14 former Daesh members in Libya and 8 others extradited to Morocco under its coordination with "
        "the United States."
    )
    body = [
        f"Rabat - {s1}",
        s2,
        s3,
        s4,
        "Habboub credited the results to total cooperation between national services and to the exchange of "
        "intelligence with partners such as France and Spain, while regretting that Algeria remained the "
        "missing link.",
    ]
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": f"{pub}T14:20:00+01:00",
            "author": {"@type": "Organization", "name": "MAP"},
        }
    )
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | MAP English</title>
<meta property="og:site_name" content="MAP English">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<header>MAP English · Agence Marocaine de Presse</header>
<article>
<h1>{title}</h1>
<div class="by">MAP</div>
{ps(body, "")}
</article>
<aside><h4>Latest</h4><p>COVID-19: 1,830 new cases in 24 hours</p></aside>
<footer>© 2021 MAP</footer>
</body>
</html>
"""
    habboub = A(
        "BCIJ", "its director Cherkaoui Habboub said in an interview with MAP", person="Cherkaoui Habboub"
    )
    inh = since("2015", pub, None)
    return dict(
        key="e09",
        file="e09_map_en_84_cells_jsonld.html",
        format="html",
        language="en",
        text=text,
        metadata=meta(title, "MAP English", pub, alias="MAP", city="Rabat"),
        claims=[
            C(
                "cells_dismantled",
                84,
                "84",
                s1,
                period=since("2015", pub, "since its creation in 2015"),
                attribution=habboub,
                notes="English syndication of the same MAP interview as f09",
            ),
            C(
                "cells_dismantled",
                78,
                "78",
                s2,
                subset="isis_linked",
                period=inh,
                attribution=A("BCIJ", "he said", person="Cherkaoui Habboub"),
            ),
            C(
                "cells_dismantled",
                6,
                "six",
                s2,
                subset="istihlal_linked",
                period=inh,
                attribution=A("BCIJ", "he said", person="Cherkaoui Habboub"),
                notes="'six others'",
            ),
            C("persons_arrested", 1357, "1,357", s3, period=inh, attribution=habboub),
            C("persons_arrested", 14, "14", s3, subset="women", period=inh, attribution=habboub),
            C("persons_arrested", 34, "34", s3, subset="minors", period=inh, attribution=habboub),
            C("returnees_arrested", 137, "137", s4, period=inh, attribution=habboub),
            C(
                "returnees_arrested",
                115,
                "115",
                s4,
                subset="syria_iraq_linked",
                period=inh,
                attribution=habboub,
            ),
            C("returnees_arrested", 14, "14", s4, subset="libya", period=inh, attribution=habboub),
            C("returnees_arrested", 8, "8", s4, subset="extradited", period=inh, attribution=habboub),
        ],
        must_not_extract=[
            T(title, "title figure repeated by the body"),
            T("1,830 new cases", "aside: covid count"),
            T("© 2021 MAP", "footer year"),
        ],
        countries_cited=["US", "FR", "ES"],
        countries_not_partners=[
            NP("DZ", "Algeria remained the missing link", "named as not cooperating"),
            NP("LY", "in Libya", "conflict zone"),
        ],
        flags=[
            "html",
            "date_only_in_json_ld",
            "english",
            "syndicated_copy",
            "since_creation",
            "metric_frame",
            "thousands_separator",
            "number_words",
            "list_and_others",
            "subset_isis_linked",
            "subset_women",
            "subset_minors",
            "subset_syria_iraq",
            "attribution_after",
            "named_person",
            "org_BCIJ",
            "partner_cue",
            "not_cooperating_mention",
            "title_figure_trap",
        ],
    )


@article
def e10():
    pub = "2022-05-18"
    title = "Morocco’s counter-terror model under strain as Sahel threat grows"
    s1 = (
        "The bureau has dismantled 80 cells since 2015, according to figures circulated by Moroccan security "
        "officials ahead of the anti-ISIS coalition meeting in Marrakech."
    )
    s2 = (
        "Analyst Driss Guennoun, who heads the Rabat-based Centre for Sahel Studies, estimates that at least 400 "
        "Moroccans who travelled to Syria and Iraq remain unaccounted for."
    )
    s3 = "Upwards of 1,600 Moroccans fought in the ranks of extremist groups in the Levant at the height of the conflict, he said."
    paragraphs = [
        "Seven years after its creation, Morocco’s Central Bureau of Judicial Investigations (BCIJ) has become "
        "the public face of the kingdom’s fight against jihadism.",
        s1,
        s2,
        s3,
        "Tunisia, which sent an estimated 3,000 fighters, has struggled far more with returnees, Guennoun noted.",
        "The coalition meeting, the first held in Africa, brought together delegations from 84 countries and "
        "organisations.",
    ]
    guennoun = A("analyst", "Analyst Driss Guennoun", person="Driss Guennoun")
    return dict(
        key="e10",
        file="e10_arabweekly_80_cells_clean.txt",
        format="clean",
        language="en",
        text=clean(title, ["The Arab Weekly", "Wednesday 18/05/2022"], "RABAT – ", paragraphs),
        metadata=meta(title, "The Arab Weekly", pub, city="RABAT"),
        claims=[
            C(
                "cells_dismantled",
                80,
                "80",
                s1,
                period=since("2015", pub, "since 2015"),
                attribution=A(
                    "official_unspecified", "according to figures circulated by Moroccan security officials"
                ),
                notes="below the BCIJ's own 84 of July 2021 (cumulative_decrease)",
            ),
            C(
                "fighters_unknown_fate",
                400,
                "400",
                s2,
                qualifier="at_least",
                qualifier_text="at least",
                period=cumul(pub),
                attribution=guennoun,
                notes="fighters of unknown fate (new slug); the analyst and his centre are invented",
            ),
            C(
                "fighters_joined",
                1600,
                "1,600",
                s3,
                qualifier="more_than",
                qualifier_text="Upwards of",
                period=cumul(pub),
                attribution=A("analyst", "he said", person="Driss Guennoun"),
            ),
        ],
        must_not_extract=[
            T("Seven years after its creation", "duration"),
            T("an estimated 3,000 fighters", "another country's figure (Tunisia)"),
            T("the first held in Africa", "ordinal"),
            T("84 countries and organisations", "members of a coalition"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("TN", "Tunisia, which sent an estimated 3,000 fighters", "another country's figure"),
            NP("SY", "travelled to Syria and Iraq", "conflict zone"),
            NP("IQ", "travelled to Syria and Iraq", "conflict zone"),
        ],
        flags=[
            "clean",
            "dateline",
            "date_line_in_clean",
            "english",
            "cumulative_decrease",
            "org_official_unspecified",
            "org_analyst",
            "named_person",
            "speaker_previous_sentence",
            "new_metric_slug",
            "qualifier_at_least",
            "qualifier_more_than",
            "thousands_separator",
            "other_country_figure",
            "ordinal_trap",
            "duration_trap",
        ],
    )


@article
def e11():
    pub = "2024-01-08"
    heads, traps = sidebar_traps(
        [
            "AFCON 2023: Atlas Lions land in Abidjan",
            ("Drought: dam reserves fall to 23%", "23%", "dam levels"),
            ("Jumada al-Akhirah 1445: start of the month confirmed", "1445", "Hijri year"),
            ("Gaza: death toll passes 22,000", "22,000", "another conflict's casualties"),
            "Parliament resumes with family code debate",
        ]
    )
    title = "Morocco’s 2023 counter-terror record: 11 cells and a growing Sahel footprint"
    s1 = (
        "Last year, Moroccan security services dismantled 11 terrorist cells: seven were linked to the Islamic "
        "State’s Sahel branch and five to local sympathisers acting on their own, according to data from the "
        "General Directorate of Territorial Surveillance (DGST)."
    )
    s4 = (
        "Answering MPs in November, Interior Minister Abdelouafi Laftit put the number of cells dismantled since "
        "the start of the year at 10 and called the Sahel the main source of threat for the kingdom."
    )
    paragraphs = [
        s1,
        "Most of the cells had recruited online, the data show, and several members were minors.",
        s4,
        "One of the cells, dismantled in Tetouan in March, was planning attacks on a tourist site, the 4th such "
        "plot uncovered since 2021.",
        "Cooperation with Spain, Germany and the Netherlands led to further arrests in Europe, the DGST said.",
    ]
    dgst = A("DGST", "according to data from the General Directorate of Territorial Surveillance (DGST)")
    y = year("2023", "Last year")
    return dict(
        key="e11",
        file="e11_hespress_en_arithmetic_2023.txt",
        format="aggregator",
        language="en",
        text=aggregator(
            heads, title, "Hespress English", pub, paragraphs, lang="en", tags="DGST Sahel terrorism"
        ),
        metadata=meta(title, "Hespress English", pub, alias="Hespress"),
        claims=[
            C(
                "cells_dismantled",
                11,
                "11",
                s1,
                period=y,
                attribution=dgst,
                notes="7 + 5 = 12, not 11 (internal_arithmetic)",
            ),
            C("cells_dismantled", 7, "seven", s1, subset="sahel_linked", period=y, attribution=dgst),
            C("cells_dismantled", 5, "five", s1, subset="autonomous", period=y, attribution=dgst),
            C(
                "cells_dismantled",
                10,
                "10",
                s4,
                period=P("year_to_date", "2023", "2023-11", "since the start of the year"),
                as_of="2023-11",
                attribution=A("MOI", "Interior Minister Abdelouafi Laftit", person="Abdelouafi Laftit"),
                notes="a minister answering MPs (the ministry); the year so far at November 2023, dated by the text",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title figure repeated by the body"),
            T("the 4th such plot", "ordinal"),
            T("since 2021", "bare year"),
        ],
        countries_cited=["ES", "DE", "NL"],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "english",
            "internal_arithmetic",
            "breakdown_head",
            "number_words",
            "relative_period",
            "year_to_date",
            "as_of",
            "minister_answering_mps",
            "org_DGST",
            "org_MOI",
            "named_person",
            "partner_cue",
            "ordinal_trap",
            "title_figure_trap",
            "hijri_trap",
            "casualties_trap",
        ],
    )


@article
def e12():
    pub = "2024-04-22"
    title = "Ten years after the exodus: what became of Morocco’s foreign fighters?"
    s1 = "Official figures released in October 2019 put the number of Moroccans who joined extremist groups at 1,659."
    s2 = "Our own estimate, based on court records and family testimonies, is nearly 1,700."
    s3 = (
        "At least 300 have returned to Morocco, most of them before 2018, and the overwhelming majority were "
        "prosecuted under Law 86-14."
    )
    s4 = "Women and minors held in northeast Syria remain the most pressing issue: the brief estimates their number at about 500."
    blocks = [
        "Between 2012 and 2016, Morocco was one of the largest per-capita sources of foreign fighters in the "
        "Syrian and Iraqi theatres.",
        f"{s1} {s2}",
        s3,
        "Tunisia, by comparison, is thought to have supplied more than 3,000 fighters, and worldwide some "
        "40,000 foreigners travelled to join the Islamic State.",
        "The case of one woman, repatriated in 2023 after five years in the al-Hol camp, illustrates the legal "
        "limbo facing families.",
        s4,
        "About the author: Leila Haddaoui is a senior fellow at the Maghreb Policy Forum.",
    ]
    text = wordpress(
        "Maghreb Policy Forum",
        "HomePublicationsPolicy Briefs",
        title,
        "April 22, 2024 · Policy Brief PB-24/11 · by Leila Haddaoui",
        blocks,
        ["Policy Brief: 7 lessons from the Sahel", "Event: the future of deradicalisation, 12 June"],
        lang="en",
        footer="© 2024 Maghreb Policy Forum",
    )
    brief = A("analyst", "Our own estimate", person="Leila Haddaoui")
    return dict(
        key="e12",
        file="e12_policy_forum_think_tank_wordpress.txt",
        format="wordpress",
        language="en",
        text=text,
        metadata=meta(title, "Maghreb Policy Forum", pub, fictional=True),
        claims=[
            C(
                "fighters_joined",
                1659,
                "1,659",
                s1,
                period=P("cumulative_unspecified", None, "2019-10", None),
                as_of="2019-10",
                attribution=A("official_unspecified", "Official figures released in October 2019"),
                notes="a figure the text dates itself: compare it at October 2019",
            ),
            C(
                "fighters_joined",
                1700,
                "1,700",
                s2,
                qualifier="about",
                qualifier_text="nearly",
                period=cumul(pub),
                attribution=brief,
                notes="a think tank's estimate: analyst",
            ),
            C(
                "returnees",
                300,
                "300",
                s3,
                qualifier="at_least",
                qualifier_text="At least",
                period=cumul(pub),
                attribution=A("analyst", "the brief", person="Leila Haddaoui"),
                notes="'N have returned': no counted noun",
            ),
            C(
                "fighters_detained_abroad",
                500,
                "500",
                s4,
                subset="women_and_minors",
                qualifier="about",
                qualifier_text="about",
                period=cumul(pub),
                attribution=A("analyst", "the brief estimates", person="Leila Haddaoui"),
            ),
        ],
        must_not_extract=[
            T("more than 3,000 fighters", "another country's figure (Tunisia)"),
            T("some 40,000 foreigners", "world figure"),
            T("five years", "duration"),
            T("Law 86-14", "law number"),
            T("PB-24/11", "publication number"),
            T("7 lessons", "related-articles headline"),
            T("12 June", "related articles: date of an event"),
            T("Between 2012 and 2016", "period without a figure"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("TN", "Tunisia, by comparison", "another country's figure"),
            NP("OM", "one woman", "substring of another word ('woman' contains 'Oman')"),
            NP("SY", "northeast Syria", "place of detention"),
        ],
        flags=[
            "wordpress",
            "wordpress_date_line",
            "english",
            "fictional_outlet",
            "think_tank",
            "org_analyst",
            "org_official_unspecified",
            "as_of",
            "qualifier_about",
            "qualifier_at_least",
            "verb_without_noun",
            "thousands_separator",
            "other_country_figure",
            "world_figure",
            "substring_trap",
            "law_number_trap",
        ],
    )


@article
def e13():
    pub = "2023-05-18"
    title = "Government: Morocco foiled over 500 terror plots since 2002"
    s1 = (
        "Government spokesman Mustapha Baitas said on Thursday that Moroccan security services have foiled over "
        "500 terrorist plots since 2002."
    )
    s2 = (
        "Over the same period, more than 4,300 people were arrested in terrorism-related cases, Baitas told "
        "reporters after the weekly cabinet meeting."
    )
    s3 = (
        "The statement came two days after the 20th anniversary of the May 16, 2003 Casablanca bombings, which "
        "killed 45 people, including 12 suicide bombers."
    )
    s5 = "He added that 88 percent of the cells dismantled since 2013 had ties to Daesh."
    s4 = (
        "Baitas said the kingdom’s approach combined security vigilance with religious reform and the "
        "reintegration of former detainees through the Moussalaha programme, which has benefited 298 inmates "
        "since 2017."
    )
    body = [
        s1,
        f"{s2} {s5}",
        s3,
        s4,
        "He praised security cooperation with the United States, which he said had saved lives on both sides of "
        "the Atlantic.",
    ]
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title}</title>
  <meta property="og:site_name" content="Morocco World News">
</head>
<body>
  <nav>Morocco | World | Economy | Opinion</nav>
  <article>
    <h1>{title}</h1>
    <div class="byline">By Hajar Toufik - May 18, 2023 - 10:42</div>
{ps(body, "    ")}
    <p class="related">Read also: Morocco ranks 1st in Africa on counter-terrorism index</p>
  </article>
  <footer>© 2023 Morocco World News</footer>
</body>
</html>
"""
    baitas = A("GOV", "Government spokesman Mustapha Baitas said on Thursday", person="Mustapha Baitas")
    return dict(
        key="e13",
        file="e13_mwn_baitas_byline.html",
        format="html",
        language="en",
        text=text,
        metadata=meta(title, "Morocco World News", pub, alias="MWN"),
        claims=[
            C(
                "plots_foiled",
                500,
                "500",
                s1,
                qualifier="more_than",
                qualifier_text="over",
                period=since("2002", pub, "since 2002"),
                attribution=baitas,
            ),
            C(
                "persons_arrested",
                4300,
                "4,300",
                s2,
                qualifier="more_than",
                qualifier_text="more than",
                period=since("2002", pub, "Over the same period"),
                attribution=A(
                    "GOV", "Baitas told reporters after the weekly cabinet meeting", person="Mustapha Baitas"
                ),
            ),
            C(
                "cells_dismantled",
                88,
                "88",
                s5,
                subset="isis_linked",
                unit="percent",
                period=since("2013", pub, "since 2013"),
                attribution=A("GOV", "He added", person="Mustapha Baitas"),
                notes="a share of the cells: unit percent",
            ),
        ],
        optional_claims=[
            C(
                "attack_deaths",
                45,
                "45",
                s3,
                period=P("event", "2003-05-16", "2003-05-16", "May 16, 2003"),
                attribution=A("unspecified"),
                notes="victims of one attack",
            ),
            C(
                "deradicalisation_beneficiaries",
                298,
                "298",
                s4,
                period=since("2017", pub, "since 2017"),
                attribution=A("GOV", "Baitas said", person="Mustapha Baitas"),
                notes="outside the tracked metrics",
            ),
        ],
        must_not_extract=[
            T(title, "title figure repeated by the body"),
            T("the 20th anniversary", "ordinal"),
            T("12 suicide bombers", "attackers of one attack"),
            T("two days after", "duration"),
            T("ranks 1st in Africa", "read-also headline: ordinal"),
        ],
        countries_cited=["US"],
        countries_not_partners=[],
        flags=[
            "html",
            "date_only_in_byline",
            "english",
            "org_GOV",
            "named_person",
            "qualifier_more_than",
            "inherited_period",
            "metric_frame",
            "percent",
            "subset_isis_linked",
            "thousands_separator",
            "attribution_before",
            "partner_cue",
            "ordinal_trap",
            "title_figure_trap",
        ],
    )


@article
def e14():
    pub = "2019-01-16"
    title = "Laftit: 20 terror cells dismantled in 2017 and 2018"
    s1 = (
        "Moroccan security services dismantled 20 terrorist cells in 2017 and 2018, 11 of them last year, "
        "Interior Minister Abdelouafi Laftit told the House of Councillors on Tuesday."
    )
    s2 = (
        "Answering questions from MPs on the security situation, the minister said 310 people had been arrested "
        "over the same two years."
    )
    s3 = "The minister further noted that 52 Moroccans had been prevented from travelling to conflict zones in 2018."
    paragraphs = [
        s1,
        s2,
        "Laftit added that the murder of two Scandinavian tourists near Imlil in December had been carried out "
        "by a cell that pledged allegiance to the Islamic State online.",
        "He said cooperation with European partners, particularly Spain, France and Belgium, had helped trace "
        "the suspects’ contacts abroad.",
        s3,
        "The session, the chamber’s 14th of the legislative year, also examined a bill on the protection of "
        "women.",
    ]
    laftit = A(
        "MOI",
        "Interior Minister Abdelouafi Laftit told the House of Councillors on Tuesday",
        person="Abdelouafi Laftit",
    )
    rng = P("range", "2017", "2018", "in 2017 and 2018")
    return dict(
        key="e14",
        file="e14_map_laftit_councillors_clean.txt",
        format="clean",
        language="en",
        text=clean(title, [], "Rabat, 16/01/2019 (MAP) - ", paragraphs),
        metadata=meta(title, "MAP", pub, city="Rabat"),
        claims=[
            C(
                "cells_dismantled",
                20,
                "20",
                s1,
                period=rng,
                attribution=laftit,
                notes="paired years; a minister answering parliament is the ministry",
            ),
            C(
                "cells_dismantled",
                11,
                "11",
                s1,
                period=year("2018", "last year"),
                attribution=laftit,
                notes="'11 of them last year': a part of the two years, by period",
            ),
            C(
                "persons_arrested",
                310,
                "310",
                s2,
                period=P("range", "2017", "2018", "over the same two years"),
                attribution=A("MOI", "the minister said", person="Abdelouafi Laftit"),
            ),
        ],
        optional_claims=[
            C(
                "departures_prevented",
                52,
                "52",
                s3,
                period=year("2018", "in 2018"),
                attribution=A("MOI", "The minister further noted", person="Abdelouafi Laftit"),
                notes="outside the tracked metrics",
            ),
        ],
        must_not_extract=[
            T(title, "title figure repeated by the body"),
            T("two Scandinavian tourists", "victims of one attack"),
            T("the chamber’s 14th", "ordinal"),
            T("16/01/2019", "dateline date (metadata)"),
        ],
        countries_cited=["ES", "FR", "BE"],
        countries_not_partners=[],
        flags=[
            "clean",
            "wire_dateline",
            "english",
            "paired_years",
            "relative_period",
            "inherited_period",
            "minister_answering_mps",
            "org_MOI",
            "named_person",
            "partner_cue",
            "ordinal_trap",
            "title_figure_trap",
        ],
    )


@article
def e15():
    pub = "2016-02-19"
    title = "Morocco arrests 10 suspected Islamic State militants, including Frenchman"
    s1 = (
        "Moroccan authorities said on Friday they had arrested 10 suspected militants linked to Islamic State, "
        "including a French citizen, and seized weapons and bomb-making materials in raids on their hideouts."
    )
    s2 = (
        "Morocco says it has dismantled 152 militant cells since 2002, including 31 since 2013 that it says were "
        "linked to armed groups in Syria and Iraq."
    )
    s3 = (
        "Some 1,500 Moroccans are believed to have left to fight with armed groups in Syria and Iraq, and 286 of "
        "them have been killed, according to Moroccan authorities."
    )
    paragraphs = [
        s1,
        "The suspects included a 16-year-old whom the group planned to use as a suicide truck bomber, BCIJ head "
        "Abdelhak al-Khayyam told reporters at the bureau’s offices.",
        s2,
        "Al-Khayyam said the weapons had come from Libya but declined to give further details.",
        "Hundreds of fighters from Morocco and other Maghreb states have joined Islamist militants in Syria, "
        "security experts say.",
        s3,
    ]
    auth = A("official_unspecified", "Moroccan authorities said on Friday")
    says = A("official_unspecified", "Morocco says")
    return dict(
        key="e15",
        file="e15_reuters_152_cells_clean.txt",
        format="clean",
        language="en",
        text=clean(
            title,
            ["By Zakia Abdennebi", "February 19, 2016"],
            "SALE, Morocco, Feb 19 (Reuters) - ",
            paragraphs,
            ["(Writing by Patrick Markey; Editing by Gareth Jones)"],
        ),
        metadata=meta(title, "Reuters", pub, city="SALE"),
        claims=[
            C("persons_arrested", 10, "10", s1, period=P("event"), attribution=auth, notes="one operation"),
            C("cells_dismantled", 152, "152", s2, period=since("2002", pub, "since 2002"), attribution=says),
            C(
                "cells_dismantled",
                31,
                "31",
                s2,
                subset="syria_iraq_linked",
                period=since("2013", pub, "since 2013"),
                attribution=says,
                notes="a subset with a period of its own",
            ),
            C(
                "fighters_joined",
                1500,
                "1,500",
                s3,
                qualifier="about",
                qualifier_text="Some",
                period=cumul(pub),
                attribution=A("official_unspecified", "according to Moroccan authorities"),
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_killed",
                286,
                "286",
                s3,
                period=cumul(pub),
                attribution=A("official_unspecified", "according to Moroccan authorities"),
                notes="'286 of them have been killed'",
            ),
        ],
        must_not_extract=[
            T(title, "title figure repeated by the body"),
            T("a 16-year-old", "age"),
            T("Hundreds of fighters", "vague count"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("FR", "a French citizen", "nationality of a suspect"),
            NP("LY", "had come from Libya", "origin of weapons"),
            NP("SY", "in Syria and Iraq", "conflict zone"),
            NP("IQ", "in Syria and Iraq", "conflict zone"),
        ],
        flags=[
            "clean",
            "wire_dateline",
            "wire_reuters",
            "date_line_in_clean",
            "english",
            "period_event",
            "subset_syria_iraq_linked",
            "qualifier_about",
            "thousands_separator",
            "org_official_unspecified",
            "nationality_mention",
            "age_trap",
            "vague_count_trap",
            "title_figure_trap",
        ],
    )


@article
def e16():
    pub = "2023-01-11"
    title = "Morocco, Spain break up IS-linked jihadist cell"
    s1 = (
        "One suspect was arrested by special forces of Morocco’s DGST domestic intelligence agency in the rural "
        "Chtouka Ait Baha region, the Central Bureau of Judicial Investigation (BCIJ) said in a statement."
    )
    s2 = (
        "Since 2002, the North African kingdom has broken up more than 2,000 “terrorist cells” and detained some "
        "4,300 suspected jihadists, according to BCIJ figures."
    )
    s3 = (
        "The worst attack in the country’s recent history, a series of suicide bombings in Casablanca in 2003, "
        "killed 33 people as well as 12 bombers."
    )
    s0 = (
        "Moroccan and Spanish authorities have broken up a jihadist cell linked to the Islamic State group and "
        "arrested its three members in a joint operation, Morocco’s security services said Wednesday."
    )
    paragraphs = [
        s0,
        s1,
        "Two other members of the cell were arrested by Spanish authorities in Almeria, in the European "
        "country’s southeast.",
        "The suspects had pledged allegiance to IS and were promoting extremist ideas for recruitment purposes, "
        "the BCIJ said.",
        "Morocco has been largely spared jihadist violence in recent years, but authorities regularly announce "
        "arrests of suspected IS affiliates.",
        s2,
        s3,
    ]
    bcij_fig = A("BCIJ", "according to BCIJ figures")
    return dict(
        key="e16",
        file="e16_afp_2000_cells_clean.txt",
        format="clean",
        language="en",
        text=clean(title, ["Published: 11 January 2023 - 18:20"], "Rabat (AFP) - ", paragraphs, ["© AFP"]),
        metadata=meta(title, "AFP", pub, alias="Agence France-Presse", city="Rabat"),
        claims=[
            C(
                "persons_arrested",
                1,
                "One",
                s1,
                period=P("event"),
                attribution=A(
                    "BCIJ", "the Central Bureau of Judicial Investigation (BCIJ) said in a statement"
                ),
                notes="the one suspect arrested in Morocco; the other two were arrested in Spain",
            ),
            C(
                "cells_dismantled",
                2000,
                "2,000",
                s2,
                qualifier="more_than",
                qualifier_text="more than",
                period=since("2002", pub, "Since 2002"),
                attribution=bcij_fig,
                notes="a bound ten times every other source (implausible_value): extracted as printed",
            ),
            C(
                "persons_arrested",
                4300,
                "4,300",
                s2,
                qualifier="about",
                qualifier_text="some",
                period=since("2002", pub, "Since 2002"),
                attribution=bcij_fig,
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                3,
                "three",
                s0,
                period=P("event"),
                attribution=A("official_unspecified", "Morocco’s security services said Wednesday"),
                notes="arrests of the joint operation in both countries",
            ),
            C(
                "attack_deaths",
                33,
                "33",
                s3,
                period=P("event", "2003", "2003", "in 2003"),
                attribution=A("unspecified"),
                notes="victims of one attack",
            ),
        ],
        must_not_extract=[
            T(
                "Two other members of the cell were arrested by Spanish authorities",
                "arrests in another country",
            ),
            T("12 bombers", "attackers of one attack"),
            T("Published: 11 January 2023 - 18:20", "date line (metadata)"),
        ],
        countries_cited=["ES"],
        countries_not_partners=[],
        flags=[
            "clean",
            "wire_dateline",
            "wire_afp",
            "date_line_in_clean",
            "english",
            "number_words",
            "implausible_value",
            "qualifier_more_than",
            "qualifier_about",
            "thousands_separator",
            "org_BCIJ",
            "partner_cue",
            "other_country_figure",
        ],
    )


@article
def e17():
    pub = "2020-10-07"
    title = "Morocco has dismantled four terror cells since January"
    s1 = (
        "Since the beginning of the year, Moroccan security services have dismantled four terrorist cells "
        "operating in different cities, according to a tally of official statements."
    )
    s2 = (
        "On March 2, a cell of four supporters of the Islamic State was broken up in Sidi Slimane; on July 7, "
        "another four-member cell was dismantled in Nador."
    )
    s3 = (
        "On September 10, security services aborted an imminent plot by a cell linked to the Islamic State, "
        "arresting five extremists in Tangier, Tiflet, Temara and Skhirat."
    )
    s4 = "In 2019, fourteen terrorist cells were dismantled across the kingdom, the same tally shows."
    body = [
        s1,
        s2,
        s3,
        "The arrests come amid growing concern over the Sahel, where the Islamic State in the Greater Sahara has "
        "exploited the instability in Mali, Niger and Burkina Faso.",
        s4,
    ]
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} – The North Africa Post</title>
<meta property="og:site_name" content="The North Africa Post">
<meta property="article:published_time" content="{pub}T10:12:00+00:00">
</head>
<body>
<div class="topbar">Follow us · 125K followers</div>
<article>
<h1>{title}</h1>
<div class="author">By NAP staff</div>
{ps(body, "")}
</article>
<div class="related"><h3>Related Articles</h3><p>Counterterrorism: Three French nationals arrested in Salé</p></div>
<footer>© The North Africa Post</footer>
</body>
</html>
"""
    tally = A("official_unspecified", "according to a tally of official statements")
    return dict(
        key="e17",
        file="e17_nap_four_cells_published_time.html",
        format="html",
        language="en",
        text=text,
        metadata=meta(title, "The North Africa Post", pub, alias="North Africa Post"),
        claims=[
            C(
                "cells_dismantled",
                4,
                "four",
                s1,
                period=ytd(pub, "Since the beginning of the year"),
                attribution=tally,
            ),
            C(
                "persons_arrested",
                5,
                "five",
                s3,
                period=P("event", "2020-09-10", "2020-09-10", "On September 10"),
                attribution=tally,
            ),
            C(
                "cells_dismantled",
                14,
                "fourteen",
                s4,
                period=year("2019", "In 2019"),
                attribution=A("official_unspecified", "the same tally shows"),
                notes="disagrees with the 12 printed for 2019 elsewhere (same_period_disagreement)",
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                4,
                "four",
                s2,
                period=P("event", "2020-03-02", "2020-03-02", "On March 2"),
                attribution=tally,
                notes="size of one cell in a list of past operations",
            ),
            C(
                "persons_arrested",
                4,
                "four-member",
                s2,
                period=P("event", "2020-07-07", "2020-07-07", "on July 7"),
                attribution=tally,
                notes="size of one cell in a list of past operations",
            ),
        ],
        must_not_extract=[
            T(title, "title figure repeated by the body"),
            T("125K followers", "social media count"),
            T("Three French nationals", "related-articles headline"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("ML", "Mali, Niger and Burkina Faso", "conflict zone"),
            NP("NE", "Mali, Niger and Burkina Faso", "conflict zone"),
            NP("BF", "Mali, Niger and Burkina Faso", "conflict zone"),
        ],
        flags=[
            "html",
            "date_only_in_meta_published_time",
            "english",
            "number_words",
            "year_to_date",
            "period_event",
            "org_official_unspecified",
            "same_period_disagreement",
            "conflict_zone_mention",
            "title_figure_trap",
        ],
    )


@article
def e18():
    pub = "2022-06-03"
    title = "Moroccan families plead for state help to bring home jihadists held in Syria"
    s1 = (
        "About 150 Moroccan women and 400 children remain in the al-Hol and Roj camps run by the Kurdish-led "
        "Syrian Democratic Forces, according to the National Coordination of Families of Moroccans Stranded in "
        "Syria and Iraq."
    )
    s2 = "According to a 2021 parliamentary report, 232 Moroccan fighters were then held in Syria, 12 in Iraq and 6 in Turkey."
    paragraphs = [
        "Families of Moroccans who left overnight to join jihadist groups and are now held in camps and prisons "
        "in Syria and Iraq continue to ask the state to help repatriate them.",
        s1,
        "Moustapha, 25, has given no sign of life since 2016, when he left for Syria, his sister Rachida told EFE.",
        "She believes he is held in Nasiriyah prison in Iraq, after he crossed into Syria from Gaziantep, a "
        "Turkish city near the border, in April 2016.",
        s2,
        "Dozens of families have written to parliament and the government since 2019.",
    ]
    ngo = A(
        "analyst",
        "according to the National Coordination of Families of Moroccans Stranded in Syria and Iraq",
    )
    parl = A("PARLIAMENT", "a 2021 parliamentary report")
    return dict(
        key="e18",
        file="e18_efe_families_clean.txt",
        format="clean",
        language="en",
        text=clean(title, ["June 3, 2022"], "Rabat, Jun 3 (EFE).- ", paragraphs),
        metadata=meta(title, "EFE", pub, city="Rabat"),
        claims=[
            C(
                "fighters_detained_abroad",
                150,
                "150",
                s1,
                subset="women",
                qualifier="about",
                qualifier_text="About",
                period=cumul(pub),
                attribution=ngo,
            ),
            C(
                "fighters_detained_abroad",
                400,
                "400",
                s1,
                subset="minors",
                qualifier="about",
                qualifier_text="About",
                period=cumul(pub),
                attribution=ngo,
                notes="'About' distributes over the coordinated numbers ('About 150 … women and 400 children'); a "
                "families' association is a non-official source, recorded as analyst",
            ),
            C(
                "fighters_detained_abroad",
                232,
                "232",
                s2,
                subset="syria",
                period=cumul("2021"),
                as_of="2021",
                attribution=parl,
                notes="dated by the text ('then', a 2021 report)",
            ),
            C(
                "fighters_detained_abroad",
                12,
                "12",
                s2,
                subset="iraq",
                period=cumul("2021"),
                as_of="2021",
                attribution=parl,
                notes="list item: noun and verb shared",
            ),
            C(
                "fighters_detained_abroad",
                6,
                "6",
                s2,
                subset="turkey",
                period=cumul("2021"),
                as_of="2021",
                attribution=parl,
            ),
        ],
        must_not_extract=[
            T("Moustapha, 25", "age"),
            T("since 2016", "bare year"),
            T("April 2016", "date"),
            T("Dozens of families", "vague count"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("SY", "Syrian Democratic Forces", "a country (adjective) inside an organisation's name"),
            NP("TR", "a Turkish city", "place"),
            NP("IQ", "Nasiriyah prison in Iraq", "place of detention"),
        ],
        flags=[
            "clean",
            "wire_dateline",
            "wire_efe",
            "date_line_in_clean",
            "english",
            "qualifier_about",
            "qualifier_distribution",
            "as_of",
            "list",
            "subset_women",
            "subset_minors",
            "org_analyst",
            "org_PARLIAMENT",
            "country_in_org_name",
            "age_trap",
            "vague_count_trap",
        ],
    )


@article
def e19():
    pub = "2025-02-24"
    title = "Morocco says it dismantled Islamic State cell that was planning attacks"
    s1 = (
        "Moroccan authorities this month arrested a dozen people they said were planning attacks on behalf of "
        "the Islamic State group in the Sahel, officials said Monday."
    )
    s2 = "The 12 suspects, aged 18 to 40, were arrested in nine cities including Casablanca, Fez and Tangier, he said."
    s3 = (
        "Morocco, which set up the bureau in 2015, has dismantled more than 200 cells since 2002 and more than 40 "
        "linked to the Sahel in recent years, according to the bureau."
    )
    paragraphs = [
        s1,
        "“Morocco remains a major target in the agenda of all terrorist organizations operating in the Sahel,” "
        "Habboub Cherkaoui, the head of Morocco’s Central Bureau of Judicial Investigations, said at a news "
        "conference.",
        s2,
        "Since French troops began withdrawing from the region almost three years ago, the Islamic State in the "
        "Sahel has launched deadly campaigns in Mali, Burkina Faso and Niger.",
        s3,
        "The suspects took orders from Abderrahmane Sahraoui, a Libyan who oversees the group’s external "
        "operations, officials said.",
        "Authorities said they had tracked the cell for more than a year.",
    ]
    bureau = A("BCIJ", "according to the bureau")
    return dict(
        key="e19",
        file="e19_ap_lions_caliphate_clean.txt",
        format="clean",
        language="en",
        text=clean(
            title,
            ["By SAM METZ", "Updated 4:12 PM GMT+1, February 24, 2025"],
            "SALE, Morocco (AP) — ",
            paragraphs,
        ),
        metadata=meta(title, "AP", pub, alias="Associated Press", city="SALE"),
        claims=[
            C(
                "persons_arrested",
                12,
                "12",
                s2,
                period=P("event"),
                attribution=A("BCIJ", "he said", person="Habboub Cherkaoui"),
                notes="the speaker is named in the previous sentence",
            ),
            C(
                "cells_dismantled",
                200,
                "200",
                s3,
                qualifier="more_than",
                qualifier_text="more than",
                period=since("2002", pub, "since 2002"),
                attribution=bureau,
            ),
            C(
                "cells_dismantled",
                40,
                "40",
                s3,
                subset="sahel_linked",
                qualifier="more_than",
                qualifier_text="more than",
                period=P("unspecified", None, None, "in recent years"),
                attribution=bureau,
                notes="second item: noun 'cells' and qualifier repeated; its own vague period",
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                12,
                "a dozen",
                s1,
                qualifier="about",
                qualifier_text="a dozen",
                period=P("event"),
                attribution=A("official_unspecified", "officials said Monday"),
                notes="'a dozen' restated as 12 in the next paragraphs; optional (see e05)",
            ),
        ],
        must_not_extract=[
            T("aged 18 to 40", "ages"),
            T("which set up the bureau in 2015", "period of another clause"),
            T("nine cities", "count of cities"),
            T("almost three years ago", "duration"),
            T("more than a year", "duration"),
            T("Updated 4:12 PM GMT+1", "update time"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("FR", "French troops", "nationality of troops"),
            NP("ML", "Mali, Burkina Faso and Niger", "conflict zone"),
            NP("BF", "Mali, Burkina Faso and Niger", "conflict zone"),
            NP("NE", "Mali, Burkina Faso and Niger", "conflict zone"),
            NP("LY", "a Libyan", "nationality"),
        ],
        flags=[
            "clean",
            "wire_dateline",
            "wire_ap",
            "date_line_in_clean",
            "english",
            "dozen_optional",
            "period_event",
            "other_clause_period",
            "speaker_previous_sentence",
            "qualifier_more_than",
            "subset_sahel_linked",
            "org_BCIJ",
            "nationality_mention",
            "conflict_zone_mention",
            "age_trap",
            "duration_trap",
        ],
    )


@article
def e20():
    pub = "2019-04-25"
    heads, traps = sidebar_traps(
        [
            ("Botola: Raja beat FUS 2-0 in Rabat", "2-0", "football score"),
            ("Sri Lanka Easter bombings: death toll rises to 359", "359", "casualties abroad"),
            ("Sha'ban 1440: Ramadan expected on May 6", "1440", "Hijri year"),
            "Morocco’s trade deficit widens in first quarter",
        ]
    )
    title = "Study: Moroccan Counter-Terrorism More Successful Than Egypt, Tunisia"
    s1 = "More than a thousand radicalized Moroccans joined the Islamic State in the Middle East, according to the study."
    s2 = (
        "Yet the kingdom has experienced only one terrorist attack since 2011, the study notes: the murder of two "
        "Scandinavian hikers near Imlil in December 2018."
    )
    paragraphs = [
        "Rabat – The Egmont Institute, a Brussels-based think tank, and Germany’s Konrad Adenauer Foundation "
        "published a study on Wednesday, April 24, on how Morocco deals with local jihadists and returning "
        "foreign fighters.",
        "The authors describe Morocco as by far the most advanced of the three North African countries in "
        "handling returnees.",
        f"{s1} {s2}",
        "Tunisia is seen as the largest source of foreign terrorist fighters to the Levant, the report adds.",
        "The report also raised concerns about the security-heavy approaches of all three countries, and called "
        "for more attention to socio-economic grievances.",
    ]
    return dict(
        key="e20",
        file="e20_mwn_egmont_study_aggregator.txt",
        format="aggregator",
        language="en",
        text=aggregator(
            heads, title, "Morocco World News", pub, paragraphs, lang="en", tags="Egmont returnees study"
        ),
        metadata=meta(title, "Morocco World News", pub, alias="MWN", city="Rabat"),
        claims=[
            C(
                "fighters_joined",
                1000,
                "a thousand",
                s1,
                qualifier="more_than",
                qualifier_text="More than",
                period=cumul(pub),
                attribution=A("analyst", "according to the study"),
            ),
            C(
                "terrorist_attacks",
                1,
                "one",
                s2,
                period=since("2011", pub, "since 2011"),
                attribution=A("analyst", "the study notes"),
            ),
        ],
        must_not_extract=traps
        + [
            T("Wednesday, April 24", "date"),
            T("two Scandinavian hikers", "victims of one attack"),
            T("December 2018", "date of an attack"),
            T("the three North African countries", "count of countries"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("BE", "a Brussels-based think tank", "seat of the think tank"),
            NP("DE", "Germany’s Konrad Adenauer Foundation", "a country inside an organisation's name"),
            NP("EG", "Egypt", "compared country (title)"),
            NP("TN", "Tunisia is seen as the largest source", "compared country"),
        ],
        flags=[
            "aggregator",
            "aggregator_dateline",
            "english",
            "think_tank",
            "org_analyst",
            "number_words",
            "qualifier_more_than",
            "country_in_org_name",
            "hijri_trap",
            "score_trap",
            "casualties_trap",
        ],
    )


@article
def e21():
    pub = "2020-11-18"
    title = "Morocco Has Dismantled 207 Terrorist Cells Since 2002"
    s1 = (
        "Morocco has dismantled two hundred and seven terrorist cells since 2002, most of them made up of groups "
        "affiliated with ISIS, security sources told the official news agency on Tuesday."
    )
    s2 = "In the past three years alone, 32 cells have been neutralized, the sources added."
    s2b = (
        "The Central Bureau of Judicial Investigations alone dismantled 21 cells in 2015, 19 in 2016 and 9 in "
        "2017, the sources said."
    )
    s3 = (
        "The kingdom has suffered three deadly attacks since 2003: the Casablanca suicide bombings, the 2011 "
        "bombing of the Argana cafe in Marrakech and the 2018 killing of two Scandinavian tourists near Imlil."
    )
    body = [
        s1,
        f"{s2} {s2b}",
        s3,
        "Security services act before plots mature, sometimes intervening within 24 hours when they learn an "
        "attack is imminent, the sources said.",
        "A cell can be monitored for a month or more before an operation is launched.",
    ]
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | Asharq AL-awsat</title>
  <meta property="og:site_name" content="Asharq Al-Awsat">
</head>
<body>
  <header>Asharq Al-Awsat English Edition</header>
  <article>
    <h1>{title}</h1>
    <div class="date"><time datetime="{pub}T09:00:00+00:00">Wednesday</time></div>
{ps(body, "    ")}
  </article>
  <div class="most-read">Most read: Oil prices rise 2% on vaccine hopes</div>
</body>
</html>
"""
    src = A("official_unspecified", "security sources told the official news agency on Tuesday")
    return dict(
        key="e21",
        file="e21_aawsat_two_hundred_and_seven.html",
        format="html",
        language="en",
        text=text,
        metadata=meta(title, "Asharq Al-Awsat", pub),
        claims=[
            C(
                "cells_dismantled",
                207,
                "two hundred and seven",
                s1,
                period=since("2002", pub, "since 2002"),
                attribution=src,
                notes="number in words with 'and'",
            ),
            C(
                "cells_dismantled",
                32,
                "32",
                s2,
                period=lastn(3, pub, "In the past three years"),
                attribution=A("official_unspecified", "the sources added"),
            ),
            C(
                "cells_dismantled",
                21,
                "21",
                s2b,
                period=year("2015", "in 2015"),
                attribution=A("official_unspecified", "the sources said"),
                notes="list: 'cells' and the source shared; the year follows each number",
            ),
            C(
                "cells_dismantled",
                19,
                "19",
                s2b,
                period=year("2016", "in 2016"),
                attribution=A("official_unspecified", "the sources said"),
            ),
            C(
                "cells_dismantled",
                9,
                "9",
                s2b,
                period=year("2017", "in 2017"),
                attribution=A("official_unspecified", "the sources said"),
            ),
            C(
                "terrorist_attacks",
                3,
                "three",
                s3,
                period=since("2003", pub, "since 2003"),
                attribution=A("unspecified"),
                notes="the author's own count",
            ),
        ],
        must_not_extract=[
            T(title, "title figure repeated by the body (in words)"),
            T("the 2011 bombing", "year of an attack"),
            T("the 2018 killing", "year of an attack"),
            T("within 24 hours", "duration"),
            T("a month or more", "duration with 'or more'"),
            T("rise 2%", "most read: oil price"),
        ],
        countries_cited=[],
        countries_not_partners=[NP(None, "two Scandinavian tourists", "nationality of victims")],
        flags=[
            "html",
            "date_only_in_time_datetime",
            "english",
            "number_words",
            "period_last_n_years",
            "list",
            "list_year_after_number",
            "org_official_unspecified",
            "org_unspecified",
            "nationality_mention",
            "duration_trap",
            "title_figure_trap",
        ],
    )


@article
def e22():
    pub = "2023-12-29"
    title = "DGSN 2023 report: care cells for women victims handled a record number of complaints"
    s1 = (
        "On the counter-terrorism front, the DGSN said its services took part, alongside the DGST, in the arrest "
        "of 38 people suspected of links to terrorist organisations this year."
    )
    paragraphs = [
        "The General Directorate of National Security (DGSN) said in its annual report released on Friday that "
        "its 440 care cells for women victims of violence received more than 22,000 complaints this year.",
        "A central cell, set up in 2019, coordinates the units and trains officers in victim support.",
        s1,
        "The report also recorded the seizure of 1,100 tonnes of cannabis and the arrest of 89,000 people in "
        "drug cases.",
        "The DGSN highlighted its cooperation with Interpol and with police forces in France and Belgium in "
        "cross-border investigations.",
    ]
    return dict(
        key="e22",
        file="e22_map_en_dgsn_cells_women.txt",
        format="clean",
        language="en",
        text=clean(title, [], "Rabat, 12/29/2023 (MAP) - ", paragraphs),
        metadata=meta(title, "MAP", pub, city="Rabat"),
        claims=[
            C(
                "persons_arrested",
                38,
                "38",
                s1,
                period=year("2023", "this year"),
                attribution=A("DGSN", "the DGSN said"),
            ),
        ],
        must_not_extract=[
            T("440 care cells for women victims of violence", "'cell' that is not a terror cell"),
            T("more than 22,000 complaints", "complaints of violence against women"),
            T("A central cell", "'cell' that is not a terror cell"),
            T("89,000 people in drug cases", "drug arrests, not terrorism"),
            T("1,100 tonnes", "seizures"),
            T("12/29/2023", "dateline date (metadata)"),
        ],
        countries_cited=["FR", "BE"],
        countries_not_partners=[],
        flags=[
            "clean",
            "wire_dateline",
            "english",
            "cell_not_terror",
            "relative_period",
            "org_DGSN",
            "partner_cue",
            "metric_trap",
        ],
    )


@article
def e23():
    pub = "2022-05-11"
    heads, traps = sidebar_traps(
        [
            ("Botola: Wydad hold Raja 1-1", "1-1", "football score"),
            ("Shawwal 1443: the month began on Monday", "1443", "Hijri year"),
            ("Fuel prices: diesel hits 14.5 dirhams", "14.5 dirhams", "price"),
            "Heatwave alert in the southern provinces",
        ]
    )
    title = "Bourita: Africa now accounts for 41% of Daesh attacks worldwide"
    s0 = (
        "Minister of Foreign Affairs Nasser Bourita said on Wednesday that Africa now accounts for 41% of attacks "
        "claimed by Daesh worldwide, as he opened the ministerial meeting of the Global Coalition Against Daesh "
        "in Marrakech."
    )
    s1 = (
        "Bourita said Morocco had dismantled more than 210 terrorist cells since 2002 and thwarted more than 500 "
        "attempted attacks during the same period."
    )
    paragraphs = [
        s0,
        s1,
        "The coalition, which brings together 84 members, held its first ministerial meeting on African soil, "
        "co-chaired by Morocco and the United States.",
        "Bourita called for a tailored response to the threat in the Sahel, where Daesh affiliates have killed "
        "thousands of civilians since 2017.",
        "He welcomed Morocco’s intelligence cooperation with Spain and Germany, which he said had helped foil "
        "attacks in Europe.",
    ]
    bourita = A("MFA", "Bourita said", person="Nasser Bourita")
    return dict(
        key="e23",
        file="e23_hespress_en_bourita_marrakech.txt",
        format="aggregator",
        language="en",
        text=aggregator(
            heads, title, "Hespress English", pub, paragraphs, lang="en", tags="Bourita coalition Daesh"
        ),
        metadata=meta(title, "Hespress English", pub, alias="Hespress"),
        claims=[
            C(
                "cells_dismantled",
                210,
                "210",
                s1,
                qualifier="more_than",
                qualifier_text="more than",
                period=since("2002", pub, "since 2002"),
                attribution=bourita,
            ),
            C(
                "plots_foiled",
                500,
                "500",
                s1,
                qualifier="more_than",
                qualifier_text="more than",
                period=since("2002", pub, "during the same period"),
                attribution=bourita,
                notes="'thwarted … attempted attacks': plots foiled",
            ),
        ],
        must_not_extract=traps
        + [
            T("41% of attacks claimed by Daesh worldwide", "a continent's share of a world figure"),
            T(title, "world figure in the title"),
            T("84 members", "members of a coalition"),
            T("its first ministerial meeting", "ordinal"),
            T("thousands of civilians", "vague count, another region"),
        ],
        countries_cited=["ES", "DE"],
        countries_not_partners=[
            NP(
                "US",
                "co-chaired by Morocco and the United States",
                "co-chair of a meeting; no cooperation stated",
            ),
        ],
        flags=[
            "aggregator",
            "english",
            "org_MFA",
            "named_person",
            "qualifier_more_than",
            "inherited_period",
            "metric_frame",
            "world_figure",
            "partner_cue",
            "ordinal_trap",
            "vague_count_trap",
            "hijri_trap",
            "score_trap",
        ],
    )


@article
def e24():
    pub = "2024-10-03"
    title = "Repatriations from Syria stall as families wait"
    s1 = "No more than 40 women and children have been brought home since 2019, a security official told the Monitor on condition of anonymity."
    s2 = (
        "Fewer than 250 Moroccan men remain in prisons run by the Syrian Democratic Forces, the official said, "
        "roughly the same number as three years ago."
    )
    s3 = "The families’ coordination says it holds files on 90 families with 234 children, a figure it concedes is incomplete."
    blocks = [
        "Five years after Morocco brought home eight men from Syria, the repatriation of its nationals from "
        "camps in the country’s northeast has all but stalled.",
        s1,
        s2,
        s3,
        "Rabat has said it will examine each case individually, in coordination with the United States, which "
        "has urged allies to take back their citizens.",
    ]
    text = wordpress(
        "Maghreb Daily Monitor",
        "HomeNewsMorocco",
        title,
        "October 3, 2024 · Staff writer · 4 min read",
        blocks,
        ["3 things to know about Law 86-14", "Interview: a mother’s 5-year wait"],
        lang="en",
        footer="© 2024 Maghreb Daily Monitor",
    )
    official = A("official_unspecified", "a security official told the Monitor")
    return dict(
        key="e24",
        file="e24_maghreb_daily_monitor_bom_wordpress.txt",
        format="wordpress",
        language="en",
        encoding="utf-8-sig",
        text=text,
        metadata=meta(title, "Maghreb Daily Monitor", pub, fictional=True),
        claims=[
            C(
                "returnees",
                40,
                "40",
                s1,
                subset="women_and_minors",
                qualifier="at_most",
                qualifier_text="No more than",
                period=since("2019", pub, "since 2019"),
                attribution=official,
            ),
            C(
                "fighters_detained_abroad",
                250,
                "250",
                s2,
                qualifier="less_than",
                qualifier_text="Fewer than",
                period=cumul(pub),
                attribution=A("official_unspecified", "the official said"),
                notes="'three years ago' dates no figure of its own",
            ),
        ],
        optional_claims=[
            C(
                "fighters_detained_abroad",
                234,
                "234",
                s3,
                subset="minors",
                period=cumul(pub),
                attribution=A("analyst", "The families’ coordination says"),
                notes="a families' association's files, admitted incomplete",
            ),
        ],
        must_not_extract=[
            T("Five years after", "duration"),
            T("three years ago", "relative date without a figure"),
            T("eight men", "a past repatriation, recalled"),
            T("90 families", "families, not people held"),
            T("Law 86-14", "related articles: law number"),
            T("3 things to know", "related-articles headline"),
            T("5-year wait", "related articles: duration"),
            T("4 min read", "reading time"),
        ],
        countries_cited=["US"],
        countries_not_partners=[
            NP("SY", "Syrian Democratic Forces", "a country (adjective) inside an organisation's name"),
        ],
        flags=[
            "wordpress",
            "wordpress_date_line",
            "utf8_bom",
            "english",
            "fictional_outlet",
            "qualifier_at_most",
            "qualifier_less_than",
            "qualifier_about",
            "as_of",
            "subset_women_and_minors",
            "org_official_unspecified",
            "partner_cue",
            "country_in_org_name",
            "duration_trap",
            "related_articles_trap",
        ],
    )


@article
def e25():
    pub = "2017-12-26"
    heads, traps = sidebar_traps(
        [
            ("Christmas in Casablanca: 3 churches hold midnight mass", "3 churches", "unrelated count"),
            ("Rabi al-Akhir 1439 begins on Tuesday", "1439", "Hijri year"),
            ("Botola: IRT stun Wydad 2-1", "2-1", "football score"),
            "Morocco’s bid to join ECOWAS postponed",
        ]
    )
    title = "Morocco Dismantled Nine Terror Cells in 2017"
    s1 = (
        "Morocco dismantled nine terror cells in 2017, a marked decrease compared with the last few years, "
        "according to statistics from the Central Bureau of Judicial Investigations (BCIJ)."
    )
    s2 = "In 2015, security services busted 21 terror cells, and 19 in 2016."
    s3 = "The number of people arrested did not reach 200 this year, while it topped 270 in both 2015 and 2016."
    s4 = (
        "BCIJ Director Abdelhak Khiame told MAP that 92 Moroccan fighters returning from conflict zones had been "
        "arrested between 2015 and the end of November 2017, including 20 this year."
    )
    s5 = "The latest operation took place on Monday in the southern Souss-Massa region, where four people were arrested in raids on three towns."
    paragraphs = [s1, s2, s3, s4, s5]
    stats = A("BCIJ", "according to statistics from the Central Bureau of Judicial Investigations (BCIJ)")
    khiame = A("BCIJ", "BCIJ Director Abdelhak Khiame told MAP", person="Abdelhak Khiame")
    return dict(
        key="e25",
        file="e25_mwn_utf16_nine_cells.txt",
        format="aggregator",
        language="en",
        encoding="utf-16",
        text=aggregator(heads, title, "Morocco World News", pub, paragraphs, lang="en"),
        metadata=meta(title, "Morocco World News", pub, alias="MWN"),
        claims=[
            C("cells_dismantled", 9, "nine", s1, period=year("2017", "in 2017"), attribution=stats),
            C(
                "cells_dismantled",
                21,
                "21",
                s2,
                period=year("2015", "In 2015"),
                attribution=stats,
                notes="list: the year comes first for one item and after the number for the other",
            ),
            C("cells_dismantled", 19, "19", s2, period=year("2016", "in 2016"), attribution=stats),
            C(
                "persons_arrested",
                200,
                "200",
                s3,
                qualifier="less_than",
                qualifier_text="did not reach",
                period=year("2017", "this year"),
                attribution=stats,
            ),
            C(
                "persons_arrested",
                270,
                "270",
                s3,
                qualifier="more_than",
                qualifier_text="topped",
                period=year("2015", "in both 2015 and 2016"),
                attribution=stats,
                notes="'in both 2015 and 2016': one bound for each of the two years, not for the pair",
            ),
            C(
                "persons_arrested",
                270,
                "270",
                s3,
                qualifier="more_than",
                qualifier_text="topped",
                period=year("2016", "in both 2015 and 2016"),
                attribution=stats,
            ),
            C(
                "returnees_arrested",
                92,
                "92",
                s4,
                period=P("range", "2015", "2017-11", "between 2015 and the end of November 2017"),
                as_of="2017-11",
                attribution=khiame,
                notes="cumulative up to the end of November 2017, not that month",
            ),
            C("returnees_arrested", 20, "20", s4, period=year("2017", "this year"), attribution=khiame),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                4,
                "four",
                s5,
                period=P("event"),
                attribution=A("unspecified"),
                notes="one operation",
            ),
        ],
        must_not_extract=traps
        + [
            T(title, "title figure (in words) repeated by the body"),
            T("three towns", "count of towns"),
        ],
        countries_cited=[],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "utf16",
            "english",
            "number_words",
            "list",
            "list_year_after_number",
            "qualifier_less_than",
            "qualifier_more_than",
            "paired_years_each",
            "until_end_of_month",
            "as_of",
            "relative_period",
            "org_BCIJ",
            "named_person",
            "title_figure_trap",
            "hijri_trap",
            "score_trap",
        ],
    )


@article
def e26():
    pub = "2023-03-20"
    heads, traps = sidebar_traps(
        [
            ("Ramadan 1444 to begin on Thursday", "1444", "Hijri year"),
            "Atlas Lions to face Brazil in Tangier friendly",
            ("Inflation eases to 10.1% in February", "10.1%", "inflation"),
            ("Turkey earthquake: death toll passes 50,000", "50,000", "another country's casualties"),
        ]
    )
    title = "Morocco remains on alert as ISIS regroups in the Sahel"
    s1 = "According to official figures, 1,354 Moroccans have joined the ranks of ISIS and other jihadist groups in Syria and Iraq."
    s2 = "Authorities regularly announce the dismantling of cells, the latest, a three-member cell in Berrechid, broken up last week."
    paragraphs = [
        "Morocco’s security services remain on high alert as the Islamic State regroups in the Sahel, analysts "
        "and officials say.",
        s1,
        "Hundreds have since returned and been prosecuted under Law 86-14, which punishes joining a terrorist "
        "group abroad with five to 15 years in prison.",
        s2,
        "Rabat’s intelligence cooperation with Washington and Madrid has deepened in recent years.",
    ]
    return dict(
        key="e26",
        file="e26_nap_crlf_stale_1354.txt",
        format="aggregator",
        language="en",
        line_endings="CRLF",
        text=aggregator(heads, title, "The North Africa Post", pub, paragraphs, lang="en"),
        metadata=meta(title, "The North Africa Post", pub, alias="North Africa Post"),
        claims=[
            C(
                "fighters_joined",
                1354,
                "1,354",
                s1,
                period=cumul(pub),
                attribution=A("official_unspecified", "According to official figures"),
                notes="stale: the March 2015 figure, repeated after 1,659 (2019) and 1,645 (2021)",
                subset="syria_iraq_linked",
            ),
        ],
        optional_claims=[
            C(
                "persons_arrested",
                3,
                "three-member",
                s2,
                period=P("event"),
                attribution=A("official_unspecified", "Authorities"),
                notes="cell size of one operation",
            ),
        ],
        must_not_extract=traps
        + [
            T("Hundreds have since returned", "vague count"),
            T("Law 86-14", "law number"),
            T("five to 15 years", "prison terms"),
        ],
        countries_cited=["US", "ES"],
        countries_not_partners=[],
        flags=[
            "aggregator",
            "crlf",
            "english",
            "stale_figure",
            "thousands_separator",
            "org_official_unspecified",
            "partner_capital_metonym",
            "vague_count_trap",
            "law_number_trap",
            "hijri_trap",
            "casualties_trap",
        ],
    )


@article
def e27():
    pub = "2019-03-11"
    title = "Morocco repatriates eight alleged militants from Syria"
    s1 = (
        "Morocco has repatriated eight of its nationals from Syria, the interior ministry said in a statement on "
        "Sunday, adding that they would be investigated for suspected involvement in terrorism-related acts."
    )
    s2 = "In 2016, the number of Moroccans in extremist ranks in Iraq and Syria was estimated at more than 1,600."
    body = [
        s1,
        "The operation had a humanitarian character and allowed the Moroccans to return home safely, the "
        "ministry added.",
        "The Kurdish-led Syrian Democratic Forces have arrested thousands of suspected jihadists fleeing the "
        "Islamic State’s last enclave.",
        s2,
        "Those who return are arrested and face sentences of 10 to 15 years in prison.",
        "Syria’s multi-fronted war has killed more than 360,000 people since it erupted in 2011.",
        "Washington welcomed the move and urged other countries to follow suit.",
    ]
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "datePublished": f"{pub}T08:00:00+00:00",
            "dateModified": "2019-03-12T16:30:00+00:00",
        }
    )
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | The Arab Weekly</title>
<meta property="og:site_name" content="The Arab Weekly">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<article>
<h1>{title}</h1>
<p class="updated">Updated: Tuesday 12/03/2019</p>
{ps(body, "")}
</article>
<footer>The Arab Weekly · London</footer>
</body>
</html>
"""
    return dict(
        key="e27",
        file="e27_arabweekly_repatriation_jsonld.html",
        format="html",
        language="en",
        text=text,
        metadata=meta(title, "The Arab Weekly", pub),
        claims=[
            C(
                "returnees",
                8,
                "eight",
                s1,
                period=P("event", "2019-03-10", "2019-03-10", "on Sunday"),
                attribution=A("MOI", "the interior ministry said in a statement on Sunday"),
            ),
            C(
                "fighters_joined",
                1600,
                "1,600",
                s2,
                qualifier="more_than",
                qualifier_text="more than",
                period=P("cumulative_unspecified", None, "2016", None),
                as_of="2016",
                attribution=A("unspecified"),
                subset="syria_iraq_linked",
                notes="a figure the text dates ('In 2016'); passive, no source; 'in extremist ranks in Iraq and "
                "Syria' (docs/conventions.md)",
            ),
        ],
        must_not_extract=[
            T(title, "title figure repeated by the body"),
            T("thousands of suspected jihadists", "vague count, other country"),
            T("10 to 15 years", "prison terms"),
            T("more than 360,000 people", "another country's casualties"),
            T("Updated: Tuesday 12/03/2019", "update date, not the publication date"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("SY", "Syrian Democratic Forces", "a country (adjective) inside an organisation's name"),
            NP("US", "Washington welcomed the move", "welcomed the move; no cooperation stated"),
        ],
        flags=[
            "html",
            "date_only_in_json_ld",
            "updated_date_trap",
            "english",
            "number_words",
            "period_event",
            "as_of",
            "qualifier_more_than",
            "org_MOI",
            "org_unspecified",
            "country_in_org_name",
            "other_country_figure",
            "title_figure_trap",
        ],
    )


@article
def e28():
    pub = "2022-03-14"
    title = "Where are Morocco’s foreign fighters now? A ledger"
    s1 = (
        "Between 2012 and the end of December 2016, 1,623 Moroccans left the kingdom to join jihadist groups in "
        "Syria and Iraq, according to Interior Ministry data."
    )
    s2 = (
        "Of the roughly 1,660 who had left by 2019, 745 were killed, 270 returned home and about 250 are held in "
        "Syria, Iraq and Turkey, while the fate of roughly 400 others remains unknown, according to the "
        "parliamentary fact-finding mission’s 2021 report."
    )
    s3 = (
        "The mission counted 138 women held in camps run by Kurdish forces and more than 400 minors, only 153 of "
        "whom were confirmed to have been born in Morocco."
    )
    blocks = [
        s1,
        s2,
        s3,
        "Members of the mission met the ministers of foreign affairs, interior and justice, and the head of the "
        "public prosecution.",
        "A butane-fuelled heater caused a deadly fire in the Roj camp last winter, relatives say.",
        "The mission recommended creating a national agency to handle returns, in consultation with civil "
        "society.",
    ]
    text = wordpress(
        "Sahel Security Review",
        "HomeMoroccoForeign fighters",
        title,
        "March 14, 2022 · by Omar Tazi",
        blocks,
        ["Interview: ‘My son has been in Hasakah prison for 4 years’", "Timeline: 20 years of terror cells"],
        lang="en",
        footer="© 2022 Sahel Security Review",
    )
    parl = A("PARLIAMENT", "according to the parliamentary fact-finding mission’s 2021 report")
    mission = A("PARLIAMENT", "The mission")
    rep = cumul(pub)
    return dict(
        key="e28",
        file="e28_sahel_review_ledger_wordpress.txt",
        format="wordpress",
        language="en",
        text=text,
        metadata=meta(title, "Sahel Security Review", pub, fictional=True),
        claims=[
            C(
                "fighters_joined",
                1623,
                "1,623",
                s1,
                period=P("range", "2012", "2016-12", "Between 2012 and the end of December 2016"),
                as_of="2016-12",
                attribution=A("MOI", "according to Interior Ministry data"),
                notes="cumulative up to the end of December 2016, not that month",
                subset="syria_iraq_linked",
            ),
            C(
                "fighters_joined",
                1660,
                "1,660",
                s2,
                qualifier="about",
                qualifier_text="roughly",
                period=P("cumulative_unspecified", None, "2019", "by 2019"),
                as_of="2019",
                attribution=parl,
                notes="the breakdown's head, dated by the text",
            ),
            C(
                "fighters_killed",
                745,
                "745",
                s2,
                period=rep,
                as_of="2021",
                attribution=parl,
                notes="'N were killed': no counted noun",
            ),
            C(
                "returnees",
                270,
                "270",
                s2,
                period=rep,
                as_of="2021",
                attribution=parl,
                notes="'N returned home'",
            ),
            C(
                "fighters_detained_abroad",
                250,
                "250",
                s2,
                qualifier="about",
                qualifier_text="about",
                period=cumul("2021"),
                as_of="2021",
                attribution=parl,
            ),
            C(
                "fighters_unknown_fate",
                400,
                "400",
                s2,
                qualifier="about",
                qualifier_text="roughly",
                period=cumul("2021"),
                as_of="2021",
                attribution=parl,
                notes="'roughly 400 others': fate unknown (new slug)",
            ),
            C(
                "fighters_detained_abroad",
                138,
                "138",
                s3,
                subset="women",
                period=cumul("2021"),
                as_of="2021",
                attribution=mission,
                notes="'held in camps'",
            ),
            C(
                "fighters_detained_abroad",
                400,
                "400",
                s3,
                subset="minors",
                qualifier="more_than",
                qualifier_text="more than",
                period=cumul("2021"),
                as_of="2021",
                attribution=mission,
            ),
        ],
        optional_claims=[
            C(
                "fighters_detained_abroad",
                153,
                "153",
                s3,
                subset="minors_born_in_morocco",
                period=cumul("2021"),
                as_of="2021",
                attribution=mission,
                notes="'only 153 of whom': a subset of the minors",
            ),
        ],
        must_not_extract=[
            T("‘My son has been in Hasakah prison for 4 years’", "related articles: duration"),
            T("20 years of terror cells", "related articles: duration"),
            T("last winter", "vague date"),
        ],
        countries_cited=[],
        countries_not_partners=[
            NP("BT", "butane", "substring of another word"),
            NP("TR", "Syria, Iraq and Turkey", "place of detention"),
            NP("SY", "Syria, Iraq and Turkey", "place of detention"),
            NP("IQ", "Syria, Iraq and Turkey", "place of detention"),
        ],
        flags=[
            "wordpress",
            "wordpress_date_line",
            "english",
            "fictional_outlet",
            "until_end_of_month",
            "range",
            "as_of",
            "list",
            "list_and_others",
            "verb_without_noun",
            "metric_frame",
            "new_metric_slug",
            "qualifier_about",
            "qualifier_more_than",
            "thousands_separator",
            "org_MOI",
            "org_PARLIAMENT",
            "substring_trap",
            "related_articles_trap",
        ],
    )


@article
def e29():
    pub = "2025-03-03"
    title = "How Morocco became Europe’s counter-terrorism partner of choice"
    s1 = (
        "Since its creation in 2015, the BCIJ has dismantled nearly 100 terrorist cells and brought more than "
        "1,500 suspects before the courts, its director Habboub Cherkaoui said last week."
    )
    s2 = "Over the past five years, the kingdom has recorded no terrorist attack on its soil, officials say."
    body = [
        "Morocco’s counter-terrorism doctrine took shape after the 9/11 attacks in the United States and the "
        "2003 Casablanca bombings, which exposed homegrown networks.",
        s1,
        "In December, German police arrested a Syrian national in Berlin thanks to intelligence shared by the "
        "DGST, according to German prosecutors.",
        "A crisis cell bringing together the DGST, the DGSN and the Royal Gendarmerie was activated during the "
        "72-hour operation in Had Soualem in January.",
        "Morocco has also trained imams from 12 African countries at the Mohammed VI Institute in Rabat.",
        s2,
    ]
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title}</title>
  <meta property="og:site_name" content="Morocco World News">
</head>
<body>
  <article>
    <h1>{title}</h1>
    <p class="byline">By Yahia Hatim - Mar 3, 2025</p>
{ps(body, "    ")}
  </article>
  <aside>Trending: Ramadan 1446 prayer times for Rabat</aside>
  <footer>© 2025 Morocco World News</footer>
</body>
</html>
"""
    habboub = A("BCIJ", "its director Habboub Cherkaoui said last week", person="Habboub Cherkaoui")
    creation = since("2015", pub, "Since its creation in 2015")
    return dict(
        key="e29",
        file="e29_mwn_partner_of_choice_byline.html",
        format="html",
        language="en",
        text=text,
        metadata=meta(title, "Morocco World News", pub, alias="MWN"),
        claims=[
            C(
                "cells_dismantled",
                100,
                "100",
                s1,
                qualifier="about",
                qualifier_text="nearly",
                period=creation,
                attribution=habboub,
            ),
            C(
                "persons_arrested",
                1500,
                "1,500",
                s1,
                qualifier="more_than",
                qualifier_text="more than",
                period=creation,
                attribution=habboub,
                notes="'brought … before the courts'",
            ),
            C(
                "terrorist_attacks",
                0,
                "no",
                s2,
                period=lastn(5, pub, "Over the past five years"),
                attribution=A("official_unspecified", "officials say"),
                notes="zero written as 'no'",
            ),
        ],
        must_not_extract=[
            T("9/11", "date of an attack abroad"),
            T("2003 Casablanca bombings", "year of an attack"),
            T("A crisis cell", "'cell' that is not a terror cell"),
            T("72-hour operation", "duration"),
            T("12 African countries", "count of countries"),
            T("Ramadan 1446", "trending: Hijri year"),
        ],
        countries_cited=["DE"],
        countries_not_partners=[
            NP("US", "the 9/11 attacks in the United States", "place of an attack"),
            NP("SY", "a Syrian national", "nationality"),
        ],
        flags=[
            "html",
            "date_only_in_byline",
            "english",
            "since_creation",
            "qualifier_about",
            "qualifier_more_than",
            "period_last_n_years",
            "zero_as_word",
            "named_person",
            "org_BCIJ",
            "org_official_unspecified",
            "partner_cue",
            "place_of_attack_mention",
            "cell_not_terror",
            "hijri_trap",
            "duration_trap",
        ],
    )


@article
def e30():
    return dict(
        key="e30",
        file="e30_bom_and_blank_lines.txt",
        format="unknown",
        expected_status="rejected",
        expected_error="empty file",
        raw=b"\xef\xbb\xbf\n\n   \n\t\n\n",
        flags=["empty_file", "utf8_bom", "whitespace_only"],
        notes="A byte-order mark followed by blank lines: no text at all, so the same verdict as an empty file.",
    )


# ================================================================ cross-file expectations

INCONSISTENCIES = [
    dict(
        id="i1",
        kind="same_period_disagreement",
        claims=["f02.c5", "f22.c1"],
        explanation="Cells dismantled in 2016: 19 (BCIJ figures, Médias24, Oct 2018) against 16 (interior "
        "minister Laftit to MPs, Le Matin, Nov 2017).",
    ),
    dict(
        id="i2",
        kind="same_period_disagreement",
        claims=["f15.c1", "e07.c3", "e17.c3"],
        explanation="Cells dismantled in 2019: 12 (Le Site info, Jan 2020; The Rabat Observer, Jul 2020) against "
        "fourteen (The North Africa Post, Oct 2020).",
    ),
    dict(
        id="i3",
        kind="cumulative_decrease",
        claims=["f09.c1", "e10.c1"],
        explanation="BCIJ cells since 2015: 84 (MAP, Jul 2021) then 80 (The Arab Weekly, May 2022): a running "
        "total cannot go down.",
    ),
    dict(
        id="i4",
        kind="cumulative_decrease",
        claims=["e05.c4", "e04.c3", "f25.c1"],
        explanation="Moroccans who joined groups in Syria and Iraq: 1,659 (AP, Oct 2019) then 1,645 (Reuters "
        "and Yabiladi, Mar 2021).",
    ),
    dict(
        id="i5",
        kind="internal_arithmetic",
        claims=["f06.c1", "f06.c2", "f06.c3"],
        explanation="H24info: 12 cells in 2021 broken down as 8 Sahel-linked and 5 autonomous: 8 + 5 = 13.",
    ),
    dict(
        id="i6",
        kind="internal_arithmetic",
        claims=["e11.c1", "e11.c2", "e11.c3"],
        explanation="Hespress English: 11 cells in 2023 broken down as seven Sahel-linked and five autonomous: "
        "7 + 5 = 12.",
    ),
    dict(
        id="i7",
        kind="implausible_value",
        claims=["e16.c2"],
        explanation="AFP (Jan 2023): 'more than 2,000' cells since 2002, ten times every other source "
        "(200-odd).",
    ),
    dict(
        id="i8",
        kind="implausible_value",
        claims=["f27.c1"],
        explanation="Maghreb Vigie (Sep 2022): 'quelque 16 600' fighters, ten times the 1,600-1,700 of every "
        "other source: a misprint of 1 660.",
    ),
    dict(
        id="i9",
        kind="stale_figure",
        claims=["f04.c1", "f26.c1"],
        explanation="Maroc Diplomatique (Jun 2022) repeats 183 cells since 2002, the October 2018 total, after "
        "210 had been published (TelQuel, Mar 2021).",
    ),
    dict(
        id="i10",
        kind="stale_figure",
        claims=["f10.c3", "f26.c2"],
        explanation="Maroc Diplomatique (Jun 2022) repeats 361 plots foiled since 2002, the 2016-2018 figure, "
        "after 'plus de 500' had been published (Nov 2020).",
    ),
    dict(
        id="i11",
        kind="stale_figure",
        claims=["e05.c4", "e26.c1"],
        explanation="The North Africa Post (Mar 2023) repeats 1,354 fighters, the March 2015 figure, after 1,659 "
        "(Oct 2019) had been published.",
    ),
    dict(
        id="i12",
        kind="partial_exceeds_whole",
        claims=["f14.c1", "f15.c1"],
        explanation="Le Site info: 14 cells 'depuis le début de l’année' (Oct 2019), then 12 for the whole of "
        "2019 (Jan 2020).",
    ),
    dict(
        id="i13",
        kind="partial_exceeds_whole",
        claims=["e06.c2", "e08.c1"],
        explanation="The North Africa Post: eight cells since the start of 2022 (Sep 2022), then six for the "
        "whole of 2022 (Jan 2023).",
    ),
]

MUST_NOT_FLAG = [
    dict(
        claims=["f05.c4", "e13.c3"],
        reason="88% of the cells since 2013 linked to Daesh, in French and English",
    ),
    dict(claims=["f01.c3", "f02.c5"], reason="19 cells in 2016 in two outlets: agree"),
    dict(
        claims=["f04.c1", "e04.c2"],
        reason="210 cells since 2002 in words (TelQuel) and digits (Reuters), a day apart",
    ),
    dict(
        claims=["e01.c6", "f01.c1", "e03.c1", "f02.c1", "f16.c5", "f04.c3", "f09.c1"],
        reason="BCIJ cells since 2015: 37 (Oct 2016) → 40 (Dec 2016) → 49 (Feb 2018) → 57 (Oct 2018, twice) → 83 "
        "(Mar 2021) → 84 (Jul 2021): a normally rising running total",
    ),
    dict(
        claims=["f21.c3", "f28.c1", "e29.c1"],
        reason="BCIJ cells since 2015: 92 (May 2024), 'plus de 90' (Jul 2024), 'nearly 100' (Mar 2025)",
    ),
    dict(claims=["f09.c1", "e09.c1"], reason="the same MAP interview in French and English: 84"),
    dict(claims=["f09.c4", "e09.c4"], reason="1 357 (U+202F) and 1,357: the same figure, syndicated"),
    dict(
        claims=["f09.c1", "f09.c2", "f09.c3"],
        reason="84 = 78 ISIS-linked + 6 others: a breakdown that adds up",
    ),
    dict(
        claims=["f21.c1", "f05.c1"],
        reason="207 dated November 2020 by the text, then 214 (2002-2021, Oct 2022): not a stale or decreasing figure",
    ),
    dict(
        claims=["f07.c1", "e05.c4", "e12.c2", "f21.c4"],
        reason="fighters: 'quelque 1 660', 1,659, 'nearly 1,700', 'quelque 1 700': compatible",
    ),
    dict(claims=["f07.c3", "e04.c5", "f25.c3", "e28.c4"], reason="270 returnees in four articles: agree"),
    dict(
        claims=["f25.c7", "f09.c4", "e29.c2"],
        reason="people brought to justice by the BCIJ: 'plus d’un millier' (Mar 2021) ≤ 1,357 (Jul 2021) ≤ "
        "'more than 1,500' (2025): bounds that agree",
    ),
    dict(
        claims=["f05.c3", "e13.c1", "e23.c2"],
        reason="plots foiled since 2002: 'plus de 500', 'over 500', 'more than 500'",
    ),
    dict(
        claims=["f05.c2", "e16.c3", "e13.c2"],
        reason="people arrested since 2002: 4 304, 'some 4,300', 'more than 4,300'",
    ),
    dict(
        claims=["f02.c4", "f02.c5", "f02.c6", "f02.c7"],
        reason="21 (2015), 19 (2016), 9 (2017), 8 (2018 so far): figures of different periods",
    ),
    dict(
        claims=["f20.c1", "e27.c1"],
        reason="eight returnees repatriated from Syria on 10 March 2019: the same event",
    ),
    dict(
        claims=["f12.c1", "e20.c1"], reason="'plus d’un millier' and 'More than a thousand': the same study"
    ),
    dict(claims=["f12.c3", "e20.c2", "e04.c1"], reason="one attack since 2011 / in the past decade: agree"),
    dict(
        claims=["e14.c1", "e14.c2", "f02.c6", "e25.c1"],
        reason="20 cells in 2017-2018 = 9 (2017) + 11 (2018): a range and its years",
    ),
    dict(
        claims=[
            "f03.c1",
            "e15.c2",
            "e01.c1",
            "f11.c1",
            "f16.c1",
            "f10.c1",
            "f04.c1",
            "f05.c1",
            "f13.c1",
            "f21.c2",
        ],
        reason="cells since 2002: 132 → 152 → 167 → 168 → 183 → 207 → 210 → 214 → 'plus de 215' → 'plus de 220': "
        "a normally rising running total",
    ),
    dict(
        claims=["e21.c1", "f10.c1"],
        reason="207 in words (Asharq Al-Awsat) and digits (Maroc Diplomatique), Nov 2020",
    ),
    dict(claims=["f01.c2", "e25.c2", "f02.c4"], reason="21 cells in 2015 in three outlets: agree"),
    dict(claims=["f06.c1", "e08.c3"], reason="12 cells in 2021 in two outlets: agree"),
    dict(
        claims=["e18.c4", "f13.c3"], reason="232 held in Syria in 2021 and in 2023: a stock may stay the same"
    ),
    dict(
        claims=["f01.c9", "e25.c7", "e03.c4", "f09.c7"],
        reason="returnees arrested: 71 (2015-2016) → 92 (2015 to the end of Nov 2017) → 97 (Feb 2018) → 137 (Jul 2021): rising",
    ),
    dict(claims=["f19.c1", "f16.c7"], reason="28 cells in 2016 and 2017 in two outlets: agree"),
    dict(
        claims=["e11.c4", "e11.c1"],
        reason="10 cells so far in 2023 (November) and 11 for the whole year: a part below its whole",
    ),
    dict(
        claims=["f08.c1", "e28.c1"], reason="'au moins 1 623' and 1,623 up to the end of December 2016: agree"
    ),
    dict(
        claims=["e12.c1", "e05.c4"],
        reason="1,659 dated October 2019 by the text, and 1,659 printed in October 2019",
    ),
]


# ================================================================ writing and checking


def encode(spec):
    encoding = spec.get("encoding", "utf-8")
    text = spec["text"]
    if spec.get("line_endings") == "CRLF":
        text = text.replace("\n", "\r\n")
    data = text.encode(encoding)
    if spec.get("truncate_bytes"):
        data = data[: -spec["truncate_bytes"]]
    return data


def decode_entry(entry, data):
    """Decode a file the way the gold says; a truncated file is read up to its last whole character."""
    errors = "replace" if entry.get("truncated") else "strict"
    return data.decode(entry["encoding"], errors)


def build(out_dir=HERE):
    """Write every file and expected.json into out_dir; returns the gold."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    entries, rejections = [], []
    for make in ARTICLES:
        spec = make()
        data = spec["raw"] if "raw" in spec else encode(spec)
        (out_dir / spec["file"]).write_bytes(data)
        status = spec.get("expected_status", "ok")
        entry = {
            "key": spec["key"],
            "file": spec["file"],
            "bytes": len(data),
            "format": spec["format"],
            "language": spec.get("language") if status == "ok" else None,
            "encoding": spec.get("encoding", "utf-8") if status == "ok" else None,
            "line_endings": spec.get("line_endings", "LF") if status == "ok" else None,
            "expected_status": status,
        }
        if spec.get("truncate_bytes"):
            entry["truncated"] = True
            entry["expected_warnings"] = spec["expected_warnings"]
        if status == "rejected":
            entry["expected_error"] = spec["expected_error"]
            rejections.append({"key": spec["key"], "file": spec["file"], "reason": spec["expected_error"]})
        entry["metadata"] = spec.get(
            "metadata",
            {
                "title": None,
                "outlet": None,
                "outlet_alias": None,
                "outlet_fictional": False,
                "date": None,
                "dateline_city": None,
            },
        )
        entry["claims"] = [{"id": f"c{i}", **c} for i, c in enumerate(spec.get("claims", []), 1)]
        entry["optional_claims"] = [
            {"id": f"o{i}", **c} for i, c in enumerate(spec.get("optional_claims", []), 1)
        ]
        entry["must_not_extract"] = spec.get("must_not_extract", [])
        entry["countries_cited"] = spec.get("countries_cited", [])
        entry["countries_not_partners"] = spec.get("countries_not_partners", [])
        entry["flags"] = spec["flags"]
        if spec.get("notes"):
            entry["notes"] = spec["notes"]
        entries.append(entry)
    gold = {
        "schema_version": "heldout-1",
        "description": "French and English development corpus for ctfacts: articles written for the corpus in the "
        "layouts, encodings and wordings of Moroccan and foreign outlets (lists, number words, separators, "
        "verb frames, relative and inherited periods, attributions, partners, traps), with designed cross-file "
        "inconsistencies. Generated by build.py; see README.md. Schema: CONTRACT.md and seeds/expected.json.",
        "files_dir": ".",
        "files": entries,
        "inconsistencies": INCONSISTENCIES,
        "must_not_flag": MUST_NOT_FLAG,
        "rejections": rejections,
    }
    (out_dir / "expected.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return gold


def verify(gold, out_dir=HERE):
    """Re-read every file from disk and check the gold against it; returns a list of problems."""
    out_dir = Path(out_dir)
    problems = []
    keys = [f["key"] for f in gold["files"]]
    if len(keys) != len(set(keys)):
        problems.append("duplicate keys")
    claim_ids = set()
    for f in gold["files"]:
        raw = (out_dir / f["file"]).read_bytes()
        if len(raw) != f["bytes"]:
            problems.append(f"{f['key']}: size {len(raw)} != {f['bytes']}")
        if f["expected_status"] != "ok":
            continue
        try:
            text = decode_entry(f, raw)
        except UnicodeDecodeError as exc:
            problems.append(f"{f['key']}: does not decode as {f['encoding']}: {exc}")
            continue
        if f.get("truncated"):
            try:
                raw.decode(f["encoding"])
                problems.append(f"{f['key']}: declared truncated but decodes whole")
            except UnicodeDecodeError:
                pass
        if f["line_endings"] == "CRLF" and "\n" in text.replace("\r\n", ""):
            problems.append(f"{f['key']}: bare LF in a CRLF file")
        if f["line_endings"] == "LF" and "\r" in text:
            problems.append(f"{f['key']}: CR in an LF file")
        md = f["metadata"]
        for field in ("title", "outlet", "dateline_city"):
            if md[field] and md[field] not in text:
                problems.append(f"{f['key']}: metadata {field} {md[field]!r} not in text")
        for c in f["claims"] + f["optional_claims"]:
            where = f"{f['key']}.{c['id']}"
            claim_ids.add(where)
            if text.count(c["sentence"]) != 1:
                problems.append(f"{where}: sentence found {text.count(c['sentence'])} times")
            for field in ("value_text", "qualifier_text"):
                if c[field] and c[field] not in c["sentence"]:
                    problems.append(f"{where}: {field} {c[field]!r} not in sentence")
            if c["period"]["text"] and c["period"]["text"] not in c["sentence"]:
                problems.append(f"{where}: period text {c['period']['text']!r} not in sentence")
            if c["attribution"]["raw"] and c["attribution"]["raw"] not in text:
                problems.append(f"{where}: attribution raw {c['attribution']['raw']!r} not in text")
        for t in f["must_not_extract"]:
            if not t["text"].startswith("<") and t["text"] not in text:
                problems.append(f"{f['key']}: trap {t['text']!r} not in text")
        for np_ in f["countries_not_partners"]:
            if np_["text"] not in text:
                problems.append(f"{f['key']}: non-partner text {np_['text']!r} not in text")
    for group in gold["inconsistencies"] + gold["must_not_flag"]:
        for cid in group["claims"]:
            if cid not in claim_ids:
                problems.append(f"unknown claim {cid}")
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(HERE), help="folder to write the files and expected.json into")
    args = parser.parse_args(argv)
    built = build(args.out)
    found = verify(built, args.out)
    for p in found:
        print("PROBLEM", p)
    n_claims = sum(len(f["claims"]) for f in built["files"])
    n_opt = sum(len(f["optional_claims"]) for f in built["files"])
    print(
        f"{len(built['files'])} files, {n_claims} claims (+{n_opt} optional), {len(built['inconsistencies'])} "
        f"inconsistencies, {len(built['must_not_flag'])} must_not_flag groups, {len(found)} problems"
    )
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
