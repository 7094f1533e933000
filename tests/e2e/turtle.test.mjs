// Turtle graphics in the Preview, driven as a user would: the drawing as SVG (elements and canvas-px coordinates),
// animation at speed(1), keys reaching onkey when the turtle window has the focus, clicks reaching onscreenclick, Stop /
// bye() / the window's close button / exitonclick() ending mainloop(), the textinput/numinput dialog, Save as SVG/PNG,
// and the main-thread fallback (dist-test, panel.html?fallback). Two browser launches: dist, then dist-test.
import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as h from './harness.mjs';

const preview = (page) => page.getByRole('region', { name: 'Preview' });
const turtleWindow = (page) => preview(page).getByRole('group', { name: 'Turtle graphics' });
const drawing = (page) => turtleWindow(page).getByRole('img', { name: 'Turtle drawing' });
const dialog = (page, title) => turtleWindow(page).getByRole('dialog', { name: title });
const lines = (text) => text.trimEnd().split('\n');

// The drawn items of the Preview's turtle SVG, in paint order, with their geometry in canvas px (y down).
function drawnItems(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('[role=region][aria-label=Preview] svg[role=img]');
    if (!svg) return null;
    const pts = (el) => (el.getAttribute('points') ?? '').trim().split(/\s+/).filter(Boolean).map((p) => p.split(',').map(Number));
    return [...svg.querySelectorAll('polyline, polygon, circle, text, image')].map((el) => ({
      tag: el.tagName,
      points: ['polyline', 'polygon'].includes(el.tagName) ? pts(el) : undefined,
      fill: el.getAttribute('fill'),
      stroke: el.getAttribute('stroke'),
      cx: el.tagName === 'circle' ? Number(el.getAttribute('cx')) : undefined,
      cy: el.tagName === 'circle' ? Number(el.getAttribute('cy')) : undefined,
      r: el.tagName === 'circle' ? Number(el.getAttribute('r')) : undefined,
      text: el.tagName === 'text' ? el.textContent : undefined,
    }));
  });
}

const near = (a, b, eps = 0.01) => Math.abs(a - b) <= eps;
const samePoints = (got, want, eps = 0.01) =>
  got.length === want.length && got.every(([x, y], i) => near(x, want[i][0], eps) && near(y, want[i][1], eps));
const show = (items) => JSON.stringify(items, null, 0).slice(0, 2000);

// The square every test draws (side 100 from the origin, turning left), as the canvas sees it: y grows downwards.
const SQUARE = [[0, 0], [100, 0], [100, -100], [0, -100], [0, 0]];
const SQUARE_CODE = 'for _ in range(4):\n    forward(100)\n    left(90)\n';

function assertSquare(items, why = '') {
  const square = items.find((i) => i.tag === 'polyline' && samePoints(i.points, SQUARE));
  assert.ok(square, `a polyline through ${JSON.stringify(SQUARE)} ${why}; drawn: ${show(items)}`);
  return square;
}

// Time from the click on Stop to the first status `state` after it, from the page's record (see h.watchStatus).
async function afterStop(page, state) {
  const history = await h.statusHistory(page);
  const click = history.findIndex((e) => e.what === 'click:Stop');
  assert.ok(click >= 0, 'Stop was clicked');
  const next = history.slice(click).find((e) => e.what === state);
  return next ? next.t - history[click].t : Infinity;
}

// Client coordinates of a point given in canvas px (the SVG's user units), by the browser's own geometry.
async function clientPoint(page, x, y) {
  await drawing(page).scrollIntoViewIfNeeded();
  return drawing(page).evaluate((svg, [x, y]) => {
    const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM());
    const hit = document.elementFromPoint(p.x, p.y);
    return { x: p.x, y: p.y, onDrawing: Boolean(hit && svg.contains(hit)) };
  }, [x, y]);
}

