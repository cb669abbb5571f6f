/**
 * The text of the docs page: Swagger UI (served from our node_modules, see
 * api-docs.ts) over /api/openapi.json. No inline script, so the page runs
 * under a CSP without 'unsafe-inline' scripts; nothing names another origin.
 */
export const API_DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Assay API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
<link rel="stylesheet" href="/api/docs/docs.css">
</head><body>
<header><h1>Assay API</h1><p id="session" role="status" aria-live="polite">Loading…</p></header>
<main id="swagger-ui"></main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/docs.js"></script>
</body></html>`;

/** The page's own styles: the header, and Swagger UI's recommended page reset. */
export const API_DOCS_CSS = `html{box-sizing:border-box;overflow-y:scroll}*,*:before,*:after{box-sizing:inherit}
body{margin:0;background:#fafafa}
header{background:#1d2b3a;color:#fff;padding:12px 32px;font:15px/1.5 system-ui,sans-serif}
header h1{margin:0;font-size:20px}header p{margin:4px 0 0;color:#d6dde6}`;

/**
 * Starts Swagger UI. "Try it out" rides on the staff session of this
 * browser: the cookie goes along by itself, and the CSRF token the guard
 * wants on writes is read from /api/v1/auth/session and filled in.
 */
export const API_DOCS_JS = `(function () {
  var status = document.getElementById('session');
  var ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null, // the default sends the document to an outside validator
    filter: true,
    displayRequestDuration: true,
    defaultModelsExpandDepth: 0,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    onComplete: function () {
      fetch('/api/v1/auth/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .catch(function () { return null; })
        .then(function (session) {
          if (session && session.csrfToken) {
            ui.preauthorizeApiKey('csrfToken', session.csrfToken);
            status.textContent = 'Signed in as ' + session.user.email + ': "Try it out" sends your session and its CSRF token.';
          } else {
            status.textContent = 'Not signed in: sign in to Assay in this browser, or press Authorize and paste an API token.';
          }
        });
    },
  });
  window.ui = ui;
})();
`;
