// The scripts in examples/ run whosaid as the mapper on real engines: GNU parallel (--pipe --keep-order) and Dask
// distributed (a scheduler and two workers on 127.0.0.1). Their output must be byte-identical to one process's.
// The engines are Debian packages that .ci/run installs; on a machine without them these tests are skipped, and
// say so in their names.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BIN, fixtureIds, ROOT, readFixture } from '../helpers/index.js';

// Real processes on a 2-vCPU machine shared with other jobs: time limits well above what a case needs.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const has = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';
const HAS_PARALLEL = has('parallel', ['--version']);
const HAS_DASK = has(PYTHON, ['-c', 'import distributed']);

let tmp: string;
let archive: string;
let single: Buffer;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'whosaid-distributed-'));
  archive = join(tmp, 'archive.jsonl');
  // 90 lines: articles, lines without an id (their id is their line number), a bad line and a blank one
  const lines: string[] = [];
  const ids = fixtureIds();
  for (let i = 0; i < 90; i++) {
    const text = readFixture(ids[i % ids.length]!);
    if (i === 17) lines.push('{"id": "broken", "text": ');
    else if (i === 40) lines.push('');
    else lines.push(JSON.stringify(i % 3 === 0 ? { text } : { id: `n${i}`, text }));
  }
  writeFileSync(archive, `${lines.join('\n')}\n`);
  single = execFileSync('bash', ['-c', `${process.execPath} ${BIN} --jsonl -q -j 1 < ${archive} || [ $? -eq 1 ]`]);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('distributed runs (examples/)', () => {
  it('the single-process reference has one line per input line, a line number as the id of lines without one', () => {
    const out = single.toString().split('\n').filter(Boolean);
    expect(out).toHaveLength(90);
    expect(JSON.parse(out[3]!)).toMatchObject({ id: 'stdin:4', source: 'stdin:4' });
    expect(JSON.parse(out[17]!)).toMatchObject({ id: null, source: 'stdin:18' });
  });

  it.skipIf(!HAS_PARALLEL)(
    `GNU parallel, 4 jobs over parts of 20 lines: output identical to one process${HAS_PARALLEL ? '' : ' (skipped: GNU parallel is not installed)'}`,
    () => {
      const out = execFileSync(join(ROOT, 'examples', 'gnu-parallel.sh'), [archive, '4', '20'], { maxBuffer: 64 << 20 });
      expect(out.equals(single)).toBe(true);
    },
    120_000,
  );

  it.skipIf(!HAS_DASK)(
    `Dask distributed, scheduler and two workers on 127.0.0.1: output identical to one process${HAS_DASK ? '' : ` (skipped: ${PYTHON} cannot import distributed)`}`,
    () => {
      const out = execFileSync(join(ROOT, 'examples', 'dask-distributed.sh'), [archive, '25'], { maxBuffer: 64 << 20, env: { ...process.env, PYTHON } });
      expect(out.equals(single)).toBe(true);
      expect(readFileSync(archive, 'utf8').split('\n')).toHaveLength(91);
    },
    180_000,
  );
});
