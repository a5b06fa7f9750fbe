/**
 * The diff editor as the console uses it: like the policy editor, Monaco is fetched only when
 * one is first shown (never with the first load), with a labelled loading state meanwhile.
 */
import Spinner from '@cloudscape-design/components/spinner';
import { lazy, Suspense } from 'react';
import type { PolicyDiffEditorProps } from './policy-diff-editor';

const PolicyDiffEditor = lazy(() => import('./policy-diff-editor'));

export type { PolicyDiffEditorProps } from './policy-diff-editor';

export function LazyPolicyDiffEditor(props: PolicyDiffEditorProps) {
  return (
    <Suspense
      fallback={
        <div role="status" style={{ height: props.height ?? 360 }}>
          <Spinner /> Loading the comparison…
        </div>
      }
    >
      <PolicyDiffEditor {...props} />
    </Suspense>
  );
}
