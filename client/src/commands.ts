/**
 * The extension's commands. Each is registered here by its id, as contributed in package.json
 * (a unit test checks that every contributed command is registered).
 */
import * as vscode from 'vscode';
import { skeletonSnippet, type SkeletonPrefix } from './templates';

export interface CommandContext {
  /** Restarts the language server (stopping it first if it runs). */
  restartServer(): Promise<void>;
  /** "Insert citation…" in the active editor (see insertCitation.ts). */
  insertCitation(): Promise<void>;
  /** "Open submission preview" beside the active editor. */
  openPreview(): Promise<unknown>;
  /** "Export submission as DOCX / HTML / JSON…". */
  exportSubmission(format: 'docx' | 'html' | 'json'): Promise<unknown>;
}

/** Registers every command; their disposables go to the extension's subscriptions. */
export function registerCommands(context: vscode.ExtensionContext, commands: CommandContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('oewgDrafter.newMappingExercise', () => openSkeleton('oewg-mapping-exercise')),
    vscode.commands.registerCommand('oewgDrafter.newStatement', () => openSkeleton('oewg-statement')),
    vscode.commands.registerCommand('oewgDrafter.restartServer', () => commands.restartServer()),
    vscode.commands.registerCommand('oewgDrafter.insertCitation', () => commands.insertCitation()),
    vscode.commands.registerCommand('oewgDrafter.openPreview', () => commands.openPreview()),
    vscode.commands.registerCommand('oewgDrafter.exportDocx', () => commands.exportSubmission('docx')),
    vscode.commands.registerCommand('oewgDrafter.exportHtml', () => commands.exportSubmission('html')),
    vscode.commands.registerCommand('oewgDrafter.exportJson', () => commands.exportSubmission('json')),
  );
}

/**
 * Opens an untitled Markdown document holding a skeleton, inserted as a snippet so that Tab walks
 * its fields and the enumerated ones offer their choices.
 */
async function openSkeleton(prefix: SkeletonPrefix): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(skeletonSnippet(prefix)), new vscode.Position(0, 0));
  return editor;
}
