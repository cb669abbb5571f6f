import { useEffect, useMemo, useState } from 'react';
import type { LineMarker } from '../../../components/editor/diagnostics';
import { LazyCodeEditor } from '../../../components/editor/lazy-code-editor';
import { editorLanguage } from '../utils/challenge-files';

export interface FileEditorProps {
  /** Unique per challenge and file, e.g. `admin/two-sum/tests/hidden.yaml`. */
  modelPath: string;
  file: string;
  value: string;
  markers: LineMarker[];
  readOnly?: boolean;
  onChange?: (value: string) => void;
}

/**
 * One challenge file in Monaco (through the shared lazy editor), with YAML
 * and Markdown syntax loaded first. Markers are handed over once the editor
 * is ready, so problems known before it mounted still show on their lines.
 */
export function FileEditor({ modelPath, file, value, markers, readOnly, onChange }: FileEditorProps) {
  const [languagesReady, setLanguagesReady] = useState(false);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void import('../utils/editor-languages').then(() => live && setLanguagesReady(true));
    return () => {
      live = false;
    };
  }, []);
  const shown = useMemo(() => (ready ? markers : []), [ready, markers]);
  if (!languagesReady) return <div className="editor-loading">Loading the editor…</div>;
  return (
    <LazyCodeEditor
      path={modelPath}
      language={editorLanguage(file)}
      defaultValue={value}
      onChange={(v) => onChange?.(v)}
      markers={shown}
      ariaLabel={`${file}${readOnly ? ' (read only)' : ''}`}
      readOnly={readOnly}
      onReady={() => setReady(true)}
    />
  );
}
