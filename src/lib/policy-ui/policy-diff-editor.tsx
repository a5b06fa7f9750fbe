/**
 * Two versions of a policy side by side in Monaco's diff editor, both read-only, with buttons
 * that move between the differences (so the keyboard does not have to find Monaco's own keys).
 * Loaded lazily with Monaco: see lazy-policy-diff-editor.tsx.
 */
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useRef } from 'react';
import { monaco } from './monaco-setup';
import styles from './policy-code-editor.module.css';

export interface PolicyDiffEditorProps {
  /** Left: the version compared against (e.g. what SES has now). */
  original: string;
  /** Right: the version compared (e.g. yours). */
  modified: string;
  originalLabel: string;
  modifiedLabel: string;
  height?: number;
}

export default function PolicyDiffEditor({
  original,
  modified,
  originalLabel,
  modifiedLabel,
  height = 360,
}: PolicyDiffEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);

  useEffect(() => {
    if (!container.current) return;
    // Plain models (no policy schema): nothing here is edited, so no completions are wanted.
    const models = {
      original: monaco.editor.createModel(original, 'json'),
      modified: monaco.editor.createModel(modified, 'json'),
    };
    const instance = monaco.editor.createDiffEditor(container.current, {
      readOnly: true,
      originalEditable: false,
      originalAriaLabel: `${originalLabel} (read-only)`,
      modifiedAriaLabel: `${modifiedLabel} (read-only)`,
      automaticLayout: true,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      wordWrap: 'on',
      fontSize: 14,
      tabFocusMode: true,
    });
    instance.setModel(models);
    // The construction options' aria labels do not reach the inner editors' edit contexts in this
    // Monaco version (they are left with an empty label); set on each editor, they do.
    instance.getOriginalEditor().updateOptions({ ariaLabel: `${originalLabel} (read-only)` });
    instance.getModifiedEditor().updateOptions({ ariaLabel: `${modifiedLabel} (read-only)` });
    editor.current = instance;
    // Opens on the first difference, not on the first lines (a policy's changes are often deep in it).
    const firstDiff = instance.onDidUpdateDiff(() => {
      firstDiff.dispose();
      const [first] = instance.getLineChanges() ?? [];
      if (first) instance.getModifiedEditor().revealLineInCenter(Math.max(first.modifiedStartLineNumber, 1));
    });
    return () => {
      firstDiff.dispose();
      instance.dispose();
      models.original.dispose();
      models.modified.dispose();
      editor.current = null;
    };
  }, [original, modified, originalLabel, modifiedLabel]);

  return (
    <SpaceBetween size="xs">
      <SpaceBetween direction="horizontal" size="xs">
        <Button formAction="none" iconName="angle-up" onClick={() => editor.current?.goToDiff('previous')}>
          Previous difference
        </Button>
        <Button formAction="none" iconName="angle-down" onClick={() => editor.current?.goToDiff('next')}>
          Next difference
        </Button>
      </SpaceBetween>
      <div ref={container} className={styles.editor} style={{ height }} data-testid="policy-diff-editor" />
    </SpaceBetween>
  );
}
