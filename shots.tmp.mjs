import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
const root = process.cwd();
const pages = {
  fr: { published: '2025-10-08', title: 'Grève à la SNCF', paras: ["PARIS, 8 octobre (AFP) - Les syndicats de la SNCF ont appelé mardi à une grève le 14 octobre, après l'échec des négociations de la semaine dernière.", "La direction avait proposé en juin une hausse de 2 % des salaires.", "Une nouvelle réunion aura lieu jeudi au ministère des Transports.", "La dernière grande grève, en décembre 2019, avait duré plus d'un mois."] },
  it: { published: '2026-06-19', title: 'Roma, il nuovo piano del traffico', paras: ["ROMA, 19 giugno (ANSA) - Il consiglio comunale ha approvato mercoledì il nuovo piano del traffico, che entrerà in vigore il 1 settembre.", "L'opposizione chiederà un referendum entro la fine dell'anno.", "Il piano era stato presentato a marzo, dopo due anni di consultazioni.", "Domani i comitati di quartiere incontreranno il sindaco."] },
  pt: { published: '2025-11-27', title: 'Parlamento aprova o Orçamento', paras: ["LISBOA, 27 nov (Lusa) - O parlamento aprovou na terça-feira o Orçamento do Estado para 2026, que entra em vigor a 1 de janeiro.", "A votação final global estava marcada para a semana passada.", "O debate na especialidade começou em outubro e a próxima sessão será na quarta-feira.", "Há um ano, o orçamento foi aprovado com a abstenção do maior partido da oposição."] },
};
const types = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname.startsWith('/page/')) {
    const lang = url.pathname.slice(6);
    const p = pages[lang];
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><script type="module" src="/dist/news-timeline.bundle.js"></script><style>body{font-family:sans-serif;margin:16px}</style></head><body><news-timeline published="${p.published}"><article><h1>${p.title}</h1>${p.paras.map((t) => `<p>${t}</p>`).join('')}</article></news-timeline></body></html>`);
    return;
  }
  const file = join(root, url.pathname);
  if (!existsSync(file)) { res.statusCode = 404; res.end(); return; }
  res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
  res.end(readFileSync(file));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const port = server.address().port;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
for (const lang of Object.keys(pages)) {
  for (const [name, width] of [['desktop', 1200], ['phone', 390]]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    page.on('console', (m) => m.type() === 'error' && console.log(lang, 'console', m.text()));
    await page.goto(`http://127.0.0.1:${port}/page/${lang}`);
    await page.waitForFunction(() => document.querySelector('news-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]').length > 0, { timeout: 15000 });
    await new Promise((r) => setTimeout(r, 500));
    if (name === 'desktop') { await page.evaluate(() => document.querySelector('news-timeline').shadowRoot.querySelector('[part~="event"] button, [part~="event"]')?.click()); await new Promise((r) => setTimeout(r, 300)); }
    await page.screenshot({ path: `test/screenshots/lang-${lang}-${name}.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
server.close();
