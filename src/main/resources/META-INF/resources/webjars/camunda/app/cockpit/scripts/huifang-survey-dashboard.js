// Huifang: the annual customer survey section of Cockpit's start page (issue 19, S1, S2, K7), a Camunda 7 frontend
// plugin (plugin point cockpit.dashboard, below the KPI dashboard) loaded through config.js's customScripts. Plain
// JavaScript, nothing fetched from outside. Per project and year (GET /api/surveys, which accepts the Cockpit session
// for reading and answers with the caller's offices' surveys): the return rate against K7's 60 %, the satisfaction
// per item by K5's formula and the project's, whether the results are final (every 不满意 return and the sample
// verified by a revisit), and the results sheet (GET /api/registers/surveys/{number}.xlsx).
// Chinese by default; an English browser (first language en-*) gets English labels, as the webapp does.

import { esc, getJson } from './huifang-api.js';

const EN = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0] === 'en';
const T = EN ? {
  title: 'Annual customer survey (S1, S2, K7)', project: 'Project', year: 'Year', status: 'Status',
  returned: 'Returned', rate: 'Return rate (K7 ≥ 60%)', overall: 'Project satisfaction', met: '✓', missed: '✗',
  final: 'final', pending: 'awaiting verification', sheet: 'Results (.xlsx)', none: 'No survey yet.',
  loading: 'Loading…', failed: 'Could not load: ', note: 'Satisfaction = (very satisfied + satisfied + fairly satisfied)'
    + ' / answers (K5). Results count once every dissatisfied return and the sample are verified by a revisit.',
  forbidden: 'Only customer service, the office manager, the general manager and the senior housekeeper see surveys.',
} : {
  title: '年度顾客意见调查(S1、S2、K7)', project: '项目', year: '年度', status: '状态', returned: '回收',
  rate: '回收率(K7 ≥ 60%)', overall: '项目满意率', met: '✓ 达标', missed: '✗ 未达标', final: '结果有效',
  pending: '待回访核实', sheet: '下载调查结果表', none: '尚无顾客意见调查。', loading: '正在加载…', failed: '加载失败: ',
  note: '满意率 =(很满意 + 满意 + 较满意)/ 评价总数(K5)。所有“不满意”问卷及抽样问卷经回访核实后,结果才有效。',
  forbidden: '只有客户服务中心、管理处经理、分公司总经理和物业大管家可以查看顾客意见调查。',
};

function percent(value) {
  return value === null || value === undefined ? '–' : `${Number(value).toFixed(1)}%`;
}

// one row per survey (project and year); one column per item, in the order the surveys name them
function surveyTable(surveys) {
  if (surveys.length === 0) return `<p class="hf-survey-none">${T.none}</p>`;
  const items = [];
  surveys.forEach(s => s.items.forEach(i => { if (!items.some(x => x.id === i.id)) items.push({ id: i.id, label: i.label }); }));
  const rows = surveys.map(s => {
    const byId = Object.fromEntries(s.items.map(i => [i.id, i]));
    const style = s.returnRatePercent === null ? 'color:#777' : s.returnTargetMet ? 'color:#3c763d' : 'color:#c9302c;font-weight:bold';
    return `<tr data-survey="${esc(s.surveyNumber)}" data-project="${esc(s.project)}" data-year="${s.year}" data-final="${s.resultsFinal}">
      <td>${esc(s.project)}</td><td>${s.year}</td>
      <td>${esc(s.statusLabel)}<br><small class="hf-final">${s.resultsFinal ? T.final : T.pending}</small></td>
      <td class="hf-returned">${s.returned} / ${s.households}</td>
      <td class="hf-return-rate" data-met="${s.returnTargetMet}" style="${style}">${percent(s.returnRatePercent)}
        ${s.returnRatePercent === null ? '' : s.returnTargetMet ? T.met : T.missed}</td>
      ${items.map(i => `<td class="hf-item" data-item="${esc(i.id)}">${byId[i.id] ? percent(byId[i.id].satisfactionPercent) : ''}</td>`).join('')}
      <td class="hf-overall">${percent(s.projectSatisfaction.satisfactionPercent)}</td>
      <td><a class="btn btn-default btn-xs hf-survey-sheet" download
        href="/api/registers/surveys/${encodeURIComponent(s.surveyNumber)}.xlsx">${esc(T.sheet)}</a></td></tr>`;
  }).join('');
  return `<table class="table table-condensed hf-surveys"><thead><tr><th>${T.project}</th><th>${T.year}</th>
    <th>${T.status}</th><th>${T.returned}</th><th>${T.rate}</th>${items.map(i => `<th>${esc(i.label)}</th>`).join('')}
    <th>${T.overall}</th><th></th></tr></thead><tbody>${rows}</tbody></table><p class="text-muted"><small>${esc(T.note)}</small></p>`;
}

export default {
  id: 'huifang.surveyDashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 90,
  render: (node, { api }) => {
    node.innerHTML = `<section class="huifang-survey-dashboard" style="margin-bottom:20px">
      <h3>${T.title}</h3><div class="hf-survey-list">${T.loading}</div></section>`;
    const list = node.querySelector('.hf-survey-list');
    getJson('/api/surveys', api)
      .then(surveys => {
        list.innerHTML = surveyTable(surveys);
        list.dataset.loaded = 'true';
      })
      .catch(e => {
        list.innerHTML = `<p class="text-danger">${e.status === 403 ? T.forbidden : esc(T.failed + e.message)}</p>`;
        list.dataset.loaded = 'error';
      });
  },
};
