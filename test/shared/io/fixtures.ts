import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../fixtures/io/', import.meta.url));

/** Raw bytes of a fixture file in test/fixtures/io. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(DIR + name));
}

export function fixtureText(name: string): string {
  return readFileSync(DIR + name, 'utf8');
}
