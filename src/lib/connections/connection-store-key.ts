/** The tab's sessionStorage slot for its connection (connection-store.ts owns what is in it). */
export const CONNECTION_STORAGE_KEY = 'ses-console.connection';
/** Set once a tab took the connection of the proxy that served it: from then on its own choice rules. */
export const SERVED_CONNECTION_TAKEN_KEY = 'ses-console.served-connection-taken';
/** The meta element a proxy writes into the console it serves (endpoint/console-site.ts). */
export const SERVED_CONNECTION_META = 'ses-console-connection';
