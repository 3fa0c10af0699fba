// Lighthouse's mobile performance audit of many pages with one Chrome, so that auditing every
// page of the book takes minutes, not an hour. Reads page addresses (one per line) on stdin and
// prints one JSON object per page: its score, bytes transferred and the timings behind the score.
//
//   node tools/lighthouse/run.mjs < urls.txt      (bench/lighthouse.py runs it)

import { createInterface } from "node:readline";

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const urls = [];
for await (const line of createInterface({ input: process.stdin })) if (line.trim()) urls.push(line.trim());

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
try {
  for (const url of urls) {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance"], output: "json", logLevel: "error" });
    const audits = result.lhr.audits;
    console.log(JSON.stringify({
      url,
      score: result.lhr.categories.performance.score,
      transferred_bytes: Math.round(audits["total-byte-weight"].numericValue),
      fcp_ms: Math.round(audits["first-contentful-paint"].numericValue),
      lcp_ms: Math.round(audits["largest-contentful-paint"].numericValue),
      tbt_ms: Math.round(audits["total-blocking-time"].numericValue),
      cls: Math.round(audits["cumulative-layout-shift"].numericValue * 1000) / 1000,
    }));
  }
} finally {
  await chrome.kill();
}
