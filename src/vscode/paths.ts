/**
 * Paths inside the workspace folders, for "Open Source at Citation": nothing
 * here reaches outside them. {@link resolveInWorkspace} refuses absolute
 * paths and `..` escapes.
 */
import * as vscode from 'vscode';

/** True for `/x`, `\x`, `C:…`, `file:…` and other scheme- or root-anchored paths. */
function isAnchored(path: string): boolean {
  return /^[\\/]/.test(path) || /^[a-z][\w+.-]*:/i.test(path);
}

/**
 * Resolves a relative path written in a draft or a command argument to a URI
 * inside a workspace folder, tried against each workspace folder. Returns
 * every candidate that stays inside the workspace, best first; none for
 * absolute paths or paths that escape it.
 */
export function resolveInWorkspace(path: string): vscode.Uri[] {
  if (typeof path !== 'string' || path.trim() === '' || isAnchored(path)) return [];
  const relative = path.replace(/\\/g, '/');
  const out: vscode.Uri[] = [];
  for (const root of (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)) {
    const uri = vscode.Uri.joinPath(root, relative);
    if (isInsideWorkspace(uri) && !out.some((u) => u.toString() === uri.toString())) out.push(uri);
  }
  return out;
}

/** True when `uri` lies inside one of the workspace folders. */
export function isInsideWorkspace(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || uri.scheme !== folder.uri.scheme || uri.authority !== folder.uri.authority) return false;
  const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(root);
}
