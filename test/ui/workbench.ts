// Playwright helpers for UI tests on the real VS Code workbench served by the offline harness:
// start a session on a temp workspace, wait for the workbench, open files, run commands, find
// text on screen, read the editor's text and save screenshots. Every wait is a bounded poll.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { openWorkbench, startServer } from '../harness/server';
import { REPO, makeWorkspace } from '../harness/workspace';

/** Where UI tests save their screenshots (shown in the README). */
export const SCREENSHOTS_DIR = path.join(REPO, 'media', 'screenshots');
/** The UI fixtures copied over the temp workspace (drafts and .vscode/settings.json). */
const UI_FIXTURES = path.join(REPO, 'test', 'ui', 'fixtures');
/** The workspace folder's name, as the window title and the explorer show it. */
const WORKSPACE_NAME = 'car-belt-notes';
/** The server's log for UI runs. */
const SERVER_LOG = path.join(REPO, 'out', 'ui-server.log');
/** Default bound for one wait. */
export const WAIT_MS = 20_000;

/** A running server plus an open workbench on a throwaway workspace. */
export interface UiSession {
  page: Page;
  browser: Browser;
  workspace: string;
  /** Closes the browser, kills the server's process group and removes the workspace; safe to call twice. */
  close(): Promise<void>;
}

/** What startUiSession() may change. */
export interface UiSessionOptions {
  /** The extension folder to load (default: the repository, with its desktop `main`). */
  extensionDevelopmentPath?: string;
  /** More files copied into the workspace root, each under its own name. */
  extraFiles?: readonly string[];
  /** Files written into the workspace before the server starts: relative path → content. */
  files?: Readonly<Record<string, string | Uint8Array>>;
}

/**
 * Starts the harness server with the extension on a temp workspace (seeds/ plus test/ui/fixtures),
 * opens the workbench in Chromium at 1280×800 and waits until it is usable.
 */
export async function startUiSession(options: UiSessionOptions = {}): Promise<UiSession> {
  // A stable folder name keeps the window title, and so the screenshots, the same from run to run.
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-ui-'));
  const workspace = path.join(parent, WORKSPACE_NAME);
  fs.renameSync(makeWorkspace(), workspace);
  fs.cpSync(UI_FIXTURES, workspace, { recursive: true });
  for (const file of options.extraFiles ?? []) fs.copyFileSync(file, path.join(workspace, path.basename(file)));
  for (const [relative, content] of Object.entries(options.files ?? {})) {
    const target = path.join(workspace, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  fs.mkdirSync(path.dirname(SERVER_LOG), { recursive: true });
  const log = fs.createWriteStream(SERVER_LOG, { flags: 'a' });
  const removeWorkspace = (): void => fs.rmSync(parent, { recursive: true, force: true });
  process.once('exit', removeWorkspace);
  const server = await startServer({ workspace, extensionDevelopmentPath: options.extensionDevelopmentPath ?? REPO, onOutput: (chunk) => log.write(chunk) });
  let browser: Browser | undefined;
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      await browser?.close().catch(() => undefined);
      await server.stop();
      log.end();
      removeWorkspace();
      process.off('exit', removeWorkspace);
    })();
    return closed;
  };
  try {
    const workbench = await openWorkbench(server);
    browser = workbench.browser;
    const { page } = workbench;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await waitForWorkbench(page);
    return { page, browser, workspace, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Waits until the workbench has restored its editors and views, then clears first-run UI:
 * notification toasts, any editors it opened (welcome page, walkthroughs) and the secondary side bar.
 */
export async function waitForWorkbench(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: timeoutMs });
  await page.waitForFunction(() => 'driver' in globalThis, undefined, { timeout: timeoutMs });
  await page.evaluate(() => (globalThis as unknown as { driver: { whenWorkbenchRestored(): Promise<void> } }).driver.whenWorkbenchRestored());
  await runCommand(page, 'Notifications: Clear All Notifications');
  await runCommand(page, 'View: Close All Editors');
  if (await page.locator('.part.auxiliarybar').isVisible()) {
    await runCommand(page, 'View: Hide Secondary Side Bar');
  }
}

/** Runs a command by its title through the command palette (F1). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await quickPick(page, '>' + title, title, 'F1');
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits until its editor has focus. */
export async function openFile(page: Page, name: string): Promise<void> {
  await quickPick(page, name, name, 'Control+P');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: WAIT_MS });
  await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: WAIT_MS });
}

/** Opens a quick input with `shortcut`, types `text`, waits for a row labelled `label` to be focused, and accepts it. */
async function quickPick(page: Page, text: string, label: string, shortcut: string): Promise<void> {
  await focusQuickPickRow(page, text, label, shortcut);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
}

