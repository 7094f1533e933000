// Reads the candidate code blocks of the current page for Pyroom. The panel injects it with
// chrome.scripting.executeScript({ target, func: collectBlocks }) and hands the result to Rust (`src/lift`), which
// decides what is Python and cleans it; the shape of the result is `lift::Page` there.
//
// It must stay one self-contained function (no imports, no outer names): executeScript serializes its source.
// The page is data: this only reads the DOM. It never evaluates page text and never writes to the page.
//
// Each block's text is taken node by node: <br> and block-level children (lines of CodeMirror, rows of line-number
// tables) become newlines; line-number gutters, copy buttons and hidden or aria-hidden parts are left out; prompt
// spans (">>> ", "$ ", "In [1]: ") stay in the text and are also listed in `prompts`, so that Rust can tell a shell
// session from a Python one. Whitespace is kept as in a <pre>, or collapsed as the browser shows it elsewhere.
export function collectBlocks() {
  const CANDIDATES = 'pre, code, .cm-content, .CodeMirror-code';
  const GUTTER = [
    '.linenos', '.linenodiv', '.lineno', '.lnt', '.line-numbers-rows', '.line-numbers-wrapper', '.hljs-ln-numbers',
    '.blob-num', '.gutter', '.cm-gutters', '.CodeMirror-gutters', '.react-syntax-highlighter-line-number',
    '[class*="codeLineNumber"]',
  ].join(', ');
  const SKIP = `${GUTTER}, button, clipboard-copy, copy-code, .md-clipboard, [class*="copy" i], .headerlink,
    [aria-hidden="true"], [hidden], script, style, template, noscript, textarea, svg`;
  // Pygments, highlight.js, Prism.
  const PROMPT = '.gp, .prompt_, .token.shell-symbol';
  // nbconvert (lab, classic), nbsphinx, MyST-NB and Jupyter Book, Quarto, sphinx-gallery.
  const OUTPUT = [
    '.jp-OutputArea', '.jp-OutputArea-output', '.output_area', '.output_subarea', '.nboutput', '.cell_output',
    '.cell-output', '.sphx-glr-script-out',
  ].join(', ');
  const BLOCK_TAGS = new Set(['div', 'p', 'li', 'tr', 'pre', 'table', 'section', 'blockquote']);
  const BLOCKISH = ['br', ...BLOCK_TAGS].join(', ');
  const HINT_ATTRS = ['data-canonical-lang', 'data-lang', 'data-language', 'lang'];
  const ANCESTORS = 8; // enough for MkDocs' line-number tables (the language is 6 levels up)

  const isBlock = (n) => n !== null && n.nodeType === 1 && BLOCK_TAGS.has(n.localName);

  function textOf(root, keepWhite) {
    const skip = new Set(root.querySelectorAll(SKIP));
    const promptEls = new Set(root.querySelectorAll(PROMPT));
    // The usual case (a highlighted <pre> of spans): nothing to leave out or to break into lines, so the walk
    // below would give exactly textContent.
    if (keepWhite && skip.size === 0 && promptEls.size === 0 && root.querySelector(BLOCKISH) === null) {
      return { text: root.textContent, prompts: [] };
    }
    const prompts = [];
    let out = '';
    const newline = () => {
      if (out !== '' && !out.endsWith('\n')) out += '\n';
    };
    const walk = (node) => {
      for (let n = node.firstChild; n !== null; n = n.nextSibling) {
        if (n.nodeType === 3) {
          let t = n.data;
          if (!keepWhite) t = t.replace(/[ \t\r\n]+/g, ' ');
          else if (/^[ \t\r]*\n\s*$/.test(t) && (isBlock(n.previousSibling) || isBlock(n.nextSibling))) continue;
          out += t;
        } else if (n.nodeType === 1 && !skip.has(n)) {
          if (n.localName === 'br') {
            out += '\n';
            continue;
          }
          if (promptEls.has(n)) {
            const p = n.textContent.trim();
            if (p !== '' && !prompts.includes(p)) prompts.push(p);
          }
          const block = isBlock(n);
          if (block) newline();
          const before = out.length;
          walk(n);
          // A block child is a line, even when empty (an empty row of a line-number table).
          if (block && out.length === before && out !== '') out += '\n';
          else if (block) newline();
        }
      }
    };
    walk(root);
    // Where whitespace collapses, the browser drops a space at the start and end of each line.
    if (!keepWhite) out = out.replace(/^ +| +$/gm, '');
    return { text: out, prompts };
  }

  function level(el, inner) {
    const classes = [...el.classList];
    const attrs = {};
    for (const e of inner ? [el, inner] : [el]) {
      for (const c of e.classList) if (!classes.includes(c)) classes.push(c);
      for (const a of HINT_ATTRS) {
        const v = e.getAttribute(a);
        if (v !== null && v !== '' && !(a in attrs)) attrs[a] = v;
      }
    }
    return { tag: el.localName, classes, attrs };
  }

  // The element's position among its parent's children of its tag, counted once per parent (a page with thousands
  // of blocks in one container would otherwise count the same siblings again for every block).
  const positions = new Map();
  function nthOfType(e) {
    const parent = e.parentElement;
    let index = positions.get(parent);
    if (index === undefined) {
      index = new Map();
      const counts = new Map();
      for (const c of parent.children) {
        const n = (counts.get(c.localName) || 0) + 1;
        counts.set(c.localName, n);
        index.set(c, n);
      }
      positions.set(parent, index);
    }
    return index.get(e);
  }

  // A CSS selector that finds the element again: from the nearest ancestor with a unique id (or from body), by
  // :nth-of-type, so that inserting elements of a tag the page does not use (a custom element) keeps it valid.
  function locate(el) {
    const parts = [];
    for (let e = el; e !== null && e !== document.body && e !== document.documentElement; e = e.parentElement) {
      if (e.id && document.getElementById(e.id) === e) {
        parts.unshift(`#${CSS.escape(e.id)}`);
        return parts.join(' > ');
      }
      parts.unshift(`${e.localName}:nth-of-type(${nthOfType(e)})`);
    }
    parts.unshift('body');
    return parts.join(' > ');
  }

  // A <code> outside <pre> is a block only when it shows several lines (inline code is not).
  function codeBlockWhite(el) {
    const white = getComputedStyle(el).whiteSpace;
    const keep = white.startsWith('pre') || white === 'break-spaces';
    return el.querySelector('br') !== null || (keep && el.textContent.trim().includes('\n')) ? keep : null;
  }

  const blocks = [];
  let last = null;
  for (const el of document.querySelectorAll(CANDIDATES)) {
    if (last !== null && last.contains(el)) continue;
    if (el.closest(GUTTER) !== null) continue;
    let keepWhite = true;
    if (el.localName === 'code') {
      if (!el.textContent.includes('\n') && el.querySelector('br') === null) continue;
      keepWhite = codeBlockWhite(el);
      if (keepWhite === null) continue;
    }
    const { text, prompts } = textOf(el, keepWhite);
    if (text.trim() === '') continue;
    last = el;
    const inner = el.localName === 'pre' ? el.querySelector(':scope > code') : null;
    const levels = [level(el, inner)];
    // Ancestors that carry no class and no language attribute say nothing: they are left out.
    let depth = 0;
    for (let a = el.parentElement; a !== null && a !== document.body && depth < ANCESTORS; a = a.parentElement) {
      depth += 1;
      const l = level(a, null);
      if (l.classes.length > 0 || Object.keys(l.attrs).length > 0) levels.push(l);
    }
    blocks.push({ locator: locate(el), text, prompts, in_output: el.closest(OUTPUT) !== null, levels });
  }
  // One JSON string: executeScript hands a string over many times faster than the same data as objects.
  return JSON.stringify({ url: location.href, title: document.title, blocks });
}
