// Real-browser test of one owner errand (业户委托服务, rules E1–E9): a birthday-cake order carried in
// Tasklist from its start form to the archive, through the Camunda Forms only, as kefu (customer-service)
// and zhuguan (duty-supervisor). A negative deposit is refused with the engine's Chinese message; the
// settlement shows the refund (300.00 deposit − 268.50 cost = 31.50 退还业户).
//
//   HUIFANG_URL=http://localhost:8092 HUIFANG_PASSWORD=... node src/test/browser/errand.mjs

import {
  USERS, page, log, check, shot, step, fail, dateInZone, login, submitForm, switchUser,
  openTask, claim, choose, closeNotices, completeButton, completeTask, engineJson, fillDateTime, launch, finish,
} from './lib.mjs';

const KEFU = USERS.customerService;
const ZHUGUAN = { id: 'zhuguan', shown: '马超' };
// a label as form-js renders it: required fields end in "*"
const L = text => new RegExp(`^${text.replace(/[()[\]*+?.\\^$|{}]/g, '\\$&')}\\*?$`);

let caseNumber;

// opens task `name` of the errand in 我组的任务, claims it as `user`, lets `fill` fill the form, and completes it
async function work(user, name, fill) {
  const { taskId, form } = await openTask('我组的任务', name, caseNumber);
  await claim(user);
  await fill(form, taskId);
  const vars = await completeTask(taskId);
  log(`  ${name} completed`);
  return vars;
}

