/**
 * The plugin for VS Code's built-in Markdown preview, run on the markdown-it VS Code uses: field
 * lists and citations get their classes; nothing else changes, and raw HTML stays as markdown-it's
 * own settings render it.
 */
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { oewgMarkdownItPlugin } from '../../client/src/markdownItPlugin';

describe('built-in Markdown preview plugin', () => {
  const md = oewgMarkdownItPlugin(new MarkdownIt());

  it('marks a programme field list, and leaves other lists alone', () => {
    const html = md.render('### WB3C\n\n- **Level:** regional\n- **Lead:** France\n\nText.\n\n- an ordinary point\n- another\n');
    assert.match(html, /<ul class="oewg-fields">\n<li><strong>Level:<\/strong> regional<\/li>/);
    assert.equal((html.match(/class="oewg-fields"/g) ?? []).length, 1);
  });

  it('marks UN symbols as citations, with the symbol as title', () => {
    const html = md.render('As agreed in A/78/265 and A/RES/76/19, see also A/C.1/78/L.60/Rev.1.');
    assert.ok(html.includes('<span class="oewg-citation" title="A/78/265">A/78/265</span>'));
    assert.ok(html.includes('<span class="oewg-citation" title="A/RES/76/19">A/RES/76/19</span>'));
    assert.ok(html.includes('title="A/C.1/78/L.60/Rev.1"'));
  });

  it('escapes what it wraps', () => {
    const html = oewgMarkdownItPlugin(new MarkdownIt({ html: false })).render('A/78/265 <script>alert(1)</script>');
    assert.ok(!html.includes('<script>'));
  });
});
