// Huifang: the KPI dashboard on Cockpit's start page (issue 7), a Camunda 7 frontend plugin (plugin point
// cockpit.dashboard) loaded through config.js's customScripts. Plain JavaScript; the charts are Apache ECharts
// 6.1.0, served from the application jar next to this file (scripts/echarts/): nothing is fetched from outside.
// - the revisit KPIs K1, K2, K3, K5, K6 of this month against their targets (GET /api/kpis, which accepts
//   the Cockpit session for reading), their trend over the last 12 months and the share by revisit method,
//   of the company or of one project of the owner register (项目, GET /api/kpis/projects; issue 21), each
//   chart with tooltips (numerator / denominator), its target line and its figures as a table (以表格显示);
// - the overdue complaints by severity: complaint-handling tasks whose due date (the answer or resolution
//   deadline, set by ApplyServiceLevelListener) has passed, read from the engine REST API of the webapp
//   session (the user's own authorizations apply), each linked to its process instance in Cockpit;
// - links downloading the complaint log and the revisit record (.xlsx) of the month shown, from
//   GET /api/registers/*.xlsx, which accepts the Cockpit session for reading like /api/kpis, and the 12 months'
//   figures as a sheet (下载指标趋势表, /api/registers/kpis.xlsx) of the project chosen.
// Chinese by default; an English browser (first language en-*) gets English labels, as the webapp does.

import * as echarts from './echarts/echarts-6.1.0.esm.min.js';
import { esc, getJson } from './huifang-api.js';

const ZONE = 'Asia/Shanghai'; // huifang.zone: months are the company's
const EN = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0] === 'en';
const T = EN ? {
  title: 'Revisit KPIs and overdue complaints', month: 'This month', trend: 'Trend, last 12 months',
  methods: 'Revisits by method, this month', overdue: 'Overdue complaints by severity', figure: 'KPI',
  ratio: 'Numerator / denominator', value: 'Value', target: 'Target', result: 'Result', met: '✓ met',
  missed: '✗ missed', noData: '– no data', figureOnly: '– figure only (no target in the procedure)',
  year: 'K2 / K3 of the calendar year, per line of revisits', line: 'Revisits of', revisits: 'Revisits',
  bySource: 'K5 satisfaction per source (no target: the figure and its trend)', source: 'Source', atLeast: '≥ ', atMost: '≤ ', none: 'No overdue complaint.',
  caseNo: 'Case', task: 'Task', due: 'Due', loading: 'Loading…', failed: 'Could not load: ', revisits: 'revisits',
  forbidden: 'Only the office manager, the general manager and the senior housekeeper see the KPIs.',
  unknown: 'not classified', answered: 'answered in time', resolved: 'resolved in time',
  complaintLog: 'Download the complaint log (客户投诉登记表)', revisitRecord: 'Download the revisit record (回访记录表)',
  repairRecord: 'Download the repair record (报修受理记录)', opinionRegister: 'Download the opinion register (顾客意见登记表)',
  project: 'Project', allProjects: 'All projects', asTable: 'Show as tables', asCharts: 'Show as charts',
  monthCol: 'Month', method: 'Method', count: 'Revisits', share: 'Share',
  trendSheet: 'Download the 12 months (回访指标趋势)',
} : {
  title: '回访指标与超时投诉', month: '本月', trend: '近12个月趋势', methods: '本月回访方式构成',
  overdue: '超时投诉(按严重程度)', figure: '指标', ratio: '分子 / 分母', value: '实际值', target: '目标',
  result: '结果', met: '✓ 达标', missed: '✗ 未达标', noData: '– 无数据', figureOnly: '– 仅列数值(规程未定目标)',
  year: '全年 K2 / K3(按自然年,分回访主体)', line: '回访主体', revisits: '回访次数',
  bySource: 'K5 满意率(按来源;规程未定目标,看数值和趋势)', source: '来源', atLeast: '≥ ', atMost: '≤ ',
  none: '没有超时的投诉。', caseNo: '案件编号', task: '当前任务', due: '到期时间', loading: '正在加载…',
  failed: '加载失败: ', revisits: '次回访', unknown: '未分级', answered: '按时答复率', resolved: '按时解决率',
  forbidden: '只有管理处经理、分公司总经理和物业大管家可以查看回访指标。',
  complaintLog: '下载客户投诉登记表', revisitRecord: '下载回访记录表', repairRecord: '下载报修受理记录', opinionRegister: '下载顾客意见登记表',
  project: '项目', allProjects: '全部项目', asTable: '以表格显示', asCharts: '以图表显示',
  monthCol: '月份', method: '回访方式', count: '回访次数', share: '占比', trendSheet: '下载指标趋势表',
};
const NAMES_EN = { K1: 'Complaint revisit rate', K2: 'On-site revisits with signature', K3: 'Phone and letter revisits',
  K5: 'Satisfaction rate', K7: 'Repair revisit rate' };
