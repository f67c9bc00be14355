// Huifang: the KPI dashboard on Cockpit's start page (issue 7), a Camunda 7 frontend plugin (plugin point
// cockpit.dashboard) loaded through config.js's customScripts. Plain JavaScript, charts drawn as inline SVG:
// nothing is fetched from outside the application.
// - the revisit KPIs K1, K2, K3, K5, K6 of this month against their targets (GET /api/kpis, which accepts
//   the Cockpit session for reading), their trend over the last 12 months and the share by revisit method;
// - the overdue complaints by severity: complaint-handling tasks whose due date (the answer or resolution
//   deadline, set by ApplyServiceLevelListener) has passed, read from the engine REST API of the webapp
//   session (the user's own authorizations apply), each linked to its process instance in Cockpit;
// - links downloading the complaint log and the revisit record (.xlsx) of the month shown, from
//   GET /api/registers/*.xlsx, which accepts the Cockpit session for reading like /api/kpis.
// Chinese by default; an English browser (first language en-*) gets English labels, as the webapp does.

const ZONE = 'Asia/Shanghai'; // huifang.zone: months are the company's
const EN = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0] === 'en';
const T = EN ? {
  title: 'Revisit KPIs and overdue complaints', month: 'This month', trend: 'Trend, last 12 months',
  methods: 'Revisits by method, this month', overdue: 'Overdue complaints by severity', figure: 'KPI',
  ratio: 'Numerator / denominator', value: 'Value', target: 'Target', result: 'Result', met: '✓ met',
  missed: '✗ missed', noData: '– no data', atLeast: '≥ ', atMost: '≤ ', none: 'No overdue complaint.',
  caseNo: 'Case', task: 'Task', due: 'Due', loading: 'Loading…', failed: 'Could not load: ', revisits: 'revisits',
  forbidden: 'Only the office manager, the general manager and the senior housekeeper see the KPIs.',
  unknown: 'not classified', answered: 'answered in time', resolved: 'resolved in time',
  complaintLog: 'Download the complaint log (客户投诉登记表)', revisitRecord: 'Download the revisit record (回访记录表)',
} : {
  title: '回访指标与超时投诉', month: '本月', trend: '近12个月趋势', methods: '本月回访方式构成',
  overdue: '超时投诉(按严重程度)', figure: '指标', ratio: '分子 / 分母', value: '实际值', target: '目标',
  result: '结果', met: '✓ 达标', missed: '✗ 未达标', noData: '– 无数据', atLeast: '≥ ', atMost: '≤ ',
  none: '没有超时的投诉。', caseNo: '案件编号', task: '当前任务', due: '到期时间', loading: '正在加载…',
  failed: '加载失败: ', revisits: '次回访', unknown: '未分级', answered: '按时答复率', resolved: '按时解决率',
  forbidden: '只有管理处经理、分公司总经理和物业大管家可以查看回访指标。',
  complaintLog: '下载客户投诉登记表', revisitRecord: '下载回访记录表',
};
const NAMES_EN = { K1: 'Complaint revisit rate', K2: 'On-site revisits with signature', K3: 'Phone and letter revisits',
  K5: 'Satisfaction rate' };
const SEVERITY_EN = { general: 'general', important: 'important', major: 'major' };
const METHOD_EN = { phone: 'phone', onSite: 'on site', letter: 'letter', openLetter: 'open letter',
  questionnaire: 'SMS/e-mail questionnaire' };
const SEVERITY_ZH = { general: '一般', important: '重要', major: '重大' };
const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];

function esc(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

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

async function getJson(url, api) {
  const response = await fetch(url, {
    credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken || '' },
  });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw Object.assign(new Error(body.message || `HTTP ${response.status}`), { status: response.status });
  }
  return response.json();
}

// the figures of a report, one row each: K1, K2, K3, K5, then K6 per severity (answered, resolved)
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
  return rows;
}

// K6 of all severities together, for the trend
function serviceLevelTotal(report, which) {
  const n = report.serviceLevel.reduce((s, l) => s + l[which].numerator, 0);
  const d = report.serviceLevel.reduce((s, l) => s + l[which].denominator, 0);
  return d === 0 ? null : Math.round(n * 1000 / d) / 10;
}

function percent(value) {
  return value === null || value === undefined ? '–' : `${Number(value).toFixed(1)}%`;
}

