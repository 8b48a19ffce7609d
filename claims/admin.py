"""The back office: every model, searchable, for editors with staff access."""

from django.contrib import admin

from claims.models import (
    Article,
    ArticleCountry,
    ArticleEvent,
    Claim,
    ClaimEvent,
    Country,
    Finding,
    FindingClaim,
    FindingEvent,
    Flag,
    ImportRun,
    LoginFailures,
    RetiredSourceSlug,
    Source,
)
from claims.throttle import ThrottledAdminAuthenticationForm


class ReadOnlyAdmin(admin.ModelAdmin):
    """Claims and editors' work are written through claims/services.py, which records each change in the
    claim's history (and re-import keeps what has a history); here they are only read. An edit made
    here left no history, so a re-import could overwrite it as if nobody had touched the claim."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# The admin's log-in form says when the throttle refused an attempt (claims/throttle.py).
admin.site.login_form = ThrottledAdminAuthenticationForm


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    # Aliases: the outlet's other names (its name in the other script), which readers may type in the
    # claims filter; a slug changed here keeps redirecting from the old one (RetiredSourceSlug).
    list_display = ["name", "slug", "aliases"]
    search_fields = ["name", "slug"]


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ["metric", "value_text", "value", "qualifier", "period_type", "period_start", "org"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


class ArticleCountryInline(admin.TabularInline):
    model = ArticleCountry
    fields = ["country", "role", "text"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "source", "published", "language", "file_name", "imported_at"]
    list_filter = ["language", "layout", "source"]
    search_fields = ["title", "file_name", "body"]
    date_hierarchy = "published"
    readonly_fields = ["content_hash", "encoding", "imported_at", "updated_at", "body_offset", "layout"]
    list_select_related = ["source"]
    inlines = [ClaimInline, ArticleCountryInline]


@admin.register(Claim)
class ClaimAdmin(ReadOnlyAdmin):
    list_display = [
        "metric",
        "value_text",
        "value",
        "qualifier",
        "period_type",
        "period_start",
        "org",
        "article",
    ]
    list_filter = ["metric", "qualifier", "period_type", "org", "unit"]
    search_fields = ["sentence", "value_text", "article__title"]
    list_select_related = ["article"]
    readonly_fields = ["identity", "article", "sentence", "start", "end"]


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["code", "name_en", "name_ar", "name_fr"]
    search_fields = ["code", "name_en", "name_ar", "name_fr"]


@admin.register(ArticleCountry)
class ArticleCountryAdmin(admin.ModelAdmin):
    list_display = ["article", "country", "role", "text"]
    list_filter = ["role", "country"]
    list_select_related = ["article", "country"]


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = ["started_at", "status", "new", "updated", "unchanged", "rejected"]
    list_filter = ["status"]
    readonly_fields = [f.name for f in ImportRun._meta.fields]


@admin.register(Finding)
class FindingAdmin(ReadOnlyAdmin):
    list_display = ["kind", "metric", "status", "score", "explanation", "created_at"]
    list_filter = ["kind", "metric", "status"]
    search_fields = ["explanation"]


@admin.register(FindingEvent)
class FindingEventAdmin(ReadOnlyAdmin):
    list_display = ["finding", "action", "claim", "editor", "at"]
    list_filter = ["action"]
    list_select_related = ["finding", "claim", "editor"]


@admin.register(FindingClaim)
class FindingClaimAdmin(ReadOnlyAdmin):
    list_display = ["finding", "claim", "role"]
    list_filter = ["role"]
    list_select_related = ["finding", "claim"]


@admin.register(Flag)
class FlagAdmin(ReadOnlyAdmin):
    list_display = ["reason", "status", "created_by", "created_at", "closed_by", "closed_at"]
    list_filter = ["reason", "status"]
    search_fields = ["note", "comment"]
    list_select_related = ["created_by", "closed_by"]


@admin.register(ArticleEvent)
class ArticleEventAdmin(ReadOnlyAdmin):
    list_display = ["at", "article", "action", "editor", "summary"]
    list_select_related = ["article", "editor"]
    date_hierarchy = "at"


@admin.register(ClaimEvent)
class ClaimEventAdmin(ReadOnlyAdmin):
    list_display = ["at", "claim", "action", "editor", "summary"]
    list_filter = ["action"]
    list_select_related = ["claim", "editor"]
    date_hierarchy = "at"


@admin.register(RetiredSourceSlug)
class RetiredSourceSlugAdmin(admin.ModelAdmin):
    """Old outlet addresses that redirect to the outlet's page: an editor may drop one that should no
    longer redirect; new ones are kept by Source.save() when an outlet's slug changes."""

    list_display = ["slug", "source"]
    search_fields = ["slug", "source__name"]
    list_select_related = ["source"]
    readonly_fields = ["slug", "source"]

    def has_add_permission(self, request):
        return False


@admin.register(LoginFailures)
class LoginFailuresAdmin(admin.ModelAdmin):
    """The login throttle's counts (claims/throttle.py): read here; deleting a row lifts its block."""

    list_display = ["kind", "failures", "first_failure_at", "last_failure_at", "blocked_until"]
    list_filter = ["kind"]
    readonly_fields = [f.name for f in LoginFailures._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
