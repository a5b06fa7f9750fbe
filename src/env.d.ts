/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The local SES endpoint a build talks to instead of the in-page emulator (src/lib/emulator/local-endpoint.ts). */
  readonly VITE_SES_ENDPOINT?: string;
}
