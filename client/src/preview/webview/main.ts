/// <reference lib="dom" />
/**
 * The preview page's script (bundled to dist/preview.js, loaded with the page's nonce). It inserts
 * the markup the language server rendered (escaped there: it holds no script and no handler),
 * scrolls to the block of a line, and reports clicks and scrolling back to the extension.
 * It keeps the document's address in the webview state, so that VS Code restores the preview.
 */
interface VsCodeApi {
  postMessage(message: unknown): void;
  setState(state: unknown): void;
  getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly hint: number;
}
type Incoming =
  | { type: 'update'; html: string; findings: Counts; coverage: { addressed: number; likelyAddressed: number; applicable: number; programmes: number }; uri?: string }
  | { type: 'scrollTo'; line: number }
  | { type: 'notSubmission' }
  | { type: 'error'; message: string };

const vscode = acquireVsCodeApi();
const content = document.getElementById('content') as HTMLElement;
const statusLine = document.getElementById('status') as HTMLElement;
/** Set while the page scrolls because the editor did, so that it is not reported back. */
let followingEditorUntil = 0;

function blocks(): HTMLElement[] {
  return [...content.querySelectorAll<HTMLElement>('[data-line]')];
}

/** The block shown for `line`: the last that starts at or before it. */
function blockAt(line: number): HTMLElement | undefined {
  let found: HTMLElement | undefined;
  for (const block of blocks()) {
    if (Number(block.dataset.line) <= line) found = block;
    else break;
  }
  return found;
}

function showStatus(text: string): void {
  statusLine.textContent = text;
}

window.addEventListener('message', (event: MessageEvent<Incoming>) => {
  const message = event.data;
  if (message.type === 'update') {
    // Kept by VS Code across reloads: the serializer reopens the preview on this document.
    if (message.uri) vscode.setState({ uri: message.uri });
    const scroll = window.scrollY;
    // The server escaped every character of the draft; this is its rendering, not the draft's HTML.
    content.innerHTML = message.html;
    window.scrollTo(0, scroll);
    const { error, warning, info } = message.findings;
    const { addressed, likelyAddressed, applicable, programmes } = message.coverage;
    const likely = likelyAddressed > 0 ? `, ${likelyAddressed} more likely` : '';
    showStatus(`${error} errors, ${warning} warnings, ${info} notes · principles addressed: ${addressed} of ${applicable}${likely} (${programmes} programmes)`);
  } else if (message.type === 'scrollTo') {
    const block = blockAt(message.line);
    if (block) {
      followingEditorUntil = Date.now() + 300;
      block.scrollIntoView({ block: 'start' });
    }
  } else if (message.type === 'notSubmission') {
    content.textContent = '';
    showStatus('This document is not a submission: its front matter needs a "kind:" (mapping-exercise or statement).');
  } else if (message.type === 'error') {
    showStatus(message.message);
  }
});

content.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-line]');
  if (target) vscode.postMessage({ type: 'reveal', line: Number(target.dataset.line) });
});

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  if (Date.now() < followingEditorUntil) return;
  window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => {
    const first = blocks().find((block) => block.getBoundingClientRect().bottom > 0);
    if (first) vscode.postMessage({ type: 'scrolled', line: Number(first.dataset.line) });
  }, 50);
});

vscode.postMessage({ type: 'ready' });
