import assert from 'node:assert/strict';
import { extractItems } from '../../../src/core/extract/items';
import { decodeText, type Decoded } from '../../../src/core/source/decodeText';
import { readSource } from '../../../src/core/source/readSource';
import { countInvalidUtf8 } from '../../../src/core/source/utf8';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

function text(d: Decoded): { text: string; warnings: string[] } {
  assert.ok(!('skip' in d), `skipped: ${'skip' in d ? d.skip : ''}`);
  return d;
}

describe('hardening: decoding bytes', () => {
  it('replaces invalid UTF-8 bytes instead of failing, and counts them in a warning', () => {
    const d = text(decodeText(bytes('caf', [0xe9], ' costs 5 yuan ', [0xff, 0xfe, 0xc3], '.')));
    assert.equal(d.text, 'caf\uFFFD costs 5 yuan \uFFFD\uFFFD\uFFFD.');
    assert.deepEqual(d.warnings, ['4 invalid UTF-8 bytes replaced']);
  });

  it('counts invalid bytes by the decoder’s rules: truncated sequences, overlongs, surrogates', () => {
    assert.equal(countInvalidUtf8(bytes('ok ü € 😀')), 0);
    assert.equal(countInvalidUtf8(bytes([0xe2, 0x82], 'x')), 2, 'truncated 3-byte sequence');
    assert.equal(countInvalidUtf8(bytes([0xc0, 0xaf])), 2, 'overlong lead byte and a stray continuation');
    assert.equal(countInvalidUtf8(bytes([0xed, 0xa0, 0x80])), 3, 'encoded surrogate');
    assert.equal(countInvalidUtf8(bytes([0xf0, 0x9f, 0x98])), 3, 'truncated 4-byte sequence at the end');
  });

  it('refuses bytes that are mostly not UTF-8 as binary', () => {
    const random = Uint8Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 37) % 0x7f));
    const d = decodeText(random);
    assert.ok('skip' in d && /not UTF-8/.test(d.skip), JSON.stringify(d));
  });

  it('strips a UTF-8 BOM', () => {
    assert.deepEqual(decodeText(bytes([0xef, 0xbb, 0xbf], 'Hello')), { text: 'Hello', warnings: [] });
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Yuan ¥ 5.\r\nNext', 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    assert.equal(text(decodeText(le)).text, 'Yuan ¥ 5.\r\nNext');
    assert.equal(text(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).text, 'Yuan ¥ 5.\r\nNext');
  });

  it('refuses UTF-32 with a reason instead of reading it as UTF-16', () => {
    assert.deepEqual(decodeText(bytes([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])), { skip: 'UTF-32 text is not supported' });
  });

  const binaries: [string, Uint8Array, RegExp][] = [
    ['NUL bytes', bytes('text\u0000more'), /NUL/],
    ['PDF', bytes('%PDF-1.7\n1 0 obj'), /PDF/],
    ['ZIP (docx, epub…)', bytes([0x50, 0x4b, 0x03, 0x04], 'word/document.xml'), /ZIP/],
    ['PNG', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a]), /PNG/],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), /JPEG/],
    ['gzip', bytes([0x1f, 0x8b, 0x08]), /gzip/],
    ['ELF', bytes([0x7f], 'ELF', [2, 1, 1]), /ELF/],
    ['control characters', bytes('a', [1, 2, 3, 4, 5, 6, 7, 8], 'b'), /control/],
  ];
  for (const [name, input, reason] of binaries) {
    it(`skips binary content with a reason: ${name}`, () => {
      const d = decodeText(input);
      assert.ok('skip' in d, JSON.stringify(d));
      assert.match(d.skip, reason);
    });
  }

  it('keeps text that merely starts like a signature word ("PDF-ready", "GIF8" needs its magic)', () => {
    assert.equal(text(decodeText(bytes('%PDF files are not sources.'))).text, '%PDF files are not sources.');
    assert.equal(text(decodeText(bytes('\u001b[31mred log line\u001b[0m\n'))).warnings.length, 0);
  });

  it('notes empty and whitespace-only files', () => {
    assert.deepEqual(decodeText(new Uint8Array()), { text: '', warnings: ['empty file: nothing to index'] });
    assert.deepEqual(decodeText(bytes(' \r\n\t\n')), { text: ' \r\n\t\n', warnings: ['only whitespace: nothing to index'] });
  });
});

