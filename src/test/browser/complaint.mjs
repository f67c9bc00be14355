// Real-browser test of complaint handling as issue 18 has it (C16, C17, C18, C21): the quick path 当即解决 logged by
// customer service and received by the office manager; a case with two departments whose non-conformity record the
// office manager returns once with a reason, the handler (who sees the owner's photo another user attached) fills
// it again; and the chief housekeeper's monthly sign-off of the complaint log, which the month's .xlsx then names.
//
//   HUIFANG_URL=http://localhost:8089 HUIFANG_PASSWORD=... node src/test/browser/complaint.mjs
//
// Screenshots: target/browser/complaint-*.png.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BASE_URL, USERS, apiAs, page, log, check, shot, step, login, logout, switchUser, launch, finish,
  openTask, claim, completeTask, expectNoErrors, engineGet } from './lib.mjs';

const CHIEF = { id: 'shouxi', shown: '陈刚' };
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
  '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const PHOTO = '漏水照片.png';

function api(method, urlPath, body, user, raw) {
  return apiAs(user, method, urlPath, body, raw);
}

function vars(values) {
  return { variables: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])) };
}

// claims and completes the one open task `name` of the case as `user` through the engine's REST API
async function work(caseNumber, name, user, values) {
  const listed = await api('GET', `/engine-rest/task?processInstanceBusinessKey=${caseNumber}&name=${encodeURIComponent(name)}`,
    undefined, user);
  const tasks = JSON.parse(listed.body);
  check(tasks.length === 1, `${user} sees ${tasks.length} open tasks ${name} of ${caseNumber}: ${listed.body}`);
  if (tasks[0].assignee !== user) {
    const claimed = await api('POST', `/engine-rest/task/${tasks[0].id}/claim`, { userId: user }, user);
    check(claimed.status === 204, `${user} claiming ${name} answered ${claimed.status}: ${claimed.body}`);
  }
  const done = await api('POST', `/engine-rest/task/${tasks[0].id}/submit-form`, vars(values), user);
  check(done.status === 204, `${user} completing ${name} answered ${done.status}: ${done.body}`);
}

async function openTasks(caseNumber, user) {
  const r = await api('GET', `/engine-rest/task?processInstanceBusinessKey=${caseNumber}`, undefined, user);
  return JSON.parse(r.body).map(t => t.name).sort();
}

function inShanghai(days) {
  const at = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000);
  return at.toISOString().slice(0, 19) + '+08:00';
}

