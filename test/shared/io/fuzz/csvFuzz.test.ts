import { describe, expect, it } from 'vitest';
import { applyCsvImport, type CsvImportKind } from '../../../../shared/io/applyCsvImport';
import { hasErrors } from '../../../../shared/io/capProblems';
import { decodeText } from '../../../../shared/io/decodeText';
import { checkProject, ProjectSchema } from '../../../../shared/model';
import { csvInputs } from './csvInputs';
import { FuzzTally } from './fuzzTally';
import { FUZZ, runsFor, timeoutFor } from './fuzzRng';
import { csvProblemLocated } from './located';

const RUNS = runsFor(2500);

/** Lines of the decoded text: no CSV row number can be larger. */
function lineCount(bytes: Uint8Array): number {
  const text = decodeText(bytes).text;
  return Math.max(text.split('\n').length, text.split('\r').length);
}

describe.each<[CsvImportKind, number]>([
  ['goals', FUZZ.seed + 1],
  ['links', FUZZ.seed + 2],
])('%s CSV reader under fuzzing (issue 17)', (kind, seed) => {
  it(
    `never throws; adds only valid entities, all or nothing, and locates every problem (${RUNS} inputs)`,
    () => {
      const tally = new FuzzTally(`${kind} CSV`, seed);
      let index = 0;
      for (const input of csvInputs(kind, seed, RUNS)) {
        const i = index++;
        tally.inputs++;
        const before = input.project[kind];
        let result;
        try {
          result = applyCsvImport(input.project, kind, input.bytes);
        } catch (e) {
          tally.refused++;
          tally.fail('crashes', i, input, String(e));
          continue;
        }
        const { value, problems } = result;
        if (value) {
          tally.accepted++;
          const kept = value[kind].slice(0, before.length).every((e, j) => e === before[j]);
          const why = hasErrors(problems)
            ? 'an error came with the import'
            : value[kind].length <= before.length || !kept
              ? 'nothing added, or existing entities changed'
              : !ProjectSchema.safeParse(value).success
                ? 'the project does not pass its schema'
                : hasErrors(checkProject(value))
                  ? 'the project breaks its invariants'
                  : '';
          if (why) tally.fail('badAccepts', i, input, why);
        } else {
          tally.refused++;
          if (!hasErrors(problems)) tally.fail('silentRefusals', i, input, JSON.stringify(problems));
        }
        const lines = lineCount(input.bytes);
        for (const p of problems)
          if (!csvProblemLocated(p, lines)) tally.fail('unlocated', i, input, JSON.stringify(p));
      }
      tally.assertClean();
      expect(tally.accepted).toBeGreaterThan(RUNS / 50);
      expect(tally.refused).toBeGreaterThan(RUNS / 4);
    },
    timeoutFor(RUNS, 400),
  );
});
