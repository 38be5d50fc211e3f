/**
 * Hover content in any editor, as Markdown text: over a citation, the cited
 * passage with a sentence of context either side; over a number the fact
 * checker matched, the verdict and the source passage. Source text is always
 * escaped; links come only from the caller's `openLink`.
 */
import { type Assessment, type Finding, statedBySource } from '../check/checkDraft';
import type { CitationRef } from '../cite/parseCitations';
import type { SourceIndex } from '../index/sourceIndex';
import type { ResolvedCitation } from './citationTarget';
import { escapeMarkdown } from './markdown';
import { codeSpan, passageMarkdownText, spanAtLine } from './passage';

/** How hover Markdown is rendered for one editor. */
export interface HoverStyle {
  /** The editor renders `$(warning)` and `$(check)` theme icons (VS Code does; LSP clients show them literally). */
  readonly themeIcons: boolean;
  /** The "Open source" link target for `file:line`, or undefined for none. */
  readonly openLink?: (file: string, line: number) => string | undefined;
}

/** A citation hover's Markdown, and whether it shows a passage (else it says why it cannot). */
export interface CitationHoverText {
  readonly markdown: string;
  readonly passage: boolean;
}

/**
 * The hover over a citation: the passage it cites, or why it cannot be shown.
 * `resolved` is where `ref` points, if indexed. `drift` is the citation's
 * `citation-moved` or `citation-broken` finding, if the check found one: a
 * moved citation shows the passage where it is now, under a warning, and a
 * broken one says so above whatever its line holds now.
 */
export function citationHoverText(ref: CitationRef, resolved: ResolvedCitation | undefined, index: SourceIndex, style: HoverStyle, drift?: Finding): CitationHoverText {
  const warning = drift ? `${style.themeIcons ? '$(warning) ' : '⚠ '}${escapeMarkdown(drift.message)}` : undefined;
  const movedTo = drift?.code === 'citation-moved' && drift.source && resolved?.doc.file === drift.source.file ? drift.source.line : undefined;
  if (!resolved) return { markdown: warning ?? `Sourced: ${codeSpan(`${ref.file}:${ref.line}`)} is not an indexed source.`, passage: false };
  const line = movedTo ?? resolved.line;
  const span = spanAtLine(index, resolved.doc, line);
  if (!span) return { markdown: warning ?? `Sourced: ${codeSpan(resolved.doc.file)} has no line ${line}.`, passage: false };
  const openLink = style.openLink?.(resolved.doc.file, line);
  return { markdown: passageMarkdownText(resolved.doc, span, line, { context: 'sentence', ...(openLink ? { openLink } : {}), ...(warning ? { heading: warning } : {}) }), passage: true };
}

/** The hover over a checked number: the verdict and the source passage; undefined for unsourced numbers. */
export function numberHoverText(assessment: Assessment, index: SourceIndex, style: HoverStyle): string | undefined {
  const fact = assessment.sourceFact;
  const doc = fact ? index.document(fact.file) : undefined;
  if (!fact || !doc || assessment.verdict === 'unsourced') return undefined;
  const openLink = style.openLink?.(doc.file, fact.location.line);
  return passageMarkdownText(doc, fact.span, fact.location.line, { context: 'sentence', heading: verdictLine(assessment, style.themeIcons), ...(openLink ? { openLink } : {}) });
}

/** The verdict on a number, as the hover's first line, with why the checker decided so (the evidence and the rule, rules.ts). */
function verdictLine(assessment: Assessment, themeIcons: boolean): string {
  const claimed = escapeMarkdown(assessment.claimed);
  const stated = escapeMarkdown(statedBySource(assessment) ?? '');
  const icon = (name: string, plain: string): string => (themeIcons ? `$(${name}) ` : plain);
  const why = assessment.why !== undefined ? ` *Why:* ${escapeMarkdown(assessment.why)} (rule ${codeSpan(assessment.rule)}).` : '';
  return assessment.verdict === 'contradicted'
    ? `${icon('warning', '⚠ ')}**Contradicted by the sources:** the draft says ${claimed}, the source says ${stated}.${why}`
    : `${icon('check', '✓ ')}**Supported by the sources:** ${claimed} (source: ${stated}).${why}`;
}
