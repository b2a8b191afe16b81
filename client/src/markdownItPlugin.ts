/**
 * For VS Code's built-in Markdown preview (`markdown.markdownItPlugins`): programme field lines
 * ("- **Lead:** France") get classes so that media/markdown-preview.css shows them as a field
 * table, and UN document symbols are marked as citations with the symbol as their title. Only
 * classes and attributes are added, through markdown-it's token API: nothing executes, nothing loads.
 */

// Types only: VS Code hands over its own markdown-it instance; nothing of markdown-it is bundled.
type MarkdownIt = import('markdown-it').default;
type StateCore = Parameters<Parameters<MarkdownIt['core']['ruler']['push']>[1]>[0];
type Token = StateCore['tokens'][number];

const fieldLine = /^\s*(?:\*\*[^*:]{1,40}:?\*\*\s*:?|[A-ZÀ-Ý][^:\n]{0,30}\s?:)/;
const symbol = /\b(?:A\/(?:RES\/)?\d{2}\/[\w./-]*\d|A\/C\.1\/\d{2}\/L\.\d+(?:\/Rev\.\d+)?|A\/AC\.\d+\/\d{4}\/[\w.]+)/g;

function markCitations(state: StateCore, inline: Token): void {
  const children = inline.children;
  if (!children) return;
  const out: Token[] = [];
  for (const child of children) {
    // `search` ignores the global pattern's lastIndex, which `test` would leave set.
    if (child.type !== 'text' || child.content.search(symbol) < 0) {
      out.push(child);
      continue;
    }
    let at = 0;
    for (const match of child.content.matchAll(symbol)) {
      if (match.index > at) out.push(textToken(state, child.content.slice(at, match.index)));
      const span = new state.Token('oewg_citation_open', 'span', 1);
      span.attrSet('class', 'oewg-citation');
      span.attrSet('title', match[0]);
      out.push(span, textToken(state, match[0]), new state.Token('oewg_citation_close', 'span', -1));
      at = match.index + match[0].length;
    }
    if (at < child.content.length) out.push(textToken(state, child.content.slice(at)));
  }
  inline.children = out;
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  return token;
}

/** Adds the rule to a markdown-it instance; returns it, as VS Code expects. */
export function oewgMarkdownItPlugin(md: MarkdownIt): MarkdownIt {
  md.core.ruler.push('oewg_submission', (state) => {
    const tokens = state.tokens;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index];
      if (!token) continue;
      if (token.type === 'inline') markCitations(state, token);
      if (token.type !== 'bullet_list_open') continue;
      // A list whose first item starts with "**Label:**" is a programme's field list.
      const firstInline = tokens.slice(index, index + 4).find((candidate) => candidate.type === 'inline');
      if (firstInline && fieldLine.test(firstInline.content) && firstInline.content.includes(':')) token.attrJoin('class', 'oewg-fields');
    }
  });
  return md;
}
