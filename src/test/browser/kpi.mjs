// Real-browser test of the KPI dashboard in Cockpit (issues 7 and 21), in a Chinese-language browser: the office
// manager logs in to Cockpit and finds, on the start page, this month's revisit KPIs against their targets,
// the 12-month trend and the share by revisit method (Apache ECharts, served from the jar), and the overdue
// complaints by severity. A trend's tooltip gives numerator / denominator, the target is a labelled line,
// 以表格显示 shows every chart's figures as a table equal to /api/kpis month by month, and choosing a project
// (项目) shows that project's figures (/api/kpis?project=); demo mode's 12 months of history give every month points.
// The figures shown must equal what GET /api/kpis answers for the same month with the same Cockpit session,
// and the overdue complaints what the engine's REST API lists. The links 下载客户投诉登记表 and 下载回访记录表
// download the month's registers as real .xlsx files with the same session.
//
//   HUIFANG_URL=http://localhost:8089 HUIFANG_PASSWORD=... node src/test/browser/kpi.mjs
//
// Screenshot: target/browser/kpi-*.png; the dashboard's picture in the README: docs/kpi-dashboard.png (written
// when KPI_README_PICTURE=1).

import fs from 'node:fs';
import { BASE_URL, USERS, ZONE, page, log, check, shot, step, fail, login, launch, finish } from './lib.mjs';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// this month and the 11 before it, as the dashboard asks for them
function twelveMonths() {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit' })
    .format(new Date()).split('-').map(Number);
  const iso = (year, month) => `${year + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12 + 12) % 12 + 1).padStart(2, '0')}-01`;
  const list = [];
  for (let back = 11; back >= 0; back--) list.push({ from: iso(y, m - back), to: iso(y, m - back + 1), label: iso(y, m - back).slice(0, 7) });
  return list;
}