const SEVERITY_EN = { general: 'general', important: 'important', major: 'major' };
const METHOD_EN = { phone: 'phone', onSite: 'on site', letter: 'letter', openLetter: 'open letter',
  questionnaire: 'SMS/e-mail questionnaire' };
const SEVERITY_ZH = { general: '一般', important: '重要', major: '重大' };

// this month and the 11 before it in the company's zone, as [from, to) pairs of YYYY-MM-DD
function months() {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit' })
    .format(new Date()).split('-').map(Number);
  const iso = (y, m) => `${y + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12 + 12) % 12 + 1).padStart(2, '0')}-01`;
  const list = [];
  for (let back = 11; back >= 0; back--) {
    const m = month - back;
    list.push({ from: iso(year, m), to: iso(year, m + 1), label: iso(year, m).slice(0, 7) });
  }
  return list;
}

// the figures of a report, one row each: K1, K2, K3, K5, K6 per severity (answered, resolved), then repairs' K7, K6
function figures(report) {
  const rows = ['revisitRate', 'onSiteWithSignature', 'phoneOrLetter', 'satisfaction']
    .map(key => ({ key, figure: report[key], name: EN ? NAMES_EN[report[key].rule] : report[key].name }));
  for (const level of report.serviceLevel) {
    const severity = EN ? SEVERITY_EN[level.severity] : level.severityLabel;
    rows.push({ key: `${level.severity}.answeredInTime`, figure: level.answeredInTime,
      name: EN ? `Complaints ${severity}: ${T.answered}` : level.answeredInTime.name });
    rows.push({ key: `${level.severity}.resolvedInTime`, figure: level.resolvedInTime,
      name: EN ? `Complaints ${severity}: ${T.resolved}` : level.resolvedInTime.name });
  }
  // repair requests (issue 17): K7 revisit rate, K6 on site in time per urgency
  if (report.repairRevisitRate) {
    rows.push({ key: 'repairRevisitRate', figure: report.repairRevisitRate,
      name: EN ? NAMES_EN.K7 : report.repairRevisitRate.name });
  }
  for (const level of report.repairResponse || []) {
    rows.push({ key: `repair.${level.urgency}.respondedInTime`, figure: level.respondedInTime,
      name: EN ? `Repairs ${level.urgency}: on site in time` : level.respondedInTime.name });
  }
  return rows;
}

// K6 of all severities together, for the trend
function percent(value) {
  return value === null || value === undefined ? '–' : `${Number(value).toFixed(1)}%`;
}

// a figure's target as text: ≥ 40.0%, or – for a figure without a target (K5, issue 19)
function targetText(figure) {
  return figure.target === null || figure.target === undefined ? '–'
    : `${figure.bound === 'AT_MOST' ? T.atMost : T.atLeast}${percent(figure.target)}`;
}

