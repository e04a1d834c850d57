// The cashflow dashboard: sign in, pick a company, read its position and its series.
import "./dashboard.css";
import { ProblemError, get, signIn, signOut, signedIn } from "./api.js";
import { balanceChart, flowsChart, keepSized } from "./charts.js";
import { count, country, money, percent, period } from "./format.js";

const $ = (id) => document.getElementById(id);
const INTERVALS = ["day", "week", "month", "quarter", "year"];
// A day series of more than this many points would be too dense to read; the API would answer it.
const LONGEST_DAY_SERIES = 3660;

let companies = [];
let selected = null;
let generation = 0;

function status(text) {
  $("status").textContent = text;
}

function showProblem(failure) {
  const problem = failure instanceof ProblemError ? failure.problem : { title: "Something went wrong", detail: String(failure?.message ?? failure) };
  const box = $("problem");
  const title = document.createElement("strong");
  title.textContent = problem.title;
  const parts = [title];
  if (problem.detail) {
    const detail = document.createElement("p");
    detail.textContent = problem.detail;
    parts.push(detail);
  }
  if (Array.isArray(problem.errors) && problem.errors.length) {
    const list = document.createElement("ul");
    for (const error of problem.errors) {
      const item = document.createElement("li");
      item.textContent = `${error.pointer}: ${error.detail}`;
      list.append(item);
    }
    parts.push(list);
  }
  box.replaceChildren(...parts);
  box.hidden = false;
  status("");
  if (problem.status === 401 && signedIn() === false) {
    showSignIn();
  }
}

function clearProblem() {
  $("problem").hidden = true;
  $("problem").replaceChildren();
}

function showSignIn() {
  $("workspace").hidden = true;
  $("who").hidden = true;
  $("sign-in").hidden = false;
  $("password").value = "";
  $("email").focus();
}

async function onSignIn(event) {
  event.preventDefault();
  clearProblem();
  const email = $("email").value.trim();
  const password = $("password").value;
  if (!email || !password) {
    showProblem(new ProblemError({ status: 422, title: "Email and password are needed", detail: "Fill in both fields to sign in." }));
    return;
  }
  status("Signing in…");
  try {
    await signIn(email, password);
  } catch (failure) {
    showProblem(failure);
    $("password").select();
    return;
  }
  $("password").value = "";
  $("sign-in").hidden = true;
  $("who-email").textContent = email;
  $("who").hidden = false;
  $("workspace").hidden = false;
  await loadCompanies();
}

async function loadCompanies() {
  status("Loading companies…");
  $("company-list").setAttribute("aria-busy", "true");
  companies = [];
  try {
    let cursor;
    do {
      const page = await get("/cashflow/companies", { cursor });
      companies.push(...page.companies);
      cursor = page.next_cursor;
    } while (cursor);
  } catch (failure) {
    showProblem(failure);
    return;
  } finally {
    $("company-list").removeAttribute("aria-busy");
  }
  companies.sort((a, b) => a.name.localeCompare(b.name) || a.company_id.localeCompare(b.company_id));
  renderCompanies();
  status(`${count(companies.length)} companies`);
  const wanted = new URLSearchParams(location.hash.slice(1)).get("company");
  const company = companies.find((each) => each.company_id === wanted);
  if (company) {
    choose(company);
  } else {
    $("company-search").focus();
  }
}

function renderCompanies() {
  const query = $("company-search").value.trim().toLocaleLowerCase();
  const shown = companies.filter((company) =>
    [company.name, company.company_id, company.owner].some((text) => text.toLocaleLowerCase().includes(query)),
  );
  const items = shown.map((company) => {
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.companyId = company.company_id;
    button.setAttribute("aria-pressed", String(company.company_id === selected?.company_id));
    const name = document.createElement("span");
    name.textContent = company.name;
    const meta = document.createElement("small");
    meta.textContent = `${company.company_id} · ${company.owner}`;
    button.append(name, meta);
    button.addEventListener("click", () => choose(company));
    const item = document.createElement("li");
    item.append(button);
    return item;
  });
  $("company-list").replaceChildren(...items);
  $("company-count").textContent = companies.length === 0
    ? "No companies yet: an admin registers them with PUT /cashflow/companies/{company_id}, or a feed brings them."
    : `${count(shown.length)} of ${count(companies.length)}`;
}

// Up and down move between companies, as in any list.
function onCompanyKeys(event) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") {
    return;
  }
  const buttons = [...$("company-list").querySelectorAll("button")];
  if (buttons.length === 0) {
    return;
  }
  event.preventDefault();
  const at = buttons.indexOf(document.activeElement);
  const next = event.key === "ArrowDown" ? Math.min(at + 1, buttons.length - 1) : Math.max(at - 1, 0);
  buttons[at < 0 ? 0 : next].focus();
}

function choose(company) {
  selected = company;
  for (const button of $("company-list").querySelectorAll("button")) {
    button.setAttribute("aria-pressed", String(button.dataset.companyId === company.company_id));
  }
  $("no-company").hidden = true;
  $("company").hidden = false;
  $("company-name").textContent = company.name;
  $("company-meta").textContent = `${company.company_id} · owner ${company.owner} · ${count(company.ibans.length)} accounts`;
  const wanted = new URLSearchParams(location.hash.slice(1));
  if (!$("from").value || !$("to").value) {
    const today = new Date().toISOString().slice(0, 10);
    $("from").value = wanted.get("from") ?? `${today.slice(0, 4)}-01-01`;
    $("to").value = wanted.get("to") ?? today;
  }
  const interval = wanted.get("interval");
  if (INTERVALS.includes(interval)) {
    document.querySelector(`input[name=interval][value=${interval}]`).checked = true;
  }
  return show();
}