async function main() {
  await launch('errand.mjs');
  const owner = `浏览器测试业户${Date.now() % 100000}`;
  const tomorrow = dateInZone(1);

  await step('1. kefu starts 业户委托服务: a birthday cake for tomorrow 18:00 (E1)', async () => {
    await login('tasklist', KEFU.id, KEFU.shown);
    await page.locator('.start-process-action a, a:has-text("Start process")').first().click();
    const modal = page.locator('.modal-dialog');
    await modal.locator('ul.processes a', { hasText: '业户委托服务' }).click();
    const form = modal.locator('.fjs-form');
    await form.waitFor({ state: 'visible' });
    await form.getByLabel(L('代订蛋糕')).check();
    await form.getByLabel(L('业户姓名')).fill(owner);
    await form.getByLabel(L('单位/房号')).fill('3栋2单元1101');
    await form.getByLabel(L('联系电话')).fill('13800138000');
    await form.getByLabel(L('业户生日')).check();
    await form.getByLabel(L('大小')).fill('8寸');
    await form.getByLabel(L('品牌要求')).fill('好利来');
    await form.getByLabel(L('色彩')).fill('粉白');
    await form.getByLabel(L('图案')).fill('寿桃');
    await form.getByLabel(L('字样内容')).fill('祝妈妈生日快乐');
    await form.getByLabel(L('需要附卡')).check();
    await form.getByLabel(L('收取人姓名')).fill('王母');
    await form.getByLabel(L('收取人电话')).fill('13900139000');
    await fillDateTime(form, '送达时间', tomorrow.typed, '18:00');
    await form.getByLabel(L('预估费用(元)')).fill('268');
    await shot('errand-01-start-form.png');
    const { resp, vars } = await submitForm(/\/process-definition\/[^/]+\/submit-form$/,
      () => modal.getByRole('button', { name: 'Start', exact: true }).click());
    check(resp.status() === 200, `starting the errand answered HTTP ${resp.status()}: ${await resp.text()}`);
    check(vars.errandType?.value === 'cake' && vars.cakePurpose?.value === 'birthday', `submitted ${JSON.stringify(vars)}`);
    caseNumber = (await resp.json()).businessKey;
    check(/^WT-\d{8}-\d{4}$/.test(caseNumber || ''), `the errand has business key "${caseNumber}"`);
    await modal.waitFor({ state: 'detached' });
    log(`  started ${caseNumber} for ${owner}`);
  });

  await step('2. kefu fills 业户服务委托单 with the owner\'s signature (E2)', async () => {
    await work(KEFU, '填写业户服务委托单', async form => {
      await choose(form, '付费方式', '微信');
      await form.getByLabel(L('送达地点')).fill('3栋2单元1101');
      await form.getByLabel(L('业户已在《业户服务委托单》上签名确认')).check();
    });
  });

  await step('3. kefu collects the deposit: -5 is refused in Chinese, 300 against receipt SF-0001 is taken (E3)', async () => {
    await work(KEFU, '收取预付款', async (form, taskId) => {
      await form.getByLabel(L('预付款(元)')).fill('-5');
      await form.getByLabel(L('收费单据号')).fill('SF-0001');
      const { resp } = await submitForm(new RegExp(`/task/${taskId}/submit-form$`), () => completeButton().click());
      check(resp.status() === 400, `a negative deposit answered HTTP ${resp.status()}`);
      const notice = page.locator('.page-notifications', { hasText: '预付款不能为负数' });
      await notice.first().waitFor({ state: 'visible' });
      await shot('errand-02-negative-deposit.png');
      await closeNotices();
      await form.getByLabel(L('预付款(元)')).fill('300');
    });
  });

  await step('4. zhuguan is informed and, for the birthday, prepares the blessing and names the manager (E4)', async () => {
    await switchUser('tasklist', ZHUGUAN);
    await work(ZHUGUAN, '上报当值主管', async form => {
      await form.getByLabel(L('当值主管已知悉')).check();
    });
    await work(ZHUGUAN, '准备生日祝福并安排管理人员', async form => {
      await form.getByLabel(L('项目祝福内容')).fill('管理处全体员工祝您生日快乐!');
      await form.getByLabel(L('一道前往的项目管理人员')).fill('马超');
    });
  });

  await step('5. kefu orders from the supplier (cost 268.50) and delivers with the manager; the recipient signs (E5, E6)', async () => {
    await switchUser('tasklist', KEFU);
    await work(KEFU, '代办落实并取得购货凭证', async form => {
      await form.getByLabel(L('供应商/制作单位')).fill('好利来 建设路店');
      await form.getByLabel(L('购货凭证号')).fill('GH-778');
      await form.getByLabel(L('实际费用(元)')).fill('268.50');
    });
    await work(KEFU, '送达并请接收人签收', async form => {
      check((await form.getByLabel('一道前往的项目管理人员', { exact: true }).inputValue()) === '马超', 'the manager is not shown');
      await form.getByLabel(L('签收人')).fill('王母');
      await form.getByLabel(L('接收人已签收')).check();
      await form.getByLabel(L('已转达管理处的真诚祝愿')).check();
      await form.getByLabel(L('项目管理人员已一道前往(属业户生日的必选)')).check();
    });
  });

  await step('6. kefu settles: the form shows 退还业户 31.50; refunded against receipt TK-0007 (E7)', async () => {
    await work(KEFU, '告知结果并办理结算', async form => {
      const direction = await form.getByLabel('结算', { exact: true }).inputValue();
      const amount = await form.getByLabel('金额(元)', { exact: true }).inputValue();
      check(direction === '退还业户' && amount === '31.50', `settlement shows "${direction}" "${amount}"`);
      await form.getByLabel(L('已与委托人取得联系,告知结果')).check();
      await form.getByLabel(L('已退还 / 已补收上述金额(无需结算的不选)')).check();
      await form.getByLabel(L('结算收据号')).fill('TK-0007');
      await shot('errand-03-settlement.png');
    });
  });

  await step('7. kefu records the owner\'s opinion and signature, registers and archives (E8, E9); the errand has ended', async () => {
    await work(KEFU, '请业户签署服务意见', async form => {
      await form.getByLabel(L('很满意')).check();
      await form.getByLabel(L('服务意见')).fill('蛋糕很漂亮,送得准时');
      await form.getByLabel(L('业户已在《业户服务委托单》上签名确认')).check();
    });
    await work(KEFU, '登记入账并存档', async form => {
      await form.getByLabel(L('钱款单据已交业服中心登记入帐')).check();
      await form.getByLabel(L('存档编号')).fill('DB-2026-001');
    });
    const [instance] = await engineJson(`/history/process-instance?processDefinitionKey=owner-errand&processInstanceBusinessKey=${caseNumber}`);
    check(instance?.state === 'COMPLETED', `the errand is ${instance?.state}`);
    const settled = await engineJson(`/history/variable-instance?processInstanceId=${instance.id}&variableName=settled`);
    check(settled[0]?.value === true, `settled is ${JSON.stringify(settled[0])}`);
    await shot('errand-04-archived.png');
  });

  await finish();
}

main().catch(err => fail('unexpected error', err));
