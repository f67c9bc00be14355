// Real-browser test of the KPI dashboard in Cockpit (issue 7), in a Chinese-language browser: the office
// manager logs in to Cockpit and finds, on the start page, this month's revisit KPIs against their targets,
// the 12-month trend and the share by revisit method (inline SVG), and the overdue complaints by severity.
// The figures shown must equal what GET /api/kpis answers for the same month with the same Cockpit session,
// and the overdue complaints what the engine's REST API lists. The links 下载客户投诉登记表 and 下载回访记录表
// download the month's registers as real .xlsx files with the same session.
//
//   HUIFANG_URL=http://localhost:8089 HUIFANG_PASSWORD=... node src/test/browser/kpi.mjs
//
// Screenshot: target/browser/kpi-*.png.

import fs from 'node:fs';
import { BASE_URL, USERS, ZONE, page, log, check, shot, step, fail, login, launch, finish } from './lib.mjs';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function thisMonth() {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit' })
    .format(new Date()).split('-').map(Number);
  const iso = (year, month) => `${year + Math.floor((month - 1) / 12)}-${String((month - 1) % 12 + 1).padStart(2, '0')}-01`;
  return { from: iso(y, m), to: iso(y, m + 1) };
}

const percent = v => (v === null ? '–' : `${Number(v).toFixed(1)}%`);

