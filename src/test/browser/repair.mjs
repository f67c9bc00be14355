// Real-browser test of a property repair request (报修, rules P1–P4) and a revisit's new issue (R4), through the
// Camunda Forms in Tasklist only: kefu receives a repair (受理业主报修), gongcheng (engineering) arrives and fills the
// 维修申请单 with the owner's signature, kefu checks the record and revisits the owner, who is satisfied but asks for
// another repair; the revisit form then asks 报修部位, 故障类别 and 紧急程度 (shown only for 报修), and the new issue
// becomes a repair request of its own, naming the revisited one.
// Run by .ci/browser-test.sh against the demo app.

import {
  launch, step, finish, log, check, shot, page, login, switchUser, openTask, claim, choose, completeTask,
  expectNoErrors, engineJson, fillFields, submitForm, dateInZone, fillDateTime, USERS,
} from './lib.mjs';

const KEFU = USERS.customerService;
const ENGINEER = { id: 'gongcheng', shown: '吴磊' };
const stamp = Date.now();
let number;

await launch('repair.mjs');

await step('r1. kefu receives a repair in Tasklist (受理业主报修: 服务热线, 户内, 给排水, 一般)', async () => {
  const who = await login('tasklist', KEFU.id, KEFU.shown);
  log(`  logged in as ${who}`);
  await page.locator('.start-process-action a, a:has-text("Start process")').first().click();
  const modal = page.locator('.modal-dialog');
  await modal.locator('ul.processes a', { hasText: '物业报修' }).first().click();
  const form = modal.locator('.fjs-form');
  await form.waitFor({ state: 'visible' });
  await choose(form, '报修渠道', '服务热线');
  await form.getByLabel('户内', { exact: true }).check();
  await form.getByLabel('一般', { exact: true }).check();
  await choose(form, '故障类别', '给排水(漏水、堵塞)');
  await fillFields(form, { 业主姓名: '王建国', 房号: '3栋2单元1101', 联系电话: '13800138000' });
  await form.getByLabel('报修内容').fill(`浏览器测试 ${stamp}:厨房水槽下水管漏水`);
  check(!(await form.getByLabel('回访的案件编号').isVisible()), 'the revisit case number shows for a hotline repair');
  await expectNoErrors(form);
  await shot('repair-01-intake-filled.png');
  const { resp, vars } = await submitForm(/\/process-definition\/[^/]+\/submit-form$/,
    () => modal.getByRole('button', { name: 'Start', exact: true }).click());
  check(resp.status() === 200, `starting the repair answered HTTP ${resp.status()}: ${await resp.text()}`);
  check(vars.faultKind?.value === 'water' && vars.place?.value === 'indoor', `submitted ${JSON.stringify(vars)}`);
  number = (await resp.json()).businessKey;
  check(/^WX-\d{8}-\d{4}$/.test(number || ''), `the repair has number "${number}"`);
  await modal.waitFor({ state: 'detached' });
  log(`  received ${number}`);
});

await step('r2. gongcheng arrives (到场查勘) within the response time of the service-level table (P2)', async () => {
  await switchUser('tasklist', ENGINEER);
  const { taskId, form } = await openTask('我组的任务', '到场查勘', number);
  check((await form.getByLabel('责任部门').inputValue()) === '工程部', 'the repair is not engineering\'s');
  check((await form.getByLabel('到场时限').inputValue()).length > 0, 'the form shows no response deadline');
  await claim(ENGINEER);
  await form.getByLabel('维修人员').fill(ENGINEER.shown);
  await form.getByLabel('查勘情况').fill('下水管接口老化渗漏');
  await expectNoErrors(form);
  await completeTask(taskId);
});

