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

/**
 * The page's own styles: the header, Swagger UI's recommended page reset,
 * and darker shades where Swagger UI's own colours put text below WCAG AA
 * contrast (4.5:1): the version badges, the document's URL, Authorize, the
 * method labels and the try-it buttons.
 */
export const API_DOCS_CSS = `html{box-sizing:border-box;overflow-y:scroll}*,*:before,*:after{box-sizing:inherit}
body{margin:0;background:#fafafa}
header{background:#1d2b3a;color:#fff;padding:12px 32px;font:15px/1.5 system-ui,sans-serif}
header h1{margin:0;font-size:20px}header p{margin:4px 0 0;color:#d6dde6}
.swagger-ui .info .title small,.swagger-ui .info .title small pre{background:#4f5663}
.swagger-ui .info .title small.version-stamp,.swagger-ui .info .title small.version-stamp pre{background:#4b6b02}
.swagger-ui .info .link,.swagger-ui .info .url,.swagger-ui .info a{color:#1b5fa8}
.swagger-ui .btn.authorize{color:#1e6b47;border-color:#1e6b47}.swagger-ui .btn.authorize svg{fill:#1e6b47}
.swagger-ui .opblock.opblock-post .opblock-summary-method{background:#1e6b47}
.swagger-ui .opblock.opblock-get .opblock-summary-method{background:#1b5fa8}
.swagger-ui .opblock.opblock-put .opblock-summary-method{background:#94500b}
.swagger-ui .opblock.opblock-delete .opblock-summary-method{background:#b3261e}
.swagger-ui .opblock.opblock-patch .opblock-summary-method{background:#0f6b5a}
.swagger-ui .opblock.opblock-head .opblock-summary-method{background:#6b3fa0}
.swagger-ui .opblock.opblock-options .opblock-summary-method{background:#1a4f86}
.swagger-ui .btn.cancel{color:#b3261e;border-color:#b3261e}
.swagger-ui .btn.execute{background:#1b5fa8;border-color:#1b5fa8}
.swagger-ui .download-contents{background:#4f5663}`;

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
    // Deep links put a link inside each operation's toggle button, which screen readers cannot use (nested controls).
    deepLinking: false,
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
  // Swagger UI's request-body box has no label: give it one whenever it appears.
  new MutationObserver(function () {
    document.querySelectorAll('textarea.body-param__text:not([aria-label])').forEach(function (box) {
      box.setAttribute('aria-label', 'Request body (JSON)');
    });
  }).observe(document.getElementById('swagger-ui'), { childList: true, subtree: true });
})();
`;
