"""Import statuses and rejection reasons in the reader's language, their details kept."""

from django.utils import translation

from claims.reasons import reason_words, status_words


def test_a_known_reason_is_worded_in_arabic():
    with translation.override("ar"):
        assert reason_words("empty file") == "ملف فارغ"
        assert status_words("unchanged") == "دون تغيير (مستورد من قبل)"


def test_a_reason_keeps_its_detail_and_words_what_a_binary_file_looks_like():
    with translation.override("ar"):
        assert reason_words("file too large (over 20 MB)") == "الملف كبير جدا (أكثر من 20 ميغابايت)"
        assert (
            reason_words("not a text file (binary data: looks like a PNG image)")
            == "ليس ملفا نصيا (يبدو أنه صورة PNG)"
        )
        assert "windows-1256" in reason_words(
            "not UTF-8: looks like windows-1256, but too garbled to read safely"
        )


def test_a_reason_of_an_unknown_form_is_shown_as_it_is():
    with translation.override("ar"):
        assert reason_words("the disk caught fire") == "the disk caught fire"
