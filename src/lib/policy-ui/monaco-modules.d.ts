// Monaco's editor contributions are imported for their side effects only and ship no types.
declare module 'monaco-editor/editor/browser/*';
declare module 'monaco-editor/editor/contrib/*';
declare module 'monaco-editor/editor/standalone/*';
declare module 'monaco-editor/editor/common/*';
