import assert from 'node:assert/strict';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCliIn } from '../cli/runInProcess';
import { checkDraft } from '../../../src/core/check/checkDraft';
import { SourceIndex } from '../../../src/core/index/sourceIndex';
import { REPO_ROOT, seedInputs } from '../seeds';

/** Every way out of the process that a dependency could take, as `[module, function name]`. */
const EXITS: [Record<string, unknown>, string, string][] = [
  [http, 'http', 'request'],
  [http, 'http', 'get'],
  [https, 'https', 'request'],
  [https, 'https', 'get'],
  [net, 'net', 'connect'],
  [net, 'net', 'createConnection'],
  [net.Socket.prototype as unknown as Record<string, unknown>, 'net.Socket.prototype', 'connect'],
  [tls, 'tls', 'connect'],
  [dns, 'dns', 'lookup'],
  [dns, 'dns', 'resolve'],
  [dns.promises, 'dns.promises', 'lookup'],
  [dgram, 'dgram', 'createSocket'],
  [globalThis, 'globalThis', 'fetch'],
];

/** Replaces every exit with a function that records the attempt and throws; returns the log and a restore function. */
function installGuards(): { reached: string[]; restore: () => void } {
  const reached: string[] = [];
  const saved = EXITS.map(([owner, , name]) => owner[name]);
  for (const [owner, label, name] of EXITS) {
    owner[name] = (): never => {
      reached.push(`${label}.${name}`);
      throw new Error(`network access attempted: ${label}.${name}`);
    };
  }
  return {
    reached,
    restore: () => EXITS.forEach(([owner, , name], i) => (owner[name] = saved[i])),
  };
}

/** Runs the CLI in-process from the repo root. */
const cli = (...argv: string[]) => runCliIn(REPO_ROOT, ...argv);

describe('hardening: no network access', () => {
  it('a full CLI run (search, search --queries, facts, check) and a core index/search/check reach no network API', async () => {
    const guards = installGuards();
    try {
      const search = await cli('search', 'kunshan autmotive', '--format', 'json');
      assert.equal(search.code, 0, search.err);
      const facts = await cli('facts', '--format', 'json');
      assert.equal(facts.code, 0, facts.err);
      const check = await cli('check', 'test/fixtures/demo/draft.md', '--format', 'json', '--exit-zero');
      assert.equal(check.code, 0, check.err);
      assert.ok(Array.isArray((JSON.parse(check.out) as { findings: unknown[] }).findings));
      const queryFile = path.join(mkdtempSync(path.join(tmpdir(), 'sourced-net-')), 'queries.txt');
      writeFileSync(queryFile, 'kunshan autmotive\n141.79\nchen huifen\n');
      const queries = await cli('search', '--queries', queryFile, '--limit', '1', '--format', 'json');
      assert.equal(queries.code, 0, queries.err);
      assert.equal((JSON.parse(queries.out) as { queries: unknown[] }).queries.length, 3);

      const index = SourceIndex.build(seedInputs());
      assert.ok(index.search('Chen Huifen').length > 0);
      checkDraft(readFileSync(path.join(REPO_ROOT, 'test/fixtures/demo/draft.md'), 'utf8'), index.quantities);
    } finally {
      guards.restore();
    }
    assert.deepEqual(guards.reached, []);
  });

  it('the guards do catch an attempt (so the test above can fail)', () => {
    const guards = installGuards();
    try {
      assert.throws(() => http.get('http://127.0.0.1:9/'), /network access attempted: http\.get/);
      assert.throws(() => net.connect(9, '127.0.0.1'), /net\.connect/);
    } finally {
      guards.restore();
    }
    assert.deepEqual(guards.reached, ['http.get', 'net.connect']);
  });

  it('no file under src/ imports a network module or calls fetch, XMLHttpRequest or WebSocket', () => {
    const offenders: string[] = [];
    const MODULES = /(?:from\s+|require\(\s*|import\(\s*)['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns|dns\/promises|undici|ws|axios|node-fetch)['"]/;
    const CALLS = /\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\s*\(|new\s+(?:XMLHttpRequest|WebSocket|EventSource)\b/;
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.[cm]?[jt]s$/.test(entry.name)) {
          readFileSync(full, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (MODULES.test(line) || CALLS.test(line)) offenders.push(`${path.relative(REPO_ROOT, full)}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk(path.join(REPO_ROOT, 'src'));
    assert.deepEqual(offenders, []);
  });
});
