// Real-browser test of the opinion register (顾客意见登记表, S4) and the KPI dashboard's issue-19 parts: kefu records an
// owner-meeting opinion through Tasklist's start form 顾客意见登记; jingli, in Cockpit, downloads the month's register
// with the Cockpit session (the dashboard's 下载顾客意见登记表 link) and sees the calendar year's K2/K3 per line of
// revisits and K5 per source, equal to GET /api/kpis. Run by .ci/browser-test.sh against the demo app.

import {
  BASE_URL, USERS, ZONE, launch, step, finish, fail, page, log, check, shot, login, switchUser, submitForm, choose,
  expectNoErrors, fillFields,
} from './lib.mjs';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function main() {
  await launch('opinions.mjs');
  const content = `浏览器测试:座谈会上业主希望延长游泳池开放时间 ${Date.now()}`;
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit' })
    .format(new Date()).slice(0, 7);
  let entryNumber;

  await step('o1. kefu records an owner-meeting opinion from Tasklist (顾客意见登记, S4)', async () => {
    await login('tasklist', USERS.customerService.id, USERS.customerService.shown);
    await page.locator('.start-process-action a, a:has-text("Start process")').first().click();
    const modal = page.locator('.modal-dialog');
    await modal.locator('ul.processes a', { hasText: '顾客意见登记' }).click();
    const form = modal.locator('.fjs-form');
    await form.waitFor({ state: 'visible' });
    await choose(form, '来源', '业主座谈会');
    await fillFields(form, { 意见内容: content, 处理情况: '已转管理处经理研究,下月答复' });
    await expectNoErrors(form);
    await shot('opinions-01-entry-filled.png');
    const { resp, vars } = await submitForm(/\/process-definition\/[^/]+\/submit-form$/,
      () => modal.getByRole('button', { name: 'Start', exact: true }).click());
    check(resp.status() === 200, `recording the opinion answered HTTP ${resp.status()}: ${await resp.text()}`);
    check(vars.opinionSource?.value === 'ownerMeeting', `opinionSource submitted as ${JSON.stringify(vars.opinionSource)}`);
    await modal.waitFor({ state: 'detached' });
    entryNumber = (await resp.json()).businessKey;
    check(/^YJ-\d{8}-\d{4}$/.test(entryNumber || ''), `the entry has business key "${entryNumber}"`);
    log(`  recorded ${entryNumber}`);
  });

  await step('o2. jingli in Cockpit: the dashboard links this month\'s 顾客意见登记表 and it downloads as .xlsx', async () => {
    await switchUser('cockpit', USERS.officeManager);
    const link = page.locator('a.hf-register[data-register="opinions"]');
    await link.waitFor({ state: 'visible' });
    check((await link.getAttribute('href')) === `/api/registers/opinions.xlsx?month=${month}`,
      `the register link is ${await link.getAttribute('href')}`);
    const answer = await page.evaluate(async url => {
      const r = await fetch(url, { credentials: 'same-origin' });
      const bytes = new Uint8Array(await r.arrayBuffer());
      return { status: r.status, type: r.headers.get('content-type'), zip: bytes[0] === 0x50 && bytes[1] === 0x4b,
        size: bytes.length };
    }, `${BASE_URL}/api/registers/opinions.xlsx?month=${month}`);
    check(answer.status === 200 && answer.type.startsWith(XLSX) && answer.zip,
      `the register answered ${answer.status} ${answer.type}, ${answer.size} bytes`);
  });

  await step('o3. the dashboard shows the calendar year\'s K2/K3 per line and K5 per source, as GET /api/kpis', async () => {
    const table = page.locator('table.hf-year');
    await table.waitFor({ state: 'visible' });
    const report = await page.evaluate(async url => {
      const r = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      return r.json();
    }, `${BASE_URL}/api/kpis?from=${month}-01&to=${(await page.locator('table.hf-month').getAttribute('data-to'))}`);
    check(Number(await table.getAttribute('data-year')) === report.revisitYear.year,
      `the year shown is ${await table.getAttribute('data-year')}, REST ${report.revisitYear.year}`);
    for (const line of report.revisitYear.lines) {
      const count = (await table.locator(`tr[data-line="${line.line}"] .hf-count`).innerText()).trim();
      check(count === String(line.revisits), `${line.line}: ${count} revisits shown, REST ${line.revisits}`);
    }
    const sources = page.locator('table.hf-k5-sources tbody tr');
    check(await sources.count() === report.satisfactionBySource.length,
      `K5 sources: ${await sources.count()} rows, REST ${report.satisfactionBySource.length}`);
    const k5 = (await page.locator('tr[data-kpi="satisfaction"] .hf-target').innerText()).trim();
    check(k5 === '–', `K5 shows the target "${k5}", but the procedure gives none`);
    await shot('opinions-02-dashboard-year.png');
  });

  await finish();
}

main().catch(err => fail('unexpected error', err));
