/* SiteGen search engine: reads the index under search/ (see src/SiteGen/Search/README.md, "The engine").
 * SiteGen writes this file beside the index it reads, as search/engine.js, with npm's porter2 bundled in
 * and minified (SearchEngineScript.cs): the engine and its index always come from one build. The theme's
 * search.js is only the UI; it talks to window.SiteGenSearch (the API at the end of this file).
 * Index files are classic scripts calling SiteGenSearch.load(path, data): they load as <script> from
 * file:// (where fetch() of JSON is blocked) and over HTTP. No eval, no DOM beyond <script> elements. */
(function () {
  'use strict';

  // The index format this engine reads: entry.js's "v". SearchEngineScript writes SearchIndexBuilder's.
  var FORMAT = /*SITEGEN:FORMAT*/0;

  // npm's porter2 (Snowball's English stemmer), a CommonJS module: SearchEngineScript puts its code here.
  var porter2 = (function (exports) {
    /*SITEGEN:PORTER2*/
    return exports;
  })({});

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

  /* Chinese, Japanese and Korean characters: indexed as overlapping pairs (EastAsianScripts.cs has the same
   * ranges and why). */
  var PAIRED = [0x2E80, 0x2FDF, 0x3005, 0x3007, 0x3021, 0x3029, 0x3031, 0x3035, 0x3038, 0x303C, 0x3041, 0x309F,
    0x30A0, 0x30FA, 0x30FC, 0x30FF, 0x3105, 0x312F, 0x31A0, 0x31BF, 0x31F0, 0x31FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF,
    0xAC00, 0xD7AF, 0xF900, 0xFAFF, 0xFF66, 0xFF9F, 0x20000, 0x323AF];

  function paired(ch) {
    var cp = ch.codePointAt(0);
    if (cp < 0x2E80) return false;
    for (var r = 0; r < PAIRED.length; r += 2) {
      if (cp < PAIRED[r]) return false;
      if (cp <= PAIRED[r + 1]) return true;
    }
    return false;
  }

  /* The run of paired characters at cps[i] (each with the marks after it) as compounds of one part each: its
   * overlapping pairs, or its one character. Returns the index after the run. */
  function pairs(text, cps, i, result) {
    var units = [];
    while (i < cps.length && cps[i].p) {
      var s = cps[i].s;
      i++;
      while (i < cps.length && MARK.test(cps[i].c)) i++;
      units.push({ s: s, e: i < cps.length ? cps[i].s : text.length });
    }
    var one = function (s, e) { result.push({ parts: [{ t: text.slice(s, e).normalize('NFC'), s: s, e: e }], s: s, e: e }); };
    if (units.length === 1) one(units[0].s, units[0].e);
    for (var u = 0; u + 1 < units.length; u++) one(units[u].s, units[u + 1].e);
    return i;
  }

  /* Compounds of text: [{parts: [{t: folded, s: start, e: end}], s, e}], offsets in UTF-16 units. */
  function compounds(text) {
    var cps = [], pos = 0, result = [];
    for (var ch of text) { cps.push({ c: ch, s: pos, p: paired(ch) }); pos += ch.length; }
    var i = 0;
    while (i < cps.length) {
      if (!WORD.test(cps[i].c)) { i++; continue; }
      if (cps[i].p) { i = pairs(text, cps, i, result); continue; }
      var parts = [], start = -1, prev = 0;
      var flush = function (end) {
        if (start < 0) return;
        var f = fold(text.slice(start, end));
        if (f.length > 0) parts.push({ t: f, s: start, e: end });
        start = -1;
      };
      while (i < cps.length) {
        var c = cps[i].c;
        if (WORD.test(c) && !cps[i].p) {
          var kind = kindOf(c);
          if (prev !== 0 && kind !== 5 && ((prev === 4) !== (kind === 4) || (prev === 2 && kind === 1) ||
              (prev === 1 && kind === 1 && lowerRun(cps, i + 1) >= 2))) flush(cps[i].s);
          if (start < 0) start = cps[i].s;
          if (kind !== 5) prev = kind;
          i++;
        } else if (JOINERS.indexOf(c) >= 0 && i + 1 < cps.length && WORD.test(cps[i + 1].c) && !cps[i + 1].p && start >= 0) {
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

  // ---- Word keys: the twin of SearchTermKey (C#). Words sharing a key are one family in the index.

  // British spellings rewritten to American before stemming (AmericanSpelling.cs has the same rules and why).
  var ISE = /^([a-z]{3,})is(e|es|ed|ing|ingly|er|ers|ation|ations|ational|able)$/;
  var YSE = /^([a-z]{2,})ys(e|es|ed|ing|er|ers)$/;
  var OUR = /^([a-z]{3,})our(s|ed|ing|ful|fully|ite|ites|able|ably|er|ers|hood|hoods|al|ally|less|ism|ist|ists)?$/;
  var NATIVE_IS = ['precis', 'concis', 'revis', 'supervis', 'televis', 'incis', 'excis', 'circumcis', 'promis',
    'surpris', 'enterpris', 'advis', 'advertis', 'rais'];

  function american(w) {
    var m = ISE.exec(w);
    if (m) {
      var stem = m[1] + 'is';
      var native = m[1].charAt(m[1].length - 1) === 'w' || NATIVE_IS.some(function (k) { return stem.slice(-k.length) === k; });
      return native ? w : m[1] + 'iz' + m[2];
    }
    if ((m = YSE.exec(w))) return m[1] + 'yz' + m[2];
    if ((m = OUR.exec(w))) return m[1] + 'or' + (m[2] || '');
    return w;
  }

  var PLAIN_WORD = /^[a-z]+$/;
  /* A term's family key: English words stemmed (Porter2, after the spelling rewrite); anything with a digit,
   * a letter outside a-z, or under three letters is its own key. */
  function key(term) {
    return term.length >= 3 && PLAIN_WORD.test(term) ? porter2.stem(american(term)) : term;
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
    // Already run by the page (search.html may load entry.js with the page).
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

  var AUTHORS = 1, FIELD_WEIGHTS = [10, 6, 4, 1]; // title, authors, topics, abstract
  var EXACT = 1, STEMMED = 0.75, PREFIX = 0.7, TYPO = 0.5, MAX_PREFIX_TERMS = 40, MAX_PREFIX_SHARDS = 2;

  /* How good a match another form of the query word is, between STEMMED and 0.9: the more of the query's
   * ending it shares (both in American spelling), the better: "optimized" and "optimization" before "optimal"
   * for "optimizer" (the judged queries' MRR: 0.992 without, 1.000 with; docs/benchmarks.md). */
  function formQuality(q, t) {
    var a = american(t), common = 0;
    while (common < a.length && common < q.a.length && a[common] === q.a[common]) common++;
    var closeness = Math.max(0, common - q.k.length) / Math.max(1, q.a.length - q.k.length);
    return STEMMED + 0.15 * Math.min(1, closeness);
  }

  function Index(root) {
    this.root = root;
    this.entry = null;
    this.sets = dict();
    this.keys = dict();
  }

  Index.prototype.ready = function () {
    var self = this;
    if (!this.entryPromise) {
      this.entryPromise = fetchScript(this.root, 'entry').then(function (e) {
        if (e.v !== FORMAT)
          throw new Error('This search index is format ' + e.v + ', but its search engine (search/engine.js) reads format ' + FORMAT +
            ': the two files come from different SiteGen builds. Rebuild the site and reload the page.');
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

  /* Term shards are ordered by family key, then term: a key's whole family is in one shard. */
  Index.prototype.shardOf = function (k) { return lastAtMost(this.entry.t, k); };

  /* Shards holding q's family, and for a prefix the first few its completions span: a completion's key starts
   * with the prefix, or is the key of a word the prefix already spells ("transformer" → transform). */
  Index.prototype.shardsFor = function (q) {
    var shards = [this.shardOf(q.k)];
    if (q.prefix) {
      var first = this.shardOf(q.t), last = Math.min(this.shardOf(q.t + '\uffff'), first + MAX_PREFIX_SHARDS - 1);
      for (var i = Math.max(first, 0); i <= last; i++) if (shards.indexOf(i) < 0) shards.push(i);
    }
    return shards.filter(function (n) { return n >= 0; });
  };

  Index.prototype.shard = function (n) {
    var self = this;
    return fetchScript(this.root, 't/' + n).then(function (arr) {
      if (!self.keys[n]) {
        var ks = [];
        for (var i = 0; i < arr.length; i += 2) ks.push(key(arr[i]));
        self.keys[n] = ks;
      }
      return { n: n, terms: arr, keys: self.keys[n] };
    });
  };

  Index.prototype.fieldSets = function (term, encoded) {
    var cached = this.sets[term];
    if (!cached) this.sets[term] = cached = encoded.split(',').map(decodeSet);
    return cached;
  };

  /* Variants of one query term found in its shards: [{term, quality, sets, fields}]. */
  Index.prototype.variants = function (q) {
    var self = this;
    return Promise.all(this.shardsFor(q).map(function (n) { return self.shard(n); })).then(function (shards) {
      var exact = [], family = [], prefixed = [], seen = dict();
      shards.forEach(function (s) {
        for (var i = 0; i < s.terms.length; i += 2) {
          var t = s.terms[i];
          if (seen[t]) continue;
          seen[t] = 1;
          var v = { term: t, enc: s.terms[i + 1] };
          if (t === q.t) { v.quality = EXACT; exact.push(v); }
          else if (s.keys[i / 2] === q.k) { v.quality = formQuality(q, t); v.form = true; family.push(v); }
          else if (q.prefix && t.startsWith(q.t)) { v.quality = PREFIX; prefixed.push(v); }
        }
      });
      // A name is not stemmed into other words: "Welling" does not find "well".
      if (exact.length > 0 && (self.fieldSets(exact[0].term, exact[0].enc)[AUTHORS] || []).length > 0) family = [];
      // Longest postings = most frequent completions; a short prefix keeps only those.
      prefixed.sort(function (x, y) { return y.enc.length - x.enc.length || (x.term < y.term ? -1 : 1); });
      var found = exact.concat(family, prefixed.slice(0, MAX_PREFIX_TERMS));
      // A typo is assumed only where no word of the term's family is in the index.
      if (found.length > 0 || q.t.length < 5 || shards.length === 0) return found;
      return self.typos(q, shards[0]);
    }).then(function (found) {
      return found.map(function (v) { return { term: v.term, quality: v.quality, form: v.form, sets: self.fieldSets(v.term, v.enc) }; });
    });
  };

  /* Terms one edit from q.t: in its shard, the neighbour if its key sorts at an end, the ends index. */
  Index.prototype.typos = function (q, s) {
    var self = this, more = [], at = 0;
    while (at < s.keys.length && s.keys[at] < q.k) at++;
    if (at === 0 && s.n > 0) more.push(s.n - 1);
    if (at >= s.keys.length && s.n + 1 < this.entry.t.length) more.push(s.n + 1);
    return Promise.all(more.map(function (m) { return self.shard(m).then(function (x) { return x.terms; }); })
      .concat(this.endTypos(q.t))).then(function (extra) {
      var typos = [], seen = dict();
      [s.terms].concat(extra).forEach(function (a) {
        for (var i = 0; i < a.length; i += 2)
          if (!seen[a[i]] && editDistanceAtMostOne(q.t, a[i])) { seen[a[i]] = 1; typos.push({ term: a[i], quality: TYPO, enc: a[i + 1] }); }
      });
      return typos;
    });
  };

  function rev(s) { return s.split('').reverse().join(''); }

  /* A typo in t's first letters moves it from its word in the term shards, not in the ends index (terms
   * reversed): an edit at letter 1 keeps r but its end, a 1-2 swap gives tail + t[0], one at letter 2
   * keeps tail. Resolves to the terms of the term shards of the words found. */
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
        .forEach(function (x) { var n = self.shardOf(key(rev(x))); if (shards.indexOf(n) < 0) shards.push(n); });
      return Promise.all(shards.slice(0, 3).map(function (n) { return self.shard(n); }));
    }).then(function (arrs) { return [].concat.apply([], arrs.map(function (s) { return s.terms; })); });
  };

  function parseQuery(text) {
    var terms = queryTerms(text).slice(0, 32); // a pasted paragraph is not a query: keep it cheap
    var prefixLast = terms.length > 0 && !/[\s\p{P}]$/u.test(text);
    var list = terms.map(function (t, i) { return { t: t, a: PLAIN_WORD.test(t) ? american(t) : t, k: key(t), prefix: prefixLast && i === terms.length - 1 }; });
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
            // Another form of a word is no match for a name.
            if (field === AUTHORS && v.form) return;
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

  /* Reranks a loaded page of documents by title (only display data has it): a title part (split at ':' or '?')
   * the query covers whole, then an early match, then the share of words matched ("The Reversal Curse: ..."
   * before "... of the Reversal Curse"). The bonus is < 1: field weights still rule. */
  Index.prototype.rank = function (docs, res) {
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

  /* The parts of text to mark for the matched terms: [[start, end], ...] in UTF-16 units, in order, not
   * overlapping (the pairs of Chinese or Japanese text overlap: one span per run of matched pairs). */
  function highlight(text, terms) {
    var set = dict(), spans = [];
    terms.forEach(function (t) { set[t] = true; });
    var add = function (s, e) {
      var last = spans[spans.length - 1];
      if (last && s < last[1]) last[1] = Math.max(last[1], e); else spans.push([s, e]);
    };
    compounds(text).forEach(function (comp) {
      if (comp.parts.length > 1 && set[joined(comp)]) add(comp.s, comp.e);
      else comp.parts.forEach(function (p) { if (set[p.t]) add(p.s, p.e); });
    });
    return spans;
  }

  // Index files the page ran before the engine came (the UI keeps them in SiteGenSearch.early).
  var before = window.SiteGenSearch;
  if (before && before.early) Object.keys(before.early).forEach(function (p) { load(p, before.early[p]); });

  window.SiteGenSearch = {
    format: FORMAT,
    load: load,
    index: indexFor,
    highlight: highlight,
    fold: fold,
    indexTerms: indexTerms,
    queryTerms: queryTerms,
    key: key,
    decodeSet: decodeSet,
    loadedFiles: function () { return loaded.slice(); }
  };
})();
