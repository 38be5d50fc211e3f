import assert from 'node:assert/strict';
import { readSource } from '../../../src/core/source/readSource';
import { AUTOMOTIVE, MANUFACTURING, seedInputs } from '../seeds';

const seeds = seedInputs();
const seed = (p: string) => readSource(seeds.find((s) => s.path === p)!);
const body = (text: string, path: string) => {
  const doc = readSource({ path, text });
  return doc.blocks.filter((b) => b.role === 'body').map((b) => doc.text.slice(b.span.start, b.span.end));
};

describe('readSource', () => {
  describe('plain text seeds', () => {
    it('reads title, byline and date of the manufacturing seed', () => {
      const doc = seed(MANUFACTURING);
      assert.deepEqual(doc.metadata, {
        title: 'Yangtze River Delta region solidifies role as highland for high-end manufacturing',
        byline: 'Wang Yi',
        date: 'June 09, 2025',
      });
    });

    it('reads the date of a dated line, and keeps the line a fact when it says more than its date', () => {
      const said = 'TARROW VALLEY MOUNTAIN RESCUE TEAM\n\nPresented to the team\'s annual meeting, 3 December 2026\n\nThe team was called out 187 times.\n';
      const doc = readSource({ path: 'sources/report.txt', text: said });
      assert.equal(doc.metadata.date, '3 December 2026');
      assert.ok(body(said, 'sources/report.txt').includes("Presented to the team's annual meeting, 3 December 2026"));
      const issuer = 'Storm report\n\nMeridian Television press office, 30 November 2026\n\nThe final was watched by 7.42 million.\n';
      assert.ok(!body(issuer, 'sources/report.txt').some((b) => b.includes('30 November')), 'who issued it, and when, is no fact');
    });

    it('takes the first line as the title of the automotive seed and keeps its text as is', () => {
      const doc = seed(AUTOMOTIVE);
      assert.equal(doc.metadata.title, "Jiading, Kunshan and Taicang Play Pivotal Roless in Yangtze Delta's Growth");
      assert.equal(doc.text, seeds.find((s) => s.path === AUTOMOTIVE)!.text);
    });

    it('marks image credits and the "In Case You Missed It" tail as boilerplate, and section titles as headings', () => {
      const auto = seed(AUTOMOTIVE);
      const roleOf = (doc: typeof auto, start: string) => doc.blocks.find((b) => doc.text.slice(b.span.start).startsWith(start))?.role;
      assert.equal(roleOf(auto, 'In Case You Missed It'), 'boilerplate');
      assert.equal(roleOf(auto, 'Collaborative development'), 'heading');
      const manu = seed(MANUFACTURING);
      assert.equal(roleOf(manu, 'Illustration: Liu Rui/GT'), 'boilerplate');
      assert.equal(roleOf(manu, '(Illustration: Liu Rui/GT)'), 'boilerplate');
    });

    it('locates a clean-text span at its 1-based line and column', () => {
      const doc = seed(AUTOMOTIVE);
      const at = doc.text.indexOf('65 billion yuan');
      assert.deepEqual(doc.locate({ start: at, end: at + 15 }), { file: AUTOMOTIVE, line: 5, column: 108, endLine: 5, endColumn: 123 });
    });

    it('joins hard-wrapped lines into one paragraph but keeps one-line paragraphs apart', () => {
      assert.deepEqual(body('Tram extension\nThe council voted on Monday to extend the tram line by\nfour stations, officials said.\nA second line opens later.\n', 'a.txt'), [
        'The council voted on Monday to extend the tram line by\nfour stations, officials said.',
        'A second line opens later.',
      ]);
    });
  });

  describe('Markdown', () => {
    const md = [
      '---',
      'title: Port traffic report',
      'author: Ana Ruiz',
      'date: 2025-03-01',
      '---',
      '# Port traffic',
      '',
      'The **port** handled [4.2 million TEU](https://example.com/x?id=99) in `2024`, up 6 percent.',
      '',
      '```',
      'let x = 42;',
      '```',
      '',
      '<div>raw html 77</div>',
      '',
      '- Volumes rose in *Rotterdam* too.',
      '',
    ].join('\n');

    it('keeps prose only: no markup, no code blocks, no URLs, no HTML', () => {
      const doc = readSource({ path: 'r.md', text: md });
      assert.ok(doc.text.includes('The port handled 4.2 million TEU in 2024, up 6 percent.'));
      assert.ok(!/[*`#\]]|https|let x|raw html/.test(doc.text), doc.text);
      assert.deepEqual(doc.metadata, { title: 'Port traffic report', byline: 'Ana Ruiz', date: '2025-03-01' });
    });

    it('maps prose back to its place in the Markdown file', () => {
      const doc = readSource({ path: 'r.md', text: md });
      const at = doc.text.indexOf('4.2 million');
      const loc = doc.locate({ start: at, end: at + 11 });
      assert.equal(loc.line, 8);
      assert.equal(md.split('\n')[7]!.slice(loc.column - 1, loc.endColumn - 1), '4.2 million');
    });

    it('survives malformed Markdown', () => {
      const doc = readSource({ path: 'bad.md', text: '# Title\n\n[unclosed link(\n\n**bold without end\n\n```\nnever closed' });
      assert.ok(doc.text.includes('unclosed link('));
    });
  });

  describe('HTML', () => {
    const html = `<html><head><title>Site | Story</title><meta name="author" content="Li Na"><style>p{color:red}</style>
<script>var revenue = 99;</script></head><body><nav>Home 12</nav><h1>Metro ridership climbs</h1>
<p>The metro carried <b>1.2 billion</b> riders in 2024 &amp; revenue rose 8&#37;.</p><p>Second paragraph.</p></body></html>`;

    it('keeps visible prose, decodes entities, drops script, style and nav', () => {
      const doc = readSource({ path: 'm.html', text: html });
      assert.ok(doc.text.includes('The metro carried 1.2 billion riders in 2024 & revenue rose 8%.'), doc.text);
      assert.ok(!/revenue = 99|color:red|Home 12|<b>/.test(doc.text));
      assert.equal(doc.metadata.title, 'Metro ridership climbs');
      assert.equal(doc.metadata.byline, 'Li Na');
    });

    it('maps prose back into the HTML file', () => {
      const doc = readSource({ path: 'm.html', text: html });
      const at = doc.text.indexOf('riders');
      const loc = doc.locate({ start: at, end: at + 6 });
      assert.equal(html.split('\n')[loc.line - 1]!.slice(loc.column - 1, loc.endColumn - 1), 'riders');
    });

    it('survives unclosed tags', () => {
      const doc = readSource({ path: 'x.html', text: '<p>Open <b>bold <i>never closed <p>Next 5 items' });
      assert.ok(doc.text.includes('Next 5 items'));
    });
  });
});
