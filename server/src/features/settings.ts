/**
 * The validation settings (VS Code section `oewgDrafter`): pulled with `workspace/configuration`
 * when the client supports it, else read from `workspace/didChangeConfiguration`'s payload.
 * Settings are user data: they are validated with zod, and what cannot be read is reported
 * (logged each time, shown once) while the readable rest still applies.
 */
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { defaultValidationSettings, readSettings, type ValidationSettings } from '../../../schemas/settings';

export const settingsSection = 'oewgDrafter';

/** The current validation settings, and how they are (re)loaded from the client. */
export class SettingsStore {
  private current: ValidationSettings = defaultValidationSettings;
  private loads = 0;
  private readonly shownProblems = new Set<string>();

  constructor(
    private readonly connection: Connection,
    /** The client answers `workspace/configuration`. */
    private readonly canPull: boolean,
  ) {}

  get settings(): ValidationSettings {
    return this.current;
  }

  /**
   * Reloads the settings. `pushed` is a `didChangeConfiguration` payload, used only when the
   * client cannot be asked. When loads overlap, the last one started wins.
   */
  async reload(pushed?: unknown): Promise<ValidationSettings> {
    const load = ++this.loads;
    let raw: unknown;
    if (this.canPull) {
      try {
        raw = await this.connection.workspace.getConfiguration({ section: settingsSection });
      } catch (error) {
        this.connection.console.error(`Could not read the "${settingsSection}" settings: ${String(error)}`);
        return this.current;
      }
    } else {
      raw = isRecord(pushed) ? pushed[settingsSection] : undefined;
    }
    if (load !== this.loads) return this.current;

    const { settings, problems } = readSettings(raw);
    this.report(problems);
    this.current = settings;
    return settings;
  }

  private report(problems: readonly string[]): void {
    for (const problem of problems) this.connection.console.warn(`Settings: ${problem}`);
    const unseen = problems.filter((problem) => !this.shownProblems.has(problem));
    if (unseen.length === 0) return;
    for (const problem of unseen) this.shownProblems.add(problem);
    const message =
      unseen.length === 1
        ? `OEWG Submission Drafter settings: ${unseen[0]}`
        : `OEWG Submission Drafter settings: ${unseen.length} problems (see the output channel), first: ${unseen[0]}`;
    this.connection
      .sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message })
      .catch(() => undefined); // the warning is in the log already
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
