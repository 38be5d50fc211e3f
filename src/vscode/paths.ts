/**
 * Path helpers between the index (workspace-relative paths), URIs and the
 * paths written into citations. Nothing here reaches outside the workspace
 * folders: {@link resolveInWorkspace} refuses absolute paths and `..` escapes.
 */
import * as vscode from 'vscode';
import { relativePosix } from '../core/draft/citeEdits';

/** The path a source is indexed under: relative to its workspace folder (prefixed with the folder name in multi-root workspaces). */
export function indexPathOf(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/** True for `/x`, `\x`, `C:…`, `file:…` and other scheme- or root-anchored paths. */
function isAnchored(path: string): boolean {
  return /^[\\/]/.test(path) || /^[a-z][\w+.-]*:/i.test(path);
}

/**
 * Resolves a relative path written in a draft or a command argument to a URI
 * inside a workspace folder. Tried against `base` (the draft's folder) first,
 * then each workspace folder. Returns every candidate that stays inside the
 * workspace, best first; none for absolute paths or paths that escape it.
 */
export function resolveInWorkspace(path: string, base?: vscode.Uri): vscode.Uri[] {
  if (typeof path !== 'string' || path.trim() === '' || isAnchored(path)) return [];
  const relative = path.replace(/\\/g, '/');
  const roots = [...(base ? [base] : []), ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
  const out: vscode.Uri[] = [];
  for (const root of roots) {
    const uri = vscode.Uri.joinPath(root, relative);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder && isInside(uri, folder.uri) && !out.some((u) => u.toString() === uri.toString())) out.push(uri);
  }
  return out;
}

function isInside(uri: vscode.Uri, folder: vscode.Uri): boolean {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return false;
  const root = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.path.startsWith(root);
}

/** The folder that holds a document, or undefined for untitled documents. */
export function folderOf(uri: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme === 'untitled') return undefined;
  return vscode.Uri.joinPath(uri, '..');
}

/**
 * The path to write in a citation in `draft` that links to `target`: relative
 * to the draft's folder when both are in the same workspace folder, else the
 * indexed (workspace-relative) path.
 */
export function linkPath(draft: vscode.Uri, target: vscode.Uri, indexedPath: string): string {
  const draftFolder = vscode.workspace.getWorkspaceFolder(draft);
  const dir = folderOf(draft);
  if (!dir || !draftFolder || vscode.workspace.getWorkspaceFolder(target)?.uri.toString() !== draftFolder.uri.toString()) return indexedPath;
  return relativePosix(dir.path, target.path);
}
