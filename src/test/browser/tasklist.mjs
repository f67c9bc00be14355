// Real-browser test of Huifang's Camunda webapps (Tasklist + Cockpit) with Debian's Chromium.
//
//   HUIFANG_URL=http://localhost:8089 HUIFANG_PASSWORD=... node src/test/browser/tasklist.mjs
//
// HUIFANG_URL defaults to http://localhost:8080; HUIFANG_PASSWORD is the demo users' shared password.
// Screenshots go to target/browser/. Exit code 0 on success, 1 on a failed step, 2 on the overall time limit.
// Uses playwright-core only: it never downloads a browser; CHROMIUM_PATH may point to another Chromium binary.

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BASE_URL = (process.env.HUIFANG_URL || 'http://localhost:8080').replace(/\/+$/, '');
const PASSWORD = process.env.HUIFANG_PASSWORD;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ZONE = 'Asia/Shanghai';
const TOTAL_LIMIT_MS = 170_000;   // the whole script stays under 3 minutes
const STEP_TIMEOUT_MS = 30_000;   // one wait inside a step (app on 2 cores: generous, but bounded)
const NAV_TIMEOUT_MS = 60_000;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const outDir = path.join(repoRoot, 'target', 'browser');

const FILTERS = ['我的任务', '我组的任务', '即将超时', '已超时'];
const REQUIRED_MESSAGE = 'Field is required.';   // form-js 1.x message for an empty required field

let browser;
let page;
let passed = 0;
const started = Date.now();
const problems = [];   // page errors and HTTP 5xx seen along the way, printed on failure

function log(msg) {
  console.log(`[browser-test ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${msg}`);
}

class CheckFailed extends Error {}
function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

async function shot(name) {
  const file = path.join(outDir, name);
  await page.screenshot({ path: file });
  log(`  screenshot ${path.relative(repoRoot, file)}`);
}

async function step(title, fn) {
  log(`STEP ${title}`);
  try {
    await fn();
    passed++;
    log(`  ok`);
  } catch (err) {
    await fail(title, err);
  }
}

async function fail(title, err) {
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
function dateInZone(days) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(new Date(Date.now() + days * 86_400_000)).map(p => [p.type, p.value]));
  return { typed: `${parts.month}/${parts.day}/${parts.year}`, iso: `${parts.year}-${parts.month}-${parts.day}` };
}