function monthTable(report) {
  const rows = figures(report).map(({ key, figure, name }) => {
    const untargeted = figure.target === null || figure.target === undefined;
    const mark = figure.denominator === 0 ? T.noData : untargeted ? T.figureOnly : figure.missed ? T.missed : T.met;
    const style = figure.denominator === 0 || untargeted ? 'color:#777' : figure.missed ? 'color:#c9302c;font-weight:bold' : 'color:#3c763d';
    return `<tr data-kpi="${esc(key)}" data-rule="${esc(figure.rule)}">
      <td>${esc(figure.rule)} ${esc(name)}</td>
      <td class="hf-ratio">${figure.numerator} / ${figure.denominator}</td>
      <td class="hf-value">${percent(figure.value)}</td>
      <td class="hf-target">${targetText(figure)}</td>
      <td class="hf-result" data-missed="${figure.missed}" style="${style}">${mark}</td></tr>`;
  }).join('');
  return `<table class="table table-condensed hf-month" data-from="${esc(report.from)}" data-to="${esc(report.to)}">
    <thead><tr><th>${T.figure}</th><th>${T.ratio}</th><th>${T.value}</th><th>${T.target}</th><th>${T.result}</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
}

// issue 19: K2 and K3 of the calendar year per line of revisits (the property office's own against the procedure's
// targets; the mall desk's and the renovation company's as figures of their own), and K5 per source
function yearTable(report) {
  const year = report.revisitYear;
  if (!year) {
    return '';
  }
  const cell = figure => `<td class="hf-value">${figure.numerator} / ${figure.denominator} = ${percent(figure.value)}
    <span style="color:#777">(${T.target} ${targetText(figure)})</span></td>`;
  const lines = year.lines.map(line => `<tr data-line="${esc(line.line)}"><td>${esc(line.label)}</td>
    <td class="hf-count">${line.revisits}</td>${cell(line.onSiteWithSignature)}${cell(line.phoneOrLetter)}</tr>`).join('');
  const sources = (report.satisfactionBySource || []).map(s => `<tr data-source="${esc(s.source)}"><td>${esc(s.label)}</td>
    <td class="hf-ratio">${s.satisfaction.numerator} / ${s.satisfaction.denominator}</td>
    <td class="hf-value">${percent(s.satisfaction.value)}</td></tr>`).join('');
  return `<h5>${T.year} ${year.year}</h5>
    <table class="table table-condensed hf-year" data-year="${year.year}"><thead><tr><th>${T.line}</th><th>${T.revisits}</th>
      <th>K2</th><th>K3</th></tr></thead><tbody>${lines}</tbody></table>
    <h5>${T.bySource}</h5>
    <table class="table table-condensed hf-k5-sources"><thead><tr><th>${T.source}</th><th>${T.ratio}</th><th>${T.value}</th></tr></thead>
      <tbody>${sources}</tbody></table>`;
}

// the registers of the period shown, as .xlsx downloads (RegisterController); the session cookie goes along
function registerLinks(report) {
  const period = `from=${encodeURIComponent(report.from)}&to=${encodeURIComponent(report.to)}`;
  return `<p class="hf-registers">${[['complaints', T.complaintLog], ['revisits', T.revisitRecord], ['repairs', T.repairRecord]].map(([register, label]) =>
    `<a class="btn btn-default btn-sm hf-register" data-register="${register}" download
      href="/api/registers/${register}.xlsx?${period}">${esc(label)}</a>`)
    .join(' ')} <a class="btn btn-default btn-sm hf-register" data-register="opinions" download
      href="/api/registers/opinions.xlsx?month=${encodeURIComponent(String(report.from).substring(0, 7))}">${esc(T.opinionRegister)}</a></p>`;
}

// The charts are Apache ECharts (scripts/echarts/, version and licence in README › Dashboard in Cockpit), drawn as
// SVG in the browser from the same reports as the tables. Readable without colour: every point carries its value as
// a label and a marker, the target is a dashed, labelled line, the method bars carry their count and share and a
// pattern (ECharts' aria decals); every chart has its figures as a table (以表格显示).
function chart(el, option) {
  const instance = echarts.init(el, null, { renderer: 'svg', locale: EN ? 'EN' : 'ZH' });
  instance.setOption({ animation: false, aria: { enabled: true, decal: { show: true } }, ...option });
  charts.push(instance);
  return instance;
}

// the trend of one figure over the months (0–100 %): line with labelled markers, target as a dashed line; the
// tooltip gives numerator / denominator and the target
function trendChart(el, title, points, target, bound) {
  const targetText = target === null ? '' : `${T.target} ${bound === 'AT_MOST' ? T.atMost : T.atLeast}${percent(target)}`;
  chart(el, {
    title: { text: title, left: 0, textStyle: { fontSize: 12 } },
    grid: { left: 40, right: 16, top: 46, bottom: 28 },
    tooltip: {
      trigger: 'axis',
      formatter: params => {
        const p = points[params[0].dataIndex];
        const value = p.denominator === 0 ? T.noData : `${percent(p.value)} (${p.numerator} / ${p.denominator})`;
        return `${esc(p.label)}<br>${esc(title)}: ${esc(value)}${targetText ? `<br>${esc(targetText)}` : ''}`;
      },
    },
    xAxis: { type: 'category', data: points.map(p => p.label.slice(2)), axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', min: 0, max: 100, interval: 50, axisLabel: { formatter: '{value}%', fontSize: 10 } },
    series: [{
      type: 'line', name: title, connectNulls: false, symbol: 'circle', symbolSize: 6,
      data: points.map(p => (p.value === null ? null : Number(p.value))),
      label: { show: true, fontSize: 9, formatter: ({ value }) => `${Math.round(value)}` },
      markLine: target === null ? undefined : {
        silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#d62728' },
        label: { formatter: targetText, position: 'insideEndTop', fontSize: 9 }, data: [{ yAxis: target }],
      },
    }],
  });
}

// the figures of one trend as a table: month, numerator / denominator, value, target
function trendTable(key, points, target, bound) {
  const rows = points.map(p => `<tr data-month="${esc(p.label)}"><td>${esc(p.label)}</td>
    <td class="hf-ratio">${p.numerator} / ${p.denominator}</td><td class="hf-value">${percent(p.value)}</td>
    <td class="hf-target">${target === null ? '–' : (bound === 'AT_MOST' ? T.atMost : T.atLeast) + percent(target)}</td></tr>`).join('');
  return `<table class="table table-condensed hf-trend-table" data-kpi="${esc(key)}" hidden>
    <thead><tr><th>${T.monthCol}</th><th>${T.ratio}</th><th>${T.value}</th><th>${T.target}</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
}

