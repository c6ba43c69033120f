// Screenshots of the demo page for the README: `npm start` in one terminal, then
// `node demo/screenshots.mjs` (PORT as for `npm start`, default 8000; CHROME_PATH to
// use another Chromium than /usr/bin/chromium). Writes demo/screenshot.png (desktop),
// demo/screenshot-phone.png and demo/screenshot-dark.png.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const port = process.env.PORT ?? '8000';
const url = `http://localhost:${port}/demo/`;
const out = (name) => fileURLToPath(new URL(name, import.meta.url));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});

/**
 * Opens the page, starts the article's quiz and chooses the first option of its first
 * question; with `check`, checks it, so the picture shows the feedback.
 */
async function openAtQuestion(page, check = true) {
  await page.goto(url, { waitUntil: 'networkidle' });
  const quiz = page.locator('#article-quiz');
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await quiz.locator('[part~="option"]').first().click();
  if (check) {
    await quiz.getByRole('button', { name: 'Check' }).click();
    await quiz.locator('[part~="feedback"] .verdict').waitFor();
  }
  // Let the progress bar's transition end.
  await page.waitForTimeout(400);
  return quiz;
}

/** `top` to the bottom edge of `locator` plus a margin, the page's full width. */
async function clipDown(page, top, locator, width, margin = 32) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Nothing to photograph.');
  const scrollY = await page.evaluate(() => globalThis.scrollY);
  const y = Math.max(0, top + scrollY);
  return { x: 0, y, width, height: Math.ceil(box.y + scrollY + box.height + margin - y) };
}

/** An element's top less `above`, in the viewport's coordinates (clipDown adds the scroll). */
async function topOf(page, locator, above) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Nothing to photograph.');
  return box.y - above;
}

try {
  // Desktop: the article's last paragraph, then the quiz under it showing its feedback.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    const page = await context.newPage();
    const quiz = await openAtQuestion(page);
    const top = await topOf(page, page.locator('.story-body > p').last(), 16);
    await page.screenshot({ path: out('screenshot.png'), fullPage: true, clip: await clipDown(page, top, quiz, 1280, 40) });
    await context.close();
  }
  // Phone: the quiz under its heading, a question with an answer chosen.
  {
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      colorScheme: 'light',
    });
    const page = await context.newPage();
    const quiz = await openAtQuestion(page, false);
    const clip = await clipDown(page, await topOf(page, page.locator('.story-quiz'), 0), quiz, 375, 16);
    await page.screenshot({ path: out('screenshot-phone.png'), fullPage: true, clip: { ...clip, height: Math.min(clip.height, 812) } });
    await context.close();
  }
  // Dark: the same at a tablet's width, the page and the widget in their dark colours.
  {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 }, colorScheme: 'dark' });
    const page = await context.newPage();
    const quiz = await openAtQuestion(page);
    const top = await topOf(page, page.locator('.story-quiz'), 24);
    await page.screenshot({ path: out('screenshot-dark.png'), fullPage: true, clip: await clipDown(page, top, quiz, 800) });
    await context.close();
  }
} finally {
  await browser.close();
}
