/**
 * Keeps a {@link SourceIndex} of the workspace's source files: finds them
 * through `sourced.sources`, reads them with `workspace.fs`, builds the index
 * lazily and in slices, and follows file changes one file at a time.
 */
import * as vscode from 'vscode';
import { SourceIndex } from '../core/index/sourceIndex';
import type { IndexState, IndexSummary } from '../core/index/summary';
import type { SourceInput } from '../core/model';
import { decodeText } from '../core/source/decodeText';
import { tooLargeReason as tooLarge } from '../core/source/sizeLimit';
import { affects, maxFileBytes, SOURCE_EXTENSIONS, sourceGlobs } from './config';
import { indexPathOf } from './paths';

export type { IndexState, IndexSummary } from '../core/index/summary';

/** How long file events for one file are gathered before it is re-read. */
const EVENT_SETTLE_MS = 50;
/** Files read at once while building. */
const READ_CONCURRENCY = 16;

/** The workspace's source index, kept current. */
export class SourceIndexService implements vscode.Disposable {
  private index: SourceIndex | undefined;
  private building: Promise<SourceIndex> | undefined;
  private generation = 0;
  private stateValue: IndexState = 'idle';
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly skippedFiles = new Map<string, string>();
  private globNotes: readonly GlobNote[] = [];
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private watchers: vscode.Disposable[] = [];
  private cancelBuild: () => void = () => undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly stateChanged = new vscode.EventEmitter<IndexState>();