// logs in and waits until the header names the user as `shown` (it shows the user id until the profile has loaded)
async function login(app, user, shown) {
  await page.goto(`${BASE_URL}/camunda/app/${app}/`, { waitUntil: 'domcontentloaded' });
  const username = page.locator('input[ng-model="username"]');
  await username.waitFor({ state: 'visible' });
  await username.fill(user);
  await page.locator('input[ng-model="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]', { hasText: 'Log in' }).click();
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
async function submitForm(urlPattern, click) {
  const [resp] = await Promise.all([
    page.waitForResponse(r => r.request().method() === 'POST' && urlPattern.test(r.url())),
    click(),
  ]);
  return { resp, vars: JSON.parse(resp.request().postData() || '{}').variables || {} };
}

async function logout() {
  await page.locator('li.account a.dropdown-toggle').click();
  await page.locator('li.logout a').click();
  await page.locator('input[ng-model="username"]').waitFor({ state: 'visible' });
}

async function main() {
  if (!PASSWORD) {
    console.error('HUIFANG_PASSWORD is not set: it must be the demo users\' password (HUIFANG_ADMIN_PASSWORD of the app).');
    process.exit(1);
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM} (apt-get install chromium); no browser is ever downloaded.`);
    process.exit(1);
  }
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) if (f.endsWith('.png')) fs.rmSync(path.join(outDir, f));

  const limit = setTimeout(async () => {
    console.error(`\nFAILED: the browser test took longer than ${TOTAL_LIMIT_MS / 1000} s`);
    await page?.screenshot({ path: path.join(outDir, 'FAILED.png') }).catch(() => {});
    console.log(`browser: ${passed} passed, 1 failed`);
    process.exit(2);
  }, TOTAL_LIMIT_MS);

  log(`Huifang at ${BASE_URL}, Chromium ${CHROMIUM}`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: NAV_TIMEOUT_MS,
  });
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 }, locale: 'en-US', timezoneId: ZONE,
  });
  page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(NAV_TIMEOUT_MS);
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('response', r => { if (r.status() >= 500) problems.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`); });

  const ownerName = `浏览器测试业主${Date.now()}`;
  const due = dateInZone(3);
  let taskId;

  await step('a. kefu logs in to Tasklist and sees the four filters', async () => {
    const who = await login('tasklist', 'kefu', '李静');
    log(`  logged in as ${who}`);
    const names = page.locator('.task-filter h4.name a');
    await page.waitForFunction(n => document.querySelectorAll('.task-filter h4.name a').length >= n, FILTERS.length);
    const listed = (await names.evaluateAll(els => els.map(a => a.firstChild.textContent.trim())));
    for (const f of FILTERS) check(listed.includes(f), `filter ${f} is not listed (listed: ${listed.join(', ')})`);
    log(`  filters: ${listed.join(', ')}`);
    await shot('01-tasklist-filters.png');
  });

  await step('b. kefu starts 业主回访 through its Camunda Form start form', async () => {
    await page.locator('.start-process-action a, a:has-text("Start process")').first().click();
    const modal = page.locator('.modal-dialog');
    await modal.locator('ul.processes a', { hasText: '业主回访' }).click();
    await modal.locator('.fjs-form').waitFor({ state: 'visible' });
    await modal.getByLabel('业主姓名').fill(ownerName);
    await modal.getByLabel('房号').fill('3栋2单元1101');
    await modal.getByLabel('联系电话').fill('13800138000');
    const category = await modal.locator('.fjs-form-field-select', { hasText: '回访类别' }).locator('.fjs-select-display').innerText();
    check(category.trim() === '日常品质回访', `回访类别 should default to 日常品质回访, shows "${category}"`);
    await modal.getByLabel('回访事项').fill('浏览器测试:日常品质回访,了解业主对物业服务的意见');
    // flatpickr takes a typed date on Enter; a date without a time is not submitted
    const date = modal.getByLabel('回访期限(日期)');
    await date.click();
    await date.fill(due.typed);
    await date.press('Enter');
    const time = modal.getByLabel('时间', { exact: true });
    await time.click();
    await time.fill('17:30');
    await time.press('Enter');
    await modal.locator('.fjs-form h2').click();   // close any picker
    await shot('02-start-form-filled.png');

    const { resp, vars } = await submitForm(/\/process-definition\/[^/]+\/submit-form$/,
      () => modal.getByRole('button', { name: 'Start', exact: true }).click());
    check(resp.status() === 200, `starting the process answered HTTP ${resp.status()}: ${await resp.text()}`);
    check(vars.ownerName?.value === ownerName, `ownerName not submitted as typed: ${JSON.stringify(vars.ownerName)}`);
    check(vars.revisitCategory?.value === 'quality', `revisitCategory submitted as ${JSON.stringify(vars.revisitCategory)}`);
    check(typeof vars.revisitDue?.value === 'string' && vars.revisitDue.value.startsWith(`${due.iso}T17:30`),
      `revisitDue should be ${due.iso}T17:30..., submitted ${JSON.stringify(vars.revisitDue)}`);
    await page.locator('.notifications', { hasText: 'The process has been started.' }).first().waitFor({ state: 'visible' });
    await modal.waitFor({ state: 'detached' });
    log(`  started for ${ownerName}, revisitDue ${vars.revisitDue.value}`);
    await shot('03-process-started.png');
  });

  await step('c1. kefu opens the new 回访业主 task in 我组的任务 and claims it', async () => {
    await Promise.all([
      page.waitForResponse(r => /\/filter\/[^/]+\/list/.test(r.url()) && r.status() === 200),
      page.locator('.task-filter', { hasText: '我组的任务' }).click(),
    ]);
    await page.locator('.task-filter.active', { hasText: '我组的任务' }).waitFor();
    const links = page.locator('ol.tasks-list li.task h4.task a', { hasText: '回访业主' });
    await links.first().waitFor({ state: 'visible' });
    const hrefs = await links.evaluateAll(as => as.map(a => a.getAttribute('href')));
    for (const href of hrefs) {   // newest first; on a fresh database there is just one
      await page.locator(`ol.tasks-list a[href="${href}"]`).click();
      const owner = page.locator('.task-details .fjs-form').getByLabel('业主', { exact: true });
      await owner.waitFor({ state: 'visible' });
      await page.waitForFunction(el => el.value !== '', await owner.elementHandle());
      if ((await owner.inputValue()) === ownerName) { taskId = href.split('task=')[1]; break; }
    }
    check(taskId, `no 回访业主 task for ${ownerName} in 我组的任务 (looked at ${hrefs.length})`);
    const form = page.locator('.task-details .fjs-form');
    check((await form.getByLabel('房号', { exact: true }).inputValue()) === '3栋2单元1101', '房号 not carried into the task form');
    await shot('04-task-open.png');
    await page.locator('.task-details button.claim').click();
    await page.locator('.task-details .unclaim').waitFor({ state: 'visible' });
    const assignee = (await page.locator('.task-details .assignee').innerText()).trim();
    check(assignee.includes('李静') || assignee.includes('kefu'), `assignee after claim shows "${assignee}"`);
    log(`  task ${taskId} claimed, assignee "${assignee}"`);
    await shot('05-task-claimed.png');
  });

  await step('c2. completing with the required fields empty shows form-js\'s required message', async () => {
    let completeSent = false;
    const watch = r => { if (r.method() === 'POST' && r.url().includes(`/task/${taskId}/`)) completeSent = true; };
    page.on('request', watch);
    const form = page.locator('.task-details .fjs-form');
    await page.locator('.task-details').getByRole('button', { name: 'Complete', exact: true }).click();
    const errors = form.locator('.fjs-form-field-error');
    await errors.first().waitFor({ state: 'visible' });
    await page.waitForTimeout(1500);   // a request, if any, would have gone out by now
    page.off('request', watch);
    for (const label of ['回访方式', '业主满意程度', '处理效果']) {
      const field = form.locator('.fjs-form-field.fjs-has-errors', { has: page.locator('.fjs-form-field-label', { hasText: label }) });
      check(await field.count() === 1, `field ${label} is not marked as having an error`);
      const text = (await field.locator('.fjs-form-field-error').innerText()).trim();
      check(text === REQUIRED_MESSAGE, `field ${label} shows "${text}", expected "${REQUIRED_MESSAGE}"`);
    }
    check(!completeSent, 'the empty form was submitted to the engine');
    check(await page.locator(`ol.tasks-list a[href="#/?task=${taskId}"]`).count() === 1, 'the task left the list');
    const notice = (await page.locator('.page-notifications .notifications').innerText().catch(() => '')).replace(/\s+/g, ' ').replace('×', '').trim();
    await form.locator('.fjs-form-field.fjs-has-errors').first().scrollIntoViewIfNeeded();
    await shot('06-required-fields-empty.png');
    // Tasklist's error notice stays until closed and covers the Complete button: close it, as a person would
    for (const close of await page.locator('.page-notifications .close:visible').all()) await close.click();
    await page.locator('.page-notifications .notifications > *').first().waitFor({ state: 'detached', timeout: 10_000 });
    log(`  shows "${REQUIRED_MESSAGE}" under 回访方式, 业主满意程度, 处理效果; task still open${notice ? `; Tasklist notice: "${notice}"` : ''}`);
  });

  await step('c3. kefu fills 回访方式, 业主满意程度, 处理效果 and completes the task', async () => {
    const form = page.locator('.task-details .fjs-form');
    await form.locator('.fjs-form-field-select', { hasText: '回访方式' }).locator('.fjs-select-display').click();
    await form.locator('.fjs-dropdownlist-item', { hasText: /^电话回访$/ }).click();
    await form.getByLabel('满意', { exact: true }).check();
    await form.getByLabel('处理效果').fill('已向业主汇报处理结果,业主认可');
    await form.locator('h2').first().click();   // blur: form-js re-validates a field when it loses focus
    await form.locator('.fjs-form-field-error').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(async () => {
      const left = await form.locator('.fjs-has-errors .fjs-form-field-label').allInnerTexts();
      throw new CheckFailed(`errors remain after filling the form, on: ${left.join(', ')}`);
    });
    await form.getByLabel('处理效果').scrollIntoViewIfNeeded();
    await shot('07-task-form-filled.png');

    const { resp, vars } = await submitForm(new RegExp(`/task/${taskId}/submit-form$`),
      () => page.locator('.task-details').getByRole('button', { name: 'Complete', exact: true }).click());
    check(resp.status() === 204, `completing the task answered HTTP ${resp.status()}: ${await resp.text()}`);
    check(vars.revisitMethod?.value === 'phone' && vars.satisfaction?.value === 'satisfied',
      `submitted ${JSON.stringify(vars)}`);
    await page.locator(`ol.tasks-list a[href="#/?task=${taskId}"]`).waitFor({ state: 'detached' });
    await page.locator('.task-details .fjs-form').waitFor({ state: 'detached' });
    log(`  task ${taskId} completed and gone from 我组的任务`);
    await shot('08-task-completed.png');
  });

  await step('d. jingli (read-only) sees the 业主回访 diagram in Cockpit', async () => {
    await logout();
    await shot('09-logged-out.png');
    const who = await login('cockpit', 'jingli', '管理处经理');
    log(`  logged in as ${who}`);
    await page.goto(`${BASE_URL}/camunda/app/cockpit/default/#/processes`);
    await page.locator('td.name a', { hasText: /^\s*业主回访\s*$/ }).click();
    const diagram = page.locator('svg [data-element-id="UserTask_ConductRevisit"]');
    await diagram.waitFor({ state: 'visible', timeout: 45_000 });
    for (const id of ['StartEvent_RevisitRequested', 'Gateway_OwnerSatisfied', 'UserTask_RectifyAndRevisitAgain', 'EndEvent_OwnerSatisfied']) {
      check(await page.locator(`svg [data-element-id="${id}"]`).count() >= 1, `diagram lacks ${id}`);
    }
    const label = (await diagram.innerText().catch(() => '')) || (await diagram.textContent());
    check(label.includes('回访业主'), `UserTask_ConductRevisit is labelled "${label}"`);
    await page.waitForTimeout(1000);   // let bpmn-js finish its zoom-to-fit
    log('  diagram rendered with UserTask_ConductRevisit');
    await shot('10-cockpit-diagram.png');
  });

  clearTimeout(limit);
  await browser.close();
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`browser: ${passed} passed, 0 failed`);
}

main().catch(err => fail('unexpected error', err));
