import { chromium } from '@playwright/test';
const base = 'http://localhost:3400';
const file = process.argv[2] ?? 'tests/fixtures/import/messy-semicolons.csv';
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  for (const [name, viewport] of [['desk', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('Email').fill('manager@northgate.test');
    await page.getByLabel('Password').fill('browser-tests-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => !u.pathname.includes('sign-in'));
    await page.goto(`${base}/partners/import`);
    await page.screenshot({ path: `/tmp/shots/${name}-1.png`, fullPage: true });
    await page.getByLabel('Spreadsheet or map file').setInputFiles(file);
    await page.getByRole('button', { name: 'Upload and match columns' }).click();
    await page.waitForURL(/\/partners\/import\/[0-9a-f-]{36}/);
    await page.screenshot({ path: `/tmp/shots/${name}-2.png`, fullPage: true });
    await page.getByRole('button', { name: /Check the/ }).click();
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/tmp/shots/${name}-3.png`, fullPage: true });
    if (name === 'desk') {
      await page.getByRole('button', { name: 'Start the import' }).click();
      await page.waitForTimeout(6000);
      await page.screenshot({ path: `/tmp/shots/${name}-4.png`, fullPage: true });
    }
    await page.close();
  }
  await browser.close();
})();
