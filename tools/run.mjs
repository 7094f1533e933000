// `make run`: opens Chromium with dist/ loaded as an unpacked extension and the Pyroom panel in a tab. With no
// display (no $DISPLAY), runs a short headless demo instead and prints what Python printed.
import { launch, openPanel, setCode, run, waitStatus, consoleText } from '../tests/e2e/harness.mjs';

const DEMO = `import sys, platform
print("Hello from Python", sys.version.split()[0], "on", platform.system())
squares = [n * n for n in range(1, 11)]
print("squares:", squares)
print("sum:", sum(squares))
`;

if (process.env.DISPLAY) {
  const browser = await launch({ headless: false });
  await openPanel(browser);
  console.log('Pyroom is open in Chromium. Close the browser window to finish.');
  await new Promise((resolve) => browser.context.on('close', resolve));
} else {
  console.log('No display: running a headless demo of the built extension.');
  const browser = await launch();
  try {
    const t0 = Date.now();
    const page = await openPanel(browser);
    console.log(`Python ready in the panel after ${Date.now() - t0} ms.`);
    await setCode(page, DEMO);
    await run(page);
    await waitStatus(page, 'Ready');
    console.log('--- what Python printed ---');
    console.log((await consoleText(page)).trimEnd());
  } finally {
    await browser.close();
  }
}
