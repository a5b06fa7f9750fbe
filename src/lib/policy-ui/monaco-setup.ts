/**
 * Monaco, trimmed to what a JSON policy editor needs, with its workers bundled by Vite (no CDN)
 * and the JSON language service taught the engine's policy schema: completions and hovers for
 * elements, operators, condition keys and actions. Diagnostics come from the policy engine
 * instead of the JSON service, so the editor and the problems list show the same findings.
 * This module is loaded only with the editor.
 */
import * as monaco from 'monaco-editor/editor/editor.api.js';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker.js?worker';
import 'monaco-editor-styles/base/browser/ui/codicons/codicon/codicon.css';
import 'monaco-editor-styles/base/browser/ui/codicons/codicon/codicon-modifiers.css';
import 'monaco-editor/editor/browser/coreCommands.js';
import 'monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget.js';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching.js';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard.js';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu.js';
import 'monaco-editor/editor/contrib/find/browser/findController.js';
import 'monaco-editor/editor/contrib/folding/browser/folding.js';
import 'monaco-editor/editor/contrib/format/browser/formatActions.js';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError.js';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution.js';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations.js';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter.js';
import 'monaco-editor/editor/standalone/browser/quickAccess/standaloneGotoLineQuickAccess.js';
import 'monaco-editor/editor/common/standaloneStrings.js';
// The JSON language's worker manager, loaded when the first model is JSON, brings Monaco's
// contributions with it, two of which need a service (the code lens cache, tree drag and drop)
// registered only by importing it. Registered after the first editor built Monaco's services, they
// are unknown to it, and every later editor logs "[createInstance] … depends on UNKNOWN service".
// Registering both here, before any editor exists, keeps the console clean.
import 'monaco-editor/editor/contrib/codelens/browser/codeLensCache.js';
import 'monaco-editor/editor/common/services/treeViewsDndService.js';
import { POLICY_SCHEMA_URI, policyJsonSchema } from '../../policy-engine';

/** Models named like this get the policy schema; see policyModelUri. */
const POLICY_MODEL_SCHEME = 'policy';

globalThis.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  trailingCommas: 'error',
  enableSchemaRequest: false,
  schemas: [
    {
      uri: POLICY_SCHEMA_URI,
      fileMatch: [`${POLICY_MODEL_SCHEME}://editor/*.json`],
      schema: policyJsonSchema,
    },
  ],
});
// The engine reports every problem (invalid JSON included) with SES's wording; the JSON service's
// own markers would repeat them in different words.
jsonDefaults.setModeConfiguration({
  documentFormattingEdits: true,
  documentRangeFormattingEdits: true,
  completionItems: true,
  hovers: true,
  documentSymbols: true,
  tokens: true,
  colors: false,
  foldingRanges: true,
  diagnostics: false,
  selectionRanges: true,
});

/** One model per editor instance; its URI matches the schema association above. */
export function policyModelUri(id: string): monaco.Uri {
  return monaco.Uri.parse(`${POLICY_MODEL_SCHEME}://editor/${encodeURIComponent(id)}.json`);
}

export { monaco };
