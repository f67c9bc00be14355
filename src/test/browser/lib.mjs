// Shared steps of Huifang's real-browser tests (Debian's Chromium through playwright-core): launching the
// browser, logging in to a Camunda webapp, opening and claiming tasks, filling Camunda Forms, reading the
// engine's REST API as the logged-in user, steps with screenshots and a time limit.
// Each test script (every other *.mjs here; .ci/browser-test.sh runs them in turn against one app) does:
//
//   import { launch, step, finish, page, ... } from './lib.mjs';
//   await launch('script name');            // browser, page, time limit (limitMs or BROWSER_TEST_LIMIT_MS, default 240 s)
//   await step('1. ...', async () => { ... });
//   await finish();                          // closes the browser, prints "browser: N passed, 0 failed"
//
// HUIFANG_URL defaults to http://localhost:8080; HUIFANG_PASSWORD is the demo users' shared password.
// Screenshots go to target/browser/. A script exits 0 on success, 1 on a failed step, 2 on its time limit.
// Uses playwright-core only: it never downloads a browser; CHROMIUM_PATH may point to another Chromium binary.

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE_URL = (process.env.HUIFANG_URL || 'http://localhost:8080').replace(/\/+$/, '');
export const PASSWORD = process.env.HUIFANG_PASSWORD;
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ZONE = 'Asia/Shanghai';
// one script's time limit, unless the script asks for more (launch's limitMs); BROWSER_TEST_LIMIT_MS overrides both
export const TOTAL_LIMIT_MS = Number(process.env.BROWSER_TEST_LIMIT_MS || 240_000);
export const STEP_TIMEOUT_MS = 30_000;   // one wait inside a step (app on 2 cores: generous, but bounded)
export const NAV_TIMEOUT_MS = 60_000;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const outDir = path.join(repoRoot, 'target', 'browser');

export const FILTERS = ['我的任务', '我组的任务', '即将超时', '已超时'];
export const REQUIRED_MESSAGE = 'Field is required.';   // form-js 1.x message for an empty required field
export const REQUIRED_MESSAGE_ZH = '此项为必填项';        // the same in a Chinese Tasklist (tasklist/scripts/huifang-forms.js)
export const USERS = {   // demo users (DemoUsers.java) and the name Tasklist's header shows for them
  customerService: { id: 'kefu', shown: '李静' },
  housekeeper: { id: 'guanjia', shown: '张敏' },
  officeManager: { id: 'jingli', shown: '赵丽' },
  warrantyService: { id: 'weixiu', shown: '郭亮' },
};
// 确认投诉等级 is offered to housekeeper and customer-service; the housekeeper classifies here
export const CLASSIFIER = USERS.housekeeper;

export let browser;
export let page;
export let locale = 'en-US';   // the browser's language (launch's option); Camunda's own labels follow it
export let passed = 0;
const started = Date.now();
export const problems = [];   // page errors and HTTP 5xx seen along the way, printed on failure

export function log(msg) {
  console.log(`[browser-test ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${msg}`);
}

export class CheckFailed extends Error {}
export function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

export async function shot(name) {
  const file = path.join(outDir, name);
  await page.screenshot({ path: file });
  log(`  screenshot ${path.relative(repoRoot, file)}`);
}

export async function step(title, fn) {
  log(`STEP ${title}`);
  try {
    await fn();
    passed++;
    log(`  ok`);
  } catch (err) {
    await fail(title, err);
  }
}

export async function fail(title, err) {
  console.error(`\nFAILED: ${title}`);
  console.error(`  ${err instanceof CheckFailed ? err.message : (err && err.stack) || err}`);
  if (page) {
    console.error(`  page URL: ${page.url()}`);
    const note = await page.locator('.notifications .notification, .alert-danger:visible')
      .allInnerTexts().catch(() => []);
    if (note.length) console.error(`  notifications on the page: ${note.map(t => t.replace(/\s+/g, ' ').trim()).join(' | ')}`);
    await page.screenshot({ path: path.join(outDir, 'FAILED.png') }).catch(() => {});
    console.error(`  screenshot: target/browser/FAILED.png`);
  }
  if (problems.length) console.error(`  seen in the browser:\n    ${problems.slice(-20).join('\n    ')}`);
  console.log(`browser: ${passed} passed, 1 failed`);
  await browser?.close().catch(() => {});
  process.exit(1);
}

// mm/dd/yyyy (the form-js datepicker's input format in an en-US browser) and yyyy-mm-dd, `days` from now in ZONE
export function dateInZone(days) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(new Date(Date.now() + days * 86_400_000)).map(p => [p.type, p.value]));
  return { typed: `${parts.month}/${parts.day}/${parts.year}`, iso: `${parts.year}-${parts.month}-${parts.day}` };
}

