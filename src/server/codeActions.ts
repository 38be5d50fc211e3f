/**
 * Quick fixes for contradictions, misquotes and misattributions
 * (`textDocument/codeAction`): replace the number with the source's value,
 * or the quoted words with the source's (preferred), the same and cite the
 * source, update a moved citation's line, or silence the line with
 * `<!-- sourced-ignore -->`. The fixes come from
 * the editor-neutral module the VS Code extension uses; each is an LSP code
 * action with a workspace edit, so no command has to run.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Finding, isProblem, isProblemCode } from '../core/check/checkDraft';
import { citeInText } from '../core/draft/citeEdits';
import { findingFixes } from '../core/draft/quickFixes';
import type { SourceIndex } from '../core/index/sourceIndex';
import { cancelled, isDraft, type ServerContext } from './context';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** Registers the code action handler. */
export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction(async (params, token) => {
    const document = context.documents.get(params.textDocument.uri);
    const only = params.context.only;
    if (!document || (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind)))) return [];
    const index = await context.sources.ready();
    if (!isDraft(context, document)) return [];
    const findings = await context.checks.findings(document.uri, token);
    if (token.isCancellationRequested) throw cancelled();
    if (!findings) return [];
    const problems = findings.filter(isProblem);
    const actions: CodeAction[] = [];
    for (const { finding, diagnostic } of targets(document, problems, params.context.diagnostics, params.range)) {
      actions.push(...fixesFor(context, document, index, finding, diagnostic));
    }
    return actions;
  });
}

/**
 * The problems to fix, each with the diagnostic it answers: those the
 * client's Sourced diagnostics point at, else (a client that sends none)
 * those that overlap the requested range.
 */
function targets(document: TextDocument, problems: readonly Finding[], diagnostics: readonly Diagnostic[], range: Range): { finding: Finding; diagnostic: Diagnostic | undefined }[] {
  const ours = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && isProblemCode(d.code));
  if (ours.length > 0) {
    return ours.flatMap((diagnostic) => {
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);
      const finding = problems.find((f) => f.code === diagnostic.code && f.span.start === start && f.span.end === end);
      return finding ? [{ finding, diagnostic }] : [];
    });
  }
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  return problems.filter((f) => f.span.start <= to && from <= f.span.end).map((finding) => ({ finding, diagnostic: undefined }));
}

function fixesFor(context: ServerContext, document: TextDocument, index: SourceIndex, finding: Finding, diagnostic: Diagnostic | undefined): CodeAction[] {
  const text = document.getText();
  const style = context.settings.current.citationStyle;
  const cite = (source: { readonly file: string; readonly line: number }): ReturnType<typeof citeInText> => {
    const uri = context.sources.uriOf(source.file);
    return citeInText(text, source, index, style, uri ? context.workspace.linkPath(document.uri, uri, source.file) : source.file);
  };
  const versioned = context.client.workspace?.workspaceEdit?.documentChanges === true;
  return findingFixes(text, finding.span, finding, style, cite).map((fix) => {
    const edits = fix.edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText }));
    return {
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      ...(fix.preferred ? { isPreferred: true } : {}),
      ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
      // A versioned edit is refused by the client if the draft changed since; plain `changes` for clients without them.
      edit: versioned ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] } : { changes: { [document.uri]: edits } },
    };
  });
}
