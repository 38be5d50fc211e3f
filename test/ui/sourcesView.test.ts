// The Sourced view in the Explorer of the real workbench: the indexed sources with their counts, a skipped
// file with its reason, and the open draft's citations grouped by source; expanding a source lists its facts,
// and clicking a citation opens the source at the cited line. Saves media/screenshots/sources-view.png.
import * as assert from 'assert';
import type { Locator, Page } from 'playwright-core';
import { UiSession, WAIT_MS, openFile, retry, runCommand, saveScreenshot, startUiSession } from './workbench';

/** A draft in test/ui/fixtures that cites both seeds: a footnote and two inline links. */
const DRAFT = 'cited-notes.md';
/** A file under seeds/ that is not text: indexing skips it and says why. */
const BINARY_SOURCE = 'seeds/scan-0001.txt';
/** The title of the seed the draft cites twice. */
const JKT_TITLE = 'Jiading, Kunshan and Taicang Play Pivotal Roless';
/** The words before the draft's citation of line 14 of that seed. */
const CITED_WORDS = 'The Anting Test Track is the latest landmark';

describe('the Sourced view in the Explorer', function () {
  this.timeout(180_000);
  let session: UiSession | undefined;

  const page = (): Page => {
    assert.ok(session, 'the workbench did not start');
    return session.page;
  };
  /** The rows of the Sourced view. */
  const rows = (): Locator => page().locator('.pane', { has: page().locator('.pane-header', { hasText: /^Sourced/ }) }).locator('.monaco-list-row');
  const row = (text: string | RegExp): Locator => rows().filter({ hasText: text }).first();

  before(async function () {
    session = await startUiSession({ files: { [BINARY_SOURCE]: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00, 0xff, 0xfe, 0x00, 0x00]) } });
    await openFile(session.page, DRAFT);
    await runCommand(session.page, 'Focus on Sourced View');
    // The file tree's section gives its height to the Sourced view (the list draws only the rows it has room for).
    const folder = session.page.locator('.pane-header', { hasText: 'car-belt-notes' });
    if ((await folder.getAttribute('aria-expanded')) === 'true') await folder.click();
    // A wider side bar shows whole titles: drag the sash between the side bar and the editor.
    const sash = await session.page.locator('.part.sidebar').boundingBox();
    if (sash) {
      const x = sash.x + sash.width;
      await session.page.mouse.move(x, sash.y + sash.height / 2);
      await session.page.mouse.down();
      await session.page.mouse.move(x + 260, sash.y + sash.height / 2, { steps: 5 });
      await session.page.mouse.up();
    }
  });

  after(async () => {
    await session?.close();
  });

  it('lists the indexed sources with their counts, and the skipped file with its reason', async () => {
    await row(/^Sources \(\d+\)/).waitFor({ timeout: WAIT_MS });
    const seed = row(JKT_TITLE);
    await seed.waitFor({ timeout: WAIT_MS });
    assert.match(await seed.innerText(), /\d+ facts, \d+ quotes?/);
    await row(/^Skipped \(1\)/).waitFor({ timeout: WAIT_MS });
    assert.match(await row('scan-0001.txt').innerText(), /binary/i);
  });

  it("groups the open draft's citations by source, with the words each follows", async () => {
    await row(`Citations in ${DRAFT} (3)`).waitFor({ timeout: WAIT_MS });
    await row(CITED_WORDS).waitFor({ timeout: WAIT_MS });
    assert.match(await row(CITED_WORDS).innerText(), /line 14/);
    await row('2 citations').waitFor({ timeout: WAIT_MS });
    await saveScreenshot(page(), 'sources-view');
  });

  it('clicking a citation opens the source at the cited line', async () => {
    await row(CITED_WORDS).click();
    const p = page();
    await p.locator('.tabs-container .tab.active', { hasText: 'jia-kun-tai-automotive.txt' }).waitFor({ timeout: WAIT_MS });
    await retry('the cursor on line 14 of the source', async () => /Ln 14,/.test(await p.locator('.statusbar').innerText()));
  });

  it('expands a source into its facts and quotes, each with its line', async () => {
    await row(JKT_TITLE).click();
    const fact = row('Kunshan, dedicated to the development of automotive electronics');
    await fact.waitFor({ timeout: WAIT_MS });
    assert.match(await fact.innerText(), /line 5/);
  });
});
