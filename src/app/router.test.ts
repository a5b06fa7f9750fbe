import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { identityPath, PATHS, policyCreatePath, policyEditPath, policyGeneratePath } from '../lib/paths';
import { createAppRouter, routerBasename } from './router';

describe('routerBasename', () => {
  it('maps Vite base URLs onto router basenames', () => {
    expect(routerBasename('/')).toBe('/');
    expect(routerBasename('/ses-console/')).toBe('/ses-console');
  });
});

describe('the paths the console builds', () => {
  const routes = createAppRouter().routes;
  /** The crumb of the deepest route a path opens, and the params it reads. */
  const opened = (path: string) => {
    const matches = matchRoutes(routes, new URL(path, 'http://localhost').pathname) ?? [];
    const deepest = matches.at(-1);
    const handled = [...matches].reverse().find((m) => m.route.handle);
    return { params: deepest?.params ?? {}, crumb: (handled?.route.handle as { crumb?: unknown })?.crumb };
  };

  it('each open a route of the router, never the not-found page', () => {
    expect(opened(PATHS.identities).crumb).toBe('Identities');
    expect(opened(PATHS.createIdentity).crumb).toBe('Create identity');
    expect(opened(PATHS.grants).crumb).toBe('Grants');
    expect(opened(PATHS.send).crumb).toBe('Send test email');
    expect(opened(PATHS.simulator).crumb).toBe('Simulator');
    expect(opened(PATHS.activity).crumb).toBe('Activity');
    expect(opened(PATHS.settings).crumb).toBe('Settings');
    expect(opened(policyCreatePath('ses-example.com')).crumb).toBe('Create custom policy');
    expect(opened(policyGeneratePath('ses-example.com')).crumb).toBe('Policy generator');
  });

  it('encode names, so that an address or a policy name with / ? # % arrives as it was', () => {
    const identity = 'a+b/c?d#e%@example.com';
    const policy = 'policy/with?odd#chars%';
    expect(opened(identityPath(identity)).params).toEqual({ identity });
    expect(opened(identityPath(identity, 'notifications')).params).toEqual({ identity });
    expect(identityPath(identity, 'notifications')).toMatch(/\?tab=notifications$/);
    expect(opened(policyEditPath(identity, policy)).params).toEqual({ identity, policy });
  });
});
