// Real-browser test of the Simplified Chinese webapps (issue 8) with Debian's Chromium in a Chinese-language
// browser (zh-CN, Asia/Shanghai): Tasklist's login page, menu, start dialog and a task's buttons are in
// Chinese (登录, 发起流程, 认领, 完成, ...), its dates in the Chinese format (2026年11月23日 15:40) and zone,
// and Cockpit's dashboard and the Welcome page are in Chinese. Our Camunda Forms have no English left
// (issue 25): an empty start form (业户投诉处理) and empty task forms with a date (派工到责任部门), a number and
// a drop-down (处理投诉) show form-js's messages, placeholders and date picker in Chinese. Camunda's migration
// banner is shown to the administrator only (issue 21), and a link to a webapp the user may not open, or to an
// address that does not exist, ends on a Chinese page with the way back to Tasklist (issue 21). An en-US browser still gets English, as the other
// scripts, which run in one, expect.
//
//   HUIFANG_URL=http://localhost:8089 HUIFANG_PASSWORD=... node src/test/browser/zh.mjs
//
// Screenshots: target/browser/zh-*.png.

import {
  BASE_URL, USERS, ZONE, REQUIRED_MESSAGE, REQUIRED_MESSAGE_ZH, page, log, check, shot, step, fail, login, logout,
  switchUser, submitForm, openTask, claim, choose, fillFields, fillDateTime, expectRequired, closeNotices,
  completeTask, dateInZone, engineJson, launch, newBrowserContext, finish,
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

// Latin-letter words a person meets in `scope` (its text, the values of its fields, the options of its
// drop-downs, and the placeholder, title, aria-label and alt of its elements), case numbers
// (TS-20261123-0001) left out, and form-js's bpmn.io watermark too (its logo link, kept as the bpmn.io
// license asks)
async function latinWords(scope) {
  const text = await scope.evaluate(root => {
    const parts = [root.innerText];
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('.fjs-powered-by')) continue;
      if (el.tagName === 'OPTION') parts.push(el.textContent);
      if ((el.tagName === 'INPUT' && el.type !== 'checkbox' && el.type !== 'radio') || el.tagName === 'TEXTAREA') parts.push(el.value);
      for (const name of ['placeholder', 'title', 'aria-label', 'alt']) {
        if (el.getAttribute(name)) parts.push(el.getAttribute(name));
      }
    }
    return parts.join('\n');
  });
  return text.replace(/\b[A-Z]{2}-\d{8}-\d{4}(-\d{2})?\b/g, ' ').match(/[A-Za-z]+/g) || [];
}

async function expectNoLatin(scope, where) {
  const words = await latinWords(scope);
  check(words.length === 0, `${where} shows Latin-letter words: ${[...new Set(words)].join(', ')}`);
}

