// Steps of a writer's path that the desktop and the web UI tests share: the Kunshan query and
// fact, where the seeds state it, accepting it from the suggestion widget, and reading a hover.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { REPO } from '../harness/workspace';
import { Box, WAIT_MS, centre, editorText, retry, saveScreenshot, waitForText } from './workbench';

/** What the writer types before asking for suggestions (with a typo, as people do). */
export const QUERY = 'kunshan autmotive';
/** The source sentence the query should find, and the value it gives. */
export const KUNSHAN_FACT = 'reported an automotive industry output of 65 billion yuan';
/** A Markdown footnote marker, the default citation style. */
export const FOOTNOTE_MARKER = /\[\^[^\]\s]+\](?!:)/;

/** "file:line" of the first line under seeds/ that contains `text`. */
export function seedLocation(text: string): string {
  for (const name of fs.readdirSync(path.join(REPO, 'seeds')).sort()) {
    const lines = fs.readFileSync(path.join(REPO, 'seeds', name), 'utf8').split(/\r?\n/);
    const index = lines.findIndex((line) => line.includes(text));
    if (index >= 0) {
      return `${name}:${index + 1}`;
    }
  }
  throw new Error(`no seed contains ${JSON.stringify(text)}`);
}

/** Asks for suggestions after the words just typed, waits for the Kunshan fact at the top, optionally saves a screenshot with its documentation open, and accepts it. */
export async function acceptKunshanSuggestion(p: Page, screenshot?: string): Promise<void> {
  const widget = p.locator('.editor-widget.suggest-widget.visible');
  const kunshan = widget.locator('.monaco-list-row', { hasText: /Kunshan/ });
  await retry('the suggestion widget to list the Kunshan fact', async () => {
    if (!(await widget.isVisible())) {
      await p.keyboard.press('Control+Space');
    }
    await kunshan.first().waitFor({ timeout: 3_000 });
    return true;
  });
  const focused = widget.locator('.monaco-list-row.focused');
  assert.match(await focused.innerText(), /Kunshan/, 'the Kunshan fact is not the first suggestion');
  if (screenshot) {
    // Ctrl+Space again opens the item's documentation (the whole passage) beside the list.
    await p.keyboard.press('Control+Space');
    await p.locator('.suggest-details-container .suggest-details', { hasText: /Kunshan/ }).waitFor({ state: 'visible', timeout: WAIT_MS });
    await saveScreenshot(p, screenshot);
  }
  await p.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden', timeout: WAIT_MS });
}

/** Moves the mouse onto `box` (away and back, as often as it takes) until a hover containing `hasText` shows; returns that hover. */
export async function hoverOver(p: Page, box: Box, hasText: string, what: string): Promise<Locator> {
  const hover = p.locator('.monaco-hover', { hasText }).first();
  await retry(what, async () => {
    await p.mouse.move(0, 0);
    const { x, y } = centre(box);
    await p.mouse.move(x, y, { steps: 3 });
    await hover.waitFor({ state: 'visible', timeout: 3_000 });
    return true;
  });
  return hover;
}

/**
 * Reads the active draft after the Kunshan fact was accepted and checks it: the fact is there in
 * place of the typed words, with a footnote marker whose definition cites the seed's file and line.
 * Returns the marker.
 */
export async function assertKunshanFactInserted(p: Page): Promise<string> {
  const text = await editorText(p);
  const lines = text.split('\n');
  const inserted = lines.find((line) => line.includes(KUNSHAN_FACT));
  assert.ok(inserted, `the fact was not inserted; the draft reads:\n${text}`);
  assert.ok(!text.includes(QUERY), `the typed words were not replaced:\n${text}`);
  const marker = FOOTNOTE_MARKER.exec(inserted);
  assert.ok(marker, `no citation marker after the fact: ${inserted}`);
  const definition = lines.find((line) => line.startsWith(`${marker[0]}:`));
  assert.ok(definition, `no footnote definition for ${marker[0]}:\n${text}`);
  assert.ok(definition.includes(seedLocation(KUNSHAN_FACT)), `the definition does not cite ${seedLocation(KUNSHAN_FACT)}: ${definition}`);
  return marker[0];
}

/** Hovers the citation `marker` in the active draft and checks that the hover shows the Kunshan passage with its seed file and line. */
export async function assertCitationHover(p: Page, marker: string): Promise<void> {
  const box = await waitForText(p, marker);
  const hover = await hoverOver(p, box, KUNSHAN_FACT, 'the hover over the citation');
  const content = await hover.innerText();
  assert.ok(content.includes(seedLocation(KUNSHAN_FACT)), `the hover does not name ${seedLocation(KUNSHAN_FACT)}:\n${content}`);
}

/** Clicks at the start of `box` and opens the quick fix menu (Ctrl+.) until it offers `title`; returns that row. */
export async function openQuickFix(p: Page, box: Box, title: string): Promise<Locator> {
  await p.mouse.click(box.x + 1, box.y + box.height / 2);
  const fix = p.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  await retry('the quick fix menu to offer the replacement', async () => {
    await p.keyboard.press('Escape');
    await p.keyboard.press('Control+.');
    await fix.waitFor({ state: 'visible', timeout: 3_000 });
    return true;
  });
  return fix;
}
