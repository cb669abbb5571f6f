import { useMemo } from 'react';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import { MarkdownView } from '../../../components/ui/markdown-view';
import { useLanguages } from '../../../lib/languages';
import type { Files, Problem } from '../api/challenges';
import { fileKind, REQUIRED_FILES, sourceLanguage } from '../utils/challenge-files';
import { FileEditor } from './file-editor';
import { ProblemList } from './problem-list';

export interface ChallengeFilePaneProps {
  modelPath: string;
  path: string;
  files: Files;
  problems: Problem[];
  onChange: (path: string, value: string) => void;
  onRemove: (path: string) => void;
}

function typeLabel(path: string, languageLabel: (id: string) => string): string {
  const language = sourceLanguage(path);
  if (language) return `${path.startsWith('starter/') ? 'Starter' : 'Reference'} · ${languageLabel(language)}`;
  const kind = fileKind(path);
  return kind === 'markdown' ? 'Markdown' : kind === 'data' ? 'YAML' : kind === 'code' ? 'Code' : 'Text';
}

/** One file: its problems on top, Monaco below (beside a live preview for Markdown), each problem with a line marked in the editor. */
export function ChallengeFilePane({ modelPath, path, files, problems, onChange, onRemove }: ChallengeFilePaneProps) {
  const { label: languageLabel } = useLanguages();
  const markers = useMemo(() => problems.filter((p) => p.line).map((p) => ({ line: p.line!, message: [p.field, p.message].filter(Boolean).join(': ') })), [problems]);
  const markdown = fileKind(path) === 'markdown';
  const secret = path.startsWith('reference/') || path === 'tests/hidden.yaml' || path === 'key.yaml';
  return (
    <div className="file-pane">
      <div className="file-pane-head">
        <Icon name="file" size={16} />
        <h2 className="file-path">{path}</h2>
        <Badge>{typeLabel(path, languageLabel)}</Badge>
        {secret && (
          <Badge tone="warning" icon={<Icon name="lock" size={12} />}>
            Never shown to candidates
          </Badge>
        )}
        <span className="toolbar-spacer" />
        {!REQUIRED_FILES.includes(path) && (
          <Button size="sm" variant="ghost" onClick={() => onRemove(path)} icon={<Icon name="trash" size={14} />}>
            Remove file
          </Button>
        )}
      </div>
      {problems.length > 0 && (
        <div className="file-problems" role="status">
          <p className="file-problems-title">
            <Icon name="alert" size={15} />
            {problems.length} problem{problems.length === 1 ? '' : 's'} in this file
          </p>
          <ProblemList problems={problems} files={files} showFile={false} />
        </div>
      )}
      <div className={markdown ? 'file-split' : 'file-single'}>
        <div className="editor-frame">
          <FileEditor modelPath={modelPath} file={path} value={files[path] ?? ''} markers={markers} onChange={(v) => onChange(path, v)} />
        </div>
        {markdown && (
          <section className="md-preview" aria-label="Preview as candidates see it">
            <p className="md-preview-label">Preview</p>
            <MarkdownView source={files[path] ?? ''} />
          </section>
        )}
      </div>
    </div>
  );
}
