import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium.ts';
import { serve } from './lib/serve.ts';
const served = await serve('/work/main');
for (let i = 0; i < 2; i++) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const r = await lighthouse(served.url, { port: chrome.port, output: 'json', onlyCategories: ['performance'] });
  const a = r!.lhr.audits;
  console.log(
    'fcp',
    a['first-contentful-paint'].numericValue,
    'lcp',
    a['largest-contentful-paint'].numericValue,
    'tbt',
    a['total-blocking-time'].numericValue,
  );
  await chrome.kill();
}
await served.close();
