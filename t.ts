import { runNotebooks, shippedNotebooks } from "./lib/jupyter.ts";
const runs = await runNotebooks({ notebooks: shippedNotebooks().filter((n) => n.includes("03-")), corpus: "/tmp/gen1k", out: "/tmp/nb1k" });
console.log(JSON.stringify(runs));