  /** Fires after the index content changed (built, a file added, changed or removed). */
  readonly onDidChange = this.changed.event;
  /** Fires when {@link state} changes. */
  readonly onDidChangeState = this.stateChanged.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      this.changed,
      this.stateChanged,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'sources') || affects(e, 'maxFileSizeMB')) this.rebuild();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuild()),
    );
  }

  /** Where the index stands. */
  get state(): IndexState {
    return this.stateValue;
  }

  /** The index if it is built, without waiting. */
  get current(): SourceIndex | undefined {
    return this.index;
  }

  /** Files matched by the globs but not indexed, with the reason. */
  get skipped(): ReadonlyMap<string, string> {
    return this.skippedFiles;
  }

  /** What the index holds now, what was skipped and why, and notes on globs that matched nothing. */
  summary(): IndexSummary {
    const index = this.index;
    return {
      state: this.stateValue,
      sources: index?.fileCount ?? 0,
      facts: index?.facts.length ?? 0,
      quotes: index?.quotes.length ?? 0,
      skipped: [...this.skippedFiles].map(([path, reason]) => ({ path, reason })),
      notes: this.globNotes.map((n) => n.text),
    };
  }

  /** The index, building it first if needed. */
  ready(): Promise<SourceIndex> {
    if (this.building) return this.building;
    if (this.index) return Promise.resolve(this.index);
    return this.rebuildNow();
  }

  /** Starts building `delayMs` after the call, unless something asked for the index earlier. */
  warmUp(delayMs: number): vscode.Disposable {
    const timer = setTimeout(() => {
      this.ready().catch((e: unknown) => this.log.error(`indexing failed: ${String(e)}`));
    }, delayMs);
    return new vscode.Disposable(() => clearTimeout(timer));
  }

  /** Drops the index and builds it again from disk (the watchers are set up again too). */
  rebuild(): void {
    this.rebuildNow().catch((e: unknown) => this.log.error(`indexing failed: ${String(e)}`));
  }

  /** The URI of an indexed path. */
  uriOf(path: string): vscode.Uri | undefined {
    return this.uris.get(path);
  }

  /** True when the document is one of the indexed sources. */
  isSource(uri: vscode.Uri): boolean {
    return this.uris.get(indexPathOf(uri))?.toString() === uri.toString();
  }

  private setState(state: IndexState): void {
    if (state === this.stateValue) return;
    this.stateValue = state;
    this.stateChanged.fire(state);
  }

  private rebuildNow(): Promise<SourceIndex> {
    this.cancelBuild();
    const generation = ++this.generation;
    this.setState('indexing');
    this.watch();
    const signal = { cancelled: false };
    const build = (async (): Promise<SourceIndex> => {
      const started = Date.now();
      const { uris, notes } = await this.findSources();
      const inputs = await this.readAll(uris);
      const index = await SourceIndex.buildAsync(inputs, { signal });
      if (generation !== this.generation) return this.building ?? index;
      this.index = index;
      this.globNotes = notes;
      for (const note of notes) this.log.warn(note.text);
      this.uris.clear();
      for (const uri of uris) {
        const path = indexPathOf(uri);
        if (index.document(path)) this.uris.set(path, uri);
      }
      this.building = undefined;
      this.log.info(`indexed ${index.fileCount} sources (${index.facts.length} facts, ${index.quotes.length} quotes) in ${Date.now() - started} ms`);
      this.setState('ready');
      this.changed.fire();
      return index;
    })();
    this.building = build;
    this.cancelBuild = (): void => {
      signal.cancelled = true;
    };
    build.catch(() => {
      if (generation === this.generation) {
        this.building = undefined;
        this.setState(this.index ? 'ready' : 'idle');
      }
    });
    return build;
  }

  /** Every file the globs select in every workspace folder, with a source extension, and a note for each glob that selects none. */
  private async findSources(): Promise<{ uris: vscode.Uri[]; notes: GlobNote[] }> {
    const found = new Map<string, vscode.Uri>();
    const notes: GlobNote[] = [];
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) notes.push({ text: 'No folder is open: Sourced reads the sources inside the workspace folders.' });
    for (const folder of folders) {
      for (const glob of sourceGlobs(folder)) {
        const matched = await matching(folder, glob);
        for (const uri of matched) found.set(uri.toString(), uri);
        if (matched.length === 0) notes.push({ text: await emptyGlobNote(folder, glob, folders.length > 1), folder, glob });
      }
    }
    return { uris: [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString())), notes };
  }

  private async readAll(uris: readonly vscode.Uri[]): Promise<SourceInput[]> {
    this.skippedFiles.clear();
    const inputs: (SourceInput | undefined)[] = new Array<SourceInput | undefined>(uris.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < uris.length) {
        const i = next++;
        inputs[i] = await this.read(uris[i] as vscode.Uri);
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, uris.length) }, worker));
    return inputs.filter((i): i is SourceInput => i !== undefined);
  }

  /**
   * Reads and decodes one file. Its size is checked with `stat` before it is
   * read, so a file over `sourced.maxFileSizeMB` is never loaded. Binary,
   * oversized and unreadable files are recorded as skipped; a file that
   * vanished since it was found (deleted or renamed mid-index) is left out
   * silently, since the watcher reports its removal.
   */
  private async read(uri: vscode.Uri): Promise<SourceInput | undefined> {
    const path = indexPathOf(uri);
    try {
      const limit = maxFileBytes(uri);
      const { size, type } = await vscode.workspace.fs.stat(uri);
      if (!(type & vscode.FileType.File)) return undefined;
      if (size > limit) {
        this.skip(path, tooLarge(size, limit));
        return undefined;
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      // The file may have grown between stat and read.
      const decoded = bytes.length > limit ? { skip: tooLarge(bytes.length, limit) } : decodeText(bytes);
      if ('skip' in decoded) {
        this.skip(path, decoded.skip);
        return undefined;
      }
      for (const warning of decoded.warnings) this.log.info(`${path}: ${warning}`);
      this.skippedFiles.delete(path);
      return { path, text: decoded.text };
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') {
        this.skippedFiles.delete(path);
        this.log.info(`${path} vanished while it was read (deleted or renamed)`);
        return undefined;
      }
      this.skip(path, e instanceof Error ? e.message : String(e));
      return undefined;
    }
  }

  private skip(path: string, reason: string): void {
    this.skippedFiles.set(path, reason);
    this.log.warn(`skipped ${path}: ${reason}`);
  }

  /** (Re)creates one watcher per folder and glob. */
  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of sourceGlobs(folder)) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, asFileGlob(glob)));
        const onEvent = (uri: vscode.Uri): void => this.schedule(uri);
        this.watchers.push(watcher, watcher.onDidCreate(onEvent), watcher.onDidChange(onEvent), watcher.onDidDelete(onEvent));
      }
    }
  }

  /** Gathers the events of one file (save-by-rename sends delete and create) and then re-reads it once. */
  private schedule(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        this.refresh(uri).catch((e: unknown) => this.log.error(`updating ${indexPathOf(uri)} failed: ${String(e)}`));
      }, EVENT_SETTLE_MS),
    );
  }

  /** Brings one path up to date with the disk: re-reads a file, or drops a deleted file or folder. */
  private async refresh(uri: vscode.Uri): Promise<void> {
    const index = await this.ready();
    const path = indexPathOf(uri);
    const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
    let changed = false;
    if (stat && stat.type & vscode.FileType.Directory) {
      // A folder created or renamed into place: its files may not get events of their own.
      for (const file of await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'))) if (hasSourceExtension(file)) this.schedule(file);
      return;
    }
    if (stat && stat.type & vscode.FileType.File) {
      if (!hasSourceExtension(uri)) return;
      const input = await this.read(uri);
      if (index !== this.index) return; // rebuilt meanwhile; the rebuild read the file
      if (input) {
        index.updateFile(input);
        this.uris.set(path, uri);
        await this.dropAnsweredNotes();
      } else {
        index.removeFile(path);
        this.uris.delete(path);
      }
      changed = true;
    } else if (!stat) {
      for (const [known] of this.uris) {
        if (known === path || known.startsWith(`${path}/`)) {
          index.removeFile(known);
          this.uris.delete(known);
          changed = true;
        }
      }
      for (const [skipped] of this.skippedFiles) if (skipped === path || skipped.startsWith(`${path}/`)) this.skippedFiles.delete(skipped);
    }
    if (changed) {
      this.log.info(`updated ${path}`);
      this.changed.fire();
    }
  }

  /** Drops the notes of globs that select a source file now (one was created since the build). */
  private async dropAnsweredNotes(): Promise<void> {
    const kept: GlobNote[] = [];
    for (const note of this.globNotes) if (!note.folder || !note.glob || (await matching(note.folder, note.glob)).length === 0) kept.push(note);
    this.globNotes = kept;
  }

  /** Stops watching and releases the events. */
  dispose(): void {
    this.cancelBuild();
    this.generation++;
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }
}

