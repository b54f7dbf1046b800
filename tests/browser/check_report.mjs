#!/usr/bin/env node
// End-to-end checks of the rule map that `remint report` writes and `remint serve` serves, in
// Debian's headless Chromium (/usr/bin/chromium) driven by playwright-core. It relies only on the
// page contract (docs: tests/browser/README.md) and walks the site as a reviewer would:
//
//   a. every page visited loads with no console error, no page error, no failed request and no
//      request to a host other than the base's (the site works offline: no CDN);
//   b. rules.html: the search box filters the rule rows (a field name finds rows, nonsense none);
//   c. a rule row's link leads to the rule on its program page, the rule's source link to the
//      legacy line, and its C++ link to the side-by-side page with the rule highlighted in both panes;
//   d. the call graph and a program's control-flow graph are SVGs with nodes and a real size;
//   e. (--xss-base) a site generated from a hostile program runs none of the markup in its
//      comments and literals, and shows it as text;
//   f. screenshots of the main pages, and the load time of each page.
//
// usage: node check_report.mjs --base URL --screenshots DIR [--xss-base URL] [--field NAME]
//        node check_report.mjs --time-page URL [--repeat N]
// URL: http://127.0.0.1:PORT/ or file:///path/to/site/. Prints `ok: ...` or `FAIL: ...` per check
// and `load: PAGE N ms` per page; exits 1 when any check failed, 2 on a usage error.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
// --headless and a fresh empty --user-data-dir come from playwright-core itself. Without the
// background-networking flags Chromium keeps dialing Google's hosts, which a closed network refuses.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const STEP_TIMEOUT_MS = 10_000;
const SETTLE_MS = 300;
const NAVIGATION_TIMEOUT_MS = 30_000;
const NONSENSE = 'zq-no-such-rule-xj7';
const XSS_PROGRAM = 'XSSDEMO';
const XSS_SEARCH = 'script';
const VIEWPORT = { width: 1280, height: 900 };

// ---- command line ----------------------------------------------------------------------------

function usage(message) {
  if (message) console.error(`check_report: ${message}`);
  console.error('usage: node check_report.mjs --base URL --screenshots DIR [--xss-base URL] [--field NAME]\n' +
                '       node check_report.mjs --time-page URL [--repeat N]');
  process.exit(2);
}

function parseArgs(argv) {
  const options = { field: 'ACCT-BALANCE', repeat: 5 };
  const names = { '--base': 'base', '--screenshots': 'screenshots', '--xss-base': 'xssBase',
                  '--field': 'field', '--time-page': 'timePage', '--repeat': 'repeat' };
  for (let i = 0; i < argv.length; i++) {
    const key = names[argv[i]];
    if (!key) usage(`unknown argument ${argv[i]}`);
    if (i + 1 >= argv.length) usage(`${argv[i]} needs a value`);
    options[key] = argv[++i];
  }
  if (options.timePage) {
    options.repeat = Number(options.repeat);
    if (!Number.isInteger(options.repeat) || options.repeat < 1) usage('--repeat needs a positive integer');
    return options;
  }
  if (!options.base) usage('--base is required');
  if (!options.screenshots) usage('--screenshots is required');
  options.base = siteBase(options.base);
  if (options.xssBase) options.xssBase = siteBase(options.xssBase);
  return options;
}

