// The theme's navigation shows a section's pages (the register's ties and authorities) behind a
// toggle whose only content is an icon; give it a name a screen reader can say.
(function () {
  "use strict";
  function name() {
    document.querySelectorAll("nav details > summary").forEach(function (summary) {
      if (!summary.textContent.trim() && !summary.getAttribute("aria-label")) {
        var link = summary.parentElement.parentElement.querySelector(":scope > a");
        summary.setAttribute("aria-label", "Show or hide the pages of " + (link ? link.textContent.trim() : "this section"));
      }
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", name); } else { name(); }
})();
