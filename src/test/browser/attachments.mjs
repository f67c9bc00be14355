// Real-browser test of a case's attachments (C21, issue 18 item 7): customer service uploads a photo at a complaint's
// task in Tasklist's tab 附件; the housekeeper working the next task sees it there and downloads it; the office manager
// sees and downloads it in Cockpit's tab 附件 of the process instance. A file over the limit and a web page renamed
// .jpg are refused with the Chinese message, and nothing is stored.
//
//   HUIFANG_URL=http://localhost:8089 HUIFANG_PASSWORD=... node src/test/browser/attachments.mjs
//
// Screenshots: target/browser/attachments-*.png.

import fs from 'node:fs';
import { BASE_URL, USERS, apiAs, page, log, check, shot, step, login, logout, launch, finish, openTask }
  from './lib.mjs';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
  '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const PHOTO = '楼道照片.png';

function api(method, path, body, user) {
  return apiAs(user, method, path, body);
}

// the tab 附件 of the task or instance shown, loaded
async function openAttachmentsTab(where) {
  await page.locator(`${where} a`, { hasText: /^\s*附件\s*$/ }).first().click();
  const list = page.locator('.huifang-attachments .hf-attach-list[data-loaded]');
  await list.waitFor({ state: 'attached' });
  check(await list.getAttribute('data-loaded') === 'true',
    `the tab 附件 did not load: ${await page.locator('.hf-attach-error').innerText()}`);
}

async function uploadFile(name, mimeType, buffer) {
  await page.locator('.hf-attach-file').setInputFiles({ name, mimeType, buffer });
  await page.locator('.hf-attach-upload').click();
}

async function expectError(text) {
  const error = page.locator('.hf-attach-error');
  await page.waitForFunction(el => el.textContent.trim() !== '', await error.elementHandle());
  const shown = (await error.innerText()).trim();
  check(shown.includes(text), `the tab shows "${shown}", expected it to contain "${text}"`);
  return shown;
}

async function downloadPhoto(who) {
  const link = page.locator('.hf-attach-table a.hf-attach-download', { hasText: PHOTO });
  await link.waitFor({ state: 'visible' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  check(download.suggestedFilename() === PHOTO, `${who} downloaded ${download.suggestedFilename()}`);
  const bytes = fs.readFileSync(await download.path());
  check(Buffer.compare(bytes, PNG) === 0, `${who} downloaded ${bytes.length} bytes, not the photo uploaded`);
}

async function main() {
  await launch('attachments.mjs');
  let caseNumber;
  let instanceId;

  await step('a. customer service receives a complaint through the API', async () => {
    const answer = await api('POST', '/api/complaints', {
      channel: 'walkIn', complaintType: 'complaint', ownerName: '王建国', unit: '3栋2单元1101',
      ownerPhone: '13800138000', description: '楼道灯不亮,业主带来照片',
    }, USERS.customerService.id);
    check(answer.status === 201, `POST /api/complaints answered ${answer.status}: ${answer.body}`);
    ({ caseNumber, processInstanceId: instanceId } = JSON.parse(answer.body));
    log(`  ${caseNumber} (${instanceId})`);
  });

  await step('b. Tasklist, kefu: the tab 附件 of 确认投诉等级 uploads the owner\'s photo', async () => {
    await login('tasklist', USERS.customerService.id, USERS.customerService.shown);
    await openTask('我组的任务', '确认投诉等级', caseNumber);
    await openAttachmentsTab('.task-details');
    check((await page.locator('.hf-attach-none').innerText()).includes('暂无附件'), 'a new case lists attachments');
    await page.locator('.hf-attach-description').fill('业主提供的照片');
    await uploadFile(PHOTO, 'image/png', PNG);
    await page.locator('.hf-attach-done', { hasText: PHOTO }).waitFor({ state: 'visible' });
    const row = page.locator('.hf-attach-table tbody tr', { hasText: PHOTO });
    await row.waitFor({ state: 'visible' });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    check(text.includes('PNG图片') && text.includes(USERS.customerService.shown) && text.includes('确认投诉等级')
      && text.includes('业主提供的照片'), `the listed photo reads "${text}"`);
    await shot('attachments-01-tasklist-uploaded.png');
  });

  await step('c. an oversized file and a web page renamed .jpg are refused in Chinese, nothing stored', async () => {
    await uploadFile('大照片.jpg', 'image/jpeg', Buffer.alloc(10 * 1024 * 1024 + 1, 0xFF));
    await expectError('过大');
    await expectError('每个附件最多10MB');
    await shot('attachments-02-too-large.png');
    await uploadFile('photo.jpg', 'image/jpeg', Buffer.from('<html><script>window.__x=1</script></html>'));
    await expectError('文件“photo.jpg”的内容不是JPG图片');
    const listed = await api('GET', `/api/cases/${caseNumber}/attachments`, undefined, USERS.customerService.id);
    check(JSON.parse(listed.body).attachments.length === 1, `the case keeps ${listed.body}`);
    await logout();
  });

  await step('d. the housekeeper classifies it; on 答复业主 the tab 附件 lists the photo and downloads it', async () => {
    const housekeeper = USERS.housekeeper.id;
    const tasks = JSON.parse((await api('GET', `/engine-rest/task?processInstanceBusinessKey=${caseNumber}`,
      undefined, housekeeper)).body);
    check(tasks.length === 1 && tasks[0].name === '确认投诉等级', `open tasks: ${JSON.stringify(tasks)}`);
    let r = await api('POST', `/engine-rest/task/${tasks[0].id}/claim`, { userId: housekeeper }, housekeeper);
    check(r.status === 204, `claim answered ${r.status}: ${r.body}`);
    r = await api('POST', `/engine-rest/task/${tasks[0].id}/submit-form`,
      { variables: { severity: { value: 'general' } } }, housekeeper);
    check(r.status === 204, `classification answered ${r.status}: ${r.body}`);
    await login('tasklist', housekeeper, USERS.housekeeper.shown);
    await openTask('我组的任务', '答复业主', caseNumber);
    await openAttachmentsTab('.task-details');
    await downloadPhoto('the housekeeper');
    check(await page.locator('.hf-attach-upload').count() === 1, 'the housekeeper working the case may add files');
    await shot('attachments-03-housekeeper.png');
    await logout();
  });

  await step('e. Cockpit, the office manager: the instance\'s tab 附件 lists and downloads the photo, no upload', async () => {
    await login('cockpit', USERS.officeManager.id, USERS.officeManager.shown);
    await page.goto(`${BASE_URL}/camunda/app/cockpit/default/#/process-instance/${instanceId}/runtime`,
      { waitUntil: 'domcontentloaded' });
    await openAttachmentsTab('.ctn-tabbed-content, [cam-tabs], .nav-tabs');
    await downloadPhoto('the office manager');
    check(await page.locator('.hf-attach-upload').count() === 0, 'the manager, who works no task of it, gets no upload');
    await shot('attachments-04-cockpit.png');
  });

  await finish();
}

main();
