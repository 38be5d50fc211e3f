/**
 * Sourced's settings (`sourced.*`) as plain values: their defaults and the
 * parsers that turn whatever a configuration holds into a valid value. The
 * VS Code extension and the language server read their settings through
 * these, so every editor gets the same defaults as `package.json`.
 */
import type { CitationStyle } from './cite/citation';

/** Severity of the diagnostic for a contradicted number. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

/** All settings, parsed. */
export interface SourcedSettings {
  /** `sourced.sources`: globs, relative to each workspace folder, that select source files. */
  readonly sources: readonly string[];
  /** `sourced.languages`: language ids of drafts. */
  readonly languages: readonly string[];
  /** `sourced.citationStyle`. */
  readonly citationStyle: CitationStyle;
  /** `sourced.completion.trigger` (never empty). */
  readonly completionTrigger: string;
  /** `sourced.factCheck.enabled`. */
  readonly factCheckEnabled: boolean;
  /** `sourced.factCheck.severity`. */
  readonly factCheckSeverity: SeverityName;
  /** `sourced.maxFileSizeMB`, in bytes (1 MB = 1,048,576 bytes). */
  readonly maxFileBytes: number;
}

/** File extensions indexed as sources, lower-case, without the dot. */
export const SOURCE_EXTENSIONS: readonly string[] = ['txt', 'md', 'markdown', 'html', 'htm'];

/** The defaults, as in `package.json`. */
export const DEFAULT_SETTINGS: SourcedSettings = {
  sources: ['seeds/**', 'sources/**'],
  languages: ['markdown', 'plaintext'],
  citationStyle: 'footnote',
  completionTrigger: '@@',
  factCheckEnabled: true,
  factCheckSeverity: 'warning',
  maxFileBytes: 10 * 1024 * 1024,
};

const CITATION_STYLES: readonly CitationStyle[] = ['footnote', 'inline', 'pandoc'];
const SEVERITY_NAMES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint'];

/** A list of non-blank strings, trimmed; the fallback when the value is not a list. */
export function parseStringList(value: unknown, fallback: readonly string[]): string[] {
  if (!Array.isArray(value)) return [...fallback];
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

/** `sourced.citationStyle`, default footnote. */
export function parseCitationStyle(value: unknown): CitationStyle {
  return CITATION_STYLES.find((s) => s === value) ?? DEFAULT_SETTINGS.citationStyle;
}

/** `sourced.completion.trigger`: trimmed, never empty. */
export function parseTrigger(value: unknown): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : DEFAULT_SETTINGS.completionTrigger;
}

/** `sourced.factCheck.enabled`: only an explicit `false` turns it off. */
export function parseEnabled(value: unknown): boolean {
  return value !== false;
}

/** `sourced.factCheck.severity`, default warning. */
export function parseSeverity(value: unknown): SeverityName {
  return SEVERITY_NAMES.find((s) => s === value) ?? DEFAULT_SETTINGS.factCheckSeverity;
}

/** `sourced.maxFileSizeMB` in bytes; the default for anything but a positive finite number. */
export function parseMaxFileBytes(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value * 1024 * 1024) : DEFAULT_SETTINGS.maxFileBytes;
}

/**
 * Settings from the `sourced` section as a client sends it: nested
 * (`{ completion: { trigger } }`, as VS Code does) or with dotted keys
 * (`{ "completion.trigger": … }`). Missing or invalid values take the defaults.
 */
export function parseSettings(section: unknown): SourcedSettings {
  const get = (key: string): unknown => {
    if (!section || typeof section !== 'object') return undefined;
    const record = section as Record<string, unknown>;
    if (key in record) return record[key];
    const [head, ...rest] = key.split('.');
    return rest.length > 0 && head !== undefined ? (record[head] as Record<string, unknown> | undefined)?.[rest.join('.')] : undefined;
  };
  return {
    sources: parseStringList(get('sources'), DEFAULT_SETTINGS.sources),
    languages: parseStringList(get('languages'), DEFAULT_SETTINGS.languages),
    citationStyle: parseCitationStyle(get('citationStyle')),
    completionTrigger: parseTrigger(get('completion.trigger')),
    factCheckEnabled: parseEnabled(get('factCheck.enabled')),
    factCheckSeverity: parseSeverity(get('factCheck.severity')),
    maxFileBytes: parseMaxFileBytes(get('maxFileSizeMB')),
  };
}
