"""From the claims list, an editor ticks several claims and flags them together; a journalist sees no boxes."""

from decimal import Decimal

import pytest
from django.urls import reverse

from claims.models import Article, Claim

pytestmark = pytest.mark.django_db

BODY = "أعلنت المديرية العامة لمراقبة التراب الوطني عن تفكيك 215 خلية إرهابية منذ سنة 2002."


@pytest.fixture
def two_claims():
    article = Article.objects.create(
        title="حصيلة", body=BODY, file_name="a.txt", content_hash="b" * 64, encoding="utf-8"
    )
    start = BODY.index("215")
    claims = []
    for metric in ("cells_dismantled", "plots_foiled"):
        claims.append(
            Claim.objects.create(
                article=article,
                identity=Claim.make_identity(article.content_hash, start, start + 3, metric),
                metric=metric,
                value=Decimal(215),
                value_text="215",
                sentence=BODY,
                start=start,
                end=start + 3,
            )
        )
    return claims


def test_an_editor_sees_a_box_per_claim_and_the_flag_button(client, editor, two_claims):
    client.force_login(editor)
    page = client.get(reverse("claim_list")).content.decode()
    assert page.count('name="claims"') == 2
    assert reverse("editors:flag_new") in page


def test_the_ticked_claims_reach_the_flag_form(client, editor, two_claims):
    client.force_login(editor)
    ids = [str(c.pk) for c in two_claims]
    page = client.get(reverse("editors:flag_new"), {"claims": ids}).content.decode()
    for claim_id in ids:
        assert f'value="{claim_id}"' in page


def test_a_journalist_sees_no_boxes_but_can_read_the_history_link(client, journalist, two_claims):
    client.force_login(journalist)
    page = client.get(reverse("claim_list")).content.decode()
    assert 'name="claims"' not in page
    assert reverse("editors:claim_history", args=[two_claims[0].pk]) in page
