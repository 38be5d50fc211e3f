/** Markdown escaping for untrusted text; the implementation is editor-neutral and lives in the core. */
export { escapeMarkdown } from '../core/draft/markdown';
