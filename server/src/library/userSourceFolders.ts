/**
 * Where the user's source folders are: `oewgDrafter.library.sources` entries are absolute paths,
 * or paths relative to each workspace folder (a relative entry is looked for in every one).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The absolute folders named by the setting, given the workspace folders' URIs. */
export function userSourceFolders(entries: readonly string[], workspaceFolderUris: readonly string[]): string[] {
  const roots = workspaceFolderUris.flatMap((uri) => {
    try {
      return [fileURLToPath(uri)];
    } catch {
      return []; // a virtual workspace (vscode.dev) has no folders on disk
    }
  });
  const folders: string[] = [];
  for (const entry of entries) {
    if (path.isAbsolute(entry)) folders.push(path.normalize(entry));
    else for (const root of roots) folders.push(path.resolve(root, entry));
  }
  return folders;
}
