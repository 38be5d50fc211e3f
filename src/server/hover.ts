/**
 * Hovers (`textDocument/hover`): over a citation, the cited passage (where
 * it is now, with a warning, when the citation drifted); over a
 * number the fact checker matched, the verdict and the source passage. The
 * Markdown comes from the editor-neutral hover content; its only link opens
 * the source at the line: the file's own URI for any LSP client, or, for the
 * VS Code client that asks for it, its "Open source" command (the one command
 * that client trusts in hovers).
 */
import { MarkupKind, type CancellationToken, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { citationAt } from '../core/cite/parseCitations';
import { resolveCitationRef } from '../core/draft/citationTarget';
import { citationHoverText, numberHoverText, type HoverStyle } from '../core/draft/hoverContent';
import type { SourceIndex } from '../core/index/sourceIndex';
import type { Span } from '../core/model';
import { cancelled, isDraft, type ServerContext } from './context';

/** Registers the hover handler. */
export function registerHover(context: ServerContext): void {
  context.connection.onHover(async (params, token) => {
    const document = context.documents.get(params.textDocument.uri);
    if (token.isCancellationRequested) throw cancelled();
    if (!document) return null;
    const index = await context.sources.ready();
    if (token.isCancellationRequested) throw cancelled();
    if (!isDraft(context, document)) return null;
    const offset = document.offsetAt(params.position);
    const style = hoverStyle(context);
    const citation = await citationHover(context, document, offset, index, style, token);
    if (token.isCancellationRequested) throw cancelled();
    if (citation) return citation;
    const assessments = await context.checks.assessments(document.uri, token);
    if (token.isCancellationRequested) throw cancelled();
    const assessment = assessments?.find((a) => a.span.start <= offset && offset <= a.span.end);
    const text = assessment ? numberHoverText(assessment, index, style) : undefined;
    return assessment && text !== undefined ? hover(document, text, assessment.span) : null;
  });
}

/**
 * LSP clients show `$(…)` literally, and the link opens the source file at the line (a `file:` URI with
 * `#L<line>`); a VS Code client that asked for them (`initializationOptions.editor`) gets theme icons and a
 * link that runs its own "Open source" command with the indexed path and line.
 */
function hoverStyle(context: ServerContext): HoverStyle {
  const { themeIcons, openSourceCommand } = context.options.editor;
  return {
    themeIcons: themeIcons === true,
    openLink: (file, line) => {
      if (openSourceCommand !== undefined) return commandLink(openSourceCommand, file, line);
      const uri = context.sources.uriOf(file);
      return uri ? `${uri.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}#L${line}` : undefined;
    },
  };
}

/** `command:` link target that runs `command` with `[{file, line}]`; safe inside a Markdown link. */
function commandLink(command: string, file: string, line: number): string {
  const args = encodeURIComponent(JSON.stringify([{ file, line }])).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${args}`;
}

/** The hover over a citation, with its drift finding (moved or broken) when the check has one. */
async function citationHover(context: ServerContext, document: TextDocument, offset: number, index: SourceIndex, style: HoverStyle, token: CancellationToken): Promise<Hover | undefined> {
  const ref = citationAt(document.getText(), offset);
  if (!ref) return undefined;
  const resolved = resolveCitationRef(ref, index, (written) => context.workspace.candidatesFor(document.uri, written));
  const findings = await context.checks.findings(document.uri, token);
  const drift = findings?.find((f) => (f.code === 'citation-moved' || f.code === 'citation-broken') && f.span.start === ref.span.start && f.span.end === ref.span.end);
  return hover(document, citationHoverText(ref, resolved, index, style, drift).markdown, ref.span);
}

function hover(document: TextDocument, markdown: string, span: Span): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: { start: document.positionAt(span.start), end: document.positionAt(span.end) } };
}
