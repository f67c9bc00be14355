// Real-browser test of the Simplified Chinese webapps (issue 8) with Debian's Chromium in a Chinese-language
// browser (zh-CN, Asia/Shanghai): Tasklist's login page, menu, start dialog and a task's buttons are in
// Chinese (登录, 发起流程, 认领, 完成, ...), its dates in the Chinese format (2026年11月23日 15:40) and zone,
// and Cockpit's dashboard and the Welcome page are in Chinese. An en-US browser still gets English, as the
// other scripts, which run in one, expect.
//
//   HUIFANG_URL=http://localhost:8089 HUIFANG_PASSWORD=... node src/test/browser/zh.mjs
//
// Screenshots: target/browser/zh-*.png.

import {
  BASE_URL, USERS, ZONE, page, log, check, shot, step, fail, login, logout, submitForm, openTask, claim,
  engineJson, launch, newBrowserContext, finish,
} from './lib.mjs';

// the visible text of `locator`, whitespace collapsed
async function text(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

function expectAll(shown, words, where) {
  const lacking = words.filter(w => !shown.includes(w));
  check(lacking.length === 0, `${where} lacks ${lacking.join(', ')}; shows: ${shown.slice(0, 400)}`);
}

// the engine's date (2026-11-23T15:40:00.000+0000) in Asia/Shanghai
function inZone(engineDate) {
  const date = new Date(engineDate.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE, year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(date).map(p => [p.type, p.value]));
}
const WEEKDAYS = { Sun: '日', Mon: '一', Tue: '二', Wed: '三', Thu: '四', Fri: '五', Sat: '六' };
// the Chinese dateLocales' LLL (config.js dateFormat.normal), e.g. 2026年11月23日 23:40
function chineseDateTime(engineDate) {
  const p = inZone(engineDate);
  return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}
// ... and LLLL (dateFormat.long), e.g. 2026年11月23日星期一 23:40
function chineseLong(engineDate) {
  const p = inZone(engineDate);
  return `${p.year}年${p.month}月${p.day}日星期${WEEKDAYS[p.weekday]} ${p.hour}:${p.minute}`;
}

async function main() {
  await launch('zh.mjs', { locale: 'zh-CN' });
  const ownerName = `中文界面测试业主${Date.now()}`;
  let revisitCase;
  let taskId;

  await step('a. a zh-CN browser gets Tasklist\'s login page in Chinese (用户名, 密码, 登录)', async () => {
    const languages = await page.evaluate(() => navigator.languages);
    check(languages[0] === 'zh-CN', `the browser's first language is ${languages[0]}`);
    await page.goto(`${BASE_URL}/camunda/app/tasklist/`, { waitUntil: 'domcontentloaded' });
    const form = page.locator('form[name="signinForm"], .page-login form, form:has(input[ng-model="username"])').first();
    await form.waitFor({ state: 'visible' });
    check(await page.locator('input[ng-model="username"]').getAttribute('placeholder') === '用户名', 'user name field is not 用户名');
    check(await page.locator('input[ng-model="password"]').getAttribute('placeholder') === '密码', 'password field is not 密码');
    check(await text(page.locator('button[type="submit"]')) === '登录', 'the submit button is not 登录');
    await shot('zh-01-login.png');
  });

  await step('b. kefu logs in: Tasklist\'s menu, filters and footer are in Chinese, the zone is Asia/Shanghai', async () => {
    const who = await login('tasklist', USERS.customerService.id, USERS.customerService.shown);
    log(`  logged in as ${who}`);
    const body = await text(page.locator('body'));
    expectAll(body, ['发起流程', '新建任务', '键盘快捷键', '排序方式', '创建时间', '请在列表中选择一个任务。'], 'Tasklist');
    check(!/Start process|Create task|Sort by|Select a task/.test(body), `Tasklist still shows English: ${body.slice(0, 400)}`);
    const footer = await text(page.locator('footer'));
    expectAll(footer, ['日期和时间按本地时区显示：', 'Asia/Shanghai', '技术支持：'], 'the footer');
    await page.locator('li.account a.dropdown-toggle').click();
    expectAll(await text(page.locator('li.account')), ['个人资料', '退出登录'], 'the account menu');
    await shot('zh-02-tasklist-menu.png');
    await page.locator('li.account a.dropdown-toggle').click();
  });

  await step('c. 发起流程 opens the Chinese start dialog; 发起 starts 业主回访 and 流程已发起。 is shown', async () => {
    await page.locator('.start-process-action a, a:has-text("发起流程")').first().click();
    const modal = page.locator('.modal-dialog');
    await modal.locator('ul.processes a', { hasText: '业主回访' }).waitFor({ state: 'visible' });
    expectAll(await text(modal), ['点击要发起的流程。'], 'the start dialog');
    check(await modal.locator('input[ng-model]').first().getAttribute('placeholder') === '按流程名称搜索。',
      'the search field of the start dialog is not 按流程名称搜索。');
    await shot('zh-03-start-dialog.png');
    await modal.locator('ul.processes a', { hasText: '业主回访' }).click();
    await modal.locator('.fjs-form').waitFor({ state: 'visible' });
    await modal.getByLabel('业主姓名').fill(ownerName);
    await modal.getByLabel('房号').fill('5栋1单元0802');
    await modal.getByLabel('联系电话').fill('13900139000');
    await modal.getByLabel('回访事项').fill('浏览器测试:中文界面');
    expectAll(await text(modal.locator('.modal-footer')), ['返回', '发起'], 'the start form\'s buttons');
    const { resp } = await submitForm(/\/process-definition\/[^/]+\/submit-form$/,
      () => modal.getByRole('button', { name: '发起', exact: true }).click());
    check(resp.status() === 200, `starting the process answered HTTP ${resp.status()}: ${await resp.text()}`);
    await page.locator('.notifications', { hasText: '流程已发起。' }).first().waitFor({ state: 'visible' });
    revisitCase = (await resp.json()).businessKey;
    log(`  started ${revisitCase}`);
    await shot('zh-04-process-started.png');
  });

  await step('d. the task shows 认领; after claiming, 保存, 完成 and the 取消认领 tooltip; its tabs are Chinese', async () => {
    ({ taskId } = await openTask('我组的任务', '回访业主', revisitCase));
    const details = page.locator('.task-details');
    check(await text(details.locator('button.claim')) === '认领', `the claim button shows "${await text(details.locator('button.claim'))}"`);
    expectAll(await text(details), ['表单', '历史', '流程图', '描述', '设置跟进时间'], 'the task');
    await shot('zh-05-task.png');
    await claim(USERS.customerService);
    await details.getByRole('button', { name: '完成', exact: true }).waitFor({ state: 'visible' });
    await details.getByRole('button', { name: '保存', exact: true }).waitFor({ state: 'visible' });
    const unclaim = await details.locator('.unclaim').getAttribute('uib-tooltip');
    check(unclaim === '取消认领', `the unclaim button's tooltip is "${unclaim}"`);
    await shot('zh-06-task-claimed.png');
  });

  await step('e. Tasklist shows the task\'s dates in the Chinese format (几秒前, 2026年11月23日星期一 23:45) in Asia/Shanghai', async () => {
    const task = await engineJson(`/task/${taskId}`);
    check(task.due, `the revisit task has no due date: ${JSON.stringify(task)}`);
    const item = page.locator(`ol.tasks-list li.task:has(a[href="#/?task=${taskId}"])`);
    const created = item.locator('.creation-date span[am-time-ago]');
    const due = item.locator('.due-date span[am-time-ago]');
    check(/^创建时间 (几秒|\d+ 分钟)前$/.test(await text(item.locator('.creation-date'))),
      `the list shows "${await text(item.locator('.creation-date'))}" for the creation`);
    check(/^到期 .+后$/.test(await text(item.locator('.due-date'))), `the list shows "${await text(item.locator('.due-date'))}" for the due date`);
    check(await created.getAttribute('uib-tooltip') === chineseLong(task.created),
      `creation tooltip "${await created.getAttribute('uib-tooltip')}", expected ${chineseLong(task.created)} (${task.created})`);
    check(await due.getAttribute('uib-tooltip') === chineseLong(task.due),
      `due tooltip "${await due.getAttribute('uib-tooltip')}", expected ${chineseLong(task.due)} (${task.due})`);
    log(`  created ${task.created} shown as ${chineseLong(task.created)}, due ${task.due} as ${chineseLong(task.due)}`);
    await created.hover();
    await page.locator('.tooltip', { hasText: chineseLong(task.created) }).waitFor({ state: 'visible' });
    await shot('zh-07-task-dates.png');
  });

  await step('f. jingli sees Cockpit\'s dashboard in Chinese, and the revisit\'s start time in the Chinese format', async () => {
    await logout();
    const who = await login('cockpit', USERS.officeManager.id, USERS.officeManager.shown);
    log(`  logged in as ${who}`);
    await page.locator('.dashboard').first().waitFor({ state: 'visible' });
    await page.locator('.dashboard', { hasText: '运行中的流程实例' }).first().waitFor({ state: 'visible' });
    const body = await text(page.locator('body'));
    expectAll(body, ['流程', '决策', '人工任务', '当前', '运行中的流程实例', '未解决的事件故障', '未完成的人工任务', '已部署',
      '流程定义', '决策定义', '部署', '日期和时间按本地时区显示：'], 'Cockpit\'s dashboard');
    check(!/Running Process Instances|Open Incidents|Deployed|Process Definitions/.test(body), `Cockpit still shows English: ${body.slice(0, 400)}`);
    await shot('zh-08-cockpit-dashboard.png');

    const [instance] = await engineJson(`/history/process-instance?processInstanceBusinessKey=${encodeURIComponent(revisitCase)}`);
    await page.goto(`${BASE_URL}/camunda/app/cockpit/default/#/process-definition/${instance.processDefinitionId}/runtime`);
    const row = page.locator('tr', { has: page.locator('td.business-key', { hasText: revisitCase }) });
    await row.waitFor({ state: 'visible' });
    const started = await text(row.locator('td.start-time'));
    check(started === chineseDateTime(instance.startTime),
      `Cockpit shows the start time ${instance.startTime} as "${started}", expected ${chineseDateTime(instance.startTime)}`);
    log(`  Cockpit shows the start time ${instance.startTime} as ${started}`);
    await shot('zh-09-cockpit-instances.png');
  });

  await step('f2. the Welcome page (jingli\'s session) is in Chinese', async () => {
    await page.goto(`${BASE_URL}/camunda/app/welcome/default/`, { waitUntil: 'domcontentloaded' });
    await page.locator('li.account a.dropdown-toggle', { hasText: USERS.officeManager.shown }).waitFor({ state: 'visible' });
    await page.locator('body', { hasText: '修改密码' }).waitFor({ state: 'visible' });
    const body = await text(page.locator('body'));
    expectAll(body, ['个人资料', '修改密码', '用户组', '驾驶舱'], 'the Welcome page');
    check(!/Change password|Profile|Groups/.test(body), `the Welcome page still shows English: ${body.slice(0, 400)}`);
    await shot('zh-10-welcome.png');
  });

  await step('g. an en-US browser still gets English Tasklist and English dates (fallback: zh only for other languages)', async () => {
    await newBrowserContext('en-US');
    await login('tasklist', USERS.customerService.id, USERS.customerService.shown);
    const body = await text(page.locator('body'));
    expectAll(body, ['Start process', 'Create task', 'Sort by', 'Date and Time displayed in local timezone:'], 'Tasklist in en-US');
    await openTask('我组的任务', '回访业主', revisitCase);
    const details = page.locator('.task-details');
    await details.getByRole('button', { name: 'Complete', exact: true }).waitFor({ state: 'visible' });
    const item = page.locator(`ol.tasks-list li.task:has(a[href="#/?task=${taskId}"])`);
    check(/^Created .+ ago$/.test(await text(item.locator('.creation-date'))), `en-US list shows "${await text(item.locator('.creation-date'))}"`);
    const tooltip = await item.locator('.creation-date span[am-time-ago]').getAttribute('uib-tooltip');
    check(/^[A-Z][a-z]+day, \d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2}$/.test(tooltip), `en-US creation tooltip is "${tooltip}"`);
    await shot('zh-11-en-us-tasklist.png');
  });

  await finish();
}

main().catch(err => fail('unexpected error', err));
