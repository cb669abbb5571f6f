import { useEffect, useRef, useState, type ComponentType } from 'react';
import type { CodeEditorProps } from './code-editor';
import { useEditorPreferences } from './editor-preferences';
import { PlainCodeEditor } from './plain-code-editor';

type CodeEditorModule = typeof import('./code-editor');
let loading: Promise<CodeEditorModule> | undefined;
let loaded: CodeEditorModule | undefined;

/**
 * Fetches and evaluates the editor's code (Monaco, its setup and
 * features) once; later calls share the same load (a failed load is tried
 * again by the next call). The invite landing calls it once idle, so Start
 * leads to a ready Monaco.
 */
export function preloadCodeEditor(): Promise<CodeEditorModule> {
  loading ??= import('./code-editor').then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/**
 * The only way the app shows Monaco: its bundle loads on first use, never
 * on pages without an editor. Until Monaco is up, the code is in a plain
 * textarea (PlainCodeEditor) that takes input at once; Monaco mounts
 * beneath it and takes over its text, selection, scroll and focus (take-over)
 * in the same task, so nothing typed during the swap is lost. With Vim keys
 * the textarea is read-only: Vim starts in normal mode, where letters are
 * commands, not text. If Monaco cannot be loaded, the textarea stays.
 */
export function LazyCodeEditor(props: CodeEditorProps) {
  const { theme, keys } = useEditorPreferences();
  const [Editor, setEditor] = useState<ComponentType<CodeEditorProps> | undefined>(() => loaded?.default);
  // Monaco already evaluated (another challenge was open before): it mounts at once, no textarea first.
  const [plainShown, setPlainShown] = useState(() => !loaded);
  const [failed, setFailed] = useState(false);
  const plain = useRef<HTMLTextAreaElement>(null);
  const plainEditable = plainShown && !props.readOnly && keys !== 'vim';

  // Monaco is evaluated once the textarea is on screen (the frame after this one): evaluating it is a long task that would otherwise come first.
  useEffect(() => {
    if (Editor) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() =>
        preloadCodeEditor().then(
          (m) => live && setEditor(() => m.default),
          () => live && setFailed(true),
        ),
      );
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [Editor]);

  // The bench's "takes input": the first surface that accepts typing, plain or Monaco.
  useEffect(() => {
    if (plainEditable) performance.mark('assay:editor-input');
  }, [plainEditable]);

  return (
    <div className="editor-stack">
      {Editor && (
        <Editor
          {...props}
          takeOverFrom={() => plain.current}
          onReady={() => {
            if (!plainEditable && !props.readOnly) performance.mark('assay:editor-input');
            setPlainShown(false);
            props.onReady?.();
          }}
        />
      )}
      {plainShown && (
        <PlainCodeEditor
          ref={plain}
          defaultValue={props.defaultValue}
          onChange={props.onChange}
          ariaLabel={props.ariaLabel}
          readOnly={props.readOnly || keys === 'vim'}
          theme={theme}
          tabSize={4}
        />
      )}
      {failed && (
        <p className="editor-failed" role="alert">
          The full editor could not be loaded: your code is in this plain text box and saves as you type. Reload the page to try again.
        </p>
      )}
    </div>
  );
}
