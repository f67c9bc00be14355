// Huifang: what the Cockpit dashboard plugins share (huifang-kpi-dashboard.js, huifang-survey-dashboard.js): reading
// Huifang's API with the Cockpit session (GET /api/*, the webapp's CSRF token along) and escaping text for HTML.

export function esc(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export async function getJson(url, api) {
  const response = await fetch(url, {
    credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken || '' },
  });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw Object.assign(new Error(body.message || `HTTP ${response.status}`), { status: response.status });
  }
  return response.json();
}