async function main() {
  await launch('complaint.mjs');
  let quick;
  let multi;

  await step('q1. 当即解决: kefu registers a complaint fixed at the counter; it goes straight to the log (C16)', async () => {
    const answer = await api('POST', '/api/complaints', {
      channel: 'walkIn', complaintType: 'complaint', ownerName: '王建国', unit: '3栋2单元1101',
      ownerPhone: '13800138000', description: '门禁卡失效,无法进入单元门', solvedOnTheSpot: true,
      onTheSpotResolution: '当场为业主重新写卡,已可正常使用',
    }, USERS.customerService.id);
    check(answer.status === 201, `POST /api/complaints answered ${answer.status}: ${answer.body}`);
    quick = JSON.parse(answer.body).caseNumber;
    const open = await openTasks(quick, 'admin');
    check(JSON.stringify(open) === JSON.stringify(['登记客户投诉登记表']), `the quick case waits at ${open.join(', ')}`);
    log(`  ${quick}: no classification, answer, dispatch or resolution task`);
  });

  await step('q2. Tasklist, kefu writes the log entry: 原因分析, 纠正措施, 措施结果 (C18)', async () => {
    await login('tasklist', USERS.customerService.id, USERS.customerService.shown);
    const { taskId: id, form } = await openTask('我组的任务', '登记客户投诉登记表', quick);
    await claim(USERS.customerService);
    check((await form.getByRole('textbox', { name: '处理结果', exact: true }).inputValue()).startsWith('当场为业主重新写卡'),
      '处理结果 does not show what was done on the spot');
    await form.getByLabel('原因分析').fill('门禁卡芯片损坏');
    await form.getByLabel('纠正措施').fill('当场重新写卡');
    await form.getByLabel('措施结果').fill('业主已可正常进出');
    await expectNoErrors(form);
    await shot('complaint-01-log-entry.png');
    await completeTask(id);
  });

  await step('q3. Tasklist, jingli receives the result (知悉投诉处理结果, C18)', async () => {
    await switchUser('tasklist', USERS.officeManager);
    const { taskId: id, form } = await openTask('我组的任务', '知悉投诉处理结果', quick);
    check((await form.getByLabel('原因分析').inputValue()) === '门禁卡芯片损坏', '原因分析 not shown to the office manager');
    await claim(USERS.officeManager);
    await shot('complaint-02-result-received.png');
    await completeTask(id);
    await logout();
  });

  await step('m1. kefu registers a leak complaint with the owner\'s photo; two departments work on it', async () => {
    const answer = await api('POST', '/api/complaints', {
      channel: 'hotline', complaintType: 'complaint', ownerName: '周杰', unit: '8栋2单元601',
      ownerPhone: '13500003333', description: '楼上管道漏水,天花板渗水',
    }, USERS.customerService.id);
    check(answer.status === 201, `POST /api/complaints answered ${answer.status}: ${answer.body}`);
    multi = JSON.parse(answer.body).caseNumber;
    const form = new FormData();
    form.append('file', new Blob([PNG], { type: 'image/png' }), PHOTO);
    form.append('description', '业主拍的天花板照片');
    const attached = await api('POST', `/api/cases/${multi}/attachments`, form, USERS.customerService.id, 'form');
    check(attached.status === 201, `the photo upload answered ${attached.status}: ${attached.body}`);
    const guanjia = USERS.housekeeper.id;
    await work(multi, '确认投诉等级', guanjia, { severity: 'general' });
    await work(multi, '答复业主', guanjia, { answerContent: '已安排工程部和保洁部处理' });
    await work(multi, '派工到责任部门', guanjia, {
      dispatchEngineering: true, dueEngineering: inShanghai(1), instructionsEngineering: '检修楼上管道',
      dispatchCleaning: true, dueCleaning: inShanghai(1), instructionsCleaning: '清理渗水',
      dispatchSecurity: false, dispatchGreening: false,
    });
    await work(multi, '责任部门处理并报告结果', 'gongcheng', { departmentResult: '已更换楼上漏水管段' });
    await work(multi, '责任部门处理并报告结果', 'baojie', { departmentResult: '已清理渗水并除湿' });
    await work(multi, '处理投诉', guanjia, { causeCategory: 'company', resolution: '更换管段,清理渗水',
      economicLoss: 0, officeCannotSolve: false });
    await work(multi, '填写不合格品/服务记录处理单', guanjia, { nonConformityContent: '管道巡检不到位导致漏水',
      causeAnalysis: '管道老化未及时更换', responsiblePerson: '工程部吴磊', correctiveAction: '全楼管道排查',
      correctiveActionDue: inShanghai(7) });
    log(`  ${multi}: two departments reported; the handler filled the non-conformity record`);
  });

  await step('m2. Tasklist, jingli returns the record once with a reason (C17)', async () => {
    await login('tasklist', USERS.officeManager.id, USERS.officeManager.shown);
    const { taskId: id, form } = await openTask('我组的任务', '审批不合格品/服务记录处理单', multi);
    await claim(USERS.officeManager);
    await form.getByLabel('退回理由').fill('纠正措施须写明排查范围和完成标准');
    await expectNoErrors(form);
    await shot('complaint-03-record-returned.png');
    await completeTask(id);
    await logout();
  });

  await step('m3. Tasklist, guanjia gets the record back with the reason, and sees the photo kefu attached (C17, C21)', async () => {
    await login('tasklist', USERS.housekeeper.id, USERS.housekeeper.shown);
    const { form } = await openTask('我的任务', '填写不合格品/服务记录处理单', multi);
    check((await form.getByLabel('退回理由(批准人退回时填写)').inputValue()) === '纠正措施须写明排查范围和完成标准',
      'the return reason is not shown to the one who filled the record');
    await page.locator('.task-details a', { hasText: /^\s*附件\s*$/ }).first().click();
    const row = page.locator('.hf-attach-table tbody tr', { hasText: PHOTO });
    await row.waitFor({ state: 'visible' });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    check(text.includes(USERS.customerService.shown), `the photo row reads "${text}", not uploaded by kefu`);
    await shot('complaint-04-returned-record-with-photo.png');
    await logout();
    await work(multi, '填写不合格品/服务记录处理单', USERS.housekeeper.id, {
      nonConformityContent: '管道巡检不到位导致漏水', causeAnalysis: '管道老化未及时更换', responsiblePerson: '工程部吴磊',
      correctiveAction: '8栋全部立管排查,更换老化管段,每栋出具排查记录', correctiveActionDue: inShanghai(7) });
    await work(multi, '审批不合格品/服务记录处理单', USERS.officeManager.id, { nonConformityApproved: true,
      approvalOpinion: '同意' });
    await work(multi, '纠正措施验证关闭', USERS.officeManager.id, { correctiveActionResult: '已排查并更换3处管段',
      closeOutCheck: '现场复查无渗漏' });
    const open = await openTasks(multi, 'admin');
    check(JSON.stringify(open) === JSON.stringify(['登记客户投诉登记表']), `after the close-out the case waits at ${open.join(', ')}`);
  });

  let month;
  await step('s1. the month\'s review starts for the office; Tasklist, shouxi reviews and signs the complaint log (C18)', async () => {
    const started = await api('POST', '/engine-rest/message', { messageName: 'monthly-complaint-review-office',
      processVariables: { officeId: { value: 'main' } }, resultEnabled: true }, 'admin');
    check(started.status === 200, `starting the review answered ${started.status}: ${started.body}`);
    const instanceId = JSON.parse(started.body)[0].processInstance.id;
    await login('tasklist', CHIEF.id, CHIEF.shown);
    const listed = await engineGet(`/task?processInstanceId=${instanceId}&taskDefinitionKey=UserTask_SignComplaintLog`);
    const [task] = JSON.parse(listed.body);
    check(task && task.name === '查阅签字客户投诉登记表', `shouxi sees ${listed.body}`);
    await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${task.id}`, { waitUntil: 'domcontentloaded' });
    const form = page.locator('.task-details .fjs-form');
    const shownMonth = form.getByLabel('月份');
    await shownMonth.waitFor({ state: 'visible' });
    await page.waitForFunction(el => el.value !== '', await shownMonth.elementHandle());
    month = await shownMonth.inputValue();
    check(/^\d{4}-\d{2}$/.test(month), `the month shown is "${month}"`);
    check((await form.getByLabel('上月投诉与意见建议统计').inputValue()).includes('收到意见建议'),
      'the month\'s figures do not count the suggestions');
    await claim(CHIEF);
    await form.getByLabel('本人已查阅上月《客户投诉登记表》,签字存档').check();
    await form.getByLabel('查阅意见').fill('已查阅,漏水类投诉须跟进');
    await shot('complaint-05-sign-off.png');
    await completeTask(task.id);
    await logout();
  });

  await step('s2. the month\'s 客户投诉登记表 .xlsx ends with the chief housekeeper\'s sign-off: name and time', async () => {
    const [y, m] = month.split('-').map(Number);
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    const xlsx = await api('GET', `/api/registers/complaints.xlsx?from=${month}-01&to=${next}-01`, undefined,
      CHIEF.id, 'bytes');
    check(xlsx.status === 200, `the chief housekeeper's download answered ${xlsx.status}`);
    const file = path.join(os.tmpdir(), `complaints-${Date.now()}.xlsx`);
    fs.writeFileSync(file, xlsx.body);
    const sheet = execFileSync('unzip', ['-p', file, 'xl/worksheets/sheet1.xml']).toString('utf8');
    fs.unlinkSync(file);
    const line = (sheet.match(/首席物业管家查阅签字:[^<]*/g) || []).pop() || '';
    check(line.startsWith(`首席物业管家查阅签字:${month}`) && line.includes(CHIEF.shown) && line.includes('已查阅,漏水类投诉须跟进'),
      `the log's sign-off line reads "${line}"`);
    log(`  ${line}`);
  });

  await finish();
}

main();
