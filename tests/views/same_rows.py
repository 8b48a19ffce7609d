"""The claims page, its CSV and its JSON, read back as lists of claim ids for the same filters."""

import csv
import io
import re

from django.urls import reverse


def page_ids(client, params) -> list[int]:
    ids, page = [], 1
    while True:
        html = client.get(reverse("claim_list"), {**params, "page": page}).content.decode()
        found = [int(i) for i in re.findall(r'<tr id="row-(\d+)"', html)]
        if not found:
            return ids
        ids += found
        page += 1


def csv_rows(client, params) -> list[dict]:
    response = client.get(reverse("claims_csv"), params)
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def csv_ids(client, params) -> list[int]:
    return [int(row["id"]) for row in csv_rows(client, params)]


def api_ids(client, params) -> list[int]:
    ids, url, query = [], reverse("api_claims"), params
    while url:
        data = client.get(url, query).json()
        ids += [row["id"] for row in data["results"]]
        url, query = data["next"], None
    return ids
