/**
 * Escaping for untrusted text (source prose, metadata) that goes into a
 * `MarkdownString`, so that it renders literally and never as links,
 * images, HTML or commands.
 */

/** Backslash-escapes every Markdown-significant ASCII character and folds whitespace runs (newlines included) into one space. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/[\\`*_{}[\]()<>#+\-.!|&~:=$]/g, '\\$&');
}
