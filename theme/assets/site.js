// SiteGen theme script: copy buttons for the cite box, and loading the search UI when the
// search box is first used. Classic script, no inline handlers (the pages run under a strict
// Content-Security-Policy).
(function () {
  "use strict";

  function copyText(text, button) {
    var done = function () {
      var label = button.textContent;
      button.textContent = "Copied";
      button.setAttribute("aria-live", "polite");
      setTimeout(function () { button.textContent = label; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else {
      fallbackCopy(text);
      done();
    }
  }

  // file:// pages are not a secure context, so the Clipboard API may be missing there.
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more we can do */ }
    document.body.removeChild(area);
  }

  // The search UI (search.js) loads the first time the header's box is focused or "/" is
  // pressed: most visits only read, and then load no search code at all.
  var searchForm = document.querySelector("form[data-search-ui]");
  var searchLoading = false;
  function loadSearch() {
    if (searchLoading || window.SiteGenSearchUi) return;
    searchLoading = true;
    var script = document.createElement("script");
    script.src = searchForm.getAttribute("data-search-ui");
    document.head.appendChild(script);
  }
  if (searchForm) {
    searchForm.addEventListener("focusin", loadSearch);
    document.addEventListener("keydown", function (event) {
      var target = event.target, tag = target && target.tagName;
      if (window.SiteGenSearchUi || event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey
        || tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
      var box = searchForm.querySelector("input[name=q]");
      if (box) { event.preventDefault(); box.focus(); }
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-copy-target]") : null;
    if (!button) return;
    var source = document.getElementById(button.getAttribute("data-copy-target"));
    if (source) copyText(source.textContent.trim(), button);
  });
})();
