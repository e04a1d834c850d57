// Bundles the cashflow dashboard into the functions jar: one script, one stylesheet and an icon, each named
// by its content's hash so the page can let browsers keep them, and the page that names them.
// Usage: node build.mjs <output directory>
import * as esbuild from "esbuild";
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.resolve(process.argv[2] ?? path.join(here, "../../../target/classes/dashboard"));
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const result = await esbuild.build({
  entryPoints: [path.join(here, "src/dashboard.js")],
  bundle: true,
  minify: true,
  format: "esm",
  target: ["chrome120", "firefox120", "safari16"],
  entryNames: "[name]-[hash]",
  outdir: out,
  metafile: true,
  legalComments: "eof",
  logLevel: "warning",
});

// The icon too, or the browser asks for /favicon.ico, which is not the dashboard's to answer.
const icon = await readFile(path.join(here, "src/favicon.svg"));
const iconName = `favicon-${createHash("sha256").update(icon).digest("hex").slice(0, 8).toUpperCase()}.svg`;
await writeFile(path.join(out, iconName), icon);

const assets = [...Object.keys(result.metafile.outputs).map((file) => path.basename(file)), iconName];
const script = assets.find((name) => name.endsWith(".js"));
const stylesheet = assets.find((name) => name.endsWith(".css"));
if (!script || !stylesheet) {
  throw new Error(`expected one script and one stylesheet, got ${assets.join(", ")}`);
}
const page = (await readFile(path.join(here, "src/index.html"), "utf8"))
  .replace("{{script}}", `dashboard/${script}`)
  .replace("{{stylesheet}}", `dashboard/${stylesheet}`)
  .replace("{{icon}}", `dashboard/${iconName}`);
await writeFile(path.join(out, "index.html"), page);
// What the function serves besides the page; anything else is 404.
await writeFile(path.join(out, "assets.txt"), assets.join("\n") + "\n");
console.log(`dashboard: ${assets.join(", ")} and index.html in ${out}`);
