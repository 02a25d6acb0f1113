/**
 * The browser-test kit's one entry: what the web app's browser suite (web/e2e), the server's browser tests and the
 * bench (server/bench/browser.ts) share, so that none of them imports another's test files.
 */
export { CHROMIUM, CHROMIUM_ARGS, launchChromium, requireChromium } from './chromium.js';
export { addBareCytoscape, panZoomFps } from './frameRate.js';
export { initialScripts } from './bundle.js';
