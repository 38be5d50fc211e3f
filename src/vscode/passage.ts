/**
 * Source passages as VS Code `MarkdownString`s for hovers and completion
 * documentation. The Markdown itself comes from the editor-neutral
 * {@link passageMarkdownText}; this module adds VS Code's trust settings and
 * the "Open source" command link.
 */
import * as vscode from 'vscode';
import { passageMarkdownText, type ContextSize } from '../core/draft/passage';
import type { Span } from '../core/model';
import type { SourceDocument } from '../core/source/readSource';

export { spanAtLine } from '../core/draft/passage';

/** The command that opens a source at a line; hovers link to it. */
export const OPEN_SOURCE_COMMAND = 'sourced.openSource';

/** Options for {@link passageMarkdown}. */
export interface PassageOptions {
  readonly context: ContextSize;
  /** Adds an "Open source" command link (the caller must trust only {@link OPEN_SOURCE_COMMAND}). */
  readonly openLink: boolean;
  /** A line shown above the passage, already Markdown (e.g. a verdict). */
  readonly heading?: string;
}

/** `command:` link target that opens `file` (an indexed path) at `line`; safe inside a Markdown link. */
export function openSourceLink(file: string, line: number): string {
  const args = encodeURIComponent(JSON.stringify([{ file, line }])).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${OPEN_SOURCE_COMMAND}?${args}`;
}

/** The passage as Markdown. Not trusted beyond {@link OPEN_SOURCE_COMMAND}; HTML off. */
export function passageMarkdown(doc: SourceDocument, focus: Span, line: number, options: PassageOptions): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.supportHtml = false;
  md.supportThemeIcons = true;
  if (options.openLink) md.isTrusted = { enabledCommands: [OPEN_SOURCE_COMMAND] };
  const text = passageMarkdownText(doc, focus, line, {
    context: options.context,
    ...(options.heading ? { heading: options.heading } : {}),
    ...(options.openLink ? { openLink: openSourceLink(doc.file, line) } : {}),
  });
  md.appendMarkdown(text);
  return md;
}
