// Real-browser test of management offices as tenants (issue 27): in the demo app, kefu2 of 碧水湾管理处 (bishui)
// works her own office's cases in Tasklist and sees none of 本部管理处 (main); kefu of main sees none of bishui's,
// not even when she opens a bishui task by its address; the general manager (a company role) sees both.
// Run by .ci/browser-test.sh against the demo app.

import { launch, step, finish, log, check, shot, login, switchUser, openFilter, engineJson, engineGet, page }
  from './lib.mjs';

const KEFU_B = { id: 'kefu2', shown: '钱芳' };
const KEFU_A = { id: 'kefu', shown: '李静' };
const GENERAL_MANAGER = { id: 'zongjingli', shown: '孙伟' };

await launch('offices.mjs');

let taskOfB;

await step('o1. kefu2 of 碧水湾管理处 sees only her office\'s tasks and opens one in Tasklist', async () => {
  const who = await login('tasklist', KEFU_B.id, KEFU_B.shown);
  log(`  logged in as ${who}`);
  const tasks = await engineJson('/task?sortBy=created&sortOrder=asc&maxResults=200');
  check(tasks.length > 0, 'kefu2 sees no task at all in the demo');
  const tenants = [...new Set(tasks.map(t => t.tenantId))];
  check(tenants.length === 1 && tenants[0] === 'bishui', `kefu2 sees tasks of offices ${tenants.join(', ')}`);
  taskOfB = tasks[0];
  log(`  ${tasks.length} tasks, all of bishui; opening ${taskOfB.name}`);
  await openFilter('我组的任务');
  const link = page.locator(`ol.tasks-list li.task h4.task a[href="#/?task=${taskOfB.id}"]`);
  await link.waitFor({ state: 'visible' });
  await link.click();
  const form = page.locator('.task-details .fjs-form');
  await form.waitFor({ state: 'visible' });
  const unit = form.getByLabel(/^(房号|单元|业主房号)$/).first();
  await page.waitForFunction(el => el.value !== '', await unit.elementHandle());
  check((await unit.inputValue()).startsWith('碧水湾'), `the task's unit is ${await unit.inputValue()}`);
  await shot('offices-01-kefu2-task.png');
});

await step('o2. kefu of 本部管理处 sees none of bishui\'s work, not even by the task\'s address', async () => {
  await switchUser('tasklist', KEFU_A);
  const tasks = await engineJson('/task?maxResults=500');
  check(tasks.length > 0, 'kefu sees no task at all in the demo');
  check(tasks.every(t => t.tenantId === 'main'), `kefu sees a task of another office: ${tasks.filter(t => t.tenantId !== 'main').map(t => t.name).join(', ')}`);
  check((await engineJson(`/task?processInstanceId=${taskOfB.processInstanceId}`)).length === 0,
    'kefu finds a task of bishui\'s case');
  const direct = await engineGet(`/task/${taskOfB.id}`);
  check(direct.status === 404, `GET /task/${taskOfB.id} of bishui answered ${direct.status} to kefu`);
  const history = await engineJson(`/history/process-instance?processInstanceId=${taskOfB.processInstanceId}`);
  check(history.length === 0, 'kefu reads the history of bishui\'s case');
  await openFilter('我组的任务');
  check(await page.locator('ol.tasks-list li.task h4.task a').count() > 0, '我组的任务 lists no task for kefu');
  check(await page.locator(`ol.tasks-list li.task h4.task a[href="#/?task=${taskOfB.id}"]`).count() === 0,
    'Tasklist lists bishui\'s task to kefu');
  // the task's address, as a link passed on by a colleague of the other office
  await page.goto(`${page.url().split('#')[0]}#/?task=${taskOfB.id}`);
  await page.locator('.notifications', { hasText: taskOfB.id }).waitFor({ state: 'visible' });
  check(await page.locator('.task-details .fjs-form').count() === 0, 'Tasklist shows kefu the form of bishui\'s task');
  await shot('offices-02-kefu-no-bishui-task.png');
});

await step('o3. the general manager, a company role, sees both offices\' work', async () => {
  await switchUser('tasklist', GENERAL_MANAGER);
  const task = await engineJson(`/task/${taskOfB.id}`);
  check(task.tenantId === 'bishui', `the general manager reads bishui's task as of ${task.tenantId}`);
  const main = await engineJson('/history/process-instance?tenantIdIn=main&maxResults=1');
  const bishui = await engineJson('/history/process-instance?tenantIdIn=bishui&maxResults=1');
  check(main.length === 1 && bishui.length === 1, `the general manager reads main: ${main.length}, bishui: ${bishui.length}`);
});

await finish();
