// Real-browser test of the mall's service-feedback tracking (建材城服务反馈表, rules M1–M6): jiancai
// (mall-service-desk) registers a purchase with one service through the Camunda Form start form; the feedback
// form runs through Tasklist: shanghu (华美地板's staff) serves and has the customer fill it, jiancai receives it,
// revisits the customer and verifies it; then the form's score is in the merchant's scores API.
// Run by .ci/browser-test.sh against the demo app (merchant m01 with certified staff S101 = shanghu).

import {
  BASE_URL, PASSWORD, launch, step, finish, page, log, check, shot, login, switchUser, submitForm, openTask,
  claim, choose, completeTask, expectNoErrors, dateInZone, fillFields,
} from './lib.mjs';

const DESK = { id: 'jiancai', shown: '林娜' };
const MERCHANT = { id: 'shanghu', shown: '黄杰' };

await launch('mall.mjs');

const customer = `浏览器测试顾客${Date.now()}`;
const today = dateInZone(0);
let caseNumber;
let formNumber;

await step('m1. jiancai registers a purchase (办理服务保险卡): 华美地板, install, brought to the desk by the merchant', async () => {
  const who = await login('tasklist', DESK.id, DESK.shown);
  log(`  logged in as ${who}`);
  await page.locator('.start-process-action a, a:has-text("Start process")').first().click();
  const modal = page.locator('.modal-dialog');
  await modal.locator('ul.processes a', { hasText: '建材城服务反馈表' }).click();
  const form = modal.locator('.fjs-form');
  await form.waitFor({ state: 'visible' });
  // the first of the form's three merchant rows
  await fillFields(form, {
    服务保险卡号: 'BX-BROWSER-1', 顾客姓名: customer, 联系电话: '13800138000', 服务地址: '3栋2单元1101',
    商户编号: 'm01', 所购商品: '实木复合地板 35㎡',
  });
  const date = form.getByLabel(/^预约服务日期\*?$/).first();
  await date.click();
  await date.fill(today.typed);
  await date.press('Enter');
  await form.getByLabel('安装', { exact: true }).first().check();
  await form.getByLabel('商户服务人员带顾客到客服中心办理').first().check();
  await expectNoErrors(form);
  await shot('mall-01-purchase-filled.png');
  const { resp, vars } = await submitForm(/\/process-definition\/[^/]+\/submit-form$/,
    () => modal.getByRole('button', { name: 'Start', exact: true }).click());
  check(resp.status() === 200, `starting the purchase answered HTTP ${resp.status()}: ${await resp.text()}`);
  check(vars.customerName?.value === customer, `customerName submitted as ${JSON.stringify(vars.customerName)}`);
  await modal.waitFor({ state: 'detached' });
  caseNumber = (await resp.json()).businessKey;
  check(/^JC-\d{8}-\d{4}$/.test(caseNumber || ''), `the purchase has business key "${caseNumber}"`);
  formNumber = `${caseNumber}-01`;
  log(`  registered ${caseNumber}; feedback form ${formNumber}`);
});

await step('m2. shanghu (华美地板) serves: 上门服务 by registered, certified staff S101 (M3)', async () => {
  await switchUser('tasklist', MERCHANT);
  const { taskId, form } = await openTask('我组的任务', '上门服务', formNumber);
  check((await form.getByLabel('服务项目').inputValue()) === '安装', 'the form does not show the service 安装');
  await claim(MERCHANT);
  await form.getByLabel('服务人员备案工号').fill('S101');
  await form.getByLabel('服务情况').fill('按约上门安装,完工清理现场');
  await expectNoErrors(form);
  await shot('mall-02-serve-filled.png');
  const vars = await completeTask(taskId);
  check(vars.serverStaffId?.value === 'S101', `serverStaffId submitted as ${JSON.stringify(vars.serverStaffId)}`);
});

await step('m3. the customer checks the result and fills the form (顾客验收并填写服务反馈表, M4)', async () => {
  const { taskId, form } = await openTask('我组的任务', '顾客验收并填写服务反馈表', formNumber);
  await claim(MERCHANT);
  await form.getByLabel('很满意', { exact: true }).check();
  await form.getByLabel('意见和建议').fill('安装师傅很专业');
  await form.getByLabel('顾客签名').fill(customer);
  await expectNoErrors(form);
  const vars = await completeTask(taskId);
  check(vars.customerRating?.value === 'verySatisfied', `customerRating submitted as ${JSON.stringify(vars.customerRating)}`);
});

await step('m4. jiancai receives the returned form in time (接收交回的服务反馈表, M4)', async () => {
  await switchUser('tasklist', DESK);
  const { taskId } = await openTask('我组的任务', '接收交回的服务反馈表', formNumber);
  await claim(DESK);
  await completeTask(taskId);
});

await step('m5. jiancai revisits the customer (回访业主, the shared owner revisit): satisfied', async () => {
  const { taskId, form } = await openTask('我组的任务', '回访业主', formNumber);
  await claim(DESK);
  await choose(form, '回访方式', '电话回访');
  await form.getByLabel('满意', { exact: true }).check();
  await form.getByLabel('处理效果').fill('地板安装平整,顾客满意');
  await expectNoErrors(form);
  await completeTask(taskId);
});

await step('m6. jiancai verifies the form (核实服务反馈表, M5): service done, signature genuine', async () => {
  const { taskId, form } = await openTask('我组的任务', '核实服务反馈表', formNumber);
  await claim(DESK);
  await form.locator('.fjs-form-field-radio', { hasText: '回访确认服务已完成' }).getByLabel('是', { exact: true }).check();
  await form.locator('.fjs-form-field-radio', { hasText: '签字是顾客本人所签' }).getByLabel('是', { exact: true }).check();
  await form.getByLabel('核实说明').fill('电话回访,顾客确认本人签字');
  await expectNoErrors(form);
  await shot('mall-03-verify-filled.png');
  await completeTask(taskId);
});

await step('m7. the score (M6) is in 华美地板\'s scores for this month, and the total adds up', async () => {
  const month = today.iso.slice(0, 7);
  const auth = 'Basic ' + Buffer.from(`${MERCHANT.id}:${PASSWORD}`).toString('base64');
  let body;
  for (let attempt = 0; attempt < 10; attempt++) {
    const r = await fetch(`${BASE_URL}/api/mall/merchants/m01/scores?month=${month}`, { headers: { Authorization: auth } });
    check(r.status === 200, `GET scores as shanghu answered HTTP ${r.status}`);
    body = await r.json();
    if (body.forms.some(f => f.formNumber === formNumber)) break;
    await page.waitForTimeout(1000);
  }
  const line = body.forms.find(f => f.formNumber === formNumber);
  check(line, `${formNumber} is not among the scores: ${JSON.stringify(body.forms.map(f => f.formNumber))}`);
  check(line.score === 100, `${formNumber} scored ${line.score} (${line.reason}), expected 100 (顾客很满意)`);
  const sum = body.forms.reduce((total, f) => total + f.score, 0);
  check(body.total === sum, `total ${body.total} is not the sum of the lines ${sum}`);
  log(`  ${formNumber}: ${line.score} (${line.reason}); 华美地板 ${month} total ${body.total}`);
});

await finish();
