/**
 * The extension's entry point. It only wires things up: it creates the shared
 * services and calls one `register…` per feature. Indexing starts shortly
 * after activation (or on first use), never inside `activate()`.
 */
import * as vscode from 'vscode';
import { registerInsertFact } from './vscode/commands/insertFact';
import { registerOpenSource } from './vscode/commands/openSource';
import { registerRebuildIndex } from './vscode/commands/rebuildIndex';
import { registerCompletion } from './vscode/completion';
import { registerDiagnostics } from './vscode/diagnostics';
import { DraftChecker } from './vscode/draftChecker';
import { registerHover } from './vscode/hover';
import { registerQuickFixes } from './vscode/quickFixes';
import type { Services } from './vscode/services';
import { SourceIndexService } from './vscode/sourceIndexService';
import { CLICK_HINT, registerStatusBar } from './vscode/statusBar';
import { statusView, type StatusView } from './vscode/statusView';
import type { IndexSummary } from './vscode/sourceIndexService';

/** Delay before the index is built in the background, when nothing asked for it earlier. */
const WARM_UP_MS = 500;

/** What `activate` returns to other extensions and tests (`extension.exports`): read-only state. */
export interface SourcedApi {
  /** What the index holds and skipped, without rebuilding it. */
  summary(): IndexSummary;
  /** What the status bar item shows now. */
  status(): StatusView;
  /** How many draft checks are under way now. */
  checksRunning(): number;
}

/** Called by VS Code when a draft language opens or the workspace has sources. */
export function activate(context: vscode.ExtensionContext): SourcedApi {
  const log = vscode.window.createOutputChannel('Sourced', { log: true });
  const sources = new SourceIndexService(log);
  const checker = new DraftChecker(sources);
  const services: Services = { log, sources, checker };
  context.subscriptions.push(log, sources, checker);
  for (const register of [
    registerStatusBar,
    registerCompletion,
    registerHover,
    registerDiagnostics,
    registerQuickFixes,
    registerInsertFact,
    registerRebuildIndex,
    registerOpenSource,
  ]) {
    register(context, services);
  }
  context.subscriptions.push(sources.warmUp(WARM_UP_MS));
  return { summary: () => sources.summary(), status: () => statusView(sources.summary(), CLICK_HINT), checksRunning: () => checker.checksRunning };
}

/** Nothing to do: every resource is in `context.subscriptions`. */
export function deactivate(): void {}
