/* SiteGen search UI: the header box's dropdown and the search page. The search engine is not part of the
 * theme: SiteGen writes it beside the index as search/engine.js (the index's reader, tokenizer and ranking),
 * and this script loads it the first time search is used, then talks to window.SiteGenSearch
 * (src/SiteGen/Search/README.md, "The engine"). DOM built with textContent only; no eval, no inline
 * styles: the pages run under a strict Content-Security-Policy, and from file:// as well as over HTTP. */
(function () {
  'use strict';

  function dict() { return Object.create(null); }

  // Tells site.js the UI is here (it loads this script on the search box's first use).
  window.SiteGenSearchUi = true;

  // A page may run index files before the engine is here (search.html loads entry.js with the page):
  // they wait in SiteGenSearch.early, which the engine takes over when it starts.
  if (!window.SiteGenSearch) window.SiteGenSearch = { early: dict(), load: function (path, data) { this.early[path] = data; } };

  var engineLoading = null;

  /* Resolves to the index of the site whose root is root ("", "../"), loading search/engine.js once. */
  function indexFor(root) {
    if (!engineLoading) {
      engineLoading = window.SiteGenSearch.index ? Promise.resolve() : new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = root + 'search/engine.js';
        s.async = true;
        s.onload = function () { s.remove(); if (window.SiteGenSearch.index) resolve(); else reject(new Error('search/engine.js did not start')); };
        s.onerror = function () { s.remove(); engineLoading = null; reject(new Error('The search engine (search/engine.js) could not be loaded')); };
        document.head.appendChild(s);
      });
    }
    return engineLoading.then(function () { return window.SiteGenSearch.index(root); });
  }

  // ---- Rendering.

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* Appends text to parent with the parts the engine matched wrapped in <mark>. */
  function highlight(parent, text, terms) {
    var at = 0;
    window.SiteGenSearch.highlight(text, terms).forEach(function (sp) {
      if (sp[0] > at) parent.appendChild(document.createTextNode(text.slice(at, sp[0])));
      parent.appendChild(el('mark', null, text.slice(sp[0], sp[1])));
      at = sp[1];
    });
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function year(doc) { return doc.date ? doc.date.slice(0, 4) : ''; }

  /* Title (a link when href is given), authors · year, and optionally the snippet. */
  function resultBody(parent, doc, terms, withSnippet, href) {
    var title = el(href ? 'a' : 'span', 'search-title');
    if (href) title.href = href;
    highlight(title, doc.title, terms);
    parent.appendChild(title);
    var meta = [doc.authors, year(doc)].filter(Boolean).join(' · ');
    if (meta) parent.appendChild(el('span', 'search-meta', meta));
    if (withSnippet && doc.snippet) {
      var snip = el('span', 'search-snippet');
      highlight(snip, doc.snippet, terms);
      parent.appendChild(snip);
    }
  }

  // ---- The header search box: a combobox with a dropdown listbox.

  var DROPDOWN_SIZE = 8, uid = 0;

  function SearchBox(form) {
    var self = this;
    this.form = form;
    this.root = form.getAttribute('data-search-root') || '';
    this.input = form.querySelector('input[name="q"]');
    this.list = form.querySelector('[data-search-results]');
    this.status = form.querySelector('[data-search-status]');
    this.active = -1;
    this.seq = 0;
    if (!this.list.id) this.list.id = 'search-results-' + (++uid);
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-controls', this.list.id);
    this.input.setAttribute('aria-expanded', 'false');
    this.input.setAttribute('autocomplete', 'off');
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', 'Search results');
    this.input.addEventListener('input', function () { self.update(); });
    this.input.addEventListener('keydown', function (ev) { self.key(ev); });
    // Focus starts loading the engine and the index entry: typing then waits less.
    this.input.addEventListener('focus', function () { indexFor(self.root).then(function (index) { return index.ready(); }).catch(function () {}); });
    document.addEventListener('click', function (ev) { if (!form.contains(ev.target)) self.close(); });
    // Loaded on first use (site.js): the reader may have focused the box, and typed, before this ran.
    if (document.activeElement === this.input) {
      indexFor(this.root).then(function (index) { return index.ready(); }).catch(function () {});
      if (this.input.value.trim()) this.update();
    }
  }

  SearchBox.prototype.update = function () {
    var self = this, text = this.input.value, seq = ++this.seq;
    if (!text.trim()) { this.close(); return; }
    indexFor(this.root).then(function (index) {
      return index.search(text).then(function (res) {
        return index.documents(res.ids.slice(0, DROPDOWN_SIZE)).then(function (docs) {
          if (seq === self.seq) self.render(res, index.rank(docs, res), text);
        });
      });
    }).catch(function (err) { if (seq === self.seq) self.announce(err.message); });
  };

  /* A listbox option holds no link (no interactive content): click or Enter opens its data-href. */
  SearchBox.prototype.option = function (id, href) {
    var li = el('li', 'search-option');
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.setAttribute('data-href', href);
    li.addEventListener('click', function () { window.location.href = href; });
    this.list.appendChild(li);
    return li;
  };

  SearchBox.prototype.render = function (res, docs, text) {
    var self = this;
    this.list.textContent = '';
    this.active = -1;
    docs.forEach(function (doc, i) {
      resultBody(self.option(self.list.id + '-' + i, self.root + doc.url), doc, res.terms, false);
    });
    var all = this.option(this.list.id + '-all', this.root + 'search.html?q=' + encodeURIComponent(text));
    all.classList.add('search-all');
    all.textContent = res.ids.length > docs.length ? 'All ' + res.ids.length + ' results' : 'Open the search page';
    this.list.hidden = false;
    this.list.setAttribute('data-query', text);
    this.input.setAttribute('aria-expanded', 'true');
    this.announce(res.ids.length === 0 ? 'No results' : res.ids.length + (res.ids.length === 1 ? ' result' : ' results'));
  };

  SearchBox.prototype.announce = function (message) { if (this.status) this.status.textContent = message; };

  SearchBox.prototype.options = function () { return this.list.querySelectorAll('[role="option"]'); };

  SearchBox.prototype.move = function (delta) {
    var opts = this.options();
    if (opts.length === 0) return;
    if (this.active >= 0) opts[this.active].setAttribute('aria-selected', 'false');
    // Positions -1 (the input itself) to length-1, wrapping around.
    this.active = (this.active + 1 + delta + opts.length + 1) % (opts.length + 1) - 1;
    if (this.active < 0) { this.input.removeAttribute('aria-activedescendant'); return; }
    opts[this.active].setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', opts[this.active].id);
    opts[this.active].scrollIntoView({ block: 'nearest' });
  };

  SearchBox.prototype.key = function (ev) {
    if (ev.key === 'ArrowDown') { ev.preventDefault(); if (this.list.hidden) this.update(); else this.move(1); }
    else if (ev.key === 'ArrowUp') { ev.preventDefault(); this.move(-1); }
    else if (ev.key === 'Escape') { this.close(); }
    else if (ev.key === 'Enter' && this.active >= 0) {
      ev.preventDefault();
      window.location.href = this.options()[this.active].getAttribute('data-href');
    }
  };

  SearchBox.prototype.close = function () {
    this.seq++;
    this.list.hidden = true;
    this.list.textContent = '';
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  };

  // ---- The search page: all results, topic/year filters with counts, sort.

  // Topic sets load with the first query when small, else (100k papers: ~180 KB) when asked for.
  var PAGE_SIZE = 10, EAGER_FACET_BYTES = 32 * 1024;

  function SearchPage(node) {
    var self = this;
    this.node = node;
    this.root = node.getAttribute('data-search-root') || '';
    this.index = null;
    // The search page is search in use: the engine and the index entry load with it.
    this.ready = indexFor(this.root).then(function (index) { self.index = index; return index.ready(); });
    this.input = node.querySelector('input[name="q"]');
    this.sort = node.querySelector('select[name="sort"]');
    this.topics = node.querySelector('[data-search-topics]');
    this.years = node.querySelector('[data-search-years]');
    this.status = node.querySelector('[data-search-status]');
    this.list = node.querySelector('[data-search-list]');
    this.more = node.querySelector('[data-search-more]');
    this.chosenTopics = dict();
    this.chosenYears = dict();
    this.shown = PAGE_SIZE;
    this.seq = 0;
    var params = new URLSearchParams(window.location.search);
    this.input.value = params.get('q') || '';
    if (params.get('sort') === 'date') this.sort.value = 'date';
    params.getAll('topic').forEach(function (t) { self.chosenTopics[t] = true; });
    params.getAll('year').forEach(function (y) { self.chosenYears[y] = true; });
    this.input.addEventListener('input', function () { self.shown = PAGE_SIZE; self.run(); });
    this.sort.addEventListener('change', function () { self.draw(); });
    this.more.addEventListener('click', function () { self.shown += PAGE_SIZE; self.draw(); });
    node.querySelector('form').addEventListener('submit', function (ev) { ev.preventDefault(); self.run(); });
    this.run();
  }

  SearchPage.prototype.run = function () {
    var self = this, seq = ++this.seq, text = this.input.value;
    if (!text.trim()) { this.result = null; this.draw(); return; }
    this.ready.then(function () { return self.index.search(text); }).then(function (res) {
      var e = self.index.entry, filtering = Object.keys(self.chosenTopics).length > 0;
      // Results first, then the topic counts beside or below them: a reader (and Lighthouse's largest
      // paint) waits for one round of topic files only when a chosen topic filters the results.
      // Until then no filter is drawn: topics arriving above the years would push them down.
      var loadTopics = filtering || (e.kb <= EAGER_FACET_BYTES && !self.topicsOf);
      self.facetsPending = loadTopics;
      // The topic files are asked for once the results are drawn, in a task of their own: a phone then
      // paints the results first, and their requests (32 on the shipped site) do not queue before the results' display files.
      var drawn = Promise.resolve(filtering ? null : show());
      if (loadTopics) return drawn.then(function () {
        return new Promise(function (next) { setTimeout(next, 0); });
      }).then(function () { return self.topicSets(); }).then(function () {
        self.facetsPending = false;
        // Unfiltered, the topic counts change only the filters: the list stays as drawn (redrawing it cost
        // a phone a second long task).
        if (filtering) show(); else if (seq === self.seq) self.drawFacets(self.filtered());
      });
      function show() { if (seq === self.seq) { self.result = res; return self.draw(); } }
    }).catch(function (err) { self.status.textContent = err.message; });
  };

  /* Topic membership, loaded once (only the search page needs it: for counts and filters). */
  SearchPage.prototype.topicSets = function () {
    var index = this.index;
    if (!this.topicPromise) {
      this.topicPromise = index.ready().then(function (e) {
        return Promise.all(e.k.map(function (_, k) { return index.topic(k); }));
      }).then(function (sets) {
        var byDoc = new Map();
        sets.forEach(function (ids, k) { ids.forEach(function (id) { (byDoc.get(id) || byDoc.set(id, []).get(id)).push(k); }); });
        return byDoc;
      });
    }
    var self = this;
    return this.topicPromise.then(function (m) { self.topicsOf = m; });
  };

  SearchPage.prototype.syncUrl = function () {
    var params = new URLSearchParams();
    if (this.input.value) params.set('q', this.input.value);
    if (this.sort.value === 'date') params.set('sort', 'date');
    Object.keys(this.chosenTopics).forEach(function (t) { params.append('topic', t); });
    Object.keys(this.chosenYears).forEach(function (y) { params.append('year', y); });
    try { history.replaceState(null, '', '?' + params.toString()); } catch (e) { /* some file:// setups refuse */ }
  };

  SearchPage.prototype.draw = function () {
    this.syncUrl();
    if (!this.result) {
      this.list.textContent = '';
      this.topics.textContent = '';
      this.years.textContent = '';
      this.more.hidden = true;
      this.status.textContent = '';
      return;
    }
    var f = this.filtered();
    this.drawFacets(f);
    return this.drawList(f);
  };

  /* The results the chosen filters keep (ids), and each filter's counts. */
  SearchPage.prototype.filtered = function () {
    var self = this, e = this.index.entry, anyTopic = Object.keys(this.chosenTopics).length > 0, anyYear = Object.keys(this.chosenYears).length > 0;
    var topicCounts = new Array(e.k.length).fill(0), yearCounts = dict(), ids = [];
    this.result.ids.forEach(function (id) {
      var topics = (self.topicsOf && self.topicsOf.get(id)) || [], y = String(self.index.yearOf(id));
      var topicOk = !anyTopic || topics.some(function (k) { return self.chosenTopics[e.k[k][0]]; });
      var yearOk = !anyYear || self.chosenYears[y];
      // Each filter's counts take the other filter into account, not itself.
      if (yearOk) topics.forEach(function (k) { topicCounts[k]++; });
      if (topicOk) yearCounts[y] = (yearCounts[y] || 0) + 1;
      if (topicOk && yearOk) ids.push(id);
    });
    if (this.sort.value === 'date') ids.sort(function (x, y) { return x - y; });
    return { ids: ids, topicCounts: topicCounts, yearCounts: yearCounts };
  };

  SearchPage.prototype.drawFacets = function (f) {
    var e = this.index.entry;
    if (this.facetsPending) { this.topics.textContent = ''; this.years.textContent = ''; return; }
    if (this.topicsOf) this.facet(this.topics, e.k.map(function (t, k) { return { key: t[0], label: t[1], count: f.topicCounts[k] }; }), this.chosenTopics);
    else if (e.k.length > 0) this.topicButton();
    else this.topics.textContent = '';
    this.facet(this.years, e.y.map(function (y) { var k = String(y[0]); return { key: k, label: y[0] === null ? 'Undated' : k, count: f.yearCounts[k] || 0 }; }), this.chosenYears);
  };

  SearchPage.prototype.drawList = function (f) {
    var self = this, res = this.result, seq = this.seq, ids = f.ids;
    var page = ids.slice(0, this.shown);
    var byDate = this.sort.value === 'date';
    return this.index.documents(page).then(function (docs) {
      if (seq !== self.seq) return;
      if (!byDate) docs = self.index.rank(docs, res);
      self.list.textContent = '';
      docs.forEach(function (doc) {
        var li = el('li', 'search-result');
        resultBody(li, doc, res.terms, true, self.root + doc.url);
        self.list.appendChild(li);
      });
      self.more.hidden = ids.length <= page.length;
      self.status.textContent = ids.length === 0 ? 'No results' : ids.length + (ids.length === 1 ? ' result' : ' results');
      if (window.performance && performance.mark) performance.mark('sitegen-search-results');
    });
  };

  SearchPage.prototype.topicButton = function () {
    var self = this, button = el('button', 'search-load-topics', 'Show topics');
    button.type = 'button';
    button.addEventListener('click', function () {
      button.disabled = true;
      self.topicSets().then(function () { self.draw(); });
    });
    this.topics.textContent = '';
    this.topics.appendChild(button);
  };

  SearchPage.prototype.facet = function (container, items, chosen) {
    var self = this;
    container.textContent = '';
    items.forEach(function (item) {
      if (item.count === 0 && !chosen[item.key]) return;
      var label = el('label', 'search-facet');
      var box = el('input');
      box.type = 'checkbox';
      box.value = item.key;
      box.checked = !!chosen[item.key];
      box.addEventListener('change', function () {
        if (box.checked) chosen[item.key] = true; else delete chosen[item.key];
        self.shown = PAGE_SIZE;
        self.draw();
      });
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + item.label + ' '));
      label.appendChild(el('span', 'search-count', '(' + item.count + ')'));
      container.appendChild(label);
    });
  };

  // ---- Start.

  function start() {
    document.querySelectorAll('form[data-search-root]').forEach(function (form) {
      if (form.querySelector('[data-search-results]')) new SearchBox(form);
    });
    var page = document.querySelector('[data-search-page]');
    if (page) new SearchPage(page);
    document.addEventListener('keydown', function (ev) {
      var t = ev.target, tag = t && t.tagName;
      if (ev.key !== '/' || ev.ctrlKey || ev.metaKey || ev.altKey || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (t && t.isContentEditable)) return;
      var box = document.querySelector('[data-search-page] input[name="q"]') || document.querySelector('form[data-search-root] input[name="q"]');
      if (box) { ev.preventDefault(); box.focus(); }
    });
  }

  // After DOMContentLoaded, deferred scripts (search.html's entry.js) have run.
  var started = false;
  function once() { if (!started) { started = true; start(); } }
  if (document.readyState === 'complete') once();
  else { document.addEventListener('DOMContentLoaded', once); window.addEventListener('load', once); }
})();
