// What server/test/e2eGlobalSetup.ts provides to the browser tests.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
    /** Chromium's command line for the tests (testkit/src/chromium.ts). */
    chromiumArgs: string[];
    /** The server's ADMIN_TOKEN: an editor's key for the import page. */
    adminToken: string;
  }
}
