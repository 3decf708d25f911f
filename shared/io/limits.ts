/**
 * What Samenhang accepts, checked before any parsing so an oversized file is refused at once with a clear message
 * instead of freezing the screen. The engine stays fast at 20,000 goals; real projects hold 50 to 500.
 * Documented in the README ("Limits"); the IPC contract bounds its payloads with the same numbers.
 */
export const LIMITS = {
  /** A `.samenhang.json` project file. */
  projectFileBytes: 64 * 1024 * 1024,
  /** A goals or links CSV file. */
  csvBytes: 32 * 1024 * 1024,
  /** Data rows in one CSV file (the header and blank rows not counted). */
  csvRows: 200_000,
  /** Goals in one project. */
  goals: 20_000,
  /** Links in one project. */
  links: 200_000,
  /** Holders (portfolios) in one project. */
  portfolios: 200,
  /** Draft divisions in one project. */
  divisions: 200,
  /** Characters in one CSV cell (a goal description is at most 4,000). */
  cellChars: 10_000,
  /**
   * One file Samenhang writes: a project, a CSV or a PDF export. Twice a project file, since a links CSV repeats
   * both goal titles on every row; the IPC contract refuses a larger save before it crosses to the main process.
   */
  savedFileBytes: 128 * 1024 * 1024,
} as const;
