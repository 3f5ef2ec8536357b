/**
 * Page side of the keystroke benchmark (issue 11): from a keystroke in a 50,000-character note to
 * the frame that shows it, in the app's NoteEditor (React, autosave running), beside the same
 * keystroke in a plain textarea holding the same text in the same page, interleaved. Both wait
 * for the next frame, so the baseline holds the frame wait and the ratio shows what React and
 * the autosave add to it.
 */
import { I18nextProvider } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { importAesKey } from '../../renderer/src/db/crypto/aes';
import { randomBytes } from '../../renderer/src/db/crypto/bytes';
import { KeyRing } from '../../renderer/src/db/crypto/keyring';
import { AmparoDatabase, setDatabase } from '../../renderer/src/db/database';
import { createNotesRepository } from '../../renderer/src/db/notes-repository';
import { NoteEditor } from '../../renderer/src/features/interviews/NoteEditor';
import { createI18n } from '../../renderer/src/i18n';
import { distribution, type Distribution } from '../lib/stats';
import { noteTextGenerator } from '../lib/synthetic-data';
import {
  codeMirror,
  containedTextarea,
  editorBox,
  plainTextarea,
  timeKey,
  type TypedEditor,
} from './keystroke-variants';

export interface KeystrokeResult {
  keys: number;
  chars: number;
  plain: Distribution;
  noteEditor: Distribution;
  /**
   * A plain textarea of 20 characters, typed into the same way: the floor of this measure (the
   * wait for the next frame, with next to no text to lay out).
   */
  short: Distribution;
  /**
   * The keystroke's own work on the main thread: from the key going in to the browser handing
   * back control (the input event, and in the editor React's render and commit, which run inside
   * it). Far less sensitive to the machine's load than the wait for the painted frame.
   */
  plainInput: Distribution;
  shortInput: Distribution;
  noteEditorInput: Distribution;
  /** A CodeMirror 6 editor with the same text (it lays out only what is in view). */
  codeMirror: Distribution;
  codeMirrorInput: Distribution;
  /** A plain textarea with `contain: strict`. */
  contained: Distribution;
  /** A plain textarea with spellcheck off: how much of a key's cost is the spell checker's. */
  noSpellcheck: Distribution;
  noSpellcheckInput: Distribution;
  /** Whether each alternative ended with the text typed into it. */
  alternativesTyped: boolean;
  /** Length of the note as saved at the end, and what it is when every keystroke got in. */
  savedLength: number;
  expectedLength: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    if (check()) return;
    await sleep(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** One keystroke at the end of the editor's textarea: [to paint, input handling]. */
const type = (area: HTMLTextAreaElement, char: string) =>
  timeKey(
    'noteEditor',
    () => {
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
    },
    char,
  );

export async function keystroke(args: { keys?: number; chars?: number }): Promise<KeystrokeResult> {
  const keys = args.keys ?? 200;
  const chars = args.chars ?? 50_000;
  const run = crypto.randomUUID();
  const keyring = new KeyRing(await importAesKey(randomBytes(32)));
  const db = new AmparoDatabase(`bench-keystroke-${run}`, { keyring: () => keyring });
  await db.open();
  setDatabase(db);
  const notes = createNotesRepository(() => db);
  const caseId = crypto.randomUUID();
  const noteId = crypto.randomUUID();
  const body = noteTextGenerator(11).text(chars);
  await notes.save({ noteId, caseId, body });

  const plainArea = plainTextarea('plain', body);
  const shortArea = plainTextarea('short', body.slice(0, 20));
  const cm = codeMirror(body);
  const containedArea = containedTextarea(body);
  const noSpellcheckArea = plainTextarea('noSpellcheck', body, {}, { spellcheck: false });
  const host = document.createElement('div');
  document.body.append(host);
  const i18n = await createI18n('en');
  const root = createRoot(host);
  root.render(
    <I18nextProvider i18n={i18n}>
      {/* The editor reads the route's state (a search result opening it at a match). */}
      <MemoryRouter>
        <NoteEditor
          noteId={noteId}
          caseId={caseId}
          label="Section note"
          readOnly={false}
          textareaId="bench-note"
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
  const editorArea = () => document.getElementById('bench-note') as HTMLTextAreaElement | null;
  await until(() => (editorArea()?.value.length ?? 0) >= chars, 'the note to load');
  Object.assign(editorArea()!.style, editorBox);

  const noteEditor: TypedEditor = {
    type: (char) => type(editorArea()!, char),
    text: () => editorArea()!.value,
    dispose: () => undefined,
  };
  const editors = { plainArea, shortArea, cm, containedArea, noSpellcheckArea, noteEditor };
  const paint = new Map<TypedEditor, number[]>(Object.values(editors).map((e) => [e, []]));
  const input = new Map<TypedEditor, number[]>(Object.values(editors).map((e) => [e, []]));
  const order = Object.values(editors);
  const typedWord = 'asylum hearing prepared ';
  for (let i = 0; i < keys; i += 1) {
    const char = typedWord[i % typedWord.length]!;
    // Each key in a different order, so that no editor is always the first after the pause.
    for (let k = 0; k < order.length; k += 1) {
      const editor = order[(i + k) % order.length]!;
      const [painted, handled] = await editor.type(char);
      paint.get(editor)!.push(painted);
      input.get(editor)!.push(handled);
    }
    // Typing pace, with a pause now and then long enough for the autosave to run.
    await sleep(i % 25 === 24 ? 400 : 40);
  }
  await sleep(600);
  const saved = (await notes.get(noteId)).current?.body ?? '';
  const expected = plainArea.text();
  const alternativesTyped = [cm, containedArea, noSpellcheckArea].every(
    (editor) => editor.text() === expected,
  );
  root.unmount();
  host.remove();
  for (const editor of Object.values(editors)) editor.dispose();
  setDatabase(undefined);
  db.close();
  await db.delete();
  return {
    keys,
    chars,
    plain: distribution(paint.get(plainArea)!),
    short: distribution(paint.get(shortArea)!),
    noteEditor: distribution(paint.get(noteEditor)!),
    plainInput: distribution(input.get(plainArea)!),
    shortInput: distribution(input.get(shortArea)!),
    noteEditorInput: distribution(input.get(noteEditor)!),
    codeMirror: distribution(paint.get(cm)!),
    codeMirrorInput: distribution(input.get(cm)!),
    contained: distribution(paint.get(containedArea)!),
    noSpellcheck: distribution(paint.get(noSpellcheckArea)!),
    noSpellcheckInput: distribution(input.get(noSpellcheckArea)!),
    alternativesTyped,
    savedLength: saved.length,
    expectedLength: body.length + keys,
  };
}
