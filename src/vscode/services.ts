/**
 * The long-lived objects the editor features share. `src/extension.ts`
 * creates them once and hands them to every `register…` call.
 */
import type * as vscode from 'vscode';
import type { DraftChecker } from './draftChecker';
import type { SourceIndexService } from './sourceIndexService';

/** Shared services. */
export interface Services {
  /** The "Sourced" output channel. */
  readonly log: vscode.LogOutputChannel;
  /** The workspace's source index. */
  readonly sources: SourceIndexService;
  /** Fact-check results per open draft. */
  readonly checker: DraftChecker;
}
