// ctfacts: the little the pages do in the browser. Everything works without it; no inline script
// anywhere (a Content-Security-Policy forbids it), so behaviour hangs on data- attributes.
"use strict";

document.documentElement.classList.add("js");

// The language menu switches as soon as a language is chosen (its button is for browsers without JS).
document.addEventListener("change", (event) => {
  const select = event.target.closest("select[data-submit-on-change]");
  if (select && select.form) select.form.submit();
});

// Filters and facets fold away on a phone and open beside the list on a wide screen.
const wide = window.matchMedia("(min-width: 60rem)");
function openOnWideScreens() {
  document.querySelectorAll("details[data-open-wide]").forEach((details) => {
    if (wide.matches) details.open = true;
  });
}
document.addEventListener("DOMContentLoaded", openOnWideScreens);

// Comparison charts: a legend entry shows or hides its outlet's marks in every chart of the page.
document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-series-key]");
  if (button) {
    const hide = button.getAttribute("aria-pressed") !== "false";
    button.setAttribute("aria-pressed", hide ? "false" : "true");
    const key = button.dataset.seriesKey;
    document.querySelectorAll(`svg.timeline [data-series-key="${key}"]`).forEach((mark) => {
      mark.classList.toggle("series-hidden", hide);
    });
    return;
  }
  const all = event.target.closest("button[data-series-all]");
  if (all) {
    document.querySelectorAll("button[data-series-key]").forEach((b) => b.setAttribute("aria-pressed", "true"));
    document.querySelectorAll("svg.timeline .series-hidden").forEach((m) => m.classList.remove("series-hidden"));
  }
});

// Filter boxes suggest outlets' and countries' names as one types: the first time a box with a
// <datalist data-suggest> is focused, the names are fetched once and the list is filled.
const fetched = {};
document.addEventListener("focusin", (event) => {
  const input = event.target.closest("input[list]");
  const list = input && document.getElementById(input.getAttribute("list"));
  if (!list || !list.dataset.suggest || list.dataset.filled) return;
  list.dataset.filled = "1";
  const url = list.dataset.suggest;
  fetched[url] = fetched[url] || fetch(url, { credentials: "same-origin" }).then((r) => r.json());
  fetched[url].then((names) => {
    for (const name of names[list.dataset.key] || []) {
      const option = document.createElement("option");
      option.value = name;
      list.appendChild(option);
    }
  });
});
