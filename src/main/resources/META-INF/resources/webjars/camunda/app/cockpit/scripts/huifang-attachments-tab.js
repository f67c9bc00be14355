// Huifang: the tab "附件" of a process instance in Cockpit (plugin point cockpit.processInstance.runtime.tab, C21):
// the photos and letters of the instance's case (its business key), downloads, and an upload for a user who works on
// the case. Loaded through config.js's customScripts; the tab itself is shared with Tasklist
// (../../huifang/huifang-attachments.js).

import { getJson, renderAttachments } from '../../huifang/huifang-attachments.js';

export default {
  id: 'huifang.instanceAttachments',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 5,
  render: (node, { processInstanceId, api }) => {
    renderAttachments(node, {
      api,
      taskId: null,
      findCase: () => getJson(`${api.engineApi}/process-instance/${encodeURIComponent(processInstanceId)}`, api)
        .then(instance => instance.businessKey || null),
    });
  },
  properties: {
    label: '附件',
  },
};
