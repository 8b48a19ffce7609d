"""The words of ../shared/CONTRACT.md, with labels for people (English; Arabic via i18n)."""

from django.utils.translation import gettext_lazy as _

METRICS = [
    ("cells_dismantled", _("Terrorist cells dismantled")),
    ("persons_arrested", _("Persons arrested")),
    ("plots_foiled", _("Plots foiled")),
    ("terrorist_attacks", _("Terrorist attacks")),
    ("fighters_joined", _("Fighters who joined groups abroad")),
    ("fighters_killed", _("Fighters killed abroad")),
    ("fighters_detained_abroad", _("Fighters detained abroad")),
    ("returnees", _("Returnees")),
    ("returnees_arrested", _("Returnees arrested")),
    ("joint_operations", _("Joint operations")),
]
METRIC_LABELS = dict(METRICS)

QUALIFIERS = [
    ("exact", _("exactly")),
    ("more_than", _("more than")),
    ("about", _("about")),
    ("at_least", _("at least")),
    ("less_than", _("less than")),
    ("at_most", _("at most")),
]

UNITS = [("count", _("count")), ("percent", _("percent"))]

# The subsets CONTRACT.md names; the engine may add others, shown in words from their slug.
SUBSETS = [
    ("isis_linked", _("linked to ISIS")),
    ("syria_iraq_linked", _("linked to Syria and Iraq")),
    ("women", _("women")),
    ("minors", _("minors")),
    ("foreigners", _("foreigners")),
    ("with_criminal_record", _("with a criminal record")),
    ("former_detainees", _("former detainees")),
    ("online_activity", _("active online")),
    ("syria", _("in Syria")),
    ("iraq", _("in Iraq")),
    ("libya", _("in Libya")),
]
SUBSET_LABELS = dict(SUBSETS)

PERIOD_TYPES = [
    ("since", _("since")),
    ("year", _("year")),
    ("range", _("range")),
    ("year_to_date", _("year to date")),
    ("month", _("month")),
    ("last_n_years", _("last years")),
    ("event", _("event")),
    ("cumulative_unspecified", _("cumulative, unspecified")),
    ("unspecified", _("unspecified")),
]

ORGS = [
    ("DGST", _("DGST (territorial surveillance)")),
    ("BCIJ", _("BCIJ (judicial investigations bureau)")),
    ("DGSN", _("DGSN (national security)")),
    ("MOI", _("Ministry of the Interior")),
    ("PARLIAMENT", _("Parliament")),
    ("GOV", _("Government")),
    ("MFA", _("Ministry of Foreign Affairs")),
    ("official_unspecified", _("Official statistics")),
    ("analyst", _("Analyst")),
    ("unspecified", _("Unspecified")),
]


def metric_label(slug: str) -> str:
    return str(METRIC_LABELS.get(slug, slug.replace("_", " ")))


def subset_label(slug: str) -> str:
    return str(SUBSET_LABELS.get(slug, slug.replace("_", " ")))
