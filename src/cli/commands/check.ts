/**
 * `sourced check`: fact-checks drafts against the sources, like a linter.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { type Finding, type FindingCode, isProblem } from '../../core/check/checkDraft';
import { reviewDraft } from '../../core/check/reviewDraft';
import { checkCitations, type CitationPaths } from '../../core/draft/citationDrift';
import type { SourceIndex } from '../../core/index/sourceIndex';
import { decodeText } from '../../core/source/decodeText';
import { SOURCE_EXTENSIONS } from '../../core/settings';
import { OffsetMap } from '../../core/source/offsetMap';
import { UsageError } from '../args';
import type { CliIo } from '../io';

/** A finding as `sourced check --format json` prints it; lines and columns are 1-based, `endColumn` exclusive. */
export interface FindingJson {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: FindingCode;
  message: string;
  claimed: string;
  expected?: string;
  /** The ids of the rules that decided (e.g. ["contradicted"]). */
  rules: readonly string[];
  /** Why, in one line: "same entity and period, 3 shared words; 56 billion yuan vs 65 billion yuan". */
  why: string;
  source?: { file: string; line: number; column: number; text: string };
}

/** Runs `sourced check FILE…`. Returns 1 when a contradiction, a misquote, a misattribution or a drifted citation is found. */
export async function checkCommand(files: readonly string[], format: 'text' | 'json', index: SourceIndex, io: CliIo): Promise<number> {
  if (files.length === 0) throw new UsageError('check needs at least one draft FILE');
  const drafts: { file: string; text: string }[] = [];
  for (const file of files) {
    const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a folder' : e.message}`);
    });
    const decoded = decodeText(bytes);
    if ('skip' in decoded) throw new UsageError(`cannot check ${file}: ${decoded.skip}`);
    drafts.push({ file, text: decoded.text });
  }
  const findings = drafts.flatMap(({ file, text }) => toJson(file, text, review(file, text, index)));
  if (format === 'json') io.out(JSON.stringify({ findings }, null, 2));
  else for (const f of findings) io.out(formatFinding(f));
  if (format === 'text' && findings.length === 0) io.out(`${files.length} draft${files.length === 1 ? '' : 's'} checked: no contradictions or misquotes`);
  return findings.some(isProblem) ? 1 : 0;
}

/** A draft's numbers, quotations and citations, in draft order. */
function review(file: string, text: string, index: SourceIndex): Finding[] {
  const findings = [...reviewDraft(text, index), ...checkCitations(text, index, citationPaths(file, index))];
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/**
 * How a draft's link paths name sources: relative to the draft's folder, or
 * to the current folder, compared with the sources' paths as given. A path
 * with a source extension that names no file on disk is missing; a path
 * that names a file on disk is not.
 */
export function citationPaths(draftFile: string, index: SourceIndex): CitationPaths {
  const indexed = new Map(index.documents.map((d) => [path.resolve(d.file), d.file]));
  const draftDir = path.dirname(path.resolve(draftFile));
  const absolute = (written: string): string[] => (path.isAbsolute(written) ? [written] : [path.resolve(draftDir, written), path.resolve(written)]);
  return {
    indexPathsFor: (written) => absolute(written).flatMap((p) => indexed.get(p) ?? []),
    isMissing: (written) => {
      if (existsSync(path.resolve(draftDir, written))) return false;
      const ext = /\.([^./\\]+)$/.exec(written)?.[1]?.toLowerCase();
      return ext !== undefined && SOURCE_EXTENSIONS.includes(ext) ? true : undefined;
    },
  };
}

function toJson(file: string, text: string, findings: readonly Finding[]): FindingJson[] {
  const map = new OffsetMap(text);
  return findings.map((f) => {
    const loc = map.locate(file, f.span);
    return {
      file,
      line: loc.line,
      column: loc.column,
      endLine: loc.endLine,
      endColumn: loc.endColumn,
      severity: f.severity,
      code: f.code,
      message: f.message,
      claimed: f.claimed,
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      rules: f.rules,
      why: f.why,
      ...(f.source ? { source: { file: f.source.file, line: f.source.line, column: f.source.column, text: f.source.text } } : {}),
    };
  });
}

/** `draft.md:3:12 warning 56 billion yuan contradicts seeds/x.txt:5 (65 billion yuan)` */
function formatFinding(f: FindingJson): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`;
}
