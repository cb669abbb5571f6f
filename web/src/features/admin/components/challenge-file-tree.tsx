import { Icon } from '../../../components/ui/icon';
import { groupFiles } from '../utils/challenge-files';

/** What the editor shows: the details form, the validation report, or one file. */
export type EditorView = { kind: 'details' } | { kind: 'validation' } | { kind: 'file'; path: string };

export interface ChallengeFileTreeProps {
  files: string[];
  view: EditorView;
  /** Problems per file (relative path); a count badge appears beside the file. */
  problemCounts: Record<string, number>;
  /** Problems not tied to an existing file (a missing reference, a wrong id). */
  otherProblems: number;
  /** Files changed since the last save. */
  changed: Set<string>;
  validation: 'none' | 'running' | 'passed' | 'failed' | 'outdated';
  onSelect: (view: EditorView) => void;
  onAddFile: () => void;
}

/** The editor's left column: Details, Validation, then the challenge's files by folder, with problem counts. */
export function ChallengeFileTree({ files, view, problemCounts, otherProblems, changed, validation, onSelect, onAddFile }: ChallengeFileTreeProps) {
  const current = (v: EditorView) => (v.kind === view.kind && (v.kind !== 'file' || (view.kind === 'file' && view.path === v.path)) ? 'page' : undefined);
  return (
    <nav className="file-tree" aria-label="Challenge">
      <ul className="tree-list">
        <li>
          <button type="button" className="tree-item" aria-current={current({ kind: 'details' })} onClick={() => onSelect({ kind: 'details' })}>
            <Icon name="edit" size={15} />
            <span className="tree-name">Details</span>
          </button>
        </li>
        <li>
          <button type="button" className="tree-item" aria-current={current({ kind: 'validation' })} onClick={() => onSelect({ kind: 'validation' })}>
            <Icon name="beaker" size={15} />
            <span className="tree-name">Validation</span>
            {validation === 'passed' && <span className="tree-status ok">Passed</span>}
            {validation === 'failed' && <span className="tree-status bad">Failed</span>}
            {validation === 'running' && <span className="tree-status">Running…</span>}
            {validation === 'outdated' && <span className="tree-status">Outdated</span>}
            {otherProblems > 0 && (
              <span className="tree-count">
                {otherProblems}
                <span className="visually-hidden"> problems not in a file</span>
              </span>
            )}
          </button>
        </li>
      </ul>
      <div className="tree-head">
        <h2 className="tree-title">Files</h2>
        <button type="button" className="tree-add" onClick={onAddFile}>
          <Icon name="plus" size={14} />
          Add file
        </button>
      </div>
      {groupFiles(files).map((group) => (
        <div key={group.folder || '.'} className="tree-group">
          {group.folder && (
            <p className="tree-folder">
              <Icon name="folder" size={14} />
              {group.folder}/
            </p>
          )}
          <ul className="tree-list" aria-label={group.folder ? `${group.folder} folder` : 'Top-level files'}>
            {group.files.map((path) => {
              const count = problemCounts[path] ?? 0;
              return (
                <li key={path}>
                  <button
                    type="button"
                    className={`tree-item${group.folder ? ' nested' : ''}`}
                    aria-current={current({ kind: 'file', path })}
                    onClick={() => onSelect({ kind: 'file', path })}
                  >
                    <Icon name="file" size={15} />
                    <span className="tree-name">{group.folder ? path.slice(group.folder.length + 1) : path}</span>
                    {changed.has(path) && (
                      <span className="tree-dot" title="Changed since the last save">
                        <span className="visually-hidden">(changed)</span>
                      </span>
                    )}
                    {count > 0 && (
                      <span className="tree-count">
                        {count}
                        <span className="visually-hidden"> problem{count === 1 ? '' : 's'}</span>
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
