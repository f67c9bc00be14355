// Huifang: the tab "附件" on a task in Tasklist (plugin point tasklist.task.detail, C21): the photos and letters of
// the task's case, downloads, and uploads attached to this task. Loaded through config.js's customScripts; the tab
// itself is shared with Cockpit (../../huifang/huifang-attachments.js).

import { getJson, renderAttachments } from '../../huifang/huifang-attachments.js';

export default {
  id: 'huifang.taskAttachments',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  render: (node, { taskId, api }) => {
    renderAttachments(node, {
      api,
      taskId,
      findCase: () => getJson(`/api/tasks/${encodeURIComponent(taskId)}/case`, api)
        .then(c => c.businessKey, e => (e.status === 404 ? null : Promise.reject(e))),
    });
  },
  properties: {
    label: '附件',
  },
};
