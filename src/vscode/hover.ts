/**
 * Hovers in drafts: over a Sourced citation, the cited passage with a
 * sentence of context either side and an "Open source" link; over a number
 * the fact checker matched, the source passage and the verdict.
 */
import * as vscode from 'vscode';
import type { Assessment } from '../core/check/checkDraft';
import { citationAt } from '../core/cite/parseCitations';
import type { SourceIndex } from '../core/index/sourceIndex';
import { resolveCitation } from './citationTarget';
import { draftSelector, isDraft } from './drafts';
import { escapeMarkdown } from './markdown';
import { passageMarkdown, spanAtLine } from './passage';
import type { Services } from './services';

/** Registers the hover provider for drafts. */
export function registerHover(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(draftSelector(), new CitationHover(services)));
}

/** Hover content for citations and checked numbers. */
class CitationHover implements vscode.HoverProvider {
  constructor(private readonly services: Services) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (token.isCancellationRequested || !isDraft(document, this.services.sources)) return undefined;
    const index = await this.services.sources.ready();
    if (token.isCancellationRequested) return undefined;
    const offset = document.offsetAt(position);
    return this.citationHover(document, offset, index) ?? (await this.numberHover(document, offset, index, token));
  }

  private citationHover(document: vscode.TextDocument, offset: number, index: SourceIndex): vscode.Hover | undefined {
    const ref = citationAt(document.getText(), offset);
    if (!ref) return undefined;
    const range = new vscode.Range(document.positionAt(ref.span.start), document.positionAt(ref.span.end));
    const resolved = resolveCitation(document.uri, ref, index);
    if (!resolved) {
      const md = new vscode.MarkdownString(`Sourced: \`${escapeCode(ref.file)}:${ref.line}\` is not an indexed source.`);
      return new vscode.Hover(md, range);
    }
    const span = spanAtLine(index, resolved.doc, resolved.line);
    if (!span) return new vscode.Hover(new vscode.MarkdownString(`Sourced: \`${escapeCode(resolved.doc.file)}\` has no line ${resolved.line}.`), range);
    return new vscode.Hover(passageMarkdown(resolved.doc, span, resolved.line, { context: 'sentence', openLink: true }), range);
  }

  private async numberHover(document: vscode.TextDocument, offset: number, index: SourceIndex, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const assessment = (await this.services.checker.assess(document, token))?.find((a) => a.span.start <= offset && offset <= a.span.end);
    const fact = assessment?.sourceFact;
    const doc = fact ? index.document(fact.file) : undefined;
    if (!assessment || !fact || !doc || assessment.verdict === 'unsourced') return undefined;
    const range = new vscode.Range(document.positionAt(assessment.span.start), document.positionAt(assessment.span.end));
    const heading = verdictLine(assessment);
    return new vscode.Hover(passageMarkdown(doc, fact.span, fact.location.line, { context: 'sentence', openLink: true, heading }), range);
  }
}

/** The verdict on a number, as the hover's first line. */
function verdictLine(assessment: Assessment): string {
  const claimed = escapeMarkdown(assessment.claimed);
  const stated = escapeMarkdown(assessment.sourceQuantity?.text ?? '');
  return assessment.verdict === 'contradicted'
    ? `$(warning) **Contradicted by the sources:** the draft says ${claimed}, the source says ${stated}.`
    : `$(check) **Supported by the sources:** ${claimed} (source: ${stated}).`;
}

function escapeCode(text: string): string {
  return text.replace(/`/g, "'");
}