// The folder URL of a site: pages resolve against it, so it must end with a slash.
function siteBase(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    usage(`not a URL: ${text}`);
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) usage(`not an http or file URL: ${text}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.hash = '';
  url.search = '';
  return url.href;
}

// ---- results ---------------------------------------------------------------------------------

let passed = 0;
let failed = 0;

function ok(message) {
  passed++;
  console.log(`ok: ${message}`);
}

function fail(message) {
  failed++;
  console.log(`FAIL: ${message}`);
}

function check(condition, message, detail) {
  if (condition) ok(message);
  else fail(detail ? `${message}: ${detail}` : message);
  return condition;
}

// Runs one step; an exception (a timeout, a missing element) is that step's failure.
async function step(label, body) {
  try {
    return await body();
  } catch (error) {
    fail(`${label}: ${String(error.message || error).split('\n')[0]}`);
    return undefined;
  }
}

// ---- the browser -----------------------------------------------------------------------------

async function launch() {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`FAIL: ${CHROMIUM} is missing: run scripts/install-deps`);
    process.exit(1);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

// Whether a request stays on the site: the base's origin over http, any local file for file://.
// data: and blob: URLs never leave the page.
function onSite(base, requestUrl) {
  const target = new URL(requestUrl);
  if (['data:', 'blob:', 'about:'].includes(target.protocol)) return true;
  const site = new URL(base);
  if (site.protocol === 'file:') return target.protocol === 'file:';
  return target.origin === site.origin;
}

// A fresh context (its own cache and storage) whose requests off the site are recorded and never
// sent, and one page in it whose console errors, page errors and failed requests are collected
// until the next drain().
async function openPage(browser, base) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const issues = [];
  await context.route(url => !onSite(base, url.href), route => route.abort('blockedbyclient'));
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  page.on('console', message => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url || page.url();
    issues.push(`console error at ${where}: ${message.text()}`);
  });
  page.on('pageerror', error => issues.push(`page error on ${page.url()}: ${error.message}`));
  page.on('request', request => {
    if (!onSite(base, request.url())) issues.push(`request to another host: ${request.url()}`);
  });
  page.on('requestfailed', request => {
    if (!onSite(base, request.url())) return;  // reported as another host (routed off or CSP-blocked)
    issues.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', response => {
    if (response.status() >= 400) issues.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  return { context, page, issues, drain: () => issues.splice(0) };
}

// Runs `body` with a fresh page (openPage) and closes its context afterwards: a page that failed
// to load (Chromium then navigates to its error page) cannot disturb the next one.
async function withPage(browser, base, body) {
  const session = await openPage(browser, base);
  try {
    return await body(session);
  } finally {
    await session.context.close();
  }
}

// The page's own measure of its load: navigation start to the end of its `load` event, in ms.
async function loadMs(page) {
  await page.waitForFunction(() => {
    const entry = performance.getEntriesByType('navigation')[0];
    return entry !== undefined && entry.loadEventEnd > 0;
  }, null, { timeout: NAVIGATION_TIMEOUT_MS });
  return page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0];
    return Math.round(entry.loadEventEnd - entry.startTime);
  });
}

// The page's icon. Chromium fetches it after `load` (its <link rel="icon">, else /favicon.ico
// over http) and logs a console error when that fails, but not while requests are routed as
// they are here: so it is fetched here, once per URL. A file:// page without a link fetches none.
const iconsSeen = new Set();
async function iconIssue(page) {
  const link = await page.evaluate(() => document.querySelector('link[rel~="icon"]')?.href ?? null);
  const pageUrl = new URL(page.url());
  const icon = link ?? (pageUrl.protocol === 'file:' ? null : new URL('/favicon.ico', pageUrl).href);
  if (icon === null || icon.startsWith('data:') || iconsSeen.has(icon)) return null;
  iconsSeen.add(icon);
  const why = link ? `its <link rel="icon"> ${icon}` : `${icon} (the page has no <link rel="icon">; ` +
                                                      'e.g. href="data:," with img-src data: in the CSP)';
  if (icon.startsWith('file:')) {
    return fs.existsSync(fileURLToPath(icon)) ? null : `icon missing: ${why}`;
  }
  const response = await page.request.get(icon, { maxRedirects: 0 }).catch(error => ({ error }));
  if (response.error) return `icon request failed: ${why}: ${response.error.message.split('\n')[0]}`;
  return response.status() >= 400 ? `icon answers HTTP ${response.status()}: ${why}` : null;
}

// Check a: what went wrong on the page since the last drain, or ok. A page that did not load
// (no load time recorded: already a failure) reports only its issues. Waits SETTLE_MS first for
// errors that come after `load`.
async function reportPage(label, session, times) {
  const loaded = times[label] !== undefined;
  if (loaded) {
    await session.page.waitForTimeout(SETTLE_MS);
    const icon = await iconIssue(session.page);
    if (icon) session.issues.push(icon);
  }
  const issues = session.drain();
  if (issues.length === 0) {
    if (!loaded) return;
    ok(`${label} loaded with no console error, page error, failed or off-site request ` +
       `(${times[label]} ms)`);
    return;
  }
  for (const issue of issues) fail(`${label}: ${issue}`);
}

async function recordLoad(label, page, times) {
  const ms = await loadMs(page);
  times[label] = ms;
  console.log(`load: ${label} ${ms} ms`);
}

// Navigates by clicking a link and waits for the new document to load.
async function follow(page, link, label, times) {
  const href = await link.getAttribute('href');
  const target = new URL(href, page.url()).href;
  await link.click();
  await page.waitForURL(target, { waitUntil: 'load' });
  await recordLoad(label, page, times);
  return target;
}

// ---- rows of rules.html ----------------------------------------------------------------------

// Visible rule rows, and which of them contain `needle` (case-insensitive).
async function rowCounts(page, needle) {
  return page.evaluate(needle => {
    const rows = [...document.querySelectorAll('tr.rule-row')];
    const visible = rows.filter(row => row.checkVisibility({ visibilityProperty: true }));
    const lower = (needle || '').toLowerCase();
    const matching = visible.filter(row => row.textContent.toLowerCase().includes(lower));
    return {
      total: rows.length,
      visible: visible.length,
      matching: matching.length,
      firstMatch: matching.length ? rows.indexOf(matching[0]) : -1,
    };
  }, needle);
}

// Types into #rule-search as a person would (clear, then key by key), then waits for the rows to
// change and settle: a filter may run on every key or after a pause.
async function search(page, text) {
  const box = page.locator('#rule-search');
  const before = (await rowCounts(page, '')).visible;
  await box.fill('');
  await box.pressSequentially(text);
  const deadline = Date.now() + 3000;
  let last = (await rowCounts(page, '')).visible;
  while (last === before && Date.now() < deadline) {
    await page.waitForTimeout(100);
    last = (await rowCounts(page, '')).visible;
  }
  let stableSince = Date.now();
  while (Date.now() - stableSince < 500 && Date.now() < deadline + 3000) {
    await page.waitForTimeout(100);
    const now = (await rowCounts(page, '')).visible;
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    }
  }
}

async function waitForRows(page) {
  await page.locator('#rule-results tbody tr.rule-row').first().waitFor({ state: 'attached' });
}

// ---- graphs ----------------------------------------------------------------------------------

// Check d: an svg.graph under `scope` with at least one g.node, both laid out with a real size.
async function checkGraph(page, scope, label) {
  const svg = page.locator(`${scope} svg.graph`).first();
  if ((await page.locator(`${scope} svg.graph`).count()) === 0) {
    fail(`${label}: no svg.graph under ${scope}`);
    return;
  }
  const nodes = svg.locator('g.node');
  const count = await nodes.count();
  const box = await svg.boundingBox();
  const nodeBox = count > 0 ? await nodes.first().boundingBox() : null;
  const size = b => (b ? `${Math.round(b.width)}x${Math.round(b.height)}` : 'none (not rendered)');
  check(count >= 1 && box && box.width > 0 && box.height > 0 && nodeBox && nodeBox.width > 0 &&
        nodeBox.height > 0,
        `${label}: svg.graph has ${count} g.node, box ${size(box)}, first node ${size(nodeBox)}`,
        'needs >= 1 g.node and a non-zero width and height for the graph and its first node');
}

// ---- the main walk ---------------------------------------------------------------------------

async function walkSite(browser, options) {
  const { base, field } = options;
  const shots = options.screenshots;
  fs.mkdirSync(shots, { recursive: true });
  const shot = (page, name, fullPage = true) => page.screenshot({ path: path.join(shots, name), fullPage });
  const times = {};

  // Overview.
  await withPage(browser, base, async session => {
    const { page } = session;
    await step('index.html', async () => {
      await page.goto(new URL('index.html', base).href, { waitUntil: 'load' });
      await recordLoad('index.html', page, times);
      const rows = page.locator('table#programs tr[data-program]');
      const count = await rows.count();
      let linked = 0;
      for (let i = 0; i < count; i++) {
        const name = await rows.nth(i).getAttribute('data-program');
        if ((await rows.nth(i).locator(`a[href="programs/${name}.html"]`).count()) > 0) linked++;
      }
      check(count > 0 && linked === count,
            `index.html: table#programs lists ${count} programs, each linking programs/NAME.html`,
            `${linked} of ${count} rows link their page`);
      await shot(page, 'overview.png');
      // The table searches the whole estate's index: the last program by name finds its row.
      if (count > 1) {
        const wanted = await rows.nth(count - 1).getAttribute('data-program');
        await page.locator('form[data-table="programs"] input').fill(wanted.toLowerCase());
        await page.waitForFunction(
            () => /^\d+ of /.test(document.getElementById('programs-count').textContent),
            null, { timeout: 5000 }).catch(() => {});
        const found = await page.locator('table#programs tr[data-program]').evaluateAll(
            trs => trs.map(tr => tr.getAttribute('data-program')));
        check(found.includes(wanted) && found.every(name => name.includes(wanted)) &&
                  found.length < count,
              `index.html: searching the programs for ${wanted} shows its row`,
              `shown: ${found.join(' ')}`);
      }
    });
    await reportPage('index.html', session, times);
  });

  // Rules and search; then the rule's pages in the same tab.
  await withPage(browser, base, async session => {
    const { page } = session;
    const ruleLink = await step('rules.html', () => checkRules(page, base, field, shot, times));
    await reportPage('rules.html', session, times);
    if (!ruleLink) {
      fail('rule link: no matching rule row to follow, so the program, source and side-by-side pages ' +
           'were not checked');
      return;
    }
    await followRule(page, session, ruleLink, shot, times);
  });

  // Call graph.
  await withPage(browser, base, async session => {
    const { page } = session;
    await step('callgraph.html', async () => {
      await page.goto(new URL('callgraph.html', base).href, { waitUntil: 'load' });
      await recordLoad('callgraph.html', page, times);
      await checkGraph(page, 'body', 'callgraph.html');
      await shot(page, 'callgraph.png');
    });
    await reportPage('callgraph.html', session, times);
  });
  return times;
}