/**
 * Opens a quick input with `shortcut`, types `text` and waits until a row labelled `label` is focused.
 * A workbench still settling (a toast, a welcome editor, a view taking focus) can close the quick input
 * between the key press and the typing, so the whole sequence is retried from Escape until it sticks.
 * Nothing is accepted here, so a retry never runs a command twice.
 */
async function focusQuickPickRow(page: Page, text: string, label: string, shortcut: string): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const row = page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: label });
  await retry(`the quick input row ${JSON.stringify(label)} after ${shortcut}`, async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press(shortcut);
    await input.waitFor({ state: 'visible', timeout: 3_000 });
    await input.fill(text);
    await row.waitFor({ timeout: 10_000 });
    return true;
  }, 60_000);
}

/** Types `text` into the open quick input, waits for a row labelled `label` to be focused, and accepts it. */
async function pickRow(page: Page, text: string, label: string): Promise<void> {
  await page.locator('.quick-input-box input').fill(text);
  await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: label }).waitFor({ timeout: WAIT_MS });
  await page.keyboard.press('Enter');
}

/** Shows the output channel called `name` in the panel (Output: Show Output Channels…, then the channel). */
export async function showOutputChannel(page: Page, name: string): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  await focusQuickPickRow(page, '>Output: Show Output Channels', 'Output: Show Output Channels', 'F1');
  await page.keyboard.press('Enter');
  // The palette gives way to the list of channels.
  await widget.locator('.monaco-list-row', { hasText: name }).first().waitFor({ timeout: WAIT_MS });
  await pickRow(page, name, name);
  await widget.waitFor({ state: 'hidden', timeout: WAIT_MS });
}

/** The text the panel's output view draws now (its visible lines). */
export function outputText(page: Page): Promise<string> {
  return page.locator('.part.panel .monaco-editor .view-lines').first().innerText();
}

/**
 * Calls `probe` until it returns something other than undefined/false, or throws after
 * `timeoutMs` naming `what`. Errors thrown by the probe count as "not yet".
 */
export async function retry<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) {
        return value;
      }
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The whole text of the active editor, read through select-all and the clipboard; the selection is collapsed afterwards. */
export async function editorText(page: Page): Promise<string> {
  await page.evaluate(() => (globalThis as unknown as PageWindow).navigator.clipboard.writeText(''));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  const text = await retry('the editor text on the clipboard', () => page.evaluate(() => (globalThis as unknown as PageWindow).navigator.clipboard.readText()), 5_000);
  await page.keyboard.press('Escape');
  return text.replace(/\r\n/g, '\n');
}

/** The slice of the browser's globals that page-side callbacks use (the project compiles without lib "dom"). */
interface PageWindow {
  navigator: { clipboard: { readText(): Promise<string>; writeText(text: string): Promise<void> } };
}
/** The slice of the DOM that findText() uses in the page. */
interface PageNode {
  nodeType: number;
  data?: string;
  childNodes: ArrayLike<PageNode>;
}
interface PageDocument {
  querySelectorAll(selector: string): ArrayLike<PageNode>;
  createRange(): {
    setStart(node: PageNode, offset: number): void;
    setEnd(node: PageNode, offset: number): void;
    getBoundingClientRect(): Box;
  };
}

/** A rectangle on the page, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where `needle` is drawn in the active editor: the box of its first occurrence within one
 * rendered line (wrapped lines are separate), or undefined when it is not on screen.
 */
export function findText(page: Page, needle: string): Promise<Box | undefined> {
  return page.evaluate((needle) => {
    const doc = (globalThis as unknown as { document: PageDocument }).document;
    const textNodes = (node: PageNode): PageNode[] =>
      node.nodeType === 3 /* Node.TEXT_NODE */ ? [node] : Array.from(node.childNodes).flatMap(textNodes);
    for (const line of Array.from(doc.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line'))) {
      const nodes = textNodes(line);
      const text = nodes.map((node) => node.data ?? '').join('').replace(/\u00a0/g, ' ');
      const start = text.indexOf(needle);
      if (start < 0) {
        continue;
      }
      const range = doc.createRange();
      let offset = 0;
      for (const node of nodes) {
        const end = offset + (node.data ?? '').length;
        if (start >= offset && start < end) {
          range.setStart(node, start - offset);
        }
        if (start + needle.length > offset && start + needle.length <= end) {
          range.setEnd(node, start + needle.length - offset);
        }
        offset = end;
      }
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x, y, width, height };
    }
    return undefined;
  }, needle);
}

/** Waits until `needle` is drawn in the active editor and returns its box. */
export function waitForText(page: Page, needle: string): Promise<Box> {
  return retry(`${JSON.stringify(needle)} in the editor`, () => findText(page, needle));
}

/** The centre of a box. */
export function centre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Saves a 1280×800 screenshot of the window as media/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
