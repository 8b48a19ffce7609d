"""A sentence that opens on a figure given before, named by its number ("Of the 70 cells, …", "ومن بين الخلايا
السبعين، …"), splits that figure: its parts count in the head's period and come from the head's source,
whatever period a figure in between stated, and the head's number named again is no figure of its own."""

from datetime import date

from .helpers import claims_of

PUBLISHED = date(2020, 5, 1)


def test_parts_of_a_head_named_by_its_number_take_its_period_in_english():
    claims = claims_of(
        "The bureau reported breaking up 64 cells from 2015 to 2019. About 25 of them operated in the north in "
        "2018. Of the 64 cells, 58 were linked to the Islamic State group.",
        PUBLISHED,
    )
    assert [(c.value, c.period.type, c.period.start) for c in claims] == [
        (64, "range", "2015"),
        (25, "year", "2018"),
        (58, "range", "2015"),
    ]


def test_parts_of_a_head_named_by_its_number_take_its_period_and_source_in_arabic():
    claims = claims_of(
        "وكشفت معطيات المديرية العامة لمراقبة التراب الوطني عن تفكيك 80 خلية ما بين سنتي 2014 و2018. "
        "وتم تفكيك 15 خلية منها في الشمال خلال سنة 2016. "
        "ومن بين الخلايا الثمانين، اتهمت 70 خلية بالولاء لداعش.",
        PUBLISHED,
    )
    assert [(c.value, c.period.type, c.period.start, c.attribution.org) for c in claims][-1] == (
        70,
        "range",
        "2014",
        "DGST",
    )


def test_a_part_of_a_head_named_by_its_number_takes_its_affiliation_as_subset():
    claims = claims_of(
        "وأعلن المكتب المركزي للأبحاث القضائية تفكيك 45 خلية ما بين سنتي 2016 و2019. "
        "ومن بين الخلايا الخمس والأربعين، بايعت 40 خلية تنظيم داعش.",
        PUBLISHED,
    )
    assert [(c.value, c.subset) for c in claims] == [(45, None), (40, "isis_linked")]