// K6 of all severities together: one point of the trend
function serviceLevelTotal(report, which) {
  const numerator = report.serviceLevel.reduce((s, l) => s + l[which].numerator, 0);
  const denominator = report.serviceLevel.reduce((s, l) => s + l[which].denominator, 0);
  return { numerator, denominator, value: denominator === 0 ? null : Math.round(numerator * 1000 / denominator) / 10 };
}

// the six trends: K1, K2, K3, K5 and K6 (answered, resolved in time, all severities), each a chart and a table
function trendSeries(reports) {
  const last = reports[reports.length - 1].report;
  const list = ['revisitRate', 'onSiteWithSignature', 'phoneOrLetter', 'satisfaction'].map(key => ({
    key, title: `${last[key].rule} ${EN ? NAMES_EN[last[key].rule] : last[key].name}`,
    target: last[key].target === null ? null : Number(last[key].target), bound: last[key].bound,
    points: reports.map(r => ({ label: r.label, ...r.report[key] })),
  }));
  for (const [which, name] of [['answeredInTime', T.answered], ['resolvedInTime', T.resolved]]) {
    list.push({ key: `serviceLevel.${which}`, title: `K6 ${name}`, target: 100, bound: 'AT_LEAST',
      points: reports.map(r => ({ label: r.label, ...serviceLevelTotal(r.report, which) })) });
  }
  return list;
}

function trends(node, reports) {
  const series = trendSeries(reports);
  node.innerHTML = `<div style="display:flex;flex-wrap:wrap;gap:8px">${series.map(s => `<div class="hf-trend-cell">
    <div class="hf-trend" data-kpi="${esc(s.key)}" style="width:340px;height:220px"></div>
    ${trendTable(s.key, s.points, s.target, s.bound)}</div>`).join('')}</div>`;
  series.forEach(s => trendChart(node.querySelector(`.hf-trend[data-kpi="${s.key}"]`), s.title, s.points, s.target, s.bound));
}

