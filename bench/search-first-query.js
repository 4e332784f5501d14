// Bytes a first query costs on a built site, as the browser's engine loads them (issue 17's 300k figure).
//   node bench/search-first-query.js <site folder> "query" ["another query" ...]
// Runs the site's own search/engine.js in Node with a stand-in for <script> loading, searches, loads the
// display rows of the first ten results, and prints per query the results, the index files loaded
// (entry, term shards, display shards: engine.js apart) with their bytes, and the time in Node.
'use strict';
const fs = require('fs'), path = require('path'), vm = require('vm');

const [site, ...queries] = process.argv.slice(2);
if (!site || queries.length === 0) {
  console.error('usage: node bench/search-first-query.js <site folder> "query" ["another query" ...]');
  process.exit(2);
}
const search = path.join(site, 'search');

function firstQuery(query) {
  // A fresh context per query: nothing loaded by the one before.
  const context = { performance: require('perf_hooks').performance, setImmediate };
  context.window = context;
  context.document = {
    createElement: () => ({ remove() {} }),
    head: {
      appendChild(script) {
        const file = script.src.replace(/^.*search\//, '');
        vm.runInContext(fs.readFileSync(path.join(search, file), 'utf8'), context);
        setImmediate(() => script.onload());
      },
    },
  };
  vm.createContext(context);
  vm.runInContext(fs.readFileSync(path.join(search, 'engine.js'), 'utf8'), context);
  const engine = context.SiteGenSearch, index = engine.index('');
  return index.ready().then(() => {
    const started = context.performance.now();
    return index.search(query).then((res) => index.documents(res.ids.slice(0, 10)).then(() => {
      const files = engine.loadedFiles();
      const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(search, f + '.js')).size, 0);
      return { query, results: res.ids.length, files: files.length, kb: +(bytes / 1024).toFixed(1), ms: +(context.performance.now() - started).toFixed(1) };
    }));
  });
}

(async () => {
  for (const q of queries) console.log(JSON.stringify(await firstQuery(q)));
})();