await step('r3. gongcheng fills the 维修申请单: fixed, the owner signs (P3, R2)', async () => {
  const { taskId, form } = await openTask('我组的任务', '填写维修申请单', number);
  await claim(ENGINEER);
  await form.getByLabel('本次维修内容').fill('更换下水管接口及密封圈');
  await form.getByLabel('人工(人数、工时)').fill('1人 0.5工时');
  check(!(await form.getByLabel('业主已在维修申请单上签字').isVisible()), 'the signature shows before the repair is fixed');
  await form.getByLabel('已修好').check();
  await form.getByLabel('业主已在维修申请单上签字').check();
  await expectNoErrors(form);
  await shot('repair-02-work-order.png');
  const vars = await completeTask(taskId);
  check(vars.fixed?.value === true, `fixed submitted as ${JSON.stringify(vars.fixed)}`);
});

await step('r4. kefu checks the record (核查报修记录): solved (P4)', async () => {
  await switchUser('tasklist', KEFU);
  const { taskId, form } = await openTask('我组的任务', '核查报修记录', number);
  await claim(KEFU);
  check((await form.getByLabel('维修记录').inputValue()).includes('更换下水管接口'), 'the check does not show the work done');
  await form.getByLabel('根据记录,报修事项已解决').check();
  await completeTask(taskId);
});

let revisitInstance;
await step('r5. kefu revisits the owner: satisfied, and the owner asks for another repair (R4: 报修 asks place, kind, urgency)', async () => {
  const { taskId, form } = await openTask('我组的任务', '回访业主', number);
  await claim(KEFU);
  revisitInstance = (await engineJson(`/task/${taskId}`)).processInstanceId;
  await choose(form, '回访方式', '电话回访');
  await form.getByLabel('满意', { exact: true }).check();
  await form.getByLabel('处理效果').fill('不再漏水');
  await form.getByLabel('业主又提出了新的投诉、报修或意见建议,不能当即答复').check();
  const faultKind = form.locator('.fjs-form-field-select', { hasText: '故障类别' });
  check(await faultKind.count() === 0, 'the repair questions show before 报修 is chosen');
  await form.getByLabel('报修', { exact: true }).check();
  await faultKind.waitFor({ state: 'visible' });
  await form.getByLabel('公共区域', { exact: true }).check();
  await form.getByLabel('一般', { exact: true }).check();
  await choose(form, '故障类别', '供电照明');
  await form.getByLabel('新问题内容').fill(`浏览器测试 ${stamp}:楼道声控灯不亮`);
  const tomorrow = dateInZone(1);
  await fillDateTime(form, '预约答复日期', tomorrow.typed, '10:00');
  await expectNoErrors(form);
  await shot('repair-03-revisit-new-repair.png');
  const vars = await completeTask(taskId);
  check(vars.newIssueType?.value === 'repair' && vars.newIssueFaultKind?.value === 'power'
    && vars.newIssuePlace?.value === 'public', `submitted ${JSON.stringify(vars)}`);
});

await step('r6. the new issue became a repair request of its own, naming the revisited one; the first repair is done', async () => {
  let opened = [];
  for (let i = 0; i < 30 && !opened.length; i++) {
    opened = await engineJson(`/history/variable-instance?processInstanceId=${revisitInstance}&variableName=followUpCaseNumber`);
    if (!opened.length) await page.waitForTimeout(2000);
  }
  check(opened.length === 1, 'the revisit opened no new case');
  const newNumber = opened[0].value;
  check(/^WX-\d{8}-\d{4}$/.test(newNumber) && newNumber !== number, `the new case is "${newNumber}"`);
  const instances = await engineJson(`/process-instance?businessKey=${encodeURIComponent(newNumber)}`);
  check(instances.length === 1, `${instances.length} running cases ${newNumber}`);
  const vars = await engineJson(`/process-instance/${instances[0].id}/variables`);
  check(vars.channel?.value === 'revisit' && vars.originCaseNumber?.value === number && vars.faultKind?.value === 'power',
    `the new repair has ${JSON.stringify({ channel: vars.channel, origin: vars.originCaseNumber, kind: vars.faultKind })}`);
  log(`  ${number} → ${newNumber} (回访中提出)`);
  const first = await engineJson(`/history/process-instance?processInstanceBusinessKey=${encodeURIComponent(number)}&processDefinitionKey=property-repair`);
  check(first.length === 1 && first[0].state === 'COMPLETED', `the first repair is ${JSON.stringify(first.map(p => p.state))}`);
});

await finish();
