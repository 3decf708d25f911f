// The CSV side of shared/io in one import for the app: read, apply, write (columns in README.md).
export { applyCsvImport, type CsvImportKind } from './applyCsvImport';
export { importGoalsCsv, type CsvImportOptions, type CsvImportResult } from './importGoalsCsv';
export { importLinksCsv } from './importLinksCsv';
export { exportGoalsCsv, type CsvExportOptions } from './exportGoalsCsv';
export { exportLinksCsv } from './exportLinksCsv';
export { GOAL_COLUMNS, type GoalColumn } from './goalColumns';
export { LINK_COLUMNS, type LinkColumn } from './linkColumns';
export { readCsvTable, type CsvTable, type CsvRow } from './readCsvTable';