// the error text under the field labelled `label` in `form`
async function errorOf(form, label) {
  const field = form.locator('.fjs-form-field.fjs-has-errors', { has: page.locator('.fjs-form-field-label', { hasText: label }) });
  await field.first().waitFor({ state: 'visible' });
  return text(field.first().locator('.fjs-form-field-error'));
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
    check(await page.locator('.ce-eol-banner').count() === 0, 'the login page shows Camunda\'s migration banner');
    await shot('zh-01-login.png');
  });

  await step('b. kefu logs in: Tasklist\'s menu, filters and footer are in Chinese, the zone is Asia/Shanghai', async () => {
    const who = await login('tasklist', USERS.customerService.id, USERS.customerService.shown);
    log(`  logged in as ${who}`);
    // Tasklist shows its own default (创建时间) until the list's query is set up from the page address
    await page.locator('[cam-sorting-choices] li.sorting-choice', { hasText: '到期时间' }).waitFor({ state: 'visible' });
    await page.locator('.task-filter', { hasText: '已超时' }).waitFor({ state: 'visible' });
    const body = await text(page.locator('body'));
    expectAll(body, ['发起流程', '新建任务', '键盘快捷键', '排序方式', '到期时间', '请在列表中选择一个任务。'], 'Tasklist');
    check(!/Start process|Create task|Sort by|Select a task/.test(body), `Tasklist still shows English: ${body.slice(0, 400)}`);
    check(!body.includes('迁移到 Camunda 8') && await page.locator('.ce-eol-banner').count() === 0,
      'staff (kefu) see Camunda\'s migration banner');
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

  let complaintCase;
  const ownerDeadline = dateInZone(3);
  await step('h1. 业户投诉处理 started with its form empty: form-js\'s messages, drop-down, date and time placeholders and date picker are Chinese', async () => {
    await page.locator('.start-process-action a, a:has-text("发起流程")').first().click();
    const modal = page.locator('.modal-dialog');
    await modal.locator('ul.processes a', { hasText: '业户投诉处理' }).click();
    const form = modal.locator('.fjs-form');
    await form.waitFor({ state: 'visible' });
    let sent = false;
    const watch = r => { if (r.method() === 'POST' && /submit-form$/.test(r.url())) sent = true; };
    page.on('request', watch);
    await modal.getByRole('button', { name: '发起', exact: true }).click();
    await form.locator('.fjs-form-field-error').first().waitFor({ state: 'visible' });
    await page.waitForTimeout(1500);   // a request, if any, would have gone out by now
    page.off('request', watch);
    check(!sent, 'the empty start form was submitted to the engine');
    for (const label of ['投诉渠道', '业主姓名', '房号', '投诉内容']) {
      const shown = await errorOf(form, label);
      check(shown === REQUIRED_MESSAGE_ZH, `${label} shows "${shown}", expected ${REQUIRED_MESSAGE_ZH}`);
    }
    const channel = await text(form.locator('.fjs-form-field-select', { hasText: '投诉渠道' }).locator('.fjs-select-display'));
    check(channel === '请选择', `the empty drop-down 投诉渠道 shows "${channel}"`);
    const date = form.getByLabel('业户要求的解决期限');
    // this field's time: the form has two date-and-time fields (接待时间, the owner's deadline)
    const time = form.locator('.fjs-form-field-datetime', { hasText: '业户要求的解决期限' }).getByLabel('时间', { exact: true });
    check(await date.getAttribute('placeholder') === '年-月-日', `the date field's placeholder is "${await date.getAttribute('placeholder')}"`);
    check(await time.getAttribute('placeholder') === '时:分', `the time field's placeholder is "${await time.getAttribute('placeholder')}"`);
    await expectNoLatin(form, 'the empty complaint start form');
    await shot('zh-12-complaint-start-empty.png');

    await date.click();
    const calendar = form.locator('.flatpickr-calendar.open');
    await calendar.waitFor({ state: 'visible' });
    const weekdays = await text(calendar.locator('.flatpickr-weekdays'));
    check(weekdays === '周一 周二 周三 周四 周五 周六 周日', `the date picker's weekdays are "${weekdays}"`);
    const months = await calendar.locator('select.flatpickr-monthDropdown-months option').allTextContents();
    check(months.join(',') === '一月,二月,三月,四月,五月,六月,七月,八月,九月,十月,十一月,十二月', `the date picker's months are ${months.join(',')}`);
    const days = await calendar.locator('.flatpickr-day').evaluateAll(els => els.map(e => e.getAttribute('aria-label')));
    check(days.length >= 28 && days.every(d => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(d)), `the date picker's days are labelled ${days.slice(0, 3).join(', ')} ...`);
    await expectNoLatin(form, 'the complaint start form with its date picker open');
    await shot('zh-13-date-picker.png');
  });

  await step('h2. a date typed in the Chinese form (年-月-日) is taken: kefu starts the complaint', async () => {
    const modal = page.locator('.modal-dialog');
    const form = modal.locator('.fjs-form');
    await choose(form, '投诉渠道', '电话');
    await fillFields(form, { '业主姓名': '林小红', '房号': '7栋1单元0301', '投诉内容': '中文表单测试:楼下商铺油烟很大' });
    await fillDateTime(form, '业户要求的解决期限', ownerDeadline.iso, '16:00');
    const shown = await form.getByLabel('业户要求的解决期限').inputValue();
    check(shown === ownerDeadline.iso, `the date field shows "${shown}", expected ${ownerDeadline.iso}`);
    const { resp, vars } = await submitForm(/\/process-definition\/[^/]+\/submit-form$/,
      () => modal.getByRole('button', { name: '发起', exact: true }).click());
    check(resp.status() === 200, `starting the complaint answered HTTP ${resp.status()}: ${await resp.text()}`);
    check(typeof vars.ownerDeadline?.value === 'string' && vars.ownerDeadline.value.startsWith(`${ownerDeadline.iso}T16:00`),
      `ownerDeadline should be ${ownerDeadline.iso}T16:00..., submitted ${JSON.stringify(vars.ownerDeadline)}`);
    complaintCase = (await resp.json()).businessKey;
    await modal.waitFor({ state: 'detached' });
    log(`  started ${complaintCase}, the owner's deadline ${vars.ownerDeadline.value}`);
  });

  await step('h3. guanjia: an empty required date in 派工到责任部门 says 此项为必填项 under 年-月-日 and 时:分', async () => {
    await switchUser('tasklist', USERS.housekeeper);
    let opened = await openTask('我组的任务', '确认投诉等级', complaintCase);
    await claim(USERS.housekeeper);
    await completeTask(opened.taskId);
    opened = await openTask('我组的任务', '答复业主', complaintCase);
    await claim(USERS.housekeeper);
    await fillFields(opened.form, { '给业主的答复': '已联系商铺清洗油烟管道,明天回复您' });
    await completeTask(opened.taskId);

    const { taskId, form } = await openTask('我组的任务', '派工到责任部门', complaintCase);
    await claim(USERS.housekeeper);
    await form.getByLabel('派工到工程部', { exact: true }).check();
    await expectRequired(taskId, ['工程部完成期限']);
    await closeNotices().catch(() => {});
    const due = form.getByLabel(/^工程部完成期限/);
    check(await due.getAttribute('placeholder') === '年-月-日', `工程部完成期限's placeholder is "${await due.getAttribute('placeholder')}"`);
    await expectNoLatin(form, 'the dispatch task form with its date empty');
    await form.getByLabel(/^工程部完成期限/).scrollIntoViewIfNeeded();
    check(await form.getByLabel('处理期限').inputValue() !== '' && !/T/.test(await form.getByLabel('处理期限').inputValue()),
      `处理期限 reads "${await form.getByLabel('处理期限').inputValue()}"`);
    await shot('zh-14-dispatch-date-required.png');
    // solved without a department (C8: a fix on the spot needs no dispatch). form-js keeps the error of a
    // field that a condition hides again, and Tasklist keeps 完成 disabled while the form has errors: the
    // form is opened afresh instead of unticking 派工到工程部
    await page.reload({ waitUntil: 'domcontentloaded' });
    await form.getByLabel('投诉编号').waitFor({ state: 'visible' });
    await page.waitForFunction(el => el.value !== '', await form.getByLabel('投诉编号').elementHandle());
    check(!(await form.getByLabel('派工到工程部', { exact: true }).isChecked()), '派工到工程部 is still ticked after a reload');
    await completeTask(taskId);
  });

  await step('h4. guanjia: 处理投诉 empty shows 此项为必填项 under the drop-down, the text and the number; too small and too long say so with their numbers', async () => {
    const { taskId, form } = await openTask('我组的任务', '处理投诉', complaintCase);
    await claim(USERS.housekeeper);
    await expectRequired(taskId, ['原因类别', '处理结果']);
    await closeNotices().catch(() => {});
    // 业户经济损失(元) starts at 0; emptied, it is required too (Tasklist then keeps 完成 disabled)
    const loss = form.getByLabel('业户经济损失(元)');
    await loss.fill('');
    await form.locator('h2').first().click();
    const lossRequired = await errorOf(form, '业户经济损失(元)');
    check(lossRequired === REQUIRED_MESSAGE_ZH, `the emptied number 业户经济损失(元) shows "${lossRequired}"`);
    const cause = await text(form.locator('.fjs-form-field-select', { hasText: '原因类别' }).locator('.fjs-select-display'));
    check(cause === '请选择', `the empty drop-down 原因类别 shows "${cause}"`);
    await expectNoLatin(form, 'the empty 处理投诉 form');
    await shot('zh-15-resolve-required.png');
    await loss.fill('-5');
    await form.getByRole('textbox', { name: '处理结果', exact: true }).fill('油'.repeat(2001));
    await form.locator('h2').first().click();
    const tooSmall = await errorOf(form, '业户经济损失(元)');
    check(tooSmall === '不能小于 0', `业户经济损失(元) -5 shows "${tooSmall}"`);
    const tooLong = await errorOf(form, '处理结果');
    check(tooLong === '最多 2000 个字', `处理结果 of 2001 characters shows "${tooLong}"`);
    await expectNoLatin(form, 'the 处理投诉 form with a number too small and a text too long');
    await loss.scrollIntoViewIfNeeded();
    await shot('zh-16-resolve-limits.png');
    log(`  ${complaintCase}: 此项为必填项 ×3, 请选择, "${tooSmall}", "${tooLong}"`);
  });

  await step('j. guanjia follows links to Cockpit and Admin and to an address that does not exist: a Chinese page with her name, what she may use and the way back to Tasklist, no Whitelabel page', async () => {
    const pages = [
      ['/camunda/app/cockpit/default/', 403, '您无权打开此页面'],
      ['/camunda/app/admin/default/#/users', 403, '您无权打开此页面'],
      ['/camunda/no-such-page', 404, '页面不存在'],
      ['/no-such-page', 404, '页面不存在'],
    ];
    for (const [address, status, title] of pages) {
      const response = await page.goto(`${BASE_URL}${address}`, { waitUntil: 'domcontentloaded' });
      check(response.status() === status, `${address} answered ${response.status()}, not ${status}`);
      const shown = await text(page.locator('body'));
      expectAll(shown, [title, `当前登录: ${USERS.housekeeper.shown}`, '您可以使用', '任务列表:', '返回任务列表'], address);
      check(!shown.includes('Whitelabel') && !shown.includes('unexpected error') && !shown.includes('监控中心:'),
        `${address} shows: ${shown.slice(0, 300)}`);
      await expectNoLatin(page.locator('body'), `the ${status} page of ${address}`);
    }
    await shot('zh-17-forbidden-page.png');
    await page.locator('a.tasklist', { hasText: '返回任务列表' }).click();
    await page.locator('li.account a.dropdown-toggle', { hasText: USERS.housekeeper.shown }).waitFor({ state: 'visible' });
    log('  403 ×2 and 404 ×2 in Chinese with 张敏 and 任务列表; 返回任务列表 leads back to her Tasklist');
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
    check(!body.includes('迁移到 Camunda 8') && await page.locator('.ce-eol-banner').count() === 0,
      'a manager (jingli) sees Camunda\'s migration banner in Cockpit');
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
    await page.locator('body', { hasText: '用户组' }).waitFor({ state: 'visible' });   // the groups load after the profile
    const body = await text(page.locator('body'));
    expectAll(body, ['个人资料', '修改密码', '用户组', '驾驶舱'], 'the Welcome page');
    check(!/Change password|Profile|Groups/.test(body), `the Welcome page still shows English: ${body.slice(0, 400)}`);
    check(!body.includes('迁移到 Camunda 8') && await page.locator('.ce-eol-banner').count() === 0,
      'a manager (jingli) sees Camunda\'s migration banner on the Welcome page');
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

  await step('g2. in the en-US browser form-js stays English: Field is required., Select, mm/dd/yyyy, hh:mm, Sunday first', async () => {
    await page.locator('.start-process-action a, a:has-text("Start process")').first().click();
    const modal = page.locator('.modal-dialog');
    await modal.locator('ul.processes a', { hasText: '业户投诉处理' }).click();
    const form = modal.locator('.fjs-form');
    await form.waitFor({ state: 'visible' });
    await modal.getByRole('button', { name: 'Start', exact: true }).click();
    for (const label of ['投诉渠道', '业主姓名']) {
      const shown = await errorOf(form, label);
      check(shown === REQUIRED_MESSAGE, `${label} shows "${shown}" in en-US, expected ${REQUIRED_MESSAGE}`);
    }
    const channel = await text(form.locator('.fjs-form-field-select', { hasText: '投诉渠道' }).locator('.fjs-select-display'));
    check(channel === 'Select', `the empty drop-down shows "${channel}" in en-US`);
    const date = form.getByLabel('业户要求的解决期限');
    check(await date.getAttribute('placeholder') === 'mm/dd/yyyy', `the date placeholder is "${await date.getAttribute('placeholder')}" in en-US`);
    check(await form.locator('.fjs-form-field-datetime', { hasText: '业户要求的解决期限' }).getByLabel('时间', { exact: true })
      .getAttribute('placeholder') === 'hh:mm', 'the time placeholder is not hh:mm in en-US');
    await date.click();
    const calendar = form.locator('.flatpickr-calendar.open');
    await calendar.waitFor({ state: 'visible' });
    const weekdays = await text(calendar.locator('.flatpickr-weekdays'));
    check(weekdays === 'Sun Mon Tue Wed Thu Fri Sat', `the date picker's weekdays are "${weekdays}" in en-US`);
    await shot('zh-17-en-us-form.png');
    await modal.getByRole('button', { name: 'Close', exact: true }).click().catch(() => {});
  });

  await step('i. the administrator (camunda-admin) still sees Camunda\'s migration banner, in Tasklist and in Admin', async () => {
    await newBrowserContext('zh-CN');
    await login('tasklist', 'admin', '管理员');
    const banner = page.locator('.ce-eol-banner');
    await banner.waitFor({ state: 'visible' });
    check((await text(banner)).includes('迁移到 Camunda 8'), `the banner reads "${await text(banner)}"`);
    await shot('zh-18-admin-banner-tasklist.png');
    await page.goto(`${BASE_URL}/camunda/app/admin/default/`, { waitUntil: 'domcontentloaded' });
    await page.locator('li.account a.dropdown-toggle', { hasText: '管理员' }).waitFor({ state: 'visible' });
    await page.locator('.ce-eol-banner', { hasText: '迁移到 Camunda 8' }).waitFor({ state: 'visible' });
    await shot('zh-19-admin-banner-admin.png');
  });

  await finish();
}

main().catch(err => fail('unexpected error', err));
