import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { findingsFromSarif, judge } from '../../scripts/electronegativity.mjs';

const sarif = JSON.stringify({
  runs: [
    {
      results: [
        {
          ruleId: 'CSP_GLOBAL_CHECK',
          level: 'note',
          message: { text: 'Failed to parse CSP,\nit may not be valid.' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'renderer/index.html' },
                region: { startLine: 2, startColumn: 1 },
              },
            },
          ],
        },
        {
          ruleId: 'NODE_INTEGRATION_HTML_CHECK',
          level: 'error',
          message: { text: 'Review' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'electron/main/window.ts' },
                region: { startLine: 1, startColumn: 1 },
              },
            },
          ],
        },
      ],
    },
  ],
});

describe('electronegativity gate', () => {
  it('reads SARIF findings with the flagged source line as sample, whatever the message holds', async () => {
    const findings = await findingsFromSarif(sarif, async (file: string) =>
      file === 'renderer/index.html' ? '<html>\n  content="__SAMENHANG_CSP__"\n' : 'x',
    );
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      issue: 'CSP_GLOBAL_CHECK',
      filename: 'renderer/index.html',
      location: '2:1',
      sample: 'content="__SAMENHANG_CSP__"',
    });
  });

  it('fails every finding that no justification covers, and a justification covers at most max findings', async () => {
    const findings = await findingsFromSarif(
      sarif,
      async () => 'content="__SAMENHANG_CSP__"\ncontent="__SAMENHANG_CSP__"',
    );
    const { accepted, rejected } = judge(findings, [
      {
        check: 'CSP_GLOBAL_CHECK',
        file: 'renderer/index.html',
        sample: '__SAMENHANG_CSP__',
        max: 1,
        reason: 'placeholder',
      },
    ]);
    expect(accepted).toHaveLength(1);
    expect(rejected.map((f: { issue: string }) => f.issue)).toEqual(['NODE_INTEGRATION_HTML_CHECK']);
  });
});
