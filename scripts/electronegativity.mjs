// `npm run test:security`: runs Electronegativity over the project and fails on any finding that
// scripts/electronegativity.justifications.json does not justify. Electronegativity exits 0 even with HIGH
// findings, so this reads its CSV output itself. It runs through `npx -y` on purpose: the tool is about 150 MB of
// old toolchain and stays out of package.json. The first run downloads it (npm registry needed).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOL = '@doyensec/electronegativity@1.10';

/**
 * Findings from Electronegativity's SARIF (JSON) output. Its CSV output is not quoted reliably (a CSP message with
 * newlines and commas shifts the columns, depending on the order the checks finish), so the JSON form is read,
 * and the flagged source line is taken from the file itself as the finding's sample.
 */
export async function findingsFromSarif(text, readSource) {
  const sarif = JSON.parse(text);
  const results = sarif.runs?.flatMap((r) => r.results ?? []) ?? [];
  return Promise.all(
    results.map(async (r) => {
      const physical = r.locations?.[0]?.physicalLocation ?? {};
      const filename = physical.artifactLocation?.uri ?? '';
      const line = physical.region?.startLine ?? 0;
      const column = physical.region?.startColumn ?? 0;
      const source = await readSource(filename);
      return {
        issue: r.ruleId ?? '',
        severity: r.level ?? '',
        confidence: '',
        filename,
        location: `${line}:${column}`,
        description: r.message?.text ?? '',
        sample: (source?.split(/\r?\n/)[line - 1] ?? '').trim(),
        url: `https://github.com/doyensec/electronegativity/wiki/${r.ruleId ?? ''}`,
      };
    }),
  );
}

const normalise = (file) => file.split(path.sep).join('/').replace(/^\.\//, '');

/** Split findings into justified and not; a justification covers at most `max` findings. */
export function judge(findings, justified) {
  const used = justified.map(() => 0);
  const accepted = [];
  const rejected = [];
  for (const finding of findings) {
    const file = normalise(finding.filename);
    const index = justified.findIndex(
      (j, i) =>
        j.check === finding.issue &&
        normalise(j.file) === file &&
        (j.sample === undefined || finding.sample.includes(j.sample)) &&
        used[i] < (j.max ?? 1),
    );
    if (index === -1) rejected.push(finding);
    else {
      used[index] += 1;
      accepted.push({ finding, reason: justified[index].reason });
    }
  }
  return { accepted, rejected };
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function main() {
  const started = Date.now();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'samenhang-electronegativity-'));
  const out = path.join(dir, 'findings.sarif');
  try {
    const { code, output } = await run('npx', ['-y', TOOL, '-i', root, '-o', out, '-r', '-v', 'false']);
    let sarif;
    try {
      sarif = await readFile(out, 'utf8');
    } catch {
      console.error(output);
      console.error(
        `test:security: Electronegativity wrote no results (exit code ${code}); treating that as a failure.`,
      );
      process.exitCode = 1;
      return;
    }
    const findings = await findingsFromSarif(sarif, (file) =>
      readFile(path.join(root, file), 'utf8').catch(() => undefined),
    );
    const config = JSON.parse(
      await readFile(path.join(root, 'scripts', 'electronegativity.justifications.json'), 'utf8'),
    );
    const { accepted, rejected } = judge(findings, config.justified);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    for (const { finding, reason } of accepted) {
      console.log(`justified  ${finding.issue} ${finding.filename}:${finding.location}\n           ${reason}`);
    }
    for (const f of rejected) {
      console.error(
        `FINDING    ${f.severity} ${f.confidence} ${f.issue} ${f.filename}:${f.location}\n           ${f.description} ${f.sample}\n           ${f.url}`,
      );
    }
    console.log(
      `test:security: ${findings.length} findings, ${accepted.length} justified, ${rejected.length} open; ${seconds} s`,
    );
    if (rejected.length > 0) process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
