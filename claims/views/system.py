from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@require_safe
@never_cache
def healthz(request):
    """For a load balancer: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        return JsonResponse({"status": "error", "database": str(exc)[:200]}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def bad_request(request, exception):
    """handler400: the reason in the reader's language, inside the site's page (Django's own is a bare
    English "Bad Request (400)"). A body over DATA_UPLOAD_MAX_MEMORY_SIZE is refused before any form
    can read it, so the page says what to do instead."""
    if isinstance(exception, RequestDataTooBig):
        message = _(
            "What you sent is larger than the server reads at once (%(limit)d MB). "
            "Send less at a time: split a long text, or upload fewer files together."
        ) % {"limit": settings.DATA_UPLOAD_MAX_MEMORY_SIZE // (1024 * 1024)}
    else:
        message = _("The request could not be understood. Go back to the page and try again.")
    return render(request, "400.html", {"message": message}, status=400)