// Check b on rules.html; returns the a.rule-link of the first row matching `field`, or null.
async function checkRules(page, base, field, shot, times) {
  await page.goto(new URL('rules.html', base).href, { waitUntil: 'load' });
  await recordLoad('rules.html', page, times);
  const controls = await page.evaluate(() => ({
    search: document.querySelector('input#rule-search') !== null,
    kind: document.querySelector('select#rule-kind') !== null,
    program: document.querySelector('select#rule-program') !== null,
  }));
  check(controls.search && controls.kind && controls.program,
        'rules.html has input#rule-search, select#rule-kind and select#rule-program',
        JSON.stringify(controls));
  await step('rules.html: tr.rule-row in #rule-results tbody', () => waitForRows(page));
  const all = await rowCounts(page, field);
  if (!check(all.total > 0 && all.visible > 0, `rules.html: ${all.total} rule rows, ${all.visible} visible`)) {
    return null;  // nothing to search
  }

  await search(page, field);
  const found = await rowCounts(page, field);
  check(found.matching >= 1,
        `search "${field}": ${found.visible} of ${found.total} rows visible (${all.visible} before), ` +
        `${found.matching} contain "${field}"`,
        'no visible row contains the field');
  await shot(page, 'rules-search.png');

  await search(page, NONSENSE);
  const none = await rowCounts(page, NONSENSE);
  // The catalogue may hide rows or not build them: either way, none may show.
  check(all.visible > 0 && none.visible === 0,
        `search "${NONSENSE}": ${none.visible} of ${none.total} rows visible (${all.visible} before)`,
        'the search does not filter the rows');

  // The program filter lists every program (filled when first used) and keeps only its rules.
  await search(page, '');
  const program = await page.locator('tr.rule-row td:nth-child(2)').last().textContent();
  await page.locator('select#rule-program').click();
  await page.keyboard.press('Escape');
  await page.locator('select#rule-program').selectOption(program, { timeout: 5000 }).catch(() => {});
  await page.waitForFunction(
      name => [...document.querySelectorAll('tr.rule-row td:nth-child(2)')]
                  .every(td => td.textContent === name),
      program, { timeout: 5000 }).catch(() => {});
  const owners = await page.locator('tr.rule-row td:nth-child(2)').allTextContents();
  const listed = await page.locator('select#rule-program option').count();
  check(owners.length > 0 && owners.every(owner => owner === program) && listed > 2,
        `rules.html: the program filter (${listed - 1} programs) keeps the ${owners.length} rules of ${program}`,
        `rows show ${[...new Set(owners)].join(' ')}`);
  await page.locator('select#rule-program').selectOption('');

  await search(page, field);
  const again = await rowCounts(page, field);
  if (again.firstMatch < 0) {
    fail(`search "${field}" again: no visible row contains it`);
    return null;
  }
  const ruleLink = page.locator('tr.rule-row').nth(again.firstMatch).locator('a.rule-link').first();
  if ((await ruleLink.count()) === 0) {
    fail(`the first row matching "${field}" has no a.rule-link`);
    return null;
  }
  return ruleLink;
}

