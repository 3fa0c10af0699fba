// Search and filter the tables the book marks with a form.nlcn-filters. Works offline: it
// only hides and shows rows already in the page. Filters can be set from the address, e.g.
// register.html?q=wuhan&status=ended, and the address follows them, so a filtered table can be
// shared as a link. Where a row carries data-names, the search box matches those names (every
// spelling of both sides and their provinces) rather than all of the row's text. A column's
// heading sorts the table by that column (again: the other way round).
(function () {
  "use strict";
  function fold(text) {
    // Case, accents and apostrophes do not matter: "xian" finds Xi'an, "fryslan" Fryslân.
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/['’]/g, "");
  }
  function setUp(form) {
    var table = document.getElementById(form.dataset.table);
    if (!table || !table.tBodies.length) { return; }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var controls = Array.prototype.slice.call(form.querySelectorAll("[data-filter]"));
    var count = form.querySelector(".nlcn-count");
    var empty = form.querySelector(".nlcn-empty");
    var noun = form.dataset.noun || "rows";
    var params = new URLSearchParams(window.location.search);
    controls.forEach(function (c) { if (params.has(c.name)) { c.value = params.get(c.name); } });
    rows.forEach(function (row) { row.nlcnHay = fold(row.getAttribute("data-names") || row.textContent); });
    function remember() {
      var state = new URLSearchParams(window.location.search);
      controls.forEach(function (c) { if (c.value.trim()) { state.set(c.name, c.value.trim()); } else { state.delete(c.name); } });
      var query = state.toString();
      try { window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash); } catch (e) { /* file: pages may refuse */ }
    }
    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var keep = controls.every(function (c) {
          var want = c.value.trim();
          if (!want) { return true; }
          if (c.dataset.filter === "text") { return row.nlcnHay.indexOf(fold(want)) !== -1; }
          return (row.getAttribute("data-" + c.dataset.filter) || "").toLowerCase() === want.toLowerCase();
        });
        row.hidden = !keep;
        if (keep) { shown += 1; }
      });
      // The page's language gives the sentence (data-count), with {shown}, {total} and {noun}.
      var sentence = form.getAttribute("data-count") || "Showing {shown} of {total} {noun}";
      count.textContent = sentence.replace("{shown}", shown).replace("{total}", rows.length).replace("{noun}", noun);
      table.setAttribute("data-shown", String(shown));
      if (empty) { empty.hidden = shown !== 0; }
    }
    function changed() { apply(); remember(); }
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    form.addEventListener("reset", function () { window.setTimeout(changed, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.hidden = false;
    sortable(table);
    apply();
  }
  function sortable(table) {
    var body = table.tBodies[0];
    var headings = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headings.forEach(function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "nlcn-sort";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headings.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var sorted = Array.prototype.slice.call(body.rows).sort(function (a, b) {
          var x = a.cells[column].textContent.trim(), y = b.cells[column].textContent.trim();
          var order = x.localeCompare(y, undefined, { numeric: true, sensitivity: "base" });
          return ascending ? order : -order;
        });
        sorted.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
  function start() { document.querySelectorAll("form.nlcn-filters").forEach(setUp); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
