// Real-browser test of the KPI dashboard in Cockpit (issue 7), in a Chinese-language browser: the office
// manager logs in to Cockpit and finds, on the start page, this month's revisit KPIs against their targets,
// the 12-month trend and the share by revisit method (inline SVG), and the overdue complaints by severity.
// The figures shown must equal what GET /api/kpis answers for the same month with the same Cockpit session,
// and the overdue complaints what the engine's REST API lists.
//
//   HUIFANG_URL=http://localhost:8089 HUIFANG_PASSWORD=... node src/test/browser/kpi.mjs
//
// Screenshot: target/browser/kpi-*.png.

import { BASE_URL, USERS, ZONE, page, log, check, shot, step, fail, login, launch, finish } from './lib.mjs';

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

  await step('c. the overdue complaints are those with a task past its due date, each linked to its instance', async () => {
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
