import { smallExample } from '../../../fixtures/smallExample';
import { writeProjectFile } from '../../../../shared/io/projectFile';
import { prototypeProject } from '../../model/prototypeProject';
import { fixtureText } from '../fixtures';
import { encode, mutateBytes, NASTY_STRINGS, type FuzzInput } from './fuzzBytes';
import { FUZZ, FuzzRng } from './fuzzRng';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

const META = { savedAt: '2026-03-02T10:00:00.000Z', appVersion: '0.1.0' };

/** Project files to start from: the example project, ids named after Object.prototype, and the fixtures. */
export function projectSeeds(): { name: string; text: string }[] {
  return [
    { name: 'example', text: writeProjectFile(smallExample(), META) },
    { name: 'prototype ids', text: writeProjectFile(prototypeProject(), META) },
    ...['project-v1', 'project-v2', 'project-newer', 'project-broken'].map((f) => ({
      name: f,
      text: fixtureText(`${f}.samenhang.json`),
    })),
  ];
}

/** Every place in a parsed file, parents first; the seeds are shallow, so walking them recursively is safe. */
function places(root: Container): { parent: Container; key: string | number }[] {
  const out: { parent: Container; key: string | number }[] = [];
  const walk = (c: Container) => {
    const keys: (string | number)[] = Array.isArray(c) ? c.map((_, i) => i) : Object.keys(c);
    for (const k of keys) {
      out.push({ parent: c, key: k });
      const v = (c as Record<string | number, Json>)[k];
      if (v !== null && typeof v === 'object') walk(v);
    }
  };
  walk(root);
  return out;
}

const get = (c: Container, k: string | number) => (c as Record<string | number, Json>)[k]!;
const put = (c: Container, k: string | number, v: Json) => {
  (c as Record<string | number, Json>)[k] = v;
};

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const ID_KEYS = /^(id|source|target|domainId|classic)$/;
const HOT_KEYS = new Set([
  'format',
  'version',
  'project',
  'savedAt',
  'app',
  'goals',
  'links',
  'portfolios',
  'divisions',
  'domains',
  'locked',
  'portfolioIds',
  'assignments',
  'taakvelden',
  'themes',
  'mapPositions',
]);
/** Numbers as text, where JSON.stringify cannot write them: past double range, negative zero, leading zeros. */
const RAW_NUMBERS = ['1e309', '-1e309', '1e-400', '-0', '00', '1.', 'NaN', '-Infinity', '9'.repeat(400), '0.1e999999'];

/**
 * One parsed file under change. Values JSON.stringify cannot write (nesting deeper than its stack, arrays of
 * 130,000 elements, `__proto__` keys, numbers past double range) go in as tokens, replaced by raw text afterwards.
 */
class Draft {
  private readonly raw = new Map<string, string>();

  constructor(
    readonly root: Container,
    private readonly rng: FuzzRng,
    private readonly how: string[],
  ) {}

  private token(text: string): string {
    const t = `@@fuzz${this.raw.size}@@`;
    this.raw.set(t, text);
    return t;
  }

  text(): string {
    let out = JSON.stringify(this.root, null, this.rng.pick([0, 2]));
    for (const [t, text] of this.raw) out = out.split(`"${t}"`).join(text);
    return out;
  }

