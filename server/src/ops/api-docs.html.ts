/**
 * A self-contained page that renders /api/openapi.json: every route with
 * its access, parameters, request and response schemas. No CDN, no bundle.
 */
export const API_DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Assay API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1c2430;background:#f6f7f9}
header{background:#1d2b3a;color:#fff;padding:16px 32px}h1{margin:0;font-size:20px}
main{max-width:980px;margin:24px auto;padding:0 24px}
details{background:#fff;border:1px solid #d9dee5;border-radius:8px;margin:8px 0}
summary{cursor:pointer;padding:10px 14px;display:flex;gap:12px;align-items:center}
.m{font:600 12px ui-monospace,monospace;text-transform:uppercase;padding:2px 8px;border-radius:4px;color:#fff;min-width:52px;text-align:center}
.get{background:#2563a8}.post{background:#1d7a46}.put{background:#8a5a00}.patch{background:#6b4fa0}.delete{background:#a32b2b}
code,pre{font:13px ui-monospace,monospace}pre{background:#f1f3f6;padding:10px;border-radius:6px;overflow:auto;margin:6px 14px 14px}
.access{margin-left:auto;font-size:12px;color:#4a5565}h2{font-size:16px;margin:24px 0 4px;text-transform:capitalize}
</style></head><body><header><h1>Assay API</h1></header><main id="root">Loading…</main>
<script>
fetch('/api/openapi.json').then(r=>r.json()).then(doc=>{
  const root=document.getElementById('root');root.textContent='';
  const esc=s=>String(s).replace(/[&<>"]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
  const byTag={};
  for(const [p,ops] of Object.entries(doc.paths))for(const [m,op] of Object.entries(ops))(byTag[op.tags[0]]??=[]).push([p,m,op]);
  for(const [tag,list] of Object.entries(byTag)){
    const h=document.createElement('h2');h.textContent=tag;root.append(h);
    for(const [p,m,op] of list){
      const d=document.createElement('details');
      const body=op.requestBody?'<div style="margin:0 14px">Request body</div><pre>'+esc(JSON.stringify(op.requestBody.content['application/json'].schema,null,2))+'</pre>':'';
      const params=op.parameters?'<div style="margin:0 14px">Parameters</div><pre>'+esc(JSON.stringify(op.parameters,null,2))+'</pre>':'';
      const ok=Object.entries(op.responses).find(([k])=>k!=='default');
      const resp=ok&&ok[1].content?'<div style="margin:0 14px">Response '+ok[0]+'</div><pre>'+esc(JSON.stringify(ok[1].content['application/json'].schema,null,2))+'</pre>':'';
      d.innerHTML='<summary><span class="m '+m+'">'+m+'</span><code>'+esc(p)+'</code> '+esc(op.summary)+'<span class="access">'+esc(op['x-access'])+'</span></summary>'+params+body+resp;
      root.append(d);
    }
  }
});
</script></body></html>`;
