// The Monaco entry point, bundled by esbuild into dist/editor/. The Rust panel reaches Monaco only through the
// `create` function and the small PyroomEditor wrapper below (see src/web/editor.rs).
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/python/register';
import { KEYWORDS, BUILTINS } from './python-names.js';

self.MonacoEnvironment = {
  getWorker: () => new Worker(new URL('./editor.worker.js', import.meta.url), { type: 'module' }),
};

const dark = matchMedia('(prefers-color-scheme: dark)');
const theme = () => (dark.matches ? 'vs-dark' : 'vs');
dark.addEventListener('change', () => monaco.editor.setTheme(theme()));

// Completion of Python keywords and built-ins (Monaco's Python mode only colours).
monaco.languages.registerCompletionItemProvider('python', {
  provideCompletionItems(model, position) {
    const word = model.getWordUntilPosition(position);
    const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
    const item = (label, kind) => ({ label, kind, insertText: label, range });
    return {
      suggestions: [
        ...KEYWORDS.map((k) => item(k, monaco.languages.CompletionItemKind.Keyword)),
        ...BUILTINS.map((b) => item(b, monaco.languages.CompletionItemKind.Function)),
      ],
    };
  },
});

class PyroomEditor {
  constructor(container, { value, fontSize, onChange, onRun }) {
    this.editor = monaco.editor.create(container, {
      value,
      language: 'python',
      theme: theme(),
      fontSize,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 4,
      insertSpaces: true,
      detectIndentation: false,
      renderWhitespace: 'selection',
      ariaLabel: 'Code editor',
      fixedOverflowWidgets: true,
      glyphMargin: true,
    });
    this.decorations = this.editor.createDecorationsCollection();
    this.editor.onDidChangeModelContent(() => onChange());
    this.editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => onRun());
  }
  value() {
    return this.editor.getValue();
  }
  setValue(text) {
    this.editor.setValue(text);
  }
  // Replaces everything as one undoable edit, so Ctrl+Z restores the user's previous code.
  replace(text) {
    const model = this.editor.getModel();
    this.editor.pushUndoStop();
    this.editor.executeEdits('pyroom', [{ range: model.getFullModelRange(), text, forceMoveMarkers: true }]);
    this.editor.pushUndoStop();
    this.editor.setPosition({ lineNumber: 1, column: 1 });
  }
  setFontSize(px) {
    this.editor.updateOptions({ fontSize: px });
  }
  // Marks a failing line with a squiggle, a gutter mark and the exception as hover text.
  markError(line, message) {
    const model = this.editor.getModel();
    const n = Math.min(Math.max(line, 1), model.getLineCount());
    const endColumn = model.getLineMaxColumn(n);
    const first = model.getLineFirstNonWhitespaceColumn(n) || 1;
    monaco.editor.setModelMarkers(model, 'pyroom', [
      { startLineNumber: n, startColumn: first, endLineNumber: n, endColumn, message, severity: monaco.MarkerSeverity.Error },
    ]);
    this.decorations.set([
      { range: new monaco.Range(n, 1, n, 1), options: { isWholeLine: true, className: 'error-line', glyphMarginClassName: 'error-glyph' } },
    ]);
    this.editor.revealLineInCenterIfOutsideViewport(n);
  }
  clearMarks() {
    monaco.editor.setModelMarkers(this.editor.getModel(), 'pyroom', []);
    this.decorations.clear();
  }
  focus() {
    this.editor.focus();
  }
  dispose() {
    this.editor.dispose();
  }
}

export function create(container, options) {
  return new PyroomEditor(container, options);
}
