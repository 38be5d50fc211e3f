/**
 * The `sourced.*` settings the client itself reads: which languages it
 * hands to the server and the completion trigger, both fixed when the
 * client starts. The server reads every setting through
 * `workspace/configuration`, which the client answers from VS Code's
 * configuration (so Restricted Mode's limits on `restrictedConfigurations`
 * apply there too).
 */
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, parseStringList, parseTrigger } from '../core/settings';

/** The settings section. */
export const SECTION = 'sourced';

function section(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

/** `sourced.languages`: language ids of drafts that get completion and fact checks. */
export function draftLanguages(scope?: vscode.ConfigurationScope): string[] {
  return parseStringList(section(scope).get('languages'), DEFAULT_SETTINGS.languages);
}

/** `sourced.completion.trigger`: the characters that open fact completion at once (never empty). */
export function completionTrigger(scope?: vscode.ConfigurationScope): string {
  return parseTrigger(section(scope).get('completion.trigger'));
}

/** True when a configuration change touches `sourced.<key>`. */
export function affects(event: vscode.ConfigurationChangeEvent, key: string): boolean {
  return event.affectsConfiguration(`${SECTION}.${key}`);
}
