// Drives the cashflow dashboard as a person would, in headless Chromium, and writes down what the
// page drew, so DashboardBrowserTest can compare it with the API's own numbers.
//
// Environment: FINFLOW_URL (the HTTP API), FINFLOW_EMAIL and FINFLOW_PASSWORD (a member of an
// organization with companies), FINFLOW_COMPANY (a company id), FINFLOW_FROM and FINFLOW_TO (the
// range), CHROMIUM (the browser), OUT_DIR (screenshots and dashboard-result.json).
import { chromium } from "playwright-core";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const env = process.env;
const base = new URL(env.FINFLOW_URL);
const page_url = new URL("/cashflow/dashboard", base).toString();
const out = env.OUT_DIR;
// Month last, so the laptop screenshot shows the most readable series.
const INTERVALS = ["day", "week", "quarter", "year", "month"];
const STEP = 30_000;

await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: env.CHROMIUM,
  headless: true,
  // Root in a container has no user namespace for Chromium's sandbox.
  args: ["--no-sandbox", "--disable-gpu"],
});
const result = { foreignRequests: [], policyViolations: [], pageErrors: [] };
try {
  result.laptop = await session({ width: 1366, height: 900 }, "en-GB", true);
  result.phone = await session({ width: 390, height: 844 }, "de-DE", false);
} finally {
  await browser.close();
}
await writeFile(path.join(out, "dashboard-result.json"), JSON.stringify(result, null, 2));
console.log(`dashboard: drove ${page_url}; results in ${out}`);

async function session(viewport, locale, everyInterval) {
  const context = await browser.newContext({
    viewport,
    locale,
    deviceScaleFactor: viewport.width < 500 ? 2 : 1,
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
  });
  const page = await context.newPage();
  watch(page);
  const weight = await measureFirstLoad(context, page);
  const seen = { locale, viewport, weight };

  // A wrong password: the API's problem document is what the person reads.
  await page.locator("#email").fill(env.FINFLOW_EMAIL);
  await page.locator("#password").fill("not the password");
  await page.locator("#password").press("Enter");
  await page.locator("#problem").waitFor({ state: "visible", timeout: STEP });
  seen.signInProblem = await page.locator("#problem").innerText();
  seen.storage = await page.evaluate(() => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
  }));

  // Signing in and picking the company with the keyboard only.
  await page.locator("#email").focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(env.FINFLOW_EMAIL);
  await page.keyboard.press("Tab");
  await page.keyboard.type(env.FINFLOW_PASSWORD);
  await page.keyboard.press("Enter");
  await page.locator("#company-search").waitFor({ state: "visible", timeout: STEP });
  await page.locator("#company-list button").first().waitFor({ timeout: STEP });
  seen.companiesListed = await page.locator("#company-list button").count();
  await page.locator("#company-search").focus();
  await page.keyboard.type(env.FINFLOW_COMPANY);
  seen.companiesMatching = await page.locator("#company-list button").count();
  for (let moves = 0; moves < 50; moves++) {
    await page.keyboard.press("ArrowDown");
    const focused = await page.evaluate(() => document.activeElement?.dataset?.companyId);
    if (focused === env.FINFLOW_COMPANY) {
      break;
    }
  }
  await page.keyboard.press("Enter");
  await page.locator("#company-name").waitFor({ state: "visible", timeout: STEP });
  seen.companyName = await page.locator("#company-name").innerText();

  seen.intervals = {};
  for (const interval of everyInterval ? INTERVALS : ["month"]) {
    await showRange(page, env.FINFLOW_FROM, env.FINFLOW_TO, interval);
    seen.intervals[interval] = await drawn(page);
  }
  seen.figures = await page.evaluate(() =>
    Object.fromEntries(
      ["balance", "debt", "credit", "interest-net"].map((id) => [id, document.getElementById(id).textContent]),
    ),
  );
  seen.countries = await page.locator("#countries-table tbody tr").count();
  seen.quarantine = await page
    .locator("#quarantine-table tbody tr")
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent)));
  const name = viewport.width < 500 ? "dashboard-phone.png" : "dashboard-laptop.png";
  await page.screenshot({ path: path.join(out, name), fullPage: true });
  seen.screenshot = name;

  if (everyInterval) {
    // A range with no transactions: an empty state, not an error.
    await showRange(page, "2031-01-01", "2031-12-31", "month");
    seen.emptyRange = {
      emptyShown: await page.locator("#series-empty").isVisible(),
      problemShown: await page.locator("#problem").isVisible(),
    };
    // A range the wrong way round is refused on the page, naming the field.
    await page.locator("#from").fill("2024-12-31");
    await page.locator("#to").fill("2024-01-01");
    await page.locator("#range button[type=submit]").click();
    await page.locator("#problem").waitFor({ state: "visible", timeout: STEP });
    seen.backwardsRange = await page.locator("#problem").innerText();
  }
  await context.close();
  return seen;
}

// Bytes on the wire for the page, its script and stylesheet, as the browser counted them.
async function measureFirstLoad(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const files = new Map();
  cdp.on("Network.responseReceived", (event) => {
    files.set(event.requestId, {
      url: event.response.url,
      status: event.response.status,
      encoding: event.response.headers["content-encoding"] ?? event.response.headers["Content-Encoding"] ?? "",
      policy: event.response.headers["content-security-policy"] ?? "",
    });
  });
  let bytes = 0;
  cdp.on("Network.loadingFinished", (event) => {
    bytes += event.encodedDataLength;
    const file = files.get(event.requestId);
    if (file) file.bytes = event.encodedDataLength;
  });
  await page.goto(page_url, { waitUntil: "networkidle" });
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
  return { bytes, files: [...files.values()] };
}

function watch(page) {
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== base.origin) {
      result.foreignRequests.push(request.url());
    }
  });
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) {
      result.policyViolations.push(message.text());
    }
  });
  page.on("pageerror", (error) => result.pageErrors.push(String(error)));
}

// Shows a range as a person would (dates typed, an interval picked, Show), and waits until the
// page says that is what it shows.
async function showRange(page, from, to, interval) {
  await page.locator("#from").fill(from);
  await page.locator("#to").fill(to);
  await page.locator(`input[name=interval][value=${interval}]`).check();
  await page.locator("#range button[type=submit]").click();
  await page.waitForFunction(
    (wanted) => document.getElementById("company").dataset.shown === wanted,
    `${from} ${to} ${interval}`,
    { timeout: STEP },
  );
}

// What the two charts hold and the table shows, read back from the page.
async function drawn(page) {
  return page.evaluate(() => {
    const plot = (id) => document.getElementById(id).plot.data.map((series) => Array.from(series));
    return {
      status: document.getElementById("status").textContent,
      balance: plot("balance-chart"),
      flows: plot("flows-chart"),
      table: [...document.querySelectorAll("#series-table tbody tr")].map((row) => ({
        start: row.dataset.start,
        cells: [...row.children].map((cell) => cell.textContent),
      })),
    };
  });
}
