/**
 * The part of jsdom's API the build scripts' tests use (jsdom ships no types, and vitest's jsdom
 * environment brings none for its constructor): a page parsed with its inline scripts running.
 */
declare module 'jsdom' {
  export interface ConstructorOptions {
    url?: string;
    runScripts?: 'dangerously' | 'outside-only';
    pretendToBeVisual?: boolean;
    beforeParse?: (window: Window & typeof globalThis) => void;
  }
  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: Window & typeof globalThis;
  }
}
