/**
 * Typed access to Sourced's settings (`sourced.*`). Every reader takes the
 * scope it applies to, since all settings are resource-scoped.
 */
import * as vscode from 'vscode';
import type { CitationStyle } from '../core/cite/citation';
import { DEFAULT_SETTINGS, parseCitationStyle, parseEnabled, parseMaxFileBytes, parseSeverity, parseStringList, parseTrigger, type SeverityName } from '../core/settings';

export { SOURCE_EXTENSIONS } from '../core/settings';

/** The settings section. */
export const SECTION = 'sourced';

const SEVERITIES: Record<SeverityName, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function section(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

/** `sourced.sources`: globs (relative to each workspace folder) that select source files. */
export function sourceGlobs(scope?: vscode.ConfigurationScope): string[] {
  return parseStringList(section(scope).get('sources'), DEFAULT_SETTINGS.sources);
}

/** `sourced.maxFileSizeMB` in bytes (1 MB = 1,048,576 bytes): larger source files are skipped unread. */
export function maxFileBytes(scope?: vscode.ConfigurationScope): number {
  return parseMaxFileBytes(section(scope).get('maxFileSizeMB'));
}

/** `sourced.languages`: language ids of drafts that get completion and fact checks. */
export function draftLanguages(scope?: vscode.ConfigurationScope): string[] {
  return parseStringList(section(scope).get('languages'), DEFAULT_SETTINGS.languages);
}

/** `sourced.citationStyle`: how inserted facts are cited. */
export function citationStyle(scope?: vscode.ConfigurationScope): CitationStyle {
  return parseCitationStyle(section(scope).get('citationStyle'));
}

/** `sourced.completion.trigger`: the characters that open fact completion at once (never empty). */
export function completionTrigger(scope?: vscode.ConfigurationScope): string {
  return parseTrigger(section(scope).get('completion.trigger'));
}

/** `sourced.factCheck.enabled`. */
export function factCheckEnabled(scope?: vscode.ConfigurationScope): boolean {
  return parseEnabled(section(scope).get('factCheck.enabled'));
}

/** `sourced.factCheck.severity`, as a diagnostic severity (default Warning). */
export function factCheckSeverity(scope?: vscode.ConfigurationScope): vscode.DiagnosticSeverity {
  return SEVERITIES[parseSeverity(section(scope).get('factCheck.severity'))];
}

/** True when a configuration change touches `sourced.<key>`. */
export function affects(event: vscode.ConfigurationChangeEvent, key: string): boolean {
  return event.affectsConfiguration(`${SECTION}.${key}`);
}
