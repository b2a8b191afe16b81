/**
 * The team's `.oewgrc.json` may lie above a workspace folder (a sub-folder of the team's repository
 * opened in VS Code), where the client's watch of the workspace (`**\/.oewgrc.json`) does not see
 * it. The server knows the folders its lookup reads, so it asks the client to watch the file in
 * each of them (one relative pattern per folder, not recursive): an edit there then reaches
 * `WorkspaceConfigStore.fileChanged` as one inside the workspace does. A client that cannot watch
 * outside the workspace (no relative patterns) has the file read when the server starts.
 */
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, type ClientCapabilities, type Connection } from 'vscode-languageserver';
import { workspaceConfigFileName } from '../../../schemas/workspaceConfig';

/** Asks the client to watch `.oewgrc.json` in `folders` (absolute paths); logs why when it cannot. */
export async function watchWorkspaceConfigsAbove(connection: Connection, capabilities: ClientCapabilities, folders: readonly string[]): Promise<void> {
  if (folders.length === 0) return;
  const watching = capabilities.workspace?.didChangeWatchedFiles;
  if (watching?.dynamicRegistration !== true || watching.relativePatternSupport !== true) {
    connection.console.info(`The client cannot watch files outside the workspace: a ${workspaceConfigFileName} above it (in ${folders.join(', ')}) is read when the server starts.`);
    return;
  }
  const watchers = folders.map((folder) => ({ globPattern: { baseUri: pathToFileURL(folder).href, pattern: workspaceConfigFileName } }));
  await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
}
