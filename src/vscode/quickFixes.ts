/**
 * Quick fixes for contradiction diagnostics: replace the number with the
 * source's value (preferred), replace it and cite the source, or silence the
 * number with an inline `<!-- sourced-ignore -->` marker.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/check/checkDraft';
import { IGNORE_MARKER } from '../core/check/draftText';
import type { CitationStyle } from '../core/cite/citation';
import type { SourceIndex } from '../core/index/sourceIndex';
import { citeInDraft } from './cite';
import { citationStyle } from './config';
import { CONTRADICTION_CODE, DIAGNOSTIC_SOURCE } from './diagnostics';
import { draftSelector } from './drafts';
import type { Services } from './services';

/** Registers the code action provider for drafts. */
export function registerQuickFixes(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(draftSelector(), new ContradictionFixes(services), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
}

/** Offers the fixes for each Sourced contradiction in the range. */
class ContradictionFixes implements vscode.CodeActionProvider {
  constructor(private readonly services: Services) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) === CONTRADICTION_CODE);
    const index = this.services.sources.current;
    if (!index || ours.length === 0 || token.isCancellationRequested) return [];
    const contradictions = await this.services.checker.contradictions(document, token);
    if (!contradictions || token.isCancellationRequested) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const span = { start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end) };
      const finding = contradictions.find((f) => f.span.start === span.start && f.span.end === span.end);
      if (!finding) continue;
      actions.push(...this.fixesFor(document, diagnostic, finding, index));
    }
    return actions;
  }

  private fixesFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding, index: SourceIndex): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const replacement = finding.expectedValueText;
    if (replacement) {
      const replace = action(`Replace with ${replacement}`, diagnostic);
      replace.isPreferred = true;
      replace.edit = new vscode.WorkspaceEdit();
      replace.edit.replace(document.uri, diagnostic.range, replacement);
      actions.push(replace);
      if (finding.source) {
        const style = citationStyle(document.uri);
        const citation = citeInDraft(document, finding.source, index, this.services.sources, style);
        const cite = action(`Replace with ${replacement} and cite`, diagnostic);
        cite.edit = new vscode.WorkspaceEdit();
        cite.edit.set(document.uri, [
          vscode.TextEdit.replace(diagnostic.range, replacement),
          vscode.TextEdit.insert(citationPoint(document, diagnostic.range.end, style), style === 'footnote' ? citation.text : ` ${citation.text}`),
          ...(citation.definitionEdit ? [citation.definitionEdit] : []),
        ]);
        actions.push(cite);
      }
    }
    const ignore = action('Ignore this number here', diagnostic);
    ignore.edit = new vscode.WorkspaceEdit();
    const line = document.lineAt(diagnostic.range.end.line);
    ignore.edit.insert(document.uri, line.range.end, `${/\s$/.test(line.text) || line.text === '' ? '' : ' '}${IGNORE_MARKER}`);
    actions.push(ignore);
    return actions;
  }
}

function action(title: string, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [diagnostic];
  return a;
}

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

/**
 * Where a citation for the number at `from` goes: at the end of its sentence
 * on the same line (after the full stop for footnotes, before it otherwise),
 * or at the end of the line.
 */
function citationPoint(document: vscode.TextDocument, from: vscode.Position, style: CitationStyle): vscode.Position {
  const text = document.lineAt(from.line).text;
  const rest = text.slice(from.character);
  const stop = /[.!?]["”’)]*(?=\s|$)/u.exec(rest);
  if (!stop) return new vscode.Position(from.line, text.trimEnd().length);
  const at = from.character + stop.index + (style === 'footnote' ? stop[0].length : 0);
  return new vscode.Position(from.line, at);
}
