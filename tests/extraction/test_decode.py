import pytest

from claims.extraction.decode import decode_bytes
from claims.extraction.records import RejectedFile

ARTICLE = (
    "الرباط - تم تفكيك 207 خلايا إرهابية منذ سنة 2002، وفق وزارة الداخلية.\nوتؤكد هذه الأرقام نجاعة المقاربة."
)
FRENCH = "Rabat - Plus de deux cents cellules terroristes ont été démantelées depuis 2002, selon la DGST."


def test_it_reads_utf8():
    decoded = decode_bytes(ARTICLE.encode())
    assert decoded.text == ARTICLE
    assert decoded.encoding == "utf-8"
    assert decoded.warnings == []


def test_it_strips_the_utf8_byte_order_mark():
    decoded = decode_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    assert decoded.text == ARTICLE


def test_it_reads_utf16_with_a_byte_order_mark():
    decoded = decode_bytes(ARTICLE.encode("utf-16"))
    assert decoded.text == ARTICLE
    assert decoded.encoding == "utf-16"


def test_it_recognises_utf16_without_a_byte_order_mark_despite_its_nul_bytes():
    decoded = decode_bytes(ARTICLE.encode("utf-16-le"))
    assert decoded.text == ARTICLE


def test_it_reads_arabic_windows_1256_and_says_so():
    decoded = decode_bytes(ARTICLE.encode("cp1256"))
    assert decoded.text == ARTICLE
    assert decoded.encoding == "windows-1256"
    assert decoded.warnings == ["decoded as windows-1256"]


def test_it_reads_french_windows_1252():
    decoded = decode_bytes(FRENCH.encode("cp1252"))
    assert decoded.text == FRENCH
    assert decoded.encoding == "windows-1252"


def test_it_turns_crlf_and_lone_cr_into_newlines():
    assert decode_bytes("أ\r\nب\rج".encode()).text == "أ\nب\nج"


@pytest.mark.parametrize("raw", [b"", b"   \n\t\r\n", "\u00a0\n".encode()])
def test_it_rejects_an_empty_file(raw):
    with pytest.raises(RejectedFile, match="empty file"):
        decode_bytes(raw)


def test_it_rejects_binary_data():
    with pytest.raises(RejectedFile, match=r"not a text file \(binary data"):
        decode_bytes(b"\x00\x01\x02\x03PK" * 100)


def test_it_names_a_known_binary_format():
    with pytest.raises(RejectedFile, match="PDF"):
        decode_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")


def test_it_rejects_an_encoding_it_does_not_read_and_names_it():
    with pytest.raises(RejectedFile, match="not UTF-8: looks like"):
        decode_bytes("这是一篇关于安全合作的中文文章，其中没有任何阿拉伯文字。".encode("gb18030") * 20)


def test_it_rejects_garbage_bytes():
    with pytest.raises(RejectedFile):
        decode_bytes(bytes(range(128, 256)) * 10)