function range() {
  return {
    from: $("from").value,
    to: $("to").value,
    interval: document.querySelector("input[name=interval]:checked").value,
  };
}

async function show(event) {
  event?.preventDefault();
  if (!selected) {
    return;
  }
  clearProblem();
  const { from, to, interval } = range();
  const errors = [];
  if (!from) errors.push({ pointer: "from", detail: "is required" });
  if (!to) errors.push({ pointer: "to", detail: "is required" });
  if (from && to && from > to) errors.push({ pointer: "to", detail: "must not be before from" });
  if (interval === "day" && from && to && (Date.parse(to) - Date.parse(from)) / 86400000 >= LONGEST_DAY_SERIES) {
    errors.push({ pointer: "interval", detail: "pick week or longer for a range of ten years or more" });
  }
  if (errors.length) {
    showProblem(new ProblemError({ status: 422, title: "The range cannot be shown", detail: "Correct the fields named below.", errors }));
    return;
  }
  const id = selected.company_id;
  history.replaceState(null, "", `#${new URLSearchParams({ company: id, from, to, interval })}`);
  const mine = ++generation;
  delete $("company").dataset.shown;
  const company = encodeURIComponent(id);
  $("company").setAttribute("aria-busy", "true");
  status(`Loading ${selected.name}…`);
  try {
    const [summary, series, interest, quarantine] = await Promise.all([
      get(`/cashflow/companies/${company}/summary`),
      get(`/cashflow/companies/${company}/balances`, { from, to, interval }),
      get(`/cashflow/companies/${company}/interest`, { from, to }),
      get("/cashflow/quarantine/summary"),
    ]);
    if (mine !== generation) {
      return;
    }
    renderSummary(summary, interest);
    renderSeries(series);
    renderQuarantine(quarantine);
    // What is on screen now, for anyone (a test, an extension) waiting for it.
    $("company").dataset.shown = `${from} ${to} ${interval}`;
    status(`${selected.name}: ${count(series.rows.length)} ${interval} periods from ${period(from, to)}`);
  } catch (failure) {
    if (mine === generation) {
      showProblem(failure);
    }
  } finally {
    if (mine === generation) {
      $("company").removeAttribute("aria-busy");
    }
  }
}

function renderSummary(summary, interest) {
  $("balance").textContent = money(summary.balance, summary.currency);
  $("debt").textContent = money(summary.debt, summary.currency);
  $("credit").textContent = money(summary.credit, summary.currency);
  $("interest-net").textContent = money(interest.net, interest.currency);
  $("interest-detail").textContent =
    `${money(interest.earned)} earned at ${percent(interest.credit_rate)}, ${money(interest.charged)} charged at ${percent(interest.debit_rate)} (${interest.day_count}) over the range`;
  const rows = summary.countries.map((each) =>
    row([country(each.country), count(each.transactions), money(each.in), money(each.out)]),
  );
  $("countries-table").tBodies[0].replaceChildren(...rows);
  $("countries-empty").hidden = rows.length > 0;
}

function renderSeries(series) {
  const moved = series.rows.some((each) => each.in !== "0.00" || each.out !== "0.00");
  $("series-empty").hidden = moved;
  balanceChart($("balance-chart"), series.rows);
  flowsChart($("flows-chart"), series.rows);
  const rows = series.rows.map((each) =>
    row([period(each.start, each.end), money(each.opening), money(each.in), money(each.out), money(each.closing)], each.start),
  );
  $("series-table").tBodies[0].replaceChildren(...rows);
}

function renderQuarantine(quarantine) {
  const rows = quarantine.rules.map((each) => row([each.rule, each.source, count(each.count)]));
  $("quarantine-table").tBodies[0].replaceChildren(...rows);
  $("quarantine-empty").hidden = rows.length > 0;
}

function row(cells, key) {
  const tr = document.createElement("tr");
  if (key) {
    tr.dataset.start = key;
  }
  cells.forEach((text, index) => {
    const cell = document.createElement(index === 0 ? "th" : "td");
    if (index === 0) cell.scope = "row";
    cell.textContent = text;
    tr.append(cell);
  });
  return tr;
}

function onSignOut() {
  signOut();
  companies = [];
  selected = null;
  generation++;
  $("company").hidden = true;
  $("no-company").hidden = false;
  $("company-list").replaceChildren();
  clearProblem();
  status("Signed out");
  showSignIn();
}

$("sign-in-form").addEventListener("submit", onSignIn);
$("sign-out").addEventListener("click", onSignOut);
$("company-search").addEventListener("input", renderCompanies);
$("company-search").addEventListener("keydown", onCompanyKeys);
$("company-list").addEventListener("keydown", onCompanyKeys);
$("range").addEventListener("submit", show);
for (const input of document.querySelectorAll("input[name=interval]")) {
  input.addEventListener("change", () => show());
}
keepSized($("balance-chart"));
keepSized($("flows-chart"));
showSignIn();
document.documentElement.dataset.ready = "true";
