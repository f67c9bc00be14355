// Huifang: the tab "附件" (C21) of a case, shared by Tasklist (plugin point tasklist.task.detail, the task's case) and
// Cockpit (cockpit.processInstance.runtime.tab, the instance's case): the case's photos and letters with download
// links, and an upload form for those who work on the case (the API says so: mayAdd). Everything goes through
// /api/cases/{businessKey}/attachments, which decides who may read and add; reading rides on the webapp session,
// an upload on the session with the webapp's CSRF token (X-XSRF-TOKEN). Chinese labels; errors shown as the API
// words them. Plain JavaScript, nothing fetched from outside.

const T = {
  loading: '正在加载附件…', none: '此案件暂无附件。', failed: '无法加载附件:', name: '文件', kind: '类型', size: '大小',
  by: '上传人', at: '上传时间', task: '任务', description: '说明', download: '下载', file: '选择文件',
  descriptionLabel: '附件说明(可选)', upload: '上传附件', uploading: '正在上传…', uploaded: '已上传:',
  choose: '请选择要上传的文件', limits: (max, types) => `每个附件最多${max};可上传:${types}`,
  tooLarge: (name, size, max) => `文件“${name}”过大(${size}),每个附件最多${max}`, caseNo: '案件编号',
  noCase: '此任务不属于任何案件,没有附件。',
};

function esc(text) {
  return String(text == null ? '' : text).replace(/[&<>"']/g,
    c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function megabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)}MB`;
}

function human(bytes) {
  if (bytes == null) return '';
  if (bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024}MB`;
  if (bytes >= 1024 * 1024) return megabytes(bytes);
  return bytes >= 1024 ? `${Math.round(bytes / 1024)}KB` : `${bytes}字节`;
}

function when(iso) {
  return iso ? new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso)) : '';
}

function csrfToken(api) {
  if (api && api.CSRFToken) return api.CSRFToken;
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function answer(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw Object.assign(new Error(body.message || `HTTP ${response.status}`), { status: response.status });
  }
  return body;
}

export async function getJson(url, api) {
  return answer(await fetch(url, { credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(api) } }));
}

function casePath(businessKey) {
  return `/api/cases/${encodeURIComponent(businessKey)}/attachments`;
}

function table(list, businessKey) {
  if (list.length === 0) return `<p class="hf-attach-none">${T.none}</p>`;
  const rows = list.map(a => `<tr data-attachment="${esc(a.id)}">
      <td><a class="hf-attach-download" href="${casePath(businessKey)}/${encodeURIComponent(a.id)}"
        download="${esc(a.name)}" title="${T.download}">${esc(a.name)}</a></td>
      <td>${esc(a.kind || a.type)}</td><td>${esc(human(a.size))}</td>
      <td>${esc(a.uploadedByName || a.uploadedBy || '')}</td><td>${esc(when(a.uploadedAt))}</td>
      <td>${esc(a.taskName || '')}</td><td>${esc(a.description || '')}</td></tr>`).join('');
  return `<table class="table table-condensed hf-attach-table"><thead><tr><th>${T.name}</th><th>${T.kind}</th>
    <th>${T.size}</th><th>${T.by}</th><th>${T.at}</th><th>${T.task}</th><th>${T.description}</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
}

function form(files) {
  const accept = files.allowedTypes.map(t => `.${t}`).join(',');
  return `<form class="hf-attach-form form-inline" novalidate style="margin-top:10px">
      <div class="form-group"><label>${T.file} <input type="file" name="file" class="hf-attach-file"
        accept="${esc(accept)}"></label></div>
      <div class="form-group"><label>${T.descriptionLabel} <input type="text" name="description" maxlength="1000"
        class="form-control hf-attach-description"></label></div>
      <button type="submit" class="btn btn-default hf-attach-upload">${T.upload}</button>
      <p class="help-block">${esc(T.limits(human(files.maxFileSize), files.allowedTypes.join('、')))}</p>
    </form>`;
}

/**
 * Renders the tab into {@code node}: {@code findCase()} answers the case's business key (or null), {@code taskId}
 * is the task an upload is attached to (Tasklist), or null (the API picks the caller's task of the case).
 */
export function renderAttachments(node, { api, findCase, taskId }) {
  const token = {};
  node.hfAttachments = token;
  node.innerHTML = `<section class="huifang-attachments" style="padding:10px">
      <div class="hf-attach-list">${T.loading}</div>
      <p class="hf-attach-error text-danger" role="alert"></p>
      <p class="hf-attach-done text-success" role="status"></p>
      <div class="hf-attach-upload-area"></div></section>`;
  const listNode = node.querySelector('.hf-attach-list');
  const errorNode = node.querySelector('.hf-attach-error');
  const doneNode = node.querySelector('.hf-attach-done');
  const uploadArea = node.querySelector('.hf-attach-upload-area');
  let businessKey = null;

  const show = async () => {
    const files = await getJson(casePath(businessKey), api);
    if (node.hfAttachments !== token) return null;
    listNode.innerHTML = `<p><strong>${T.caseNo}</strong> ${esc(files.businessKey)}</p>` + table(files.attachments,
      businessKey);
    listNode.dataset.loaded = 'true';
    return files;
  };

  const wire = files => {
    if (!files || !files.mayAdd) {
      uploadArea.innerHTML = '';
      return;
    }
    uploadArea.innerHTML = form(files);
    const formNode = uploadArea.querySelector('form');
    formNode.addEventListener('submit', async event => {
      event.preventDefault();
      errorNode.textContent = '';
      doneNode.textContent = '';
      const file = formNode.querySelector('.hf-attach-file').files[0];
      if (!file) {
        errorNode.textContent = T.choose;
        return;
      }
      if (file.size > files.maxFileSize) {
        errorNode.textContent = T.tooLarge(file.name, megabytes(file.size), human(files.maxFileSize));
        return;
      }
      const data = new FormData();
      data.append('file', file, file.name);
      const description = formNode.querySelector('.hf-attach-description').value.trim();
      if (description) data.append('description', description);
      if (taskId) data.append('taskId', taskId);
      const button = formNode.querySelector('.hf-attach-upload');
      button.disabled = true;
      button.textContent = T.uploading;
      try {
        const added = await answer(await fetch(casePath(businessKey), { method: 'POST', credentials: 'same-origin',
          headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(api) }, body: data }));
        doneNode.textContent = T.uploaded + added.name;
        formNode.reset();
        wire(await show());
      } catch (e) {
        errorNode.textContent = e.message;
      } finally {
        button.disabled = false;
        button.textContent = T.upload;
      }
    });
  };

  Promise.resolve(findCase())
    .then(key => {
      if (node.hfAttachments !== token) return null;
      if (!key) {
        listNode.innerHTML = `<p>${T.noCase}</p>`;
        listNode.dataset.loaded = 'true';
        return null;
      }
      businessKey = key;
      return show();
    })
    .then(wire)
    .catch(e => {
      listNode.innerHTML = '';
      listNode.dataset.loaded = 'error';
      errorNode.textContent = T.failed + e.message;
    });
}
