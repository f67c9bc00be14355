// Real-browser test of the annual customer survey (年度顾客意见调查, rules S1, S2, K7): in the demo app, jingli (the
// office manager) starts 锦绣华庭's survey of this year in Tasklist (4 households of the owner register); kefu imports
// three returned questionnaires as CSV (POST /api/surveys/{number}/returns) and records the fourth, with one 不满意
// on 收费, in Tasklist; with every questionnaire back the survey closes and the 不满意 return and a sample of the others
// are verified by owner revisits (回访业主), which kefu does; jingli then finds the project's results, final, in the
// survey section of Cockpit's dashboard: return rate 100 %, 收费 75.0 %, the project 95.8 % (23 of 24 answers).
// Run by .ci/browser-test.sh against the demo app (DemoOwners, DemoSurveys).

import {
  launch, step, finish, log, check, shot, page, login, switchUser, openTask, claim, choose, completeTask, submitForm,
  expectNoErrors, engineJson, dateInZone, BASE_URL, PASSWORD, USERS,
} from './lib.mjs';

const PROJECT = '锦绣华庭';
const UI_UNIT = '6栋1203';
const CSV_UNITS = ['8栋2单元201', '10栋1601', '12栋3单元904'];
const ITEMS = ['客户服务', '安全秩序', '清洁卫生', '绿化', '工程维修', '收费'];

async function api(user, method, path, body, contentType) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${user}:${PASSWORD}`).toString('base64')}`,
      Accept: 'application/json', ...(contentType ? { 'Content-Type': contentType } : {}),
    },
    body,
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

await launch('survey.mjs');

let number;
let surveyId;
const year = Number(dateInZone(0).iso.slice(0, 4));

await step('s1. jingli starts this year\'s survey of 锦绣华庭 in Tasklist: a questionnaire per household (S1)', async () => {
  await login('tasklist', USERS.officeManager.id, USERS.officeManager.shown);
  await page.locator('.start-process-action a, a:has-text("Start process")').first().click();
  const modal = page.locator('.modal-dialog');
  await modal.locator('ul.processes a', { hasText: '年度顾客意见调查' }).click();
  const form = modal.locator('.fjs-form');
  await form.waitFor({ state: 'visible' });
  await form.getByLabel(/^项目\*?$/).fill(PROJECT);
  await form.getByLabel(/^年度\*?$/).fill(String(year));
  const deadline = form.getByLabel(/^回收截止日期\*?$/);
  await deadline.click();
  await deadline.fill(dateInZone(30).typed);
  await deadline.press('Enter');
  await form.locator('h2').first().click();
  await shot('survey-01-start-form.png');
  const { resp, vars } = await submitForm(/\/process-definition\/[^/]+\/submit-form$/,
    () => modal.getByRole('button', { name: 'Start', exact: true }).click());
  check(resp.status() === 200, `starting the survey answered HTTP ${resp.status()}: ${await resp.text()}`);
  check(vars.project?.value === PROJECT, `submitted ${JSON.stringify(vars)}`);
  const started = await resp.json();
  number = started.businessKey;
  surveyId = started.id;
  check(/^DC-\d{8}-\d{4}$/.test(number || ''), `the survey has business key "${number}"`);
  await modal.waitFor({ state: 'detached' });
  const view = await api(USERS.officeManager.id, 'GET', `/api/surveys/${number}`);
  check(view.status === 200 && view.json.households === 4, `GET /api/surveys/${number}: ${JSON.stringify(view)}`);
  log(`  started ${number}: ${view.json.households} questionnaires`);
});

