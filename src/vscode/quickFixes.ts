/**
 * Quick fixes for contradiction, misquote and misattribution diagnostics:
 * replace the number with the source's value, or the quoted words with the
 * source's (preferred), the same and cite the source, or silence the line
 * with an inline `<!-- sourced-ignore -->` marker.
 */
import * as vscode from 'vscode';
import { type Finding, type FindingSource, isProblemCode } from '../core/check/checkDraft';
import { citeInText, type CitationText } from '../core/draft/citeEdits';
import { findingFixes } from '../core/draft/quickFixes';
import type { SourceIndex } from '../core/index/sourceIndex';
import { citationStyle } from './config';
import { linkPathIn } from './cite';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { draftSelector } from './drafts';
import type { Services } from './services';

/** Registers the code action provider for drafts. */
export function registerQuickFixes(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(draftSelector(), new ContradictionFixes(services), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
}

/** Offers the fixes for each Sourced problem (contradiction, misquote, misattribution) in the range. */
class ContradictionFixes implements vscode.CodeActionProvider {
  constructor(private readonly services: Services) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && isProblemCode(codeOf(d)));
    const index = this.services.sources.current;
    if (!index || ours.length === 0 || token.isCancellationRequested) return [];
    const problems = await this.services.checker.contradictions(document, token);
    if (!problems || token.isCancellationRequested) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const span = { start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end) };
      const finding = problems.find((f) => f.code === codeOf(diagnostic) && f.span.start === span.start && f.span.end === span.end);
      if (!finding) continue;
      actions.push(...this.fixesFor(document, diagnostic, finding, index));
    }
    return actions;
  }

  /** The editor-neutral fixes for one finding, as code actions on its diagnostic. */
  private fixesFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding, index: SourceIndex): vscode.CodeAction[] {
    const text = document.getText();
    const style = citationStyle(document.uri);
    const span = { start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end) };
    const cite = (source: FindingSource): CitationText => citeInText(text, source, index, style, linkPathIn(document, source.file, this.services.sources));
    return findingFixes(text, span, finding, style, cite).map((fix) => {
      const a = action(fix.title, diagnostic);
      if (fix.preferred) a.isPreferred = true;
      a.edit = new vscode.WorkspaceEdit();
      a.edit.set(
        document.uri,
        fix.edits.map((e) => new vscode.TextEdit(new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText)),
      );
      return a;
    });
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
