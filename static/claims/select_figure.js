// The editors' review page (templates/claims/editors/article_review.html): selecting a figure in the
// article's text fills the "add a missed claim" form with its place (offsets in the article's text,
// counted in characters as Python counts them: code points) and its digits.
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  var form = document.querySelector("form.add-claim");
  var status = document.getElementById("selection-status");
  if (!text || !form) {
    return;
  }
  var ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

  function codePoints(s) {
    return Array.from(s).length;
  }

  function offsetOf(node, offset) {
    var range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(node, offset);
    return codePoints(range.toString());
  }

  function westernDigits(s) {
    return s.replace(ARABIC_DIGITS, function (d) {
      var code = d.charCodeAt(0);
      return String.fromCharCode(48 + (code >= 0x06f0 ? code - 0x06f0 : code - 0x0660));
    });
  }

  function plainNumber(s) {
    var digits = westernDigits(s).replace(/[^\d.,]/g, "");
    if (/^\d{1,3}([.,]\d{3})+$/.test(digits)) {
      return digits.replace(/[.,]/g, ""); // 2.720 and 2,720 are thousands
    }
    return digits.replace(",", ".");
  }

  function onSelect() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    var range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
      return;
    }
    var chosen = range.toString();
    var trimmed = chosen.trim();
    if (!trimmed) {
      return;
    }
    var lead = codePoints(chosen) - codePoints(chosen.replace(/^\s+/, ""));
    var start = offsetOf(range.startContainer, range.startOffset) + lead;
    form.elements.start.value = start;
    form.elements.end.value = start + codePoints(trimmed);
    form.elements.value_text.value = trimmed;
    var number = plainNumber(trimmed);
    if (number && form.elements.value) {
      form.elements.value.value = number;
    }
    if (status) {
      status.textContent = status.dataset.selectedLabel + ": " + trimmed;
    }
  }

  text.addEventListener("mouseup", onSelect);
  text.addEventListener("keyup", onSelect);
  // A figure typed by hand has no selected place: the server finds it, or asks to select it.
  form.elements.value_text.addEventListener("input", function () {
    form.elements.start.value = "";
    form.elements.end.value = "";
  });
})();
