/**
 * Typed access to Sourced's settings (`sourced.*`). Every reader takes the
 * scope it applies to, since all settings are resource-scoped.
 */
import * as vscode from 'vscode';
import type { CitationStyle } from '../core/cite/citation';

/** The settings section. */
export const SECTION = 'sourced';

/** File extensions indexed as sources, lower-case, without the dot. */
export const SOURCE_EXTENSIONS: readonly string[] = ['txt', 'md', 'markdown', 'html', 'htm'];

const CITATION_STYLES: readonly CitationStyle[] = ['footnote', 'inline', 'pandoc'];

const SEVERITIES: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function section(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

function stringList(value: unknown, fallback: readonly string[]): string[] {
  if (!Array.isArray(value)) return [...fallback];
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

/** `sourced.sources`: globs (relative to each workspace folder) that select source files. */
export function sourceGlobs(scope?: vscode.ConfigurationScope): string[] {
  return stringList(section(scope).get('sources'), ['seeds/**', 'sources/**']);
}

/** The default of `sourced.maxFileSizeMB`. */
const DEFAULT_MAX_FILE_MB = 10;

/** `sourced.maxFileSizeMB` in bytes (1 MB = 1,048,576 bytes): larger source files are skipped unread. */
export function maxFileBytes(scope?: vscode.ConfigurationScope): number {
  const value = section(scope).get<number>('maxFileSizeMB');
  const mb = typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_MAX_FILE_MB;
  return Math.floor(mb * 1024 * 1024);
}

/** `sourced.languages`: language ids of drafts that get completion and fact checks. */
export function draftLanguages(scope?: vscode.ConfigurationScope): string[] {
  return stringList(section(scope).get('languages'), ['markdown', 'plaintext']);
}

/** `sourced.citationStyle`: how inserted facts are cited. */
export function citationStyle(scope?: vscode.ConfigurationScope): CitationStyle {
  const value = section(scope).get<string>('citationStyle');
  return CITATION_STYLES.find((s) => s === value) ?? 'footnote';
}

/** `sourced.completion.trigger`: the characters that open fact completion at once (never empty). */
export function completionTrigger(scope?: vscode.ConfigurationScope): string {
  const value = section(scope).get<string>('completion.trigger');
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : '@@';
}

/** `sourced.factCheck.enabled`. */
export function factCheckEnabled(scope?: vscode.ConfigurationScope): boolean {
  return section(scope).get<boolean>('factCheck.enabled') !== false;
}

/** `sourced.factCheck.severity`, as a diagnostic severity (default Warning). */
export function factCheckSeverity(scope?: vscode.ConfigurationScope): vscode.DiagnosticSeverity {
  const value = section(scope).get<string>('factCheck.severity') ?? 'warning';
  return SEVERITIES[value] ?? vscode.DiagnosticSeverity.Warning;
}

/** True when a configuration change touches `sourced.<key>`. */
export function affects(event: vscode.ConfigurationChangeEvent, key: string): boolean {
  return event.affectsConfiguration(`${SECTION}.${key}`);
}
