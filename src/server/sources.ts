/**
 * The server's source index: built from what the host reads, in slices
 * that leave the server free to answer requests meanwhile, and kept current
 * from watched-file notifications one file at a time (a file the index does
 * not know yet, or a removed folder, triggers a rebuild).
 */
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import { SourceIndex } from '../core/index/sourceIndex';
import type { IndexState, IndexSummary as BaseSummary } from '../core/index/summary';
import type { SourceInput } from '../core/model';
import type { SourcedSettings } from '../core/settings';
import type { SourceHost } from './host';
import { hasSourceExtension, uriPath, type Workspace } from './workspace';

/** What the index holds and left out, and how much indexing work was done. */
export interface IndexSummary extends BaseSummary {
  /** Full builds done so far (the first one included). */
  readonly builds: number;
  /** Single files re-read or dropped after a change on disk. */
  readonly fileUpdates: number;
}

/** Writes one line to the client's log. */
export type Log = (message: string) => void;

/** The index of the workspace's sources, kept current. */
export class SourceKeeper {
  private index: SourceIndex | undefined;
  private building: Promise<SourceIndex> | undefined;
  private generationValue = 0;
  private stateValue: IndexState = 'idle';
  private readonly uris = new Map<string, string>();
  private readonly skipped = new Map<string, string>();
  private notes: readonly string[] = [];
  private builds = 0;
  private fileUpdates = 0;
  private cancelBuild: () => void = () => undefined;
  private readonly listeners: (() => void)[] = [];
  private readonly rebuildListeners: (() => void)[] = [];
  /** The settings that select the sources, as the latest build (finished or under way) read them. */
  private buildSettings: string | undefined;

  constructor(
    private readonly host: SourceHost,
    private readonly workspace: Workspace,
    private readonly settings: { readonly current: SourcedSettings; readonly loaded: Promise<void> },
    private readonly log: Log,
  ) {}

  /** The index if it is built, without waiting. */
  get current(): SourceIndex | undefined {
    return this.index;
  }

  /** Bumped whenever the index content changes; checks made against an older generation are stale. */
  get generation(): number {
    return this.generationValue;
  }

  /** Calls `listener` after every change of the index content. */
  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Calls `listener` when a rebuild of a built index starts (the state goes from ready to indexing; the first build starts indexing from nothing). */
  onDidStartRebuild(listener: () => void): void {
    this.rebuildListeners.push(listener);
  }

  /** True when the latest build (finished or under way) read the sources these settings select. */
  builtWith(settings: SourcedSettings): boolean {
    return this.buildSettings === selection(settings);
  }

  /** What the index holds now. */
  summary(): IndexSummary {
    return {
      state: this.stateValue,
      sources: this.index?.fileCount ?? 0,
      facts: this.index?.facts.length ?? 0,
      quotes: this.index?.quotes.length ?? 0,
      skipped: [...this.skipped].map(([path, reason]) => ({ path, reason })),
      notes: this.notes,
      builds: this.builds,
      fileUpdates: this.fileUpdates,
    };
  }

  /** The index, building it first if needed. */
  ready(): Promise<SourceIndex> {
    if (this.building) return this.building;
    if (this.index) return Promise.resolve(this.index);
    return this.rebuild();
  }

  /** The URI of an indexed path. */
  uriOf(path: string): string | undefined {
    return this.uris.get(path);
  }

  /** True when the document is one of the indexed sources. */
  isSource(uri: string): boolean {
    const path = this.workspace.indexPathOf(uri);
    const known = path === undefined ? undefined : this.uris.get(path);
    return known !== undefined && uriPath(known) === uriPath(uri);
  }

