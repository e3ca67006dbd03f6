// Profiles slider steps with the DevTools CPU profiler and prints where the time goes, by
// function (self time). Build with names first: RJ_KEEP_NAMES=1 cargo xtask dist --out target/profile-dist
import { serve, launch } from '../e2e/harness.mjs';

const server = await serve(process.env.RJ_DIST);
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await page.goto(server.url + '?year=1855');
await page.waitForSelector('[data-territory]');
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE || 1) });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate(async () => {
  const input = document.querySelector('input[type=range]');
  for (let y = 1856; y <= 2014; y++) {
    input.value = String(y);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    void document.body.offsetHeight;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
});
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const dt = profile.timeDeltas;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const name = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`;
  self.set(name, (self.get(name) || 0) + (dt[i] || 0) / 1000);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`total sampled ${total.toFixed(0)} ms over 159 steps`);
for (const [name, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(ms.toFixed(1).padStart(8), name.slice(0, 150));
await browser.close();
await server.close();
