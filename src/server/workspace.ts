/**
 * The workspace folders the client opened, and the mapping between URIs and
 * the paths sources are indexed under: relative to their folder, prefixed
 * with the folder's name when several are open (as in the VS Code
 * extension). URIs are compared by their decoded paths, so two spellings of
 * one file (`%20` or not) agree.
 */
import { joinInside } from '../core/draft/citationTarget';
import { relativePosix } from '../core/draft/citeEdits';
import { SOURCE_EXTENSIONS } from '../core/settings';

/** One open folder. */
export interface Folder {
  readonly uri: string;
  readonly name: string;
}

/** The decoded path of a URI (`/tmp/a b/x.md` for `file:///tmp/a%20b/x.md`), or undefined when it cannot be parsed. */
export function uriPath(uri: string): string | undefined {
  try {
    const url = new URL(uri);
    return `${url.protocol}//${url.host}${decodeURIComponent(url.pathname)}`;
  } catch {
    return undefined;
  }
}

/** True for a URI whose file name has a source extension. */
export function hasSourceExtension(uri: string): boolean {
  const ext = /\.([^./]+)$/.exec(uriPath(uri) ?? uri)?.[1]?.toLowerCase();
  return ext !== undefined && SOURCE_EXTENSIONS.includes(ext);
}

/** The open folders and path mapping. */
export class Workspace {
  private folderList: readonly Folder[];

  constructor(folders: readonly Folder[]) {
    this.folderList = folders;
  }

  /** The open folders. */
  get folders(): readonly Folder[] {
    return this.folderList;
  }

  /** Replaces the folders (after `workspace/didChangeWorkspaceFolders`). */
  setFolders(folders: readonly Folder[]): void {
    this.folderList = folders;
  }

  /** The folder that holds a URI, with the URI's path relative to it. */
  private locate(uri: string): { folder: Folder; relative: string } | undefined {
    const path = uriPath(uri);
    if (path === undefined) return undefined;
    for (const folder of this.folderList) {
      const root = uriPath(folder.uri)?.replace(/\/+$/, '');
      if (root !== undefined && path.startsWith(`${root}/`)) return { folder, relative: path.slice(root.length + 1) };
    }
    return undefined;
  }

  /** The path a file is indexed under, or undefined outside every folder. */
  indexPathOf(uri: string): string | undefined {
    const found = this.locate(uri);
    if (!found) return undefined;
    return this.folderList.length > 1 ? `${found.folder.name}/${found.relative}` : found.relative;
  }

  /** The folder of a draft relative to its workspace folder (`''` at the root), or undefined outside every folder. */
  private draftDir(uri: string): { folder: Folder; dir: string } | undefined {
    const found = this.locate(uri);
    return found ? { folder: found.folder, dir: found.relative.split('/').slice(0, -1).join('/') } : undefined;
  }

  /**
   * The indexed paths a link path written in a draft may mean, best first:
   * relative to the draft's folder, then to each workspace folder. None
   * reaches outside the workspace.
   */
  candidatesFor(draftUri: string, written: string): string[] {
    const out: string[] = [];
    const prefix = (folder: Folder, relative: string): string => (this.folderList.length > 1 ? `${folder.name}/${relative}` : relative);
    const draft = this.draftDir(draftUri);
    if (draft) {
      const joined = joinInside(draft.dir, written);
      if (joined !== undefined) out.push(prefix(draft.folder, joined));
    }
    for (const folder of this.folderList) {
      const joined = joinInside('', written);
      if (joined !== undefined && !out.includes(prefix(folder, joined))) out.push(prefix(folder, joined));
    }
    return out;
  }

  /** The path to write in a citation in the draft at `draftUri` that links to the indexed source at `targetUri`: relative to the draft's folder when both are in one folder, else the indexed path. */
  linkPath(draftUri: string, targetUri: string, indexedPath: string): string {
    const draft = this.draftDir(draftUri);
    const target = this.locate(targetUri);
    if (!draft || !target || target.folder !== draft.folder) return indexedPath;
    return relativePosix(draft.dir, target.relative);
  }
}
