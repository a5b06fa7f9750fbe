/**
 * The architecture's import boundaries, as one ESLint rule (no plugin needed):
 *   - a feature (src/features/<name>/) imports no other feature, and nothing from src/app;
 *   - src/lib imports neither features nor src/app (it is shared below them);
 *   - nothing under src imports mocks/ (the emulator), except the emulator's start
 *     (src/app/start-emulator.ts), the test setup and tests, and type-only imports of the
 *     emulator API's contract (mocks/emulator-api-contract.ts);
 *   - the policy engine imports only itself and its three libraries.
 * Specifiers are resolved against the importing file, so `../../features/x` and `../x` are the same.
 */
import { dirname, relative, resolve, sep } from 'node:path';

const ENGINE_LIBRARIES = new Set(['jsonc-parser', 'ipaddr.js', 'postal-mime']);
const ENGINE_TEST_LIBRARIES = new Set(['vitest', 'fast-check']);
const MOCKS_ALLOWED_FROM = new Set(['src/app/start-emulator.ts']);
const TYPES_ONLY_CONTRACT = 'mocks/emulator-api-contract';

const posix = (path) => path.split(sep).join('/');
const isTest = (file) => /\.test\.tsx?$/.test(file) || file.startsWith('src/test/');
const stripExtension = (path) => path.replace(/\.(tsx?|jsx?|mjs)$/, '');

function featureOf(path) {
  const match = /^src\/features\/([^/]+)\//.exec(path);
  return match ? match[1] : undefined;
}

/** The package a bare specifier names: `@scope/name` or `name`. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Why importing `target` from `file` breaks a boundary, if it does. Both are repo-relative paths,
 * except that a package is `{ package: 'name' }`.
 */
export function zoneViolation(file, target, { typeOnly = false } = {}) {
  const bare = typeof target === 'object';
  if (file.startsWith('src/policy-engine/')) {
    if (bare) {
      const name = packageOf(target.package);
      if (
        ENGINE_LIBRARIES.has(name) ||
        (isTest(file) && ENGINE_TEST_LIBRARIES.has(name)) ||
        name.startsWith('node:')
      )
        return undefined;
      return `The policy engine imports only itself, jsonc-parser, ipaddr.js and postal-mime; not ${name}.`;
    }
    if (!target.startsWith('src/policy-engine/'))
      return `The policy engine imports only itself and its three libraries; not ${target}.`;
    return undefined;
  }
  if (bare) return undefined;
  if (file.startsWith('src/') && target.startsWith('mocks/')) {
    if (MOCKS_ALLOWED_FROM.has(file) || isTest(file)) return undefined;
    if (typeOnly && stripExtension(target) === TYPES_ONLY_CONTRACT) return undefined;
    return `Only the emulator's start and the tests import mocks/ (the emulator); the console talks to it over SES's API and src/lib/emulator. Not ${target}.`;
  }
  const from = featureOf(file);
  const to = featureOf(target);
  if (from && to && from !== to)
    return `A feature imports no other feature (features/${from} → features/${to}): move what both need to src/lib/.`;
  if ((from || file.startsWith('src/lib/')) && target.startsWith('src/app/'))
    return `Only src/app imports src/app; ${from ? `features/${from}` : 'src/lib'} may not (${target}).`;
  if (file.startsWith('src/lib/') && to)
    return `src/lib is shared below the features and imports none of them (features/${to}).`;
  return undefined;
}

export default {
  meta: {
    type: 'problem',
    docs: {
      description: 'The console architecture’s import boundaries (features, app, lib, mocks, engine).',
    },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = posix(relative(root, context.filename));
    const check = (node, specifier, typeOnly) => {
      if (typeof specifier !== 'string') return;
      const target = specifier.startsWith('.')
        ? posix(relative(root, resolve(dirname(context.filename), specifier)))
        : { package: specifier };
      const message = zoneViolation(file, target, { typeOnly });
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) =>
        check(
          node.source,
          node.source.value,
          node.importKind === 'type' ||
            (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type')),
        ),
      ExportNamedDeclaration: (node) =>
        node.source && check(node.source, node.source.value, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node.source, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value, false),
    };
  },
};
