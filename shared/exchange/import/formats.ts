import { problem, type Problem } from '../../model';
import { LIMITS } from '../../io/limits';
import type { ExchangeFormat } from './where';

/** The formats by file name; the content decides between GEXF and GraphML once parsed. */
export function exchangeFormatOf(fileName: string): ExchangeFormat | undefined {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'gexf') return 'gexf';
  if (ext === 'graphml' || ext === 'xml') return 'graphml';
  if (ext === 'json') return 'kumu';
  return undefined;
}

/** The size every exchange file is held to before a byte of it is read: a CSV file's (shared/io/limits.ts). */
export function checkExchangeSize(bytes: number): Problem[] {
  const MB = 1024 * 1024;
  return bytes > LIMITS.csvBytes
    ? [problem('exchangeFileTooLarge', { size: Math.ceil((bytes / MB) * 10) / 10, limit: LIMITS.csvBytes / MB })]
    : [];
}
