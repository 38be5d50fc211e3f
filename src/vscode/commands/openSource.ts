/**
 * "Open Source at Citation": opens a source file at a line. Hover links pass
 * `{file, line}`; without arguments the citation under the cursor is used.
 * Paths that are absolute or lead outside the workspace folders are refused.
 */
import * as vscode from 'vscode';
import { citationAt } from '../../core/cite/parseCitations';
import { resolveCitation } from '../citationTarget';
import { OPEN_SOURCE_COMMAND } from '../passage';
import { resolveInWorkspace } from '../paths';
import type { Services } from '../services';

/** The arguments hover links pass: an indexed (workspace-relative) path and a 1-based line. */
interface OpenSourceArgs {
  readonly file: string;
  readonly line: number;
}

/** Registers the command. It resolves to true when a file was opened. */
export function registerOpenSource(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(vscode.commands.registerCommand(OPEN_SOURCE_COMMAND, (args?: unknown) => openSource(services, args)));
}

async function openSource(services: Services, args: unknown): Promise<boolean> {
  const target = isArgs(args) ? await fromArgs(services, args) : await fromCursor(services);
  if (!target) return false;
  const line = Math.max(0, target.line - 1);
  const editor = await vscode.window.showTextDocument(target.uri, { preview: true });
  const position = new vscode.Position(Math.min(line, editor.document.lineCount - 1), 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

function isArgs(args: unknown): args is OpenSourceArgs {
  if (typeof args !== 'object' || args === null) return false;
  const { file, line } = args as Record<string, unknown>;
  return typeof file === 'string' && typeof line === 'number' && Number.isInteger(line);
}

async function fromArgs(services: Services, args: OpenSourceArgs): Promise<{ uri: vscode.Uri; line: number } | undefined> {
  const known = services.sources.uriOf(args.file);
  const candidates = known ? [known] : resolveInWorkspace(args.file);
  if (candidates.length === 0) {
    void vscode.window.showWarningMessage(`Sourced will not open "${args.file}": only files inside the workspace folders can be opened.`);
    return undefined;
  }
  for (const uri of candidates) {
    const exists = await Promise.resolve(vscode.workspace.fs.stat(uri)).then(
      (s) => (s.type & vscode.FileType.File) !== 0,
      () => false,
    );
    if (exists) return { uri, line: args.line };
  }
  void vscode.window.showWarningMessage(`Sourced: "${args.file}" was not found in the workspace.`);
  return undefined;
}

async function fromCursor(services: Services): Promise<{ uri: vscode.Uri; line: number } | undefined> {
  const editor = vscode.window.activeTextEditor;
  const ref = editor ? citationAt(editor.document.getText(), editor.document.offsetAt(editor.selection.active)) : undefined;
  if (!editor || !ref) {
    void vscode.window.showInformationMessage('Sourced: put the cursor on a citation to open its source.');
    return undefined;
  }
  const resolved = resolveCitation(editor.document.uri, ref, await services.sources.ready());
  const uri = resolved ? services.sources.uriOf(resolved.doc.file) : undefined;
  if (!resolved || !uri) {
    void vscode.window.showWarningMessage(`Sourced: "${ref.file}" is not an indexed source inside the workspace.`);
    return undefined;
  }
  return { uri, line: resolved.line };
}
