/**
 * The Monaco editor for one policy text (JSON mode with the policy schema), showing the engine's
 * diagnostics as markers. Loaded lazily: see lazy-policy-code-editor.tsx.
 */
import { useEffect, useId, useRef } from 'react';
import type { Diagnostic, Severity } from '../../policy-engine';
import { monaco, policyModelUri } from './monaco-setup';
import styles from './policy-code-editor.module.css';

export interface EditorHandle {
  /** Moves the cursor to a position (1-based) and focuses the editor. */
  revealPosition: (line: number, column: number) => void;
  /** Replaces the whole text as one undoable edit. */
  replaceText: (text: string) => void;
}

export interface PolicyCodeEditorProps {
  value: string;
  onChange?: (value: string) => void;
  readOnly?: boolean;
  /** Names the editor for screen readers, e.g. "Policy document". */
  ariaLabel: string;
  diagnostics?: Diagnostic[];
  /** Editor height in pixels. */
  height?: number;
  onReady?: (handle: EditorHandle) => void;
}

const MARKER_SEVERITY: Record<Severity, monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  'security-warning': monaco.MarkerSeverity.Warning,
  warning: monaco.MarkerSeverity.Warning,
  suggestion: monaco.MarkerSeverity.Info,
};

const MARKER_OWNER = 'policy-engine';

export default function PolicyCodeEditor({
  value,
  onChange,
  readOnly = false,
  ariaLabel,
  diagnostics = [],
  height = 420,
  onReady,
}: PolicyCodeEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const id = useId();
  // Latest callbacks without re-creating the editor.
  const onChangeRef = useRef(onChange);
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onChangeRef.current = onChange;
    onReadyRef.current = onReady;
  });

  useEffect(() => {
    if (!container.current) return;
    const model = monaco.editor.createModel(value, 'json', policyModelUri(id));
    const instance = monaco.editor.create(container.current, {
      model,
      readOnly,
      ariaLabel,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 14,
      tabSize: 2,
      insertSpaces: true,
      wordWrap: 'on',
      fixedOverflowWidgets: true,
      // Lets Tab leave the editor, so the page stays usable from the keyboard (Ctrl+M toggles).
      tabFocusMode: true,
      quickSuggestions: { strings: true, other: true, comments: false },
    });
    editor.current = instance;
    const subscription = model.onDidChangeContent(() => onChangeRef.current?.(model.getValue()));
    onReadyRef.current?.({
      revealPosition: (lineNumber, column) => {
        instance.setPosition({ lineNumber, column });
        instance.revealPositionInCenter({ lineNumber, column });
        instance.focus();
      },
      replaceText: (text) => {
        instance.pushUndoStop();
        instance.executeEdits('format', [{ range: model.getFullModelRange(), text }]);
        instance.pushUndoStop();
      },
    });
    return () => {
      subscription.dispose();
      instance.dispose();
      model.dispose();
      editor.current = null;
    };
    // The editor is created once; value changes from outside are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  // A value set from outside (restoring a draft, a generator step) replaces the text.
  useEffect(() => {
    const model = editor.current?.getModel();
    if (model && model.getValue() !== value) model.setValue(value);
  }, [value]);

  useEffect(() => {
    editor.current?.updateOptions({ readOnly, ariaLabel });
  }, [readOnly, ariaLabel]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      diagnostics.map((d) => ({
        severity: MARKER_SEVERITY[d.severity],
        message: d.message,
        code: d.code,
        startLineNumber: d.range.start.line,
        startColumn: d.range.start.column,
        endLineNumber: d.range.end.line,
        // Zero-width ranges (a missing element) still get a visible squiggle.
        endColumn:
          d.range.end.line === d.range.start.line && d.range.end.column <= d.range.start.column
            ? d.range.start.column + 1
            : d.range.end.column,
      })),
    );
  }, [diagnostics]);

  return (
    <div ref={container} className={styles.editor} style={{ height }} data-testid="policy-code-editor" />
  );
}
