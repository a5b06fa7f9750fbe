/** The tab's sessionStorage slot for its connection (connection-store.ts owns what is in it). */
export const CONNECTION_STORAGE_KEY = 'ses-console.connection';