await step('s2. kefu imports three returned questionnaires from a spreadsheet (CSV)', async () => {
  const csv = `房号,${ITEMS.join(',')},意见\n` + CSV_UNITS.map(u => `${u},${ITEMS.map(() => '满意').join(',')},`).join('\n') + '\n';
  const imported = await api(USERS.customerService.id, 'POST', `/api/surveys/${number}/returns`, csv, 'text/csv');
  check(imported.status === 200 && imported.json.imported === 3, `import answered ${JSON.stringify(imported)}`);
  const again = await api(USERS.customerService.id, 'POST', `/api/surveys/${number}/returns`, csv, 'text/csv');
  check(again.status === 400 && /已回收登记/.test(JSON.stringify(again.json)), `a second import answered ${JSON.stringify(again)}`);
});

await step('s3. kefu records the fourth in Tasklist (登记回收问卷), 收费 不满意; every questionnaire is back', async () => {
  await switchUser('tasklist', USERS.customerService);
  const { taskId, form } = await openTask('我组的任务', '登记回收问卷', number);
  await claim(USERS.customerService);
  check((await form.getByLabel('回收情况').inputValue()).includes('已回收 3 / 4'), 'the task does not show 3 of 4 returned');
  await form.getByLabel(/^房号\*?$/).fill(UI_UNIT);
  for (const item of ITEMS) {
    await choose(form, item, item === '收费' ? '不满意' : '很满意');
  }
  await form.getByLabel('其他意见和建议').fill('物业费收费标准不清楚');
  await expectNoErrors(form);
  await shot('survey-02-return-filled.png');
  const vars = await completeTask(taskId);
  check(vars.item_charges?.value === 'dissatisfied', `item_charges submitted as ${JSON.stringify(vars.item_charges)}`);
});

await step('s4. kefu verifies the 不满意 return and the sample by owner revisits (回访业主), the owners satisfied (S2)', async () => {
  let revisits = [];
  for (let i = 0; i < 15 && revisits.length < 2; i++) {
    revisits = await engineJson(`/process-instance?superProcessInstance=${surveyId}`);
    if (revisits.length < 2) await page.waitForTimeout(1000);
  }
  check(revisits.length === 2, `${revisits.length} verification revisits, expected the 不满意 one and a sample of one`);
  const units = [];
  for (const revisit of revisits) {
    units.push((await engineJson(`/process-instance/${revisit.id}/variables/unit`)).value);
  }
  check(units.includes(UI_UNIT), `the 不满意 return ${UI_UNIT} is not among the revisits: ${units}`);
  for (const revisit of revisits) {
    const { taskId, form } = await openTask('我组的任务', '回访业主', number, revisit.id);
    await claim(USERS.customerService);
    await choose(form, '回访方式', '电话回访');
    await form.getByLabel('满意', { exact: true }).check();
    await form.getByLabel('处理效果').fill('已向业主解释收费标准');
    await expectNoErrors(form);
    await completeTask(taskId);
  }
  const view = await api(USERS.officeManager.id, 'GET', `/api/surveys/${number}`);
  check(view.json.resultsFinal === true && view.json.verified === 2, `after the revisits: ${JSON.stringify(view.json)}`);
});

await step('s5. jingli sees 锦绣华庭\'s results, final, in the survey section of Cockpit\'s dashboard (K7, S2)', async () => {
  await switchUser('cockpit', USERS.officeManager);
  const section = page.locator('section.huifang-survey-dashboard');
  await section.waitFor({ state: 'visible' });
  await section.locator('.hf-survey-list[data-loaded="true"]').waitFor();
  const row = section.locator(`tr[data-survey="${number}"]`);
  check(await row.count() === 1, `the dashboard has no row for ${number}`);
  check(await row.getAttribute('data-final') === 'true', 'the results are not shown as final');
  check((await row.locator('.hf-return-rate').innerText()).includes('100.0%'), 'the return rate is not 100.0%');
  check((await row.locator('.hf-item[data-item="charges"]').innerText()).trim() === '75.0%', '收费 is not 75.0%');
  check((await row.locator('.hf-overall').innerText()).trim() === '95.8%', 'the project is not 95.8%');
  await section.scrollIntoViewIfNeeded();
  await shot('survey-03-dashboard.png');
});

await finish();