async function followRule(page, session, ruleLink, shot, times) {
  const href = await ruleLink.getAttribute('href');
  const match = /^programs\/([^/#?]+)\.html#(R-[\w-]+)$/.exec(href || '');
  if (!check(match, `rule link ${href}`, 'expected programs/NAME.html#R-...')) return;
  const [, program, ruleId] = match;
  const programLabel = `programs/${program}.html`;
  const programUrl = await step(programLabel, () => follow(page, ruleLink, programLabel, times));
  if (!programUrl) return;
  const rule = page.locator(`article.rule[id="${ruleId}"]`);
  const ruleOk = await step(`${programLabel}#${ruleId}`, async () => {
    const count = await rule.count();
    const visible = count === 1 && (await rule.isVisible());
    const onScreen = visible && (await rule.evaluate(el => {
      const box = el.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    }));
    return check(count === 1 && visible && onScreen,
                 `${programLabel}: article.rule#${ruleId} exists, is visible and scrolled into view`,
                 `${count} found, visible ${visible}, in view ${onScreen}`);
  });
  await step('rule.png', () => shot(page, 'rule.png', false));
  await step(`${programLabel} #control-flow`, () => checkGraph(page, '#control-flow', `${programLabel} #control-flow`));
  await reportPage(programLabel, session, times);
  if (!ruleOk) return;

  // The rule's legacy source line.
  await step(`${ruleId} a.source-link`, async () => {
    const link = rule.locator('a.source-link').first();
    const target = (await link.count()) ? await link.getAttribute('href') : null;
    // Source pages are named after their member (a copybook's rule links to the copybook).
    const line = /^\.\.\/source\/([^/#?]+)\.html#L(\d+)$/.exec(target || '');
    if (!check(line, `${ruleId}: a.source-link ${target}`, 'expected ../source/MEMBER.html#L<n>')) return;
    const label = `source/${line[1]}.html`;
    try {
      await follow(page, link, label, times);
      await checkSourceLine(page, label, line[2]);
    } finally {
      await reportPage(label, session, times);
    }
  });

  // Back to the rule, then its C++ side by side.
  await step(`${ruleId} a.cpp-link`, async () => {
    if (page.url() !== programUrl) {  // the source page opened
      await page.goBack({ waitUntil: 'load' });
      if (page.url() !== programUrl) {
        fail(`back from the source page: at ${page.url()}, not ${programUrl}`);
        return;
      }
      await recordLoad(`${programLabel} (back)`, page, times);
      await reportPage(`${programLabel} (back)`, session, times);
    }
    const link = rule.locator('a.cpp-link').first();
    const target = (await link.count()) ? await link.getAttribute('href') : null;
    if (!check(target === `../side/${program}.html#${ruleId}`, `${ruleId}: a.cpp-link ${target}`,
               `expected ../side/${program}.html#${ruleId}`)) return;
    const label = `side/${program}.html`;
    try {
      await follow(page, link, label, times);
      await page.waitForFunction(() => document.querySelector('#legacy .line.highlight') &&
                                       document.querySelector('#cpp .line.highlight'),
                                 null, { timeout: 5000 }).catch(() => {});
      const lit = await page.evaluate(() => ({
        legacy: document.querySelectorAll('#legacy .line.highlight').length,
        cpp: document.querySelectorAll('#cpp .line.highlight').length,
      }));
      check(lit.legacy >= 1 && lit.cpp >= 1,
            `${label}#${ruleId}: ${lit.legacy} legacy and ${lit.cpp} C++ lines highlighted`,
            'both #legacy and #cpp need >= 1 .line.highlight');
      await shot(page, 'side-by-side.png');
    } finally {
      await reportPage(label, session, times);
    }
  });
}

// Check c, the source page: #L<n> is one visible .line with text.
async function checkSourceLine(page, label, number) {
  const element = page.locator(`[id="L${number}"]`);
  const count = await element.count();
  const visible = count === 1 && (await element.isVisible());
  const text = visible ? (await element.innerText()).trim() : '';
  const isLine = count === 1 && (await element.evaluate(el => el.classList.contains('line')));
  if (count === 1 && visible && isLine && text.length > 0) {
    ok(`${label}#L${number}: a visible .line with text "${text.slice(0, 60)}"`);
  } else {
    fail(`${label}#L${number}: needs one visible .line with text: ${count} found, visible ${visible}, ` +
         `class line ${isLine}, text "${text}"`);
  }
}

// ---- XSS -------------------------------------------------------------------------------------

// Check e: pages of a site generated from tests/browser/fixtures/XSSDEMO.cbl. Any console error
// counts too: a Content-Security-Policy that blocks injected markup logs one, and that markup should
// never have reached the page unescaped.
async function walkXss(browser, base) {
  const times = {};
  // The member's source page, as the overview links it (pages are named after the member).
  let sourcePage = `source/${XSS_PROGRAM}.html`;
  await withPage(browser, base, async session => {
    const { page } = session;
    await page.goto(new URL('index.html', base).href, { waitUntil: 'load' });
    const href = await page.locator(`table#programs tr[data-program="${XSS_PROGRAM}"] a[href^="source/"]`)
      .first().getAttribute('href').catch(() => null);
    if (href) sourcePage = href.split('#')[0];
    session.drain();
  });
  const pages = ['index.html', `programs/${XSS_PROGRAM}.html`, sourcePage, 'rules.html'];
  for (const name of pages) {
    const label = `xss ${name}`;
    await withPage(browser, base, async session => {
      const { page } = session;
      await step(label, async () => {
        await page.goto(new URL(name, base).href, { waitUntil: 'load' });
        await recordLoad(label, page, times);
        await page.waitForTimeout(SETTLE_MS);  // onload/onerror handlers of injected elements
        await checkXssPage(page, name, label);
      });
      const issues = session.drain();
      if (times[label] === undefined) {  // did not load: a failure already
        for (const issue of issues) fail(`${label}: ${issue}`);
        return;
      }
      const value = await page.evaluate(() => window.__remintInjected);
      check(value === undefined && issues.length === 0,
            `${label}: window.__remintInjected stays undefined, no console error or failed request`,
            [value !== undefined ? `window.__remintInjected = ${JSON.stringify(value)}` : null, ...issues]
              .filter(Boolean).join('; '));
    });
  }
}

// What each XSS page must show, so that the check above cannot pass on an empty page.
async function checkXssPage(page, name, label) {
  if (name === 'index.html') {
    const listed = await page.locator(`table#programs tr[data-program="${XSS_PROGRAM}"]`).count();
    check(listed === 1, `${label}: lists ${XSS_PROGRAM}`);
  } else if (name.startsWith('programs/')) {
    const rules = await page.locator('section#rules article.rule').count();
    check(rules >= 1, `${label}: ${rules} article.rule`, 'the fixture has IF statements');
  } else if (name.startsWith('source/')) {
    const text = await page.locator('body').innerText();
    check(text.includes('<script>'), `${label}: the text "<script>" is shown`,
          'escaped markup is missing from the page text (dropped, or parsed as HTML)');
  } else {
    await step(`${label}: tr.rule-row`, () => waitForRows(page));
    await search(page, XSS_SEARCH);
    const found = await rowCounts(page, XSS_SEARCH);
    check(found.matching >= 1, `${label}: search "${XSS_SEARCH}" shows ${found.matching} of ${found.total} rows`,
          `no visible rule row contains "${XSS_SEARCH}" (the fixture's IF compares with '<script>...')`);
    await page.waitForTimeout(SETTLE_MS);
  }
}

// ---- --time-page -----------------------------------------------------------------------------

// Loads one URL `repeat` times, each in a fresh context (cold cache), and prints the median.
async function timePage(browser, url, repeat) {
  const runs = [];
  for (let i = 0; i < repeat; i++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
    runs.push(await loadMs(page));
    await context.close();
  }
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  console.log(`load-ms: ${median} median of ${repeat} (${runs.join(' ')}) ${url}`);
}

// ---- main ------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const browser = await launch();
  try {
    if (options.timePage) {
      try {
        await timePage(browser, options.timePage, options.repeat);
      } catch (error) {
        console.error(`check_report: could not load ${options.timePage}: ${error.message.split('\n')[0]}`);
        process.exitCode = 2;
      }
      return;
    }
    console.log(`check_report: ${options.base} in Chromium ${browser.version()}`);
    await walkSite(browser, options);
    if (options.xssBase) {
      console.log(`check_report: XSS fixture ${options.xssBase}`);
      await walkXss(browser, options.xssBase);
    }
    console.log(`check_report: ${passed} passed, ${failed} failed`);
    process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
  } finally {
    await browser.close();
  }
}

main().catch(error => {
  console.log(`FAIL: ${error.stack || error}`);
  process.exit(1);
});
