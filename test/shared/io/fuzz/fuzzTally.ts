import { expect } from 'vitest';
import type { FuzzInput } from './fuzzBytes';
import { FUZZ } from './fuzzRng';

/** What a fuzz run found, reader by reader; the long run prints it. */
export class FuzzTally {
  inputs = 0;
  accepted = 0;
  refused = 0;
  crashes = 0;
  unlocated = 0;
  /** Accepted although a problem was an error, or with a project that is not valid. */
  badAccepts = 0;
  /** Refused without a single error to say why. */
  silentRefusals = 0;
  private readonly examples: string[] = [];

  constructor(
    readonly reader: string,
    readonly seed: number,
  ) {}

  fail(
    kind: 'crashes' | 'unlocated' | 'badAccepts' | 'silentRefusals',
    index: number,
    input: FuzzInput,
    detail: string,
  ) {
    this[kind]++;
    if (this.examples.length < 8)
      this.examples.push(`${kind} #${index} (seed ${this.seed}): ${input.how.join(' → ')}: ${detail.slice(0, 300)}`);
  }

  summary(): string {
    return (
      `${this.reader}: ${this.inputs} inputs (seed ${this.seed}), ${this.accepted} accepted, ${this.refused} refused; ` +
      `${this.crashes} crashes, ${this.unlocated} unlocated problems, ${this.badAccepts} invalid accepts, ` +
      `${this.silentRefusals} refusals without an error`
    );
  }

  /** Every count that must be zero is zero; the message names the first failing inputs and how they were made. */
  assertClean(): void {
    if (FUZZ.verbose) console.info(this.summary());
    expect(
      {
        crashes: this.crashes,
        unlocated: this.unlocated,
        badAccepts: this.badAccepts,
        silentRefusals: this.silentRefusals,
      },
      this.examples.join('\n'),
    ).toEqual({
      crashes: 0,
      unlocated: 0,
      badAccepts: 0,
      silentRefusals: 0,
    });
    expect(this.accepted + this.refused).toBe(this.inputs);
  }
}