describe('hardening: line endings and empty documents', () => {
  const lines = ['Velmar dam report', '', 'By Ana Ruiz', '', 'The Velmar dam produced 412 MW in 2024, officials said.', '', 'Its reservoir holds 3.1 billion cubic metres.'];
  const factAt = (path: string, text: string, needle: string) => {
    const doc = readSource({ path, text });
    const fact = extractItems(doc, 'd').facts.find((f) => f.text.includes(needle));
    assert.ok(fact, `no fact with ${needle} in ${JSON.stringify(doc.text)}`);
    return fact.location;
  };

  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ] as const) {
    for (const ext of ['txt', 'md']) {
      it(`locates a fact at the right line and column with ${name} line endings (.${ext})`, () => {
        const loc = factAt(`r.${ext}`, lines.join(eol), '3.1 billion');
        assert.deepEqual(loc, { file: `r.${ext}`, line: 7, column: 1, endLine: 7, endColumn: 46 });
        const first = factAt(`r.${ext}`, lines.join(eol), '412 MW');
        assert.equal(first.line, 5);
      });
    }
  }

  it('locates a fact in CRLF HTML at the right line and column', () => {
    const html = ['<html><body>', '<h1>Velmar</h1>', '<p>Intro text here.</p>', '  <p>The Velmar dam produced 412 MW in 2024.</p>', '</body></html>'].join('\r\n');
    assert.deepEqual(factAt('r.html', html, '412 MW'), { file: 'r.html', line: 4, column: 6, endLine: 4, endColumn: 45 });
  });

  for (const ext of ['txt', 'md', 'html']) {
    it(`reads empty and whitespace-only .${ext} files as zero items`, () => {
      for (const t of ['', '   ', '\r\n\r\n', '\t \n \n']) {
        const doc = readSource({ path: `e.${ext}`, text: t });
        const items = extractItems(doc, 'd');
        assert.equal(items.facts.length + items.quotes.length, 0);
      }
    });
  }
});

describe('hardening: malformed Markdown and HTML', () => {
  const prose = (path: string, text: string): string => readSource({ path, text }).text;

  it('never indexes inline <script> or <style> bodies in Markdown', () => {
    const md = '# T\n\nThe port handled 42 ships <script>var stolen = 31337;</script> in May <style>p{width:999px}</style> and June.\n\nText <SCRIPT type="x">alert("77 yuan")</SCRIPT> after.\n';
    const text = prose('a.md', md);
    assert.ok(!/31337|999px|77 yuan|alert|stolen/.test(text), text);
    assert.match(text, /The port handled 42 ships\s+in May\s+and June\./);
    assert.match(text, /Text\s+after\./);
  });

  it('drops Markdown HTML blocks of <script> and an unclosed inline <script> to the paragraph end', () => {
    const text = prose('a.md', '# T\n\n<script>\nvar x = 5;\n</script>\n\nBody has 3 facts <script>never closed 99\n\nNext paragraph 12.\n');
    assert.ok(!/var x|99/.test(text), text);
    assert.match(text, /Body has 3 facts/);
    assert.match(text, /Next paragraph 12\./);
  });

  it('never indexes <script>/<style>/<noscript> bodies in HTML, even unclosed or uppercase', () => {
    const text = prose('a.html', '<h1>T</h1><p>Visible 5.</p><STYLE>b{}</STYLE><noscript>Enable JS 44</noscript><p>More <script>var a = "<p>fake 66</p>";</script> text</p><script>unclosed 88');
    assert.ok(!/b\{\}|44|66|88|var a/.test(text), text);
    assert.match(text, /Visible 5\./);
    assert.match(text, /More\s+text/);
  });

  it('decodes entities in HTML (&amp; &#8217; &nbsp; &#x2014;) and in Markdown', () => {
    assert.match(prose('a.html', '<h1>T</h1><p>Tom &amp; Jerry&#8217;s 5&nbsp;yuan &#x2014; done &bogus; x</p>'), /Tom & Jerry’s 5\u00a0yuan — done &bogus; x/);
    assert.match(prose('a.md', '# T\n\nTom &amp; Jerry&#8217;s 5&nbsp;yuan &#x2014; done.\n'), /Tom & Jerry’s 5\u00a0yuan — done\./);
  });

  it('survives unclosed tags, stray closers and broken Markdown without losing the prose', () => {
    const html = prose('a.html', '<h1>T<p>First 1 <b>bold <i>both</p></div></span><p>Second 2 <a href="x">link');
    assert.match(html, /First 1 bold both/);
    assert.match(html, /Second 2 link/);
    const md = prose('a.md', '# T\n\n**Unclosed bold 5 and [link](http://x and `code\n\n> > > deep 7\n\n| a | b\n|--\n| 1 |\n');
    assert.match(md, /Unclosed bold 5/);
    assert.match(md, /deep 7/);
  });
});
