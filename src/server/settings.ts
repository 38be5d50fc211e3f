/**
 * The server's view of the `sourced` settings: read through
 * `workspace/configuration` when the client supports it, else taken from
 * `initializationOptions.settings` and `workspace/didChangeConfiguration`,
 * else the defaults (the same as the VS Code extension's).
 */
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, parseSettings, type SourcedSettings } from '../core/settings';

/** The settings section. */
export const SECTION = 'sourced';

/** The current settings, refreshed on request. */
export class ServerSettings {
  private value: SourcedSettings = DEFAULT_SETTINGS;
  private revisionValue = 0;
  private markLoaded: () => void = () => undefined;
  /** Settles once the settings were first read (at once for clients that do not answer `workspace/configuration`). */
  readonly loaded: Promise<void>;

  constructor(
    private readonly connection: Connection,
    private readonly pull: boolean,
    initial: unknown,
  ) {
    if (initial !== undefined) this.value = parseSettings(initial);
    this.loaded = pull
      ? new Promise((resolve) => {
          this.markLoaded = resolve;
        })
      : Promise.resolve();
  }

  /** Bumped whenever a refresh changes the settings (what was sent under older settings, such as a severity, is out of date). */
  get revision(): number {
    return this.revisionValue;
  }

  /** The settings as last read. */
  get current(): SourcedSettings {
    return this.value;
  }

  /**
   * Reads the settings again: from the client when it answers
   * `workspace/configuration`, else from `pushed` (the `settings` of a
   * `didChangeConfiguration`, which holds the section under `sourced`).
   */
  async refresh(pushed?: unknown): Promise<SourcedSettings> {
    const before = JSON.stringify(this.value);
    try {
      await this.read(pushed);
    } finally {
      if (JSON.stringify(this.value) !== before) this.revisionValue++;
    }
    return this.value;
  }

  private async read(pushed: unknown): Promise<void> {
    if (this.pull) {
      try {
        const section: unknown = await this.connection.workspace.getConfiguration({ section: SECTION });
        this.value = parseSettings(section);
      } finally {
        this.markLoaded();
      }
    } else if (pushed && typeof pushed === 'object' && SECTION in pushed) {
      this.value = parseSettings((pushed as Record<string, unknown>)[SECTION]);
    }
  }
}

/** The language ids clients use for plain text, as the setting's `plaintext`. */
const LANGUAGE_ALIASES: Record<string, string> = { text: 'plaintext', txt: 'plaintext' };

/** True when a document of `languageId` is a draft language under `settings` (Neovim says `text` where VS Code says `plaintext`). */
export function isDraftLanguage(languageId: string, settings: SourcedSettings): boolean {
  return settings.languages.includes(languageId) || settings.languages.includes(LANGUAGE_ALIASES[languageId] ?? languageId);
}
