// A writer's path through the real workbench: complete a fact, hover its citation, see the
// squiggle on a contradicted number and fix it from the quick fix menu. Each step saves a
// screenshot into media/screenshots/. The steps share one draft, in order, like a person would.
import * as assert from 'assert';
import { UiSession, WAIT_MS, editorText, openFile, retry, saveScreenshot, startUiSession, waitForText } from './workbench';
import { KUNSHAN_FACT, QUERY, acceptKunshanSuggestion, assertCitationHover, assertKunshanFactInserted, hoverOver, openQuickFix } from './writerSteps';

/** The draft in test/ui/fixtures that the writer works on. */
const DRAFT = 'car-belt-notes.md';
/** The end of the draft's line where the writer types. */
const LINE_END = 'automotive cluster.';
/** A sentence whose number contradicts the sources (they say 65). */
const CONTRADICTED = 'Kunshan reported an automotive output of 56 billion yuan in the first half of 2025.';
const WRONG_VALUE = '56 billion yuan';
const FIX_TITLE = 'Replace with 65 billion yuan';
/** A draft in test/ui/fixtures whose last line is where the writer types. */
const END_DRAFT = 'ends-here.md';
/** A Markdown footnote definition line. */
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]+\]:/;

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
    citationMarker = await assertKunshanFactInserted(p);
  });

  it('hovers the citation and reads the source passage with its file and line', async () => {
    assert.ok(citationMarker, 'no citation was inserted by the previous step');
    const p = page();
    await assertCitationHover(p, citationMarker);
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
    const hover = await hoverOver(p, box, WRONG_VALUE, 'the hover over the squiggle');
    assert.match(await hover.innerText(), /contradict/i);
    await saveScreenshot(p, 'diagnostic');
    await p.mouse.move(0, 0);
    await p.keyboard.press('Escape');
  });

  it('opens the quick fix menu on the number and replaces it with the source value', async () => {
    const p = page();
    const box = await waitForText(p, WRONG_VALUE.split(' ')[0]!);
    const fix = await openQuickFix(p, box, FIX_TITLE);
    await saveScreenshot(p, 'quickfix');
    await fix.click();
    await fix.waitFor({ state: 'hidden', timeout: WAIT_MS });
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
