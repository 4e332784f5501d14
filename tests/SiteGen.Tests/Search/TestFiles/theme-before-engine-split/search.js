/* SiteGen search: our own client for the index under search/ (see src/SiteGen/Search/README.md).
 * Index files are classic scripts calling SiteGenSearch.load(path, data): they load as <script>
 * from file:// (where fetch() of JSON is blocked) and over HTTP.
 * No eval, no innerHTML with data, no inline styles: the pages run under a strict CSP. */
(function () {
  'use strict';

  function dict() { return Object.create(null); }

  // ---- Text: folded and tokenized exactly as TextFolding and SearchTokenizer (C#) do.

  var SPECIAL = { 'ß': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l',
    'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'þ': 'th', 'Þ': 'th', 'ı': 'i' };
  var MARK = /\p{M}/u, UPPER = /\p{Lu}/u, LOWER = /\p{Ll}/u, DIGIT = /\p{N}/u, WORD = /[\p{L}\p{N}\p{M}]/u;
  var JOINERS = '-\u2010\u2011\'\u2019';

  function fold(text) {
    var d = text.normalize('NFD'), out = '';
    // Per UTF-16 unit, like the C# original (ToLowerInvariant of one char).
    for (var i = 0; i < d.length; i++) {
      var c = d[i];
      if (MARK.test(c)) continue;
      out += Object.prototype.hasOwnProperty.call(SPECIAL, c) ? SPECIAL[c] : c.toLowerCase();
    }
    return out.normalize('NFC');
  }

  function kindOf(c) {
    if (UPPER.test(c)) return 1;
    if (LOWER.test(c)) return 2;
    if (DIGIT.test(c)) return 4;
    if (MARK.test(c)) return 5;
    return 3;
  }

  function lowerRun(cps, start) {
    var n = 0;
    for (var j = start; j < cps.length; j++) {
      var k = kindOf(cps[j].c);
      if (k === 5) continue;
      if (k !== 2) break;
      n++;
    }
    return n;
  }

  /* Compounds of text: [{parts: [{t: folded, s: start, e: end}], s, e}], offsets in UTF-16 units. */
  function compounds(text) {
    var cps = [], pos = 0, result = [];
    for (var ch of text) { cps.push({ c: ch, s: pos }); pos += ch.length; }
    var i = 0;
    while (i < cps.length) {
      if (!WORD.test(cps[i].c)) { i++; continue; }
      var parts = [], start = -1, prev = 0;
      var flush = function (end) {
        if (start < 0) return;
        var f = fold(text.slice(start, end));
        if (f.length > 0) parts.push({ t: f, s: start, e: end });
        start = -1;
      };
      while (i < cps.length) {
        var c = cps[i].c;
        if (WORD.test(c)) {
          var kind = kindOf(c);
          if (prev !== 0 && kind !== 5 && ((prev === 4) !== (kind === 4) || (prev === 2 && kind === 1) ||
              (prev === 1 && kind === 1 && lowerRun(cps, i + 1) >= 2))) flush(cps[i].s);
          if (start < 0) start = cps[i].s;
          if (kind !== 5) prev = kind;
          i++;
        } else if (JOINERS.indexOf(c) >= 0 && i + 1 < cps.length && WORD.test(cps[i + 1].c) && start >= 0) {
          flush(cps[i].s);
          prev = 0;
          i++;
        } else break;
      }
      flush(i < cps.length ? cps[i].s : text.length);
      if (parts.length > 0) result.push({ parts: parts, s: parts[0].s, e: parts[parts.length - 1].e });
    }
    return result;
  }

  var MAX_TERM = 40;
  function joined(comp) { return comp.parts.map(function (p) { return p.t; }).join(''); }

  function indexTerms(text) {
    var out = [];
    compounds(text).forEach(function (comp) {
      comp.parts.forEach(function (p) { if (p.t.length <= MAX_TERM) out.push(p.t); });
      if (comp.parts.length > 1) { var j = joined(comp); if (j.length <= MAX_TERM) out.push(j); }
    });
    return out;
  }

  function queryTerms(text) {
    return compounds(text).map(joined).filter(function (t) { return t.length <= MAX_TERM; });
  }

  // Dropped beside other terms: in almost every abstract, they cost a big shard.
  var STOP = ' a an and are as at be by for from has have in into is it its of on or our that the their this to via we with ';

  // ---- Loading index files through <script> elements.

  var registry = dict(), waiting = dict(), loaded = [];

  function load(path, data) {
    registry[path] = data;
  }

  function fetchScript(root, path) {
    if (waiting[path]) return waiting[path];
    // Already run by the page (search.html defers entry.js).
    if (path in registry) { loaded.push(path); return (waiting[path] = Promise.resolve(registry[path])); }
    waiting[path] = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = root + 'search/' + path + '.js';
      s.async = true;
      s.onload = function () {
        s.remove();
        if (path in registry) { loaded.push(path); resolve(registry[path]); } else reject(new Error('search index file ' + path + ' did not register'));
      };
      s.onerror = function () {
        s.remove();
        delete waiting[path];
        reject(new Error('search index file ' + path + ' could not be loaded'));
      };
      document.head.appendChild(s);
    });
    return waiting[path];
  }

  // ---- Posting sets (see SiteGen.Search.PostingSetCodec).

  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGITS = new Int8Array(128).fill(-1);
  for (var a = 0; a < 64; a++) DIGITS[ALPHABET.charCodeAt(a)] = a;

  function decodeSet(s) {
    var ids = [], i;
    if (s.charCodeAt(0) === 126) {
      for (i = 1; i < s.length; i++) {
        var bits = DIGITS[s.charCodeAt(i)], base = (i - 1) * 6;
        for (var b = 0; bits; b++, bits >>= 1) if (bits & 1) ids.push(base + b);
      }
      return ids;
    }
    var prev = -1, value = 0;
    for (i = 0; i < s.length; i++) {
      var d = DIGITS[s.charCodeAt(i)];
      value = value * 32 + (d & 31);
      if (d < 32) { prev += value; ids.push(prev); value = 0; }
    }
    return ids;
  }

  function editDistanceAtMostOne(a, b) {
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (i === la && i === lb) return true;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // ---- The index of one site root.

  var FIELD_WEIGHTS = [10, 6, 4, 1]; // title, authors, topics, abstract
  var EXACT = 1, PREFIX = 0.7, TYPO = 0.5, MAX_PREFIX_TERMS = 40, MAX_PREFIX_SHARDS = 2;

  function Index(root) {
    this.root = root;
    this.entry = null;
    this.sets = dict();
  }

  Index.prototype.ready = function () {
    var self = this;
    if (!this.entryPromise) {
      this.entryPromise = fetchScript(this.root, 'entry').then(function (e) {
        self.entry = e;
        return e;
      });
    }
    return this.entryPromise;
  };

  /* Number of the shard whose range holds s: the last separator key <= s (keys[0] is ""). */
  function lastAtMost(keys, s) {
    var lo = 0, hi = keys.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (keys[mid] <= s) lo = mid + 1; else hi = mid; }
    return lo - 1;
  }

  Index.prototype.shardOf = function (term) { return lastAtMost(this.entry.t, term); };

  /* Shards holding term, or for a prefix the first few its completions span. */
  Index.prototype.shardsFor = function (term, prefix) {
    var first = this.shardOf(term), last = prefix ? Math.min(this.shardOf(term + '\uffff'), first + MAX_PREFIX_SHARDS - 1) : first;
    var shards = [];
    for (var i = Math.max(first, 0); i <= last; i++) shards.push(i);
    return shards;
  };

  Index.prototype.shard = function (n) { return fetchScript(this.root, 't/' + n); };

  Index.prototype.fieldSets = function (term, encoded) {
    var cached = this.sets[term];
    if (!cached) this.sets[term] = cached = encoded.split(',').map(decodeSet);
    return cached;
  };

  /* Variants of one query term found in its shards: [{term, quality, sets}]. */
  Index.prototype.variants = function (q) {
    var self = this, shardNos = this.shardsFor(q.t, q.prefix);
    return Promise.all(shardNos.map(function (n) { return self.shard(n); })).then(function (shards) {
      var exact = [], prefixed = [];
      shards.forEach(function (arr) {
        for (var i = 0; i < arr.length; i += 2) {
          var t = arr[i];
          if (t === q.t) exact.push({ term: t, quality: EXACT, enc: arr[i + 1] });
          else if (q.prefix && t.startsWith(q.t)) prefixed.push({ term: t, quality: PREFIX, enc: arr[i + 1] });
        }
      });
      // Longest postings = most frequent completions; a short prefix keeps only those.
      prefixed.sort(function (x, y) { return y.enc.length - x.enc.length || (x.term < y.term ? -1 : 1); });
      var found = exact.concat(prefixed.slice(0, MAX_PREFIX_TERMS));
      // A typo is assumed only where the term as typed is not in the index.
      if (found.length > 0 || q.t.length < 5 || shards.length === 0) return found;
      return self.typos(q.t, shardNos[0], shards[0]);
    }).then(function (found) {
      return found.map(function (v) { return { term: v.term, quality: v.quality, sets: self.fieldSets(v.term, v.enc) }; });
    });
  };

  /* Terms one edit from t: its shard, the neighbour if t sorts at an end, the ends index. */
  Index.prototype.typos = function (t, n, arr) {
    var self = this, more = [], at = 0;
    while (at < arr.length && arr[at] < t) at += 2;
    if (at === 0 && n > 0) more.push(n - 1);
    if (at >= arr.length && n + 1 < this.entry.t.length) more.push(n + 1);
    return Promise.all(more.map(function (m) { return self.shard(m); }).concat(this.endTypos(t))).then(function (extra) {
      var typos = [], seen = dict();
      [arr].concat(extra).forEach(function (a) {
        for (var i = 0; i < a.length; i += 2)
          if (!seen[a[i]] && editDistanceAtMostOne(t, a[i])) { seen[a[i]] = 1; typos.push({ term: a[i], quality: TYPO, enc: a[i + 1] }); }
      });
      return typos;
    });
  };

  function rev(s) { return s.split('').reverse().join(''); }

  /* A typo in t's first letters moves it from its word in the term shards, not in the ends index (terms
   * reversed): an edit at letter 1 keeps r but its end, a 1-2 swap gives tail + t[0], one at letter 2
   * keeps tail. Resolves to the term shards of the words found. */
  Index.prototype.endTypos = function (t) {
    var self = this, keys = this.entry.e || [], r = rev(t), tail = r.slice(0, -2), nos = [];
    [r.slice(0, -1), tail + t[0], tail].forEach(function (k) {
      for (var n = lastAtMost(keys, k), last = Math.min(lastAtMost(keys, k + '\uffff'), n + 1); n <= last; n++) if (n >= 0 && nos.indexOf(n) < 0) nos.push(n);
    });
    return Promise.all(nos.slice(0, 3).map(function (n) { return fetchScript(self.root, 'e/' + n); })).then(function (lists) {
      var shards = [], near = function (x) { return x.startsWith(r.slice(0, -1)) || x.startsWith(tail + t[0]); };
      // First-letter typos claim the shards first.
      [].concat.apply([], lists).filter(function (x) { return x.startsWith(tail) && editDistanceAtMostOne(t, rev(x)); })
        .sort(function (x, y) { return near(y) - near(x); })
        .forEach(function (x) { var n = self.shardOf(rev(x)); if (shards.indexOf(n) < 0) shards.push(n); });
      return Promise.all(shards.slice(0, 3).map(function (n) { return self.shard(n); }));
    }).then(function (arrs) { return [].concat.apply([], arrs); });
  };

  function parseQuery(text) {
    var terms = queryTerms(text).slice(0, 32); // a pasted paragraph is not a query: keep it cheap
    var prefixLast = terms.length > 0 && !/[\s\p{P}]$/u.test(text);
    var list = terms.map(function (t, i) { return { t: t, prefix: prefixLast && i === terms.length - 1 }; });
    var kept = list.filter(function (q) { return STOP.indexOf(' ' + q.t + ' ') < 0; });
    if (kept.length === 0) kept = list;
    var seen = dict();
    return kept.filter(function (q) { var k = q.t + (q.prefix ? '*' : ''); if (seen[k]) return false; seen[k] = true; return true; });
  }

  /* Resolves to {ids (ranked), score (Float32Array by id), terms (matched, folded), ms}. */
  Index.prototype.search = function (text) {
    var self = this, query = parseQuery(text);
    return this.ready().then(function () {
      return Promise.all(query.map(function (q) { return self.variants(q); }));
    }).then(function (variantLists) {
      var started = performance.now();
      var n = self.entry.n, total = new Float32Array(n), count = new Uint8Array(n), best = new Float32Array(n);
      var matched = [];
      variantLists.forEach(function (variants, qi) {
        best.fill(0);
        var touched = [];
        variants.forEach(function (v) {
          matched.push(v.term);
          v.sets.forEach(function (ids, field) {
            var w = FIELD_WEIGHTS[field] * v.quality;
            for (var i = 0; i < ids.length; i++) {
              var id = ids[i];
              if (best[id] === 0) touched.push(id);
              if (w > best[id]) best[id] = w;
            }
          });
        });
        for (var j = 0; j < touched.length; j++) {
          var id = touched[j];
          if (count[id] === qi) { count[id] = qi + 1; total[id] += best[id]; }
        }
      });
      // Few distinct scores (sums of weights): bucket the ids, already in date order, not sort n of them.
      var buckets = new Map();
      if (query.length > 0) for (var id = 0; id < n; id++) if (count[id] === query.length) {
        var b = buckets.get(total[id]);
        if (b) b.push(id); else buckets.set(total[id], [id]);
      }
      var ids = [];
      Array.from(buckets.keys()).sort(function (x, y) { return y - x; }).forEach(function (k) { ids = ids.concat(buckets.get(k)); });
      return { ids: ids, score: total, terms: matched, ms: performance.now() - started };
    });
  };

  /* Display rows for ids: [{id, title, authors, date, url, snippet}], url relative to the root. */
  Index.prototype.documents = function (ids) {
    var self = this, e = this.entry, shards = [];
    ids.forEach(function (id) { var s = Math.floor(id / e.dps); if (shards.indexOf(s) < 0) shards.push(s); });
    return Promise.all(shards.map(function (s) { return fetchScript(self.root, 'd/' + s); })).then(function () {
      return ids.map(function (id) {
        var row = registry['d/' + Math.floor(id / e.dps)][id % e.dps];
        return { id: id, title: row[0], authors: row[1], date: row[2], url: e.up + row[3] + e.us, snippet: row[4] };
      });
    });
  };

  /* Sorted doc ids of topic k (entry.k[k]). */
  Index.prototype.topic = function (k) {
    return fetchScript(this.root, 'f/' + k).then(decodeSet);
  };

  Index.prototype.yearOf = function (id) {
    var y = this.entry.y;
    for (var i = 0; i < y.length; i++) if (id >= y[i][1] && id < y[i][1] + y[i][2]) return y[i][0];
    return null;
  };

  var indexes = dict();
  function indexFor(root) { return indexes[root] || (indexes[root] = new Index(root)); }

  // ---- Rendering (DOM built with textContent only).

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* Appends text to parent with the parts matching terms wrapped in <mark>. */
  function highlight(parent, text, terms) {
    var set = dict();
    terms.forEach(function (t) { set[t] = true; });
    var spans = [];
    compounds(text).forEach(function (comp) {
      if (comp.parts.length > 1 && set[joined(comp)]) spans.push([comp.s, comp.e]);
      else comp.parts.forEach(function (p) { if (set[p.t]) spans.push([p.s, p.e]); });
    });
    var at = 0;
    spans.forEach(function (sp) {
      if (sp[0] > at) parent.appendChild(document.createTextNode(text.slice(at, sp[0])));
      parent.appendChild(el('mark', null, text.slice(sp[0], sp[1])));
      at = sp[1];
    });
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
  }

  /* Reranks a loaded page by title (only display data has it): a title part (split at ':' or '?')
   * the query covers whole, then an early match, then the share of words matched ("The Reversal
   * Curse: ..." before "... of the Reversal Curse"). The bonus is < 1: field weights still rule. */
  function refine(docs, res) {
    var set = dict();
    res.terms.forEach(function (t) { set[t] = true; });
    docs.forEach(function (doc) {
      var words = 0, hits = 0, first = -1, whole = false;
      doc.title.split(/[:?]/).forEach(function (segment) {
        var segWords = 0, segHits = 0;
        compounds(segment).forEach(function (comp) {
          var j = joined(comp);
          if (STOP.indexOf(' ' + j + ' ') >= 0) return;
          var hit = set[j] || comp.parts.some(function (p) { return set[p.t]; });
          if (hit && first < 0) first = words;
          words++; segWords++;
          if (hit) { hits++; segHits++; }
        });
        if (segWords > 0 && segHits === segWords) whole = true;
      });
      var bonus = (whole ? 0.4 : 0) + (first >= 0 ? 0.3 / (1 + first) : 0) + (words ? 0.2 * hits / words : 0);
      doc.rank = res.score[doc.id] + bonus;
    });
    return docs.slice().sort(function (x, y) { return y.rank - x.rank || x.id - y.id; });
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
    this.input.addEventListener('input', function () { self.update(); });
    this.input.addEventListener('keydown', function (ev) { self.key(ev); });
    this.input.addEventListener('focus', function () { indexFor(self.root).ready().catch(function () {}); });
    document.addEventListener('click', function (ev) { if (!form.contains(ev.target)) self.close(); });
  }

  SearchBox.prototype.update = function () {
    var self = this, text = this.input.value, seq = ++this.seq, index = indexFor(this.root);
    if (!text.trim()) { this.close(); return; }
    index.search(text).then(function (res) {
      return index.documents(res.ids.slice(0, DROPDOWN_SIZE)).then(function (docs) {
        if (seq === self.seq) self.render(res, refine(docs, res), text);
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
    this.index = indexFor(this.root);
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
    this.index.search(text).then(function (res) {
      var e = self.index.entry, eager = e.kb <= EAGER_FACET_BYTES || Object.keys(self.chosenTopics).length > 0;
      return (eager ? self.topicSets() : Promise.resolve()).then(function () { if (seq === self.seq) { self.result = res; self.draw(); } });
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
    var self = this, res = this.result, seq = this.seq;
    this.syncUrl();
    if (!res) {
      this.list.textContent = '';
      this.topics.textContent = '';
      this.years.textContent = '';
      this.more.hidden = true;
      this.status.textContent = '';
      return;
    }
    var e = this.index.entry, anyTopic = Object.keys(this.chosenTopics).length > 0, anyYear = Object.keys(this.chosenYears).length > 0;
    var topicCounts = new Array(e.k.length).fill(0), yearCounts = dict(), ids = [];
    res.ids.forEach(function (id) {
      var topics = (self.topicsOf && self.topicsOf.get(id)) || [], y = String(self.index.yearOf(id));
      var topicOk = !anyTopic || topics.some(function (k) { return self.chosenTopics[e.k[k][0]]; });
      var yearOk = !anyYear || self.chosenYears[y];
      // Each filter's counts take the other filter into account, not itself.
      if (yearOk) topics.forEach(function (k) { topicCounts[k]++; });
      if (topicOk) yearCounts[y] = (yearCounts[y] || 0) + 1;
      if (topicOk && yearOk) ids.push(id);
    });
    if (this.sort.value === 'date') ids.sort(function (x, y) { return x - y; });
    if (this.topicsOf) this.facet(this.topics, e.k.map(function (t, k) { return { key: t[0], label: t[1], count: topicCounts[k] }; }), this.chosenTopics);
    else if (e.k.length > 0) this.topicButton();
    else this.topics.textContent = '';
    this.facet(this.years, e.y.map(function (y) { var k = String(y[0]); return { key: k, label: y[0] === null ? 'Undated' : k, count: yearCounts[k] || 0 }; }), this.chosenYears);
    var page = ids.slice(0, this.shown);
    var byDate = this.sort.value === 'date';
    this.index.documents(page).then(function (docs) {
      if (seq !== self.seq) return;
      if (!byDate) docs = refine(docs, res);
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

  window.SiteGenSearch = {
    load: load,
    fold: fold,
    indexTerms: indexTerms,
    queryTerms: queryTerms,
    decodeSet: decodeSet,
    index: indexFor,
    loadedFiles: function () { return loaded.slice(); }
  };

  // After DOMContentLoaded, deferred scripts (search.html's entry.js) have run.
  var started = false;
  function once() { if (!started) { started = true; start(); } }
  if (document.readyState === 'complete') once();
  else { document.addEventListener('DOMContentLoaded', once); window.addEventListener('load', once); }
})();
