/**
 * Random and adversarial text for the property tests, and a per-call hang
 * detector. The fragments are the shapes that break text code: unicode,
 * quotation marks, numbers in every format, punctuation runs, very long
 * tokens, every line ending, NUL, lone surrogates, and HTML and Markdown
 * fragments, some of them hostile.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { seedInputs } from '../seeds';
import { cpuMs } from '../cpuTime';

/** Runs per property: the closing note quotes this number. */
export const RUNS = 300;

/**
 * A fixed seed makes every run generate the same cases, so CI and developers see the same result.
 * Set FC_SEED to explore other cases. (The "hang" a random seed once hit was found with FC_SEED=23757:
 * extractQuantities was cubic in a long sentence's numbers and periods, a case crossed the hang bound and
 * fast-check then shrank 16 kB inputs for minutes. Fixed; test/unit/hardening/checkSpeed.test.ts pins it.)
 */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261124) });
/**
 * A call that spends more CPU time than this is treated as a hang: a generous bound on inputs of a few
 * kilobytes, not a speed target. CPU time, not wall-clock time, so other work on the machine cannot trip it.
 */
export const HANG_MS = 2000;

/** Runs `f`, failing when it spends more than `boundMs` ({@link HANG_MS} unless told) of CPU time. */
export function withinBound<T>(what: string, f: () => T, boundMs = HANG_MS): T {
  let result: T | undefined;
  const ms = cpuMs(() => {
    result = f();
  });
  assert.ok(ms < boundMs, `${what} took ${ms.toFixed(0)} ms of CPU time (hang bound ${boundMs} ms)`);
  return result as T;
}

const seedText = seedInputs()
  .map((s) => s.text)
  .join('\n\n');

const fragments: fc.Arbitrary<string>[] = [
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('"', '“', '”', "'", '‘', '’', '«', '»', '""', '“”', '" said', ',” said Chen Huifen, deputy director.'),
  fc.constantFrom('\r\n', '\r', '\n', '\n\n', '\r\n\r\n', '\u0000', '\t', '\u00a0', '\u2028', '\u200b', '\ufeff'),
  fc.nat().map(String),
  fc.double({ noNaN: true }).map(String),
  fc.constantFrom('65bn', 'US$19.9 million', '3.5%', '1,234.56', 'three-fifths', '141.79 billion yuan', '7 percent', '5 to 7 percentage points', 'Q1 2025', 'first half of 2024', 'No. 1', '2,000,000,000,000,000,000,000', '-0', '1e308', '٣٤٥', '１２３'),
  fc.stringMatching(/^[.!?,;:…()[\]\-–—/%$€£¥]{1,12}$/),
  fc.integer({ min: 200, max: 5000 }).chain((n) => fc.constantFrom('x', '9', '.', ' ', '"', 'Ab', '1.', '<b>').map((c) => c.repeat(n))),
  fc.constantFrom('<p>', '</p>', '<div', '<script>', '</script>', '<style>', '</style>', '&amp;', '&#8217;', '&nbsp;', '&#x1F600;', '&#0;', '&bogus', '<!--', '-->', '<![CDATA[', '<img src=x onerror=alert(1)>', '<title>', '</', '<h1>'),
  fc.constantFrom('#', '# ', '**', '`', '```', '[', '](', '](command:workbench.action.terminal.sendSequence?x)', '> ', '- ', '1. ', '|', '---', '\\', '[^1]', '[^1]: ', '![alt](x.png)', '+++'),
  fc.constantFrom('Mr.', 'Co Ltd.', 'e.g.', 'i.e.', 'U.S.', 'said', 'told', 'according to', 'Chen Huifen', 'Kunshan', 'percent', 'billion', 'yuan', 'the', 'The', 'By Wang Yi', 'June 09, 2025', 'In Case You Missed It'),
  fc.tuple(fc.nat(seedText.length), fc.nat(400)).map(([at, n]) => seedText.slice(at, at + n)),
];

/** Adversarial text: fragments joined by random separators. */
export const adversarialText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof(...fragments), fc.constantFrom('', ' ', '  ', '\n', '\r\n', '. ', ', ')), { maxLength: 30, size: 'medium' })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(''));

/** Any text at all: half adversarial, half plain random strings. */
export const anyText: fc.Arbitrary<string> = fc.oneof(adversarialText, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 }));

/** Asserts that a span lies inside a text of `length` code units. */
export function assertSpanInside(span: { start: number; end: number }, length: number, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: non-integer span ${JSON.stringify(span)}`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= length, `${what}: span ${JSON.stringify(span)} outside 0..${length}`);
}
