/**
 * The editor-neutral pieces the VS Code extension and the language server
 * share: settings parsing, citation path resolution (which must never leave
 * the workspace), the completion query and the quick fixes' edits.
 */
import assert from 'node:assert/strict';
import { assessDraft, checkDraft } from '../../../src/core/check/checkDraft';
import { joinInside } from '../../../src/core/draft/citationTarget';
import { definitionInsertion } from '../../../src/core/draft/citeEdits';
import { queryAt } from '../../../src/core/draft/completionQuery';
import { numberHoverText } from '../../../src/core/draft/hoverContent';
import { findingFixes } from '../../../src/core/draft/quickFixes';
import { SourceIndex } from '../../../src/core/index/sourceIndex';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/core/settings';
import { seedInputs } from '../seeds';

describe('editor-neutral settings', () => {
  it('take the package.json defaults for a missing or malformed section', () => {
    assert.deepEqual(parseSettings(undefined), DEFAULT_SETTINGS);
    assert.deepEqual(parseSettings({ sources: 'seeds', citationStyle: 'mla', factCheck: { severity: 'fatal' }, maxFileSizeMB: -1 }), DEFAULT_SETTINGS);
    assert.deepEqual(DEFAULT_SETTINGS.sources, ['seeds/**', 'sources/**']);
    assert.equal(DEFAULT_SETTINGS.completionTrigger, '@@');
  });

  it('read nested sections (as VS Code sends them) and dotted keys alike', () => {
    const nested = parseSettings({ completion: { trigger: ' ;; ' }, factCheck: { enabled: false, severity: 'error' }, citationStyle: 'pandoc' });
    const dotted = parseSettings({ 'completion.trigger': ';;', 'factCheck.enabled': false, 'factCheck.severity': 'error', citationStyle: 'pandoc' });
    assert.deepEqual(nested, dotted);
    assert.equal(nested.completionTrigger, ';;');
    assert.equal(nested.factCheckEnabled, false);
    assert.equal(nested.factCheckSeverity, 'error');
  });
});

describe('joinInside (citation paths)', () => {
  it('joins a relative link to the draft folder and normalizes it', () => {
    assert.equal(joinInside('drafts', '../seeds/a.txt'), 'seeds/a.txt');
    assert.equal(joinInside('', './seeds\\a.txt'), 'seeds/a.txt');
  });

  it('refuses absolute, scheme-anchored and escaping paths', () => {
    for (const written of ['/etc/passwd', '\\x', 'file:///etc/passwd', 'C:/x', '../outside.txt', 'seeds/../../x', '']) {
      assert.equal(joinInside('', written), undefined, written);
    }
    assert.equal(joinInside('drafts', '../../x'), undefined);
  });
});

describe('completion query', () => {
  it('after the trigger, searches the words typed since and replaces from the trigger', () => {
    assert.deepEqual(queryAt('Output grew @@kunshan output', '@@'), { query: 'kunshan output', start: 12 });
  });

  it('right after the trigger, searches the words before it and replaces only the trigger', () => {
    const found = queryAt('Output: kunshan output@@', '@@');
    assert.equal(found?.start, 22);
    assert.match(found?.query ?? '', /^kunshan output/);
  });

  it('without a trigger, searches the last words of the clause', () => {
    assert.deepEqual(queryAt('It grew. kunshan autmotive', '@@'), { query: 'kunshan autmotive', start: 9 });
    assert.equal(queryAt('It grew. ', '@@'), undefined);
  });
});

describe('contradiction quick fixes as text edits', () => {
  const index = SourceIndex.build(seedInputs());
  const cite = (): { text: string } => ({ text: '[^k-5]' });

  it('replace the number, cite after the sentence and ignore at the end of a CRLF line, all as offsets', () => {
    const text = 'Intro.\r\nKunshan reported an automotive output of 56 billion yuan in the first half of 2025. More.\r\nEnd.\r\n';
    const finding = checkDraft(text, index.quantities).find((f) => f.code === 'contradiction');
    assert.ok(finding, 'the seeds contradict 56 billion yuan');
    const fixes = findingFixes(text, finding.span, finding, 'footnote', cite);
    assert.deepEqual(
      fixes.map((f) => f.title),
      ['Replace with 65 billion yuan', 'Replace with 65 billion yuan and cite', 'Ignore this number here'],
    );
    const apply = (edits: readonly { start: number; end: number; newText: string }[]): string =>
      [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
    assert.equal(apply(fixes[1]!.edits).split('\r\n')[1], 'Kunshan reported an automotive output of 65 billion yuan in the first half of 2025.[^k-5] More.');
    assert.equal(apply(fixes[2]!.edits).split('\r\n')[1], 'Kunshan reported an automotive output of 56 billion yuan in the first half of 2025. More. <!-- sourced-ignore -->');
  });

  it('put a footnote definition after a blank line, or right after other definitions', () => {
    assert.deepEqual(definitionInsertion('Text.', '[^a-1]: A'), { offset: 5, text: '\n\n[^a-1]: A\n' });
    assert.deepEqual(definitionInsertion('Text.\n\n[^b-2]: B\n', '[^a-1]: A'), { offset: 17, text: '[^a-1]: A\n' });
  });
});

describe('number hover', () => {
  it('says why a number is contradicted: the evidence and the deciding rule, with source text escaped', () => {
    const index = SourceIndex.build(seedInputs());
    const why = (claimed: string): string => {
      const draft = `Kunshan, dedicated to the development of automotive electronics, reported an automotive industry output of ${claimed}.`;
      const assessment = assessDraft(draft, index.quantities).find((a) => a.claimed === claimed);
      assert.equal(assessment?.verdict, 'contradicted', claimed);
      return (assessment ? numberHoverText(assessment, index, { themeIcons: false }) : undefined) ?? '';
    };
    assert.match(why('57 billion yuan'), /\*\*Contradicted by the sources:\*\* the draft says 57 billion yuan, the source says 65 billion yuan\. \*Why:\* same entity[^.]*shared words \(rule `contradicted`\)\./);
    assert.match(why('56 billion yuan'), /the draft says 56 billion yuan, the source says 65 billion yuan\. \*Why:\* same entity[^.]*shared words \(rule `slip-of-the-pen`\)\./);
  });
});
