import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { LanguageId } from '@assay/contract';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Icon } from '../../../components/ui/icon';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { formatDateTime } from '../../../lib/time';
import { exportUrl, saveChallenge, validateFiles, type ChallengeDocument, type Files, type Problem, type ValidationReport as Report } from '../api/challenges';
import { useUnsavedGuard } from '../hooks/use-unsaved-guard';
import { newFileContent, problemFile, sourceLanguage } from '../utils/challenge-files';
import { readMeta } from '../utils/challenge-yaml';
import { AddFileDialog } from './add-file-dialog';
import { ChallengeDetailsForm } from './challenge-details-form';
import { ChallengeFilePane } from './challenge-file-pane';
import { ChallengeFileTree, type EditorView } from './challenge-file-tree';
import { ValidationReport } from './validation-report';

type Flash = { tone: 'success' | 'danger' | 'info'; text: string } | undefined;

const sameFiles = (a: Files, b: Files) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/**
 * Creates (no `doc`) or edits a challenge as its files: the details form
 * writes challenge.yaml, every file opens in Monaco, Validate runs the
 * references on the unsaved files, Save makes a new version or shows the
 * problems beside their files and on their lines.
 */
export function ChallengeEditor({ doc, template, initialFlash }: { doc?: ChallengeDocument; template: Files; initialFlash?: string }) {
  const api = useApi();
  const navigate = useNavigate();
  const [files, setFiles] = useState<Files>(() => doc?.files ?? template);
  const [saved, setSaved] = useState<Files>(() => doc?.files ?? template);
  const [version, setVersion] = useState(doc?.version);
  const [history, setHistory] = useState(() => doc?.history ?? []);
  const [view, setView] = useState<EditorView>({ kind: 'details' });
  const [report, setReport] = useState<Report>();
  const [validatedFiles, setValidatedFiles] = useState<Files>();
  const [saveProblems, setSaveProblems] = useState<Problem[]>([]);
  const [validating, setValidating] = useState(false);
  const [validateError, setValidateError] = useState<string>();
  const [repeats, setRepeats] = useState(1);
  const [saving, setSaving] = useState(false);
  const [flash, setFlash] = useState<Flash>(initialFlash ? { tone: 'success', text: initialFlash } : undefined);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<string>();
  const dirty = !sameFiles(files, saved);
  const { dialog: guardDialog, bypass } = useUnsavedGuard(dirty, 'changes');
  const modelRoot = `admin/${doc?.id ?? 'new'}`;

  const meta = readMeta(files['challenge.yaml'] ?? '');
  const title = 'fields' in meta && meta.fields.title.trim() ? meta.fields.title : (doc?.title ?? 'New challenge');
  const problems = report ? report.problems : saveProblems;
  const { perFile, other } = useMemo(() => {
    const perFile: Record<string, Problem[]> = {};
    let other = 0;
    for (const p of problems) {
      const f = problemFile(p, files);
      if (f) (perFile[f] ??= []).push(p);
      else other++;
    }
    return { perFile, other };
  }, [problems, files]);
  const counts = useMemo(() => Object.fromEntries(Object.entries(perFile).map(([f, list]) => [f, list.length])), [perFile]);
  const changed = useMemo(() => new Set(Object.keys(files).filter((f) => files[f] !== saved[f])), [files, saved]);

  const edit = useCallback((path: string, value: string) => setFiles((prev) => ({ ...prev, [path]: value })), []);

  const validate = async () => {
    setValidating(true);
    setValidateError(undefined);
    try {
      const result = await validateFiles(api, files, repeats);
      setReport(result);
      setValidatedFiles(files);
      setSaveProblems([]);
    } catch (e) {
      setReport(undefined);
      setValidateError(errorMessage(e));
    } finally {
      setValidating(false);
      setView({ kind: 'validation' });
    }
  };

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setFlash(undefined);
    try {
      const outcome = await saveChallenge(api, doc?.id, files);
      if (!outcome.ok) {
        setSaveProblems(outcome.problems);
        setReport(undefined);
        setFlash({
          tone: 'danger',
          text: outcome.problems.length
            ? `Not saved: ${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'} to fix (marked beside their files).`
            : `Not saved: ${outcome.message}`,
        });
        return;
      }
      setSaveProblems([]);
      setSaved(files);
      setVersion(outcome.saved.version);
      if (outcome.saved.created) setHistory((h) => [...h, { version: outcome.saved.version, hash: '', createdAt: new Date().toISOString() }]);
      if (!doc) {
        bypass();
        navigate(`/admin/challenges/${encodeURIComponent(outcome.saved.id)}`, {
          replace: true,
          state: { flash: `Created ${outcome.saved.id}, version ${outcome.saved.version}.` },
        });
        return;
      }
      setFlash({ tone: 'success', text: outcome.saved.created ? `Saved as version ${outcome.saved.version}.` : `No changes since version ${outcome.saved.version}.` });
    } catch (e) {
      setFlash({ tone: 'danger', text: `Not saved: ${errorMessage(e)}` });
    } finally {
      setSaving(false);
    }
  };

  // Ctrl+S / Cmd+S saves, as in any editor.
  const latestSave = useRef(save);
  latestSave.current = save;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void latestSave.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const addFile = (path: string) => {
    // A starter file of a typed challenge starts from the stub candidates get now (as of the saved version).
    const generated = path.startsWith('starter/') ? doc?.generatedStarters[sourceLanguage(path) as LanguageId] : undefined;
    setFiles((prev) => ({ ...prev, [path]: generated ?? newFileContent(path) }));
    setView({ kind: 'file', path });
  };
  const removeFile = (path: string) => {
    setFiles((prev) => {
      const next = { ...prev };
      delete next[path];
      return next;
    });
    setView({ kind: 'details' });
    setRemoving(undefined);
  };

  const outdated = Boolean(report && validatedFiles && !sameFiles(files, validatedFiles));
  const validation = validating ? 'running' : outdated ? 'outdated' : report ? (report.valid ? 'passed' : 'failed') : saveProblems.length ? 'failed' : 'none';

  return (
    <div className="fill-page challenge-editor">
      <header className="editor-head">
        <div className="editor-head-text">
          <p className="page-eyebrow">
            <Link to="/admin/challenges">Challenges</Link>
            <Icon name="chevronRight" size={12} />
            <span>{doc ? doc.id : 'New'}</span>
          </p>
          <div className="editor-title-row">
            <h1 className="page-title">{title}</h1>
            {version !== undefined ? <Badge tone="brand">Version {version}</Badge> : <Badge>Not saved yet</Badge>}
            {version !== undefined && dirty && <Badge tone="warning">Unsaved changes</Badge>}
          </div>
        </div>
        <div className="page-actions">
          {doc && (
            <Link className="btn btn-ghost btn-md" to={`/admin/challenges/${encodeURIComponent(doc.id)}/rubric`}>
              <Icon name="list" size={15} />
              Rubric
            </Link>
          )}
          {doc && (
            <a className="btn btn-ghost btn-md" href={exportUrl(doc.id)} download={`${doc.id}-v${version}.json`}>
              <Icon name="download" size={15} />
              Export
            </a>
          )}
          <Button busy={validating} onClick={validate} icon={<Icon name="beaker" size={15} />}>
            Validate
          </Button>
          <Button variant="primary" busy={saving} onClick={save} icon={<Icon name="save" size={15} />} aria-keyshortcuts="Control+S">
            Save
          </Button>
        </div>
      </header>
      <div className="editor-flash" aria-live="polite">
        {flash && (
          <Alert
            tone={flash.tone}
            action={
              flash.tone === 'danger' && problems.length > 0 ? (
                <Button size="sm" onClick={() => setView({ kind: 'validation' })}>
                  Show problems
                </Button>
              ) : undefined
            }
          >
            {flash.text}
          </Alert>
        )}
      </div>
      <div className="editor-body">
        <ChallengeFileTree
          files={Object.keys(files)}
          view={view}
          problemCounts={counts}
          otherProblems={other}
          changed={changed}
          validation={validation}
          onSelect={setView}
          onAddFile={() => setAdding(true)}
        />
        <section className="editor-main" aria-label={view.kind === 'file' ? view.path : view.kind === 'details' ? 'Details' : 'Validation'}>
          {view.kind === 'details' && (
            <div className="pane-scroll">
              <h2 className="pane-title">Details</h2>
              <ChallengeDetailsForm
                yaml={files['challenge.yaml'] ?? ''}
                onChange={(yaml) => edit('challenge.yaml', yaml)}
                idLocked={Boolean(doc)}
                files={Object.keys(files)}
                onAddFile={addFile}
                onOpenYaml={() => setView({ kind: 'file', path: 'challenge.yaml' })}
              />
              {(perFile['challenge.yaml']?.length ?? 0) > 0 && (
                <Alert
                  tone="danger"
                  title="challenge.yaml has problems"
                  action={
                    <Button size="sm" onClick={() => setView({ kind: 'file', path: 'challenge.yaml' })}>
                      Open the file
                    </Button>
                  }
                >
                  {perFile['challenge.yaml']!.map((p) => `${p.field ? `${p.field}: ` : ''}${p.message}`).join(' · ')}
                </Alert>
              )}
              {history.length > 0 && (
                <section className="history" aria-label="Versions">
                  <h3 className="section-title">Versions</h3>
                  <ol className="history-list">
                    {[...history].reverse().map((h) => (
                      <li key={h.version}>
                        <Badge tone={h.version === version ? 'brand' : 'neutral'}>v{h.version}</Badge>
                        <span>{formatDateTime(h.createdAt)}</span>
                        {h.hash && <code className="muted">{h.hash.slice(0, 10)}</code>}
                      </li>
                    ))}
                  </ol>
                </section>
              )}
            </div>
          )}
          {view.kind === 'validation' && (
            <div className="pane-scroll">
              <ValidationReport
                report={report}
                outdated={outdated}
                saveProblems={saveProblems}
                running={validating}
                error={validateError}
                repeats={repeats}
                onRepeats={setRepeats}
                onValidate={validate}
                files={files}
                onOpen={(file) => setView({ kind: 'file', path: file })}
              />
            </div>
          )}
          {view.kind === 'file' && files[view.path] !== undefined && (
            <ChallengeFilePane
              key={view.path}
              modelPath={`${modelRoot}/${view.path}`}
              path={view.path}
              files={files}
              problems={perFile[view.path] ?? []}
              onChange={edit}
              onRemove={setRemoving}
            />
          )}
        </section>
      </div>
      <AddFileDialog open={adding} existing={Object.keys(files)} onAdd={addFile} onClose={() => setAdding(false)} />
      <Dialog
        open={removing !== undefined}
        title="Remove this file?"
        onClose={() => setRemoving(undefined)}
        actions={
          <>
            <Button onClick={() => setRemoving(undefined)}>Keep it</Button>
            <Button variant="danger" onClick={() => removing && removeFile(removing)}>
              Remove
            </Button>
          </>
        }
      >
        <p>
          <code>{removing}</code> is removed from the challenge when you save. Until then, nothing changes for candidates.
        </p>
      </Dialog>
      {guardDialog}
    </div>
  );
}