function monthTable(report) {
  const rows = figures(report).map(({ key, figure, name }) => {
    const mark = figure.denominator === 0 ? T.noData : figure.missed ? T.missed : T.met;
    const style = figure.denominator === 0 ? 'color:#777' : figure.missed ? 'color:#c9302c;font-weight:bold' : 'color:#3c763d';
    return `<tr data-kpi="${esc(key)}" data-rule="${esc(figure.rule)}">
      <td>${esc(figure.rule)} ${esc(name)}</td>
      <td class="hf-ratio">${figure.numerator} / ${figure.denominator}</td>
      <td class="hf-value">${percent(figure.value)}</td>
      <td class="hf-target">${figure.bound === 'AT_MOST' ? T.atMost : T.atLeast}${percent(figure.target)}</td>
      <td class="hf-result" data-missed="${figure.missed}" style="${style}">${mark}</td></tr>`;
  }).join('');
  return `<table class="table table-condensed hf-month" data-from="${esc(report.from)}" data-to="${esc(report.to)}">
    <thead><tr><th>${T.figure}</th><th>${T.ratio}</th><th>${T.value}</th><th>${T.target}</th><th>${T.result}</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
}

// the registers of the period shown, as .xlsx downloads (RegisterController); the session cookie goes along
function registerLinks(report) {
  const period = `from=${encodeURIComponent(report.from)}&to=${encodeURIComponent(report.to)}`;
  return `<p class="hf-registers">${[['complaints', T.complaintLog], ['revisits', T.revisitRecord]].map(([register, label]) =>
    `<a class="btn btn-default btn-sm hf-register" data-register="${register}" download
      href="/api/registers/${register}.xlsx?${period}">${esc(label)}</a>`)
    .join(' ')}</p>`;
}

// one small line chart (0–100 %) of a figure over the months, its target as a dashed line
function trendChart(title, labels, values, target) {
  const w = 300, h = 130, left = 30, top = 18, plotW = 260, plotH = 90;
  const x = i => left + (labels.length === 1 ? 0 : i * plotW / (labels.length - 1));
  const y = v => top + plotH - v * plotH / 100;
  let path = '', dots = '';
  values.forEach((v, i) => {
    if (v === null) return;
    path += `${path && values[i - 1] !== null ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)} `;
    dots += `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="2.5" fill="#1f77b4"><title>${labels[i]}: ${percent(v)}</title></circle>`;
  });
  const grid = [0, 50, 100].map(v => `<line x1="${left}" x2="${left + plotW}" y1="${y(v)}" y2="${y(v)}" stroke="#eee"/>
    <text x="${left - 4}" y="${y(v) + 3}" font-size="9" text-anchor="end" fill="#777">${v}</text>`).join('');
  const ticks = labels.map((l, i) => i % 3 === 0 || i === labels.length - 1
    ? `<text x="${x(i)}" y="${top + plotH + 12}" font-size="9" text-anchor="middle" fill="#777">${l.slice(2)}</text>` : '').join('');
  const targetLine = target === null ? '' : `<line x1="${left}" x2="${left + plotW}" y1="${y(target)}" y2="${y(target)}"
    stroke="#d62728" stroke-dasharray="4 3"><title>${T.target} ${percent(target)}</title></line>`;
  return `<svg class="hf-trend" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(title)}">
    <text x="${left}" y="11" font-size="11" font-weight="bold">${esc(title)}</text>${grid}${targetLine}
    <path d="${path}" fill="none" stroke="#1f77b4" stroke-width="1.5"/>${dots}${ticks}</svg>`;
}

function trends(reports) {
  const labels = reports.map(r => r.label);
  const charts = ['revisitRate', 'onSiteWithSignature', 'phoneOrLetter', 'satisfaction'].map(key => {
    const first = reports[reports.length - 1].report[key];
    return trendChart(`${first.rule} ${EN ? NAMES_EN[first.rule] : first.name}`, labels,
      reports.map(r => r.report[key].value === null ? null : Number(r.report[key].value)), Number(first.target));
  });
  charts.push(trendChart(`K6 ${T.answered}`, labels, reports.map(r => serviceLevelTotal(r.report, 'answeredInTime')), 100));
  charts.push(trendChart(`K6 ${T.resolved}`, labels, reports.map(r => serviceLevelTotal(r.report, 'resolvedInTime')), 100));
  return `<div style="display:flex;flex-wrap:wrap;gap:8px">${charts.join('')}</div>`;
}

// the share of each revisit method as horizontal bars
function methodChart(report) {
  const methods = report.revisitMethods;
  const total = methods.reduce((s, m) => s + m.count, 0);
  const rowH = 20, w = 520, barX = 160, barW = 260;
  const bars = methods.map((m, i) => {
    const share = total === 0 ? 0 : m.count / total;
    const label = EN ? (METHOD_EN[m.method] || 'not recorded') : m.label;
    return `<g data-method="${esc(m.method || '')}" data-count="${m.count}">
      <text x="${barX - 6}" y="${i * rowH + 14}" font-size="11" text-anchor="end">${esc(label)}</text>
      <rect x="${barX}" y="${i * rowH + 4}" width="${(share * barW).toFixed(1)}" height="${rowH - 6}" fill="${COLORS[i % COLORS.length]}"/>
      <text x="${barX + share * barW + 6}" y="${i * rowH + 14}" font-size="11">${m.count} (${(share * 100).toFixed(1)}%)</text></g>`;
  }).join('');
  return `<svg class="hf-methods" width="${w}" height="${methods.length * rowH + 6}" role="img" aria-label="${esc(T.methods)}">${bars}</svg>
    <div class="text-muted">${total} ${T.revisits}</div>`;
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

let current = null;

export default {
  id: 'huifang.kpiDashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node, { api }) => {
    const token = current = {};
    node.innerHTML = `<section class="huifang-kpi-dashboard" style="margin-bottom:20px">
      <h3>${T.title}</h3><div class="hf-kpis">${T.loading}</div>
      <h3>${T.overdue}</h3><div class="hf-overdue">${T.loading}</div></section>`;
    const kpiNode = node.querySelector('.hf-kpis');
    const overdueNode = node.querySelector('.hf-overdue');
    const periods = months();
    Promise.all(periods.map(p => getJson(`/api/kpis?from=${p.from}&to=${p.to}`, api).then(report => ({ ...p, report }))))
      .then(reports => {
        if (token !== current) return;
        const month = reports[reports.length - 1];
        kpiNode.innerHTML = `<h4>${T.month} (${month.label})</h4>${monthTable(month.report)}${registerLinks(month.report)}
          <h4>${T.trend}</h4>${trends(reports)}<h4>${T.methods}</h4>${methodChart(month.report)}`;
        kpiNode.dataset.loaded = 'true';
      })
      .catch(e => {
        kpiNode.innerHTML = `<p class="text-danger">${e.status === 403 ? T.forbidden : esc(T.failed + e.message)}</p>`;
        kpiNode.dataset.loaded = 'error';
      });
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
  unmount: () => { current = null; },
};
