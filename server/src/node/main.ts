/**
 * The Node entry point of the language server (bundled as dist/server.js): it only creates the
 * connection and hands it to `startServer`. The transport comes from the command line, as
 * language clients pass it: `--stdio`, `--node-ipc` or `--socket=<port>`.
 */
import path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';

/** Runs the language server on the transport named on the command line, until the client ends it. */
export function runLanguageServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection);
  connection.listen();
}

/**
 * In a bundle, `module` is the bundle's own module, so `require.main === module` holds in every
 * bundle this file is part of, the CLI's included (which starts the server itself, for `lsp`).
 * The entry script's name tells the server bundle (or this file, run from source) apart.
 */
function isServerEntry(): boolean {
  const entry = require.main;
  return entry === module && /^(?:server|main)\.[cm]?[jt]s$/.test(path.basename(entry.filename));
}

if (isServerEntry()) runLanguageServer();
