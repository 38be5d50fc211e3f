/**
 * `npm run eval:external`: the checker on SummEdits (real, human-labelled text nobody here wrote).
 * Prints recall, precision, false-alarm rate and documents with a false alarm per domain, for the whole
 * development share and for its two halves ("fit": looked at and fitted on; "check": measured only), then
 * every document with a false alarm.
 *
 * Flags: `--json`; `--show fit|check|all` lists the flagged and missed samples of that half (default none);
 * `--domains a,b` limits the domains.
 */
import { checkSamples, documentIndexes, loadSummEdits, shareHalves, tally, type CheckedSample, type Tally } from './summedits';

function pct(x: number): string {
  return x.toFixed(3);
}

function row(label: string, t: Tally): string {
  return `${label.padEnd(22)}${String(t.numberEdits).padStart(6)}${String(t.agreeing).padStart(7)}   ${pct(t.recall)}   ${pct(t.precision)}   ${(100 * t.falseAlarmRate).toFixed(1).padStart(5)} %   ${t.documentsWithFalseAlarm}/${t.documents}`;
}

function table(title: string, samples: readonly CheckedSample[], domains: readonly string[]): string[] {
  return [
    title,
    `${'domain'.padEnd(22)}${'edits'.padStart(6)}${'agree'.padStart(7)}   recall  precision  false alarms  docs with a false alarm`,
    ...domains.map((d) => row(d, tally(samples.filter((s) => s.domain === d)))),
    row('all', tally(samples)),
    '',
  ];
}

function main(): number {
  const argv = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const { docs, samples } = loadSummEdits();
  const wanted = option('--domains')?.split(',');
  const chosen = wanted ? samples.filter((s) => wanted.includes(s.domain)) : samples;
  const checked = checkSamples(documentIndexes(docs), chosen);
  const domains = [...new Set(checked.map((s) => s.domain))].sort();
  const half = shareHalves(docs.values());
  const halves = { fit: checked.filter((s) => half.get(s.docId) === 'fit'), check: checked.filter((s) => half.get(s.docId) === 'check') };
  if (argv.includes('--json')) {
    const perDomain = (list: readonly CheckedSample[]): Record<string, Tally> =>
      Object.fromEntries([...domains.map((d): [string, Tally] => [d, tally(list.filter((s) => s.domain === d))]), ['all', tally(list)] as [string, Tally]]);
    console.log(JSON.stringify({ all: perDomain(checked), fit: perDomain(halves.fit), check: perDomain(halves.check) }, null, 2));
    return 0;
  }
  const lines = [
    ...table('SummEdits development share, all documents', checked, domains),
    ...table('fit half (the documents parameters are fitted on)', halves.fit, domains),
    ...table('check half (measured only)', halves.check, domains),
  ];
  const alarmed = [...new Set(checked.filter((s) => s.cls === 'agreeing' && s.flagged).map((s) => s.docId))];
  lines.push(`documents with a false alarm (${alarmed.length}): ${alarmed.join(', ') || 'none'}`);
  const show = option('--show');
  if (show) {
    const list = show === 'all' ? checked : show === 'fit' ? halves.fit : halves.check;
    for (const s of list) {
      const wrong = s.cls === 'agreeing' ? s.flagged : !s.flagged;
      if (!wrong) continue;
      lines.push('', `${s.cls === 'agreeing' ? 'FALSE ALARM' : 'MISSED'} ${s.docId} ${s.id}: ${s.summary}`);
      for (const f of s.findings) lines.push(`   ${f.message}`);
    }
  }
  console.log(lines.join('\n'));
  return 0;
}

process.exitCode = main();