// the share of each revisit method as horizontal bars, each labelled with its count and share
function methodChart(node, report) {
  const methods = report.revisitMethods;
  const total = methods.reduce((s, m) => s + m.count, 0);
  const label = m => (EN ? (METHOD_EN[m.method] || 'not recorded') : m.label);
  const share = m => (total === 0 ? 0 : m.count * 100 / total);
  node.innerHTML = `<div class="hf-methods" style="width:560px;height:${methods.length * 30 + 40}px"></div>
    <div class="text-muted">${total} ${T.revisits}</div>
    <table class="table table-condensed hf-methods-table" hidden>
      <thead><tr><th>${T.method}</th><th>${T.count}</th><th>${T.share}</th></tr></thead>
      <tbody>${methods.map(m => `<tr data-method="${esc(m.method || '')}" data-count="${m.count}"><td>${esc(label(m))}</td>
        <td>${m.count}</td><td>${share(m).toFixed(1)}%</td></tr>`).join('')}</tbody></table>`;
  const rows = [...methods].reverse(); // the first method on top
  chart(node.querySelector('.hf-methods'), {
    grid: { left: 150, right: 90, top: 10, bottom: 24 },
    tooltip: { trigger: 'item', formatter: p => `${esc(p.name)}: ${rows[p.dataIndex].count} / ${total} (${share(rows[p.dataIndex]).toFixed(1)}%)` },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map(label) },
    series: [{
      type: 'bar', colorBy: 'data', barMaxWidth: 18,
      data: rows.map(m => m.count),
      label: { show: true, position: 'right', formatter: p => `${rows[p.dataIndex].count} (${share(rows[p.dataIndex]).toFixed(1)}%)` },
    }],
  });
}

// complaint-handling instances with a task past its due date, grouped by severity
async function overdueComplaints(api) {
  const now = new Date().toISOString().replace('Z', '+0000');
  const base = api.engineApi;
  const tasks = await getJson(`${base}/task?processDefinitionKey=complaint-handling&dueBefore=${encodeURIComponent(now)}`
    + '&sortBy=dueDate&sortOrder=asc', api);
  const ids = [...new Set(tasks.map(t => t.processInstanceId))];
  if (ids.length === 0) return [];
  const [instances, severities] = await Promise.all([
    getJson(`${base}/process-instance?processInstanceIds=${ids.join(',')}`, api),
    getJson(`${base}/variable-instance?processInstanceIdIn=${ids.join(',')}&variableName=severity`, api),
  ]);
  const keyOf = Object.fromEntries(instances.map(p => [p.id, p.businessKey]));
  // the process-level variable wins over a local one of the same name (entries later in the list win)
  const severityOf = Object.fromEntries(severities
    .sort((a, b) => (a.activityInstanceId === a.processInstanceId) - (b.activityInstanceId === b.processInstanceId))
    .map(v => [v.processInstanceId, v.value]));
  return ids.map(id => ({
    id, caseNumber: keyOf[id] || id, severity: severityOf[id] || null,
    tasks: tasks.filter(t => t.processInstanceId === id),
  }));
}

function overdueTable(complaints) {
  if (complaints.length === 0) return `<p class="hf-overdue-none">${T.none}</p>`;
  const order = ['major', 'important', 'general', null];
  return order.map(severity => {
    const list = complaints.filter(c => (c.severity || null) === severity
      || (severity === null && !order.includes(c.severity)));
    if (list.length === 0) return '';
    const label = severity === null ? T.unknown : EN ? SEVERITY_EN[severity] : SEVERITY_ZH[severity];
    const rows = list.map(c => `<tr data-process-instance="${esc(c.id)}">
      <td><a href="#/process-instance/${esc(c.id)}/runtime">${esc(c.caseNumber)}</a></td>
      <td>${c.tasks.map(t => esc(t.name)).join('、')}</td>
      <td>${c.tasks.map(t => esc(new Date(t.due.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')).toLocaleString(EN ? 'en-GB' : 'zh-CN',
        { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' }))).join('、')}</td></tr>`).join('');
    return `<h4 class="hf-severity" data-severity="${esc(severity || '')}">${esc(label)} (${list.length})</h4>
      <table class="table table-condensed"><thead><tr><th>${T.caseNo}</th><th>${T.task}</th><th>${T.due}</th></tr></thead>
      <tbody>${rows}</tbody></table>`;
  }).join('');
}

// the project chooser and the chart/table toggle; the 12 months' sheet of the project chosen
function controls(projects) {
  return `<form class="form-inline hf-controls" style="margin-bottom:8px">
    <label>${T.project} <select class="form-control input-sm hf-project">
      <option value="">${T.allProjects}</option>
      ${projects.map(p => `<option value="${esc(p)}">${esc(p)}</option>`).join('')}</select></label>
    <button type="button" class="btn btn-default btn-sm hf-as-table" aria-pressed="false">${T.asTable}</button></form>`;
}

