import { launch, serve } from '../harness';
const served = await serve();
const s = await launch({ width: 1280, height: 720 });
const { page } = s;
await page.goto(served.url);
await page.waitForSelector('.kk-headline-card');
const sl = page.locator('#kk-wi-discountRate');
await sl.focus();
for (let i = 0; i < 5; i++) {
  const t0 = Date.now();
  await page.keyboard.press('ArrowRight');
  const t1 = Date.now();
  const v = await sl.inputValue();
  console.log('press', t1 - t0, 'ms, value', v, 'eval', Date.now() - t1, await page.$eval('.kk-headline-card', (e) => e.textContent?.slice(-30)));
}
const sl2 = page.locator('#kk-wi-tenderFixed');
await sl2.focus();
for (let i = 0; i < 5; i++) {
  const t0 = Date.now();
  await page.keyboard.press('ArrowRight');
  console.log('tender press', Date.now() - t0, await page.$eval('.kk-headline-card', (e) => e.textContent?.slice(-30)));
}
await s.close(); await served.close();
