// Search and filter the tables the book marks with a form.nlcn-filters. Works offline: it
// only hides and shows rows already in the page. Filters can be set from the address, e.g.
// register.html?q=wuhan&status=ended
(function () {
  "use strict";
  function setUp(form) {
    var table = document.getElementById(form.dataset.table);
    if (!table || !table.tBodies.length) { return; }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var controls = Array.prototype.slice.call(form.querySelectorAll("[data-filter]"));
    var count = form.querySelector(".nlcn-count");
    var noun = form.dataset.noun || "rows";
    var params = new URLSearchParams(window.location.search);
    controls.forEach(function (c) { if (params.has(c.name)) { c.value = params.get(c.name); } });
    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var keep = controls.every(function (c) {
          var want = c.value.trim().toLowerCase();
          if (!want) { return true; }
          if (c.dataset.filter === "text") { return row.textContent.toLowerCase().indexOf(want) !== -1; }
          return (row.getAttribute("data-" + c.dataset.filter) || "").toLowerCase() === want;
        });
        row.hidden = !keep;
        if (keep) { shown += 1; }
      });
      count.textContent = "Showing " + shown + " of " + rows.length + " " + noun;
      table.setAttribute("data-shown", String(shown));
    }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  }
  function start() { document.querySelectorAll("form.nlcn-filters").forEach(setUp); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
