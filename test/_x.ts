import { parseMarkdown } from '../server/src/core/markdown';
for (const [name, unit] of [['x*y ', 'x*y '], ['**a*', '**a*'], ['bold cells', '| **Level** | regional |\n'], ['_a', 'x_y '], ['balanced', '**b** ']] as const) {
  for (const n of [1000, 2000, 4000, 8000]) {
    const text = unit.repeat(n);
    const t = performance.now();
    parseMarkdown(text);
    console.log(name, n, (performance.now() - t).toFixed(0), 'ms');
  }
}
