// The browser build (vscode.dev, github.dev) in the real workbench: an extension folder whose manifest
// has `browser` and no `main` (staged from the build), which code-server can only run in its Web Worker
// extension host, on the demo workspace (seeds/ and test/fixtures/demo/draft.md). A writer sees the
// contradiction in the demo draft, completes the Kunshan fact, hovers its citation and applies the
// quick fix, all answered by the language server in the worker that the web extension started.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page, Worker } from 'playwright-core';
import { stageWebExtension } from '../harness/webExtension';
import { REPO } from '../harness/workspace';
import { UiSession, WAIT_MS, editorText, openFile, outputText, retry, runCommand, showOutputChannel, startUiSession, waitForText } from './workbench';
import { QUERY, acceptKunshanSuggestion, assertCitationHover, assertKunshanFactInserted, hoverOver, openQuickFix } from './writerSteps';

/** The demo draft, copied into the workspace root. */
const DEMO_DRAFT = path.join(REPO, 'test', 'fixtures', 'demo', 'draft.md');
/** The end of the demo draft's line where the writer types. */
const LINE_END = 'automotive cluster.';
/** The demo draft's number that contradicts the sources (they say 65). */
const WRONG_VALUE = '56 billion yuan';
const FIX_TITLE = 'Replace with 65 billion yuan';
/** The name code-server gives its Web Worker extension host. */
const EXTENSION_HOST_WORKER = 'ExtensionHostWorker';
/** The name the web extension gives its server worker; a worker started inside another is named "<parent> -> <name>". */
const SERVER_WORKER = 'Sourced language server';
/** Allowance for the first build of the index in the worker on a loaded machine. */
const INDEX_WAIT_MS = 90_000;

/** What a worker reports about itself: its name and whether Node's `process` or a DOM exists in it. */
interface WorkerFacts {
  readonly name: string;
  readonly hasProcess: boolean;
  readonly hasDocument: boolean;
}

async function workerFacts(worker: Worker): Promise<WorkerFacts | undefined> {
  return worker
    .evaluate(() => {
      const scope = globalThis as unknown as { name?: unknown; process?: unknown; document?: unknown };
      return { name: String(scope.name), hasProcess: scope.process !== undefined, hasDocument: scope.document !== undefined };
    })
    .catch(() => undefined);
}

/** The page's dedicated workers (the extension host's and those it started included), described. */
async function allWorkerFacts(page: Page): Promise<WorkerFacts[]> {
  const facts = await Promise.all(page.workers().map(workerFacts));
  return facts.filter((f): f is WorkerFacts => f !== undefined);
}

describe('a writer on the browser build (Web Worker extension host)', function () {
  this.timeout(240_000);
  let session: UiSession | undefined;
  let staged = '';
  let citationMarker = '';

  const page = (): Page => {
    assert.ok(session, 'the workbench did not start');
    return session.page;
  };

  before(async function () {
    staged = stageWebExtension();
    session = await startUiSession({ extensionDevelopmentPath: staged, extraFiles: [DEMO_DRAFT] });
    await openFile(session.page, 'draft.md');
  });

  after(async () => {
    await session?.close();
    if (staged) fs.rmSync(staged, { recursive: true, force: true });
  });

  it('sees the "56 billion yuan" squiggle in the demo draft, with the contradiction and the source value in its hover', async () => {
    const p = page();
    const squiggle = p.locator('.editor-group-container.active .monaco-editor .squiggly-warning');
    await squiggle.first().waitFor({ timeout: INDEX_WAIT_MS });
    const box = await waitForText(p, WRONG_VALUE);
    const hover = await hoverOver(p, box, WRONG_VALUE, 'the hover over the squiggle');
    const content = await hover.innerText();
    assert.match(content, /contradict/i, content);
    assert.match(content, /65 billion yuan/, content);
    await p.mouse.move(0, 0);
    await p.keyboard.press('Escape');
  });

  it('sees the status bar count the sources and facts that the worker indexed', async () => {
    await page().locator('.statusbar-item', { hasText: /Sourced: \d+ sources? · \d+ facts?/ }).waitFor({ timeout: WAIT_MS });
  });

  it('types "kunshan autmotive" and accepts the Kunshan fact from completion, cited', async () => {
    const p = page();
    const lineEnd = await waitForText(p, LINE_END);
    // The line reaches the editor's right edge: click on its last word, then go to its end.
    await p.mouse.click(lineEnd.x + lineEnd.width - 4, lineEnd.y + lineEnd.height / 2);
    await p.keyboard.press('End');
    await p.keyboard.type(` ${QUERY}`);
    await acceptKunshanSuggestion(p);
    citationMarker = await assertKunshanFactInserted(p);
  });

  it('hovers the citation and reads the source passage with its file and line', async () => {
    assert.ok(citationMarker, 'no citation was inserted by the previous step');
    const p = page();
    await assertCitationHover(p, citationMarker);
    await p.mouse.move(0, 0);
    await p.keyboard.press('Escape');
  });

  it('replaces the contradicted number from the quick fix menu', async () => {
    const p = page();
    const box = await waitForText(p, WRONG_VALUE);
    const fix = await openQuickFix(p, box, FIX_TITLE);
    await fix.click();
    const text = await retry('the replacement in the draft', async () => {
      const current = await editorText(p);
      return current.includes('output of 65 billion yuan') ? current : undefined;
    });
    assert.ok(!text.includes(WRONG_VALUE), `the wrong value is still in the draft:\n${text}`);
  });

  it('ran in the Web Worker extension host, with the language server in a worker that host started', async () => {
    const p = page();
    const workers = await retry('the server worker among the page workers', async () => {
      const facts = await allWorkerFacts(p);
      return facts.some((f) => f.name === `${EXTENSION_HOST_WORKER} -> ${SERVER_WORKER}`) ? facts : undefined;
    });
    const host = workers.find((f) => f.name === EXTENSION_HOST_WORKER);
    const server = workers.find((f) => f.name.endsWith(SERVER_WORKER));
    assert.ok(host, `no ${EXTENSION_HOST_WORKER}: ${JSON.stringify(workers)}`);
    assert.deepStrictEqual([host.hasProcess, host.hasDocument], [false, false], 'the extension host worker has process or a DOM');
    assert.deepStrictEqual([server?.hasProcess, server?.hasDocument], [false, false], 'the server worker has process or a DOM');
    await showOutputChannel(p, 'Sourced');
    const log = await retry(
      'the web entry and the server in the Sourced output',
      async () => {
        const text = (await outputText(p)).replace(/\s+/g, ' ');
        return /Sourced for the web: Web Worker extension host/.test(text) && /indexed \d+ sources/.test(text) ? text : undefined;
      },
      WAIT_MS,
    );
    assert.match(log, /the language server runs in a Web Worker started from a blob: URL/);
  });

  it('rebuilds the index from the command palette (Sourced: Rebuild Source Index, a command of the server)', async () => {
    const p = page();
    const builds = async (): Promise<number> => ((await outputText(p)).replace(/\s+/g, ' ').match(/indexed \d+ sources/g) ?? []).length;
    const before = await builds();
    assert.ok(before >= 1, 'the Sourced output does not show the first build');
    await runCommand(p, 'Sourced: Rebuild Source Index');
    await retry('a second "indexed" line in the Sourced output', async () => (await builds()) > before);
  });
});