  /**
   * Whether an indexed path names a source file that is gone: true when its
   * name has a source extension, it lies under a folder that a
   * `sourced.sources` glob selects whole (`seeds/**`) and the last listing
   * neither indexed nor skipped it; false when the listing has it, or it is
   * no source (another extension, or outside every such folder when every
   * glob is one); undefined when a glob with other wildcards leaves it open.
   */
  isGone(path: string): boolean | undefined {
    if (!hasSourceExtension(`file:///${path}`) || this.uris.has(path) || this.skipped.has(path)) return false;
    const globs = this.settings.current.sources;
    const roots = globs.flatMap((glob) => {
      const root = glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/\*\*(?:\/\*)?$/, '');
      return root === glob || /[*?[\]{}!]/.test(root) ? [] : [root];
    });
    const folders = this.workspace.folders.length > 1 ? this.workspace.folders.map((f) => `${f.name}/`) : [''];
    if (folders.some((folder) => roots.some((root) => path.startsWith(`${folder}${root}/`)))) return true;
    return roots.length === globs.length ? false : undefined;
  }

  /** Builds the index again from the host (a build already running is abandoned). */
  rebuild(): Promise<SourceIndex> {
    this.cancelBuild();
    const signal = { cancelled: false };
    this.cancelBuild = (): void => {
      signal.cancelled = true;
    };
    const wasReady = this.stateValue === 'ready';
    this.stateValue = 'indexing';
    if (wasReady) for (const listener of this.rebuildListeners) listener();
    const build = this.build(signal);
    this.building = build;
    build.then(
      () => undefined,
      (e: unknown) => {
        if (this.building !== build) return;
        this.building = undefined;
        this.stateValue = this.index ? 'ready' : 'idle';
        this.log(`indexing failed: ${String(e)}`);
      },
    );
    return build;
  }

  private async build(signal: { cancelled: boolean }): Promise<SourceIndex> {
    await this.settings.loaded;
    const settings = this.settings.current;
    this.buildSettings = selection(settings);
    const inputs: SourceInput[] = [];
    const uris = new Map<string, string>();
    const skipped = new Map<string, string>();
    const notes: string[] = [];
    if (this.workspace.folders.length === 0) notes.push('No folder is open: Sourced reads the sources inside the workspace folders.');
    for (const folder of this.workspace.folders) {
      const found = await this.host.loadFolder(folder.uri, settings.sources, settings.maxFileBytes);
      notes.push(...found.notes);
      for (const file of found.files) {
        const path = this.workspace.indexPathOf(file.uri);
        if (path === undefined || uris.has(path)) continue;
        uris.set(path, file.uri);
        inputs.push({ path, text: file.text });
      }
      for (const skip of found.skipped) skipped.set(this.workspace.indexPathOf(skip.uri) ?? skip.uri, skip.reason);
    }
    const index = await SourceIndex.buildAsync(inputs, { signal });
    if (signal.cancelled) return this.building ?? index;
    this.index = index;
    this.uris.clear();
    for (const [path, uri] of uris) this.uris.set(path, uri);
    this.skipped.clear();
    for (const [path, reason] of skipped) this.skipped.set(path, reason);
    this.notes = notes;
    this.builds++;
    this.building = undefined;
    this.stateValue = 'ready';
    this.log(`indexed ${index.fileCount} sources (${index.facts.length} facts, ${index.quotes.length} quotes)`);
    for (const note of notes) this.log(note);
    this.changed();
    return index;
  }

  /**
   * Brings the index up to date with changes on disk: a known file changed is
   * re-read, a known file deleted is dropped; anything else that may hold
   * sources (a new file, a folder) rebuilds the index.
   */
  async filesChanged(events: readonly FileEvent[]): Promise<void> {
    const index = await this.ready();
    let rebuild = false;
    let changed = false;
    const maxFileBytes = this.settings.current.maxFileBytes;
    for (const event of events) {
      const path = this.workspace.indexPathOf(event.uri);
      if (path === undefined) continue;
      const known = this.uris.has(path);
      if (!known) {
        const under = [...this.uris.keys()].some((p) => p.startsWith(`${path}/`));
        if (hasSourceExtension(event.uri) || under || event.type === FileChangeType.Created) rebuild = true;
        continue;
      }
      const read = event.type === FileChangeType.Deleted ? undefined : await this.host.readFile(event.uri, maxFileBytes);
      if (index !== this.index) return; // rebuilt meanwhile; the rebuild read the file
      if (read && 'text' in read) {
        index.updateFile({ path, text: read.text });
        this.skipped.delete(path);
      } else {
        index.removeFile(path);
        this.uris.delete(path);
        if (read) this.skipped.set(path, read.skip);
      }
      this.fileUpdates++;
      changed = true;
    }
    if (rebuild) {
      await this.rebuild();
    } else if (changed) {
      this.changed();
    }
  }

  private changed(): void {
    this.generationValue++;
    for (const listener of this.listeners) listener();
  }
}

/** The settings that decide which files are read, as one comparable string. */
function selection(settings: SourcedSettings): string {
  return JSON.stringify([settings.sources, settings.maxFileBytes]);
}
