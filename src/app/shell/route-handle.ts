import type { HelpTopic } from './help-topics';

/** What each route tells the shell: its breadcrumb label and which help topic to show. */
export interface RouteHandle {
  crumb: string;
  help: HelpTopic;
}

export function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null && 'crumb' in value && 'help' in value;
}
