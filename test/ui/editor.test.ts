// A writer's path through the real workbench: complete a fact, hover its citation, see the
// squiggle on a contradicted number and fix it from the quick fix menu. Each step saves a
// screenshot into media/screenshots/. The steps share one draft, in order, like a person would.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { REPO } from '../harness/workspace';
import { UiSession, WAIT_MS, centre, editorText, openFile, retry, saveScreenshot, startUiSession, waitForText } from './workbench';

/** The draft in test/ui/fixtures that the writer works on. */
const DRAFT = 'car-belt-notes.md';
/** The end of the draft's line where the writer types. */
const LINE_END = 'automotive cluster.';
/** What the writer types before asking for suggestions (with a typo, as people do). */
const QUERY = 'kunshan autmotive';
/** The source sentence the query should find, and the value it gives. */
const KUNSHAN_FACT = 'reported an automotive industry output of 65 billion yuan';
/** A sentence whose number contradicts the sources (they say 65). */
const CONTRADICTED = 'Kunshan reported an automotive output of 56 billion yuan in the first half of 2025.';
const WRONG_VALUE = '56 billion yuan';
const FIX_TITLE = 'Replace with 65 billion yuan';
/** A draft in test/ui/fixtures whose last line is where the writer types. */
const END_DRAFT = 'ends-here.md';
/** A Markdown footnote definition line. */
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]+\]:/;
/** A Markdown footnote marker, the default citation style. */
const FOOTNOTE_MARKER = /\[\^[^\]\s]+\](?!:)/;

/** "file:line" of the first line under seeds/ that contains `text`. */
function seedLocation(text: string): string {
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
async function acceptKunshanSuggestion(p: Page, screenshot?: string): Promise<void> {
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

describe('a writer in the workbench', function () {
  this.timeout(120_000);
  let session: UiSession | undefined;
  let citationMarker = '';

  const page = () => {
    assert.ok(session, 'the workbench did not start');
    return session.page;
  };

  before(async function () {
    session = await startUiSession();
    await openFile(session.page, DRAFT);
  });

  after(async () => {
    await session?.close();
  });

  it('sees the status bar count the sources and facts', async () => {
    const item = page().locator('.statusbar-item', { hasText: /Sourced: \d+ sources? · \d+ facts?/ });
    await item.waitFor({ timeout: WAIT_MS });
  });

  it('types a few words, asks for suggestions and accepts the Kunshan fact', async () => {
    const p = page();
    const lineEnd = await waitForText(p, LINE_END);
    await p.mouse.click(lineEnd.x + lineEnd.width + 20, lineEnd.y + lineEnd.height / 2);
    await p.keyboard.type(` ${QUERY}`);
    await acceptKunshanSuggestion(p, 'completion');

    const text = await editorText(p);
    const lines = text.split('\n');
    const inserted = lines.find((line) => line.includes(KUNSHAN_FACT));
    assert.ok(inserted, `the fact was not inserted; the draft reads:\n${text}`);
    assert.ok(!text.includes(QUERY), `the typed words were not replaced:\n${text}`);
    const marker = FOOTNOTE_MARKER.exec(inserted);
    assert.ok(marker, `no citation marker after the fact: ${inserted}`);
    citationMarker = marker[0];
    const definition = lines.find((line) => line.startsWith(`${citationMarker}:`));
    assert.ok(definition, `no footnote definition for ${citationMarker}:\n${text}`);
    assert.ok(definition.includes(seedLocation(KUNSHAN_FACT)), `the definition does not cite ${seedLocation(KUNSHAN_FACT)}: ${definition}`);
  });

  it('hovers the citation and reads the source passage with its file and line', async () => {
    assert.ok(citationMarker, 'no citation was inserted by the previous step');
    const p = page();
    const box = await waitForText(p, citationMarker);
    const hover = p.locator('.monaco-hover', { hasText: KUNSHAN_FACT });
    await retry('the hover over the citation', async () => {
      await p.mouse.move(0, 0);
      const { x, y } = centre(box);
      await p.mouse.move(x, y, { steps: 3 });
      await hover.first().waitFor({ state: 'visible', timeout: 3_000 });
      return true;
    });
    const content = await hover.first().innerText();
    assert.ok(content.includes(seedLocation(KUNSHAN_FACT)), `the hover does not name ${seedLocation(KUNSHAN_FACT)}:\n${content}`);
    await saveScreenshot(p, 'hover');
    await p.mouse.move(0, 0);
    await p.keyboard.press('Escape');
  });

  it('types a contradicted number and sees the squiggle with its message', async () => {
    const p = page();
    await p.keyboard.press('Control+Home');
    await p.keyboard.press('End');
    await p.keyboard.press('Enter');
    await p.keyboard.press('Enter');
    await p.keyboard.type(CONTRADICTED);
    const box = await waitForText(p, WRONG_VALUE.split(' ')[0]!);
    const squiggle = p.locator('.editor-group-container.active .monaco-editor .squiggly-warning');
    await squiggle.first().waitFor({ timeout: WAIT_MS });
    const hover = p.locator('.monaco-hover', { hasText: WRONG_VALUE });
    await retry('the hover over the squiggle', async () => {
      await p.mouse.move(0, 0);
      const { x, y } = centre(box);
      await p.mouse.move(x, y, { steps: 3 });
      await hover.first().waitFor({ state: 'visible', timeout: 3_000 });
      return true;
    });
    assert.match(await hover.first().innerText(), /contradict/i);
    await saveScreenshot(p, 'diagnostic');
    await p.mouse.move(0, 0);
    await p.keyboard.press('Escape');
  });

  it('opens the quick fix menu on the number and replaces it with the source value', async () => {
    const p = page();
    const box = await waitForText(p, WRONG_VALUE.split(' ')[0]!);
    await p.mouse.click(box.x + 1, box.y + box.height / 2);
    const fix = p.locator('.action-widget .monaco-list-row', { hasText: FIX_TITLE });
    await retry('the quick fix menu to offer the replacement', async () => {
      await p.keyboard.press('Escape');
      await p.keyboard.press('Control+.');
      await fix.first().waitFor({ state: 'visible', timeout: 3_000 });
      return true;
    });
    await saveScreenshot(p, 'quickfix');
    await fix.first().click();
    await fix.first().waitFor({ state: 'hidden', timeout: WAIT_MS });
    const text = await retry('the replacement in the draft', async () => {
      const current = await editorText(p);
      return current.includes('65 billion yuan in the first half of 2025') ? current : undefined;
    });
    assert.ok(!text.includes(WRONG_VALUE), `the wrong value is still in the draft:\n${text}`);
    const squiggle = p.locator('.editor-group-container.active .monaco-editor .squiggly-warning');
    await retry('the squiggle to go', async () => (await squiggle.count()) === 0);
  });

  it('accepts a fact typed on the last line of a draft, before the footnote goes at the end', async () => {
    const p = page();
    await openFile(p, END_DRAFT);
    await p.keyboard.press('Control+End');
    await p.keyboard.type(QUERY);
    await acceptKunshanSuggestion(p);
    const text = await editorText(p);
    const lines = text.split('\n');
    const inserted = lines.findIndex((line) => line.includes(KUNSHAN_FACT));
    const definition = lines.findIndex((line) => FOOTNOTE_DEFINITION.test(line));
    assert.ok(!text.includes(QUERY), `the typed words were not replaced:\n${text}`);
    assert.ok(inserted >= 0 && definition > inserted, `the fact should come before its footnote definition:\n${text}`);
  });
});
