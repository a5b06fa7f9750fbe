import type { HelpTopic } from './help-topics';

/**
 * What each route tells the shell: its breadcrumb label (fixed, or built from the route's
 * parameters, e.g. the identity's name) and which help topic to show.
 */
export interface RouteHandle {
  crumb: string | ((params: Readonly<Record<string, string | undefined>>) => string);
  help: HelpTopic;
}

export function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null && 'crumb' in value && 'help' in value;
}

export function crumbText(handle: RouteHandle, params: Readonly<Record<string, string | undefined>>): string {
  return typeof handle.crumb === 'function' ? handle.crumb(params) : handle.crumb;
}
