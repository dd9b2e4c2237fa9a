/**
 * `npm start`: the built extension on the bundled BDO-style sample, in Debian's Chromium.
 * With a display it opens a real window and stays until you close it; without one (or with CI set)
 * it runs headless, saves screenshots of the page and the popup, and prints what `sotay analyze`
 * reads from the same sample.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, openTab, CHROME_BUILD } from '../tests/e2e/chromium';
import { PAGES, startFixtureServer } from '../tests/e2e/fixture-server';
import { main as cli } from '../lib/cli/main';

const OUT = '.output/demo';
const SAMPLE = fileURLToPath(new URL('../tests/fixtures/html/bdo-horasis-2023.html', import.meta.url));

if (!existsSync(CHROME_BUILD)) {
  console.error('No build in .output/chrome-mv3: run `npm run build` first (npm start does).');
  process.exit(1);
}
if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error('Chromium is missing: `apt-get install chromium` (Debian), or set CHROMIUM_PATH.');
  process.exit(1);
}

const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
const server = await startFixtureServer();
const browser = await launchWithExtension(server.proxy, { headless: !headed });
const { page, tabId } = await openTab(browser, PAGES.bdoArticle.url);
const popup = await browser.context.newPage();
await popup.setViewportSize({ width: 420, height: 640 });
await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
await popup.locator('.card-title').waitFor();

mkdirSync(OUT, { recursive: true });
await page.screenshot({ path: `${OUT}/page.png` });
await popup.screenshot({ path: `${OUT}/popup.png` });
console.log(`Sample page:  ${PAGES.bdoArticle.url} (served locally)`);
console.log(`Screenshots:  ${OUT}/page.png, ${OUT}/popup.png\n`);
console.log(`$ sotay analyze ${SAMPLE} --md\n`);
await cli(['analyze', SAMPLE, '--md', '--url', PAGES.bdoArticle.url.replace('http:', 'https:')], {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});

if (headed) {
  console.log('Chromium is open with Sổ Tay loaded; close the window to finish.');
  await new Promise((resolve) => browser.context.on('close', resolve));
} else {
  await browser.close();
}
await server.close();
