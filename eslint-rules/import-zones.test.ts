/**
 * The boundary rule, proven on code that breaks each boundary, through `npm run lint`'s own
 * configuration (eslint.config.js): each violation is an error naming the boundary, and the
 * imports the architecture allows pass.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function zoneErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'architecture/import-zones')
    .map((m) => m.message);
}

describe('import zones (npm run lint)', () => {
  it.each([
    [
      'a feature importing another feature',
      'src/features/generator/example.ts',
      "import { analyseDraft } from '../policy-editor/policy-diagnostics';\nexport const x = analyseDraft;\n",
      'A feature imports no other feature (features/generator → features/policy-editor)',
    ],
    [
      'a feature importing another feature lazily',
      'src/features/generator/example.ts',
      "export const load = () => import('../../features/simulator/simulator');\n",
      'A feature imports no other feature (features/generator → features/simulator)',
    ],
    [
      'a feature importing src/app',
      'src/features/grants/example.ts',
      "import { router } from '../../app/router';\nexport const x = router;\n",
      'Only src/app imports src/app; features/grants may not',
    ],
    [
      'src/lib importing a feature',
      'src/lib/ses/example.ts',
      "import { GrantsView } from '../../features/grants/grants-view';\nexport const x = GrantsView;\n",
      'src/lib is shared below the features and imports none of them (features/grants)',
    ],
    [
      'console code importing the emulator',
      'src/features/grants/example.ts',
      "import { DIRECTORY } from '../../../mocks/ses/directory';\nexport const x = DIRECTORY;\n",
      "Only the emulator's start and the tests import mocks/",
    ],
    [
      'console code importing a value from the emulator contract',
      'src/lib/emulator/example.ts',
      "import { something } from '../../../mocks/emulator-api-contract';\nexport const x = something;\n",
      "Only the emulator's start and the tests import mocks/",
    ],
    [
      'the engine importing another library',
      'src/policy-engine/example.ts',
      "import { z } from 'zod';\nexport const x = z;\n",
      'The policy engine imports only itself, jsonc-parser, ipaddr.js and postal-mime; not zod.',
    ],
    [
      'the engine importing the console',
      'src/policy-engine/example.ts',
      "import { ownKeys } from '../lib/own-keys';\nexport const x = ownKeys;\n",
      'The policy engine imports only itself and its three libraries; not src/lib/own-keys.',
    ],
  ])('refuses %s', async (_, file, code, message) => {
    const errors = await zoneErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    [
      'a feature importing src/lib',
      'src/features/grants/example.ts',
      "import { ownKeys } from '../../lib/own-keys';\nexport const x = ownKeys;\n",
    ],
    [
      'a feature importing itself',
      'src/features/grants/example.ts',
      "import { GrantsView } from './grants-view';\nexport const x = GrantsView;\n",
    ],
    [
      'src/app importing a feature',
      'src/app/example.ts',
      "import { GrantsView } from '../features/grants/grants-view';\nexport const x = GrantsView;\n",
    ],
    [
      'the emulator start importing mocks',
      'src/app/start-emulator.ts',
      "export const load = () => import('../../mocks/browser');\n",
    ],
    [
      'a test importing mocks',
      'src/features/grants/example.test.ts',
      "import { DIRECTORY } from '../../../mocks/ses/directory';\nexport const x = DIRECTORY;\n",
    ],
    [
      'the emulator contract as types',
      'src/lib/emulator/example.ts',
      "import type { Something } from '../../../mocks/emulator-api-contract';\nexport type X = Something;\n",
    ],
    [
      'the engine importing its libraries',
      'src/policy-engine/example.ts',
      "import { parseTree } from 'jsonc-parser';\nimport ipaddr from 'ipaddr.js';\nexport const x = [parseTree, ipaddr];\n",
    ],
    [
      'an engine test importing vitest',
      'src/policy-engine/example.test.ts',
      "import { it } from 'vitest';\nit('x', () => undefined);\n",
    ],
  ])('allows %s', async (_, file, code) => {
    expect(await zoneErrors(file, code)).toEqual([]);
  });
});