describe('turtle in the extension (dist)', () => {
  let browser;
  let page;
  before(async () => {
    browser = await h.launch();
    page = await h.openPanel(browser);
  });
  after(async () => browser?.close());
  beforeEach(async () => h.settle(page));

  test('a drawing appears in the Preview as SVG: lines, fills, dots, text, the turtle, the title', async () => {
    const code =
      'from turtle import *\ntitle("Squares and more")\nspeed(0)\n' + SQUARE_CODE +
      'penup()\ngoto(-100, 50)\ndot(20, "red")\ngoto(-150, -50)\npendown()\n' +
      'fillcolor("blue")\nbegin_fill()\nfor _ in range(3):\n    forward(60)\n    left(120)\nend_fill()\n' +
      'penup()\ngoto(0, 120)\nwrite("Hello turtle")\nprint("drawn")\n';
    const text = await h.runProgram(page, code);
    assert.deepEqual(lines(text), ['drawn']);
    assert.ok(await turtleWindow(page).isVisible(), 'the turtle window is shown in the Preview');
    assert.equal(await turtleWindow(page).getAttribute('tabindex'), '0', 'the turtle window can take the focus');
    assert.match(await turtleWindow(page).innerText(), /Squares and more/, 'the title bar shows the window title');
    for (const name of ['Save as SVG', 'Save as PNG', 'Close the turtle window']) {
      assert.ok(await turtleWindow(page).getByRole('button', { name }).isVisible(), `the "${name}" button`);
    }
    assert.ok(await drawing(page).isVisible(), 'the SVG drawing is shown');

    const items = await drawnItems(page);
    assertSquare(items);
    const dot = items.find((i) => i.tag === 'circle' && near(i.r, 10));
    assert.ok(dot, `a dot of diameter 20: ${show(items)}`);
    assert.ok(near(dot.cx, -100) && near(dot.cy, -50), `the dot is at (-100, -50) canvas px: ${show(dot)}`);
    assert.equal(dot.fill, '#ff0000');
    const fill = items.find((i) => i.tag === 'polygon' && i.fill === '#0000ff');
    assert.ok(fill, `a blue fill: ${show(items)}`);
    const corners = [[-150, 50], [-90, 50], [-120, 50 - 60 * Math.sin(Math.PI / 3)]];
    for (const [x, y] of corners) {
      assert.ok(fill.points.some((p) => near(p[0], x, 0.02) && near(p[1], y, 0.02)), `the fill has the corner (${x}, ${y}): ${show(fill)}`);
    }
    assert.ok(items.some((i) => i.tag === 'text' && i.text === 'Hello turtle'), `the written text: ${show(items)}`);
    // The turtle itself is drawn last (on top), as a polygon: the classic arrow, at (0, 120) world = (0, -120) px.
    const shape = items.at(-1);
    assert.equal(shape.tag, 'polygon', `the turtle shape is on top: ${show(shape)}`);
    assert.ok(shape.points.some((p) => near(p[0], 0) && near(p[1], -120)), `the turtle is at its position: ${show(shape)}`);
  });

  test('speed(1) animates: the drawing grows over time while the program runs', async () => {
    // Samples, at every animation frame in the page, the total length of the drawn lines.
    await page.evaluate(() => {
      const samples = (window.__turtleSamples = []);
      const tick = () => {
        const svg = document.querySelector('[role=region][aria-label=Preview] svg[role=img]');
        let length = 0;
        for (const line of svg?.querySelectorAll('polyline') ?? []) {
          const p = line.points;
          for (let i = 1; i < p.numberOfItems; i++) {
            length += Math.hypot(p.getItem(i).x - p.getItem(i - 1).x, p.getItem(i).y - p.getItem(i - 1).y);
          }
        }
        samples.push({ t: performance.now(), length, status: document.querySelector('.toolbar [role=status]').textContent });
        if (!window.__turtleStopSampling) requestAnimationFrame(tick);
      };
      window.__turtleStopSampling = false;
      requestAnimationFrame(tick);
    });
    await h.setCode(page, 'from turtle import *\nspeed(1)\nforward(200)\nleft(90)\nforward(100)\nprint("end")\n');
    await h.startRun(page);
    assert.equal(await h.waitRunEnd(page), 'Ready');
    const samples = await page.evaluate(() => ((window.__turtleStopSampling = true), window.__turtleSamples));
    // From the first frame that shows the run going (the last frame may already show "Ready").
    const running = samples.slice(samples.findIndex((s) => s.status === 'Running…'));
    const lengths = running.map((s) => Math.round(s.length));
    const distinct = [...new Set(lengths)];
    const summary = `lengths seen: ${distinct.join(' ')}`;
    assert.ok(lengths.every((l, i) => i === 0 || l >= lengths[i - 1]), `the drawing only grows: ${summary}`);
    assert.ok(distinct.length >= 15, `the drawing must grow in many steps (${distinct.length} seen). ${summary}`);
    assert.ok(distinct.some((l) => l > 20 && l < 180), `part of the first line must be seen on its own. ${summary}`);
    const started = running.find((s) => s.length > 0);
    const full = running.find((s) => s.length >= 299);
    assert.ok(started && full, summary);
    // CPython takes ~1.3 s for this (61 + 30 + 31 steps of 10 ms); instant drawing would take one frame.
    assert.ok(full.t - started.t > 700, `drawing 300 px at speed 1 took ${Math.round(full.t - started.t)} ms`);
    const items = await drawnItems(page);
    const drawn = items.filter((i) => i.tag === 'polyline').flatMap((i) => i.points);
    assert.ok(drawn.some((p) => near(p[0], 200) && near(p[1], -100)), `the final point (200, -100) px is drawn: ${show(items)}`);
  });

  test('a key press reaches onkey / onkeyrelease when the turtle window has the focus', async () => {
    await h.setCode(page, [
      'import turtle',
      's = turtle.Screen()',
      's.onkey(lambda: print("Up pressed"), "Up")',
      's.onkey(lambda: print("a pressed"), "a")',
      's.onkeyrelease(lambda: print("space released"), "space")',
      's.listen()',
      'print("listening")',
      'turtle.mainloop()',
      '',
    ].join('\n'));
    await h.startRun(page);
    await h.waitConsole(page, 'listening', 10_000);
    await turtleWindow(page).focus();
    assert.ok(await turtleWindow(page).evaluate((el) => el === document.activeElement), 'the turtle window has the focus');
    await page.keyboard.press('ArrowUp');
    await h.waitConsole(page, 'Up pressed', 5_000);
    await page.keyboard.press('a');
    await h.waitConsole(page, 'a pressed', 5_000);
    await page.keyboard.press('Space');
    await h.waitConsole(page, 'space released', 5_000);
    assert.equal(await h.status(page).textContent(), 'Running…', 'mainloop() keeps the program running');
    // Keys typed elsewhere (here: the editor) are not the turtle's.
    await h.editorInput(page).focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(lines(await h.consoleText(page)), ['listening', 'Up pressed', 'a pressed', 'space released']);
    await h.clickStop(page);
    await h.waitRunEnd(page, 10_000);
  });

  test('a click on the drawing reaches onscreenclick with its turtle coordinates', async () => {
    await h.setCode(page, [
      'import turtle',
      's = turtle.Screen()',
      's.onscreenclick(lambda x, y: print(f"click {x:.1f} {y:.1f}"))',
      'print("ready for clicks")',
      'turtle.mainloop()',
      '',
    ].join('\n'));
    await h.startRun(page);
    await h.waitConsole(page, 'ready for clicks', 10_000);
    const targets = [[50, 50], [-120, -40]]; // inside the band the Preview shows without scrolling
    for (const [k, [wx, wy]] of targets.entries()) {
      const p = await clientPoint(page, wx, -wy); // world (wx, wy) is canvas px (wx, -wy)
      assert.ok(p.onDrawing, `the point (${wx}, ${wy}) is visible on the drawing`);
      await page.mouse.click(p.x, p.y);
      await page.waitForFunction((n) => (document.querySelector('[role=log][aria-label=Console]').innerText.match(/^click /gm) ?? []).length >= n, k + 1, { timeout: 5_000 });
    }
    const clicks = lines(await h.consoleText(page)).filter((l) => l.startsWith('click'));
    assert.equal(clicks.length, targets.length, clicks.join('\n'));
    for (const [k, [wx, wy]] of targets.entries()) {
      const [x, y] = clicks[k].split(' ').slice(1).map(Number);
      // One screen pixel is 640/420 ≈ 1.5 canvas px at this panel width.
      assert.ok(Math.abs(x - wx) <= 3 && Math.abs(y - wy) <= 3, `clicked at (${wx}, ${wy}), Python got (${x}, ${y})`);
    }
    await h.clickStop(page);
    await h.waitRunEnd(page, 10_000);
  });

  test('Stop ends mainloop() at once', async (t) => {
    await h.setCode(page, 'from turtle import *\nspeed(0)\n' + SQUARE_CODE + 'print("in mainloop")\nmainloop()\nprint("not reached")\n');
    await h.startRun(page);
    await h.waitConsole(page, 'in mainloop', 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(await h.status(page).textContent(), 'Running…', 'mainloop() keeps the program alive');
    await h.clickStop(page);
    const end = await h.waitRunEnd(page, 10_000);
    assert.ok(['Stopped', 'Ready'].includes(end), end);
    const ms = await afterStop(page, end);
    t.diagnostic(`Stop -> ${end} in ${Math.round(ms)} ms`);
    assert.ok(ms < 500, `Stop took ${Math.round(ms)} ms to end mainloop()`);
    const states = await h.statesSeen(page);
    assert.ok(!states.includes('Loading Python…'), `Python was restarted instead of interrupted: ${states}`);
    const text = await h.consoleText(page);
    assert.ok(!text.includes('not reached'), text);
    // As Ctrl+C in mainloop() on the desktop: a KeyboardInterrupt traceback, nothing else.
    assert.match(text, /^KeyboardInterrupt$/m, `Stop must end mainloop() with KeyboardInterrupt:\n${text}`);
    assert.doesNotMatch(text, /Error/, `no other error is reported:\n${text}`);
    assertSquare(await drawnItems(page), 'after Stop (the drawing stays)');
  });

  test('Stop while a textinput dialog is open closes the dialog and interrupts the program', async () => {
    await h.setCode(page, 'import turtle\nanswer = turtle.textinput("Question", "Say something")\nprint("not reached", answer)\n');
    await h.startRun(page);
    await dialog(page, 'Question').waitFor({ timeout: 10_000 });
    await h.clickStop(page);
    assert.equal(await h.waitRunEnd(page, 10_000), 'Stopped');
    assert.ok((await afterStop(page, 'Stopped')) < 500, 'Stop ends the program at once');
    assert.equal(await turtleWindow(page).getByRole('dialog').count(), 0, 'the dialog is gone');
    const text = await h.consoleText(page);
    assert.ok(!text.includes('not reached'), text);
    assert.match(text, /^KeyboardInterrupt$/m, `Stop must interrupt textinput() with KeyboardInterrupt:\n${text}`);
    assert.doesNotMatch(text, /Error/, `no other error is reported:\n${text}`);
  });

  test('textinput shows a dialog: OK returns the typed text, Cancel returns None', async () => {
    await h.setCode(page, [
      'import turtle',
      'name = turtle.textinput("Your name", "What is your name?")',
      'print("got", repr(name))',
      'again = turtle.textinput("Again", "Once more?")',
      'print("then", repr(again))',
      '',
    ].join('\n'));
    await h.startRun(page);
    const first = dialog(page, 'Your name');
    await first.waitFor({ timeout: 10_000 });
    const box = first.getByRole('textbox', { name: 'What is your name?' });
    assert.ok(await box.evaluate((el) => el === document.activeElement), 'the text box has the focus');
    await page.keyboard.type('Ada Lovelace');
    await first.getByRole('button', { name: 'OK' }).click();
    await h.waitConsole(page, 'got', 5_000);
    const second = dialog(page, 'Again');
    await second.waitFor({ timeout: 5_000 });
    await second.getByRole('textbox', { name: 'Once more?' }).fill('ignored');
    await second.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await h.waitRunEnd(page), 'Ready');
    assert.deepEqual(lines(await h.consoleText(page)), ["got 'Ada Lovelace'", 'then None']);
    assert.equal(await turtleWindow(page).getByRole('dialog').count(), 0, 'no dialog is left');
  });

  test('numinput rejects what is not a number or out of range, and asks again', async () => {
    await h.setCode(page, [
      'import turtle',
      'n = turtle.numinput("Size", "How big?", 5, minval=1, maxval=10)',
      'print("got", repr(n))',
      '',
    ].join('\n'));
    await h.startRun(page);
    const ask = dialog(page, 'Size');
    const box = ask.getByRole('textbox', { name: 'How big?' });
    await box.waitFor({ timeout: 10_000 });
    assert.equal(await box.inputValue(), '5', 'the default is offered');
    await box.fill('twelve');
    await ask.getByRole('button', { name: 'OK' }).click();
    await page.waitForFunction(() => /Not a floating-point value/.test(document.querySelector('[role=dialog]')?.innerText ?? ''), null, { timeout: 5_000 });
    assert.equal(await h.status(page).textContent(), 'Running…', 'the program still waits for a number');
    await box.fill('42');
    await box.press('Enter');
    await page.waitForFunction(() => /maximum value is 10/.test(document.querySelector('[role=dialog]')?.innerText ?? ''), null, { timeout: 5_000 });
    await box.fill('7.5');
    await ask.getByRole('button', { name: 'OK' }).click();
    assert.equal(await h.waitRunEnd(page), 'Ready');
    assert.deepEqual(lines(await h.consoleText(page)), ['got 7.5']);
  });

  test('bye() from a timer ends mainloop(); the program goes on after it', async () => {
    const code = 'from turtle import *\nspeed(0)\n' + SQUARE_CODE +
      'print("in mainloop")\nontimer(bye, 800)\nmainloop()\nprint("after mainloop")\n';
    await h.setCode(page, code);
    await h.startRun(page);
    await h.waitConsole(page, 'in mainloop', 10_000);
    assertSquare(await drawnItems(page), 'before bye()');
    assert.equal(await h.waitRunEnd(page, 10_000), 'Ready');
    assert.deepEqual(lines(await h.consoleText(page)), ['in mainloop', 'after mainloop']);
    const left = (await drawnItems(page)) ?? [];
    assert.equal(left.length, 0, `the window is closed, nothing drawn is left: ${show(left)}`);
  });

  test('closing the turtle window (✕) ends mainloop(); so does a click with exitonclick()', async () => {
    await h.setCode(page, 'from turtle import *\nforward(10)\nprint("in mainloop")\nmainloop()\nprint("closed")\n');
    await h.startRun(page);
    await h.waitConsole(page, 'in mainloop', 10_000);
    await turtleWindow(page).getByRole('button', { name: 'Close the turtle window' }).click();
    assert.equal(await h.waitRunEnd(page, 5_000), 'Ready');
    assert.deepEqual(lines(await h.consoleText(page)), ['in mainloop', 'closed']);
    const left = (await drawnItems(page)) ?? [];
    assert.equal(left.length, 0, `the window is closed, nothing drawn is left: ${show(left)}`);

    await h.setCode(page, 'from turtle import *\nforward(10)\nprint("click to exit")\nexitonclick()\nprint("exited")\n');
    await h.startRun(page);
    await h.waitConsole(page, 'click to exit', 10_000);
    const p = await clientPoint(page, 60, 60);
    await page.mouse.click(p.x, p.y);
    assert.equal(await h.waitRunEnd(page, 5_000), 'Ready');
    assert.deepEqual(lines(await h.consoleText(page)), ['click to exit', 'exited']);
  });

  test('Save as SVG downloads the drawing as an SVG file', async () => {
    await h.runProgram(page, 'from turtle import *\nspeed(0)\npensize(3)\npencolor("green")\n' + SQUARE_CODE + 'hideturtle()\n');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      turtleWindow(page).getByRole('button', { name: 'Save as SVG' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.svg$/);
    const text = await readFile(await download.path(), 'utf8');
    assert.match(text, /^(<\?xml[^>]*>\s*)?<svg[\s>]/, `an SVG document: ${text.slice(0, 200)}`);
    // Parsed as an SVG file on its own (as an image viewer would): well-formed, in the SVG namespace, with the square.
    const parsed = await page.evaluate((src) => {
      const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
      const root = doc.documentElement;
      return {
        ns: root.namespaceURI,
        viewBox: root.getAttribute('viewBox'),
        lines: [...doc.getElementsByTagNameNS('http://www.w3.org/2000/svg', 'polyline')].map((l) => ({
          points: l.getAttribute('points').trim().split(/\s+/).map((p) => p.split(',').map(Number)),
          stroke: l.getAttribute('stroke'),
          width: l.getAttribute('stroke-width'),
        })),
      };
    }, text);
    assert.ok(!parsed.error, `the file is well-formed: ${parsed.error}`);
    assert.equal(parsed.ns, 'http://www.w3.org/2000/svg');
    assert.ok(parsed.viewBox, 'the file keeps its viewBox');
    const square = parsed.lines.find((l) => samePoints(l.points, SQUARE));
    assert.ok(square, `the file has the square: ${JSON.stringify(parsed.lines)}`);
    assert.equal(square.stroke, '#008000');
    assert.equal(square.width, '3');
  });

  test('Save as PNG downloads a PNG image of the drawing', async () => {
    await h.runProgram(page, 'from turtle import *\nspeed(0)\npensize(5)\n' + SQUARE_CODE + 'hideturtle()\n');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      turtleWindow(page).getByRole('button', { name: 'Save as PNG' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.png$/);
    const png = await readFile(await download.path());
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    const viewBox = (await drawing(page).getAttribute('viewBox')).split(/\s+/).map(Number);
    assert.deepEqual([width, height], [viewBox[2], viewBox[3]], 'the PNG has the canvas size');
    // Decoded in the page: dark on the square's bottom edge (canvas y = 0), white in its middle.
    const px = await page.evaluate(async ([b64, vb]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const at = (x, y) => [...ctx.getImageData(x - vb[0], y - vb[1], 1, 1).data];
      return { edge: at(50, 0), inside: at(50, -50) };
    }, [png.toString('base64'), viewBox]);
    assert.ok(px.edge[3] === 255 && px.edge[0] < 80, `the line is drawn in the PNG: ${px.edge}`);
    assert.ok(px.inside.every((v) => v === 255), `inside the square is white: ${px.inside}`);
  });
});

describe('turtle in the main-thread fallback (dist-test, ?fallback)', () => {
  let browser;
  let page;
  before(async () => {
    browser = await h.launch({ dist: 'dist-test' });
    page = await h.openPanel(browser, '?fallback');
  });
  after(async () => browser?.close());
  beforeEach(async () => h.settle(page));

  test('fallback: an animated program draws completely, mainloop() returns, clicks still reach Python', async () => {
    assert.ok(await page.getByRole('note').isVisible(), 'the fallback banner is shown (the fallback is on)');
    const code = 'from turtle import *\nspeed(3)\n' + SQUARE_CODE +
      'penup()\ngoto(-100, 50)\ndot(20, "red")\npendown()\ncircle(30)\n' +
      'onscreenclick(lambda x, y: print(f"click {x:.0f} {y:.0f}"))\nontimer(lambda: print("timer fired"), 500)\n' +
      'print("before mainloop")\nmainloop()\nprint("after mainloop")\n';
    const text = await h.runProgram(page, code, { timeout: 30_000 });
    assert.deepEqual(lines(text).filter((l) => l !== 'timer fired'), ['before mainloop', 'after mainloop']);
    const items = await drawnItems(page);
    assert.ok(items, 'the drawing is shown');
    assertSquare(items, 'in the fallback');
    assert.ok(items.some((i) => i.tag === 'circle' && near(i.r, 10) && i.fill === '#ff0000'), `the dot: ${show(items)}`);
    // circle(30) from (-100, 50): 17 chords (CPython's default steps), closed, about 2π·30 long.
    const closed = items.find((i) => i.tag === 'polyline' && i.points.length === 18 &&
      [i.points[0], i.points.at(-1)].every((p) => near(p[0], -100) && near(p[1], -50)));
    assert.ok(closed, `the circle: ${show(items)}`);
    const perimeter = closed.points.slice(1).reduce((n, p, k) => n + Math.hypot(p[0] - closed.points[k][0], p[1] - closed.points[k][1]), 0);
    assert.ok(perimeter > 185 && perimeter < 189, `the circle is ${perimeter} long`);
    // After the run, as mainloop() would on the desktop: timers fire and clicks reach Python.
    await h.waitConsole(page, 'timer fired', 5_000);
    const p = await clientPoint(page, 40, -40);
    assert.ok(p.onDrawing);
    await page.mouse.click(p.x, p.y);
    await h.waitConsole(page, /click \d+ \d+/, 5_000);
    const m = (await h.consoleText(page)).match(/click (\S+) (\S+)/);
    assert.ok(Math.abs(Number(m[1]) - 40) <= 3 && Math.abs(Number(m[2]) - 40) <= 3, `Python got ${m[0]}`);
  });

  test('fallback: textinput works, and keys reach onkey after mainloop() returned', async () => {
    await h.setCode(page, 'import turtle\nprint("got", turtle.textinput("Name", "Your name?"))\n' +
      'turtle.onkey(lambda: print("key a"), "a")\nturtle.listen()\nturtle.mainloop()\nprint("end")\n');
    await h.startRun(page);
    const ask = dialog(page, 'Name');
    await ask.waitFor({ timeout: 10_000 });
    await ask.getByRole('textbox', { name: 'Your name?' }).fill('Grace');
    await ask.getByRole('button', { name: 'OK' }).click();
    assert.equal(await h.waitRunEnd(page), 'Ready');
    assert.deepEqual(lines(await h.consoleText(page)), ['got Grace', 'end']);
    await turtleWindow(page).focus();
    await page.keyboard.press('a');
    await h.waitConsole(page, 'key a', 5_000);
  });
});
