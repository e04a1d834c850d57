// Numbers, amounts and dates in the reader's own locale. Amounts arrive as decimal strings and are
// formatted from the string, so no cent is lost to binary floating point on the way to the screen.

const locale = navigator.languages?.[0] ?? navigator.language ?? "en";

const currencies = new Map();

export function money(decimal, currency = "EUR") {
  if (!currencies.has(currency)) {
    currencies.set(currency, new Intl.NumberFormat(locale, { style: "currency", currency }));
  }
  return currencies.get(currency).format(decimal);
}

const counts = new Intl.NumberFormat(locale);

export function count(number) {
  return counts.format(number);
}

const compact = new Intl.NumberFormat(locale, {
  notation: "compact",
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 1,
});

/** A chart axis label: 1.2M € rather than 1,234,567.89 €. */
export function axisMoney(number) {
  return compact.format(number);
}

const days = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });

export function day(isoDate) {
  return days.format(utcDate(isoDate));
}

export function period(start, end) {
  return start === end ? day(start) : days.formatRange(utcDate(start), utcDate(end));
}

const regions = new Intl.DisplayNames([locale], { type: "region" });

export function country(code) {
  try {
    return `${regions.of(code)} (${code})`;
  } catch {
    return code;
  }
}

export function percent(fraction) {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 4 }).format(
    fraction,
  );
}

/** Calendar dates are UTC midnights, so no time zone moves them to the day before. */
export function utcDate(isoDate) {
  return new Date(`${isoDate}T00:00:00Z`);
}
