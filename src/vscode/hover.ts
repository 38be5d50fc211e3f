/**
 * Hovers in drafts: over a Sourced citation, the cited passage with a
 * sentence of context either side and an "Open source" link; over a number
 * the fact checker matched, the source passage and the verdict. The
 * Markdown comes from the editor-neutral hover content in the core.
 */
import * as vscode from 'vscode';
import { citationHoverText, numberHoverText, type HoverStyle } from '../core/draft/hoverContent';
import { citationAt } from '../core/cite/parseCitations';
import type { SourceIndex } from '../core/index/sourceIndex';
import { resolveCitation } from './citationTarget';
import { draftSelector, isDraft } from './drafts';
import { OPEN_SOURCE_COMMAND, openSourceLink } from './passage';
import type { Services } from './services';

/** VS Code renders theme icons and trusts the "Open source" command. */
const VSCODE_HOVER: HoverStyle = { themeIcons: true, openLink: openSourceLink };

/** Registers the hover provider for drafts. */
export function registerHover(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(draftSelector(), new CitationHover(services)));
}

/** A passage hover's Markdown: no HTML, theme icons on, no command trusted but the one that opens a source. */
function passageHover(text: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.supportHtml = false;
  md.supportThemeIcons = true;
  md.isTrusted = { enabledCommands: [OPEN_SOURCE_COMMAND] };
  md.appendMarkdown(text);
  return md;
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
    const { markdown, passage } = citationHoverText(ref, resolved, index, VSCODE_HOVER);
    return new vscode.Hover(passage ? passageHover(markdown) : new vscode.MarkdownString(markdown), range);
  }

  private async numberHover(document: vscode.TextDocument, offset: number, index: SourceIndex, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const assessment = (await this.services.checker.assess(document, token))?.find((a) => a.span.start <= offset && offset <= a.span.end);
    const text = assessment ? numberHoverText(assessment, index, VSCODE_HOVER) : undefined;
    if (!assessment || text === undefined) return undefined;
    const range = new vscode.Range(document.positionAt(assessment.span.start), document.positionAt(assessment.span.end));
    return new vscode.Hover(passageHover(text), range);
  }
}
