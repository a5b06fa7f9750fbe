/** localStorage key of the side navigation's open state; the build's pre-rendered shell reads it too. */
export const NAVIGATION_OPEN_KEY = 'ses-console.navigation-open';
