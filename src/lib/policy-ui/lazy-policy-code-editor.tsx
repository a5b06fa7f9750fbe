/**
 * The policy editor as the rest of the console uses it: Monaco (a few hundred KB) is fetched only
 * when an editor is first shown, with a labelled loading state meanwhile.
 */
import Spinner from '@cloudscape-design/components/spinner';
import { lazy, Suspense } from 'react';
import type { PolicyCodeEditorProps } from './policy-code-editor';

const PolicyCodeEditor = lazy(() => import('./policy-code-editor'));

export type { EditorHandle, PolicyCodeEditorProps } from './policy-code-editor';

export function LazyPolicyCodeEditor(props: PolicyCodeEditorProps) {
  return (
    <Suspense
      fallback={
        <div role="status" style={{ height: props.height ?? 420 }}>
          <Spinner /> Loading the policy editor…
        </div>
      }
    >
      <PolicyCodeEditor {...props} />
    </Suspense>
  );
}