  mutate(): void {
    const all = places(this.root);
    if (!all.length) return;
    const rng = this.rng;
    // Half the changes go where readers have broken before: the envelope, and the lists and records of ids.
    const hot = all.filter((p) => typeof p.key === 'string' && HOT_KEYS.has(p.key));
    const { parent, key } = hot.length && rng.chance(0.5) ? rng.pick(hot) : rng.pick(all);
    const where = `${Array.isArray(parent) ? `[${key}]` : key}`;
    const op = rng.next();
    if (op < 0.14) {
      const v = rng.pick<Json>([null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, {}, [], ...NASTY_STRINGS]);
      put(parent, key, v);
      this.how.push(`set ${where} to ${JSON.stringify(v)?.slice(0, 20)}`);
    } else if (op < 0.18) {
      const n = rng.pick([1000, 20_000, 100_000]);
      put(parent, key, 'x'.repeat(n));
      this.how.push(`set ${where} to a string of ${n}`);
    } else if (op < 0.27) {
      const text = rng.pick(RAW_NUMBERS);
      put(parent, key, this.token(text));
      this.how.push(`set ${where} to raw ${text.slice(0, 12)}`);
    } else if (op < 0.42) {
      const depth = rng.pick([50, 1000, 5000, 20_000, 100_000]);
      const objects = rng.chance(0.3);
      const open = objects ? '{"a":' : '[';
      const close = objects ? '}' : ']';
      const broken = rng.chance(0.4);
      const text = `${open.repeat(depth)}1${close.repeat(broken ? depth - 1 : depth)}`;
      put(parent, key, this.token(text));
      this.how.push(`nest ${where} ${depth} deep${objects ? ' in objects' : ''}${broken ? ', one close missing' : ''}`);
    } else if (op < 0.54) {
      // 130,000 passes the argument limit of push(...) and fromCharCode(...); the long run draws it more often.
      const n = rng.chance(FUZZ.long ? 0.3 : 0.08) ? 130_000 : rng.pick([1000, 20_000]);
      const v = get(parent, key);
      const element = rng.pick([JSON.stringify(v ?? null), '"goal_wonen"', `"${rng.pick(PROTOTYPE_NAMES)}"`, null]);
      const record = v !== null && typeof v === 'object' && !Array.isArray(v) && rng.chance(0.5);
      // 130,000 copies of a whole project would be hundreds of megabytes: big elements repeat fewer times.
      const count = element && element.length > 2000 ? Math.min(n, 1000) : n;
      const items = Array.from({ length: count }, (_, i) =>
        record ? `"id_${i}":${element ?? '"P"'}` : (element ?? `"id_${i}"`),
      );
      put(parent, key, this.token(record ? `{${items.join(',')}}` : `[${items.join(',')}]`));
      this.how.push(
        `replace ${where} by ${record ? 'a record' : 'an array'} of ${n} ${element?.slice(0, 16) ?? 'ids'}`,
      );
    } else if (op < 0.63) {
      if (Array.isArray(parent)) {
        const drop = rng.chance(0.5);
        if (drop) parent.splice(Number(key), 1);
        else parent.splice(Number(key), 0, structuredClone(parent[Number(key)]!));
        this.how.push(`${drop ? 'drop' : 'repeat'} element ${where}`);
      } else {
        delete parent[key];
        this.how.push(`delete key ${where}`);
      }
    } else if (op < 0.71) {
      if (Array.isArray(parent)) return;
      const name = rng.pick([...PROTOTYPE_NAMES, 'unknownField']);
      const v = parent[key]!;
      delete parent[key];
      put(parent, this.token(JSON.stringify(name)), v);
      this.how.push(`rename key ${where} to ${name}`);
    } else if (op < 0.88) {
      const ids = all.filter(
        (p) => typeof get(p.parent, p.key) === 'string' && (typeof p.key === 'string' ? ID_KEYS.test(p.key) : true),
      );
      if (!ids.length) return;
      const target = rng.pick(ids);
      const name = rng.pick(PROTOTYPE_NAMES);
      put(target.parent, target.key, name);
      this.how.push(`id ${String(target.key)} = ${name}`);
    } else {
      const v = get(parent, key);
      const swapped: Json = Array.isArray(v) ? {} : typeof v === 'object' && v !== null ? [] : [v];
      put(parent, key, swapped);
      this.how.push(`wrap or swap type of ${where}`);
    }
  }
}

function mutateText(rng: FuzzRng, text: string, how: string[]): string {
  const i = rng.int(text.length + 1);
  switch (rng.int(4)) {
    case 0:
      how.push(`cut text at ${i}`);
      return text.slice(0, i);
    case 1: {
      const ch = rng.pick(['{', '}', '[', ']', ',', ':', '"', '\\', '\n', 'é', '\u0000', ' ']);
      how.push(`insert ${JSON.stringify(ch)} at ${i}`);
      return text.slice(0, i) + ch + text.slice(i);
    }
    case 2: {
      const j = Math.min(text.length, i + rng.int(200));
      how.push(`drop text ${i}-${j}`);
      return text.slice(0, i) + text.slice(j);
    }
    default:
      how.push('swap quotes');
      return text.replaceAll('"', "'");
  }
}

/**
 * The project-file inputs for one seed: a seed file, mostly changed as parsed JSON (one to three changes), then
 * sometimes as text, then encoded (UTF-8 most often) and sometimes damaged byte by byte.
 */
export function* projectFileInputs(seed: number, runs: number): Generator<FuzzInput> {
  const rng = new FuzzRng(seed);
  const seeds = projectSeeds();
  for (let n = 0; n < runs; n++) {
    const start = rng.pick(seeds);
    const how = [`seed ${start.name}`];
    let text = start.text;
    let parsed: Json | undefined;
    try {
      parsed = JSON.parse(text) as Json;
    } catch {
      parsed = undefined;
    }
    if (parsed !== null && typeof parsed === 'object' && rng.chance(0.85)) {
      const draft = new Draft(parsed, rng, how);
      const changes = 1 + rng.int(3);
      for (let k = 0; k < changes; k++) draft.mutate();
      text = draft.text();
    }
    if (rng.chance(0.25)) text = mutateText(rng, text, how);
    let bytes = encode(rng, text, how);
    if (rng.chance(0.3)) bytes = mutateBytes(rng, bytes, how);
    yield { bytes, how };
  }
}
