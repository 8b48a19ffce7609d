from django.contrib import admin

from ingest.models import Feed, ImportJob


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "kind",
        "label",
        "state",
        "total",
        "done",
        "new",
        "rejected",
        "failed",
        "created_at",
    ]
    list_filter = ["kind", "state"]
    readonly_fields = [f.name for f in ImportJob._meta.fields]


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["url", "outlet", "active", "interval_minutes", "last_polled_at", "last_result"]
    list_filter = ["active"]
    readonly_fields = ["etag", "last_modified", "last_polled_at", "last_result", "created_by"]
