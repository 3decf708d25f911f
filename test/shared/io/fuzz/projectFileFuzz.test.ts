import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../../../shared/io/capProblems';
import { decodeText } from '../../../../shared/io/decodeText';
import { readProjectFile, readProjectFileBytes, writeProjectFile } from '../../../../shared/io/projectFile';
import { checkProject, ProjectSchema } from '../../../../shared/model';
import { FuzzTally } from './fuzzTally';
import { FUZZ, runsFor, timeoutFor } from './fuzzRng';
import { projectProblemLocated } from './located';
import { projectFileInputs } from './projectFileInputs';

const RUNS = runsFor(2000);
const META = { savedAt: '2026-03-02T10:00:00.000Z', appVersion: '0.1.0' };

/** The file's `project` member as parsed, to check problem paths against; undefined when it does not parse. */
function fileProject(bytes: Uint8Array): unknown {
  const text = decodeText(bytes).text;
  try {
    const json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
    return json !== null && typeof json === 'object' ? (json as { project?: unknown }).project : undefined;
  } catch {
    return undefined;
  }
}

describe('project file reader under fuzzing (issue 17)', () => {
  it(
    `never throws; accepts only valid projects and locates every problem (${RUNS} inputs)`,
    () => {
      const tally = new FuzzTally('project file', FUZZ.seed);
      let index = 0;
      for (const input of projectFileInputs(FUZZ.seed, RUNS)) {
        const i = index++;
        tally.inputs++;
        let result;
        try {
          result = readProjectFileBytes(input.bytes);
        } catch (e) {
          tally.refused++;
          tally.fail('crashes', i, input, String(e));
          continue;
        }
        const { value, problems } = result;
        if (value) {
          tally.accepted++;
          const why = hasErrors(problems)
            ? 'an error came with the project'
            : !ProjectSchema.safeParse(value).success
              ? 'the project does not pass its schema'
              : hasErrors(checkProject(value))
                ? 'the project breaks its invariants'
                : !isDeepStrictEqual(readProjectFile(writeProjectFile(value, META)).value, value)
                  ? 'saving and reading it back changes it'
                  : '';
          if (why) tally.fail('badAccepts', i, input, why);
        } else {
          tally.refused++;
          if (!hasErrors(problems)) tally.fail('silentRefusals', i, input, JSON.stringify(problems));
        }
        const project = fileProject(input.bytes);
        for (const p of problems)
          if (!projectProblemLocated(p, project)) tally.fail('unlocated', i, input, JSON.stringify(p));
      }
      tally.assertClean();
      // The inputs reach both outcomes: a suite that only ever refused would test little.
      expect(tally.accepted).toBeGreaterThan(RUNS / 50);
      expect(tally.refused).toBeGreaterThan(RUNS / 2);
    },
    timeoutFor(RUNS, 400),
  );
});
