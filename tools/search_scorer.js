/* Site search: a page whose title names exactly what the reader typed comes first.
   An authority's page is titled with every name it goes by ("The Hague (Den Haag,
   's-Gravenhage)", "Groningen province"), so a reader who types "Den Haag" gets The Hague's
   page before a page that merely mentions it ("Metropoolregio Rotterdam Den Haag"). */
var Scorer = {
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
  fold: function (text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2019']/g, "").toLowerCase().trim();
  },
  names: function (title) {
    return title.split(/\s*[(),]\s*/).filter(Boolean).map(function (name) {
      return Scorer.fold(name.replace(/ province$/, ""));
    });
  },
  score: function (result) {
    var query = new URLSearchParams(window.location.search).get("q") || "";
    var title = result[1] || "";
    var named = result[2] === "" && Scorer.names(title).indexOf(Scorer.fold(query)) !== -1;
    return result[4] + (named ? 50 : 0);
  }
};