async function main() {
  await launch('kpi.mjs', { locale: 'zh-CN' });
  const month = thisMonth();
  let report;

  await step('a. jingli logs in to Cockpit and sees the KPI dashboard on the start page, in Chinese', async () => {
    await login('cockpit', USERS.officeManager.id, USERS.officeManager.shown);
    const dashboard = page.locator('section.huifang-kpi-dashboard');
    await dashboard.waitFor({ state: 'visible' });
    await page.locator('.hf-kpis[data-loaded]').waitFor({ state: 'attached' });
    await page.locator('.hf-overdue[data-loaded]').waitFor({ state: 'attached' });
    check(await page.locator('.hf-kpis').getAttribute('data-loaded') === 'true',
      `the KPIs did not load: ${await page.locator('.hf-kpis').innerText()}`);
    const body = (await dashboard.innerText()).replace(/\s+/g, ' ');
    for (const word of ['回访指标与超时投诉', '本月', '近12个月趋势', '本月回访方式构成', '超时投诉(按严重程度)', '目标', '投诉回访率']) {
      check(body.includes(word), `the dashboard lacks "${word}": ${body.slice(0, 300)}`);
    }
    await dashboard.scrollIntoViewIfNeeded();
    await shot('kpi-01-dashboard.png');
  });

  await step('b. the figures shown equal GET /api/kpis of this month with the same Cockpit session', async () => {
    const answer = await page.evaluate(async url => {
      const r = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      return { status: r.status, body: await r.text() };
    }, `${BASE_URL}/api/kpis?from=${month.from}&to=${month.to}`);
    check(answer.status === 200, `GET /api/kpis with the Cockpit session answered ${answer.status}: ${answer.body}`);
    report = JSON.parse(answer.body);
    const table = page.locator('table.hf-month');
    check(await table.getAttribute('data-from') === month.from && await table.getAttribute('data-to') === month.to,
      `the dashboard shows ${await table.getAttribute('data-from')}..${await table.getAttribute('data-to')}, expected ${month.from}..${month.to}`);
    const expected = [['revisitRate', report.revisitRate], ['onSiteWithSignature', report.onSiteWithSignature],
      ['phoneOrLetter', report.phoneOrLetter], ['satisfaction', report.satisfaction],
      ...report.serviceLevel.flatMap(l => [[`${l.severity}.answeredInTime`, l.answeredInTime],
        [`${l.severity}.resolvedInTime`, l.resolvedInTime]])];
    check(await table.locator('tbody tr').count() === expected.length, 'the month table has another number of rows than the report');
    for (const [key, f] of expected) {
      const row = table.locator(`tr[data-kpi="${key}"]`);
      const cell = async c => (await row.locator(c).innerText()).trim();
      check(await cell('.hf-ratio') === `${f.numerator} / ${f.denominator}`, `${key}: shows ${await cell('.hf-ratio')}, REST ${f.numerator}/${f.denominator}`);
      check(await cell('.hf-value') === percent(f.value), `${key}: shows ${await cell('.hf-value')}, REST ${f.value}`);
      check(await cell('.hf-target') === `${f.bound === 'AT_MOST' ? '≤' : '≥'} ${percent(f.target)}`, `${key}: target ${await cell('.hf-target')}`);
      const mark = f.denominator === 0 ? '无数据' : f.missed ? '未达标' : '达标';
      check((await cell('.hf-result')).endsWith(mark), `${key}: shows "${await cell('.hf-result')}", REST missed=${f.missed} of ${f.denominator}`);
    }
    for (const m of report.revisitMethods) {
      const bar = page.locator(`svg.hf-methods g[data-method="${m.method || ''}"]`);
      check(await bar.getAttribute('data-count') === String(m.count), `method ${m.method}: shows ${await bar.getAttribute('data-count')}, REST ${m.count}`);
      check((await bar.textContent()).includes(m.label), `method ${m.method} is not labelled ${m.label}`);
    }
    check(await page.locator('svg.hf-trend').count() === 6, 'the dashboard does not draw six trend charts');
    await page.locator('svg.hf-methods').scrollIntoViewIfNeeded();
    await shot('kpi-02-trend-methods.png');
    log(`  K1 ${report.revisitRate.numerator}/${report.revisitRate.denominator}, K2 ${report.onSiteWithSignature.numerator}/${report.onSiteWithSignature.denominator}, ${report.revisitMethods.map(m => `${m.method} ${m.count}`).join(', ')}`);
  });

  await step('c. 下载客户投诉登记表 and 下载回访记录表 download the month\'s registers as .xlsx with the Cockpit session', async () => {
    for (const [register, label, title] of [['complaints', '下载客户投诉登记表', '客户投诉登记表'],
      ['revisits', '下载回访记录表', '回访记录表']]) {
      const link = page.locator(`.hf-registers a[data-register="${register}"]`);
      check(await link.count() === 1, `the dashboard has no link ${label}`);
      check((await link.innerText()).trim() === label, `the ${register} link reads "${(await link.innerText()).trim()}", not ${label}`);
      const href = await link.getAttribute('href');
      check(href === `/api/registers/${register}.xlsx?from=${month.from}&to=${month.to}`,
        `the ${register} link is ${href}, not the month shown ${month.from}..${month.to}`);
      // what the link answers with the session: the spreadsheet's content type and a zip file ("PK")
      const answer = await page.evaluate(async url => {
        const r = await fetch(url, { credentials: 'same-origin' });
        const bytes = new Uint8Array(await r.arrayBuffer());
        return { status: r.status, type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'),
          size: bytes.length, magic: String.fromCharCode(bytes[0], bytes[1]) };
      }, `${BASE_URL}${href}`);
      check(answer.status === 200, `${href} answered ${answer.status}`);
      check((answer.type || '').startsWith(XLSX), `${href} has content type ${answer.type}`);
      check(answer.magic === 'PK', `${href} is not a zip (.xlsx) file: starts with ${JSON.stringify(answer.magic)}`);
      check(decodeURIComponent(answer.disposition || '').includes(title), `${href}: Content-Disposition ${answer.disposition} lacks ${title}`);
      // a click downloads the file
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const file = await download.path();
      const head = fs.readFileSync(file).subarray(0, 2).toString('latin1');
      check(head === 'PK', `the downloaded ${download.suggestedFilename()} is not an .xlsx (starts with ${JSON.stringify(head)})`);
      check(download.suggestedFilename().endsWith('.xlsx') && download.suggestedFilename().includes(title),
        `the download is named ${download.suggestedFilename()}`);
      log(`  ${label}: ${download.suggestedFilename()}, ${fs.statSync(file).size} bytes, ${answer.type}`);
    }
    await page.locator('.hf-registers').scrollIntoViewIfNeeded();
    await shot('kpi-04-register-links.png');
  });

  await step('d. the overdue complaints are those with a task past its due date, each linked to its instance', async () => {
    const now = new Date().toISOString().replace('Z', '+0000');
    const tasks = await page.evaluate(async url => (await fetch(url, { credentials: 'same-origin' })).json(),
      `${BASE_URL}/camunda/api/engine/engine/default/task?processDefinitionKey=complaint-handling&dueBefore=${encodeURIComponent(now)}`);
    const ids = [...new Set(tasks.map(t => t.processInstanceId))].sort();
    const shown = (await page.locator('.hf-overdue tr[data-process-instance]').evaluateAll(
      rows => rows.map(r => r.getAttribute('data-process-instance')))).sort();
    // a task may fall due between the dashboard's query and this one
    check(shown.every(id => ids.includes(id)) && shown.length >= ids.length - 1,
      `the dashboard lists ${shown.join(', ')}, the engine ${ids.join(', ')}`);
    log(`  ${shown.length} overdue complaint(s)`);
    if (shown.length > 0) {
      await page.locator(`.hf-overdue tr[data-process-instance="${shown[0]}"] a`).click();
      await page.waitForURL(new RegExp(`#/process-instance/${shown[0]}/runtime`));
      await page.locator('.ctn-view, [cam-widget-bpmn-viewer], .process-instance-runtime').first().waitFor({ state: 'visible' });
      await shot('kpi-03-overdue-instance.png');
    }
  });

  await finish();
}

main().catch(err => fail('unexpected error', err));