/** A note on a glob that selected no source file (or on an empty workspace, without folder and glob). */
interface GlobNote {
  readonly text: string;
  readonly folder?: vscode.WorkspaceFolder;
  readonly glob?: string;
}

/** The source files a glob selects in a folder. */
async function matching(folder: vscode.WorkspaceFolder, glob: string): Promise<vscode.Uri[]> {
  return (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, asFileGlob(glob)))).filter(hasSourceExtension);
}

/** A glob without wildcards names a folder or a file: match both. */
function asFileGlob(glob: string): string {
  const clean = glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  return /[*?[\]{}]/.test(clean) ? clean : `{${clean},${clean}/**}`;
}

/** The words before a glob's first wildcard, as a folder path: `seeds` for `seeds/**`, '' for `**\/*.md`. */
function staticPrefix(glob: string): string {
  const segments = glob.replace(/\\/g, '/').replace(/^\.\//, '').split('/');
  const fixed: string[] = [];
  for (const segment of segments) {
    if (/[*?[\]{}]/.test(segment)) break;
    if (segment !== '') fixed.push(segment);
  }
  return fixed.join('/');
}

/** Why a glob selected nothing: its folder does not exist, or it holds no source file. */
async function emptyGlobNote(folder: vscode.WorkspaceFolder, glob: string, named: boolean): Promise<string> {
  const where = named ? ` in ${folder.name}` : '';
  const base = staticPrefix(glob);
  const exists = base === '' || (await Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, base))).then(() => true, () => false));
  return exists
    ? `sourced.sources "${glob}" matches no .txt, .md or .html file${where}`
    : `sourced.sources "${glob}": ${base} does not exist${where}`;
}

function hasSourceExtension(uri: vscode.Uri): boolean {
  const ext = /\.([^./]+)$/.exec(uri.path)?.[1]?.toLowerCase();
  return ext !== undefined && SOURCE_EXTENSIONS.includes(ext);
}