function trendSheetLink(periods, project) {
  const query = `from=${periods[0].from}&to=${periods[periods.length - 1].to}${project ? `&project=${encodeURIComponent(project)}` : ''}`;
  return `<p><a class="btn btn-default btn-sm hf-register" data-register="kpis" download
    href="/api/registers/kpis.xlsx?${query}">${esc(T.trendSheet)}</a></p>`;
}

let current = null;
let charts = [];

function disposeCharts() {
  charts.forEach(c => c.dispose());
  charts = [];
}

// the KPIs of the 12 months of one project ('' for the company), drawn into kpiNode
function showKpis(kpiNode, api, periods, project, token) {
  disposeCharts();
  kpiNode.dataset.loaded = '';
  kpiNode.dataset.project = project;
  const projectParam = project ? `&project=${encodeURIComponent(project)}` : '';
  return Promise.all(periods.map(p => getJson(`/api/kpis?from=${p.from}&to=${p.to}${projectParam}`, api)
    .then(report => ({ ...p, report }))))
    .then(reports => {
      if (token !== current || kpiNode.dataset.project !== project) return;
      const month = reports[reports.length - 1];
      kpiNode.innerHTML = `<h4>${T.month} (${month.label})</h4>${monthTable(month.report)}${yearTable(month.report)}${registerLinks(month.report)}
        <h4>${T.trend}</h4><div class="hf-trends"></div>${trendSheetLink(periods, project)}
        <h4>${T.methods}</h4><div class="hf-method-share"></div>`;
      trends(kpiNode.querySelector('.hf-trends'), reports);
      methodChart(kpiNode.querySelector('.hf-method-share'), month.report);
      kpiNode.dataset.loaded = 'true';
    })
    .catch(e => {
      kpiNode.innerHTML = `<p class="text-danger">${e.status === 403 ? T.forbidden : esc(T.failed + e.message)}</p>`;
      kpiNode.dataset.loaded = 'error';
    });
}

// 以表格显示: each chart's figures as its table instead of the chart, and back
function showAsTables(root, tables) {
  root.querySelectorAll('.hf-trend, .hf-methods').forEach(el => { el.hidden = tables; });
  root.querySelectorAll('.hf-trend-table, .hf-methods-table').forEach(el => { el.hidden = !tables; });
  charts.forEach(c => c.resize());
}

export default {
  id: 'huifang.kpiDashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node, { api }) => {
    const token = current = {};
    node.innerHTML = `<section class="huifang-kpi-dashboard" style="margin-bottom:20px">
      <h3>${T.title}</h3><div class="hf-control-bar"></div><div class="hf-kpis">${T.loading}</div>
      <h3>${T.overdue}</h3><div class="hf-overdue">${T.loading}</div></section>`;
    const kpiNode = node.querySelector('.hf-kpis');
    const overdueNode = node.querySelector('.hf-overdue');
    const periods = months();
    let tables = false;
    getJson('/api/kpis/projects', api).catch(() => []).then(projects => {
      if (token !== current) return;
      const bar = node.querySelector('.hf-control-bar');
      bar.innerHTML = controls(projects);
      bar.querySelector('.hf-project').addEventListener('change', e =>
        showKpis(kpiNode, api, periods, e.target.value, token).then(() => showAsTables(kpiNode, tables)));
      const toggle = bar.querySelector('.hf-as-table');
      toggle.addEventListener('click', () => {
        tables = !tables;
        toggle.textContent = tables ? T.asCharts : T.asTable;
        toggle.setAttribute('aria-pressed', String(tables));
        showAsTables(kpiNode, tables);
      });
    });
    showKpis(kpiNode, api, periods, '', token);
    overdueComplaints(api)
      .then(list => {
        if (token !== current) return;
        overdueNode.innerHTML = overdueTable(list);
        overdueNode.dataset.loaded = 'true';
      })
      .catch(e => {
        overdueNode.innerHTML = `<p class="text-danger">${esc(T.failed + e.message)}</p>`;
        overdueNode.dataset.loaded = 'error';
      });
  },
  unmount: () => {
    current = null;
    disposeCharts();
  },
};
