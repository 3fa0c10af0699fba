// Charts open as drawn pictures (SVG), so a page needs no chart library to show them. When the
// reader reaches for a chart (a pointer over it, a tap, or the "Explore" button, which the
// keyboard reaches), the Vega libraries and that chart's spec load and the interactive chart,
// with details on hover or tap and its save menu, takes the picture's place. Works offline and
// from a page opened from disk: everything loads by <script> from the book's own _static.
(function () {
  var base = (function () {
    var me = document.currentScript || document.querySelector('script[src*="charts.js"]');
    return me.src.replace(/charts\.js(\?.*)?$/, "");
  })();
  var LIBRARIES = ["vendor/vega.min.js", "vendor/vega-lite.min.js", "vendor/vega-embed.min.js"];
  // The words the script shows come from the page, in its edition's language.
  var ACTIONS_LABEL = "Save this chart";
  var loading = null;

  function script(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(s);
    });
  }

  function libraries() {
    if (!loading) {
      loading = LIBRARIES.reduce(function (done, name) {
        return done.then(function () { return script(base + name); });
      }, Promise.resolve());
    }
    return loading;
  }

  function explore(el, button) {
    if (el.dataset.state) return;
    el.dataset.state = "loading";
    if (button) button.disabled = true;
    var id = el.id;
    Promise.all([libraries(), script(el.dataset.spec)]).then(function () {
      var chart = window.nlcnCharts[id];
      var height = el.offsetHeight;
      el.style.minHeight = height + "px";  // no jump while the chart draws
      return vegaEmbed(el, chart.spec, chart.options).then(function () {
        el.dataset.state = "interactive";
        el.style.minHeight = "";
        var summary = el.querySelector("details > summary");
        if (summary) summary.setAttribute("aria-label", el.dataset.actionsLabel || ACTIONS_LABEL);
        if (button) button.hidden = true;
      });
    }).catch(function (error) {
      el.dataset.state = "";
      if (button) { button.disabled = false; button.textContent = button.dataset.retry || "The interactive chart could not load: try again"; }
      if (window.console) console.warn(error);
    });
  }

  function setUp(figure) {
    var el = figure.querySelector(".vega-chart");
    var button = figure.querySelector("button.nlcn-explore");
    if (!el || !el.dataset.spec) return;
    if (button) {
      button.hidden = false;
      button.addEventListener("click", function () { explore(el, button); });
    }
    ["pointerenter", "touchstart"].forEach(function (kind) {
      el.addEventListener(kind, function () { explore(el, button); }, { once: true, passive: true });
    });
  }

  function start() { document.querySelectorAll("figure.nlcn-chart").forEach(setUp); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
