// Real-browser test of the procurement supplier revisits (采购行为回访, rules Q3–Q4): in the demo app, last
// quarter's sample waits for finance; caiwu revisits one sampled purchase in Tasklist and records a doubt
// (采购物资供方回访表), caigou (the buyer) explains it, caiwu does not accept the explanation, and caiwujingli (the
// finance manager) records the outcome; the revisit then has ended at the finance manager.
// Run by .ci/browser-test.sh against the demo app (DemoProcurement).

import {
  launch, step, finish, log, check, shot, login, switchUser, openTask, claim, choose, completeTask,
  expectNoErrors, engineJson,
} from './lib.mjs';

const FINANCE = { id: 'caiwu', shown: '钱芳' };
const BUYER = { id: 'caigou', shown: '邓斌' };
const MANAGER = { id: 'caiwujingli', shown: '曹宁' };

await launch('procurement.mjs');

let number;

await step('q1. caiwu finds a sampled purchase of last quarter and its reason (采购物资供方回访表)', async () => {
  const who = await login('tasklist', FINANCE.id, FINANCE.shown);
  log(`  logged in as ${who}`);
  const open = await engineJson('/task?taskDefinitionKey=UserTask_RevisitSupplier&sortBy=created&sortOrder=asc');
  check(open.length > 0, 'finance sees no supplier revisit of the demo sample');
  const instance = await engineJson(`/process-instance/${open[0].processInstanceId}`);
  number = instance.businessKey;
  check(/^CG-\d{8}-\d{4}$/.test(number || ''), `the revisit has business key "${number}"`);
  log(`  revisiting ${number} (${open.length} revisits open)`);
});

await step('q2. caiwu revisits by phone and records a doubt, signed (Q3)', async () => {
  const { taskId, form } = await openTask('我组的任务', '回访供方并填写采购物资供方回访表', number);
  check((await form.getByLabel('入样理由').inputValue()).length > 0, 'the form does not show why the item is in the sample');
  await claim(FINANCE);
  // the checkbox first: a number field re-renders the form when it loses the focus, and a click then can be lost
  await form.getByLabel('发现疑问,须采购人员解释').check();
  await choose(form, '回访方式', '电话回访');
  await form.getByLabel('回访所得报价').fill('原供方还价后 1.20元;另一家 1.00元');
  await form.getByLabel('回访结论').fill('实际单价明显高于市场最低价');
  await form.getByLabel('回访人签名').fill(FINANCE.shown);
  await form.getByLabel('回访所得最低单价(元)').fill('1.00');
  await form.locator('h2').first().click();
  check(await form.getByLabel('发现疑问,须采购人员解释').isChecked(), 'the doubt is not ticked');
  await expectNoErrors(form);
  await shot('procurement-01-revisit-filled.png');
  const vars = await completeTask(taskId);
  check(vars.doubt?.value === true, `doubt submitted as ${JSON.stringify(vars.doubt)}`);
});

await step('q3. caigou, the buyer who bought it, explains the doubt (Q4)', async () => {
  await switchUser('tasklist', BUYER);
  const { taskId, form } = await openTask('我的任务', '采购人员解释回访疑问', number);
  check((await form.getByLabel('回访结论').inputValue()) === '实际单价明显高于市场最低价', 'the buyer does not see the conclusion');
  await form.getByLabel('采购人员的解释').fill('当时急用,未比价');
  await expectNoErrors(form);
  await completeTask(taskId);
});

await step('q4. caiwu does not accept the explanation (Q4)', async () => {
  await switchUser('tasklist', FINANCE);
  const { taskId, form } = await openTask('我组的任务', '评定采购人员的解释', number);
  await claim(FINANCE);
  check((await form.getByLabel('解释合理,予以接受').isChecked()) === false, 'the explanation is accepted by default');
  const vars = await completeTask(taskId);
  check(vars.explanationAccepted?.value === false, `explanationAccepted submitted as ${JSON.stringify(vars.explanationAccepted)}`);
});

await step('q5. caiwujingli, the finance manager, records the outcome; the revisit ends there (Q4)', async () => {
  await switchUser('tasklist', MANAGER);
  const { taskId, form } = await openTask('我组的任务', '财务管理部经理处理回访问题', number);
  await claim(MANAGER);
  await form.getByLabel('处理结果').fill('责成采购人员退回差价,今后比价三家');
  await expectNoErrors(form);
  await shot('procurement-02-manager-filled.png');
  await completeTask(taskId);
  const ended = await engineJson(`/history/process-instance?processDefinitionKey=procurement-revisit&processInstanceBusinessKey=${encodeURIComponent(number)}`);
  check(ended.length === 1 && ended[0].state === 'COMPLETED', `the revisit is ${JSON.stringify(ended.map(p => p.state))}`);
  const end = await engineJson(`/history/activity-instance?processInstanceId=${ended[0].id}&activityId=EndEvent_HandledByFinanceManager`);
  check(end.length === 1, 'the revisit did not end at 经理已处理 (EndEvent_HandledByFinanceManager)');
});

await finish();