// logs in and waits until the header names the user as `shown` (it shows the user id until the profile has loaded)
export async function login(app, user, shown) {
  const username = page.locator('input[ng-model="username"]');
  // on a loaded machine the webapp's RequireJS can give up on a module ("Load timeout for modules") and
  // never show the login form: load the page again, as a person would, up to three times
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${BASE_URL}/camunda/app/${app}/`, { waitUntil: 'domcontentloaded' });
    try {
      await username.waitFor({ state: 'visible' });
      break;
    } catch (e) {
      if (attempt === 3) throw e;
      log(`  the ${app} login form did not show (attempt ${attempt}): reloading`);
    }
  }
  // the login page focuses the user name field itself, late on a loaded machine; typing before that can
  // land the password in the user name field: wait for that focus, then check what the fields hold
  await page.waitForFunction(() => document.activeElement?.getAttribute('ng-model') === 'username', null,
    { timeout: 5_000 }).catch(() => {});
  const password = page.locator('input[ng-model="password"]');
  for (let attempt = 1; ; attempt++) {
    await username.fill(user);
    await password.fill(PASSWORD);
    if ((await username.inputValue()) === user && (await password.inputValue()) === PASSWORD) break;
    check(attempt < 3, `the login form of ${app} does not keep the typed user name and password`);
    log(`  the login form lost what was typed (attempt ${attempt}): typing again`);
    await page.waitForTimeout(500);
  }
  await page.locator('button[type="submit"]', { hasText: locale.startsWith('zh') ? '登录' : 'Log in' }).click();
  const account = page.locator('li.account a.dropdown-toggle');
  try {
    await account.waitFor({ state: 'visible' });
  } catch (e) {
    const msg = await page.locator('.notifications').innerText().catch(() => '');
    throw new CheckFailed(`login to ${app} as ${user} did not succeed${msg.trim() ? `: ${msg.trim()}` : ''}`);
  }
  try {
    await page.locator('li.account a.dropdown-toggle', { hasText: shown }).waitFor({ state: 'visible' });
  } catch (e) {
    throw new CheckFailed(`after login to ${app} as ${user} the header shows "${(await account.innerText()).trim()}", expected "${shown}"`);
  }
  return (await account.innerText()).trim();
}

// clicks, and returns the engine's answer to the form submission (POST matching urlPattern) and the submitted variables
export async function submitForm(urlPattern, click) {
  const [resp] = await Promise.all([
    page.waitForResponse(r => r.request().method() === 'POST' && urlPattern.test(r.url())),
    click(),
  ]);
  return { resp, vars: JSON.parse(resp.request().postData() || '{}').variables || {} };
}

export async function logout() {
  await page.locator('li.account a.dropdown-toggle').click();
  await page.locator('li.logout a').click();
  await page.locator('input[ng-model="username"]').waitFor({ state: 'visible' });
}

// logs out whoever is logged in and logs `user` in to `app`
export async function switchUser(app, user) {
  await logout();
  const who = await login(app, user.id, user.shown);
  log(`  logged in to ${app} as ${who}`);
  return who;
}

// opens a Tasklist filter and waits for its task list to load
export async function openFilter(name) {
  await Promise.all([
    page.waitForResponse(r => /\/filter\/[^/]+\/list/.test(r.url()) && r.status() === 200),
    page.locator('.task-filter', { hasText: name }).click(),
  ]);
  await page.locator('.task-filter.active', { hasText: name }).waitFor();
}

// Tasklist lists 15 tasks a page, soonest due date first (tasklist/scripts/huifang-sorting.js): a task due
// later, or without a due date, can be on a later page. Turns the pages of the open filter from the first,
// as a person would, until `link` shows; false when it is on none of them
async function turnPage(control) {
  const shown = await page.locator('ol.tasks-list li.task h4.task a').first().getAttribute('href');
  await Promise.all([
    page.waitForResponse(r => /\/filter\/[^/]+\/list/.test(r.url()) && r.status() === 200),
    control.click(),
  ]);
  await page.waitForFunction(before => document.querySelector('ol.tasks-list li.task h4.task a')?.getAttribute('href') !== before,
    shown, { timeout: 10_000 }).catch(() => {});
}

async function turnPagesTo(link) {
  const pagination = page.locator('[cam-tasks] ul.pagination');
  const first = pagination.locator('li.pagination-first:not(.disabled) a');
  const next = pagination.locator('li.pagination-next:not(.disabled) a');
  if (await link.count() === 0 && await first.count() === 1) await turnPage(first);
  let turned = 0;
  for (; turned < 20 && await link.count() === 0 && await next.count() === 1; turned++) {
    await turnPage(next);
  }
  if (await link.count() === 1 && turned > 0) log(`  listed on page ${turned + 1} of the filter`);
  return await link.count() === 1;
}

// finds the task `name` of case `caseNumber` (the business key) in `filter`, opens it and waits for its
// Camunda Form to show the case number. Tasklist's list does not show the case number, so the task's id
// comes from the engine (GET /task through the user's session); the task is then opened from the list (on
// whichever of its pages it is), re-opening the filter while it is not listed yet (the engine may still be
// creating it). With `processInstanceId`, only that instance's task counts (a case can have several
// instances running)
export async function openTask(filter, name, caseNumber, processInstanceId) {
  let ids = [];
  const deadline = Date.now() + 2 * STEP_TIMEOUT_MS;
  await openFilter(filter);
  let link;
  for (;;) {
    const { status, body } = await engineGet(`/task?processInstanceBusinessKey=${encodeURIComponent(caseNumber)}&name=${encodeURIComponent(name)}`
      + (processInstanceId ? `&processInstanceId=${encodeURIComponent(processInstanceId)}` : ''));
    check(status === 200, `GET /task answered HTTP ${status}: ${body}`);
    ids = JSON.parse(body).map(t => t.id);
    check(ids.length <= 1, `${ids.length} open tasks ${name} of ${caseNumber}`);
    if (ids.length === 1) {
      link = page.locator(`ol.tasks-list li.task h4.task a[href="#/?task=${ids[0]}"]`);
      if (await link.count() === 1 || await turnPagesTo(link)) break;
    }
    if (Date.now() >= deadline) {
      const who = (await page.locator('li.account a.dropdown-toggle').innerText()).trim();
      const listed = (await page.locator('ol.tasks-list li.task h4.task a').allInnerTexts()).join(', ') || 'nothing';
      throw new CheckFailed(ids.length
        ? `task ${name} of ${caseNumber} (${ids[0]}) is not listed in ${filter} for ${who}; listed: ${listed}`
        : `${who} sees no open task ${name} of ${caseNumber}`);
    }
    await page.waitForTimeout(2000);
    await openFilter(filter);
  }
  check((await link.innerText()).trim() === name, `the listed task is named "${(await link.innerText()).trim()}"`);
  await link.click();
  const form = page.locator('.task-details .fjs-form');
  // on a loaded machine a click while the list re-renders can be lost: the task view stays empty
  await form.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS / 2 }).catch(async () => {
    log(`  the task view of ${name} did not open: clicking it again`);
    await link.click();
  });
  const shownCase = form.getByLabel(/^(案件编号|投诉编号|报修编号|服务反馈表编号|采购编号|调查编号)$/);
  await shownCase.waitFor({ state: 'visible' });
  await page.waitForFunction(el => el.value !== '', await shownCase.elementHandle());
  check((await shownCase.inputValue()) === caseNumber, `task form shows case ${await shownCase.inputValue()}, expected ${caseNumber}`);
  return { taskId: ids[0], form };
}

export async function claim(user) {
  await page.locator('.task-details button.claim').click();
  await page.locator('.task-details .unclaim').waitFor({ state: 'visible' });
  const assignee = (await page.locator('.task-details .assignee').innerText()).trim();
  check(assignee.includes(user.shown) || assignee.includes(user.id), `assignee after claim shows "${assignee}"`);
  return assignee;
}

// chooses `option` in the form-js select labelled `label`
export async function choose(form, label, option) {
  await form.locator('.fjs-form-field-select', { hasText: label }).locator('.fjs-select-display').click();
  const exact = new RegExp(`^${option.replace(/[()[\]*+?.\\^$|{}]/g, '\\$&')}$`);   // an option may hold brackets
  await form.locator('.fjs-dropdownlist-item', { hasText: exact }).click();
}

// fills text fields by label and makes sure each value stays: a start form that is still settling (form-js
// importing its schema and initial data) can drop a value typed into it; a dropped value is typed again
export async function fillFields(form, values) {
  for (let round = 1; ; round++) {
    for (const [label, value] of Object.entries(values)) {
      const field = form.getByLabel(label).first();
      if ((await field.inputValue()) !== value) await field.fill(value);
    }
    await form.locator('h2').first().click();
    await page.waitForTimeout(300);
    const lost = [];
    for (const [label, value] of Object.entries(values)) {
      if ((await form.getByLabel(label).first().inputValue()) !== value) lost.push(label);
    }
    if (!lost.length) return;
    if (round === 3) throw new CheckFailed(`the form keeps dropping what is typed into ${lost.join(', ')}`);
    log(`  typed again into ${lost.join(', ')} (the form dropped it while settling)`);
  }
}

// blurs the form (form-js re-validates a field when it loses focus) and fails if errors remain
export async function expectNoErrors(form) {
  await form.locator('h2').first().click();
  await form.locator('.fjs-form-field-error').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(async () => {
    const left = await form.locator('.fjs-has-errors .fjs-form-field-label').allInnerTexts();
    throw new CheckFailed(`errors remain after filling the form, on: ${left.join(', ')}`);
  });
}

// Tasklist's notices stay until closed and can cover the Complete button: close them, as a person would
export async function closeNotices() {
  for (const close of await page.locator('.page-notifications .close:visible').all()) await close.click();
  await page.locator('.page-notifications .notifications > *').first().waitFor({ state: 'detached', timeout: 10_000 });
}

// the browser's language decides Tasklist's (en-US: English, zh-CN: Chinese)
export function chinese() {
  return locale.startsWith('zh');
}

export function completeButton() {
  return page.locator('.task-details').getByRole('button', { name: chinese() ? '完成' : 'Complete', exact: true });
}

// clicks Complete on a form with required fields left empty: form-js marks each of `labels` with its
// required message (in the browser's language), nothing goes to the engine and the task stays in the list
export async function expectRequired(taskId, labels) {
  const expected = chinese() ? REQUIRED_MESSAGE_ZH : REQUIRED_MESSAGE;
  let completeSent = false;
  const watch = r => { if (r.method() === 'POST' && r.url().includes(`/task/${taskId}/`)) completeSent = true; };
  page.on('request', watch);
  const form = page.locator('.task-details .fjs-form');
  await completeButton().click();
  await form.locator('.fjs-form-field-error').first().waitFor({ state: 'visible' });
  await page.waitForTimeout(1500);   // a request, if any, would have gone out by now
  page.off('request', watch);
  for (const label of labels) {
    const field = form.locator('.fjs-form-field.fjs-has-errors', { has: page.locator('.fjs-form-field-label', { hasText: label }) });
    check(await field.count() === 1, `field ${label} is not marked as having an error`);
    const text = (await field.locator('.fjs-form-field-error').innerText()).trim();
    check(text === expected, `field ${label} shows "${text}", expected "${expected}"`);
  }
  check(!completeSent, 'the empty form was submitted to the engine');
  check(await page.locator(`ol.tasks-list a[href="#/?task=${taskId}"]`).count() === 1, 'the task left the list');
  const notice = (await page.locator('.page-notifications .notifications').innerText().catch(() => ''))
    .replace(/\s+/g, ' ').replace('×', '').trim();
  await form.locator('.fjs-form-field.fjs-has-errors').first().scrollIntoViewIfNeeded();
  return notice;
}

// completes the open task and waits until it has left the list; returns the submitted variables
export async function completeTask(taskId) {
  const { resp, vars } = await submitForm(new RegExp(`/task/${taskId}/submit-form$`), () => completeButton().click());
  check(resp.status() === 204, `completing the task answered HTTP ${resp.status()}: ${await resp.text()}`);
  await page.locator(`ol.tasks-list a[href="#/?task=${taskId}"]`).waitFor({ state: 'detached' });
  await page.locator('.task-details .fjs-form').waitFor({ state: 'detached' });
  return vars;
}

// a call of Huifang's API (or the engine's REST API) as `user` with HTTP Basic, outside the browser: a JSON body, or,
// with `raw`, a body sent as it is (a FormData upload); the answer's text, or its bytes when `raw` is 'bytes'
export async function apiAs(user, method, urlPath, body, raw) {
  const headers = { Authorization: `Basic ${Buffer.from(`${user}:${PASSWORD}`).toString('base64')}`, Accept: 'application/json' };
  if (!raw) headers['Content-Type'] = 'application/json';
  const r = await fetch(`${BASE_URL}${urlPath}`, {
    method, headers, body: raw ? body : body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, body: raw === 'bytes' ? Buffer.from(await r.arrayBuffer()) : await r.text() };
}

// GET on the engine's REST API through the webapp session (the logged-in user's authorizations apply)
export async function engineGet(pathAndQuery) {
  return page.evaluate(async url => {
    const r = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    return { status: r.status, body: await r.text() };
  }, `${BASE_URL}/camunda/api/engine/engine/default${pathAndQuery}`);
}

// engineGet that must answer 200 with JSON: returns the parsed body
export async function engineJson(pathAndQuery) {
  const { status, body } = await engineGet(pathAndQuery);
  check(status === 200, `GET ${pathAndQuery} answered HTTP ${status}: ${body}`);
  return JSON.parse(body);
}

// the tasks the open filter lists, in the order shown, each with its due date from the engine (null: none)
export async function listedTasks() {
  const ids = await page.locator('ol.tasks-list li.task h4.task a').evaluateAll(
    links => links.map(a => a.getAttribute('href').replace('#/?task=', '')));
  const tasks = [];
  for (const id of ids) {
    const task = await engineJson(`/task/${id}`);
    tasks.push({ id, name: task.name, due: task.due ? Date.parse(task.due.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : null });
  }
  return tasks;
}

// fails unless `tasks` (listedTasks) are by due date, soonest first, the tasks without a due date last
export function checkDueDateOrder(tasks, where) {
  const shown = () => tasks.map(t => `${t.name} ${t.due === null ? '(no due date)' : new Date(t.due).toISOString()}`).join(', ');
  for (let i = 1; i < tasks.length; i++) {
    const [before, after] = [tasks[i - 1], tasks[i]];
    check(before.due !== null || after.due === null, `${where}: a task without a due date comes before a dated one: ${shown()}`);
    check(before.due === null || after.due === null || before.due <= after.due, `${where}: not by due date, soonest first: ${shown()}`);
  }
}

// the page address's sorting (Tasklist's own sort), e.g. [{ sortBy: 'dueDate', sortOrder: 'asc' }]
export function addressSorting() {
  const sorting = new URLSearchParams(new URL(page.url()).hash.replace(/^#\/?\??/, '')).get('sorting');
  return sorting ? JSON.parse(sorting) : null;
}

// polls `probe` (returning a value, or undefined while not there yet) until it gives a value
export async function waitFor(what, probe, timeoutMs = 2 * STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    check(Date.now() < deadline, `${what} did not happen within ${timeoutMs / 1000} s`);
    await page.waitForTimeout(1000);
  }
}

// types a date and time into a form-js datetime field (flatpickr takes a typed value on Enter); the
// labels of a required field end in form-js's "*"
export async function fillDateTime(form, dateLabel, date, time) {
  const label = text => new RegExp(`^${text.replace(/[()[\]*+?.\\^$|{}]/g, '\\$&')}\\*?$`);
  const d = form.getByLabel(label(dateLabel));
  await d.click();
  await d.fill(date);
  await d.press('Enter');
  // the time of this date's field: a form can hold several date-and-time fields (接待时间, a deadline)
  const t = form.locator('.fjs-form-field-datetime', { hasText: dateLabel }).getByLabel(label('时间'));
  await t.click();
  await t.fill(time);
  await t.press('Enter');
  await form.locator('h2').first().click();   // close any picker
}

let limit;

// launches Chromium and opens the page every step uses; `options` may set the context's locale (default en-US)
// and the script's time limit (limitMs, default TOTAL_LIMIT_MS)
export async function launch(name, options = {}) {
  if (!PASSWORD) {
    console.error('HUIFANG_PASSWORD is not set: it must be the demo users\' password (HUIFANG_ADMIN_PASSWORD of the app).');
    process.exit(1);
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM} (apt-get install chromium); no browser is ever downloaded.`);
    process.exit(1);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const browserLocale = options.locale || 'en-US';
  const limitMs = process.env.BROWSER_TEST_LIMIT_MS ? TOTAL_LIMIT_MS : (options.limitMs || TOTAL_LIMIT_MS);
  limit = setTimeout(async () => {
    console.error(`\nFAILED: ${name} took longer than ${limitMs / 1000} s`);
    await page?.screenshot({ path: path.join(outDir, 'FAILED.png') }).catch(() => {});
    console.log(`browser: ${passed} passed, 1 failed`);
    process.exit(2);
  }, limitMs);

  log(`${name}: Huifang at ${BASE_URL}, Chromium ${CHROMIUM}`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: NAV_TIMEOUT_MS,
  });
  await newBrowserContext(browserLocale);
}

// closes the current page's browser context (cookies, local storage) and opens a fresh page in a new one
// whose browser language is `browserLocale`; the launch opens the first
export async function newBrowserContext(browserLocale) {
  await page?.context().close();
  locale = browserLocale;
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 }, locale, timezoneId: ZONE,
  });
  page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(NAV_TIMEOUT_MS);
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('response', r => { if (r.status() >= 500) problems.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`); });
}

export async function finish() {
  clearTimeout(limit);
  await browser.close();
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`browser: ${passed} passed, 0 failed`);
}
