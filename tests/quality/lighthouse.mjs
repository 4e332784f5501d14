// Lighthouse (npm, pinned) against Debian's Chromium on the six kinds of page users land on,
// mobile and desktop, for a built site served over HTTP by a plain static server (below).
//   node tests/quality/lighthouse.mjs <site folder> [--min 95] [--runs 3]
// Prints a Markdown table of the four category scores (the median of --runs runs per page and
// form factor: performance varies run to run on a shared machine) and, with --min, exits 1 when
// any score is lower. docs/quality.md holds the latest table and the command that produced it.
import { createServer } from "node:http";
import { readFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import os from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const args = process.argv.slice(2);
const site = path.resolve(args[0] ?? "output");
const option = (name, fallback) => { const i = args.indexOf(name); return i < 0 ? fallback : Number(args[i + 1]); };
const min = option("--min", 0);
const runs = option("--runs", 1);

const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml",
  ".json": "application/json", ".xml": "application/xml", ".txt": "text/plain", ".ico": "image/x-icon", ".png": "image/png", ".jpg": "image/jpeg" };

// A static host like the ones users deploy to: files as they are, gzip-free, with a cache header
// for the fingerprinted assets (what Netlify or GitHub Pages would send).
const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  let file = path.join(site, decodeURIComponent(url.pathname));
  if (!file.startsWith(site)) { res.writeHead(403).end(); return; }
  if (url.pathname.endsWith("/")) file = path.join(file, "index.html");
  try {
    const body = await readFile(file);
    const headers = { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" };
    if (file.includes(`${path.sep}assets${path.sep}`)) headers["Cache-Control"] = "public, max-age=31536000, immutable";
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/html" }).end(await readFile(path.join(site, "404.html")).catch(() => ""));
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}/`;

const first = async (folder) => (await readdir(path.join(site, folder))).filter((f) => f.endsWith(".html") && !f.startsWith("index")).sort()[0];
const pages = [
  ["home", ""],
  ["paper", `papers/${await first("papers")}`],
  ["author", `authors/${await first("authors")}`],
  ["topic", `topics/${await first("topics")}`],
  ["year", `years/${await first("years")}`],
  ["search", "search.html?q=diffusion+models"],
];

const chromePath = process.env.CHROME_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(existsSync);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
const categories = ["performance", "accessibility", "best-practices", "seo"];
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
let failed = false;
try {
  for (const [kind, page] of pages) {
    for (const form of ["mobile", "desktop"]) {
      const scores = Object.fromEntries(categories.map((c) => [c, []]));
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(origin + page, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories },
          form === "desktop" ? desktopConfig : undefined);
        for (const c of categories) scores[c].push(Math.round(result.lhr.categories[c].score * 100));
      }
      const row = categories.map((c) => median(scores[c]));
      if (row.some((s) => s < min)) failed = true;
      rows.push(`| ${kind} | ${form} | ${row.join(" | ")} |`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(`Lighthouse ${JSON.parse(await readFile(new URL("./node_modules/lighthouse/package.json", import.meta.url))).version}, ` +
  `median of ${runs} run(s), load average ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores\n`);
console.log("| page | form factor | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|---|");
console.log(rows.join("\n"));
if (failed) { console.error(`\nA score is below ${min}.`); process.exit(1); }