async function apiGet(url) {
  const answer = await page.evaluate(async u => {
    const r = await fetch(u, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    return { status: r.status, body: await r.text() };
  }, `${BASE_URL}${url}`);
  check(answer.status === 200, `GET ${url} with the Cockpit session answered ${answer.status}: ${answer.body}`);
  return JSON.parse(answer.body);
}

// the trend figures as the dashboard computes them from the reports (K6: all severities together)
function trendPoint(report, key) {
  if (!key.startsWith('serviceLevel.')) return report[key];
  const which = key.split('.')[1];
  const numerator = report.serviceLevel.reduce((s, l) => s + l[which].numerator, 0);
  const denominator = report.serviceLevel.reduce((s, l) => s + l[which].denominator, 0);
  return { numerator, denominator, value: denominator === 0 ? null : Math.round(numerator * 1000 / denominator) / 10 };
}
const TREND_KEYS = ['revisitRate', 'onSiteWithSignature', 'phoneOrLetter', 'satisfaction',
  'serviceLevel.answeredInTime', 'serviceLevel.resolvedInTime'];

// every trend table row equals /api/kpis of its month (of the project, '' for the company)
async function checkTrendTables(months, project) {
  const query = project ? `&project=${encodeURIComponent(project)}` : '';
  const reports = [];
  for (const m of months) reports.push(await apiGet(`/api/kpis?from=${m.from}&to=${m.to}${query}`));
  for (const key of TREND_KEYS) {
    const rows = page.locator(`table.hf-trend-table[data-kpi="${key}"] tbody tr`);
    check(await rows.count() === 12, `${key}: the table has ${await rows.count()} rows, not 12`);
    for (let i = 0; i < 12; i++) {
      const f = trendPoint(reports[i], key);
      const row = rows.nth(i);
      check(await row.getAttribute('data-month') === months[i].label, `${key} row ${i}: month ${await row.getAttribute('data-month')}`);
      const ratio = (await row.locator('.hf-ratio').innerText()).trim();
      check(ratio === `${f.numerator} / ${f.denominator}`, `${key} ${months[i].label}${project ? ' ' + project : ''}: table ${ratio}, REST ${f.numerator} / ${f.denominator}`);
      const value = (await row.locator('.hf-value').innerText()).trim();
      check(value === percent(f.value), `${key} ${months[i].label}: table ${value}, REST ${f.value}`);
    }
  }
  return reports;
}

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
        [`${l.severity}.resolvedInTime`, l.resolvedInTime]]),
      // repair requests (issue 17): K7 revisit rate, K6 on site in time per urgency
      ...(report.repairRevisitRate ? [['repairRevisitRate', report.repairRevisitRate]] : []),
      ...(report.repairResponse || []).map(l => [`repair.${l.urgency}.respondedInTime`, l.respondedInTime])];
    check(await table.locator('tbody tr').count() === expected.length, 'the month table has another number of rows than the report');
    for (const [key, f] of expected) {
      const row = table.locator(`tr[data-kpi="${key}"]`);
      const cell = async c => (await row.locator(c).innerText()).trim();
      check(await cell('.hf-ratio') === `${f.numerator} / ${f.denominator}`, `${key}: shows ${await cell('.hf-ratio')}, REST ${f.numerator}/${f.denominator}`);
      check(await cell('.hf-value') === percent(f.value), `${key}: shows ${await cell('.hf-value')}, REST ${f.value}`);
      // K5 has no target (issue 19): '–', and the figure is shown without a verdict
      check(await cell('.hf-target') === (f.target === null ? '–' : `${f.bound === 'AT_MOST' ? '≤' : '≥'} ${percent(f.target)}`), `${key}: target ${await cell('.hf-target')}`);
      const mark = f.denominator === 0 ? '无数据' : f.target === null ? '仅列数值(规程未定目标)' : f.missed ? '未达标' : '达标';
      check((await cell('.hf-result')).endsWith(mark), `${key}: shows "${await cell('.hf-result')}", REST missed=${f.missed} of ${f.denominator}`);
    }
    const total = report.revisitMethods.reduce((s, m) => s + m.count, 0);
    const barText = await page.locator('.hf-methods svg').textContent();
    for (const m of report.revisitMethods) {
      const row = page.locator(`table.hf-methods-table tr[data-method="${m.method || ''}"]`);
      check(await row.getAttribute('data-count') === String(m.count), `method ${m.method}: shows ${await row.getAttribute('data-count')}, REST ${m.count}`);
      check((await row.textContent()).includes(m.label), `method ${m.method} is not labelled ${m.label}`);
      check(barText.includes(m.label), `the method chart has no bar labelled ${m.label}`);
      check(barText.includes(`${m.count} (${(total === 0 ? 0 : m.count * 100 / total).toFixed(1)}%)`), `the bar of ${m.label} does not carry ${m.count} and its share`);
    }
    // drawn by ECharts (an SVG in each chart's box), six trends
    check(await page.locator('.hf-trend[_echarts_instance_] svg').count() === 6, 'the dashboard does not draw six trend charts with ECharts');
    check(await page.locator('.hf-methods[_echarts_instance_] svg').count() === 1, 'the method bars are not drawn with ECharts');
    await page.locator('.hf-methods').scrollIntoViewIfNeeded();
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

  const months = twelveMonths();
  let company;

  await step('e. each trend has its target as a labelled dashed line and a tooltip with numerator / denominator', async () => {
    company = [];
    for (const m of months) company.push(await apiGet(`/api/kpis?from=${m.from}&to=${m.to}`));
    // demo mode's history: every month has points
    const empty = months.filter((m, i) => company[i].revisitRate.denominator === 0).map(m => m.label);
    check(empty.length === 0 || (empty.length === 1 && empty[0] === months[11].label),
      `months without a closed complaint (K1): ${empty.join(', ')}`);
    for (const key of TREND_KEYS) {
      const svgText = await page.locator(`.hf-trend[data-kpi="${key}"] svg`).textContent();
      if (key === 'satisfaction') {
        check(!svgText.includes('目标'), 'K5: the chart has a target line, but the procedure gives none (issue 19)');
        continue;
      }
      const target = key === 'phoneOrLetter' ? '目标 ≤ 60.0%' : key === 'onSiteWithSignature' ? '目标 ≥ 40.0%' : '目标 ≥ 100.0%';
      check(svgText.includes(target), `${key}: the chart has no target line labelled "${target}"`);
    }
    // hover the K2 chart over a month with revisits: the axis tooltip names numerator / denominator
    const chart = page.locator('.hf-trend[data-kpi="onSiteWithSignature"]');
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    const i = company.map(r => r.onSiteWithSignature.denominator).findIndex(d => d > 0);
    check(i >= 0, 'no month with revisits');
    const f = company[i].onSiteWithSignature;
    await page.mouse.move(box.x + 40 + (i + 0.5) * (box.width - 56) / 12, box.y + 46 + (box.height - 74) / 2);
    const tooltip = chart.locator('div', { hasText: `(${f.numerator} / ${f.denominator})` }).last();
    await tooltip.waitFor({ state: 'visible' });
    const text = (await tooltip.innerText()).replace(/\s+/g, ' ');
    check(text.includes(months[i].label) && text.includes(percent(f.value)) && text.includes('目标 ≥ 40.0%'),
      `the tooltip reads "${text}", expected ${months[i].label}, ${percent(f.value)} (${f.numerator} / ${f.denominator}) and the target`);
    log(`  tooltip: ${text}`);
    await shot('kpi-05-tooltip.png');
  });

  await step('f. 以表格显示 shows every chart\'s figures as tables equal to /api/kpis month by month', async () => {
    await page.locator('button.hf-as-table').click();
    await page.locator('table.hf-trend-table[data-kpi="revisitRate"]').waitFor({ state: 'visible' });
    check(await page.locator('.hf-trend:visible').count() === 0, 'the charts stay visible in the table view');
    await checkTrendTables(months, '');
    check(await page.locator('table.hf-methods-table').isVisible(), 'the method table is not shown');
    await page.locator('table.hf-trend-table').first().scrollIntoViewIfNeeded();
    await shot('kpi-06-tables.png');
    await page.locator('button.hf-as-table').click();
    await page.locator('.hf-trend[data-kpi="revisitRate"]').waitFor({ state: 'visible' });
  });

  await step('g. choosing a project (项目) shows that project\'s figures, as /api/kpis?project=', async () => {
    const projects = await apiGet('/api/kpis/projects');
    check(projects.length > 0, 'the owner register has no project');
    const options = await page.locator('select.hf-project option').evaluateAll(os => os.map(o => o.value));
    check(JSON.stringify(options) === JSON.stringify(['', ...projects]), `the project choice offers ${options.join(', ')}, not ${projects.join(', ')}`);
    // a project with complaints in the 12 months (the second office's demo project 碧水湾 has none)
    let project = null;
    for (const candidate of projects) {
      const year = await apiGet(`/api/kpis?from=${months[0].from}&to=${months[months.length - 1].to}&project=${encodeURIComponent(candidate)}`);
      if (year.revisitRate.denominator > 0) { project = candidate; break; }
    }
    check(project !== null, `no project of ${projects.join(', ')} has a complaint in the 12 months`);
    await page.locator('select.hf-project').selectOption(project);
    await page.locator(`.hf-kpis[data-project="${project}"][data-loaded="true"]`).waitFor({ state: 'attached' });
    await page.locator('button.hf-as-table').click();
    const own = await checkTrendTables(months, project);
    const sum = reports => reports.reduce((s, r) => s + r.revisitRate.denominator, 0);
    check(sum(own) > 0 && sum(own) < sum(company), `${project}: ${sum(own)} complaints in 12 months, the company ${sum(company)}`);
    const sheet = page.locator('.hf-kpis a[data-register="kpis"]');
    check((await sheet.getAttribute('href')).endsWith(`&project=${encodeURIComponent(project)}`), `the trend sheet link is ${await sheet.getAttribute('href')}`);
    log(`  ${project}: ${sum(own)} of the company's ${sum(company)} complaints in 12 months`);
    await page.locator('button.hf-as-table').click();
    await page.locator('section.huifang-kpi-dashboard').scrollIntoViewIfNeeded();
    await shot('kpi-07-project.png');
    await page.locator('select.hf-project').selectOption('');
    await page.locator('.hf-kpis[data-project=""][data-loaded="true"]').waitFor({ state: 'attached' });
    if (process.env.KPI_README_PICTURE === '1') {
      // Cockpit scrolls inside its own container: a tall window, the dashboard's title on top
      await page.setViewportSize({ width: 1200, height: 1500 });
      await page.locator('section.huifang-kpi-dashboard h3').first().evaluate(h => h.scrollIntoView());
      await page.screenshot({ path: new URL('../../../docs/kpi-dashboard.png', import.meta.url).pathname });
      log('  README picture docs/kpi-dashboard.png');
    }
  });

  await step('h. the overdue complaints are those with a task past its due date, each linked to its instance', async () => {
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
