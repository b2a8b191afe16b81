/**
 * "Insert citation…": the user picks a library document, then one of its paragraphs (or the whole
 * document), and the server writes the citation at the cursor with a footnote quoting the
 * paragraph. The server builds the edit, so the citation's wording follows the draft's language
 * and the library's text exactly; the client only chooses, and refuses to apply an edit to a
 * draft that changed while the server was writing it.
 */
import * as vscode from 'vscode';
import {
  citationEditRequest,
  libraryCatalogueRequest,
  type CatalogueDocument,
  type CatalogueUnit,
  type CitationEditParams,
  type CitationEditResult,
  type LibraryCatalogueParams,
  type LibraryCatalogueResult,
} from '../../server/src/protocol';
import type { LibraryServer } from './libraryViews';

/** What the command needs besides the server. */
export interface CitationCommandHooks {
  readonly log: vscode.LogOutputChannel;
  /** Called each time one of the two pickers is shown (the extension tests drive them). */
  onDidShowPicker(picker: vscode.QuickPick<vscode.QuickPickItem>): void;
}

/** The schemes of the drafts the server reads; anything else (a library view) cannot take a citation. */
const draftSchemes = new Set(['file', 'untitled']);

interface DocumentItem extends vscode.QuickPickItem {
  readonly document: CatalogueDocument;
}

interface UnitItem extends vscode.QuickPickItem {
  /** Undefined for "The whole document". */
  readonly unit?: CatalogueUnit;
}

/**
 * Runs "Insert citation…" on the active editor. Resolves when the citation is inserted, or when
 * the user cancelled or was told why nothing was inserted; it never rejects.
 */
export async function insertCitation(server: LibraryServer, hooks: CitationCommandHooks): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown' || !draftSchemes.has(editor.document.uri.scheme)) {
    void vscode.window.showInformationMessage('Open a Markdown draft and put the cursor where the citation goes, then run "Insert citation…" again.');
    return;
  }
  const draft = editor.document;
  try {
    await server.whenReady();
    const catalogueParams: LibraryCatalogueParams = { textDocument: { uri: draft.uri.toString() } };
    const catalogue = await server.client.sendRequest<LibraryCatalogueResult | null>(libraryCatalogueRequest, catalogueParams);
    if (!catalogue || catalogue.documents.length === 0) {
      void vscode.window.showInformationMessage('The reference library holds no document to cite.');
      return;
    }

    const choice = await pickCitation(catalogue.documents, hooks);
    if (!choice) return;

    // The position and version are read now, after the pickers: the cursor may have moved while
    // they were open, and the edit the server returns is only right for this version.
    const version = draft.version;
    const position = editor.selection.active;
    const editParams: CitationEditParams = {
      textDocument: { uri: draft.uri.toString(), version },
      position: { line: position.line, character: position.character },
      documentId: choice.document.id,
      ...(choice.unit ? { unitKey: choice.unit.key } : {}),
    };
    const reply = await server.client.sendRequest<CitationEditResult | null>(citationEditRequest, editParams);
    if (!reply?.edit) {
      void vscode.window.showWarningMessage(reply?.error ?? 'The language server could not write this citation. Nothing was inserted.');
      return;
    }
    if (draft.isClosed || draft.version !== version) {
      void vscode.window.showWarningMessage('The draft changed while the citation was being prepared, so nothing was inserted. Run "Insert citation…" again.');
      return;
    }
    const edit = await server.client.protocol2CodeConverter.asWorkspaceEdit(reply.edit);
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showWarningMessage('VS Code did not apply the citation to the draft (it may be read-only or have changed). Nothing was inserted.');
    }
  } catch (error) {
    hooks.log.error(`Insert citation failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void vscode.window.showErrorMessage('The citation could not be inserted: the language server did not answer (see the "OEWG Submission Drafter" output channel).');
  }
}

/**
 * The two steps: a document, then one of its units. "Back" on the second step returns to the
 * first; Escape at either step cancels (undefined).
 */
async function pickCitation(
  documents: readonly CatalogueDocument[],
  hooks: CitationCommandHooks,
): Promise<{ document: CatalogueDocument; unit?: CatalogueUnit } | undefined> {
  for (;;) {
    const documentPick = await pick<DocumentItem>(hooks, (picker) => {
      picker.title = 'Insert citation (1/2): document';
      picker.placeholder = 'Type a symbol, a title, a year…';
      picker.matchOnDescription = true;
      picker.matchOnDetail = true;
      picker.items = documents.map(documentItem);
    });
    if (documentPick === 'back' || !documentPick) return undefined;
    const document = documentPick.document;

    const unitPick = await pick<UnitItem>(hooks, (picker) => {
      picker.title = 'Insert citation (2/2): paragraph';
      picker.placeholder = `Type a number or words of the paragraph to cite from ${document.symbol ?? document.title}`;
      picker.matchOnDetail = true;
      picker.buttons = [vscode.QuickInputButtons.Back];
      picker.items = [
        { label: 'The whole document', detail: document.symbol ? document.title : document.description },
        ...document.units.map(unitItem),
      ];
    });
    if (unitPick === 'back') continue;
    if (!unitPick) return undefined;
    return unitPick.unit ? { document, unit: unitPick.unit } : { document };
  }
}

/**
 * Shows a picker set up by `configure` and resolves with the accepted item, `'back'` when its Back
 * button was pressed, or undefined when it was dismissed. The picker is disposed in every case.
 */
function pick<Item extends vscode.QuickPickItem>(
  hooks: CitationCommandHooks,
  configure: (picker: vscode.QuickPick<Item>) => void,
): Promise<Item | 'back' | undefined> {
  const picker = vscode.window.createQuickPick<Item>();
  configure(picker);
  return new Promise<Item | 'back' | undefined>((resolve) => {
    const subscriptions: vscode.Disposable[] = [];
    // Accepting hides the picker too: the first outcome wins, the later ones are ignored.
    const settle = (outcome: Item | 'back' | undefined) => {
      resolve(outcome);
      for (const subscription of subscriptions) subscription.dispose();
      picker.dispose();
    };
    subscriptions.push(
      picker.onDidAccept(() => {
        const [accepted] = picker.selectedItems.length > 0 ? picker.selectedItems : picker.activeItems;
        if (accepted) settle(accepted);
      }),
      picker.onDidTriggerButton((button) => {
        if (button === vscode.QuickInputButtons.Back) settle('back');
      }),
      picker.onDidHide(() => settle(undefined)),
    );
    picker.show();
    hooks.onDidShowPicker(picker);
  });
}

/** "A/75/816 · 2021-03-10 · en", with the title and what the document is underneath. */
function documentItem(document: CatalogueDocument): DocumentItem {
  const label = document.symbol ?? document.title;
  const about = [document.symbol ? document.title : undefined, document.description].filter(Boolean).join(' — ');
  const when = [document.date, document.language].filter(Boolean).join(' · ');
  return {
    label,
    ...(when ? { description: when } : {}),
    ...(about ? { detail: about } : {}),
    document,
  };
}

/** "paragraph 56", with its first words underneath, so that typing words of the text finds it. */
function unitItem(unit: CatalogueUnit): UnitItem {
  return {
    label: unit.label,
    detail: unit.excerpt,
    ...(unit.held === 'partial' ? { description: 'held in part' } : {}),
    unit,
  };
}
